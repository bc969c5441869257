import { z } from "zod";

/**
 * How the carer is related to the person they care for, from the carer's side
 * (`"parent"` means the carer is the cared-for person's parent).
 *
 * @example
 * RELATIONSHIP_TYPES.find((r) => r.id === "spouse_or_partner")?.label; //=> "Spouse or partner"
 */
export const RELATIONSHIP_TYPES = [
  { id: "spouse_or_partner", label: "Spouse or partner" },
  { id: "parent", label: "Parent" },
  { id: "child", label: "Son or daughter" },
  { id: "sibling", label: "Brother or sister" },
  { id: "grandparent", label: "Grandparent" },
  { id: "grandchild", label: "Grandchild" },
  { id: "other_relative", label: "Other relative" },
  { id: "friend", label: "Friend" },
  { id: "neighbour", label: "Neighbour" },
  { id: "other", label: "Other" },
] as const;

/** The id of one relationship type, e.g. `"spouse_or_partner"`. */
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number]["id"];

/**
 * Zod schema for a {@link RelationshipType} id.
 *
 * @example
 * RelationshipTypeSchema.parse("parent"); //=> "parent"
 */
export const RelationshipTypeSchema = z.enum(
  RELATIONSHIP_TYPES.map((r) => r.id) as [RelationshipType, ...RelationshipType[]],
);
