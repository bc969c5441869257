import type { Feedback, SupportContact } from "@carerkit/core";
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { deepFreeze } from "../../../../scripts/test/deepFreeze.ts";
import { EXAMPLE_OPTIONS } from "../__fixtures__/exampleOptions.ts";
import { SUPPRESSION_RULES } from "../disclosure/suppressionRules.ts";
import { summarisePairedOutcomes } from "../paired/summarisePairedOutcomes.ts";
import { buildEvaluationReport } from "./buildEvaluationReport.ts";
import type { EvaluationRow } from "./evaluationDataset.ts";
import { readEvaluationCsv } from "./readEvaluationCsv.ts";
import { renderEvaluationReportHtml } from "./renderEvaluationReportHtml.ts";
import { toReportCsvTables } from "./toReportCsvTables.ts";

const read = readEvaluationCsv(
  readFileSync(new URL("../__fixtures__/example-evaluation.csv", import.meta.url), "utf8"),
);
if (!read.success) throw new Error("example dataset does not read");
// Derived: a second measure (UCLA-3, 3–9) on the rows with SWEMWBS pairs, lonelier before.
const ROWS: readonly EvaluationRow[] = deepFreeze(
  read.data.map((r, i) =>
    r.pre === undefined || r.post === undefined
      ? r
      : { ...r, outcomes: { ucla3: { pre: 5 + (i % 5), post: 3 + ((i * 7) % 5) } } },
  ),
);
const UCLA3 = {
  name: "UCLA-3",
  key: "ucla3",
  direction: "lower-is-better",
  min: 3,
  max: 9,
} as const;

const KINDS = ["crisis", "bereavement", "emotional", "information_and_advice"] as const;
const CONTACTS: readonly SupportContact[] = deepFreeze(
  Array.from({ length: 60 }, (_, i) => ({
    id: `sc-${String(i)}`,
    carerId: `c-${String(i % 40)}`,
    workerId: i % 3 === 0 ? "w-2" : "w-1",
    date: `2026-${i < 30 ? "10" : "11"}-0${String(1 + (i % 9))}`,
    mode: "phone" as const,
    kind: KINDS[i % 4] ?? "crisis",
    durationMinutes: 30,
  })),
);

describe("buildEvaluationReport with several outcome measures", () => {
  const report = buildEvaluationReport(ROWS, { ...EXAMPLE_OPTIONS, outcomes: [UCLA3] });

  it("gives each measure its own paired analysis, the same as summarisePairedOutcomes on its scores", () => {
    expect(report.outcomes.map((o) => o.measure.name)).toEqual(["SWEMWBS", "UCLA-3"]);
    expect(report.outcomes[0]).toBe(report.outcome);
    const scores = ROWS.flatMap((r) => (r.outcomes?.["ucla3"] ? [r.outcomes["ucla3"]] : []));
    const direct = summarisePairedOutcomes(
      scores.map((s) => s.pre ?? 0),
      scores.map((s) => s.post ?? 0),
      { direction: "lower-is-better" },
    );
    const published = report.outcomes[1]?.statistics;
    if (!direct.success || !published || "withheld" in published) throw new Error("unexpected");
    expect(published.tTest).toEqual(direct.data.tTest);
    expect(published.n).toBe(scores.length);
    expect(report.completeness.rows).toContain("Both scores: UCLA-3");
  });

  it("draws the two charts of each measure and writes its tables as CSV", async () => {
    const html = await renderEvaluationReportHtml(report);
    // 4 charts for the main measure, retention and reach, plus 2 for UCLA-3.
    expect(html.match(/<svg/g)).toHaveLength(6);
    expect(html).toContain("UCLA-3: before and after");
    expect(Object.keys(toReportCsvTables(report))).toContain("outcome-ucla3-distribution.csv");
  });
});

