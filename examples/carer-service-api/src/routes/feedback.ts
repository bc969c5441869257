import {
  checkDatesNotAfter,
  codeFeedbackThemes,
  moveComplaint,
  safeParseFeedback,
  type CarerKitIssue,
  type ComplaintMove,
  type Feedback,
} from "@carerkit/core";
import {
  SUPPRESSION_RULES,
  suppressSmallNumbers,
  summariseFeedbackThemes,
} from "@carerkit/evaluation";
import type { AppDeps } from "../app.ts";
import { STAFF } from "../auth/roles.ts";
import type { Queryable } from "../db/database.ts";
import { conflictOnDuplicate } from "../db/errors.ts";
import { parseWith, readJson } from "../http/body.ts";
import { invalidField } from "../http/parts.ts";
import { invalid } from "../http/problem.ts";
import { FeedbackBodySchema, ThemePeriodSchema } from "../schemas.ts";
import { param, readAboutCarer, requireCarer, todayOf } from "./people.ts";
import type { Routes } from "./registry.ts";

/** A recorded step of a complaint: core's move and who recorded it (gone once erased). */
export type ComplaintStep = ComplaintMove & { readonly by?: string | undefined };

/** A piece of feedback as stored: the record as received, its carer and its complaint steps. */
export interface StoredFeedback extends Record<string, unknown> {
  readonly carer_id: string;
  readonly record: Feedback;
  readonly history: ComplaintStep[];
}

/** Feedback with its complaint steps, appended in order (migrations/0010). */
export const SELECT_FEEDBACK = `
  SELECT f.carer_id, f.record, coalesce(
           (SELECT jsonb_agg(t.step ORDER BY t.position) FROM complaint_transitions t
             WHERE t.feedback_id = f.id), '[]'::jsonb) AS history
    FROM feedback f`;

/**
 * Where a piece of feedback stands now: the record as received with its steps replayed through
 * core's `moveComplaint`. Every stored step was accepted by it, so a refusal is a broken record.
 *
 * @example
 * currentOf({ carer_id: "c-1", record: complaint, history: [{ to: "acknowledged", on: "2026-04-08" }] }).status; //=> "acknowledged"
 */
export function currentOf(stored: StoredFeedback): Feedback {
  return stored.history.reduce((feedback, step) => {
    const moved = moveComplaint(feedback, step);
    if (!moved.success) throw new Error("a stored complaint step does not replay");
    return moved.data;
  }, stored.record);
}

/**
 * Feedback as the API returns it: where it stands now and the steps that brought it there.
 *
 * @example
 * presentFeedback(stored).feedback.status; //=> "acknowledged"
 */
export const presentFeedback = (stored: StoredFeedback) => ({
  feedback: currentOf(stored),
  history: stored.history,
});

/** A carer's feedback the caller may see (row-level security), oldest first, with its steps. */
export async function feedbackOf(tx: Queryable, carerId: string): Promise<StoredFeedback[]> {
  return tx.query<StoredFeedback>(
    `${SELECT_FEEDBACK} WHERE f.carer_id = $1 ORDER BY f.record->>'receivedOn', f.id`,
    [carerId],
  );
}

/** The fields of a complaint that only its transitions set. */
const LATER_STEPS = [
  "acknowledgedOn",
  "responseDueOn",
  "respondedOn",
  "response",
  "closedOn",
  "withdrawnOn",
] as const;

/** Why a complaint cannot be recorded as received with these fields: later steps are moves. */
function laterSteps(feedback: Feedback): CarerKitIssue[] {
  if (feedback.kind !== "complaint") return [];
  const issues: CarerKitIssue[] = LATER_STEPS.filter((f) => feedback[f] !== undefined).map(
    (field) => ({
      code: "not_initial",
      message: `${field}: expected no value on a complaint as received; later steps are transitions`,
      path: [field],
    }),
  );
  if ((feedback.status ?? "received") !== "received")
    issues.push({
      code: "not_initial",
      message: 'status: expected "received"; later steps are transitions',
      path: ["status"],
    });
  return issues;
}

/** The feedback coded with its themes against the deployment's codebook, or a 422 per unknown code. */
function coded(feedback: Feedback, deps: AppDeps): Feedback {
  if (feedback.themes === undefined) return feedback;
  const result = codeFeedbackThemes(feedback, feedback.themes, deps.voice.codebook);
  if (result.success) return result.data;
  // Core's message quotes the code; ours names the field only.
  throw invalid(
    result.error.map((issue) => ({
      ...issue,
      message: `${(issue.path ?? []).map(String).join(".")}: expected a code from the service's codebook`,
    })),
  );
}

