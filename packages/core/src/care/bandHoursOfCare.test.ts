import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HOURS_OF_CARE_BANDS } from "../vocabulary/hoursOfCareBands.ts";
import { bandHoursOfCare } from "./bandHoursOfCare.ts";

describe("bandHoursOfCare", () => {
  // The ONS Census 2021 bands: 9 or less, 10–19, 20–34, 35–49, 50 or more.
  it.each([
    [0, "9_or_less"],
    [9, "9_or_less"],
    [10, "10_to_19"],
    [19, "10_to_19"],
    [20, "20_to_34"],
    [34, "20_to_34"],
    [35, "35_to_49"],
    [49, "35_to_49"],
    [50, "50_or_more"],
    [168, "50_or_more"],
  ] as const)("puts %i hours in %s", (hours, band) => {
    expect(bandHoursOfCare(hours)).toBe(band);
  });

  it("puts 9.5 hours in the 10 to 19 band, because it is more than 9", () => {
    expect(bandHoursOfCare(9.5)).toBe("10_to_19");
  });

  it("rejects more than 168 hours a week, naming hours without echoing the value", () => {
    expect(() => bandHoursOfCare(169)).toThrow("hours: expected a number of hours from 0 to 168");
    expect(() => bandHoursOfCare(-1)).toThrow(/^hours: /);
    expect(() => bandHoursOfCare(Number.NaN)).toThrow(
      "bandHoursOfCare: hours must be a finite number; received a number",
    );
    expect(() => bandHoursOfCare(Object.create(null) as number)).toThrow(
      "bandHoursOfCare: hours must be a finite number; received an object",
    );
  });

  it("gives every hour from 0 to 168 a band whose bounds contain it", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 168 }), (hours) => {
        const band = HOURS_OF_CARE_BANDS.find((b) => b.id === bandHoursOfCare(hours));
        expect(band).toBeDefined();
        expect(hours).toBeGreaterThanOrEqual(band!.min);
        if (band!.max !== null) expect(hours).toBeLessThanOrEqual(band!.max);
      }),
    );
  });
});
