import { z } from "zod";
import { IdSchema, IsoDateSchema, LongTextSchema } from "../_lib/fields.ts";

/**
 * How a support contact took place: in person, by phone, by video, or on a hospital ward visit.
 *
 * @example
 * SupportContactModeSchema.parse("ward_visit"); //=> "ward_visit"
 */
export const SupportContactModeSchema = z.enum(["in_person", "phone", "video", "ward_visit"]);

/**
 * What kind of support a contact gave, as carer coordinators report it: crisis support,
 * bereavement, emotional support, information and advice, practical help, benefits, advocacy,
 * and onward referral.
 *
 * @example
 * SupportKindSchema.options.length; //=> 8
 */
export const SupportKindSchema = z.enum([
  "crisis",
  "bereavement",
  "emotional",
  "information_and_advice",
  "practical",
  "benefits",
  "advocacy",
  "onward_referral",
]);

/**
 * A kind from {@link SupportKindSchema}.
 *
 * @example
 * const kind: SupportKind = "bereavement";
 */
export type SupportKind = z.infer<typeof SupportKindSchema>;

/**
 * One piece of casework with a carer: the day, who gave it, in which service, how (mode), what
 * kind of support and for how long.
 *
 * @example
 * SupportContactSchema.parse({
 *   id: "sc-1", carerId: "carer-1", workerId: "worker-3", serviceId: "hospital-carers",
 *   date: "2026-11-02", mode: "ward_visit", kind: "emotional", durationMinutes: 30,
 * });
 */
export const SupportContactSchema = z.strictObject({
  id: IdSchema,
  carerId: IdSchema,
  workerId: IdSchema,
  /** The service or team the worker belongs to, for per-service summaries. */
  serviceId: IdSchema.optional(),
  date: IsoDateSchema,
  mode: SupportContactModeSchema,
  kind: SupportKindSchema,
  /** Whole minutes, 1 to 1,440. */
  durationMinutes: z.int().min(1).max(1440),
  notes: LongTextSchema.optional(),
});

/**
 * A parsed, valid support contact; inferred from {@link SupportContactSchema}.
 *
 * @example
 * const minutes = (all: SupportContact[]) => all.reduce((s, c) => s + c.durationMinutes, 0);
 */
export type SupportContact = z.output<typeof SupportContactSchema>;
