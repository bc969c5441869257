// Request bodies of the casework routes (issue 18): core's casework schemas, less what the
// server decides itself (the worker is the caller; follow-ups are booked by core's rule).
import {
  KeyWorkerAssignmentSchema,
  OnwardReferralSchema,
  ReferralOutcomeSchema,
  SupportContactSchema,
  textField,
} from "@carerkit/core";
import { z } from "zod";

/** POST /carers/{id}/support-contacts: core's `SupportContact`; the worker is the caller. */
export const SupportContactBodySchema = SupportContactSchema.omit({ workerId: true });

const referral = OnwardReferralSchema.shape;

/** POST /carers/{id}/onward-referrals: a referral as made (no outcome; follow-up booked). */
export const OnwardReferralBodySchema = z.strictObject({
  id: referral.id,
  carerId: referral.carerId,
  offerId: referral.offerId,
  referredOn: referral.referredOn,
  notes: referral.notes,
});

/** POST …/onward-referrals/{id}/outcome: what came of it, and when that was known. */
export const ReferralOutcomeBodySchema = z.strictObject({
  outcome: ReferralOutcomeSchema,
  outcomeOn: referral.referredOn,
});

const assignment = KeyWorkerAssignmentSchema.shape;

/** The `worker` query parameter of GET /caseload. */
export const WorkerIdSchema = assignment.workerId;

/** PUT /carers/{id}/key-worker: the named key worker, from a day (default: today). */
export const KeyWorkerBodySchema = z.strictObject({
  workerId: assignment.workerId,
  from: assignment.from.optional(),
});

/** POST /carers/{id}/break-glass: why a support worker off the caseload needs to read it now. */
export const BreakGlassBodySchema = z.strictObject({
  reason: textField({ min: 1, max: 1000, multiline: true }),
});
