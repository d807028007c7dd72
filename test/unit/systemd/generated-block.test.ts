import { describe, expect, it } from "vitest";
import { BLOCK_BEGIN, BLOCK_END, generatedBlock, GeneratedBlockError, replaceGeneratedBlock } from "../../../systemd/generated-block.js";

const unit = ["[Service]", "User=kalguard", BLOCK_BEGIN, "SystemCallFilter=old", BLOCK_END, "", "[Install]", "WantedBy=multi-user.target", ""].join("\n");

describe("the generated block of a unit file", () => {
  it("reads the directives between the markers", () => {
    expect(generatedBlock(unit)).toEqual(["SystemCallFilter=old"]);
  });

  it("replaces only the block and leaves every other byte as it was", () => {
    const next = replaceGeneratedBlock(unit, ["SystemCallFilter=read write", "SystemCallErrorNumber=EPERM"]);
    expect(next).toBe(unit.replace("SystemCallFilter=old", "SystemCallFilter=read write\nSystemCallErrorNumber=EPERM"));
    expect(generatedBlock(next)).toEqual(["SystemCallFilter=read write", "SystemCallErrorNumber=EPERM"]);
  });

  it("is idempotent: replacing with the same directives gives the same text", () => {
    expect(replaceGeneratedBlock(unit, ["SystemCallFilter=old"])).toBe(unit);
  });

  it("refuses a file without the markers rather than appending somewhere", () => {
    expect(() => replaceGeneratedBlock("[Service]\nUser=kalguard\n", ["X=1"])).toThrow(GeneratedBlockError);
  });

  it("refuses a file with two blocks", () => {
    expect(() => generatedBlock(`${unit}\n${BLOCK_BEGIN}\n${BLOCK_END}\n`)).toThrow(GeneratedBlockError);
  });

  it("refuses markers in the wrong order", () => {
    expect(() => generatedBlock(`${BLOCK_END}\nX=1\n${BLOCK_BEGIN}\n`)).toThrow(GeneratedBlockError);
  });
});
