import { checkEntityKind } from "../_lib/checkEntityKind.ts";
import { invalidArgument } from "../errors/invalidArgument.ts";
import { SCHEMA_VERSION, type EntityKind, type EntityOf } from "./entities.ts";

/**
 * Writes an entity as versioned JSON: `{"schemaVersion":1,"kind":"carer","data":{...}}`, so a
 * later release can tell what it is reading and migrate it. Read it back with
 * {@link deserialise}.
 *
 * @param kind - What the entity is.
 * @param entity - A parsed entity.
 * @returns The JSON text.
 * @throws {@link CarerKitError} `invalid_argument` naming `kind` when it is not an entity kind,
 * or `entity` when it cannot be written as JSON (a cycle, a `BigInt`, or nesting too deep).
 * @example
 * const json = serialise("carer", parseCarer(input));
 * deserialise(json, "carer"); //=> { success: true, data: <the same carer> }
 */
export function serialise<TKind extends EntityKind>(kind: TKind, entity: EntityOf<TKind>): string {
  checkEntityKind("serialise", kind);
  try {
    return JSON.stringify({ schemaVersion: SCHEMA_VERSION, kind, data: entity });
  } catch {
    // JSON.stringify throws TypeError on a cycle or BigInt and RangeError on deep nesting.
    throw invalidArgument("serialise", { entity }, "a parsed entity that can be written as JSON");
  }
}
