import type { CompiledItem, Scale } from "./types.ts";

function sumOf(list: readonly CompiledItem[], pick: (item: CompiledItem) => number): number {
  return list.reduce((sum, item) => sum + pick(item), 0);
}

/** The possible range of a sum or mean of items' scores. */
export function scaleOf(list: readonly CompiledItem[], method: "sum" | "mean"): Scale {
  const n = Math.max(list.length, 1);
  const min = sumOf(list, (item) => item.lo);
  const max = sumOf(list, (item) => item.hi);
  return method === "mean"
    ? { min: min / n, max: max / n, integer: false }
    : { min, max, integer: list.every((item) => item.integer) };
}
