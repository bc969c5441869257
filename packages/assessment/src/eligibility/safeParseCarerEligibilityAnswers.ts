import { err, ok, type Result } from "@carerkit/core";
import { match, P } from "ts-pattern";
import type { AssessmentError, AssessmentIssue } from "../errors.ts";
import { CarerEligibilityAnswersSchema } from "./CarerEligibilityAnswersSchema.ts";
import { CARER_OUTCOMES, WELLBEING_AREAS } from "./careAct.ts";
import type { CarerEligibilityAnswers } from "./types.ts";

const outcomeIds = CARER_OUTCOMES.map((o) => o.id);
const areaIds = WELLBEING_AREAS.map((a) => a.id);

const describe = (value: unknown): string =>
  value === null ? "null" : Array.isArray(value) ? "an array" : `a ${typeof value}`;

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * Checks Care Act 2014 eligibility answers that arrive as untyped data — a request body, a form,
 * a stored JSON document — before {@link determineCarerEligibility}. Every answer stays optional
 * (an unknown answer is reported as missing by the determination, never assumed), but a wrong
 * type, an outcome or well-being area that the regulations do not name, or a misspelt field is
 * an error, so that a typo cannot silently turn into a missing answer.
 *
 * @param input - Parsed JSON or any value.
 * @returns The typed answers, or an `invalid_eligibility_answers` error listing every problem,
 *   each naming its field and never repeating the value.
 * @example
 * const parsed = safeParseCarerEligibilityAnswers(JSON.parse(body));
 * if (!parsed.success) return problem(422, parsed.error.issues);
 * const determination = determineCarerEligibility(parsed.data);
 */
export function safeParseCarerEligibilityAnswers(
  input: unknown,
): Result<CarerEligibilityAnswers, AssessmentError> {
  const parsed = CarerEligibilityAnswersSchema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  const issues = parsed.error.issues.flatMap((issue): AssessmentIssue[] => {
    const path = issue.path.map((p) => (typeof p === "symbol" ? String(p) : p));
    const at = path.join(".") || "answers";
    if (issue.code === "unrecognized_keys") {
      const isOutcome = path.length === 1 && path[0] === "outcomes";
      return issue.keys.map((key) => ({
        code: "unknown_item",
        path: [...path, key],
        message: isOutcome
          ? `${[...path, key].join(".")}: not an outcome of reg. 3(2)(b); expected one of ${outcomeIds.join(", ")}`
          : `${[...path, key].join(".")}: not an eligibility answer (check the spelling)`,
      }));
    }
    const got = describe(valueAt(input, issue.path));
    const expected = match(issue)
      .with({ code: "invalid_value" }, () => `one of ${areaIds.join(", ")}`)
      .with({ code: "invalid_type", expected: "boolean" }, () => "true or false")
      .with(
        { code: "invalid_type" },
        (i) => `${/^[aeiou]/.test(i.expected) ? "an" : "a"} ${i.expected}`,
      )
      .with({ code: "too_big", origin: "array" }, () => `at most ${areaIds.length} areas`)
      .with({ code: P.union("too_small", "too_big") }, () => "text of 1 to 200 characters")
      .otherwise(() => "a valid answer");
    return [{ code: "invalid_answer", path, message: `${at}: expected ${expected}, got ${got}` }];
  });
  return err({
    code: "invalid_eligibility_answers",
    message: `eligibility answers: ${issues.length} problem${issues.length === 1 ? "" : "s"}`,
    issues,
  });
}
