import { z } from "zod";
import { findTextFault } from "../_lib/textCheck.ts";

/** Limits for {@link textField}. */
export interface TextFieldOptions {
  /** The fewest characters (UTF-16 code units) allowed. */
  readonly min?: number;
  /** The most characters (UTF-16 code units) allowed. */
  readonly max?: number;
  /** Allows tab, LF and CR (free-text notes); single-line fields (names, ids, codes) refuse them. */
  readonly multiline?: boolean;
}

/**
 * The one builder behind every string field in core, for your own schemas too: a zod string
 * that holds no C0 control character (tab, LF and CR only when `multiline`), no DEL and no lone
 * surrogate (which PostgreSQL, among others, refuses), each reported through core's parsers as
 * `control_character` or `lone_surrogate` with its position, never the text.
 *
 * @param options - `min` and `max` length, and `multiline` for free-text notes.
 * @returns A zod string schema.
 * @example
 * const VenueSchema = textField({ min: 1, max: 200 });
 * VenueSchema.safeParse("Hall\u0000").success; //=> false
 */
export function textField(options: TextFieldOptions = {}): z.ZodString {
  const multiline = options.multiline ?? false;
  const schema = z.string().check((ctx) => {
    const fault = findTextFault(ctx.value, multiline);
    if (fault === undefined) return;
    ctx.issues.push({
      code: "custom",
      input: ctx.value,
      message: fault.detail,
      params: { carerkit: fault.code },
    });
  });
  const bounded = options.min === undefined ? schema : schema.min(options.min);
  return options.max === undefined ? bounded : bounded.max(options.max);
}
