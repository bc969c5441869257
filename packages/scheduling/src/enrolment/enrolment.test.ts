import { describe, expect, it } from "vitest";
import { deepFreeze } from "../__fixtures__/deepFreeze.ts";
import { createCohort } from "./createCohort.ts";
import { enrolCarer } from "./enrolCarer.ts";
import type { Cohort } from "./types.ts";
import { withdrawCarer } from "./withdrawCarer.ts";

function fill(ids: string[], capacity = 2): Cohort {
  const start = createCohort("bt", capacity);
  if (!start.success) throw new Error(start.error.message);
  return ids.reduce<Cohort>((cohort, id) => {
    const r = enrolCarer(deepFreeze(cohort), id);
    if (!r.success) throw new Error(r.error.message);
    return r.data.cohort;
  }, start.data);
}

describe("enrolment", () => {
  it("enrols up to capacity, then waitlists in order", () => {
    const cohort = fill(["a", "b", "c"]);
    expect(cohort.enrolled).toEqual(["a", "b"]);
    expect(cohort.waitingList).toEqual(["c"]);
    const d = enrolCarer(cohort, "d");
    expect(d.success && d.data).toMatchObject({ status: "waitlisted", position: 2 });
  });

  it("promotes the first waiting carer when someone withdraws", () => {
    const result = withdrawCarer(deepFreeze(fill(["a", "b", "c", "d"])), "a");
    expect(result.success && result.data).toEqual({
      cohort: { programmeId: "bt", capacity: 2, enrolled: ["b", "c"], waitingList: ["d"] },
      promoted: "c",
    });
  });

  it("removes a waiting carer without promoting anyone", () => {
    const result = withdrawCarer(fill(["a", "b", "c"]), "c");
    expect(result.success && result.data.cohort.waitingList).toEqual([]);
    expect(result.success && result.data.promoted).toBeUndefined();
  });

  it("refuses double enrolment, unknown withdrawals and a negative capacity", () => {
    const cohort = fill(["a"]);
    expect(
      [enrolCarer(cohort, "a"), withdrawCarer(cohort, "z"), createCohort("bt", -1)].map((r) =>
        r.success ? "ok" : r.error.code,
      ),
    ).toEqual(["already_enrolled", "not_enrolled", "invalid_input"]);
  });
});
