import { argumentIssue } from "../_lib/argumentIssue.ts";
import { checkEach, checkFields } from "../_lib/checkFields.ts";
import { checkArgument } from "../errors/checkArgument.ts";
import type { CoreIssueCode } from "../errors/CoreIssueCode.ts";
import type { Feedback } from "../feedback/FeedbackSchema.ts";
import type { ParseResult } from "../result/ParseResult.ts";
import { err, ok, type CarerKitIssue } from "../result/result.ts";
import { DEFAULT_FEEDBACK_CODEBOOK, type ThemeCodebook } from "./ThemeCodebook.ts";

/**
 * Codes a piece of feedback with themes from a codebook, replacing any earlier coding. Every
 * code must be in the codebook (`unknown_theme`, path `themes[i]`); repeats are kept once, in
 * the order given. The input is not changed.
 *
 * @param feedback - The feedback.
 * @param codes - Theme codes.
 * @param codebook - The service's codebook (default {@link DEFAULT_FEEDBACK_CODEBOOK}).
 * @returns The coded feedback, or one issue per unknown code; one `invalid_argument` issue when a
 * parameter has the wrong shape (a code that is not a string, a codebook without `themes`).
 * @example
 * const result = codeFeedbackThemes(feedback, ["peer_support", "breaks"]);
 * if (result.success) result.data.themes; //=> ["peer_support", "breaks"]
 */
export function codeFeedbackThemes(
  feedback: Feedback,
  codes: readonly string[],
  codebook: ThemeCodebook = DEFAULT_FEEDBACK_CODEBOOK,
): ParseResult<Feedback> {
  const fn = "codeFeedbackThemes";
  const refused = argumentIssue(() => {
    checkFields(fn, { feedback }, {});
    checkEach(fn, { codes }, (code, path) => {
      checkArgument(fn, { [path]: code }, "string");
    });
    checkFields(fn, { codebook }, { themes: "array" });
    checkEach(fn, { "codebook.themes": codebook.themes }, (theme, path) => {
      checkFields(fn, { [path]: theme }, { code: "string" });
    });
  });
  if (refused) return err([refused]);
  const known = new Set(codebook.themes.map((t) => t.code));
  const issues: CarerKitIssue<CoreIssueCode>[] = [];
  codes.forEach((code, i) => {
    if (known.has(code)) return;
    issues.push({
      code: "unknown_theme",
      message: `themes[${String(i)}]: expected a code from the codebook, got ${JSON.stringify(code.slice(0, 40))}`,
      path: ["themes", i],
    });
  });
  if (issues.length > 0) return err(issues);
  return ok({ ...feedback, themes: [...new Set(codes)] });
}
