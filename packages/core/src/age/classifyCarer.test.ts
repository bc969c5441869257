import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { classifyCarer } from "./classifyCarer.ts";

describe("classifyCarer", () => {
  it.each([
    [0, "young_carer"],
    [17, "young_carer"],
    [18, "young_adult_carer"],
    [24, "young_adult_carer"],
    [25, "adult_carer"],
    [64, "adult_carer"],
    [65, "older_carer"],
    [101, "older_carer"],
  ] as const)("classifies age %i as %s by default", (age, group) => {
    expect(classifyCarer(age)).toBe(group);
  });

  it("takes the Carers Trust 16–25 young adult range when asked", () => {
    expect(classifyCarer(25, { youngAdultUntilAge: 25 })).toBe("young_adult_carer");
    expect(classifyCarer(26, { youngAdultUntilAge: 25 })).toBe("adult_carer");
  });

  it("lets a service call carers older from 60", () => {
    expect(classifyCarer(62, { olderFromAge: 60 })).toBe("older_carer");
  });

  it("rejects ages that are not whole years with invalid_argument, naming age", () => {
    expect(() => classifyCarer(17.5)).toThrow(/^classifyCarer: age must be a count/);
    expect(() => classifyCarer(-1)).toThrow(/^classifyCarer: age /);
    expect(() => classifyCarer(Number.NaN)).toThrow(/^classifyCarer: age /);
    expect(() => classifyCarer(131)).toThrow(
      /^age: expected a whole number of years from 0 to 130/,
    );
    expect(() => classifyCarer(30, { olderFromAge: Number.NaN })).toThrow(
      /^classifyCarer: options.olderFromAge must be a count/,
    );
  });

  it("rejects thresholds out of order", () => {
    expect(() => classifyCarer(30, { olderFromAge: 20 })).toThrow(/^options: /);
  });

  it("never moves a carer to a younger group as they age", () => {
    const order = ["young_carer", "young_adult_carer", "adult_carer", "older_carer"];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 129 }), (age) => {
        expect(order.indexOf(classifyCarer(age + 1))).toBeGreaterThanOrEqual(
          order.indexOf(classifyCarer(age)),
        );
      }),
    );
  });
});
