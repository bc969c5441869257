import type { CompiledInstrument } from "../compile/types.ts";
import type { BandResult } from "../../instrument/types/banding.ts";
import { formatNumber } from "./formatNumber.ts";
import { addIssue, type ScoreDraft } from "./draft.ts";
import { bandsOf } from "./scoreSubscales.ts";

/**
 * Step 4: the total's band in every banding, then each conversion of the total with its bands.
 * Without conversions the bands of a whole total are a frozen array shared between scores.
 */
export function bandAndConvert(compiled: CompiledInstrument, draft: ScoreDraft): void {
  const { total } = draft;
  const shared =
    compiled.conversions.length === 0
      ? compiled.bandsByTotal[total - compiled.totalMin]
      : undefined;
  if (shared !== undefined) {
    draft.bands = shared;
    return;
  }
  const bands: BandResult[] = [];
  bandsOf(compiled.totalBandings, total, bands);
  for (const conversion of compiled.conversions) {
    const value = conversion.map.get(total);
    if (value === undefined) {
      addIssue(draft, {
        code: "not_convertible",
        path: ["total"],
        message: `total: ${formatNumber(total)} is not a whole raw total in the ${conversion.label} table`,
      });
      continue;
    }
    (draft.conversions ??= []).push({ id: conversion.id, label: conversion.label, value });
    bandsOf(conversion.bandings, value, bands);
  }
  draft.bands = bands;
}
