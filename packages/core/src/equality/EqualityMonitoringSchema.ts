import { z } from "zod";
import { AGE_BANDS } from "../carer/ageBands.ts";

const PREFER_NOT_TO_SAY = "prefer_not_to_say";

/**
 * Ethnic group, the 19 categories of the ONS Census 2021 question for England and Wales, in
 * five high-level groups (the prefix): Asian, Asian British or Asian Welsh; Black, Black
 * British, Black Welsh, Caribbean or African; Mixed or Multiple; White (`white_british` is
 * "English, Welsh, Scottish, Northern Irish or British"); Other ethnic group. Plus
 * `prefer_not_to_say`. See {@link ETHNIC_GROUP_OF} for the high-level group.
 *
 * @see https://www.ons.gov.uk/peoplepopulationandcommunity/culturalidentity/ethnicity/bulletins/ethnicgroupenglandandwales/census2021
 * @example
 * EthnicitySchema.parse("white_gypsy_or_irish_traveller");
 */
export const EthnicitySchema = z.enum([
  "asian_bangladeshi",
  "asian_chinese",
  "asian_indian",
  "asian_pakistani",
  "asian_other",
  "black_african",
  "black_caribbean",
  "black_other",
  "mixed_white_and_asian",
  "mixed_white_and_black_african",
  "mixed_white_and_black_caribbean",
  "mixed_other",
  "white_british",
  "white_irish",
  "white_gypsy_or_irish_traveller",
  "white_roma",
  "white_other",
  "other_arab",
  "other_any",
  PREFER_NOT_TO_SAY,
]);

/**
 * An answer from {@link EthnicitySchema}.
 *
 * @example
 * const ethnicity: Ethnicity = "black_caribbean";
 */
export type Ethnicity = z.infer<typeof EthnicitySchema>;

/**
 * The ONS 2021 high-level ethnic group of each {@link EthnicitySchema} answer, for tables that
 * would otherwise be all small cells.
 *
 * @example
 * ETHNIC_GROUP_OF.mixed_white_and_asian; //=> "mixed"
 */
export const ETHNIC_GROUP_OF: Readonly<
  Record<Ethnicity, "asian" | "black" | "mixed" | "white" | "other" | "prefer_not_to_say">
> = {
  asian_bangladeshi: "asian",
  asian_chinese: "asian",
  asian_indian: "asian",
  asian_pakistani: "asian",
  asian_other: "asian",
  black_african: "black",
  black_caribbean: "black",
  black_other: "black",
  mixed_white_and_asian: "mixed",
  mixed_white_and_black_african: "mixed",
  mixed_white_and_black_caribbean: "mixed",
  mixed_other: "mixed",
  white_british: "white",
  white_irish: "white",
  white_gypsy_or_irish_traveller: "white",
  white_roma: "white",
  white_other: "white",
  other_arab: "other",
  other_any: "other",
  prefer_not_to_say: PREFER_NOT_TO_SAY,
};

/**
 * Optional equality-monitoring answers about a carer, so a service can show it treats everyone
 * fairly. Every field is optional and every field has `prefer_not_to_say`. Categories follow the
 * ONS Census 2021 questions for England and Wales: sex (female, male), gender identity (the same
 * as or different from sex registered at birth), ethnic group (19 categories), religion
 * (8 answers), disability (day-to-day activities limited a lot, a little, or not disabled) and
 * sexual orientation (4 answers). These are special-category data under UK GDPR Article 9:
 * record them only with explicit consent, publish them only as suppressed counts, and never
 * echo them in messages (they are described by shape only).
 *
 * @example
 * EqualityMonitoringSchema.parse({ ageBand: "55_64", sex: "female", ethnicity: "white_irish", caresForMoreThanOne: "yes" });
 */
export const EqualityMonitoringSchema = z.strictObject({
  ageBand: z.enum([...AGE_BANDS, PREFER_NOT_TO_SAY]).optional(),
  sex: z.enum(["female", "male", PREFER_NOT_TO_SAY]).optional(),
  genderIdentity: z
    .enum([
      "same_as_sex_registered_at_birth",
      "different_from_sex_registered_at_birth",
      PREFER_NOT_TO_SAY,
    ])
    .optional(),
  ethnicity: EthnicitySchema.optional(),
  religion: z
    .enum([
      "no_religion",
      "christian",
      "buddhist",
      "hindu",
      "jewish",
      "muslim",
      "sikh",
      "other_religion",
      PREFER_NOT_TO_SAY,
    ])
    .optional(),
  disability: z
    .enum([
      "disabled_limited_a_lot",
      "disabled_limited_a_little",
      "not_disabled",
      PREFER_NOT_TO_SAY,
    ])
    .optional(),
  sexualOrientation: z
    .enum([
      "straight_or_heterosexual",
      "gay_or_lesbian",
      "bisexual",
      "other_sexual_orientation",
      PREFER_NOT_TO_SAY,
    ])
    .optional(),
  /** Whether they care for more than one person. */
  caresForMoreThanOne: z.enum(["yes", "no", PREFER_NOT_TO_SAY]).optional(),
});

/**
 * Parsed equality-monitoring answers; inferred from {@link EqualityMonitoringSchema}.
 *
 * @example
 * const answered = (e: EqualityMonitoring) => Object.keys(e).length;
 */
export type EqualityMonitoring = z.output<typeof EqualityMonitoringSchema>;

/**
 * A field of {@link EqualityMonitoring}, for breakdowns.
 *
 * @example
 * const field: EqualityField = "ethnicity";
 */
export type EqualityField = keyof EqualityMonitoring;
