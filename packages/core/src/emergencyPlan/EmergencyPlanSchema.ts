import { z } from "zod";
import {
  EmailSchema,
  IdSchema,
  IsoDateSchema,
  LongTextSchema,
  PhoneSchema,
  ShortTextSchema,
  TextListSchema,
} from "../_lib/fields.ts";
import { requireOrder } from "../_lib/requireOrder.ts";

/**
 * Someone who steps in if the carer cannot care (taken ill, in hospital, stranded), and how to
 * reach them. `hasKey` says whether they can get in.
 *
 * @example
 * StepInPersonSchema.parse({ name: "Sam Sample", relationship: "Neighbour", phone: "01632 960001", hasKey: true });
 */
export const StepInPersonSchema = z.strictObject({
  name: ShortTextSchema,
  relationship: ShortTextSchema.optional(),
  phone: PhoneSchema.optional(),
  email: EmailSchema.optional(),
  /** When they can come, e.g. "Evenings and weekends". */
  availability: ShortTextSchema.optional(),
  hasKey: z.boolean().optional(),
  /** The care circle member, when they are one. */
  circleMemberId: IdSchema.optional(),
});

/**
 * A medicine the cared-for person takes: its name, dose, when, and where it is kept.
 *
 * @example
 * EmergencyMedicationSchema.parse({ name: "Donepezil", dose: "10 mg", when: "At bedtime", keptWhere: "Kitchen cupboard" });
 */
export const EmergencyMedicationSchema = z.strictObject({
  name: ShortTextSchema,
  dose: ShortTextSchema.optional(),
  when: ShortTextSchema.optional(),
  keptWhere: ShortTextSchema.optional(),
});

/**
 * A professional to tell in an emergency: a role ("GP", "District nurse", "Social worker") and,
 * where known, a name and number.
 *
 * @example
 * ProfessionalToTellSchema.parse({ role: "GP", name: "Riverside Surgery", phone: "01632 960002" });
 */
export const ProfessionalToTellSchema = z.strictObject({
  role: ShortTextSchema,
  name: ShortTextSchema.optional(),
  phone: PhoneSchema.optional(),
});

/**
 * The sections of an emergency plan that may truthfully be empty, so that "none" can be told
 * apart from "not yet asked".
 *
 * @example
 * EmergencyPlanNoneSchema.parse("equipment");
 */
export const EmergencyPlanNoneSchema = z.enum([
  "medication",
  "triggers",
  "equipment",
  "professionals",
]);

/**
 * An emergency (contingency) plan: who steps in if the carer cannot care, how to reach them, and
 * what the cared-for person needs in the first 72 hours — medication, routines, preferences and
 * triggers, equipment, and the professionals to tell — with the date it was last updated and
 * the date it is due for review. Sections may be left out while the plan is being written; see
 * {@link checkEmergencyPlanCompleteness}.
 *
 * @example
 * EmergencyPlanSchema.parse({
 *   id: "plan-1", carerId: "carer-1", caredForId: "person-1",
 *   carerName: "Alex Example", caredForName: "Pat",
 *   stepIn: [{ name: "Sam Sample", relationship: "Neighbour", phone: "01632 960001" }],
 *   routines: ["Up at 8, porridge"], preferences: ["Radio 4 in the morning"],
 *   confirmedNone: ["equipment"], updatedOn: "2026-09-01", reviewOn: "2027-03-01",
 * });
 */
export const EmergencyPlanSchema = z
  .strictObject({
    id: IdSchema,
    carerId: IdSchema,
    caredForId: IdSchema,
    /** How the carer's name is written on the plan and the card. */
    carerName: ShortTextSchema,
    /** What the cared-for person likes to be called. */
    caredForName: ShortTextSchema,
    stepIn: z.array(StepInPersonSchema).max(10).optional(),
    medication: z.array(EmergencyMedicationSchema).max(40).optional(),
    routines: TextListSchema.optional(),
    preferences: TextListSchema.optional(),
    triggers: TextListSchema.optional(),
    equipment: TextListSchema.optional(),
    professionals: z.array(ProfessionalToTellSchema).max(20).optional(),
    /** Sections confirmed to have nothing in them. */
    confirmedNone: z.array(EmergencyPlanNoneSchema).max(4).optional(),
    notes: LongTextSchema.optional(),
    updatedOn: IsoDateSchema,
    reviewOn: IsoDateSchema,
  })
  .superRefine((value, ctx) => {
    requireOrder(value, ctx, { first: "updatedOn", then: "reviewOn", code: "end_before_start" });
  });

/**
 * A parsed, valid emergency plan; inferred from {@link EmergencyPlanSchema}.
 *
 * @example
 * const hasKeyholder = (p: EmergencyPlan) => (p.stepIn ?? []).some((s) => s.hasKey === true);
 */
export type EmergencyPlan = z.output<typeof EmergencyPlanSchema>;
