import type { Evaluation, Outcome } from "./types.ts";

/**
 * A match meets a need and fails no hard criterion (nor leaves one unknown, if unknowns are
 * excluded); a near miss misses by exactly one and is not far away; anything else is out.
 */
export function decideVerdict(
  hard: { readonly fails: readonly Outcome[]; readonly unknowns: readonly Outcome[] },
  about: {
    readonly needsMet: boolean;
    readonly excludeUnknown: boolean;
    readonly farAway: boolean;
  },
): Evaluation["verdict"] {
  const { fails, unknowns } = hard;
  if (!about.needsMet) return "out";
  if (fails.length === 0 && (!about.excludeUnknown || unknowns.length === 0)) return "match";
  if (fails.length + (about.excludeUnknown ? unknowns.length : 0) === 1 && !about.farAway)
    return "near_miss";
  return "out";
}
