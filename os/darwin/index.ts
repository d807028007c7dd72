export { DARWIN_RUNTIME_READ_PATHS, ProfileSpecError, quote, renderSandboxProfile, type NetworkAccess, type SandboxProfileSpec } from "./profile.js";
export { SExprSyntaxError, parseSExprs, type SExpr } from "./sexpr.js";
export { toolRunProfileSpec } from "./tool-profile.js";
