import { FuzzSentinel } from "./FuzzSentinel.ts";
import type { Recipe } from "./recipe.ts";

/** A class whose instances are objects that are not plain (their prototype is not Object's). */
class NotPlain {
  readonly id = "not-plain";
}

function throwSentinel(): never {
  throw new FuzzSentinel();
}

function deep(shape: "array" | "object", depth: number, key: string): unknown {
  let value: unknown = shape === "array" ? [] : {};
  for (let i = 0; i < depth; i += 1) value = shape === "array" ? [value] : { [key]: value };
  return value;
}

/** Objects and arrays reachable from `root`, breadth first, at most `limit` of them. */
function containers(root: unknown, limit: number): object[] {
  const found: object[] = [];
  const seen = new Set<object>();
  const queue: unknown[] = [root];
  for (let i = 0; i < queue.length && found.length < limit; i += 1) {
    const value = queue[i];
    if (typeof value !== "object" || value === null || seen.has(value)) continue;
    seen.add(value);
    found.push(value);
    for (const child of Object.values(value)) queue.push(child);
  }
  return found;
}

function tweak(base: unknown, recipe: Extract<Recipe, { k: "tweak" }>, value: unknown): unknown {
  const nodes = containers(base, 5000);
  const node = nodes[recipe.node % Math.max(nodes.length, 1)] as
    Record<string, unknown> | undefined;
  if (node === undefined) return value;
  const keys = Object.keys(node);
  node[keys.length === 0 ? "id" : (keys[recipe.key % keys.length] ?? "id")] = value;
  return base;
}

function objectFrom(
  recipe: Extract<Recipe, { k: "object" }>,
  exports: ReadonlyMap<string, unknown>,
): object {
  const target: Record<string, unknown> =
    recipe.proto === "null"
      ? (Object.create(null) as Record<string, unknown>)
      : recipe.proto === "class"
        ? (new NotPlain() as unknown as Record<string, unknown>)
        : recipe.proto === "inherited"
          ? (Object.create({ id: "inherited", items: [] }) as Record<string, unknown>)
          : {};
  for (const [key, value] of recipe.entries) {
    Object.defineProperty(target, key, {
      value: buildValue(value, exports),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  if (recipe.throwingGetter !== undefined) {
    Object.defineProperty(target, recipe.throwingGetter, {
      get: throwSentinel,
      enumerable: true,
      configurable: true,
    });
  }
  return target;
}

/**
 * Builds a fresh value from a recipe: every call gets its own objects, so one call's mutation
 * cannot leak into the next. `exports` holds the package's cloneable non-function exports
 * (built-in instruments, templates, vocabularies), cloned here for each use.
 *
 * @param recipe - What to build.
 * @param exports - The package's cloneable exports, by name.
 * @returns The value.
 * @example
 * buildValue({ k: "deep", shape: "array", depth: 3, key: "items" }, new Map()); // [[[[]]]]
 */
export function buildValue(recipe: Recipe, exports: ReadonlyMap<string, unknown>): unknown {
  switch (recipe.k) {
    case "undefined":
      return undefined;
    case "null":
      return null;
    case "number":
    case "boolean":
    case "string":
      return recipe.v;
    case "longString":
      return "9".repeat(recipe.length);
    case "symbol":
      return Symbol("fuzz");
    case "bigint":
      return BigInt(recipe.v);
    case "function":
      return recipe.throws ? throwSentinel : () => undefined;
    case "date":
      return new Date(recipe.ms);
    case "array": {
      const array = recipe.items.map((item) => buildValue(item, exports));
      if (recipe.throwingAt !== undefined)
        Object.defineProperty(array, recipe.throwingAt, { get: throwSentinel, enumerable: true });
      return array;
    }
    case "sparse": {
      const array: unknown[] = new Array<unknown>(recipe.length);
      for (const [index, item] of recipe.at) array[index] = buildValue(item, exports);
      return array;
    }
    case "object":
      return objectFrom(recipe, exports);
    case "deep":
      return deep(recipe.shape, recipe.depth, recipe.key);
    case "export":
      return structuredClone(exports.get(recipe.name));
    case "tweak":
      return tweak(
        structuredClone(exports.get(recipe.name)),
        recipe,
        buildValue(recipe.value, exports),
      );
  }
}
