import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isCarerKitError } from "../errors/isCarerKitError.ts";
import { calculateAge } from "./calculateAge.ts";

describe("calculateAge", () => {
  it("counts a birthday on the day itself", () => {
    expect(calculateAge("2008-03-01", "2026-02-28")).toBe(17);
    expect(calculateAge("2008-03-01", "2026-03-01")).toBe(18);
  });

  it("gives someone born on 29 February their birthday on 1 March in a common year", () => {
    expect(calculateAge("2008-02-29", "2026-02-28")).toBe(17);
    expect(calculateAge("2008-02-29", "2026-03-01")).toBe(18);
    expect(calculateAge("2008-02-29", "2028-02-29")).toBe(20);
  });

  it("is zero on the day of birth", () => {
    expect(calculateAge("2020-06-15", "2020-06-15")).toBe(0);
  });

  it("rejects dates that do not exist with invalid_argument, naming the parameter", () => {
    expect(() => calculateAge("2023-02-29", "2026-01-01")).toThrow(/^calculateAge: dateOfBirth /);
    expect(() => calculateAge("2000-01-01", "2026-13-01")).toThrow(/^calculateAge: asOf /);
    expect(() => calculateAge("2000-01-01", "2026-01-01T00:00:00Z")).toThrow(
      /^calculateAge: asOf /,
    );
    expect(() => calculateAge("2000-01-01", undefined as never)).toThrow(
      "calculateAge: asOf must be an ISO date (YYYY-MM-DD); received nothing",
    );
  });

  it.each([
    ["1899-12-31", "2026-01-01", "dateOfBirth"],
    ["2000-01-01", "2201-01-01", "asOf"],
    ["2000-01-01", "9999-12-31", "asOf"],
  ])("refuses %s → %s outside the years 1900–2200 with out_of_span naming %s", (a, b, field) => {
    try {
      calculateAge(a, b);
      expect.unreachable();
    } catch (error) {
      expect(isCarerKitError(error) && error.code).toBe("out_of_span");
      expect(isCarerKitError(error) && error.issues[0]?.path).toEqual([field]);
      expect(String(error)).not.toContain(field === "asOf" ? b : a);
    }
  });

  it("rejects an asOf date before the date of birth without repeating the date of birth", () => {
    try {
      calculateAge("2000-05-05", "1999-05-05");
      expect.unreachable();
    } catch (error) {
      expect(isCarerKitError(error) && error.issues[0]?.path).toEqual(["asOf"]);
      expect(String(error)).not.toContain("2000-05-05");
    }
  });

  it("agrees with a UTC Date computation for any pair of dates", () => {
    const day = fc.date({
      min: new Date("1900-01-01T00:00:00Z"),
      max: new Date("2100-12-31T00:00:00Z"),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(day, day, (a, b) => {
        const [born, on] = a <= b ? [a, b] : [b, a];
        const iso = (d: Date): string => d.toISOString().slice(0, 10);
        let expected = on.getUTCFullYear() - born.getUTCFullYear();
        const monthDiff = on.getUTCMonth() - born.getUTCMonth();
        if (monthDiff < 0 || (monthDiff === 0 && on.getUTCDate() < born.getUTCDate())) expected--;
        expect(calculateAge(iso(born), iso(on))).toBe(expected);
      }),
    );
  });
});
