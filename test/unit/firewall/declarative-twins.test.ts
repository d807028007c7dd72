import { describe, expect, it } from "vitest";
import { declarativeTwin, thirdPerson } from "../../../scripts/lib/declarative.js";
import { buildViews } from "../../../src/firewall/normalize.js";
import { taskUnits } from "../../../src/firewall/task-classifier.js";

const unitOf = (sentence: string): string => taskUnits(buildViews(sentence).folded, 400)[0] as string;
const words = (unit: string): string[] => unit.slice(2).split(" ");

describe("declarative twins of request sentences (task detector negatives)", () => {
  it.each([
    ["describe", "describes"],
    ["discuss", "discusses"],
    ["classify", "classifies"],
    ["write", "writes"],
    ["list", "lists"],
  ])("conjugates %s in the third person as %s", (verb, third) => {
    expect(thirdPerson(verb)).toBe(third);
  });

  it("keeps the request's words after the verb and puts a subject before it", () => {
    const unit = unitOf("Describe the process of photosynthesis in plants.");
    const twin = declarativeTwin(unit) as string;
    expect(twin.startsWith("^ ")).toBe(true);
    expect(twin.endsWith(" the process of photosynthesis in plants")).toBe(true);
    expect(words(twin)[0]).not.toBe("describe");
    expect(twin).toMatch(/ (?:describes|that describe|describe) the process/);
  });

  it("drops the lead and the asking words of the request", () => {
    const twin = declarativeTwin(unitOf("Could you please explain how vaccines work?")) as string;
    expect(twin).not.toMatch(/could|you|please/);
    expect(twin).toMatch(/ (?:explains|that explain|explain) how vaccines work$/);
  });

  it("makes no twin of a sentence that does not open with a request verb", () => {
    expect(declarativeTwin(unitOf("I want you to act as a travel guide."))).toBeUndefined();
    expect(declarativeTwin(unitOf("The weather in Oslo is cold in winter."))).toBeUndefined();
    expect(declarativeTwin("describe the process")).toBeUndefined();
  });

  it("gives the same twin for the same unit every time", () => {
    const unit = unitOf("Write a short poem about the harbour at night.");
    expect(declarativeTwin(unit)).toBe(declarativeTwin(unit));
  });
});
