/** `{ [key]: value }`, or `{}` when the value is absent, for spreading into an object. */
export function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}
