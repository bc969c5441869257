import { err, type Result } from "@carerkit/core";
import type { SchedulingErrorCode, SchedulingIssue } from "../errors.ts";

/** A failed Result carrying one scheduling issue. */
export function fail(
  code: SchedulingErrorCode,
  message: string,
  path?: readonly (string | number)[],
): Result<never, SchedulingIssue> {
  return err(path === undefined ? { code, message } : { code, message, path });
}
