import { CarerKitError } from "@carerkit/core";

/** Unwraps a value the code knows is there (an index inside bounds); throws if it is not. */
export function must<T>(value: T | undefined): T {
  if (value === undefined)
    throw new CarerKitError("invalid_input", "internal: expected a value, got undefined");
  return value;
}
