// A researcher's analysis of a carers' programme: reads a CSV of pre/post scores and attendance,
// prints the results as R reports them, and writes the protected HTML report and CSV tables.
//
//   pnpm --filter @carerkit/example-evaluation-analysis start [file.csv] [--out folder]
//     [--measure NAME] [--min N] [--max N] [--direction higher-is-better|lower-is-better]
//     [--reliability R] [--mic N] [--sessions N]
//
// Defaults: data/sample-programme.csv, SWEMWBS metric score (7–35, reliability 0.84, minimal
// important change 3), 8 sessions, output in ./out (or $EVALUATION_ANALYSIS_OUT).
// Bad rows stop the analysis: every one is listed with its line number, and nothing is written.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import {
  buildEvaluationReport,
  summarisePairedOutcomes,
  summariseRetention,
  type AttendanceRecord,
  type ProportionEstimate,
} from "@carerkit/evaluation";
import {
  readEvaluationCsv,
  renderEvaluationReportHtml,
  toReportCsvTables,
} from "@carerkit/evaluation/report";
import { z } from "zod";
import { formatNumber, formatR, printHtest, printTable } from "./formatR.ts";

const exampleDir = fileURLToPath(new URL("..", import.meta.url));
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: "string" },
    measure: { type: "string", default: "SWEMWBS metric score" },
    min: { type: "string", default: "7" },
    max: { type: "string", default: "35" },
    direction: { type: "string", default: "higher-is-better" },
    reliability: { type: "string", default: "0.84" },
    mic: { type: "string", default: "3" },
    sessions: { type: "string", default: "8" },
  },
});
const number = z.coerce.number().refine(Number.isFinite, "expected a number");
const options = z
  .object({
    measure: z.string().min(1),
    min: number,
    max: number,
    direction: z.enum(["higher-is-better", "lower-is-better"]),
    reliability: number.refine((r) => r > 0 && r < 1, "expected a reliability between 0 and 1"),
    mic: number.refine((m) => m > 0, "expected a positive change"),
    sessions: z.coerce.number().int().positive(),
  })
  .safeParse(values);
if (!options.success) {
  for (const issue of options.error.issues)
    console.error(`--${issue.path.join(".")}: ${issue.message}`);
  process.exit(2);
}
const o = options.data;
const csvPath = path.resolve(
  positionals[0] ?? path.join(exampleDir, "data", "sample-programme.csv"),
);
const outDir = path.resolve(
  values.out ?? process.env["EVALUATION_ANALYSIS_OUT"] ?? path.join(exampleDir, "out"),
);

const read = readEvaluationCsv(await readFile(csvPath, "utf8"));
if (!read.success) {
  console.error(
    `${path.basename(csvPath)}: ${read.error.length} bad row${read.error.length === 1 ? "" : "s"}; nothing was analysed.`,
  );
  for (const issue of read.error) console.error(`  ${issue.message}`);
  process.exit(1);
}
const rows = read.data;
const paired = rows.flatMap((r) =>
  r.pre !== undefined && r.post !== undefined ? [{ pre: r.pre, post: r.post }] : [],
);
console.log(`${path.basename(csvPath)}: ${rows.length} people, ${paired.length} with both scores`);
console.log(
  `Outcome: ${o.measure} (${o.direction.replace(/-/g, " ")}); differences are post − pre.`,
);
console.log(
  "Not for publication: unprotected statistics for the analyst. The files written are protected.",
);

const summary = summarisePairedOutcomes(
  paired.map((p) => p.pre),
  paired.map((p) => p.post),
  { direction: o.direction, reliability: o.reliability, minimalImportantChange: o.mic },
);
if (!summary.success) {
  console.error(`paired analysis: ${summary.error.message}`);
  process.exit(1);
}
const s = summary.data;

console.log(`\n> t.test(post, pre, paired = TRUE)`);
console.log(printHtest(s.tTest, "post and pre", "mean difference"));
console.log(`> wilcox.test(post, pre, paired = TRUE)`);
console.log(
  s.wilcoxon.success
    ? printHtest(s.wilcoxon.data, "post and pre", "location shift")
    : `Error: ${s.wilcoxon.error.message}\n`,
);

