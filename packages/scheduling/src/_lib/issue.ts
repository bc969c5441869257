import { err, type CarerKitIssue, type Result } from "@carerkit/core";
import type { SchedulingErrorCode } from "../errors.ts";

/** A failed Result carrying one scheduling issue. */
export function fail<TCode extends SchedulingErrorCode>(
  code: TCode,
  message: string,
  path?: readonly (string | number)[],
): Result<never, CarerKitIssue<TCode>> {
  return err(path === undefined ? { code, message } : { code, message, path });
}
