import { z } from "zod";
import { IdSchema, IsoDateSchema, LongTextSchema, ShortTextSchema } from "../_lib/fields.ts";
import { textField } from "../text/textField.ts";
import { addRuleIssue, requireOrder } from "../_lib/requireOrder.ts";

/**
 * Where a complaint is in its lifecycle (see `moveComplaint`): `received`, `acknowledged`
 * (regulation 13 of the Local Authority Social Services and National Health Service Complaints
 * (England) Regulations 2009: within 3 working days), `responded`, then `closed`; or `withdrawn`
 * by the complainant before the response.
 *
 * @example
 * ComplaintStatusSchema.options; //=> ["received", "acknowledged", "responded", "closed", "withdrawn"]
 */
export const ComplaintStatusSchema = z.enum([
  "received",
  "acknowledged",
  "responded",
  "closed",
  "withdrawn",
]);

/**
 * A status from {@link ComplaintStatusSchema}.
 *
 * @example
 * const status: ComplaintStatus = "acknowledged";
 */
export type ComplaintStatus = z.infer<typeof ComplaintStatusSchema>;

/** A theme code from the service's codebook: lower-case letters, digits and `_`. */
const ThemeCodeSchema = textField().regex(/^[a-z][a-z0-9_]{0,63}$/, {
  error: "expected a theme code of lower-case letters, digits and _",
});

/**
 * Feedback on a service: a compliment, a complaint, a suggestion, or feedback on one session of
 * a programme, with who gave it (unless anonymous), what it is about, the themes it was coded
 * with (from the service's codebook, see `codeFeedbackThemes`) and the service's response.
 * A complaint may carry its lifecycle `status` and dates; other kinds may not
 * (`status_mismatch`). Session feedback names its programme and session, and may carry a 1–5
 * rating.
 *
 * @example
 * FeedbackSchema.parse({
 *   id: "fb-1", kind: "compliment", receivedOn: "2026-11-02", anonymous: true,
 *   text: "The Tuesday group made me feel less alone.", about: "Carers' café",
 * });
 */
export const FeedbackSchema = z
  .strictObject({
    id: IdSchema,
    kind: z.enum(["compliment", "complaint", "suggestion", "session_feedback"]),
    receivedOn: IsoDateSchema,
    text: LongTextSchema,
    anonymous: z.boolean(),
    fromCarerId: IdSchema.optional(),
    about: ShortTextSchema.optional(),
    channel: z.enum(["in_person", "phone", "email", "letter", "form", "online"]).optional(),
    /** Codes from the service's theme codebook. */
    themes: z.array(ThemeCodeSchema).max(20).optional(),
    /** For session feedback: the programme and the session. */
    programmeId: IdSchema.optional(),
    sessionId: IdSchema.optional(),
    /** For session feedback: 1 (poor) to 5 (excellent). */
    rating: z.int().min(1).max(5).optional(),
    /** A complaint's lifecycle status (absent on older records: read as `received`). */
    status: ComplaintStatusSchema.optional(),
    acknowledgedOn: IsoDateSchema.optional(),
    /** The response date agreed with the complainant (regulation 13(7)). */
    responseDueOn: IsoDateSchema.optional(),
    respondedOn: IsoDateSchema.optional(),
    response: LongTextSchema.optional(),
    closedOn: IsoDateSchema.optional(),
    withdrawnOn: IsoDateSchema.optional(),
  })
  .superRefine((value, ctx) => {
    const isComplaint = value.kind === "complaint";
    const mismatch = (field: string, expected: string): void => {
      const message = `expected ${expected}`;
      addRuleIssue(ctx, field, { code: "status_mismatch", message });
    };
    for (const field of ["status", "acknowledgedOn", "closedOn", "withdrawnOn"] as const)
      if (!isComplaint && value[field] !== undefined)
        mismatch(field, `no ${field} on ${value.kind} feedback (complaints only)`);
    if (value.kind === "session_feedback")
      for (const field of ["programmeId", "sessionId"] as const)
        if (value[field] === undefined) mismatch(field, "a value on session feedback");
    const status = value.status ?? "received";
    if (isComplaint) {
      const needs: Readonly<Record<ComplaintStatus, readonly (keyof typeof value)[]>> = {
        received: [],
        acknowledged: ["acknowledgedOn"],
        responded: ["acknowledgedOn", "respondedOn"],
        closed: ["acknowledgedOn", "respondedOn", "closedOn"],
        withdrawn: ["withdrawnOn"],
      };
      for (const field of needs[status])
        if (value[field] === undefined) mismatch(field, `a value when status is "${status}"`);
    }
    requireOrder(value, ctx, {
      first: "receivedOn",
      then: "acknowledgedOn",
      code: "end_before_start",
    });
    requireOrder(value, ctx, {
      first: "receivedOn",
      then: "respondedOn",
      code: "end_before_start",
    });
    requireOrder(value, ctx, { first: "respondedOn", then: "closedOn", code: "end_before_start" });
    requireOrder(value, ctx, {
      first: "receivedOn",
      then: "withdrawnOn",
      code: "end_before_start",
    });
  });

/**
 * A parsed, valid piece of feedback; inferred from {@link FeedbackSchema}.
 *
 * @example
 * const complaints = (all: Feedback[]) => all.filter((f) => f.kind === "complaint");
 */
export type Feedback = z.output<typeof FeedbackSchema>;
