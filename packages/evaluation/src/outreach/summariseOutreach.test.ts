import type { OutreachEvent } from "@carerkit/core";
import { describe, expect, it } from "vitest";
import { deepFreeze } from "../../../../scripts/test/deepFreeze.ts";
import { summariseOutreach } from "./summariseOutreach.ts";

const EVENTS: readonly OutreachEvent[] = deepFreeze([
  {
    id: "o-1",
    kind: "drop_in",
    place: "Outpatients",
    date: "2026-06-11",
    peopleMet: 104,
    carersIdentified: 23,
    referralsMade: 9,
    leafletsGiven: 60,
  },
  {
    id: "o-2",
    kind: "awareness_day",
    place: "Market square",
    date: "2026-11-26",
    peopleMet: 80,
    carersIdentified: 12,
    referralsMade: 3,
  },
  {
    id: "o-3",
    kind: "talk",
    place: "GP surgery",
    date: "2026-11-04",
    peopleMet: 15,
    carersIdentified: 4,
  },
]);

describe("summariseOutreach", () => {
  const s = summariseOutreach(EVENTS);

  it("adds up people met, carers identified, referrals and leaflets", () => {
    expect([s.events, s.peopleMet, s.carersIdentified, s.referralsMade, s.leafletsGiven]).toEqual([
      3, 199, 39, 12, 60,
    ]);
  });

  it("computes conversion over the events that recorded referrals, with a Wilson interval", () => {
    // 12 referrals of 35 carers identified at the two events that recorded referrals. Wilson 95%
    // interval, derived from Wilson's closed form (Newcombe 1998, method 3): 0.20832, 0.50848.
    expect(s.conversion?.count).toBe(12);
    expect(s.conversion?.total).toBe(35);
    expect(s.conversion?.confidenceInterval.lower).toBeCloseTo(0.20832, 4);
    expect(s.conversion?.confidenceInterval.upper).toBeCloseTo(0.50848, 4);
  });

  it("tabulates by kind (every kind listed) and by month in date order", () => {
    expect(s.byKind.rows).toEqual(["drop_in", "stand", "talk", "awareness_day"]);
    expect(s.byKind.counts).toEqual([
      [1, 104, 23, 9],
      [0, 0, 0, 0],
      [1, 15, 4, 0],
      [1, 80, 12, 3],
    ]);
    expect(s.byMonth.rows).toEqual(["2026-06", "2026-11"]);
    expect(s.byMonth.counts[1]).toEqual([2, 95, 16, 3]);
  });

  it("has no conversion when no event recorded referrals", () => {
    expect(summariseOutreach([]).conversion).toBeNull();
  });
});
