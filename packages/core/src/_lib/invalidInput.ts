import { CarerKitError } from "../errors/CarerKitError.ts";
import type { CoreIssueCode } from "../errors/CoreIssueCode.ts";
import type { CarerKitIssue } from "../result/result.ts";

/** An issue about one top-level field: message `field: detail`, path `[field]`. */
export function fieldIssue<TCode extends CoreIssueCode>(
  field: string,
  code: TCode,
  detail: string,
): CarerKitIssue<TCode> {
  return { code, message: `${field}: ${detail}`, path: [field] };
}

/**
 * The error a helper throws when its contract is broken: a {@link CarerKitError} `invalid_input`
 * carrying one {@link fieldIssue}.
 */
export function invalidInput(field: string, code: CoreIssueCode, detail: string): CarerKitError {
  const issue = fieldIssue(field, code, detail);
  return new CarerKitError("invalid_input", issue.message, { issues: [issue] });
}
