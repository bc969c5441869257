import { describe, expect, it } from "vitest";
import { readSharedFixture } from "../__fixtures__/sharedFixtures.ts";
import { expandRecurrence } from "./expandRecurrence.ts";

interface Vector {
  readonly id: string;
  readonly dtstart: string;
  readonly rrule: readonly string[];
  readonly exdate?: readonly string[];
  readonly limit?: number;
  readonly expected: readonly { readonly local: string; readonly utc: string }[];
}

const { vectors } = readSharedFixture("rrule/rfc5545-vectors.json") as {
  vectors: readonly Vector[];
};

const PROPERTY_RE = /^[A-Z]+;TZID=([^:]+):(\d{8}T\d{6})$/;

function fromVector(vector: Vector) {
  const start = PROPERTY_RE.exec(vector.dtstart);
  if (start === null) throw new Error(`${vector.id}: unexpected DTSTART ${vector.dtstart}`);
  const exdates = (vector.exdate ?? []).map((line) => {
    const m = PROPERTY_RE.exec(line);
    if (m === null || m[1] !== start[1]) throw new Error(`${vector.id}: unexpected EXDATE ${line}`);
    return m[2]!;
  });
  return {
    recurrence: {
      zone: start[1]!,
      start: start[2]!,
      rule: vector.rrule[0]!,
      exdates,
    },
    limit: vector.limit,
  };
}

describe("expandRecurrence against the RFC 5545 §3.8.5.3 vectors", () => {
  it("covers every vector in the shared fixture", () => {
    expect(vectors.length).toBeGreaterThanOrEqual(11);
  });

  for (const vector of vectors) {
    it(`gives the RFC's local times and UTC instants for ${vector.id}`, () => {
      const { recurrence, limit } = fromVector(vector);
      const result = expandRecurrence(recurrence, { limit });
      expect(result.success).toBe(true);
      if (!result.success) return;
      expect(result.data).toEqual(vector.expected);
    });
  }
});

describe("expandRecurrence time-zone policy", () => {
  it("keeps a weekly London 10:00 at 10:00 wall-clock across both DST changes", () => {
    const result = expandRecurrence({
      start: "2025-03-24T10:00",
      zone: "Europe/London",
      rule: "FREQ=WEEKLY;UNTIL=20251104T000000Z",
    });
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.every((o) => o.local.slice(11, 16) === "10:00")).toBe(true);
    expect(result.data[0]).toEqual({
      local: "2025-03-24T10:00:00+00:00",
      utc: "2025-03-24T10:00:00Z",
    });
    expect(result.data[1]).toEqual({
      local: "2025-03-31T10:00:00+01:00",
      utc: "2025-03-31T09:00:00Z",
    });
    expect(result.data.at(-1)).toEqual({
      local: "2025-11-03T10:00:00+00:00",
      utc: "2025-11-03T10:00:00Z",
    });
  });

  it("skips a non-existent local time by default and does not count it (RFC 5545 §3.3.10)", () => {
    const result = expandRecurrence({
      start: "2025-03-29T01:30",
      zone: "Europe/London",
      rule: "FREQ=DAILY;COUNT=3",
    });
    expect(result.success && result.data.map((o) => o.utc)).toEqual([
      "2025-03-29T01:30:00Z",
      "2025-03-31T00:30:00Z",
      "2025-04-01T00:30:00Z",
    ]);
  });

  it("shifts a non-existent local time by the gap when asked (RFC 5545 §3.3.5)", () => {
    const result = expandRecurrence(
      { start: "2025-03-30T01:30", zone: "Europe/London", rule: "FREQ=DAILY;COUNT=1" },
      { nonexistentTime: "shift" },
    );
    expect(result.success && result.data).toEqual([
      { local: "2025-03-30T02:30:00+01:00", utc: "2025-03-30T01:30:00Z" },
    ]);
  });

  it("takes the first of a repeated local time by default, the second when asked", () => {
    const recurrence = {
      start: "2025-10-26T01:30",
      zone: "Europe/London",
      rule: "FREQ=DAILY;COUNT=1",
    };
    const first = expandRecurrence(recurrence);
    const second = expandRecurrence(recurrence, { ambiguousTime: "later" });
    expect(first.success && first.data[0]?.utc).toBe("2025-10-26T00:30:00Z");
    expect(second.success && second.data[0]?.utc).toBe("2025-10-26T01:30:00Z");
  });

  it("handles Lord Howe's half-hour DST shift", () => {
    const result = expandRecurrence({
      start: "2025-10-04T10:00",
      zone: "Australia/Lord_Howe",
      rule: "FREQ=DAILY;COUNT=2",
    });
    expect(result.success && result.data).toEqual([
      { local: "2025-10-04T10:00:00+10:30", utc: "2025-10-03T23:30:00Z" },
      { local: "2025-10-05T10:00:00+11:00", utc: "2025-10-04T23:00:00Z" },
    ]);
  });
});

