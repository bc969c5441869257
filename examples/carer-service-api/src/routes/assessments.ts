import { createHash } from "node:crypto";
import {
  BUILT_IN_INSTRUMENTS,
  determineCarerEligibility,
  safeParseCarerEligibilityAnswers,
  scoreInstrument,
} from "@carerkit/assessment";
import {
  checkDatesNotAfter,
  draftSafeguardingConcern,
  type SafeguardingConcern,
} from "@carerkit/core";
import type { AppDeps } from "../app.ts";
import { STAFF } from "../auth/roles.ts";
import { conflictOnDuplicate } from "../db/errors.ts";
import { fromZodIssues, readJson } from "../http/body.ts";
import { invalidField } from "../http/parts.ts";
import { fieldError, fromIssues, invalid, Problem } from "../http/problem.ts";
import type { Identity } from "../auth/roles.ts";
import { AssessmentBodySchema, AssessmentEnvelopeSchema } from "../schemas.ts";
import { carerExists, param, todayOf } from "./people.ts";
import type { Routes } from "./registry.ts";

// The id of the draft a flag opens: the same for the same assessment and flag, and within the
// 128 characters of an id whatever the assessment id's length.
const draftIdOf = (assessmentId: string, flagId: string): string =>
  `sg-${createHash("sha256").update(`${assessmentId}\u0000${flagId}`).digest("hex").slice(0, 32)}`;

/**
 * The draft safeguarding concerns a staff member's submission opens: one per safety flag (PHQ-9
 * item 9 and the like), raised by the caller, with the flag as evidence (core's
 * `draftSafeguardingConcern`). A carer's own submission opens none: its flags come back in the
 * response and stay with the stored score for their worker.
 */
function draftsFor(
  identity: Identity,
  assessment: { id: string; carerId: string; instrumentId: string; assessedOn: string },
  flags: readonly { id: string; severity: "safety" | "clinical" | "information"; value: number }[],
): SafeguardingConcern[] {
  if (identity.role === "carer") return [];
  return flags
    .filter((flag) => flag.severity === "safety")
    .map((flag) => {
      const draft = draftSafeguardingConcern(flag, {
        id: draftIdOf(assessment.id, flag.id),
        instrumentId: assessment.instrumentId,
        raisedBy: identity.subject,
        raisedOn: assessment.assessedOn,
        about: { personId: assessment.carerId, role: "carer" },
      });
      if (!draft.success) throw new Error(`draftSafeguardingConcern: ${draft.error[0]?.code}`);
      return draft.data;
    });
}

