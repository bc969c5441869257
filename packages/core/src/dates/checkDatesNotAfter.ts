import { checkArgument } from "../errors/checkArgument.ts";
import type { CarerKitIssue } from "../result/result.ts";

/**
 * Checks that the named date fields of a record (`YYYY-MM-DD`; absent ones are skipped) are not
 * after a reference date, as every `parse*` function does for dates of birth, identification
 * and check-in dates when given `asOf`. Use it for dates core does not own, such as the date of
 * an assessment. The message names the field and the reference date, never the date sent.
 *
 * @param record - A parsed record.
 * @param fields - The names of its date fields that cannot lie in the future.
 * @param asOf - The reference date, `YYYY-MM-DD`, taken from the caller's clock.
 * @returns One `date_in_future` issue for each field after `asOf`; none when all are fine.
 * @throws {@link CarerKitError} `invalid_argument` when `record`, `fields` or `asOf` is malformed.
 * @example
 * checkDatesNotAfter({ assessedOn: "2027-01-04" }, ["assessedOn"], "2026-12-03");
 * //=> [{ code: "date_in_future", path: ["assessedOn"],
 * //      message: "assessedOn: expected a date on or before 2026-12-03 (asOf), got a later one" }]
 */
export function checkDatesNotAfter(
  record: object,
  fields: readonly string[],
  asOf: string,
): CarerKitIssue<"date_in_future">[] {
  checkArgument("checkDatesNotAfter", { record }, "plain object");
  checkArgument("checkDatesNotAfter", { fields }, "array");
  checkArgument("checkDatesNotAfter", { asOf }, "ISO date");
  const values = record as Readonly<Record<string, unknown>>;
  return fields
    .filter((field) => {
      const value = Object.hasOwn(values, field) ? values[field] : undefined;
      return typeof value === "string" && value.slice(0, 10) > asOf;
    })
    .map((field) => ({
      code: "date_in_future",
      message: `${field}: expected a date on or before ${asOf} (asOf), got a later one`,
      path: [field],
    }));
}
