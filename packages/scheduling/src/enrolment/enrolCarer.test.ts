import { describe, expect, it } from "vitest";
import { createCohort } from "./createCohort.ts";
import { enrolCarer } from "./enrolCarer.ts";
import { withdrawCarer } from "./withdrawCarer.ts";
import { cohortOf as fill } from "../__fixtures__/programmes.ts";

describe("enrolCarer", () => {
  it("enrols up to capacity, then waitlists in order", () => {
    const cohort = fill(["a", "b", "c"]);
    expect(cohort.enrolled).toEqual(["a", "b"]);
    expect(cohort.waitingList).toEqual(["c"]);
    const d = enrolCarer(cohort, "d");
    expect(d.success && d.data).toMatchObject({ status: "waitlisted", position: 2 });
  });

  it("refuses double enrolment, unknown withdrawals and a negative capacity", () => {
    const cohort = fill(["a"]);
    expect(
      [enrolCarer(cohort, "a"), withdrawCarer(cohort, "z"), createCohort("bt", -1)].map((r) =>
        r.success ? "ok" : r.error.code,
      ),
    ).toEqual(["already_enrolled", "not_enrolled", "invalid_argument"]);
  });
});
