import type { CarerKitIssue } from "../result/result.ts";

/** The statuses each status may move to; an empty list marks a final status. */
export type Moves<TStatus extends string> = Readonly<Record<TStatus, readonly TStatus[]>>;

/**
 * The issue for a move a lifecycle does not allow, or `undefined` when `from → to` is allowed.
 * The message names both statuses (codes, never personal data) and the moves that were allowed.
 */
export function checkMove<TStatus extends string>(
  moves: Moves<TStatus>,
  from: TStatus,
  to: TStatus,
): CarerKitIssue<"illegal_transition"> | undefined {
  const allowed: readonly TStatus[] = Object.hasOwn(moves, from) ? moves[from] : [];
  if (allowed.includes(to)) return undefined;
  const expected =
    allowed.length === 0
      ? `no move from the final status "${from}"`
      : `a move from "${from}" to ${allowed.map((s) => `"${s}"`).join(" or ")}`;
  return {
    code: "illegal_transition",
    message: `status: expected ${expected}, got "${to}"`,
    path: ["status"],
  };
}
