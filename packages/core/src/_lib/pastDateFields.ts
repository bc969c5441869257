/**
 * The top-level date fields of each record kind that cannot lie after the reference date a
 * record is parsed with (`ParseOptions.asOf`): a person is not born, identified as a carer,
 * checked in with or dead in the future. Keyed by the serialisation kinds, so `deserialise` and
 * the `parse*` functions read the same list.
 */
export const PAST_DATE_FIELDS = {
  carer: ["dateOfBirth", "identifiedOn"],
  cared_for_person: ["dateOfBirth", "diedOn"],
  check_in: ["date"],
} as const satisfies Readonly<Record<string, readonly string[]>>;
