import { z } from "zod";
import { checkNhsNumber } from "./checkNhsNumber.ts";
import { checkPostcode } from "./checkPostcode.ts";
import { describeShape } from "./describeReceived.ts";
import { DATE_SPAN } from "./dateSpan.ts";
import { textField } from "../text/textField.ts";
import { hasVerhoeffCheckDigit } from "./verhoeff.ts";

// Each schema is marked pure, so a bundler drops the ones an import does not use (a chained zod
// call is otherwise kept, with everything it refers to, such as the NHS number check; issue #15).

/** Adds `out_of_span` when the year written is outside 1900–2200 (see {@link DATE_SPAN}). */
function withinSpan(ctx: z.core.ParsePayload<string>): void {
  const year = /^(\d{4})-/.exec(ctx.value)?.[1];
  if (
    year === undefined ||
    (year >= DATE_SPAN.from.slice(0, 4) && year <= DATE_SPAN.to.slice(0, 4))
  )
    return;
  ctx.issues.push({
    code: "custom",
    input: ctx.value,
    message: `expected a date from ${DATE_SPAN.from} to ${DATE_SPAN.to}, got one outside that span`,
    params: { carerkit: "out_of_span" },
  });
}

/** A record id: any non-empty string of up to 128 characters, chosen by the caller's system. */
export const IdSchema = /* @__PURE__ */ textField({ min: 1, max: 128 });

/** A calendar date, `YYYY-MM-DD`, checked to exist (no 30 February) and to lie in 1900–2200. */
export const IsoDateSchema = /* @__PURE__ */ z.iso.date().check(withinSpan);

/**
 * An instant, ISO 8601 with `Z` or an offset, so that it never depends on the host zone, in the
 * years 1900–2200.
 */
export const IsoDateTimeSchema = /* @__PURE__ */ z.iso.datetime({ offset: true }).check(withinSpan);

/** A short piece of text such as a name or a title, on one line. */
export const ShortTextSchema = /* @__PURE__ */ textField({ min: 1, max: 200 });

/** A longer free-text note, which may hold tabs and line breaks. */
export const LongTextSchema = /* @__PURE__ */ textField({ min: 1, max: 5000, multiline: true });

/** A telephone number as written, on one line. */
export const PhoneSchema = /* @__PURE__ */ textField({ min: 3, max: 40 });

/** An email address (zod's check, which admits no control character), at most 254 characters. */
export const EmailSchema = /* @__PURE__ */ z.email().max(254);

/** A list of short free-text items, as in an "about me". */
export const TextListSchema = /* @__PURE__ */ z.array(ShortTextSchema).max(30);

/**
 * A language as a BCP 47 tag: `"en"`, `"cy"` (Welsh), `"pl"`, `"pa-Guru"`, `"bfi"` (British Sign
 * Language, ISO 639-3).
 */
export const LanguageTagSchema = /* @__PURE__ */ textField().regex(
  /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/,
  {
    error: 'expected a BCP 47 language tag such as "en", "cy" or "bfi"',
  },
);

/** A UK postcode, checked for format and normalised to `"SW1A 1AA"`. */
export const PostcodeSchema = /* @__PURE__ */ textField().transform((value, ctx) => {
  const checked = checkPostcode(value);
  if (checked.ok) return checked.value;
  ctx.addIssue({
    code: "custom",
    message: checked.detail,
    params: { carerkit: "postcode_format" },
  });
  return z.NEVER;
});

/**
 * An NHS number, checked (modulus 11 and issued range) and normalised to ten digits without
 * spaces. Parsing accepts the 999 test range, so synthetic records and demos never need a number
 * that could be a real patient's; {@link validateNhsNumber} refuses it unless asked.
 */
export const NhsNumberSchema = /* @__PURE__ */ textField().transform((value, ctx) => {
  const checked = checkNhsNumber(value, true);
  if (checked.ok) return checked.value;
  ctx.addIssue({ code: "custom", message: checked.detail, params: { carerkit: checked.code } });
  return z.NEVER;
});

/**
 * A SNOMED CT concept identifier: 6 to 18 digits, no leading zero, partition "00" or "10" (a
 * concept) and a Verhoeff check digit.
 */
export const SnomedCodeSchema = /* @__PURE__ */ textField().check((ctx) => {
  const value = ctx.value;
  // Digits two and three from the right are the partition: 00 or 10 for a concept.
  if (/^[1-9]\d{3,15}[01]0\d$/.test(value) && hasVerhoeffCheckDigit(value)) return;
  ctx.issues.push({
    code: "custom",
    input: value,
    message: `expected a SNOMED CT concept id with a valid check digit, got ${describeShape(value)}`,
    params: { carerkit: "snomed_code_format" },
  });
});
