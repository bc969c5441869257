import { err, ok, type Result } from "@carerkit/core";
import { z } from "zod";
import type { AssessmentError, AssessmentIssue } from "../errors.ts";
import { checkInstrument } from "./checkInstrument.ts";
import type { Instrument } from "./types/instrument.ts";

const text = z.string().min(1);
const finite = z.number(); // zod 4 numbers are finite already

const BandSchema = z.object({
  code: text,
  label: text,
  min: finite,
  max: finite,
  severity: finite,
});

const InstrumentSchema = z.object({
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

/**
 * Validates an instrument definition loaded at run time (for example a service's own local scale
 * kept as JSON): first its shape, then everything {@link checkInstrument} checks.
 *
 * @param input - Parsed JSON or any value.
 * @returns The instrument, or an `invalid_definition` error listing every problem.
 * @example
 * const loaded = safeParseInstrument(JSON.parse(await readFile("local-scale.json", "utf8")));
 * if (loaded.success) scoreInstrument(loaded.data, responses);
 */
export function safeParseInstrument(input: unknown): Result<Instrument, AssessmentError> {
  const parsed = InstrumentSchema.safeParse(input);
  if (!parsed.success) {
    const issues: AssessmentIssue[] = parsed.error.issues.map((issue) => {
      const path = issue.path.map((p) => (typeof p === "symbol" ? String(p) : p));
      return {
        code: "missing_field",
        path,
        message: `${path.length === 0 ? "instrument" : path.join(".")}: ${issue.message}`,
      };
    });
    return err({
      code: "invalid_definition",
      message: `instrument: ${issues.length} problem${issues.length === 1 ? "" : "s"} in the definition`,
      issues,
    });
  }
  const checked = checkInstrument(parsed.data);
  return checked.success ? ok(parsed.data) : checked;
}