/** Submitting an assessment (score and eligibility back) and listing a carer's assessments. */
export function addAssessmentRoutes(routes: Routes, deps: AppDeps): void {
  routes.add(
    {
      method: "post",
      path: "/assessments",
      operationId: "submitAssessment",
      summary:
        "Score an instrument (PHQ-9, SWEMWBS, Zarit…) and, when eligibility answers are given, decide Care Act 2014 eligibility.",
      roles: ["carer", ...STAFF],
      purpose: "direct_care",
      body: AssessmentBodySchema,
      success: {
        status: 201,
        description:
          "The score with its band, flags (check safety first) and explanation, the eligibility determination, and the ids of the draft safeguarding concerns a staff member's submission opened from its safety flags.",
      },
      problems: [409, 422],
    },
    async (c, ctx) => {
      const input = await readJson(c);
      const envelope = AssessmentEnvelopeSchema.safeParse(input);
      const given = (input as { eligibility?: unknown } | null)?.eligibility;
      const answers = given === undefined ? undefined : safeParseCarerEligibilityAnswers(given);
      const errors = [
        ...(envelope.success ? [] : fromZodIssues(envelope.error.issues)),
        ...(answers === undefined || answers.success
          ? []
          : fromIssues(answers.error.issues, ["eligibility"])),
      ];
      if (!envelope.success || errors.length > 0) {
        throw new Problem(
          "validation",
          `${errors.length === 1 ? "1 field is" : `${errors.length} fields are`} invalid; see errors.`,
          errors,
        );
      }
      const body = envelope.data;
      const late = checkDatesNotAfter(body, ["assessedOn"], todayOf(deps));
      if (late.length > 0) throw invalid(late);
      const instrument = BUILT_IN_INSTRUMENTS.find((i) => i.id === body.instrumentId);
      if (instrument === undefined)
        throw invalidField(["instrumentId"], "unknown_instrument", "no such instrument");
      const scored = scoreInstrument(instrument, body.answers);
      if (!scored.success) {
        // Issues are about items ("items.phq9_3: …"); in this API the items sit under `answers`.
        const errors = scored.error.issues.map((issue) => {
          const [, ...rest] = issue.path ?? [];
          const path = ["answers", ...rest];
          return fieldError(path, issue.code, issue.message.replace(/^items(?=[.:])/, "answers"));
        });
        throw new Problem(
          "validation",
          scored.error.message.replace(/\bitems\./g, "answers."),
          errors,
        );
      }
      const score = scored.data;
      const eligibility =
        answers?.success === true ? determineCarerEligibility(answers.data) : undefined;
      const drafts = draftsFor(ctx.identity, body, score.flags);
      await conflictOnDuplicate(
        () =>
          ctx.db.transaction(async (tx) => {
            if (!(await carerExists(tx, body.carerId))) {
              throw invalidField(
                ["carerId"],
                "unknown_carer",
                "expected the id of a registered carer",
              );
            }
            await tx.query(
              `INSERT INTO assessments (id, carer_id, instrument_id, assessed_on, answers, total, score, eligibility)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
              [
                body.id,
                body.carerId,
                body.instrumentId,
                body.assessedOn,
                body.answers,
                score.total,
                score,
                eligibility ?? null,
              ],
            );
            for (const draft of drafts)
              await tx.query(
                "INSERT INTO safeguarding_concerns (id, carer_id, raised_by, record) VALUES ($1, $2, $3, $4)",
                [draft.id, body.carerId, draft.raisedBy, draft],
              );
            await ctx.audit(tx, "create", body.carerId);
          }),
        "An assessment with this id is already recorded.",
      );
      return c.json(
        {
          id: body.id,
          carerId: body.carerId,
          instrumentId: body.instrumentId,
          assessedOn: body.assessedOn,
          score,
          ...(eligibility === undefined ? {} : { eligibility }),
          safeguardingDrafts: drafts.map((d) => d.id),
        },
        201,
      );
    },
  );

  routes.add(
    {
      method: "get",
      path: "/carers/:carerId/assessments",
      operationId: "listAssessments",
      summary: "A carer's assessments, oldest first, with totals and bands.",
      roles: ["carer", ...STAFF],
      purpose: "direct_care",
      success: { status: 200, description: "The assessments." },
      problems: [404],
    },
    async (c, ctx) => {
      const carerId = param(c, "carerId");
      const rows = await ctx.db.transaction(async (tx) => {
        if (!(await carerExists(tx, carerId)))
          throw new Problem("not-found", "There is no carer with this id.");
        await ctx.audit(tx, "read", carerId);
        return tx.query<{
          id: string;
          instrument_id: string;
          assessed_on: string;
          score: unknown;
          eligibility: unknown;
        }>(
          `SELECT id, instrument_id, to_char(assessed_on, 'YYYY-MM-DD') AS assessed_on, score, eligibility
           FROM assessments WHERE carer_id = $1 ORDER BY assessed_on, id`,
          [carerId],
        );
      });
      return c.json({
        assessments: rows.map((r) => ({
          id: r.id,
          instrumentId: r.instrument_id,
          assessedOn: r.assessed_on,
          score: r.score,
          eligibility: r.eligibility ?? undefined,
        })),
      });
    },
  );
}
