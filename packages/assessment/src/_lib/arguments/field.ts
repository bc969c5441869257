/** `value[key]` when value is an object, else undefined: for checking a field of an unchecked argument. */
export function field(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null
    ? (value as Record<string, unknown>)[key]
    : undefined;
}
