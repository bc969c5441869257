import { invalidArgument } from "../errors/invalidArgument.ts";
import { ENTITY_SCHEMAS } from "../serialisation/entities.ts";

/** Throws `invalid_argument` naming `kind` unless it is one of the serialisable entity kinds. */
export function checkEntityKind(fn: string, kind: unknown): void {
  if (typeof kind !== "string" || !Object.hasOwn(ENTITY_SCHEMAS, kind)) {
    throw invalidArgument(fn, { kind }, `one of ${Object.keys(ENTITY_SCHEMAS).join(", ")}`);
  }
}
