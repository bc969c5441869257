import { z } from "zod";

const count = z.number().int().nonnegative();
const finite = z.number();
const nonNegative = z.number().nonnegative();

/** The wire shape of a paired summary state, as another site or worker sends it. */
export const PairedSummaryStateSchema = z
  .strictObject({
    version: z.literal(1),
    n: count,
    preMean: finite,
    preM2: nonNegative,
    postMean: finite,
    postM2: nonNegative,
    coMoment: finite,
    differenceMean: finite,
    differenceM2: nonNegative,
    positive: count,
    zero: count,
    negative: count,
    differenceCounts: z.record(z.string().regex(/^-?\d+$/), count).nullable(),
  })
  .refine((s) => s.positive + s.zero + s.negative === s.n, {
    message: "expected positive + zero + negative to equal n",
    path: ["n"],
  });
