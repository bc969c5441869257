import { INSTRUMENT_ARGUMENT } from "../_lib/arguments/instrumentArgument.ts";
import { err, ok, type Result } from "@carerkit/core";
import { describeValue } from "../_lib/describeValue.ts";
import { DEFAULT_BASE, answerSystem, canonical, codeOf } from "../_lib/fhir.ts";
import type { AssessmentError, AssessmentIssue } from "../errors.ts";
import type { Instrument } from "../instrument/types/instrument.ts";
import type { InstrumentResponses } from "../instrument/types/item.ts";
import type { FhirOptions } from "./toFhirQuestionnaire.ts";
import type {
  FhirQuestionnaireResponse,
  FhirQuestionnaireResponseItem,
  FhirReference,
} from "./types.ts";
import { optionsChecks } from "../_lib/arguments/optionsChecks.ts";
import { argumentError } from "../_lib/arguments/argumentError.ts";

/**
 * Options for {@link toFhirQuestionnaireResponse}.
 *
 * @example
 * const options: QuestionnaireResponseOptions = {
 *   status: "completed",
 *   authored: "2026-11-22T10:00:00Z",
 *   subject: { reference: "Patient/carer-1" },
 * };
 */
export interface QuestionnaireResponseOptions extends FhirOptions {
  /** Default `completed` when every item is answered, else `in-progress`. */
  readonly status?: FhirQuestionnaireResponse["status"] | undefined;
  /** Logical id. */
  readonly id?: string | undefined;
  /** When the answers were given (pass it in: this package reads no clock). */
  readonly authored?: string | undefined;
  /** Who the answers are about. */
  readonly subject?: FhirReference | undefined;
  /** Who answered. */
  readonly source?: FhirReference | undefined;
}

/**
 * Converts responses to a FHIR R4 QuestionnaireResponse for {@link toFhirQuestionnaire}'s
 * Questionnaire: each answered item becomes a `valueCoding` (options) or `valueInteger` /
 * `valueDecimal` (numeric items); unanswered items are left out. Lossless:
 * {@link fromFhirQuestionnaireResponse} gives back the same answers.
 *
 * @param instrument - The instrument answered.
 * @param responses - The answers, keyed by item id.
 * @param options - Status, id, authored time, subject, source and canonical base.
 * @returns The QuestionnaireResponse, or an `invalid_responses` error naming every answer that is
 *   not one of its item's options or is for an unknown item.
 * @example
 * const qr = toFhirQuestionnaireResponse(PHQ2, { phq2_1: 1, phq2_2: 2 }, { authored: "2026-11-22" });
 * if (qr.success) qr.data.item?.[0]?.answer?.[0]?.valueCoding?.code; //=> "1"
 */
export function toFhirQuestionnaireResponse(
  instrument: Instrument,
  responses: InstrumentResponses,
  options?: QuestionnaireResponseOptions,
): Result<FhirQuestionnaireResponse, AssessmentError> {
  const invalid = argumentError("invalid_responses", "toFhirQuestionnaireResponse", [
    [{ instrument }, INSTRUMENT_ARGUMENT],
    [{ responses }, "plain object"],
    ...optionsChecks(options),
  ]);
  if (invalid !== undefined) return err(invalid);
  const base = options?.base ?? DEFAULT_BASE;
  const system = answerSystem(instrument, base);
  const issues: AssessmentIssue[] = [];
  const known = new Set(instrument.items.map((item) => item.id));
  for (const key of Object.keys(responses))
    if (!known.has(key))
      issues.push({
        code: "unknown_item",
        path: ["items", key],
        message: `items.${key}: ${instrument.id} has no item with this id`,
      });
  const items: FhirQuestionnaireResponseItem[] = [];
  for (const item of instrument.items) {
    const value: unknown = Object.hasOwn(responses, item.id) ? responses[item.id] : undefined;
    if (value === undefined || value === null) continue;
    const option = item.options?.find((o) => o.value === value);
    const range = item.range;
    if (option !== undefined)
      items.push({
        linkId: item.id,
        answer: [
          {
            valueCoding: {
              system,
              code: codeOf(option),
              ...(option.label === undefined ? {} : { display: option.label }),
            },
          },
        ],
      });
    else if (
      range !== undefined &&
      typeof value === "number" &&
      value >= range.min &&
      value <= range.max &&
      (!range.integer || Number.isInteger(value))
    )
      items.push({
        linkId: item.id,
        answer: [range.integer ? { valueInteger: value } : { valueDecimal: value }],
      });
    else
      issues.push({
        code: "out_of_range",
        path: ["items", item.id],
        message: `items.${item.id}: expected ${item.options === undefined ? "a number in range" : `one of ${item.options.map((o) => o.value).join(", ")}`}, got ${describeValue(value)}`,
      });
  }
  if (issues.length > 0)
    return err({
      code: "invalid_responses",
      message: `${instrument.id}: ${issues.length} answer${issues.length === 1 ? "" : "s"} cannot be expressed in FHIR`,
      issues,
    });
  return ok({
    resourceType: "QuestionnaireResponse",
    ...(options?.id === undefined ? {} : { id: options.id }),
    questionnaire: canonical(instrument, base),
    status:
      options?.status ?? (items.length === instrument.items.length ? "completed" : "in-progress"),
    ...(options?.subject === undefined ? {} : { subject: options.subject }),
    ...(options?.authored === undefined ? {} : { authored: options.authored }),
    ...(options?.source === undefined ? {} : { source: options.source }),
    item: items,
  });
}
