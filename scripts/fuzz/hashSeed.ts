/**
 * A 31-bit seed for one export's calls, from the campaign seed and the export's name (FNV-1a),
 * so each export gets the same calls whatever else is fuzzed alongside it.
 *
 * @param parts - The campaign seed, the package and the export name.
 * @returns A non-negative 31-bit integer.
 * @example
 * hashSeed([42, "core", "calculateAge"]) === hashSeed([42, "core", "calculateAge"]); // true
 */
export function hashSeed(parts: readonly (string | number)[]): number {
  let hash = 0x811c9dc5;
  for (const char of parts.join("\u0000")) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 1;
}
