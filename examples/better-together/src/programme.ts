// Step 4: plan, staff and publish the Better Together programme with @carerkit/scheduling.
// Mondays at 10:00 Europe/London from 9 March 2026: the clocks go forward on 29 March and
// Easter Monday (6 April) and the Early May bank holiday (4 May) are skipped, so the eight
// sessions run to 11 May, always at 10:00 local time.
import {
  BETTER_TOGETHER_TEMPLATE,
  createCohort,
  createUkBankHolidayCalendar,
  enrolCarer,
  pairBuddies,
  planProgramme,
  rosterFacilitators,
  toICalendar,
  type BuddyPairing,
  type Cohort,
  type Facilitator,
  type HolidayCalendar,
  type Programme,
  type Roster,
  type RosterError,
} from "@carerkit/scheduling";
import { bandHoursOfCare, type Result } from "@carerkit/core";
import type { GazetteerEntry } from "@carerkit/directory";
import type { AssessedCarer } from "./assess.ts";

/** When and where this term's programme runs. */
export const TERM = {
  programmeId: "bt-2026-spring",
  startDate: "2026-03-09",
  startTime: "10:00",
  zone: "Europe/London",
  venue: "Larkspur Hospice (fictional), Day Hospice lounge",
  capacity: 16,
  /** When the calendar was published (DTSTAMP): no clock is read. */
  publishedAt: "2026-02-27T09:00:00Z",
  uidDomain: "larkspur-hospice.example.org",
} as const;

/** The planned, staffed and filled programme. */
export interface PlannedTerm {
  readonly programme: Programme;
  readonly roster: Result<Roster, RosterError>;
  readonly cohort: Cohort;
  readonly buddies: BuddyPairing;
  readonly ics: string;
  readonly holidays: HolidayCalendar;
  readonly facilitators: readonly Facilitator[];
}

/**
 * Plans the programme, rosters two qualified facilitators per session, enrols carers in order of
 * their entry assessment up to capacity (the rest wait), suggests buddy pairs and writes the
 * calendar.
 *
 * @param carers - Assessed carers, all of whom asked for a place.
 * @param facilitators - The hospice's facilitators.
 * @param gazetteer - Postcode districts, for "live near each other".
 * @returns The term.
 */
export function planTerm(
  carers: readonly AssessedCarer[],
  facilitators: readonly Facilitator[],
  gazetteer: readonly GazetteerEntry[],
): PlannedTerm {
  const holidays = createUkBankHolidayCalendar("england-and-wales");
  const planned = planProgramme(
    BETTER_TOGETHER_TEMPLATE,
    {
      programmeId: TERM.programmeId,
      startDate: TERM.startDate,
      startTime: TERM.startTime,
      zone: TERM.zone,
      rule: "FREQ=WEEKLY",
      venue: TERM.venue,
    },
    { holidays },
  );
  if (!planned.success) throw new Error(planned.error.message);
  const programme = planned.data;
  const roster = rosterFacilitators(programme.sessions, facilitators);

  const byEntry = [...carers].sort(
    (a, b) =>
      a.entry.assessedOn.localeCompare(b.entry.assessedOn) || a.carer.id.localeCompare(b.carer.id),
  );
  const created = createCohort(TERM.programmeId, TERM.capacity);
  if (!created.success) throw new Error(created.error.message);
  let cohort = created.data;
  for (const c of byEntry) {
    const enrolled = enrolCarer(cohort, c.carer.id);
    if (!enrolled.success) throw new Error(enrolled.error.message);
    cohort = enrolled.data.cohort;
  }

  const districts = new Map(gazetteer.map((g) => [g.outcode, g]));
  const buddies = pairBuddies(
    carers
      .filter((c) => cohort.enrolled.includes(c.carer.id))
      .map((c) => {
        const district = districts.get(c.carer.postcode?.split(" ")[0] ?? "");
        const condition = c.caredFor.conditions[0]?.category;
        return {
          carerId: c.carer.id,
          optedOut: !c.entry.preferences.buddy,
          relationship: c.relationship.relationshipType,
          ...(condition === undefined ? {} : { condition }),
          hoursOfCare: bandHoursOfCare(c.relationship.hoursPerWeek),
          ...(district === undefined
            ? {}
            : { location: { latitude: district.lat, longitude: district.lon } }),
          interests: c.entry.preferences.interests,
        };
      }),
    { nearKm: 5, minScore: 4 },
  );

  const ics = toICalendar(programme.sessions, {
    dtstamp: TERM.publishedAt,
    uidDomain: TERM.uidDomain,
    calendarName: "Better Together, spring 2026 (Larkspur Hospice, fictional)",
  });
  if (!ics.success) throw new Error(ics.error.message);
  return { programme, roster, cohort, buddies, ics: ics.data, holidays, facilitators };
}
