import { z } from "zod";
import { checkNhsNumber } from "./checkNhsNumber.ts";
import { checkPostcode } from "./checkPostcode.ts";
import { hasVerhoeffCheckDigit } from "./verhoeff.ts";

/** A record id: any non-empty string of up to 128 characters, chosen by the caller's system. */
export const IdSchema = z.string().min(1).max(128);

/** A calendar date, `YYYY-MM-DD`, checked to exist (no 30 February). */
export const IsoDateSchema = z.iso.date();

/** An instant, ISO 8601 with `Z` or an offset, so that it never depends on the host zone. */
export const IsoDateTimeSchema = z.iso.datetime({ offset: true });

/** A short piece of text such as a name or a title. */
export const ShortTextSchema = z.string().min(1).max(200);

/** A longer free-text note. */
export const LongTextSchema = z.string().min(1).max(5000);

/** A list of short free-text items, as in an "about me". */
export const TextListSchema = z.array(ShortTextSchema).max(30);

/**
 * A language as a BCP 47 tag: `"en"`, `"cy"` (Welsh), `"pl"`, `"pa-Guru"`, `"bfi"` (British Sign
 * Language, ISO 639-3).
 */
export const LanguageTagSchema = z.string().regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/, {
  error: 'expected a BCP 47 language tag such as "en", "cy" or "bfi"',
});

/** A UK postcode, checked for format and normalised to `"SW1A 1AA"`. */
export const PostcodeSchema = z.string().transform((value, ctx) => {
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
export const NhsNumberSchema = z.string().transform((value, ctx) => {
  const checked = checkNhsNumber(value, true);
  if (checked.ok) return checked.value;
  ctx.addIssue({ code: "custom", message: checked.detail, params: { carerkit: checked.code } });
  return z.NEVER;
});

/**
 * A SNOMED CT concept identifier: 6 to 18 digits, no leading zero, partition "00" or "10" (a
 * concept) and a Verhoeff check digit.
 */
export const SnomedCodeSchema = z.string().check((ctx) => {
  const value = ctx.value;
  // Digits two and three from the right are the partition: 00 or 10 for a concept.
  if (/^[1-9]\d{3,15}[01]0\d$/.test(value) && hasVerhoeffCheckDigit(value)) return;
  ctx.issues.push({
    code: "custom",
    input: value,
    message: `expected a SNOMED CT concept id with a valid check digit, got ${JSON.stringify(value.slice(0, 20))}`,
    params: { carerkit: "snomed_code_format" },
  });
});
