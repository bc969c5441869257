import { CarerKitError } from "@carerkit/core";
import { InstrumentSchema } from "../_lib/compile/InstrumentSchema.ts";
import { checkInstrument } from "./checkInstrument.ts";
import type { Instrument } from "./types/instrument.ts";

// A loop over a stack, not recursion, though the schema already bounds the copy's depth.
function deepFreeze<T>(value: T): T {
  const pending: unknown[] = [value];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (typeof next !== "object" || next === null || Object.isFrozen(next)) continue;
    Object.freeze(next);
    for (const child of Object.values(next)) pending.push(child);
  }
  return value;
}

/**
 * Declares an instrument: validates it (see {@link checkInstrument}) and returns a deep-frozen copy
 * (the definition passed in is never changed; keys no instrument has are left out). A broken
 * definition is a programming error, so this throws; use {@link checkInstrument} for definitions
 * loaded at run time.
 *
 * @param definition - The instrument as data.
 * @returns A frozen copy of the definition.
 * @throws {CarerKitError} `invalid_definition`, with every issue, when the definition is broken.
 * @example
 * const FOUR_ITEM = defineInstrument({
 *   id: "my_scale",
 *   title: "My scale",
 *   version: "1",
 *   source: "Local service, 2026",
 *   licence: { status: "public_domain", holder: "My service", attribution: "" },
 *   items: [1, 2, 3, 4].map((n) => ({ id: `q${n}`, options: [{ value: 0 }, { value: 1 }] })),
 *   total: { method: "sum", label: "Total" },
 *   missing: { kind: "require_all" },
 * });
 */
export /* @__NO_SIDE_EFFECTS__ */ function defineInstrument<const T extends Instrument>(
  definition: T,
): T {
  const result = checkInstrument(definition);
  if (!result.success)
    throw new CarerKitError("invalid_definition", result.error.message, {
      issues: result.error.issues,
    });
  // The shape is known good here, so the schema's parse is a fresh copy of the known keys.
  return deepFreeze(InstrumentSchema.parse(definition) as T);
}
