// Paired analysis over 1,000,000 pre/post pairs on an integer scale (WEMWBS, 14–70):
// - baseline: a naive two-pass implementation (means, then sums of squares; Wilcoxon by sorting
//   the absolute differences), written the way an analyst would without this package;
// - the streaming path: accumulatePairs over 8 partitions (as 8 sites or workers would),
//   mergePairedSummaries, finalisePairedSummary (t-test, effect sizes, Wilcoxon from the histogram);
// - the array path: summarisePairedOutcomes on the whole arrays.
import { defineBench } from "../../../scripts/bench/defineBench.ts";
import {
  accumulatePairs,
  finalisePairedSummary,
  mergePairedSummaries,
  summarisePairedOutcomes,
  type PairedSummaryState,
} from "../src/index.ts";
import { pnorm, pt } from "../src/_lib/dist.ts";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

// A forced GC before each memory measurement, without needing node --expose-gc.
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

const N = 1_000_000;
const PARTS = 8;

// Deterministic data: a linear congruential generator, no Math.random().
let seed = 20261122;
const uniform = (): number => {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  return seed / 2 ** 32;
};
const pre: number[] = [];
const post: number[] = [];
for (let i = 0; i < N; i++) {
  const before = 14 + Math.floor(uniform() * 40);
  pre.push(before);
  post.push(Math.min(70, Math.max(14, before + Math.floor(uniform() * 13) - 4)));
}

/** The naive two-pass analysis: the baseline. */
function naiveTwoPass(): { t: number; p: number; r: number; v: number; pw: number } {
  const n = pre.length;
  let sumPre = 0;
  let sumPost = 0;
  let sumD = 0;
  for (let i = 0; i < n; i++) {
    sumPre += pre[i]!;
    sumPost += post[i]!;
    sumD += post[i]! - pre[i]!;
  }
  const mPre = sumPre / n;
  const mPost = sumPost / n;
  const mD = sumD / n;
  let ssPre = 0;
  let ssPost = 0;
  let ssD = 0;
  let sp = 0;
  const abs: number[] = [];
  const sign: number[] = [];
  for (let i = 0; i < n; i++) {
    const a = pre[i]! - mPre;
    const b = post[i]! - mPost;
    const d = post[i]! - pre[i]!;
    ssPre += a * a;
    ssPost += b * b;
    sp += a * b;
    ssD += (d - mD) ** 2;
    if (d !== 0) {
      abs.push(Math.abs(d));
      sign.push(Math.sign(d));
    }
  }
  const sdD = Math.sqrt(ssD / (n - 1));
  const t = mD / (sdD / Math.sqrt(n));
  const p = 2 * pt(-Math.abs(t), n - 1);
  // Wilcoxon: rank |d| by sorting, average ranks for ties.
  const order = abs.map((_, i) => i).sort((x, y) => abs[x]! - abs[y]!);
  let v = 0;
  let tie = 0;
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j + 1 < order.length && abs[order[j + 1]!] === abs[order[i]!]) j++;
    const rank = (i + j + 2) / 2;
    for (let k = i; k <= j; k++) if (sign[order[k]!]! > 0) v += rank;
    const m = j - i + 1;
    tie += m ** 3 - m;
    i = j + 1;
  }
  const m = order.length;
  const z =
    (v - (m * (m + 1)) / 4 - Math.sign(v - (m * (m + 1)) / 4) * 0.5) /
    Math.sqrt((m * (m + 1) * (2 * m + 1)) / 24 - tie / 48);
  const r = sp / Math.sqrt(ssPre * ssPost);
  return { t, p, r, v, pw: 2 * Math.min(pnorm(z), pnorm(-z)) };
}

function streamingMerged(): PairedSummaryState {
  const size = Math.ceil(N / PARTS);
  let merged: PairedSummaryState | undefined;
  for (let k = 0; k < PARTS; k++) {
    const part = accumulatePairs(
      pre.slice(k * size, (k + 1) * size),
      post.slice(k * size, (k + 1) * size),
    );
    merged = merged === undefined ? part : mergePairedSummaries(merged, part);
  }
  return merged!;
}

function streamingPath(): unknown {
  const result = finalisePairedSummary(streamingMerged());
  if (!result.success) throw new Error(result.error.message);
  return result.data;
}

function arrayPath(): unknown {
  const result = summarisePairedOutcomes(pre, post);
  if (!result.success) throw new Error(result.error.message);
  return result.data;
}

// Keeps a result alive until the heap is sampled.
const sink: unknown[] = [];

/**
 * Peak heap growth while running `fn` once, in MB: GC forced before, heap sampled after (a
 * young-generation GC during the run can hide short-lived garbage, so this is a lower bound).
 */
function heapDelta(fn: () => unknown): string {
  gc();
  const before = process.memoryUsage().heapUsed;
  sink.push(fn());
  const after = process.memoryUsage().heapUsed;
  sink.length = 0;
  return `${Math.max(0, (after - before) / 1e6).toFixed(1)} MB`;
}

export default defineBench({
  title: `Paired pre/post analysis of ${N.toLocaleString("en-GB")} pairs`,
  baseline: { name: "naive two-pass (sort-based Wilcoxon)", fn: naiveTwoPass },
  candidates: [
    { name: `streaming: ${PARTS} partitions + merge + finalise`, fn: streamingPath },
    { name: "summarisePairedOutcomes (arrays)", fn: arrayPath },
  ],
  target: { atMost: 1 },
  iterations: 5,
  time: 500,
  report: () => {
    const naive = naiveTwoPass();
    const streamed = finalisePairedSummary(streamingMerged());
    const state = streamingMerged();
    const lines = [
      `same t: naive ${naive.t.toFixed(6)}, streaming ${streamed.success ? streamed.data.tTest.statistic.value.toFixed(6) : "—"}`,
      `same V: naive ${naive.v}, streaming ${streamed.success && streamed.data.wilcoxon.success ? streamed.data.wilcoxon.data.statistic.value : "—"}`,
      `merged state: ${JSON.stringify(state).length} bytes of JSON (${Object.keys(state.differenceCounts ?? {}).length} histogram bins) for ${N.toLocaleString("en-GB")} pairs`,
      `heap growth during one run (lower bound): naive ${heapDelta(naiveTwoPass)}, streaming ${heapDelta(streamingPath)}, arrays ${heapDelta(arrayPath)}`,
      `process RSS: ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB (includes the 2 × 1,000,000 input arrays)`,
    ];
    return lines;
  },
});
