import { safeParseWithSchema } from "../_lib/parseWithSchema.ts";
import type { ParseResult } from "../result/ParseResult.ts";
import { FeedbackSchema, type Feedback } from "./FeedbackSchema.ts";

/**
 * Checks unknown input and returns a feedback or every problem found, without throwing.
 *
 * @param input - Anything, typically parsed JSON.
 * @returns `{ success: true, data }` or `{ success: false, error: issues }`, each issue naming its field.
 * @example
 * const result = safeParseFeedback({ ...feedback, kind: "praise" });
 * result.success; //=> false
 */
export function safeParseFeedback(input: unknown): ParseResult<Feedback> {
  return safeParseWithSchema(FeedbackSchema, input);
}
