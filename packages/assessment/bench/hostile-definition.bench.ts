// Checks a hostile definition (SWEMWBS with one option worth 1,000,000,000, so its raw total
// spans a billion values the conversion table does not cover) against scoring 1,000 PHQ-9
// responses, measured in the same run. Target: the typed error within 100 ms; the check's work
// is bounded by the definition's size, so it costs about as much as checking SWEMWBS itself.
import { defineBench } from "../../../scripts/bench/defineBench.ts";
import { checkInstrument, PHQ9, scoreInstrument, SWEMWBS } from "../src/index.ts";
import type { Instrument } from "../src/index.ts";

const [first, ...rest] = SWEMWBS.items;
if (first === undefined) throw new Error("SWEMWBS has items");
const options = (first.options ?? []).map((o, i, all) =>
  i === all.length - 1 ? { ...o, value: 1e9 } : o,
);
// Not frozen, so nothing is cached: every run checks it afresh.
const hostile: Instrument = { ...SWEMWBS, items: [{ ...first, options }, ...rest] };

const responses = Array.from({ length: 1000 }, (_, r) =>
  Object.fromEntries(PHQ9.items.map((item, i) => [item.id, (r + i) % 4])),
);

let sink = 0;

function millisecondsPerCheck(): number {
  const start = performance.now();
  for (let run = 0; run < 20; run++) if (!checkInstrument(hostile).success) sink++;
  return (performance.now() - start) / 20;
}

export default defineBench({
  title: "Check a hostile SWEMWBS copy (an option worth 1e9), against scoring 1,000 PHQ-9s",
  baseline: {
    name: "scoreInstrument(PHQ9, …) × 1,000",
    fn: () => {
      for (const r of responses) if (scoreInstrument(PHQ9, r).success) sink++;
    },
  },
  candidates: [
    {
      name: "checkInstrument(hostile SWEMWBS)",
      fn: () => {
        if (!checkInstrument(hostile).success) sink++;
      },
    },
  ],
  iterations: 20,
  time: 500,
  report: () => {
    const ms = millisecondsPerCheck();
    return [
      `hostile check: ${ms.toFixed(2)} ms per call (target < 100 ms: ${ms < 100 ? "meets" : "MISSES"})`,
      `(checksum ${sink > 0 ? "ok" : "empty"})`,
    ];
  },
});
