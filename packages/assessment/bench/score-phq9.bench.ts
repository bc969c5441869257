// Scores 100,000 PHQ-9 responses with full validation and explanations, against a minimal
// hand-written scorer (range check, sum, band lookup, item 9 flag) measured in the same run.
// Target: at most 1.5× (it was 2.3–3.1× before scoring was split into steps under _lib/score).
import { defineBench } from "../../../scripts/bench/defineBench.ts";
import { PHQ9, scoreInstrument } from "../src/index.ts";

const N = 100_000;
const IDS = PHQ9.items.map((item) => item.id);

// A deterministic spread of answers (linear congruential generator), with about 1% invalid.
let seed = 42;
const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const responses = Array.from({ length: N }, () => {
  const r: Record<string, number> = {};
  for (const id of IDS) r[id] = Math.floor(next() * 4);
  if (next() < 0.01) r["phq9_3"] = 7;
  return r;
});

const CUTS = [5, 10, 15, 20];
const LABELS = ["minimal", "mild", "moderate", "moderately_severe", "severe"];

function handWritten(r: Record<string, number>) {
  let total = 0;
  for (const id of IDS) {
    const v = r[id];
    if (v === undefined || !Number.isInteger(v) || v < 0 || v > 3)
      return { ok: false as const, id };
    total += v;
  }
  let b = 0;
  while (b < CUTS.length && total >= CUTS[b]!) b++;
  return { ok: true as const, total, band: LABELS[b], safety: (r["phq9_9"] ?? 0) > 0 };
}

let sink = 0;

/** Responses per second over one extra pass, for the printed throughput. */
function throughput(score: (r: Record<string, number>) => boolean): string {
  const start = performance.now();
  for (const r of responses) if (score(r)) sink++;
  const seconds = (performance.now() - start) / 1000;
  return `${Math.round(N / seconds).toLocaleString("en-GB")} responses/s`;
}
export default defineBench({
  title: `Score ${N.toLocaleString("en-GB")} PHQ-9 responses, validation included`,
  baseline: {
    name: "hand-written minimal scorer",
    fn: () => {
      for (const r of responses) if (handWritten(r).ok) sink++;
    },
  },
  candidates: [
    {
      name: "scoreInstrument(PHQ9, …)",
      fn: () => {
        for (const r of responses) if (scoreInstrument(PHQ9, r).success) sink++;
      },
    },
  ],
  target: { atMost: 1.5 },
  iterations: 20,
  time: 1500,
  report: () => [
    `throughput: scoreInstrument ${throughput((r) => scoreInstrument(PHQ9, r).success)}, hand-written ${throughput((r) => handWritten(r).ok)}`,
    `(checksum ${sink > 0 ? "ok" : "empty"})`,
  ],
});