/** The three kinds a carer or their staff record here; session feedback belongs to a programme. */
const KINDS: readonly Feedback["kind"][] = ["complaint", "compliment", "suggestion"];

/**
 * Carer voice: a carer's complaints, compliments and suggestions (core's `Feedback`), given by
 * the carer or recorded by their staff, and the suppressed theme summary for coordinators and
 * analysts. Every read and write is audited.
 */
export function addFeedbackRoutes(routes: Routes, deps: AppDeps): void {
  routes.add(
    {
      method: "post",
      path: "/carers/:carerId/feedback",
      operationId: "recordFeedback",
      summary:
        "Record a complaint, compliment or suggestion from the carer (core's Feedback, themes checked against the service's codebook); a complaint is recorded as received, its later steps are transitions.",
      roles: ["carer", ...STAFF],
      purpose: "direct_care",
      body: FeedbackBodySchema,
      success: { status: 201, description: "The feedback as stored." },
      problems: [404, 409, 422],
    },
    async (c, ctx) => {
      const carerId = param(c, "carerId");
      const parsed = safeParseFeedback(await readJson(c));
      if (!parsed.success) throw invalid(parsed.error);
      const body = parsed.data;
      if (!KINDS.includes(body.kind))
        throw invalidField(
          ["kind"],
          "unsupported_kind",
          'expected "complaint", "compliment" or "suggestion"; session feedback belongs to a programme',
        );
      if (body.fromCarerId !== undefined && body.fromCarerId !== carerId)
        throw invalidField(
          ["fromCarerId"],
          "reference_mismatch",
          "expected the carer's id in the URL",
        );
      const issues = [
        ...laterSteps(body),
        ...checkDatesNotAfter(body, ["receivedOn", "respondedOn"], todayOf(deps)),
      ];
      if (issues.length > 0) throw invalid(issues);
      const feedback: Feedback = {
        ...coded(body, deps),
        fromCarerId: carerId,
        ...(body.kind === "complaint" ? { status: "received" } : {}),
      };
      await conflictOnDuplicate(
        () =>
          ctx.db.transaction(async (tx) => {
            await requireCarer(tx, carerId);
            await tx.query(
              "INSERT INTO feedback (id, carer_id, kind, record) VALUES ($1, $2, $3, $4)",
              [feedback.id, carerId, feedback.kind, feedback],
            );
            await ctx.audit(tx, "create", carerId);
          }),
        "Feedback with this id is already recorded.",
      );
      return c.json(feedback, 201);
    },
  );

  routes.add(
    {
      method: "get",
      path: "/carers/:carerId/feedback",
      operationId: "listFeedback",
      summary:
        "The carer's complaints, compliments and suggestions, each where it stands now with its complaint history (the carer, their staff).",
      roles: ["carer", ...STAFF],
      purpose: "direct_care",
      success: { status: 200, description: "The feedback, oldest first." },
      problems: [404],
    },
    async (c, ctx) => {
      const carerId = param(c, "carerId");
      const rows = await readAboutCarer(ctx, carerId, (tx) => feedbackOf(tx, carerId));
      return c.json({ feedback: rows.map(presentFeedback) });
    },
  );

  routes.add(
    {
      method: "get",
      path: "/feedback/themes",
      operationId: "getFeedbackThemes",
      summary:
        "What carers told us (summariseFeedbackThemes): feedback by theme and by kind per quarter (or month), with small-number suppression (NHS Digital 2018). No carer, no id and no free text.",
      roles: ["coordinator", "analyst"],
      purpose: "service_evaluation",
      query: { period: '"quarter" (default) or "month".' },
      success: { status: 200, description: "The protected theme and kind tables." },
      problems: [422],
    },
    async (c, ctx) => {
      const period = parseWith(ThemePeriodSchema, c.req.query("period") ?? "quarter", ["period"]);
      const feedback = await ctx.db.transaction(async (tx) => {
        // Rows about people were read to build the aggregates: recorded, with no subject.
        const rows = await tx.query<{ feedback: Feedback }>(
          "SELECT feedback_theme_records() AS feedback",
        );
        await ctx.audit(tx, "read");
        return rows.map((r) => r.feedback);
      });
      const rule = SUPPRESSION_RULES.nhsDigital2018;
      const s = summariseFeedbackThemes(feedback, { codebook: deps.voice.codebook, period });
      return c.json({
        rule,
        // One piece of feedback may carry several themes: no column totals.
        byTheme: suppressSmallNumbers(s.byTheme, rule, { columnTotals: false }),
        byKind: suppressSmallNumbers(s.byKind, rule),
      });
    },
  );
}
