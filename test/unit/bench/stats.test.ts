import { describe, expect, it } from "vitest";
import { distribution, percentile, SampleBuffer } from "../../../bench/stats.js";

describe("benchmark statistics", () => {
  it("takes nearest-rank percentiles of a sorted array", () => {
    const sorted = Float64Array.from({ length: 1000 }, (_, i) => i + 1);
    expect(percentile(sorted, 50)).toBe(500);
    expect(percentile(sorted, 99)).toBe(990);
    expect(percentile(sorted, 99.9)).toBe(999);
    expect(percentile(sorted, 100)).toBe(1000);
  });

  it("summarises unsorted samples exactly, keeping sub-millisecond values", () => {
    const d = distribution(Float64Array.from([0.3, 0.1, 0.2, 5, 0.4]));
    expect(d).toMatchObject({ count: 5, p50: 0.3, max: 5 });
    expect(d.mean).toBeCloseTo(1.2, 10);
  });

  it("keeps every sample a growing buffer was given", () => {
    const buffer = new SampleBuffer();
    for (let i = 0; i < 200_000; i++) buffer.push(i);
    const values = buffer.values();
    expect(values.length).toBe(200_000);
    expect(values[0]).toBe(0);
    expect(values[199_999]).toBe(199_999);
  });
});
