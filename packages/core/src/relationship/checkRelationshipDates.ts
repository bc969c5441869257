import { checkArgument } from "../errors/checkArgument.ts";
import type { CarerKitIssue } from "../result/result.ts";
import type { CaringRelationship } from "./CaringRelationshipSchema.ts";

/** The people a {@link checkRelationshipDates} call compares a relationship with, when known. */
export interface RelationshipPeople {
  /** The carer, or just their date of birth. */
  readonly carer?: { readonly dateOfBirth?: string | undefined } | undefined;
  /** The person cared for, or just their date of birth. */
  readonly caredFor?: { readonly dateOfBirth?: string | undefined } | undefined;
}

const DATES = ["startDate", "endDate"] as const;

/**
 * Checks a parsed caring relationship against the records it joins, which its own schema cannot
 * see: no caring starts or ends before the carer (or the cared-for person) was born. Dates that
 * are not held are skipped. Messages name the field, never a date.
 *
 * @param relationship - A parsed {@link CaringRelationship}.
 * @param people - The parsed carer and cared-for person, either of which may be left out.
 * @returns One `starts_before_birth` issue for each date before a date of birth; none when all
 * are fine.
 * @throws {@link CarerKitError} `invalid_argument` when `relationship` or `people` is not a plain
 * object.
 * @example
 * checkRelationshipDates(relationship, { carer });
 * //=> [{ code: "starts_before_birth", path: ["startDate"],
 * //      message: "startDate: expected a date on or after the carer's dateOfBirth, got an earlier one" }]
 */
export function checkRelationshipDates(
  relationship: CaringRelationship,
  people: RelationshipPeople,
): CarerKitIssue<"starts_before_birth">[] {
  checkArgument("checkRelationshipDates", { relationship }, "plain object");
  checkArgument("checkRelationshipDates", { people }, "plain object");
  const births = [
    ["the carer's", people.carer?.dateOfBirth],
    ["the cared-for person's", people.caredFor?.dateOfBirth],
  ] as const;
  return DATES.flatMap((field) => {
    const date = relationship[field];
    const [whose] =
      births.find(([, born]) => date !== undefined && born !== undefined && date < born) ?? [];
    return date === undefined || whose === undefined
      ? []
      : [
          {
            code: "starts_before_birth" as const,
            message: `${field}: expected a date on or after ${whose} dateOfBirth, got an earlier one`,
            path: [field],
          },
        ];
  });
}
