import { z } from "zod";
import { ConditionCategorySchema, SupportNeedDomainSchema } from "@carerkit/core";

/**
 * Every criterion a match is judged on, in the order the reasons list them.
 *
 * @example
 * CRITERIA.includes("availability"); //=> true
 */
export const CRITERIA = [
  "status",
  "needs",
  "distance",
  "area",
  "carer_age",
  "cared_for_age",
  "condition",
  "delivery",
  "language",
  "accessibility",
  "cost",
  "availability",
  "text",
  "freshness",
] as const;

/**
 * Every criterion a match is judged on.
 *
 * @example
 * const c: Criterion = "distance";
 */
export type Criterion = (typeof CRITERIA)[number];

/**
 * Criteria that exclude an offer when they fail, unless the query says otherwise. The rest only
 * rank.
 *
 * @example
 * DEFAULT_HARD_CRITERIA.includes("carer_age"); //=> true
 */
export const DEFAULT_HARD_CRITERIA: readonly Criterion[] = [
  "status",
  "needs",
  "distance",
  "area",
  "carer_age",
  "cared_for_age",
  "condition",
  "delivery",
  "accessibility",
  "cost",
];

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "expected HH:MM");
const criterion = z.enum(CRITERIA);

/**
 * Zod schema of a {@link MatchQuery}; {@link matchServices} validates every query with it.
 *
 * @example
 * MatchQuerySchema.safeParse({ asOf: new Date(), needs: ["peer_support"] }).success; //=> true
 */
export const MatchQuerySchema = z.object({
  asOf: z.date().refine((d) => !Number.isNaN(d.getTime()), "expected a valid date"),
  needs: z.array(SupportNeedDomainSchema).min(1),
  text: z.string().max(500).optional(),
  location: z
    .union([
      z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) }),
      z.object({ postcode: z.string().min(2).max(10) }),
    ])
    .optional(),
  maxDistanceKm: z.number().positive().max(1000).optional(),
  carerAge: z.number().min(0).max(130).optional(),
  caredForAge: z.number().min(0).max(130).optional(),
  conditions: z.array(ConditionCategorySchema).optional(),
  delivery: z
    .array(z.enum(["in_person", "phone", "online", "home_visit"]))
    .min(1)
    .optional(),
  languages: z.array(z.string().min(2).max(40)).min(1).optional(),
  accessibility: z
    .array(z.enum(["wheelchair", "hearing_loop", "accessible_toilet", "parking", "bsl"]))
    .min(1)
    .optional(),
  cost: z.union([z.literal("free"), z.object({ maxAmount: z.number().min(0) })]).optional(),
  availability: z
    .array(
      z.union([
        z.enum(["weekday_daytime", "evenings", "weekends"]),
        z.object({ day: z.enum(["MO", "TU", "WE", "TH", "FR", "SA", "SU"]), from: time, to: time }),
        z.object({ at: z.date() }),
      ]),
    )
    .min(1)
    .optional(),
  hard: z.partialRecord(criterion, z.boolean()).optional(),
  whenUnknown: z.enum(["include", "exclude"]).optional(),
  limit: z.number().int().min(1).max(500).optional(),
  nearMissLimit: z.number().int().min(0).max(100).optional(),
});

/**
 * What a carer is looking for. Needs are required; everything else is optional and, when
 * given, judged as meets / fails / unknown for every offer.
 *
 * - `location` is coordinates or a postcode (postcodes need `options.geocoder`).
 * - `maxDistanceKm` defaults to 10 when a location is given; phone and online offers need no travel.
 * - `availability` windows are local times in Europe/London (or the index's zone):
 *   `weekday_daytime` Mon–Fri 09:00–17:00, `evenings` 17:00–22:00 any day, `weekends` Sat–Sun,
 *   `{ day, from, to }`, or `{ at }` an instant.
 * - `hard` overrides {@link DEFAULT_HARD_CRITERIA}; `whenUnknown: "exclude"` moves offers with an
 *   unknown hard criterion to the near misses (default `"include"`, ranked lower and labelled).
 *
 * @example
 * const query: MatchQuery = {
 *   asOf: new Date("2026-06-01T09:00:00Z"), needs: ["grief_and_loss", "peer_support"],
 *   location: { postcode: "NR2 4AA" }, maxDistanceKm: 8, availability: ["evenings"], cost: "free",
 * };
 */
export type MatchQuery = z.input<typeof MatchQuerySchema>;
