import { z } from "zod";
import { IdSchema, IsoDateSchema, ShortTextSchema } from "../_lib/fields.ts";
import { addRuleIssue } from "../_lib/requireOrder.ts";

/**
 * A kind of outreach: a drop-in (such as a Tea & Chat in outpatients), a stand, a talk, or an
 * awareness day (such as Carers Rights Day).
 *
 * @example
 * OutreachKindSchema.parse("awareness_day"); //=> "awareness_day"
 */
export const OutreachKindSchema = z.enum(["drop_in", "stand", "talk", "awareness_day"]);

/**
 * An outreach event, counted and never named: where and when, how many people staff met, how
 * many of them were carers newly identified, how many were referred on the day and how many
 * leaflets went out. The record has no field for a person, and unknown keys are rejected, so a
 * list of names cannot be attached. A part cannot exceed its whole (`too_big`).
 *
 * @example
 * OutreachEventSchema.parse({
 *   id: "out-1", kind: "drop_in", place: "Outpatients, Example General Hospital",
 *   date: "2026-06-11", peopleMet: 104, carersIdentified: 23, referralsMade: 9, leafletsGiven: 60,
 * });
 */
export const OutreachEventSchema = z
  .strictObject({
    id: IdSchema,
    kind: OutreachKindSchema,
    /** A venue, not a person: "Outpatients, Example General Hospital". */
    place: ShortTextSchema,
    date: IsoDateSchema,
    serviceId: IdSchema.optional(),
    /** A title such as "Carers Rights Day stand". */
    title: ShortTextSchema.optional(),
    peopleMet: z.int().min(0).max(100_000),
    /** Carers identified for the first time, at most `peopleMet`. */
    carersIdentified: z.int().min(0).max(100_000),
    /** Carers referred to the service on the day, at most `carersIdentified`. */
    referralsMade: z.int().min(0).max(100_000).optional(),
    leafletsGiven: z.int().min(0).max(1_000_000).optional(),
  })
  .superRefine((value, ctx) => {
    const parts = [
      ["carersIdentified", value.carersIdentified, "peopleMet", value.peopleMet],
      ["referralsMade", value.referralsMade, "carersIdentified", value.carersIdentified],
    ] as const;
    for (const [field, part, whole, of] of parts) {
      if (part === undefined || part <= of) continue;
      const message = `expected at most ${whole}, got more`;
      addRuleIssue(ctx, field, { code: "too_big", message });
    }
  });

/**
 * A parsed, valid outreach event; inferred from {@link OutreachEventSchema}.
 *
 * @example
 * const met = (all: OutreachEvent[]) => all.reduce((s, e) => s + e.peopleMet, 0);
 */
export type OutreachEvent = z.output<typeof OutreachEventSchema>;
