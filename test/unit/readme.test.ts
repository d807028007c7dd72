import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { EnvSchema } from "../../src/config/env.js";
import { ERROR_CODES } from "../../src/errors.js";

const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");

describe("the README documents", () => {
  it.each(Object.keys(EnvSchema.shape))("the variable %s", (name) => {
    expect(readme).toContain(`\`${name}\``);
  });
  it.each(Object.keys(ERROR_CODES))("the error code %s", (code) => {
    expect(readme).toContain(`\`${code}\``);
  });
});
