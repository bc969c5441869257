/**
 * Compares two ISO 8601 date-times with offsets as instants (negative when `a` is earlier).
 * `Date.parse` of a string with an explicit offset does not depend on the host time zone.
 */
export function compareInstants(a: string, b: string): number {
  return Date.parse(a) - Date.parse(b);
}
