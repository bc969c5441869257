import { parseWithSchema } from "../_lib/parseWithSchema.ts";
import { FeedbackSchema, type Feedback } from "./FeedbackSchema.ts";

/**
 * Checks unknown input and returns a typed {@link Feedback}, (a compliment, complaint or suggestion).
 *
 * @param input - Anything, typically parsed JSON.
 * @returns The feedback.
 * @throws {@link CarerKitError} `invalid_input` whose `issues` name every field that is wrong.
 * @example
 * const feedback = parseFeedback(json);
 * feedback.kind; //=> "compliment"
 */
export function parseFeedback(input: unknown): Feedback {
  return parseWithSchema(FeedbackSchema, input, "Feedback");
}
