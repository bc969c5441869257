// The shape of an instrument definition, checked before anything reads it, so that a value of the
// wrong shape (from JavaScript or untyped JSON) is reported as issues rather than a TypeError.
import { z } from "zod";

const text = z.string().min(1);
const finite = z.number(); // zod 4 numbers are finite already

const BandSchema = z.object({
  code: text,
  label: text,
  min: finite,
  max: finite,
  severity: finite,
});

export const InstrumentSchema = z.object({
  id: text,
  title: text,
  shortTitle: text.optional(),
  version: text,
  source: text,
  licence: z.object({
    status: z.enum(["public_domain", "free_with_attribution", "licence_required", "unknown"]),
    holder: text,
    url: z.string().optional(),
    attribution: z.string(),
  }),
  preamble: z.string().optional(),
  items: z
    .array(
      z.object({
        id: text,
        text: z.string().optional(),
        options: z
          .array(z.object({ value: finite, code: text.optional(), label: z.string().optional() }))
          .optional(),
        range: z.object({ min: finite, max: finite, integer: z.boolean() }).optional(),
      }),
    )
    .min(1),
  reverseScored: z.array(text).optional(),
  subscales: z
    .array(
      z.object({
        id: text,
        label: text,
        items: z.array(text).min(1),
        method: z.enum(["sum", "mean"]),
      }),
    )
    .optional(),
  total: z.object({ method: z.enum(["sum", "mean"]), label: text }),
  direction: z.enum(["higher_is_better", "higher_is_worse"]).optional(),
  bandings: z
    .array(
      z.object({
        id: text,
        label: text,
        source: text,
        subscale: text.optional(),
        conversion: text.optional(),
        bands: z.array(BandSchema).min(1),
      }),
    )
    .optional(),
  missing: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("require_all") }),
    z.object({
      kind: z.literal("prorate"),
      maxMissing: z.number().int().min(1),
      rounding: z.enum(["half_up", "none"]),
    }),
  ]),
  flags: z
    .array(
      z.object({
        id: text,
        severity: z.enum(["safety", "clinical", "information"]),
        item: text.optional(),
        subscale: text.optional(),
        atLeast: finite,
        message: text,
      }),
    )
    .optional(),
  conversions: z
    .array(
      z.object({
        id: text,
        label: text,
        source: text,
        table: z.array(z.tuple([finite, finite])).min(1),
      }),
    )
    .optional(),
  minimalImportantChange: z
    .object({
      value: finite.positive(),
      conversion: text.optional(),
      source: text,
      note: z.string().optional(),
    })
    .optional(),
  notes: z.array(z.string()).optional(),
});
