const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Applies an RFC 7396 JSON merge patch: objects merge key by key, `null` removes a key, anything
 * else replaces. Neither input is changed. The result is built with `Object.fromEntries`, which
 * defines own properties, so a `__proto__` key stays a plain key (that the entity's strict parse
 * then refuses) and never reaches a prototype.
 */
export function applyMergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return patch;
  const merged = new Map(Object.entries(isObject(target) ? target : {}));
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) merged.delete(key);
    else merged.set(key, applyMergePatch(merged.get(key), value));
  }
  return Object.fromEntries(merged);
}
