import type { Recipe } from "./recipe.ts";

const MAX = 160;

function shape(recipe: Recipe): string {
  switch (recipe.k) {
    case "undefined":
    case "null":
    case "symbol":
      return recipe.k;
    case "number":
      return Object.is(recipe.v, -0) ? "-0" : String(recipe.v);
    case "boolean":
      return String(recipe.v);
    case "string":
      return JSON.stringify(recipe.v.length > 24 ? `${recipe.v.slice(0, 24)}…` : recipe.v);
    case "longString":
      return `"9"×${recipe.length}`;
    case "bigint":
      return `${recipe.v}n`;
    case "function":
      return recipe.throws ? "fn(throws)" : "fn";
    case "date":
      return Number.isNaN(recipe.ms)
        ? "Invalid Date"
        : `Date(${new Date(recipe.ms).toISOString()})`;
    case "array":
      return `[${recipe.items.map(shape).join(", ")}${recipe.throwingAt === undefined ? "" : `, [${recipe.throwingAt}]: get throws`}]`;
    case "sparse":
      return `sparse(${recipe.length})[${recipe.at.map(([i, v]) => `${i}: ${shape(v)}`).join(", ")}]`;
    case "object": {
      const entries = recipe.entries.map(([k, v]) => `${JSON.stringify(k)}: ${shape(v)}`);
      if (recipe.throwingGetter !== undefined)
        entries.push(`get ${JSON.stringify(recipe.throwingGetter)} throws`);
      const proto = recipe.proto === "plain" ? "" : `${recipe.proto}-proto `;
      return `${proto}{${entries.join(", ")}}`;
    }
    case "deep":
      return `${recipe.shape === "array" ? "[[…]]" : `{${recipe.key}:{…}}`} depth ${recipe.depth}`;
    case "export":
      return recipe.name;
    case "tweak":
      return `${recipe.name} with slot #${recipe.slot} := ${recipe.sameType ? `hostile same-type #${recipe.pick}` : shape(recipe.value)}`;
  }
}

/**
 * Describes a call's arguments by shape, briefly, for a defect report (no real data is ever
 * fuzzed, so showing the generated values is safe).
 *
 * @param args - The call's argument recipes.
 * @returns e.g. `(null, {"items": NaN}, [[…]] depth 10000)`.
 * @example
 * describeRecipe([{ k: "null" }]); // "(null)"
 */
export function describeRecipe(args: readonly Recipe[]): string {
  const text = `(${args.map(shape).join(", ")})`;
  return text.length > MAX ? `${text.slice(0, MAX)}…)` : text;
}