console.log("> # means and SDs");
console.log(
  printTable(["pre", "post", "post - pre"], {
    n: [s.n, s.n, s.n],
    mean: [s.pre.mean, s.post.mean, s.difference.mean],
    sd: [s.pre.sd, s.post.sd, s.difference.sd],
  }),
);
console.log(`cor(pre, post) = ${formatNumber(s.correlation, 4)}`);

console.log("\n> # standardised mean change, Wald 95% intervals (Borenstein et al. 2009)");
if (s.effectSizes.success) {
  const e = [s.effectSizes.data.dz, s.effectSizes.data.dav, s.effectSizes.data.gav];
  console.log(
    printTable(
      e.map((x) => x.name),
      {
        estimate: e.map((x) => x.value),
        se: e.map((x) => x.standardError),
        lower: e.map((x) => x.confidenceInterval.lower),
        upper: e.map((x) => x.confidenceInterval.upper),
      },
    ),
  );
} else console.log(`effect sizes: ${s.effectSizes.error.message}`);

const proportion = (label: string, p: ProportionEstimate): string => {
  const [lower = "", upper = ""] = formatR(
    [p.confidenceInterval.lower, p.confidenceInterval.upper],
    4,
  );
  return `${label.padEnd(24)} ${String(p.count).padStart(3)}/${p.total}  ${formatNumber(p.proportion, 4).padStart(6)}  [${lower}, ${upper}]`;
};
console.log("\n> # who changed (Wilson 95% intervals)");
console.log(proportion("improved", s.changeDirections.improved));
console.log(proportion("unchanged", s.changeDirections.unchanged));
console.log(proportion("deteriorated", s.changeDirections.deteriorated));
if (s.changeDirections.meetingMinimalImportantChange)
  console.log(
    proportion(
      `met MIC (${formatNumber(o.mic)})`,
      s.changeDirections.meetingMinimalImportantChange,
    ),
  );

if (s.reliableChange) {
  console.log(
    `\n> # reliable change (Jacobson & Truax 1991), r_xx = ${formatNumber(o.reliability)}`,
  );
  if (s.reliableChange.success) {
    const r = s.reliableChange.data;
    console.log(
      `SEM = ${formatNumber(r.standardErrorOfMeasurement, 4)}, S_diff = ${formatNumber(r.standardErrorOfDifference, 4)}, reliable change needs |post − pre| > ${formatNumber(r.reliableChangeThreshold, 4)}`,
    );
    console.log(printTable(Object.keys(r.counts), { n: Object.values(r.counts) }));
  } else console.log(`reliable change: ${s.reliableChange.error.message}`);
}

const attendance: AttendanceRecord[] = rows.flatMap((r) =>
  r.lastSessionAttended !== undefined && r.status !== undefined
    ? [{ lastSessionAttended: r.lastSessionAttended, status: r.status }]
    : [],
);
const retention = summariseRetention(attendance, { sessions: o.sessions });
console.log(
  `\n> # summary(survfit(Surv(last_session, status == "dropped-out") ~ 1)), log intervals`,
);
if (retention.success) {
  const events = retention.data.curve.filter((step) => step.droppedOut > 0);
  console.log(
    printTable(
      events.map(() => ""),
      {
        time: events.map((x) => x.session),
        "n.risk": events.map((x) => x.atRisk),
        "n.event": events.map((x) => x.droppedOut),
        survival: events.map((x) => x.retained),
        "std.err": events.map((x) => x.standardError),
        "lower 95% CI": events.map((x) => x.confidenceInterval.lower),
        "upper 95% CI": events.map((x) => x.confidenceInterval.upper),
      },
      3,
    ),
  );
  console.log("");
  console.log(proportion("completed", retention.data.completion));
} else console.log(`retention: ${retention.error.message}`);

const report = buildEvaluationReport(rows, {
  title: `${o.measure}: programme evaluation`,
  outcome: {
    name: o.measure,
    direction: o.direction,
    min: o.min,
    max: o.max,
    reliability: o.reliability,
    minimalImportantChange: o.mic,
  },
  sessions: o.sessions,
});
await mkdir(outDir, { recursive: true });
await writeFile(path.join(outDir, "report.html"), await renderEvaluationReportHtml(report));
const tables = toReportCsvTables(report);
for (const [name, csv] of Object.entries(tables)) await writeFile(path.join(outDir, name), csv);
console.log(`\nWrote the protected report (NHS Digital 2018 suppression) to ${outDir}:`);
console.log(`  report.html and ${Object.keys(tables).length} CSV tables`);
