import { argumentIssue } from "../_lib/argumentIssue.ts";
import { checkFields } from "../_lib/checkFields.ts";
import { fieldIssue } from "../_lib/invalidInput.ts";
import { checkMove, type Moves } from "../_lib/lifecycle.ts";
import { safeParseWithSchema } from "../_lib/parseWithSchema.ts";
import { FeedbackSchema, type ComplaintStatus, type Feedback } from "../feedback/FeedbackSchema.ts";
import type { ParseResult } from "../result/ParseResult.ts";
import { err } from "../result/result.ts";

/**
 * A step in a complaint's lifecycle, for {@link moveComplaint}. Dates are `YYYY-MM-DD`.
 *
 * @example
 * const move: ComplaintMove = { to: "acknowledged", on: "2026-04-08", responseDueOn: "2026-05-20" };
 */
export type ComplaintMove =
  | {
      readonly to: "acknowledged";
      readonly on: string;
      /** The response date offered to the complainant. */
      readonly responseDueOn?: string | undefined;
    }
  | { readonly to: "responded"; readonly on: string; readonly response: string }
  | { readonly to: "closed"; readonly on: string }
  | { readonly to: "withdrawn"; readonly on: string };

const MOVES: Moves<ComplaintStatus> = {
  received: ["acknowledged", "withdrawn"],
  acknowledged: ["responded", "withdrawn"],
  responded: ["closed"],
  closed: [],
  withdrawn: [],
};

function apply(complaint: Feedback, move: ComplaintMove): Feedback {
  switch (move.to) {
    case "acknowledged":
      return {
        ...complaint,
        status: "acknowledged",
        acknowledgedOn: move.on,
        ...(move.responseDueOn === undefined ? {} : { responseDueOn: move.responseDueOn }),
      };
    case "responded":
      return { ...complaint, status: "responded", respondedOn: move.on, response: move.response };
    case "closed":
      return { ...complaint, status: "closed", closedOn: move.on };
    case "withdrawn":
      return { ...complaint, status: "withdrawn", withdrawnOn: move.on };
  }
}

/**
 * Moves a complaint one step: received → acknowledged → responded → closed, or withdrawn
 * before a response. Other moves (responding before acknowledging, reopening a closed
 * complaint) are refused with `illegal_transition`; a complaint without `status` counts as
 * `received`. The moved record is checked again (dates in order). The input is not changed.
 *
 * @param complaint - Feedback of kind `complaint`.
 * @param move - The step, its date and details.
 * @returns The moved complaint, or issues: `invalid_argument` when `complaint` or `move` has the
 * wrong shape, `status_mismatch` (path `kind`) for other feedback,
 * `illegal_transition`, `end_before_start` or a field's format.
 * @example
 * const result = moveComplaint(complaint, { to: "acknowledged", on: "2026-04-08" });
 * if (result.success) result.data.status; //=> "acknowledged"
 */
export function moveComplaint(complaint: Feedback, move: ComplaintMove): ParseResult<Feedback> {
  const refused = argumentIssue(() => {
    checkFields("moveComplaint", { complaint }, { kind: "string", status: "string?" });
    checkFields("moveComplaint", { move }, { to: "string" });
  });
  if (refused) return err([refused]);
  if (complaint.kind !== "complaint") {
    const detail = `expected a complaint, got ${complaint.kind} feedback`;
    return err([fieldIssue("kind", "status_mismatch", detail)]);
  }
  const illegal = checkMove(MOVES, complaint.status ?? "received", move.to);
  if (illegal !== undefined) return err([illegal]);
  return safeParseWithSchema(FeedbackSchema, apply(complaint, move));
}
