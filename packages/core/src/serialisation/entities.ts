import type { z } from "zod";
import { CareCircleSchema } from "../circle/CareCircleSchema.ts";
import { CaredForPersonSchema } from "../caredFor/CaredForPersonSchema.ts";
import { CarerSchema } from "../carer/CarerSchema.ts";
import { CheckInSchema } from "../checkIn/CheckInSchema.ts";
import { ConsentSchema } from "../consent/ConsentSchema.ts";
import { FeedbackSchema } from "../feedback/FeedbackSchema.ts";
import { GoalSchema } from "../goal/GoalSchema.ts";
import { CaringRelationshipSchema } from "../relationship/CaringRelationshipSchema.ts";
import { TimelineEventSchema } from "../timeline/TimelineEventSchema.ts";
import { OnwardReferralSchema } from "../casework/OnwardReferralSchema.ts";
import { SupportContactSchema } from "../casework/SupportContactSchema.ts";
import { OutreachEventSchema } from "../outreach/OutreachEventSchema.ts";
import { SafeguardingConcernSchema } from "../safeguarding/SafeguardingConcernSchema.ts";

/**
 * The schema of every entity, by the `kind` written into a serialised document.
 *
 * @example
 * ENTITY_SCHEMAS.carer === CarerSchema; //=> true
 */
export const ENTITY_SCHEMAS = {
  carer: CarerSchema,
  cared_for_person: CaredForPersonSchema,
  caring_relationship: CaringRelationshipSchema,
  care_circle: CareCircleSchema,
  consent: ConsentSchema,
  goal: GoalSchema,
  check_in: CheckInSchema,
  feedback: FeedbackSchema,
  timeline_event: TimelineEventSchema,
  support_contact: SupportContactSchema,
  onward_referral: OnwardReferralSchema,
  outreach_event: OutreachEventSchema,
  safeguarding_concern: SafeguardingConcernSchema,
} as const;

/**
 * The kind of an entity in a serialised document: `"carer"`, `"consent"`, ...
 *
 * @example
 * const kind: EntityKind = "care_circle";
 */
export type EntityKind = keyof typeof ENTITY_SCHEMAS;

/**
 * The type of the entity of a given kind: `EntityOf<"carer">` is {@link Carer}.
 *
 * @example
 * const goal: EntityOf<"goal"> = parseGoal(json);
 */
export type EntityOf<TKind extends EntityKind> = z.output<(typeof ENTITY_SCHEMAS)[TKind]>;

/**
 * The version of the serialised form that this release writes. It goes up when a change to a
 * schema would make an older document fail to parse; {@link deserialise} then calls a migration.
 *
 * @example
 * JSON.parse(serialise("goal", goal)).schemaVersion === SCHEMA_VERSION; //=> true
 */
export const SCHEMA_VERSION = 1;
