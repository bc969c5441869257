import {
  checkDatesNotAfter,
  computeComplaintDeadlines,
  moveComplaint,
  type ComplaintDeadlineOptions,
  type Feedback,
} from "@carerkit/core";
import type { AppDeps } from "../app.ts";
import { bankHolidayDates } from "../bankHolidays.ts";
import type { VoiceConfig } from "../config.ts";
import type { Queryable } from "../db/database.ts";
import { conflictOnDuplicate } from "../db/errors.ts";
import { parseWith, readJson } from "../http/body.ts";
import { fromIssues, invalid, Problem } from "../http/problem.ts";
import { ComplaintMoveBodySchema } from "../schemas.ts";
import { currentOf, SELECT_FEEDBACK, type StoredFeedback } from "./feedback.ts";
import { param, todayOf } from "./people.ts";
import type { Routes } from "./registry.ts";

const NOT_FOUND = "There is no complaint with this id.";

/**
 * The deadline options of a deployment: its acknowledgement (and any response) period, and every
 * bank holiday of its GOV.UK division that the scheduling package vendors.
 *
 * @example
 * deadlineOptions(readVoiceConfig({})).acknowledgeWithinWorkingDays; //=> 3
 */
export function deadlineOptions(voice: VoiceConfig): ComplaintDeadlineOptions {
  return {
    holidays: bankHolidayDates(voice.bankHolidays),
    acknowledgeWithinWorkingDays: voice.acknowledgeWithinWorkingDays,
    respondWithinWorkingDays: voice.respondWithinWorkingDays,
  };
}

/** A complaint as the API returns it: where it stands, its steps and its deadlines on `asOf`. */
function present(
  stored: StoredFeedback,
  complaint: Feedback,
  asOf: string,
  options: ComplaintDeadlineOptions,
) {
  const deadlines = computeComplaintDeadlines(complaint, asOf, options);
  return {
    carerId: stored.carer_id,
    complaint,
    history: stored.history,
    deadlines,
    overdue: deadlines.acknowledgement === "overdue" || deadlines.response === "overdue",
  };
}

/** One complaint the caller may see (row-level security), or 404 (other feedback too). */
async function loadComplaint(tx: Queryable, id: string): Promise<StoredFeedback> {
  const [row] = await tx.query<StoredFeedback>(
    `${SELECT_FEEDBACK} WHERE f.id = $1 AND f.kind = 'complaint'`,
    [id],
  );
  if (row === undefined) throw new Problem("not-found", NOT_FOUND);
  return row;
}

/** Statuses a complaint is still being handled in. */
const isOpen = (complaint: Feedback): boolean =>
  complaint.status !== "closed" && complaint.status !== "withdrawn";

/**
 * Complaint handling for the service's complaints lead (a coordinator): open complaints against
 * their deadlines in working days, and moves through core's `moveComplaint`, each appended to the
 * complaint's history. Every read and write is audited.
 */
export function addComplaintRoutes(routes: Routes, deps: AppDeps): void {
  const options = deadlineOptions(deps.voice);

  routes.add(
    {
      method: "get",
      path: "/complaints",
      operationId: "listOpenComplaints",
      summary:
        "Open complaints (not closed or withdrawn), each with its acknowledge-by and respond-by dates in working days across the deployment's bank holidays (computeComplaintDeadlines) and whether it is overdue today.",
      roles: ["coordinator"],
      purpose: "direct_care",
      success: { status: 200, description: "The open complaints, oldest first." },
      problems: [],
    },
    async (c, ctx) => {
      const asOf = todayOf(deps);
      const complaints = await ctx.db.transaction(async (tx) => {
        const rows = await tx.query<StoredFeedback>(
          `${SELECT_FEEDBACK} WHERE f.kind = 'complaint' ORDER BY f.record->>'receivedOn', f.id`,
        );
        const open = rows
          .map((r) => ({ stored: r, complaint: currentOf(r) }))
          .filter((x) => isOpen(x.complaint));
        // One audit row per carer whose complaint was read; one with no subject when none was.
        const carers = [...new Set(open.map((x) => x.stored.carer_id))];
        if (carers.length === 0) await ctx.audit(tx, "read");
        for (const carerId of carers) await ctx.audit(tx, "read", carerId);
        return open.map((x) => present(x.stored, x.complaint, asOf, options));
      });
      return c.json({ asOf, complaints });
    },
  );

  routes.add(
    {
      method: "post",
      path: "/complaints/:complaintId/transitions",
      operationId: "moveComplaint",
      summary:
        "Move a complaint one step (moveComplaint): received → acknowledged → responded → closed, or withdrawn before a response; recorded as by the caller. An illegal move is a 409 naming both statuses.",
      roles: ["coordinator"],
      purpose: "direct_care",
      body: ComplaintMoveBodySchema,
      success: { status: 200, description: "The complaint after the move, with its deadlines." },
      problems: [404, 409, 422],
    },
    async (c, ctx) => {
      const move = parseWith(ComplaintMoveBodySchema, await readJson(c));
      const asOf = todayOf(deps);
      const late = checkDatesNotAfter(move, ["on"], asOf);
      if (late.length > 0) throw invalid(late);
      const moved = await conflictOnDuplicate(
        () =>
          ctx.db.transaction(async (tx) => {
            const stored = await loadComplaint(tx, param(c, "complaintId"));
            const current = currentOf(stored);
            const result = moveComplaint(current, move);
            if (!result.success) {
              const illegal = result.error.filter((i) => i.code === "illegal_transition");
              if (illegal.length > 0)
                throw new Problem(
                  "conflict",
                  `A complaint cannot move from "${current.status ?? "received"}" to "${move.to}"; see errors.`,
                  fromIssues(illegal),
                );
              throw invalid(result.error);
            }
            const step = { ...move, by: ctx.identity.subject };
            await tx.query(
              `INSERT INTO complaint_transitions (feedback_id, carer_id, position, step)
               VALUES ($1, $2, $3, $4)`,
              [current.id, stored.carer_id, stored.history.length, step],
            );
            await ctx.audit(tx, "update", stored.carer_id);
            return present(
              { ...stored, history: [...stored.history, step] },
              result.data,
              asOf,
              options,
            );
          }),
        "The complaint moved on while this step was recorded; read it again.",
      );
      return c.json(moved);
    },
  );
}
