// Plans 1,000 programmes of 52 weekly sessions in Europe/London with England and Wales bank
// holidays, against raw rrule.js `all()` in floating mode on the same rules (the baseline): the
// cost of the SDK's zone conversion, holiday skipping, gap/overlap policy and session objects.
// Target: no slower than the baseline, since weekly rules are expanded directly in the zone's
// local calendar rather than through rrule.js.
import { defineBench } from "../../../scripts/bench/defineBench.ts";
import { RRule } from "../src/_lib/rrule.ts";
import { createUkBankHolidayCalendar } from "../src/holidays/createUkBankHolidayCalendar.ts";
import { planProgramme } from "../src/planning/planProgramme.ts";
import type { ProgrammeSchedule } from "../src/planning/types.ts";
import { BETTER_TOGETHER_TEMPLATE } from "../src/templates/betterTogether.ts";
import type { ProgrammeTemplate } from "../src/templates/types.ts";

const PROGRAMMES = 1000;
const SESSIONS = 52;
const DAY = 86_400_000;

const template: ProgrammeTemplate = {
  id: "year-long",
  name: "Weekly drop-in for a year",
  sessions: Array.from(
    { length: SESSIONS },
    (_, i) => BETTER_TOGETHER_TEMPLATE.sessions[i % 8] ?? BETTER_TOGETHER_TEMPLATE.sessions[0]!,
  ),
};
const holidays = createUkBankHolidayCalendar("england-and-wales");

// 1,000 start dates spread over 2019–2026, at 09:00–16:30 on the half hour.
const schedules: ProgrammeSchedule[] = Array.from({ length: PROGRAMMES }, (_, i) => {
  const start = new Date(Date.UTC(2019, 0, 1) + ((i * 7 + (i % 7)) % 2900) * DAY);
  const hour = 9 + (i % 8);
  const minute = i % 2 === 0 ? "00" : "30";
  return {
    programmeId: `p${i}`,
    startDate: start.toISOString().slice(0, 10),
    startTime: `${String(hour).padStart(2, "0")}:${minute}`,
    zone: "Europe/London",
    rule: "FREQ=WEEKLY",
  };
});
// The same rules as floating rrule.js options: wall-clock fields in the UTC fields, no tzid.
const floatingStarts = schedules.map((s) => new Date(`${s.startDate}T${s.startTime}:00Z`));

let sessionsPlanned = 0;

export default defineBench({
  title: `Plan ${PROGRAMMES} programmes × ${SESSIONS} weekly sessions (Europe/London, bank holidays)`,
  baseline: {
    name: "rrule all() floating, COUNT=52",
    fn: () => {
      let n = 0;
      for (const dtstart of floatingStarts)
        n += new RRule({ freq: RRule.WEEKLY, dtstart, count: SESSIONS }).all().length;
      return n;
    },
  },
  candidates: [
    {
      name: "planProgramme (zone + holidays)",
      fn: () => {
        sessionsPlanned = 0;
        for (const schedule of schedules) {
          const result = planProgramme(template, schedule, { holidays });
          if (!result.success) throw new Error(result.error.message);
          sessionsPlanned += result.data.sessions.length;
        }
        return sessionsPlanned;
      },
    },
  ],
  target: { atMost: 1 },
  iterations: 10,
  time: 3000,
  report: () => [`sessions planned per run: ${sessionsPlanned}`],
});
