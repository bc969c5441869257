/**
 * A serialisable description of one hostile argument. The main thread generates recipes with
 * fast-check (so a seed fixes them), sends them to the worker, and the worker builds fresh
 * values from them for every call; a recipe is also what a defect report prints as the shape.
 */
export type Recipe =
  | { readonly k: "undefined" }
  | { readonly k: "null" }
  | { readonly k: "number"; readonly v: number }
  | { readonly k: "boolean"; readonly v: boolean }
  | { readonly k: "string"; readonly v: string }
  | { readonly k: "longString"; readonly length: number }
  | { readonly k: "symbol" }
  | { readonly k: "bigint"; readonly v: string }
  | { readonly k: "function"; readonly throws: boolean }
  | { readonly k: "date"; readonly ms: number }
  | { readonly k: "array"; readonly items: readonly Recipe[]; readonly throwingAt?: number }
  | {
      readonly k: "sparse";
      readonly length: number;
      readonly at: readonly (readonly [number, Recipe])[];
    }
  | {
      readonly k: "object";
      readonly proto: "plain" | "null" | "class" | "inherited";
      readonly entries: readonly (readonly [string, Recipe])[];
      readonly throwingGetter?: string;
    }
  | {
      readonly k: "deep";
      readonly shape: "array" | "object";
      readonly depth: number;
      readonly key: string;
    }
  | { readonly k: "export"; readonly name: string }
  | {
      readonly k: "tweak";
      readonly name: string;
      /** Which (container, key) slot of the fixture, modulo their number. */
      readonly slot: number;
      /** Replace the slot's value with a hostile one of the same type (picked by `pick`). */
      readonly sameType: boolean;
      readonly pick: number;
      /** Otherwise, or when the old value is neither number, string nor array: this. */
      readonly value: Recipe;
    };
