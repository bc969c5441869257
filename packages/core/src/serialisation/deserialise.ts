import { argumentIssue } from "../_lib/argumentIssue.ts";
import { checkEntityKind } from "../_lib/checkEntityKind.ts";
import { checkFields } from "../_lib/checkFields.ts";
import { formatPath } from "../_lib/formatPath.ts";
import { PAST_DATE_FIELDS } from "../_lib/pastDateFields.ts";
import { checkArgument } from "../errors/checkArgument.ts";
import { safeParseWithSchema } from "../_lib/parseWithSchema.ts";
import type { CoreIssueCode } from "../errors/CoreIssueCode.ts";
import type { ParseResult } from "../result/ParseResult.ts";
import { err } from "../result/result.ts";
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
  /**
   * The reference date, `YYYY-MM-DD`, that dates of birth, identification and check-in dates
   * may not be after, as for `parseCarer(input, { asOf })`. Without it only the 1900–2200 span
   * applies.
   */
  readonly asOf?: string | undefined;
}

function fail(field: string, code: CoreIssueCode, detail: string): ParseResult<never> {
  return err([{ code, message: `${field}: ${detail}`, path: field === "(root)" ? [] : [field] }]);
}

function readEnvelope(json: string): SerialisedDocument | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return undefined;
  }
  const { schemaVersion, kind } = (parsed ?? {}) as Record<string, unknown>;
  return Number.isInteger(schemaVersion) &&
    typeof kind === "string" &&
    Object.hasOwn(parsed as object, "data")
    ? { schemaVersion: schemaVersion as number, kind, data: (parsed as { data: unknown }).data }
    : undefined;
}

/**
 * Reads JSON written by {@link serialise}: checks the envelope, migrates an older document
 * through `options.migrate`, then parses the data with the entity's schema. A document from a
 * newer release is refused rather than guessed at.
 *
 * @param json - The text from storage.
 * @param kind - The kind expected.
 * @param options - A migration hook for older documents, and `asOf` (see {@link ParseOptions}).
 * @returns The typed entity, or issues with codes `invalid_json`, `unsupported_version`,
 * `kind_mismatch`, `migration_failed` or any parse issue (paths start at `data`);
 * `invalid_argument` naming `json`, `kind` or `options.migrate` when one has the wrong shape.
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
  const refused = argumentIssue(() => {
    checkArgument("deserialise", { json }, "string");
    checkEntityKind("deserialise", kind);
    checkFields("deserialise", { options }, { migrate: "function?" });
  });
  if (refused) return err([refused]);
  const document = readEnvelope(json);
  if (document === undefined) {
    return fail(
      "(root)",
      "invalid_json",
      "expected JSON with schemaVersion, kind and data, got other text",
    );
  }
  const { schemaVersion: version } = document;
  if (document.kind !== kind) {
    return fail("kind", "kind_mismatch", `expected ${JSON.stringify(kind)}, got another kind`);
  }
  if (version > SCHEMA_VERSION || version < 0 || (version < SCHEMA_VERSION && !options.migrate)) {
    return fail(
      "schemaVersion",
      "unsupported_version",
      `expected ${SCHEMA_VERSION} (or older with a migrate option), got ${version}`,
    );
  }
  let data = document.data;
  try {
    if (version < SCHEMA_VERSION) data = options.migrate?.(document);
  } catch {
    return fail(
      "schemaVersion",
      "migration_failed",
      `expected the migration from ${version} to succeed, got an exception`,
    );
  }
  const fields: readonly string[] = Object.hasOwn(PAST_DATE_FIELDS, kind)
    ? PAST_DATE_FIELDS[kind as keyof typeof PAST_DATE_FIELDS]
    : [];
  const parsed = safeParseWithSchema(ENTITY_SCHEMAS[kind], data, {
    fn: "deserialise",
    asOf: options.asOf,
    fields,
  });
  if (parsed.success) return parsed as ParseResult<EntityOf<TKind>>;
  return err(
    parsed.error.map((issue) => {
      const path = ["data", ...(issue.path ?? [])];
      const detail = issue.message.slice(issue.message.indexOf(": ") + 2);
      return { code: issue.code, message: `${formatPath(path)}: ${detail}`, path };
    }),
  );
}
