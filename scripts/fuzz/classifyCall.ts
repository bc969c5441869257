import { FuzzSentinel } from "./FuzzSentinel.ts";
import type { Outcome } from "./protocol.ts";

/** What the worker knows when it classifies a finished call. */
export interface CallEnd {
  /** Whether the call (or its promise) threw, and what. */
  readonly threw: boolean;
  readonly error: unknown;
  readonly rejected: boolean;
  /** Index of the first argument whose snapshot changed, or -1. */
  readonly mutated: number;
  readonly ms: number;
  readonly budgetMs: number;
  readonly isTyped: (error: unknown) => boolean;
  readonly root: string;
}

function firstLine(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message.split("\n")[0] ?? ""}`;
  return `non-Error thrown: ${typeof error}`;
}

/** The first stack frame inside the fuzzed tree (not the harness, not node_modules). */
function where(error: unknown, root: string): string {
  const stack = error instanceof Error ? (error.stack ?? "") : "";
  const frame = stack
    .split("\n")
    .find((line) => line.includes(`${root}/packages/`) && !line.includes("/node_modules/"));
  return frame === undefined
    ? ""
    : frame.trim().replace(/^at /, "").replace(`file://${root}/`, "").replace(`${root}/`, "");
}

/**
 * Classifies one finished call: a non-CarerKitError throw or rejection is a defect (the harness's
 * own sentinel propagating unchanged is the caller's error, not a defect), then a mutated input,
 * then a call over its time budget; otherwise a typed error or a return.
 *
 * @param end - How the call ended.
 * @returns The outcome.
 * @example
 * classifyCall({ threw: false, error: undefined, rejected: false, mutated: -1, ms: 1, budgetMs: 500, isTyped: () => false, root: "/repo" });
 * // { kind: "return" }
 */
export function classifyCall(end: CallEnd): Outcome {
  if (end.threw && !(end.error instanceof FuzzSentinel) && !end.isTyped(end.error)) {
    return {
      kind: "defect",
      type: end.rejected ? "rejection" : "throw",
      message: firstLine(end.error),
      detail: where(end.error, end.root),
    };
  }
  if (end.mutated >= 0)
    return {
      kind: "defect",
      type: "mutation",
      message: `mutated argument ${end.mutated + 1}`,
      detail: "",
    };
  if (end.ms > end.budgetMs)
    return {
      kind: "defect",
      type: "slow",
      message: "exceeded the time budget",
      detail: `${Math.round(end.ms)} ms, budget ${end.budgetMs} ms`,
    };
  if (!end.threw) return { kind: "return" };
  return end.error instanceof FuzzSentinel ? { kind: "caller" } : { kind: "typed" };
}
