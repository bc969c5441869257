import { INSTRUMENT_ARGUMENT } from "../_lib/arguments/instrumentArgument.ts";
import { DEFAULT_BASE } from "../_lib/fhir.ts";
import type { BandResult } from "../instrument/types/banding.ts";
import type { Instrument } from "../instrument/types/instrument.ts";
import type { InstrumentScore } from "../instrument/types/score.ts";
import type { FhirOptions } from "./toFhirQuestionnaire.ts";
import type {
  FhirCodeableConcept,
  FhirCoding,
  FhirObservation,
  FhirQuantity,
  FhirReference,
} from "./types.ts";
import { optionsChecks } from "../_lib/arguments/optionsChecks.ts";
import { field } from "../_lib/arguments/field.ts";
import { checkArguments } from "../_lib/arguments/checkArguments.ts";

/**
 * Options for {@link toFhirObservation}.
 *
 * @example
 * const options: ObservationOptions = {
 *   effectiveDateTime: "2026-11-22T10:00:00Z",
 *   subject: { reference: "Patient/carer-1" },
 *   derivedFrom: { reference: "QuestionnaireResponse/qr-1" },
 * };
 */
export interface ObservationOptions extends FhirOptions {
  /** When the answers were given (required: this package reads no clock). */
  readonly effectiveDateTime: string;
  /** Logical id. */
  readonly id?: string | undefined;
  /** Who the score is about. R4 limits this to Patient, Group, Device or Location. */
  readonly subject?: FhirReference | undefined;
  /** The QuestionnaireResponse that was scored. */
  readonly derivedFrom?: FhirReference | undefined;
  /** A standard code for the score (e.g. a LOINC code you have verified), used before CarerKit's own. */
  readonly code?: FhirCoding | undefined;
}

const score = (value: number): FhirQuantity => ({
  value,
  unit: "{score}",
  system: "http://unitsofmeasure.org",
  code: "{score}",
});

/**
 * The text naming an instrument's total: the total's label alone when it already names the
 * instrument as a whole word ("PHQ-9 total"), otherwise the short title (or title) before it, with
 * a colon before a capitalised label ("ASCOF carer QoL: Carer-reported quality of life (0–12)").
 */
const totalText = (instrument: Instrument): string => {
  const label = instrument.total.label;
  const names = [instrument.shortTitle, instrument.title].filter((n) => n !== undefined);
  const escape = (name: string): string => name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const named = names.some((name) =>
    new RegExp(`(?<![\\p{L}\\p{N}-])${escape(name)}(?![\\p{L}\\p{N}-])`, "iu").test(label),
  );
  if (named) return label;
  const name = instrument.shortTitle ?? instrument.title;
  const first = label.charAt(0);
  return first !== first.toLocaleLowerCase("en-GB") ? `${name}: ${label}` : `${name} ${label}`;
};

/**
 * Converts a score to a FHIR R4 Observation: category `survey`, the total as `valueQuantity`,
 * the bands as `interpretation`, subscales, converted scores and raised flags as `component`s,
 * `derivedFrom` the QuestionnaireResponse, and the explanation as a `note`. The `code.text` names
 * the instrument once ("PHQ-9 total", not "PHQ-9 PHQ-9 total").
 *
 * @param instrument - The instrument scored.
 * @param result - The score from {@link scoreInstrument}.
 * @param options - Effective time (required), subject, derivedFrom, id, code.
 * @returns The Observation.
 * @example
 * const scored = scoreInstrument(PHQ9, responses);
 * if (scored.success)
 *   toFhirObservation(PHQ9, scored.data, {
 *     effectiveDateTime: "2026-11-22",
 *     derivedFrom: { reference: "QuestionnaireResponse/qr-1" },
 *   });
 */
export function toFhirObservation(
  instrument: Instrument,
  result: InstrumentScore,
  options: ObservationOptions,
): FhirObservation {
  checkArguments("toFhirObservation", [
    [{ instrument }, INSTRUMENT_ARGUMENT],
    [{ result }, "plain object"],
    [{ "options.effectiveDateTime": field(options, "effectiveDateTime") }, "string"],
    ...optionsChecks(options),
  ]);
  const base = options.base ?? DEFAULT_BASE;
  const scoreSystem = `${base}/CodeSystem/${instrument.id}-scores`;
  const interpretation = (bands: readonly BandResult[]): FhirCodeableConcept[] =>
    bands.map((band) => ({
      coding: [
        {
          system: `${base}/CodeSystem/${instrument.id}-${band.banding}`,
          code: band.code,
          display: band.label,
        },
      ],
      text: band.label,
    }));
  const own: FhirCoding = { system: scoreSystem, code: "total", display: instrument.total.label };
  const components = [
    ...result.subscales.map((subscale) => ({
      code: {
        coding: [{ system: scoreSystem, code: `subscale_${subscale.id}`, display: subscale.label }],
        text: subscale.label,
      },
      valueQuantity: score(subscale.score),
      ...(subscale.bands.length === 0 ? {} : { interpretation: interpretation(subscale.bands) }),
    })),
    ...result.conversions.map((conversion) => ({
      code: {
        coding: [
          { system: scoreSystem, code: `conversion_${conversion.id}`, display: conversion.label },
        ],
        text: conversion.label,
      },
      valueQuantity: score(conversion.value),
    })),
    ...result.flags.map((flag) => ({
      code: {
        coding: [{ system: scoreSystem, code: `flag_${flag.id}`, display: flag.message }],
        text: `${flag.severity} flag: ${flag.message}`,
      },
      valueBoolean: true,
    })),
  ];
  return {
    resourceType: "Observation",
    ...(options.id === undefined ? {} : { id: options.id }),
    status: "final",
    category: [
      {
        coding: [
          {
            system: "http://terminology.hl7.org/CodeSystem/observation-category",
            code: "survey",
            display: "Survey",
          },
        ],
      },
    ],
    code: {
      coding: options.code === undefined ? [own] : [options.code, own],
      text: totalText(instrument),
    },
    ...(options.subject === undefined ? {} : { subject: options.subject }),
    effectiveDateTime: options.effectiveDateTime,
    valueQuantity: score(result.total),
    ...(result.bands.length === 0 ? {} : { interpretation: interpretation(result.bands) }),
    method: {
      text: `CarerKit ${instrument.id} ${result.instrumentVersion}${result.prorated ? `, prorated for ${result.missing.length} missing item${result.missing.length === 1 ? "" : "s"}` : ""}`,
    },
    ...(components.length === 0 ? {} : { component: components }),
    ...(options.derivedFrom === undefined ? {} : { derivedFrom: [options.derivedFrom] }),
    note: [{ text: result.explanation }],
  };
}
