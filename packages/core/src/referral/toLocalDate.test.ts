import { describe, expect, it } from "vitest";
import { isCarerKitError } from "../errors/isCarerKitError.ts";
import { toLocalDate } from "./toLocalDate.ts";

describe("toLocalDate", () => {
  // UK clocks changed at 01:00 UTC on 29 March and 25 October 2026 (GOV.UK "When do the clocks change?").
  it("reads an instant in London whatever the host zone, across both clock changes", () => {
    expect(toLocalDate("2026-03-29T00:30:00Z")).toBe("2026-03-29");
    expect(toLocalDate("2026-03-29T23:30:00Z")).toBe("2026-03-30");
    expect(toLocalDate("2026-10-25T23:30:00Z")).toBe("2026-10-25");
    expect(toLocalDate("2026-10-24T23:30:00Z")).toBe("2026-10-25");
  });

  it("honours the offset written in the instant and the zone asked for", () => {
    expect(toLocalDate("2026-06-30T23:30:00-05:00")).toBe("2026-07-01");
    expect(toLocalDate("2026-06-30T23:30:00Z", "Australia/Lord_Howe")).toBe("2026-07-01");
  });

  it("names an instant without an offset", () => {
    try {
      toLocalDate("2026-06-30T23:30:00");
      expect.unreachable();
    } catch (error) {
      expect(isCarerKitError(error) && error.issues[0]?.path).toEqual(["instant"]);
    }
  });
});
