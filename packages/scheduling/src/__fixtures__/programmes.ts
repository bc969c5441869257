// Test fixtures: a planned Better Together programme and a filled cohort, deep-frozen so that
// any mutation by the code under test throws.
import { createUkBankHolidayCalendar } from "../holidays/createUkBankHolidayCalendar.ts";
import { planProgramme } from "../planning/planProgramme.ts";
import type { Programme, ProgrammeSchedule } from "../planning/types.ts";
import { BETTER_TOGETHER_TEMPLATE } from "../templates/betterTogether.ts";
import { createCohort } from "../enrolment/createCohort.ts";
import { enrolCarer } from "../enrolment/enrolCarer.ts";
import type { Cohort } from "../enrolment/types.ts";
import { deepFreeze } from "../../../../scripts/test/deepFreeze.ts";

export const ENGLAND = createUkBankHolidayCalendar("england-and-wales");

/** Better Together from Monday 10 March 2025, 10:00 London, England and Wales holidays. */
export function betterTogether(overrides: Partial<ProgrammeSchedule> = {}): Programme {
  const result = planProgramme(
    BETTER_TOGETHER_TEMPLATE,
    {
      programmeId: "bt",
      startDate: "2025-03-10",
      startTime: "10:00",
      zone: "Europe/London",
      venue: "Lounge",
      ...overrides,
    },
    { holidays: ENGLAND },
  );
  if (!result.success) throw new Error(result.error.message);
  return deepFreeze(result.data);
}

/** A cohort filled in order (capacity 2 unless given). */
export function cohortOf(ids: readonly string[], capacity = 2): Cohort {
  const start = createCohort("bt", capacity);
  if (!start.success) throw new Error(start.error.message);
  return deepFreeze(
    ids.reduce<Cohort>((cohort, id) => {
      const result = enrolCarer(deepFreeze(cohort), id);
      if (!result.success) throw new Error(result.error.message);
      return result.data.cohort;
    }, start.data),
  );
}
