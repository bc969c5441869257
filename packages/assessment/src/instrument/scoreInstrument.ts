import { ok, type Result } from "@carerkit/core";
import { compiledFor } from "../_lib/score/compiledFor.ts";
import { bandAndConvert } from "../_lib/score/bandAndConvert.ts";
import { hasIssues, newScoreDraft, NONE, type ScoreDraft } from "../_lib/score/draft.ts";
import { explainScore } from "../_lib/score/explainScore.ts";
import { definitionFailure, responsesFailure } from "../_lib/score/failure.ts";
import { raiseFlags, raiseItemFlags } from "../_lib/score/raiseFlags.ts";
import {
  checkMissingAnswers,
  scoreItemsById,
  scoreItemsInKeyOrder,
} from "../_lib/score/scoreItems.ts";
import { scoreSubscales } from "../_lib/score/scoreSubscales.ts";
import { scoreTotal } from "../_lib/score/scoreTotal.ts";
import { checkResponsesObject, validateResponseKeys } from "../_lib/score/validateResponses.ts";
import type { CompiledInstrument } from "../_lib/compile/types.ts";
import type { Instrument } from "./types/instrument.ts";
import type { InstrumentResponses } from "./types/item.ts";
import type { InstrumentScore, ScoringError } from "./types/score.ts";

/**
 * Scores one set of responses to an instrument: total, subscales, bands, conversions, flags,
 * answered and missing items, whether the total was prorated, and an explanation in words.
 * Incomplete or out-of-range answers never produce a number: they produce an error naming every
 * offending item (and still carry any flags the answered items raised, such as PHQ-9 item 9).
 *
 * @param instrument - A built-in or a definition from {@link defineInstrument}.
 * @param responses - Answers keyed by item id; `null`/`undefined`/absent means unanswered.
 * @returns The score, or an `invalid_responses` (or `invalid_definition`) error.
 * @example
 * const result = scoreInstrument(PHQ9, {
 *   phq9_1: 1, phq9_2: 2, phq9_3: 1, phq9_4: 2, phq9_5: 1,
 *   phq9_6: 1, phq9_7: 1, phq9_8: 1, phq9_9: 0,
 * });
 * if (result.success) result.data.band?.label; //=> "Moderate"
 */
export function scoreInstrument(
  instrument: Instrument,
  responses: InstrumentResponses,
): Result<InstrumentScore, ScoringError> {
  const compiledResult = compiledFor(instrument);
  if (!compiledResult.success) return definitionFailure(instrument, compiledResult.error);
  const compiled = compiledResult.data;
  const notAnObject = checkResponsesObject(responses);
  if (notAnObject !== undefined) return responsesFailure(compiled, [notAnObject], NONE);

  const draft = newScoreDraft();
  // Steps 1b and 2 in one pass when the answers are keyed in item order, as they usually are.
  if (!scoreItemsInKeyOrder(compiled, responses, draft)) {
    validateResponseKeys(compiled, responses, draft);
    scoreItemsById(compiled, responses, draft);
  }
  checkMissingAnswers(compiled, draft);
  if (hasIssues(draft)) return itemFailure(compiled, responses, draft);
  scoreTotal(compiled, draft);
  scoreSubscales(compiled, draft);
  bandAndConvert(compiled, draft);
  if (hasIssues(draft)) return itemFailure(compiled, responses, draft);
  raiseFlags(compiled, responses, draft);
  return ok(finishScore(compiled, draft));
}

function itemFailure(
  compiled: CompiledInstrument,
  responses: InstrumentResponses,
  draft: ScoreDraft,
): Result<never, ScoringError> {
  const flags = raiseItemFlags(compiled, responses, draft);
  return responsesFailure(compiled, draft.issues ?? NONE, flags);
}

// Step 6: the score as returned, with its explanation.
function finishScore(compiled: CompiledInstrument, draft: ScoreDraft): InstrumentScore {
  const score: { -readonly [K in keyof InstrumentScore]: InstrumentScore[K] } = {
    instrumentId: compiled.instrument.id,
    instrumentVersion: compiled.instrument.version,
    total: draft.total,
    rawTotal: draft.raw,
    subscales: draft.subscales ?? NONE,
    band: compiled.totalBandings.length > 0 ? draft.bands[0] : undefined,
    bands: draft.bands,
    conversions: draft.conversions ?? NONE,
    flags: draft.flags ?? NONE,
    answered: draft.answered,
    missing: draft.missing ?? NONE,
    prorated: draft.prorated,
    explanation: "",
  };
  score.explanation = explainScore(compiled, score);
  return score;
}
