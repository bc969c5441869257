// The analyst's statistics, printed as R prints them so they can be checked against R digit for
// digit. They are unprotected: the command says so, and writes only the protected report.
import {
  summarisePairedOutcomes,
  summariseRetention,
  type AttendanceRecord,
  type EvaluationRow,
  type ProportionEstimate,
} from "@carerkit/evaluation";
import type { EvaluateArgs } from "../parseEvaluateArgs.ts";
import { formatNumber, formatR, printHtest, printTable } from "./formatR.ts";

function proportion(label: string, p: ProportionEstimate): string {
  const [lower = "", upper = ""] = formatR(
    [p.confidenceInterval.lower, p.confidenceInterval.upper],
    4,
  );
  return `${label.padEnd(24)} ${String(p.count).padStart(3)}/${p.total}  ${formatNumber(p.proportion, 4).padStart(6)}  [${lower}, ${upper}]`;
}

/** The paired analysis: t-test, Wilcoxon, means, effect sizes, who changed, reliable change. */
function printPaired(
  rows: readonly EvaluationRow[],
  o: EvaluateArgs,
  print: (text: string) => void,
): void {
  const paired = rows.flatMap((r) =>
    r.pre !== undefined && r.post !== undefined ? [{ pre: r.pre, post: r.post }] : [],
  );
  const summary = summarisePairedOutcomes(
    paired.map((p) => p.pre),
    paired.map((p) => p.post),
    { direction: o.direction, reliability: o.reliability, minimalImportantChange: o.mic },
  );
  if (!summary.success) {
    print(`paired analysis: ${summary.error.message}`);
    return;
  }
  const s = summary.data;
  print(`\n> t.test(post, pre, paired = TRUE)`);
  print(printHtest(s.tTest, "post and pre", "mean difference"));
  print(`> wilcox.test(post, pre, paired = TRUE)`);
  print(
    s.wilcoxon.success
      ? printHtest(s.wilcoxon.data, "post and pre", "location shift")
      : `Error: ${s.wilcoxon.error.message}\n`,
  );
  print("> # means and SDs");
  print(
    printTable(["pre", "post", "post - pre"], {
      n: [s.n, s.n, s.n],
      mean: [s.pre.mean, s.post.mean, s.difference.mean],
      sd: [s.pre.sd, s.post.sd, s.difference.sd],
    }),
  );
  print(`cor(pre, post) = ${formatNumber(s.correlation, 4)}`);
  print("\n> # standardised mean change, Wald 95% intervals (Borenstein et al. 2009)");
  if (s.effectSizes.success) {
    const e = [s.effectSizes.data.dz, s.effectSizes.data.dav, s.effectSizes.data.gav];
    print(
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
  } else print(`effect sizes: ${s.effectSizes.error.message}`);
  print("\n> # who changed (Wilson 95% intervals)");
  print(proportion("improved", s.changeDirections.improved));
  print(proportion("unchanged", s.changeDirections.unchanged));
  print(proportion("deteriorated", s.changeDirections.deteriorated));
  const mic = s.changeDirections.meetingMinimalImportantChange;
  if (mic) print(proportion(`met MIC (${formatNumber(o.mic)})`, mic));
  if (!s.reliableChange) return;
  print(`\n> # reliable change (Jacobson & Truax 1991), r_xx = ${formatNumber(o.reliability)}`);
  if (!s.reliableChange.success) {
    print(`reliable change: ${s.reliableChange.error.message}`);
    return;
  }
  const r = s.reliableChange.data;
  print(
    `SEM = ${formatNumber(r.standardErrorOfMeasurement, 4)}, S_diff = ${formatNumber(r.standardErrorOfDifference, 4)}, reliable change needs |post − pre| > ${formatNumber(r.reliableChangeThreshold, 4)}`,
  );
  print(printTable(Object.keys(r.counts), { n: Object.values(r.counts) }));
}

/** Kaplan–Meier retention as `summary(survfit(...))` prints it, and completion. */
function printRetention(
  rows: readonly EvaluationRow[],
  o: EvaluateArgs,
  print: (text: string) => void,
): void {
  const attendance: AttendanceRecord[] = rows.flatMap((r) =>
    r.lastSessionAttended !== undefined && r.status !== undefined
      ? [{ lastSessionAttended: r.lastSessionAttended, status: r.status }]
      : [],
  );
  const retention = summariseRetention(attendance, { sessions: o.sessions });
  print(`\n> # summary(survfit(Surv(last_session, status == "dropped-out") ~ 1)), log intervals`);
  if (!retention.success) {
    print(`retention: ${retention.error.message}`);
    return;
  }
  const events = retention.data.curve.filter((step) => step.droppedOut > 0);
  print(
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
  print("");
  print(proportion("completed", retention.data.completion));
}

/**
 * Prints the analyst's statistics for the rows, as R prints them.
 *
 * @param rows - The rows read from the CSV.
 * @param o - The command's options.
 * @param print - Where each block of text goes.
 */
export function printAnalysis(
  rows: readonly EvaluationRow[],
  o: EvaluateArgs,
  print: (text: string) => void,
): void {
  print(`Outcome: ${o.measure} (${o.direction.replace(/-/g, " ")}); differences are post − pre.`);
  print(
    "Not for publication: unprotected statistics for the analyst. The files written are protected.",
  );
  printPaired(rows, o, print);
  printRetention(rows, o, print);
}
