import type { SupportContact } from "@carerkit/core";
import { describe, expect, it } from "vitest";
import { deepFreeze } from "../../../../scripts/test/deepFreeze.ts";
import { summariseCasework } from "./summariseCasework.ts";

function contact(
  id: string,
  carerId: string,
  date: string,
  kind: SupportContact["kind"],
  extra: Partial<SupportContact> = {},
): SupportContact {
  return { id, carerId, workerId: "w-1", date, mode: "phone", kind, durationMinutes: 30, ...extra };
}

const CONTACTS = deepFreeze([
  contact("1", "c-1", "2026-10-02", "crisis", { durationMinutes: 60, serviceId: "hospital" }),
  contact("2", "c-1", "2026-10-09", "crisis", { serviceId: "hospital" }),
  contact("3", "c-2", "2026-10-20", "bereavement", { workerId: "w-2", serviceId: "hospice" }),
  contact("4", "c-1", "2026-11-03", "information_and_advice", { workerId: "w-2" }),
]);

describe("summariseCasework", () => {
  const summary = summariseCasework(CONTACTS);

  it("counts contacts, distinct carers and minutes", () => {
    // Derived by hand: 4 contacts, carers c-1 and c-2, 60 + 30 + 30 + 30 minutes.
    expect([summary.contacts, summary.carers, summary.minutes]).toEqual([4, 2, 150]);
  });

  it("tabulates contacts per worker and per service by kind, every kind in its fixed order", () => {
    expect(summary.byWorker.columns).toEqual([
      "crisis",
      "bereavement",
      "emotional",
      "information_and_advice",
      "practical",
      "benefits",
      "advocacy",
      "onward_referral",
    ]);
    expect(summary.byWorker.rows).toEqual(["w-1", "w-2"]);
    expect(summary.byWorker.counts).toEqual([
      [2, 0, 0, 0, 0, 0, 0, 0],
      [0, 1, 0, 1, 0, 0, 0, 0],
    ]);
    expect(summary.byService.rows).toEqual(["Not recorded", "hospice", "hospital"]);
    expect(summary.byService.counts.map((r) => r.reduce((s, x) => s + x, 0))).toEqual([1, 1, 2]);
  });

  it("counts contacts by kind and month, and each carer once per kind and month", () => {
    expect(summary.byMonth.columns).toEqual(["2026-10", "2026-11"]);
    expect(summary.byMonth.counts[0]).toEqual([2, 0]);
    expect(summary.carersByKind.counts[0]).toEqual([1, 0]);
    expect(summary.carersByKind.counts[3]).toEqual([0, 1]);
  });

  it("summarises nothing as zeros with every kind still listed", () => {
    const empty = summariseCasework([]);
    expect([empty.contacts, empty.byMonth.rows.length, empty.byMonth.columns]).toEqual([0, 8, []]);
  });
});
