import { extentOf } from "./extentOf.ts";
import type { Instrument } from "../instrument/types/instrument.ts";
import type { InstrumentItem, ResponseOption } from "../instrument/types/item.ts";

export const DEFAULT_BASE = "urn:carerkit:fhir";
export const ITEM_WEIGHT = "http://hl7.org/fhir/StructureDefinition/itemWeight";
export const ORDINAL_VALUE = "http://hl7.org/fhir/StructureDefinition/ordinalValue";
export const CALCULATED_EXPRESSION =
  "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression";

export function questionnaireUrl(instrument: Instrument, base: string): string {
  return `${base}/Questionnaire/${instrument.id}`;
}

export function canonical(instrument: Instrument, base: string): string {
  return `${questionnaireUrl(instrument, base)}|${instrument.version}`;
}

export function answerSystem(instrument: Instrument, base: string): string {
  return `${base}/CodeSystem/${instrument.id}-answers`;
}

export function codeOf(option: ResponseOption): string {
  return option.code ?? String(option.value);
}

/** The item's score for a recorded value: reversed where the instrument says so. */
export function weightOf(instrument: Instrument, item: InstrumentItem, value: number): number {
  if (!(instrument.reverseScored ?? []).includes(item.id)) return value;
  const values = (item.options ?? []).map((o) => o.value);
  const { lo, hi } = extentOf(values);
  return lo + hi - value;
}

export function totalLinkId(instrument: Instrument): string {
  return `${instrument.id}_total`;
}

export function subscaleLinkId(instrument: Instrument, subscale: string): string {
  return `${instrument.id}_subscale_${subscale}`;
}
