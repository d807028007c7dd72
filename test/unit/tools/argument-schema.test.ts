import { describe, expect, it } from "vitest";
import { closeObjectSchemas, compileToolValidators } from "../../../src/tools/argument-schema.js";

describe("tool argument schemas", () => {
  const { validators, problems } = compileToolValidators({
    weather: {
      schema: {
        type: "object",
        properties: { city: { type: "string", maxLength: 10 }, opts: { type: "object", properties: { units: { enum: ["c", "f"] } } } },
        required: ["city"],
      },
    },
    open: { schema: { type: "object", additionalProperties: true } },
  });
  const weather = validators.get("weather")!;

  it("compiles without problems", () => expect(problems).toEqual([]));
  it("accepts valid arguments", () => expect(weather({ city: "Paris", opts: { units: "c" } })).toEqual([]));
  it("reports a missing required argument", () => expect(weather({})[0]?.message).toMatch(/required property 'city'/));
  it("refuses extra arguments unless the schema allows them, at every object level", () => {
    expect(weather({ city: "Paris", extra: 1 })[0]).toEqual({ path: "/", message: "must NOT have additional properties (extra)" });
    expect(weather({ city: "Paris", opts: { units: "c", x: 1 } })[0]?.path).toBe("/opts");
    expect(validators.get("open")!({ anything: 1 })).toEqual([]);
  });
  it("does not close schemas that say otherwise", () => {
    expect(closeObjectSchemas({ type: "object", additionalProperties: { type: "string" } }).additionalProperties).toEqual({ type: "string", });
  });
  it("refuses a tool schema whose top level is not an object", () => {
    expect(compileToolValidators({ t: { schema: { type: "string" } } }).problems[0]?.path).toEqual(["tools", "t", "schema", "type"]);
  });
});
