// Shape checks for the objects a scheduling function receives, built on core's checkArgument:
// flat (no recursion, so hostile nesting cannot overflow the stack), one pass over each array,
// and reading only data properties, so a getter that throws is refused rather than run.
import { checkArgument, invalidArgument, type ArgumentKind } from "@carerkit/core";

/** Where a value was found: the public function and the path to the value. */
export interface Where {
  readonly fn: string;
  readonly path: string;
}

/** What a field must be: a kind (`"string?"` when it may be absent) or one of some literals. */
export type FieldKind =
  | ArgumentKind
  | `${ArgumentKind}?`
  | { readonly oneOf: readonly string[]; readonly optional?: boolean };

/** The place `suffix` (`.key` or `[3]`) below `where`. */
export const below = (where: Where, suffix: string): Where => ({
  fn: where.fn,
  path: `${where.path}${suffix}`,
});

/** Stands for an accessor property in a message: a getter is described as a function. */
const ACCESSOR = (): undefined => undefined;

/** Throws core's invalid_argument for the value at `where`. */
const refuse = (where: Where, value: unknown, expected: string): never => {
  throw invalidArgument(where.fn, { [where.path]: value }, expected);
};

/** Checks the value at `where` is of `kind`, with core's checkArgument. */
export function checkKind(where: Where, value: unknown, kind: ArgumentKind): void {
  checkArgument(where.fn, { [where.path]: value }, kind);
}

/** The value of the own data property `key` of `object`, refusing an accessor (a getter). */
export function readField(where: Where, object: object, key: string | number): unknown {
  const descriptor = Object.getOwnPropertyDescriptor(object, key);
  if (descriptor !== undefined && !("value" in descriptor))
    refuse(
      below(where, typeof key === "number" ? `[${key}]` : `.${key}`),
      ACCESSOR,
      "a data property (not a getter)",
    );
  return descriptor?.value;
}

/** Checks the value at `where` is one of `allowed`. */
export function checkOneOf(where: Where, value: unknown, allowed: readonly string[]): void {
  if (typeof value !== "string" || !allowed.includes(value))
    refuse(where, value, `one of ${allowed.join(", ")}`);
}

/**
 * Checks that the value at `where` is a plain object whose listed fields have their kinds,
 * naming each as `path.field`; fields not listed are not read.
 */
export function checkFields(
  where: Where,
  value: unknown,
  fields: Readonly<Record<string, FieldKind>>,
): void {
  checkKind(where, value, "plain object");
  for (const [key, kind] of Object.entries(fields)) {
    const at = below(where, `.${key}`);
    const field = readField(where, value as object, key);
    if (typeof kind === "object") {
      if (field !== undefined || kind.optional !== true) checkOneOf(at, field, kind.oneOf);
      continue;
    }
    const optional = kind.endsWith("?");
    if (optional && field === undefined) continue;
    checkKind(at, field, (optional ? kind.slice(0, -1) : kind) as ArgumentKind);
  }
}

/** Checks that the value at `where` is an array and runs `check` on each item (holes read as undefined). */
export function checkItems(
  where: Where,
  value: unknown,
  check: (at: Where, item: unknown) => void,
): void {
  checkKind(where, value, "array");
  const items = value as readonly unknown[];
  for (let index = 0; index < items.length; index += 1)
    check(below(where, `[${index}]`), readField(where, items, index));
}

/** Checks that the value at `where` is an array of strings, or absent when `optional`. */
export function checkStrings(where: Where, value: unknown, optional = false): void {
  if (optional && value === undefined) return;
  checkItems(where, value, (at, item) => {
    checkKind(at, item, "string");
  });
}

/**
 * Checks that the value at `where` is a plain object and runs `check` on each own enumerable
 * entry, named by its position (`path[2]`), since keys such as carer ids must not reach a message.
 */
export function checkRecord(
  where: Where,
  value: unknown,
  check: (at: Where, item: unknown) => void,
): void {
  checkKind(where, value, "plain object");
  for (const [index, key] of Object.keys(value as object).entries()) {
    const at = below(where, `[${index}]`);
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor !== undefined && !("value" in descriptor))
      refuse(at, ACCESSOR, "a data property (not a getter)");
    check(at, descriptor?.value);
  }
}
