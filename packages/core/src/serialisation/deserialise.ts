import { formatPath } from "../_lib/formatPath.ts";
import { safeParseWithSchema } from "../_lib/parseWithSchema.ts";
import type { CoreIssueCode } from "../errors/CoreIssueCode.ts";
import type { ParseResult } from "../result/ParseResult.ts";
import { err, type CarerKitIssue } from "../result/result.ts";
import { ENTITY_SCHEMAS, SCHEMA_VERSION, type EntityKind, type EntityOf } from "./entities.ts";

/**
 * A serialised document as found, before any migration: its version, kind and data.
 *
 * @example
 * const old: SerialisedDocument = { schemaVersion: 0, kind: "carer", data: { id: "c-1" } };
 */
export interface SerialisedDocument {
  readonly schemaVersion: number;
  readonly kind: string;
  readonly data: unknown;
}

/** Options for {@link deserialise}. */
export interface DeserialiseOptions {
  /**
   * Turns a document written by an older release (`schemaVersion` below {@link SCHEMA_VERSION})
   * into the current shape of its `data`. It is called only for older documents; what it returns
   * is then parsed as usual. Without it, older documents are refused with `unsupported_version`.
   */
  readonly migrate?: ((document: SerialisedDocument) => unknown) | undefined;
}

function fail(code: CoreIssueCode, message: string): ParseResult<never> {
  const issue: CarerKitIssue<CoreIssueCode> = { code, message, path: [] };
  return err([issue]);
}

function readEnvelope(json: string): SerialisedDocument | string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return "invalid_json";
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return "envelope";
  const { schemaVersion, kind } = parsed as Record<string, unknown>;
  if (
    !Number.isInteger(schemaVersion) ||
    typeof kind !== "string" ||
    !Object.hasOwn(parsed, "data")
  ) {
    return "envelope";
  }
  return { schemaVersion: schemaVersion as number, kind, data: (parsed as { data: unknown }).data };
}

/**
 * Reads JSON written by {@link serialise}: checks the envelope, migrates an older document
 * through `options.migrate`, then parses the data with the entity's schema. A document from a
 * newer release is refused rather than guessed at.
 *
 * @param json - The text from storage.
 * @param kind - The kind expected.
 * @param options - A migration hook for older documents.
 * @returns The typed entity, or issues with codes `invalid_json`, `unsupported_version`,
 * `kind_mismatch`, `migration_failed` or any parse issue (paths start at `data`).
 * @example
 * const result = deserialise(stored, "carer", {
 *   migrate: (doc) => ({ ...(doc.data as object), status: "active" }),
 * });
 * if (result.success) result.data.status;
 */
export function deserialise<TKind extends EntityKind>(
  json: string,
  kind: TKind,
  options: DeserialiseOptions = {},
): ParseResult<EntityOf<TKind>> {
  const document = readEnvelope(json);
  if (document === "invalid_json")
    return fail("invalid_json", "(root): expected JSON text, got text that is not JSON");
  if (typeof document === "string") {
    return fail(
      "invalid_type",
      '(root): expected {"schemaVersion": <integer>, "kind": <string>, "data": ...}, got another shape',
    );
  }
  if (document.kind !== kind) {
    return fail(
      "kind_mismatch",
      `kind: expected ${JSON.stringify(kind)}, got ${JSON.stringify(document.kind.slice(0, 40))}`,
    );
  }
  let data = document.data;
  if (document.schemaVersion > SCHEMA_VERSION || document.schemaVersion < 0) {
    return fail(
      "unsupported_version",
      `schemaVersion: expected ${SCHEMA_VERSION} or an older version, got ${document.schemaVersion} (written by a newer release?)`,
    );
  }
  if (document.schemaVersion < SCHEMA_VERSION) {
    if (options.migrate === undefined) {
      return fail(
        "unsupported_version",
        `schemaVersion: expected ${SCHEMA_VERSION}, got ${document.schemaVersion} and no migrate option to upgrade it`,
      );
    }
    try {
      data = options.migrate(document);
    } catch {
      return fail(
        "migration_failed",
        `schemaVersion: the migration from ${document.schemaVersion} threw`,
      );
    }
  }
  const parsed = safeParseWithSchema(ENTITY_SCHEMAS[kind], data);
  if (parsed.success) return parsed as ParseResult<EntityOf<TKind>>;
  return err(
    parsed.error.map((issue) => {
      const path = ["data", ...(issue.path ?? [])];
      const detail = issue.message.slice(issue.message.indexOf(": ") + 2);
      return { code: issue.code, message: `${formatPath(path)}: ${detail}`, path };
    }),
  );
}
