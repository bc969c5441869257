import { INSTRUMENT_ARGUMENT } from "../_lib/arguments/instrumentArgument.ts";
import { err, ok, type Result } from "@carerkit/core";
import type { AssessmentError, AssessmentIssue } from "../errors.ts";
import type { Instrument } from "./types/instrument.ts";
import type { InstrumentItem } from "./types/item.ts";
import { field } from "../_lib/arguments/field.ts";
import { argumentError } from "../_lib/arguments/argumentError.ts";

/**
 * Wording for a licence-restricted instrument, supplied by a licence holder at run time and
 * never shipped in this package. Option labels are keyed by the option's value.
 *
 * @example
 * const pack: TextPack = {
 *   instrumentId: "zbi4",
 *   language: "en-GB",
 *   licence: "Used under Mapi Research Trust licence 1234",
 *   items: { zbi4_1: { text: "…", options: { "0": "…", "4": "…" } } },
 * };
 */
export interface TextPack {
  /** The instrument this wording belongs to. */
  readonly instrumentId: string;
  /** BCP 47 language tag. */
  readonly language: string;
  /** The licence under which you use the wording (shown with the instrument). */
  readonly licence?: string | undefined;
  /** Title to display, if different. */
  readonly title?: string | undefined;
  /** Instructions before the items. */
  readonly preamble?: string | undefined;
  /** Wording for every item, keyed by item id. */
  readonly items: Readonly<
    Record<
      string,
      {
        readonly text: string;
        readonly options?: Readonly<Record<string, string>> | undefined;
      }
    >
  >;
}

/**
 * Applies a user-supplied {@link TextPack} to an instrument, after checking it against the
 * instrument: the instrument id must match, every item needs wording, and the pack may name no
 * unknown item or option. Scoring is unchanged; only display wording is added.
 *
 * @param instrument - A scoring-only instrument, e.g. {@link ZBI12}.
 * @param pack - The wording from your licence.
 * @returns A copy of the instrument with wording, or an `invalid_text_pack` error listing every issue.
 * @example
 * const result = applyTextPack(ZBI4, myLicensedPack);
 * if (result.success) render(result.data.items.map((item) => item.text));
 */
export function applyTextPack(
  instrument: Instrument,
  pack: TextPack,
): Result<Instrument, AssessmentError> {
  const invalid = argumentError("invalid_text_pack", "applyTextPack", [
    [{ instrument }, INSTRUMENT_ARGUMENT],
    [{ pack }, "plain object"],
    [{ "pack.items": field(pack, "items") }, "plain object"],
  ]);
  if (invalid !== undefined) return err(invalid);
  const issues: AssessmentIssue[] = [];
  if (pack.instrumentId !== instrument.id)
    issues.push({
      code: "instrument_mismatch",
      path: ["instrumentId"],
      message: `instrumentId: expected ${instrument.id}, got ${pack.instrumentId}`,
    });
  const known = new Set(instrument.items.map((item) => item.id));
  for (const id of Object.keys(pack.items))
    if (!known.has(id))
      issues.push({
        code: "unknown_item",
        path: ["items", id],
        message: `items.${id}: ${instrument.id} has no item with this id`,
      });
  const items: InstrumentItem[] = instrument.items.map((item) => {
    const entry = Object.hasOwn(pack.items, item.id) ? pack.items[item.id] : undefined;
    const text = field(entry, "text");
    if (entry === undefined || typeof text !== "string" || text.trim() === "") {
      issues.push({
        code: "missing_text",
        path: ["items", item.id, "text"],
        message: `items.${item.id}.text: expected the item's wording, got none`,
      });
      return item;
    }
    const given = field(entry, "options");
    const labels: Readonly<Record<string, unknown>> =
      typeof given === "object" && given !== null ? (given as Record<string, unknown>) : {};
    const values = new Set((item.options ?? []).map((o) => String(o.value)));
    for (const key of Object.keys(labels))
      if (!values.has(key))
        issues.push({
          code: "unknown_option",
          path: ["items", item.id, "options", key],
          message: `items.${item.id}.options.${key}: expected one of ${[...values].join(", ") || "no options"}, got ${key}`,
        });
    return {
      ...item,
      text,
      ...(item.options === undefined
        ? {}
        : {
            options: item.options.map((option) => {
              const label = labels[String(option.value)];
              return typeof label === "string" ? { ...option, label } : option;
            }),
          }),
    };
  });
  if (issues.length > 0)
    return err({
      code: "invalid_text_pack",
      message: `text pack for ${pack.instrumentId}: ${issues.length} problem${issues.length === 1 ? "" : "s"}`,
      issues,
    });
  return ok({
    ...instrument,
    items,
    ...(pack.title === undefined ? {} : { title: pack.title }),
    ...(pack.preamble === undefined ? {} : { preamble: pack.preamble }),
    notes: [
      ...(instrument.notes ?? []),
      `Wording: text pack (${pack.language})${pack.licence === undefined ? "" : `, ${pack.licence}`}.`,
    ],
  });
}
