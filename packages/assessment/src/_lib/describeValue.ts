/**
 * A short, safe description of any value for an error message, by its shape only: `a number`,
 * `a string of 2 characters`, `null`, `an array`. An answer is a carer's health data, so the
 * value itself is never repeated.
 */
export function describeValue(value: unknown): string {
  if (typeof value === "string") return `a string of ${value.length} characters`;
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return `a ${typeof value}`;
}
