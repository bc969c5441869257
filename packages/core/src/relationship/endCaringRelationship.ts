import type { Carer } from "../carer/CarerSchema.ts";
import { argumentIssue, type ArgumentIssue } from "../_lib/argumentIssue.ts";
import { checkEach, checkFields } from "../_lib/checkFields.ts";
import { checkDate } from "../_lib/dateSpan.ts";
import type { CoreIssueCode } from "../errors/CoreIssueCode.ts";
import { fieldIssue } from "../_lib/invalidInput.ts";
import { err, ok, type CarerKitIssue, type Result } from "../result/result.ts";
import type { CaringEndReason, CaringRelationship } from "./CaringRelationshipSchema.ts";

/**
 * How a caring relationship ended, for {@link endCaringRelationship}.
 *
 * @example
 * const end: CaringEnd = { relationshipId: "rel-1", endDate: "2026-10-14", endReason: "death" };
 */
export interface CaringEnd {
  readonly relationshipId: string;
  /** `YYYY-MM-DD`, not before the relationship's start. */
  readonly endDate: string;
  readonly endReason: CaringEndReason;
  readonly endNote?: string | undefined;
}

/**
 * The carer and their relationships after {@link endCaringRelationship}.
 *
 * @example
 * const after: CaringEnded = { carer, relationships };
 */
export interface CaringEnded {
  readonly carer: Carer;
  readonly relationships: readonly CaringRelationship[];
}

/**
 * Records the end of a caring relationship and moves the carer on, never deleting them: when
 * the person they cared for has died and they care for no one else, they become `bereaved`;
 * when caring ended another way and they care for no one else, `former`; while they still care
 * for someone, they stay `active`. Returns new objects; the inputs are not changed.
 *
 * @param carer - The carer.
 * @param relationships - The carer's relationships (others' are left as they are).
 * @param end - Which relationship, the end date and the reason.
 * @returns The updated carer and relationships, or an issue: `relationship_not_found`,
 * `relationship_already_ended`, `end_before_start`, or `invalid_argument` / `out_of_span` when a
 * parameter or field has the wrong shape (`end.endDate` not a real date, or outside 1900–2200).
 * @example
 * const result = endCaringRelationship(carer, relationships, {
 *   relationshipId: "rel-1", endDate: "2026-10-14", endReason: "death",
 * });
 * if (result.success) result.data.carer.status; //=> "bereaved"
 */
export function endCaringRelationship(
  carer: Carer,
  relationships: readonly CaringRelationship[],
  end: CaringEnd,
): Result<CaringEnded, CarerKitIssue<CoreIssueCode> | ArgumentIssue> {
  const fn = "endCaringRelationship";
  const refused = argumentIssue(() => {
    checkFields(fn, { carer }, { id: "string", status: "string" });
    checkEach(fn, { relationships }, (relationship, path) => {
      checkFields(
        fn,
        { [path]: relationship },
        {
          id: "string",
          carerId: "string",
          startDate: "string?",
          endDate: "string?",
        },
      );
    });
    checkFields(
      fn,
      { end },
      {
        relationshipId: "string",
        endReason: "string",
        endNote: "string?",
      },
    );
    checkDate(fn, { "end.endDate": end.endDate }, "ISO date");
  });
  if (refused) return err(refused);
  const target = relationships.find((r) => r.id === end.relationshipId && r.carerId === carer.id);
  if (target === undefined) {
    const got = JSON.stringify(end.relationshipId);
    const detail = `expected a relationship of carer ${carer.id}, got ${got}`;
    return err(fieldIssue("relationshipId", "relationship_not_found", detail));
  }
  if (target.endDate !== undefined) {
    const detail = `expected an ongoing relationship, got one that ended on ${target.endDate}`;
    return err(fieldIssue("relationshipId", "relationship_already_ended", detail));
  }
  if (target.startDate !== undefined && end.endDate < target.startDate) {
    const detail = `expected a date on or after startDate ${target.startDate}`;
    return err(fieldIssue("endDate", "end_before_start", detail));
  }
  const ended: CaringRelationship = {
    ...target,
    endDate: end.endDate,
    endReason: end.endReason,
    ...(end.endNote === undefined ? {} : { endNote: end.endNote }),
  };
  const updated = relationships.map((r) => (r === target ? ended : r));
  const stillCaring = updated.some((r) => r.carerId === carer.id && r.endDate === undefined);
  const status = stillCaring ? "active" : end.endReason === "death" ? "bereaved" : "former";
  const nextCarer: Carer =
    status === carer.status ? carer : { ...carer, status, statusChangedOn: end.endDate };
  return ok({ carer: nextCarer, relationships: updated });
}
