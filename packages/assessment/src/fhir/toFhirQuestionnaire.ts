import { INSTRUMENT_ARGUMENT } from "../_lib/arguments/instrumentArgument.ts";
import {
  CALCULATED_EXPRESSION,
  DEFAULT_BASE,
  ITEM_WEIGHT,
  ORDINAL_VALUE,
  answerSystem,
  codeOf,
  questionnaireUrl,
  subscaleLinkId,
  totalLinkId,
  weightOf,
} from "../_lib/fhir.ts";
import type { Instrument } from "../instrument/types/instrument.ts";
import type { Subscale } from "../instrument/types/rules.ts";
import type { FhirQuestionnaire, FhirQuestionnaireItem } from "./types.ts";
import { optionsChecks } from "../_lib/arguments/optionsChecks.ts";
import { checkArguments } from "../_lib/arguments/checkArguments.ts";

/**
 * Options for {@link toFhirQuestionnaire} and the other FHIR converters.
 *
 * @example
 * const options: FhirOptions = { base: "https://fhir.example-hospice.org.uk" };
 */
export interface FhirOptions {
  /** Base for canonical URLs and code systems (default `urn:carerkit:fhir`). */
  readonly base?: string | undefined;
}

const answersTo = (linkIds: readonly string[]) =>
  `%resource.repeat(item).where(${linkIds.map((id) => `linkId = '${id}'`).join(" or ")}).answer`;

// Coded answers score by their option's weight; numeric answers score as themselves.
function sumExpression(
  instrument: Instrument,
  linkIds: readonly string[],
  method: "sum" | "mean",
): string {
  const numeric = new Set(
    instrument.items.filter((item) => item.options === undefined).map((item) => item.id),
  );
  const coded = linkIds.filter((id) => !numeric.has(id));
  const plain = linkIds.filter((id) => numeric.has(id));
  const parts = [
    ...(coded.length > 0
      ? [`${answersTo(coded)}.value.weight().aggregate($this + $total, 0)`]
      : []),
    ...(plain.length > 0 ? [`${answersTo(plain)}.value.aggregate($this + $total, 0)`] : []),
  ];
  const sum = parts.join(" + ");
  return method === "sum" ? sum : `(${sum}) / ${answersTo(linkIds)}.count()`;
}

/**
 * Converts an instrument to a FHIR R4 Questionnaire: one `choice` item per item, each
 * `answerOption` carrying its score as both `itemWeight` (current) and `ordinalValue` (R4, for
 * older renderers such as LHC-Forms), and read-only SDC calculated items for the total and each
 * subscale. Wording is included only where the instrument has it (public-domain instruments, or
 * after {@link applyTextPack}); the licence line goes in `copyright`.
 *
 * @param instrument - The instrument.
 * @param options - The canonical base.
 * @returns The Questionnaire.
 * @example
 * const questionnaire = toFhirQuestionnaire(PHQ9);
 * questionnaire.item.at(-1)?.linkId; //=> "phq9_total"
 */
export function toFhirQuestionnaire(
  instrument: Instrument,
  options?: FhirOptions,
): FhirQuestionnaire {
  checkArguments("toFhirQuestionnaire", [
    [{ instrument }, INSTRUMENT_ARGUMENT],
    ...optionsChecks(options),
  ]);
  const base = options?.base ?? DEFAULT_BASE;
  const system = answerSystem(instrument, base);
  const items: FhirQuestionnaireItem[] = instrument.items.map((item) => {
    const text = item.text === undefined ? {} : { text: item.text };
    if (item.options !== undefined && item.options.length > 0)
      return {
        linkId: item.id,
        ...text,
        type: "choice",
        required: true,
        answerOption: item.options.map((option) => {
          const weight = weightOf(instrument, item, option.value);
          return {
            valueCoding: {
              system,
              code: codeOf(option),
              ...(option.label === undefined ? {} : { display: option.label }),
            },
            extension: [
              { url: ITEM_WEIGHT, valueDecimal: weight },
              { url: ORDINAL_VALUE, valueDecimal: weight },
            ],
          };
        }),
      };
    const range = item.range;
    const integer = range?.integer ?? false;
    const bound = (url: string, value: number) =>
      integer ? { url, valueInteger: value } : { url, valueDecimal: value };
    return {
      linkId: item.id,
      ...text,
      type: integer ? "integer" : "decimal",
      required: true,
      ...(range === undefined
        ? {}
        : {
            extension: [
              bound("http://hl7.org/fhir/StructureDefinition/minValue", range.min),
              bound("http://hl7.org/fhir/StructureDefinition/maxValue", range.max),
            ],
          }),
    };
  });
  const scored = instrument.items.filter((item) => item.options !== undefined);
  const calculated = (
    linkId: string,
    { label, items: ids, method }: Pick<Subscale, "label" | "items" | "method">,
  ): FhirQuestionnaireItem => ({
    linkId,
    text: label,
    type: method === "sum" && scored.length === instrument.items.length ? "integer" : "decimal",
    readOnly: true,
    extension: [
      {
        url: CALCULATED_EXPRESSION,
        valueExpression: {
          language: "text/fhirpath",
          expression: sumExpression(instrument, ids, method),
          description: `${method} of the item weights; prorating and conversion tables are not applied`,
        },
      },
    ],
  });
  return {
    resourceType: "Questionnaire",
    url: questionnaireUrl(instrument, base),
    version: instrument.version,
    name: instrument.id.replace(/(^|_)([a-z0-9])/g, (_, __: string, c: string) => c.toUpperCase()),
    title: instrument.title,
    status: "active",
    description: `${instrument.shortTitle ?? instrument.title}. Source: ${instrument.source}`,
    copyright: instrument.licence.attribution,
    item: [
      ...items,
      ...(instrument.subscales ?? []).map((subscale) =>
        calculated(subscaleLinkId(instrument, subscale.id), subscale),
      ),
      calculated(totalLinkId(instrument), {
        label: instrument.total.label,
        items: instrument.items.map((item) => item.id),
        method: instrument.total.method,
      }),
    ],
  };
}
