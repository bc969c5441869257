// The whole term, as pure steps from the bundled data to results. No I/O here except what the
// caller passes in; progress goes to the `log` callback (counts and ids only, never personal data).
import type { DirectoryImport } from "@carerkit/directory";
import { createUkBankHolidayCalendar, listHolidays } from "@carerkit/scheduling";
import { assessCarers, type AssessedCarer } from "./assess.ts";
import { simulateCasework, type TermCasework } from "./casework.ts";
import type { TermData } from "./data.ts";
import { evaluateTerm, type TermEvaluation } from "./evaluate.ts";
import { importDirectory, matchCarers, type MatchedCarer } from "./match.ts";
import { planTerm, type PlannedTerm } from "./programme.ts";
import { runPathway, type PathwayResult } from "./pathway.ts";
import { createRandom } from "./random.ts";
import { registerCarers, type Registration } from "./register.ts";
import { simulateTerm, type SimulatedTerm } from "./simulate.ts";

/** Everything the term produced. */
export interface TermResult {
  readonly registration: Registration;
  readonly assessed: readonly AssessedCarer[];
  readonly directory: DirectoryImport;
  readonly matched: readonly MatchedCarer[];
  readonly planned: PlannedTerm;
  readonly simulated: SimulatedTerm;
  readonly evaluation: TermEvaluation;
  readonly casework: TermCasework;
  readonly pathway: PathwayResult;
}

/** Options for {@link runTerm}. */
export interface RunTermOptions {
  /** Seed of the simulation (attendance, exit questionnaires). */
  readonly seed: number;
  /** Progress lines. */
  readonly log: (line: string) => void;
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/**
 * Runs the term from referrals to the published evaluation.
 *
 * @param data - The bundled data.
 * @param options - Seed and progress callback.
 * @returns Every step's result.
 */
export function runTerm(data: TermData, options: RunTermOptions): TermResult {
  const { log } = options;
  const random = createRandom(options.seed);

  log("1. Registering referrals (@carerkit/core)");
  const registration = registerCarers(data.referrals);
  log(`   ${plural(registration.registered.length, "carer")} registered`);
  for (const r of registration.rejected) {
    log(`   record ${r.record} (${r.carerId}) rejected, ${plural(r.issues.length, "problem")}:`);
    for (const { part, issue } of r.issues) log(`     - ${part} [${issue.code}] ${issue.message}`);
  }

  log("2. Entry assessment and eligibility (@carerkit/assessment)");
  const assessed = assessCarers(registration.registered, data.entryAssessments);
  const decisions = new Map<string, number>();
  for (const a of assessed)
    decisions.set(a.eligibility.decision, (decisions.get(a.eligibility.decision) ?? 0) + 1);
  log(
    `   ${plural(assessed.length, "checklist")}, SWEMWBS, ZBI-12 and PHQ-9 scored; Care Act: ${[
      ...decisions,
    ]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([d, n]) => `${n} ${d.replace(/_/g, " ")}`)
      .join(", ")}`,
  );
  for (const a of assessed.filter((x) => x.safetyFlags.length > 0))
    log(`   ! safety follow-up for ${a.carer.id}: ${a.safetyFlags.map((f) => f.id).join(", ")}`);

  log("3. Matching carers to local services (@carerkit/directory)");
  const directory = importDirectory(data.directoryFeed);
  const dropped = directory.issues.filter((i) => i.severity === "error").length;
  log(
    `   ${plural(directory.offers.length, "service offer")} imported from the HSDS feed, ${plural(dropped, "record")} left out`,
  );
  for (const issue of directory.issues.filter((i) => i.severity !== "info"))
    log(`     - ${issue.severity} [${issue.code}] ${issue.message}`);
  const bankHolidays = listHolidays(
    createUkBankHolidayCalendar("england-and-wales"),
    "2026-01-01",
    "2026-12-31",
  );
  if (!bankHolidays.success) throw new Error(bankHolidays.error.message);
  const closedDates = new Set(bankHolidays.data.map((h) => h.date));
  const matched = matchCarers(assessed, directory, data.gazetteer, { closedDates });
  const suggestions = matched.reduce(
    (n, m) => n + m.matched.reduce((k, x) => k + x.matches.length, 0),
    0,
  );
  log(`   ${plural(suggestions, "suggestion")} for ${plural(matched.length, "carer")}' top needs`);

  log("4. Planning Better Together (@carerkit/scheduling)");
  const planned = planTerm(assessed, data.facilitators, data.gazetteer);
  const { programme, roster, cohort, buddies } = planned;
  const first = programme.sessions[0];
  const last = programme.sessions.at(-1);
  log(
    `   ${plural(programme.sessions.length, "session")} ${first?.date ?? ""} to ${last?.date ?? ""} at ${first?.startTime ?? ""} ${programme.schedule.zone}; skipped ${programme.skipped.map((s) => `${s.date} (${s.title})`).join(", ")}`,
  );
  const names = new Map(
    data.facilitators.map((f) => [f.id, f.name.replace(/ \(fictional\)$/, "")]),
  );
  log(
    roster.success
      ? `   roster: two qualified facilitators for every session (${Object.entries(roster.data.load)
          .filter(([, n]) => n > 0)
          .map(([id, n]) => `${names.get(id) ?? id} ${n}`)
          .join(", ")})`
      : `   roster: ${roster.error.message}`,
  );
  log(
    `   ${plural(cohort.enrolled.length, "place")} filled, ${cohort.waitingList.length} on the waiting list; ${plural(buddies.pairs.length, "buddy pair")} suggested`,
  );

  log("5. Running the term and evaluating it (@carerkit/evaluation)");
  const enrolled = assessed.filter((a) => cohort.enrolled.includes(a.carer.id));
  const simulated = simulateTerm(programme, enrolled, random);
  const completed = simulated.completion.filter((c) => c.completed).length;
  log(
    `   attendance simulated (seed ${options.seed}): ${completed} of ${enrolled.length} attended at least 6 of 8`,
  );
  // Casework has a generator of its own, so adding it leaves the rest of the term unchanged.
  const casework = simulateCasework(
    assessed,
    cohort.enrolled,
    simulated.outcomes,
    createRandom(options.seed + 1),
  );
  log(
    `   casework: ${plural(casework.contacts.length, "support contact")}, ${plural(casework.outreach.length, "outreach event")}, ${plural(casework.drafts.length, "draft safeguarding concern")} opened from safety flags`,
  );
  const evaluation = evaluateTerm(assessed, cohort.enrolled, simulated.outcomes, {
    casework,
    holidays: [...closedDates],
  });
  log(`   evaluation built; NHS Digital 2018 suppression applied to everything published`);

  log("6. The carer's pathway for the term (@carerkit/core, @carerkit/evaluation)");
  // A generator of its own, so that adding the pathway leaves the simulation above unchanged.
  const pathway = runPathway(createRandom(options.seed + 16), [...closedDates].sort());
  const [referred, contacted, assessedCount] = pathway.funnel.overall.reached;
  log(
    `   ${plural(pathway.referrals.length, "referral")} from 5 January to 24 April moved through typed transitions; published funnel: ${String(referred)} referred, ${String(contacted)} contacted, ${String(assessedCount)} assessed`,
  );
  return {
    registration,
    assessed,
    directory,
    matched,
    planned,
    simulated,
    evaluation,
    casework,
    pathway,
  };
}
