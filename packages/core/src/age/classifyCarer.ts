import { checkFields } from "../_lib/checkFields.ts";
import { invalidInput } from "../_lib/invalidInput.ts";
import { checkArgument } from "../errors/checkArgument.ts";

/**
 * A carer's age group, as services for carers commonly divide them:
 * `young_carer`, `young_adult_carer`, `adult_carer` or `older_carer`.
 *
 * @example
 * const group: CarerAgeGroup = "young_adult_carer";
 */
export type CarerAgeGroup = "young_carer" | "young_adult_carer" | "adult_carer" | "older_carer";

/** Thresholds for {@link classifyCarer}; every one is an age in whole years. */
export interface ClassifyCarerOptions {
  /**
   * The first age that is no longer a young carer. Default 18: a young carer is "a person under
   * 18 who provides or intends to provide care for another person" (Children Act 1989 s.17ZA,
   * inserted by the Children and Families Act 2014 s.96).
   */
  readonly adultFromAge?: number;
  /**
   * The last age that is still a young adult carer. Default 24, so 18–24, the census age band in
   * which ONS reports young adult carers. Carers Trust services often use 16–25: pass 25 (and
   * treat 16–17s as young carers, which they are in law).
   */
  readonly youngAdultUntilAge?: number;
  /**
   * The first age of an older carer. Default 65, the age from which Carers UK and the ONS report
   * "older carers".
   */
  readonly olderFromAge?: number;
}

/**
 * Places a carer in an age group: young carer (under 18), young adult carer (18–24), adult carer,
 * or older carer (65 and over). The thresholds are configurable; see {@link ClassifyCarerOptions}
 * for each default and its source.
 *
 * @param age - Age in whole years, for example from {@link calculateAge}.
 * @param options - Different thresholds.
 * @returns The age group.
 * @throws {@link CarerKitError} `invalid_argument` when `age` or a threshold is not a count (a
 * whole number ≥ 0); `invalid_input` when `age` is over 130 or the thresholds are not in order.
 * @example
 * classifyCarer(calculateAge("2009-09-01", "2026-11-22")); //=> "young_carer"
 * classifyCarer(24); //=> "young_adult_carer"
 * classifyCarer(25, { youngAdultUntilAge: 25 }); //=> "young_adult_carer"
 * classifyCarer(70); //=> "older_carer"
 */
export function classifyCarer(age: number, options: ClassifyCarerOptions = {}): CarerAgeGroup {
  checkArgument("classifyCarer", { age }, "count");
  checkFields(
    "classifyCarer",
    { options },
    {
      adultFromAge: "count?",
      youngAdultUntilAge: "count?",
      olderFromAge: "count?",
    },
  );
  const { adultFromAge = 18, youngAdultUntilAge = 24, olderFromAge = 65 } = options;
  if (age > 130) {
    throw invalidInput("age", "too_big", "expected a whole number of years from 0 to 130");
  }
  if (!(adultFromAge <= youngAdultUntilAge + 1 && youngAdultUntilAge < olderFromAge)) {
    const detail =
      "expected adultFromAge ≤ youngAdultUntilAge + 1 and youngAdultUntilAge < olderFromAge";
    throw invalidInput("options", "invalid_value", detail);
  }
  if (age < adultFromAge) return "young_carer";
  if (age <= youngAdultUntilAge) return "young_adult_carer";
  if (age < olderFromAge) return "adult_carer";
  return "older_carer";
}