describe("expandRecurrence guards", () => {
  it("rejects an hourly rule whose BYHOUR is never reached instead of hanging (rrule#468)", () => {
    const result = expandRecurrence(
      {
        start: "2025-01-01T10:00",
        zone: "UTC",
        rule: "FREQ=HOURLY;INTERVAL=2;BYHOUR=1",
      },
      { limit: 3 },
    );
    expect(result.success ? "" : result.error.code).toBe("unreachable_rule");
  });

  it("rejects 30 February instead of scanning to year 9999", () => {
    const result = expandRecurrence(
      { start: "2025-01-01T10:00", zone: "UTC", rule: "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30" },
      { limit: 1 },
    );
    expect(result.success ? "" : result.error.code).toBe("unreachable_rule");
  });

  it("turns rrule.js's endless loop on MINUTELY with BYHOUR after a filtered day into budget_exceeded", () => {
    // rrule.js 2.8.1 never returns from this rule when DTSTART is not a Monday.
    const result = expandRecurrence(
      {
        start: "2025-01-07T00:00",
        zone: "Europe/London",
        rule: "FREQ=MINUTELY;INTERVAL=30;BYDAY=MO;BYHOUR=9",
      },
      { limit: 3 },
    );
    expect(result.success ? "" : result.error.code).toBe("budget_exceeded");
  });

  it("stops a rule that yields only every four years at the period budget, with a typed error", () => {
    const recurrence = {
      start: "2025-01-01T10:00",
      zone: "UTC",
      rule: "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=29",
    };
    const few = expandRecurrence(recurrence, { limit: 3 });
    expect(few.success && few.data.map((o) => o.utc)).toEqual([
      "2025-01-01T10:00:00Z",
      "2028-02-29T10:00:00Z",
      "2032-02-29T10:00:00Z",
    ]);
    const many = expandRecurrence(recurrence, { limit: 100, maxIterations: 40 });
    expect(many.success ? "" : many.error.code).toBe("budget_exceeded");
    const all = expandRecurrence(recurrence, { limit: 100 });
    expect(all.success && all.data.at(-1)?.utc).toBe("2196-02-29T10:00:00Z");
  });

  it("rejects a BYSETPOS larger than any period can hold (rrule.js would scan to year 9999)", () => {
    for (const rule of ["FREQ=DAILY;BYSETPOS=2", "FREQ=MONTHLY;BYDAY=MO;BYSETPOS=6"]) {
      const result = expandRecurrence(
        { start: "2025-01-07T10:00", zone: "UTC", rule },
        { limit: 3 },
      );
      expect(result.success ? "" : result.error.code).toBe("unreachable_rule");
    }
  });

  it("rejects a zero or fractional INTERVAL", () => {
    for (const rule of ["FREQ=DAILY;INTERVAL=0;COUNT=2", "FREQ=DAILY;INTERVAL=1.5;COUNT=2"]) {
      const result = expandRecurrence({ start: "2025-01-01T10:00", zone: "UTC", rule });
      expect(result.success ? "" : result.error.code).toBe("invalid_rule");
    }
  });

  it("rejects an unbounded rule without a limit", () => {
    const result = expandRecurrence({ start: "2025-01-01T10:00", zone: "UTC", rule: "FREQ=DAILY" });
    expect(result.success ? "" : result.error.code).toBe("unbounded_rule");
  });

  it("stops at the iteration budget with a typed error", () => {
    const result = expandRecurrence(
      { start: "2025-01-01T10:00", zone: "UTC", rule: "FREQ=MINUTELY" },
      { limit: 1_000_000, maxIterations: 500 },
    );
    expect(result.success ? "" : result.error.code).toBe("budget_exceeded");
  });

  it("rejects an unknown zone, a malformed start and a malformed rule", () => {
    const base = { start: "2025-01-01T10:00", zone: "Europe/London", rule: "FREQ=DAILY;COUNT=1" };
    const codes = [
      expandRecurrence({ ...base, zone: "Mars/Olympus" }),
      expandRecurrence({ ...base, start: "2025-02-30T10:00" }),
      expandRecurrence({ ...base, rule: "FREQ=SOMETIMES" }),
    ].map((r) => (r.success ? "ok" : r.error.code));
    expect(codes).toEqual(["invalid_input", "invalid_input", "invalid_rule"]);
  });
});
