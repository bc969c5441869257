/**
 * The documented limits of every scheduling function, so that no input can make the work grow
 * with the magnitude of a date or a number rather than with the size of the input and output.
 *
 * - `firstDate`, `lastDate`: every date, date-time and instant a function accepts lies in these
 *   years (1900–2200); one outside fails with `out_of_span` naming the field. Expansion stops at
 *   the end of `lastDate`, so a rule never yields an occurrence after it.
 * - `maxSessionMinutes`: the longest session, 7 days (a residential break with its travel
 *   days); a longer `durationMinutes`, or a session whose end is more than this after its
 *   start, fails with `out_of_span`.
 * - `maxIterations`: the largest iteration budget (`options.maxIterations`) a caller may set.
 * - `maxCohort`: the most carers `pairBuddies` weighs at once (every pair is scored, so the work
 *   grows with the square of the cohort); a larger cohort fails with `invalid_argument`.
 *
 * @example
 * SCHEDULING_LIMITS.lastDate; //=> "2200-12-31"
 * SCHEDULING_LIMITS.maxSessionMinutes; //=> 10080
 * SCHEDULING_LIMITS.maxCohort; //=> 1000
 */
export const SCHEDULING_LIMITS = {
  firstDate: "1900-01-01",
  lastDate: "2200-12-31",
  maxSessionMinutes: 10_080,
  maxIterations: 1_000_000,
  maxCohort: 1_000,
} as const;
