/** One thing to time. `setup` runs once before timing; `fn` is timed. */
export interface BenchCase {
  readonly name: string;
  readonly fn: () => unknown;
}

/**
 * A benchmark: a baseline and the candidates measured against it in the same run, so the
 * printed ratio (candidate time / baseline time) is meaningful on a noisy machine.
 */
export interface BenchDefinition {
  readonly title: string;
  readonly baseline: BenchCase;
  readonly candidates: readonly BenchCase[];
  /** The target ratio, e.g. `{ atMost: 3 }` (candidate ≤ 3× baseline) or `{ atLeastFaster: 20 }`. */
  readonly target?: { readonly atMost: number } | { readonly atLeastFaster: number };
  /** Minimum timed iterations per case (default 5) and minimum time in ms (default 500). */
  readonly iterations?: number;
  readonly time?: number;
  /** Extra lines to print after the table, e.g. p95 query time or memory. */
  readonly report?: () => readonly string[];
}

/**
 * Declares a benchmark; the default export of each `packages/<name>/bench/*.bench.ts`.
 *
 * @param definition - The baseline, candidates and target.
 * @returns The same definition, typed.
 */
export function defineBench(definition: BenchDefinition): BenchDefinition {
  return definition;
}
