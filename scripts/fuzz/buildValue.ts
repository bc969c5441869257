import { FuzzSentinel } from "./FuzzSentinel.ts";
import { HOSTILE_NUMBERS, HOSTILE_STRINGS } from "./hostileValues.ts";
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

/** The (container, key) slots reachable from `root`, breadth first, at most `limit` of them. */
function slots(root: unknown, limit: number): [Record<string, unknown>, string][] {
  const found: [Record<string, unknown>, string][] = [];
  const seen = new Set<object>();
  const queue: unknown[] = [root];
  for (let i = 0; i < queue.length && found.length < limit; i += 1) {
    const value = queue[i];
    if (typeof value !== "object" || value === null || seen.has(value)) continue;
    seen.add(value);
    for (const [key, child] of Object.entries(value)) {
      found.push([value as Record<string, unknown>, key]);
      queue.push(child);
    }
  }
  return found;
}

/** A hostile value of the same type as `old` (a number for a number, a string for a string). */
function sameType(old: unknown, pick: number, fallback: unknown): unknown {
  if (typeof old === "number") return HOSTILE_NUMBERS[pick % HOSTILE_NUMBERS.length];
  if (typeof old === "string") return HOSTILE_STRINGS[pick % HOSTILE_STRINGS.length];
  if (Array.isArray(old))
    return pick % 2 === 0 ? [] : [...(old as unknown[]), ...(old as unknown[])];
  return fallback;
}

/** Replaces one slot of a cloned fixture: the smallest change that makes valid data hostile. */
function tweak(base: unknown, recipe: Extract<Recipe, { k: "tweak" }>, value: unknown): unknown {
  const found = slots(base, 5000);
  const slot = found[recipe.slot % Math.max(found.length, 1)];
  if (slot === undefined) return value;
  const [container, key] = slot;
  container[key] = recipe.sameType ? sameType(container[key], recipe.pick, value) : value;
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
