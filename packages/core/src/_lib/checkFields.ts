import { checkArgument, type ArgumentKind } from "../errors/checkArgument.ts";

/** A field's kind for {@link checkFields}; a trailing `?` lets the field be absent (`undefined`). */
export type FieldKind = ArgumentKind | `${ArgumentKind}?`;

function entryOf(argument: Readonly<Record<string, unknown>>): [string, unknown] {
  return Object.entries(argument)[0] ?? ["argument", undefined];
}

/**
 * Checks that a parameter is a plain object (an ordinary or null-prototype object) and that each
 * listed field has its kind, with `checkArgument`, naming the path (`"plan.stepIn"`). Only the
 * fields a function reads are listed, so the check stays cheap: a constant number of reads.
 *
 * @example
 * checkFields("redactCarer", { carer }, { id: "string", postcode: "string?" });
 */
export function checkFields(
  fn: string,
  argument: Readonly<Record<string, unknown>>,
  fields: Readonly<Record<string, FieldKind>>,
): void {
  checkArgument(fn, argument, "plain object");
  const [name, value] = entryOf(argument);
  const record = value as Readonly<Record<string, unknown>>;
  for (const [field, kind] of Object.entries(fields)) {
    const optional = kind.endsWith("?");
    const fieldValue = Object.hasOwn(record, field) ? record[field] : undefined;
    if (optional && fieldValue === undefined) continue;
    checkArgument(fn, { [`${name}.${field}`]: fieldValue }, kind.replace("?", "") as ArgumentKind);
  }
}

/**
 * Checks that a parameter is an array and runs `each` on every item with its path
 * (`"consents[3]"`), iterating (never recursing) so a long array costs only its length.
 */
export function checkEach(
  fn: string,
  argument: Readonly<Record<string, unknown>>,
  each: (item: unknown, path: string) => void,
): void {
  checkArgument(fn, argument, "array");
  const [name, value] = entryOf(argument);
  const items = value as readonly unknown[];
  for (let index = 0; index < items.length; index++)
    each(items[index], `${name}[${String(index)}]`);
}
