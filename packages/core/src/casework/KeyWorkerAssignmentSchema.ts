import { z } from "zod";
import { IdSchema, IsoDateSchema } from "../_lib/fields.ts";
import { requireOrder } from "../_lib/requireOrder.ts";

/**
 * A named key worker for a carer's one-to-one support, from a day (inclusive) until a day
 * (exclusive, absent while it lasts). A worker's caseload is the carers whose assignment is
 * current; see {@link listCaseload} and {@link assignKeyWorker}.
 *
 * @example
 * KeyWorkerAssignmentSchema.parse({ carerId: "carer-1", workerId: "worker-3", from: "2026-09-01" });
 */
export const KeyWorkerAssignmentSchema = z
  .strictObject({
    carerId: IdSchema,
    workerId: IdSchema,
    from: IsoDateSchema,
    until: IsoDateSchema.optional(),
  })
  .superRefine((value, ctx) => {
    requireOrder(value, ctx, { first: "from", then: "until", code: "end_before_start" });
  });

/**
 * A parsed, valid key worker assignment; inferred from {@link KeyWorkerAssignmentSchema}.
 *
 * @example
 * const current = (a: KeyWorkerAssignment, day: string) => a.from <= day && (a.until === undefined || day < a.until);
 */
export type KeyWorkerAssignment = z.output<typeof KeyWorkerAssignmentSchema>;
