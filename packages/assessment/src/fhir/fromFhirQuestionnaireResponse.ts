import { INSTRUMENT_ARGUMENT } from "../_lib/arguments/instrumentArgument.ts";
import { err, ok, type Result } from "@carerkit/core";
import {
  DEFAULT_BASE,
  answerSystem,
  codeOf,
  questionnaireUrl,
  subscaleLinkId,
  totalLinkId,
} from "../_lib/fhir.ts";
import type { AssessmentError, AssessmentIssue } from "../errors.ts";
import type { Instrument } from "../instrument/types/instrument.ts";
import type { InstrumentResponses } from "../instrument/types/item.ts";
import type { FhirOptions } from "./toFhirQuestionnaire.ts";
import type {
  FhirAnswer,
  FhirQuestionnaireResponse,
  FhirQuestionnaireResponseItem,
} from "./types.ts";
import { optionsChecks } from "../_lib/arguments/optionsChecks.ts";
import { field } from "../_lib/arguments/field.ts";
import { argumentError } from "../_lib/arguments/argumentError.ts";

// Every item, groups before their children, in document order. A loop over a stack rather than
// recursion, so hostile nesting cannot overflow the call stack. Entries without a string linkId
// carry no answer this function could read, so they are skipped (their children are not).
function flatten(items: unknown): FhirQuestionnaireResponseItem[] {
  const flat: FhirQuestionnaireResponseItem[] = [];
  const pending: unknown[] = Array.isArray(items) ? [...(items as unknown[])].reverse() : [];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const children = field(next, "item");
    if (typeof field(next, "linkId") === "string") flat.push(next as FhirQuestionnaireResponseItem);
    if (Array.isArray(children))
      for (let c = children.length - 1; c >= 0; c--) pending.push(children[c]);
  }
  return flat;
}

/**
 * Reads a FHIR R4 QuestionnaireResponse back into responses for an instrument, the inverse of
 * {@link toFhirQuestionnaireResponse}. Coded answers are matched by code (and system, when
 * given); calculated score items are ignored (rescore with {@link scoreInstrument}). The
 * Questionnaire canonical must be the instrument's, with or without `|version`.
 *
 * @param instrument - The instrument answered.
 * @param response - The QuestionnaireResponse (any nesting of groups).
 * @param options - The canonical base used when it was written.
 * @returns The responses keyed by item id, or an `invalid_questionnaire_response` error naming
 *   every unknown item, unknown code and repeated answer.
 * @example
 * const back = fromFhirQuestionnaireResponse(PHQ2, qr);
 * if (back.success) scoreInstrument(PHQ2, back.data);
 */
export function fromFhirQuestionnaireResponse(
  instrument: Instrument,
  response: FhirQuestionnaireResponse,
  options?: FhirOptions,
): Result<InstrumentResponses, AssessmentError> {
  const invalid = argumentError("invalid_questionnaire_response", "fromFhirQuestionnaireResponse", [
    [{ instrument }, INSTRUMENT_ARGUMENT],
    [{ response }, "plain object"],
    [{ "response.questionnaire": field(response, "questionnaire") }, "string"],
    ...optionsChecks(options),
  ]);
  if (invalid !== undefined) return err(invalid);
  const base = options?.base ?? DEFAULT_BASE;
  const system = answerSystem(instrument, base);
  const issues: AssessmentIssue[] = [];
  const url = questionnaireUrl(instrument, base);
  const [qUrl, qVersion] = response.questionnaire.split("|");
  if (qUrl !== url || (qVersion !== undefined && qVersion !== instrument.version))
    issues.push({
      code: "questionnaire_mismatch",
      path: ["questionnaire"],
      message: `questionnaire: expected ${url}|${instrument.version}, got ${response.questionnaire}`,
    });
  const calculated = new Set([
    totalLinkId(instrument),
    ...(instrument.subscales ?? []).map((s) => subscaleLinkId(instrument, s.id)),
  ]);
  const byId = new Map(instrument.items.map((item) => [item.id, item]));
  const responses: Record<string, number> = {};
  for (const entry of flatten(response.item)) {
    const answers: readonly FhirAnswer[] = Array.isArray(entry.answer) ? entry.answer : [];
    if (calculated.has(entry.linkId) || answers.length === 0) continue;
    const item = byId.get(entry.linkId);
    const path = ["item", entry.linkId];
    if (item === undefined) {
      issues.push({
        code: "unknown_item",
        path,
        message: `item.${entry.linkId}: ${instrument.id} has no item with this linkId`,
      });
      continue;
    }
    if (answers.length > 1 || Object.hasOwn(responses, item.id)) {
      issues.push({
        code: "invalid_answer",
        path,
        message: `item.${entry.linkId}: expected one answer, got ${answers.length > 1 ? answers.length : "a repeated item"}`,
      });
      continue;
    }
    const [answer] = answers;
    const coding = answer?.valueCoding;
    const number = answer?.valueInteger ?? answer?.valueDecimal;
    if (coding !== undefined) {
      const option = item.options?.find(
        (o) =>
          codeOf(o) === coding.code && (coding.system === undefined || coding.system === system),
      );
      if (option === undefined)
        issues.push({
          code: "invalid_answer",
          path,
          message: `item.${entry.linkId}: expected a code from ${system} (${(item.options ?? []).map(codeOf).join(", ")}), got ${coding.system ?? ""}#${coding.code ?? ""}`,
        });
      else responses[item.id] = option.value;
    } else if (typeof number === "number") responses[item.id] = number;
    else
      issues.push({
        code: "invalid_answer",
        path,
        message: `item.${entry.linkId}: expected valueCoding, valueInteger or valueDecimal`,
      });
  }
  if (issues.length > 0)
    return err({
      code: "invalid_questionnaire_response",
      message: `QuestionnaireResponse for ${instrument.id}: ${issues.length} problem${issues.length === 1 ? "" : "s"}`,
      issues,
    });
  return ok(responses);
}
