import { z } from "zod";
import { IdSchema, IsoDateSchema, ShortTextSchema } from "../_lib/fields.ts";
import { InformationCategorySchema } from "../vocabulary/informationCategories.ts";
import { RelationshipTypeSchema } from "../vocabulary/relationshipTypes.ts";

/**
 * A professional's role in a care circle.
 *
 * @example
 * ProfessionalRoleSchema.parse("carer_coordinator");
 */
export const ProfessionalRoleSchema = z.enum([
  "social_worker",
  "nurse",
  "gp",
  "carer_coordinator",
  "support_worker",
  "occupational_therapist",
  "pharmacist",
  "other_professional",
]);

/**
 * A community member's role in a care circle.
 *
 * @example
 * CommunityRoleSchema.parse("volunteer");
 */
export const CommunityRoleSchema = z.enum([
  "volunteer",
  "group",
  "faith_group",
  "neighbour_scheme",
]);

const member = {
  id: IdSchema,
  /** How the circle knows them: a name, a first name or a role title. */
  name: ShortTextSchema,
  /** What this member may see; checked against consents by {@link canShare}. */
  mayView: z.array(InformationCategorySchema).max(9),
  /** Set when the member is also a carer on record. */
  carerId: IdSchema.optional(),
};

/**
 * One member of a care circle: family (with how they are related), a friend, a professional
 * (with role and organisation) or community (a volunteer or a group), and what they may see.
 *
 * @example
 * CareCircleMemberSchema.parse({ kind: "professional", id: "m-2", name: "District nurse", role: "nurse", mayView: ["care_plan"] });
 */
export const CareCircleMemberSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("family"), relationship: RelationshipTypeSchema, ...member }),
  z.strictObject({ kind: z.literal("friend"), ...member }),
  z.strictObject({
    kind: z.literal("professional"),
    role: ProfessionalRoleSchema,
    organisation: ShortTextSchema.optional(),
    ...member,
  }),
  z.strictObject({
    kind: z.literal("community"),
    role: CommunityRoleSchema,
    organisation: ShortTextSchema.optional(),
    ...member,
  }),
]);

/**
 * A member from {@link CareCircleMemberSchema}.
 *
 * @example
 * const isProfessional = (m: CareCircleMember) => m.kind === "professional";
 */
export type CareCircleMember = z.output<typeof CareCircleMemberSchema>;

/**
 * The partnership around a cared-for person, who stays at the centre: family, friends,
 * professionals and community, each with a role and what they may see.
 *
 * @example
 * CareCircleSchema.parse({
 *   id: "circle-1", caredForId: "person-1", reviewedOn: "2026-10-01",
 *   members: [{ kind: "family", id: "m-1", name: "Sam", relationship: "child", carerId: "carer-1", mayView: ["care_plan", "check_ins"] }],
 * });
 */
export const CareCircleSchema = z.strictObject({
  id: IdSchema,
  /** The person at the centre of the circle. */
  caredForId: IdSchema,
  members: z.array(CareCircleMemberSchema).max(50),
  reviewedOn: IsoDateSchema.optional(),
});

/**
 * A parsed, valid care circle; inferred from {@link CareCircleSchema}.
 *
 * @example
 * const professionals = (c: CareCircle) => c.members.filter((m) => m.kind === "professional");
 */
export type CareCircle = z.output<typeof CareCircleSchema>;
