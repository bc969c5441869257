import { argumentIssue } from "../_lib/argumentIssue.ts";
import { checkFields } from "../_lib/checkFields.ts";
import { checkMove, type Moves } from "../_lib/lifecycle.ts";
import { safeParseWithSchema } from "../_lib/parseWithSchema.ts";
import type { ParseResult } from "../result/ParseResult.ts";
import { err } from "../result/result.ts";
import type { SafeguardingCategory } from "./safeguardingCategories.ts";
import {
  SafeguardingConcernSchema,
  type SafeguardingConcern,
  type SafeguardingStatus,
} from "./SafeguardingConcernSchema.ts";

/**
 * A step in a concern's lifecycle, for {@link moveSafeguardingConcern}. Dates are `YYYY-MM-DD`.
 *
 * @example
 * const move: SafeguardingMove = { to: "referred", on: "2026-11-03", localAuthority: "Exampleshire County Council", reference: "ASC-2026-0042" };
 */
export type SafeguardingMove =
  | {
      readonly to: "raised";
      readonly on: string;
      /** Replaces the draft's categories; a raised concern needs at least one. */
      readonly categories?: readonly SafeguardingCategory[] | undefined;
      readonly immediateRisk?: boolean | undefined;
      readonly actionTaken?: string | undefined;
    }
  | { readonly to: "screened"; readonly on: string; readonly by: string }
  | {
      readonly to: "referred";
      readonly on: string;
      readonly localAuthority: string;
      readonly reference: string;
    }
  | { readonly to: "no_further_action"; readonly on: string; readonly reason: string };

const MOVES: Moves<SafeguardingStatus> = {
  draft: ["raised"],
  raised: ["screened"],
  screened: ["referred", "no_further_action"],
  referred: [],
  no_further_action: [],
};

function apply(concern: SafeguardingConcern, move: SafeguardingMove): SafeguardingConcern {
  switch (move.to) {
    case "raised":
      return {
        ...concern,
        status: "raised",
        raisedOn: move.on,
        ...(move.categories === undefined ? {} : { categories: [...move.categories] }),
        ...(move.immediateRisk === undefined ? {} : { immediateRisk: move.immediateRisk }),
        ...(move.actionTaken === undefined ? {} : { actionTaken: move.actionTaken }),
      };
    case "screened":
      return { ...concern, status: "screened", screenedOn: move.on, screenedBy: move.by };
    case "referred": {
      const { localAuthority, reference, on } = move;
      return {
        ...concern,
        status: "referred",
        referral: { localAuthority, reference, referredOn: on },
      };
    }
    case "no_further_action":
      return {
        ...concern,
        status: "no_further_action",
        noFurtherAction: { reason: move.reason, decidedOn: move.on },
      };
  }
}

/**
 * Moves a safeguarding concern one step through its lifecycle: draft → raised → screened →
 * referred (to the local authority, with its reference) or no further action (with a reason).
 * Any other move, such as referring a concern nobody has screened or reopening a closed one, is
 * refused with `illegal_transition`; the moved concern is checked again, so a date before the
 * previous step's or a raised concern without a category is reported too. The input is not
 * changed.
 *
 * @param concern - The concern as it is.
 * @param move - The step to take, with its date and details.
 * @returns The moved concern, or the issues (`invalid_argument` for a concern or move of the
 * wrong shape, `illegal_transition`, `end_before_start`,
 * `status_mismatch`, or a field's format).
 * @example
 * const result = moveSafeguardingConcern(concern, { to: "screened", on: "2026-11-03", by: "lead-1" });
 * if (result.success) result.data.status; //=> "screened"
 */
export function moveSafeguardingConcern(
  concern: SafeguardingConcern,
  move: SafeguardingMove,
): ParseResult<SafeguardingConcern> {
  const refused = argumentIssue(() => {
    checkFields("moveSafeguardingConcern", { concern }, { status: "string" });
    checkFields("moveSafeguardingConcern", { move }, { to: "string", categories: "array?" });
  });
  if (refused) return err([refused]);
  const illegal = checkMove(MOVES, concern.status, move.to);
  if (illegal !== undefined) return err([illegal]);
  return safeParseWithSchema(SafeguardingConcernSchema, apply(concern, move));
}
