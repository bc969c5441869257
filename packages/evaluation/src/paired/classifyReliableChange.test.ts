import { describe, expect, it } from "vitest";
import { classifyReliableChange } from "./classifyReliableChange.ts";

describe("classifyReliableChange", () => {
  it("computes SEM = SD·√(1 − r), S_diff = √2·SEM and the 1.96·S_diff threshold (Jacobson & Truax 1991)", () => {
    const result = classifyReliableChange([30, 40], [35, 41], { reliability: 0.88, sdPre: 7.5 });
    if (!result.success) throw new Error(result.error.message);
    expect(result.data.standardErrorOfMeasurement).toBeCloseTo(7.5 * Math.sqrt(0.12), 12);
    expect(result.data.standardErrorOfDifference).toBeCloseTo(3.674235, 6);
    // Jacobson & Truax (1991) publish 1.96 as the critical value; the default uses it exactly.
    expect(result.data.criticalValue).toBe(1.96);
    expect(result.data.reliableChangeThreshold).toBeCloseTo(1.96 * 3.674235, 5);
    expect(result.data.people[0]?.rci).toBeCloseTo(5 / 3.674235, 6);
  });

  it("uses 1.96 by default, Φ⁻¹(0.975) = 1.959964 for confidenceLevel 0.95, and any criticalValue", () => {
    // S_diff = 10·√(2·0.5) = 10, so a change of 19.598 has RCI 1.9598: between the two constants.
    const options = { reliability: 0.5, sdPre: 10 } as const;
    const pre = [20, 20];
    const post = [20 + 19.5998, 20];
    const byDefault = classifyReliableChange(pre, post, options);
    const exact = classifyReliableChange(pre, post, { ...options, confidenceLevel: 0.95 });
    const strict = classifyReliableChange(pre, post, { ...options, criticalValue: 2.58 });
    if (!byDefault.success || !exact.success || !strict.success)
      throw new Error("unexpected failure");
    expect(byDefault.data.people[0]?.category).toBe("unchanged");
    expect(exact.data.criticalValue).toBeCloseTo(1.959963984540054, 15);
    expect(exact.data.people[0]?.category).toBe("improved");
    expect(strict.data.reliableChangeThreshold).toBeCloseTo(25.8, 12);
    const bad = classifyReliableChange(pre, post, { ...options, criticalValue: -1 });
    expect(!bad.success && bad.error.path).toEqual(["criticalValue"]);
  });

  it("classifies recovered, improved, unchanged and deteriorated", () => {
    const result = classifyReliableChange([38, 41, 50, 47], [47, 42, 40, 57], {
      reliability: 0.89,
      sdPre: 8.7,
      cutoff: 45,
    });
    if (!result.success) throw new Error(result.error.message);
    expect(result.data.people.map((p) => p.category)).toEqual([
      "recovered",
      "unchanged",
      "deteriorated",
      "improved",
    ]);
    expect(result.data.counts).toEqual({
      recovered: 1,
      improved: 1,
      unchanged: 1,
      deteriorated: 1,
    });
  });

  it("reverses the direction for lower-is-better scales such as PHQ-9", () => {
    const result = classifyReliableChange([18, 6], [6, 18], {
      reliability: 0.84,
      sdPre: 4,
      direction: "lower-is-better",
      cutoff: 10,
    });
    expect(result.success && result.data.people.map((p) => p.category)).toEqual([
      "recovered",
      "deteriorated",
    ]);
  });

  it("computes Jacobson–Truax cut-offs a, b and c from norms", () => {
    const functional = { mean: 51, sd: 7 };
    const dysfunctional = { mean: 40, sd: 8 };
    const cut = (criterion: "a" | "b" | "c"): number | undefined => {
      const r = classifyReliableChange([40, 45], [45, 50], {
        reliability: 0.9,
        norms: { criterion, functional, dysfunctional },
      });
      return r.success ? r.data.cutoff : undefined;
    };
    expect(cut("a")).toBe(56);
    expect(cut("b")).toBe(37);
    expect(cut("c")).toBeCloseTo((8 * 51 + 7 * 40) / 15, 12);
  });

  it("returns invalid_option for a reliability outside (0, 1) or missing norms", () => {
    const bad = classifyReliableChange([1, 2], [2, 3], { reliability: 1 });
    expect(!bad.success && bad.error.code).toBe("invalid_option");
    const missing = classifyReliableChange([1, 2], [2, 3], {
      reliability: 0.8,
      norms: { criterion: "c", functional: { mean: 1, sd: 1 } },
    });
    expect(!missing.success && missing.error.message).toContain("norms.dysfunctional");
  });
});
