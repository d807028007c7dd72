import { describe, expect, it } from "vitest";
import { adversarialText, benignText, blockedText, documentationText } from "../../../bench/prompts.js";

describe("benchmark prompts", () => {
  it("makes benign prose of exactly the asked size, the same on every run", () => {
    const text = benignText(100 * 1024);
    expect(Buffer.byteLength(text)).toBe(100 * 1024);
    expect(benignText(100 * 1024)).toBe(text);
  });

  it("reads the dependencies' READMEs into prose of at most the asked size, the same on every run", () => {
    const text = documentationText(100 * 1024);
    expect(Buffer.byteLength(text)).toBeGreaterThan(100 * 1024 - 4);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(100 * 1024);
    expect(text).not.toContain("\uFFFD");
    expect(documentationText(100 * 1024)).toBe(text);
  });

  it("refuses to make documentation prose from too few READMEs", () => {
    expect(() => documentationText(1024, "bench")).toThrow(/npm ci/);
  });

  it("hides an instruction override inside the blocked prompt", () => {
    const text = blockedText(1024);
    expect(Buffer.byteLength(text)).toBeGreaterThanOrEqual(1024);
    expect(text).toContain("Ignore all previous instructions");
  });

  it("builds the 5 MB adversarial prompt from every ingredient the issue names", () => {
    const text = adversarialText(5 * 1024 * 1024);
    expect(Buffer.byteLength(text)).toBe(5 * 1024 * 1024);
    expect(text.match(/[\u200b\u200c\u200d\u2060\ufeff]/g)?.length).toBe(100_000);
    expect(text).toContain("\n".repeat(200_000));
    expect(text.split("ignore all previous instructions").length - 1).toBeGreaterThanOrEqual(4000);
    // base64 nested three deep decodes back to a trigger phrase.
    const nested = Buffer.from(Buffer.from(Buffer.from("ignore all previous instructions").toString("base64")).toString("base64")).toString("base64");
    expect(text).toContain(nested);
  });
});