describe("buildEvaluationReport service sections", () => {
  const fairness = [
    ...Array.from({ length: 30 }, () => ({ equality: { sex: "female" as const }, assessed: true })),
    ...Array.from({ length: 12 }, () => ({ equality: { sex: "male" as const }, supported: true })),
    { equality: { sex: "prefer_not_to_say" as const } },
  ];
  const report = buildEvaluationReport(ROWS, {
    ...EXAMPLE_OPTIONS,
    suppression: SUPPRESSION_RULES.legacy1to5,
    service: {
      contacts: CONTACTS,
      outreach: [
        {
          id: "o-1",
          kind: "drop_in",
          place: "Outpatients",
          date: "2026-06-11",
          peopleMet: 104,
          carersIdentified: 23,
          referralsMade: 9,
        },
        {
          id: "o-2",
          kind: "stand",
          place: "Library",
          date: "2026-11-26",
          peopleMet: 40,
          carersIdentified: 3,
        },
      ],
      fairness,
    },
  });

  it("counts casework by kind with the report's rule, and leaves out sections not given", () => {
    const casework = report.service.casework;
    // Derived: 60 contacts from 40 carers, 15 of each of the four kinds.
    expect(casework?.carersSupported.cells.map((r) => r[0]?.display)).toEqual(["40", "60"]);
    expect(casework?.contactsByKind.rowTotals.slice(0, 4).map((c) => c.display)).toEqual([
      "15",
      "15",
      "15",
      "15",
    ]);
    expect(report.service.voice).toBeNull();
  });

  it("publishes contacts per worker without naming any worker", async () => {
    const byWorker = report.service.casework?.byWorker;
    // Derived: w-1 made the 40 contacts with i % 3 ≠ 0, w-2 the 20 others; ids sort w-1, w-2.
    expect(byWorker?.rows).toEqual(["Worker 1", "Worker 2"]);
    expect(byWorker?.rowTotals.map((c) => c.display)).toEqual(["40", "20"]);
    const html = await renderEvaluationReportHtml(report);
    expect(html).not.toMatch(/w-[12]/);
    expect(Object.values(toReportCsvTables(report)).join("")).not.toMatch(/w-[12]/);
  });

  it("publishes outreach reach with suppressed small counts and conversion over events that recorded referrals", () => {
    const outreach = report.service.outreach;
    expect(outreach?.byKind.cells[1]?.map((c) => c.display)).toEqual(["*", "40", "*", "0"]);
    const conversion = outreach?.conversion;
    expect(conversion && !("withheld" in conversion) && conversion.percentage).toBeCloseTo(
      (100 * 9) / 23,
      10,
    );
  });

  it("includes a fairness table that names no category with too few people", async () => {
    const sex = report.service.fairness?.find((t) => t.field === "sex");
    expect(sex?.table.rows).toEqual(["female", "male", "Other categories (combined)"]);
    const html = await renderEvaluationReportHtml(report);
    expect(html).toContain("<h2>Fair treatment</h2>");
    expect(html).toContain("<h2>Casework</h2>");
    expect(html).toContain("<h2>Outreach</h2>");
    expect(html).not.toMatch(/prefer not to say/i);
    expect(html).not.toContain("c-1");
  });
});

describe("buildEvaluationReport carer-voice section", () => {
  // Derived: 12 complaints received Thursday 2 April 2026, 10 acknowledged on Thursday 9 April
  // (day 3 after Good Friday and Easter Monday: met) and 2 on Friday 10 April (missed); 20 rated
  // session feedbacks, all 5s, for one session.
  const complaint = (i: number, acknowledgedOn: string): Feedback => ({
    id: `fb-${String(i)}`,
    kind: "complaint",
    receivedOn: "2026-04-02",
    text: "…",
    anonymous: true,
    status: "acknowledged",
    acknowledgedOn,
  });
  const items: Feedback[] = [
    ...Array.from({ length: 10 }, (_, i) => complaint(i, "2026-04-09")),
    ...Array.from({ length: 2 }, (_, i) => complaint(10 + i, "2026-04-10")),
    ...Array.from({ length: 20 }, (_, i) => ({
      id: `s-${String(i)}`,
      kind: "session_feedback" as const,
      receivedOn: "2026-04-13",
      text: "…",
      anonymous: true,
      programmeId: "bt",
      sessionId: "session-5",
      rating: 5,
    })),
  ];
  const report = buildEvaluationReport(ROWS, {
    ...EXAMPLE_OPTIONS,
    suppression: SUPPRESSION_RULES.legacy1to5,
    service: {
      feedback: { items, asOf: "2026-06-30", holidays: ["2026-04-03", "2026-04-06"] },
    },
  });

  it("judges acknowledgements in working days across Easter and suppresses the small count", () => {
    const ack = report.service.voice?.acknowledgement;
    expect(ack?.rows).toEqual(["met", "missed", "due", "overdue"]);
    // 10 met shows; 2 missed is suppressed, and so is the 10 beside it in the 2026-Q2 column.
    expect(ack?.cells.map((r) => r[0]?.display)).toEqual(["*", "*", "0", "0"]);
    expect(ack?.columnTotals[0]?.display).toBe("12");
    expect(report.service.voice?.sessionRatings.cells[0]?.map((c) => c.display)).toEqual([
      "0",
      "0",
      "0",
      "0",
      "20",
    ]);
  });

  it("renders the carer-voice section", async () => {
    const html = await renderEvaluationReportHtml(report);
    expect(html).toContain("<h2>Carer voice</h2>");
    expect(html).toContain("Session feedback ratings");
    expect(Object.keys(toReportCsvTables(report))).toContain("session-feedback-ratings.csv");
  });
});
