import { isCloneable } from "./isCloneable.ts";

/** What the worker tells the main thread about one export of a package's index. */
export interface ExportInfo {
  readonly name: string;
  readonly kind: "function" | "class" | "value";
  /** `fn.length` for functions. */
  readonly arity: number;
  /** A non-function export that `structuredClone` copies: usable as a valid fixture. */
  readonly cloneable: boolean;
}

/** A package's exports and its own words, from which the plausible-but-wrong shapes are made. */
export interface PackageDescription {
  readonly exports: readonly ExportInfo[];
  /** Object keys found in the package's zod schemas and constant exports, sorted. */
  readonly keys: readonly string[];
  /** Short strings found in its constant exports (vocabularies, codes), sorted. */
  readonly words: readonly string[];
  /** Names of the test fixtures loaded from `src/__fixtures__` (see `loadFixtures`). */
  readonly fixtures: readonly string[];
}

const MAX_WORDS = 400;

function isClass(value: unknown): boolean {
  return typeof value === "function" && /^class[\s{]/.test(Function.prototype.toString.call(value));
}

/** Reads a zod object's shape keys without assuming zod's internals beyond `shape`. */
function schemaKeys(value: unknown): string[] {
  try {
    const shape = (value as { shape?: unknown } | null)?.shape;
    return typeof shape === "object" && shape !== null ? Object.keys(shape) : [];
  } catch {
    return [];
  }
}

/** Collects keys and short strings reachable from a constant, breadth first and bounded. */
function collect(root: unknown, keys: Set<string>, words: Set<string>): void {
  const queue: unknown[] = [root];
  const seen = new Set<unknown>();
  for (let i = 0; i < queue.length && i < 5000; i += 1) {
    const value = queue[i];
    if (typeof value === "string" && value.length <= 40) words.add(value);
    if (typeof value !== "object" || value === null || seen.has(value)) continue;
    seen.add(value);
    for (const [key, child] of Object.entries(value)) {
      if (!Array.isArray(value)) keys.add(key);
      queue.push(child);
    }
  }
}

function capped(values: Set<string>): string[] {
  return [...values].sort().slice(0, MAX_WORDS);
}

/**
 * Describes a package's exports (sorted by name, so the campaign is deterministic) and gathers
 * its vocabulary: the keys of its zod object schemas, of its constant exports and of its test
 * fixtures, and the short strings inside those.
 *
 * @param namespace - The imported `src/index.ts` module.
 * @param fixtures - The package's test fixtures, by name.
 * @returns The exports and the vocabulary.
 * @example
 * const description = describeExports(await import("../../packages/core/src/index.ts"), new Map());
 */
export function describeExports(
  namespace: Readonly<Record<string, unknown>>,
  fixtures: ReadonlyMap<string, unknown>,
): PackageDescription {
  const keys = new Set<string>();
  const words = new Set<string>();
  const exports = Object.keys(namespace)
    .sort()
    .map((name): ExportInfo => {
      const value = namespace[name];
      if (typeof value === "function") {
        for (const key of schemaKeys(value)) keys.add(key);
        return {
          name,
          kind: isClass(value) ? "class" : "function",
          arity: value.length,
          cloneable: false,
        };
      }
      for (const key of schemaKeys(value)) keys.add(key);
      const cloneable = isCloneable(value);
      if (cloneable) collect(value, keys, words);
      return { name, kind: "value", arity: 0, cloneable };
    });
  for (const value of fixtures.values()) collect(value, keys, words);
  return { exports, keys: capped(keys), words: capped(words), fixtures: [...fixtures.keys()] };
}
