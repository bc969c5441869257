import { argumentProblem, type ArgumentCheck } from "./argumentProblem.ts";

/**
 * For functions that throw on a broken contract: throws core's `invalid_argument`
 * `CarerKitError` for the first argument that is not of its kind.
 */
export function checkArguments(fn: string, checks: readonly ArgumentCheck[]): void {
  const problem = argumentProblem(fn, checks);
  if (problem !== undefined) throw problem;
}
