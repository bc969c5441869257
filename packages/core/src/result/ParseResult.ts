import type { CoreIssueCode } from "../errors/CoreIssueCode.ts";
import type { CarerKitIssue, Result } from "./result.ts";

/**
 * What every `safeParse*` function returns: the typed entity, or every problem found, each
 * naming its field.
 *
 * @example
 * const result: ParseResult<Carer> = safeParseCarer(input);
 * if (!result.success) result.error.forEach((issue) => console.log(issue.message));
 */
export type ParseResult<T> = Result<T, readonly CarerKitIssue<CoreIssueCode>[]>;
