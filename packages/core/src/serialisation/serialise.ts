import { SCHEMA_VERSION, type EntityKind, type EntityOf } from "./entities.ts";

/**
 * Writes an entity as versioned JSON: `{"schemaVersion":1,"kind":"carer","data":{...}}`, so a
 * later release can tell what it is reading and migrate it. Read it back with
 * {@link deserialise}.
 *
 * @param kind - What the entity is.
 * @param entity - A parsed entity.
 * @returns The JSON text.
 * @example
 * const json = serialise("carer", parseCarer(input));
 * deserialise(json, "carer"); //=> { success: true, data: <the same carer> }
 */
export function serialise<TKind extends EntityKind>(kind: TKind, entity: EntityOf<TKind>): string {
  return JSON.stringify({ schemaVersion: SCHEMA_VERSION, kind, data: entity });
}
