/** The items of a comma-separated list cell (`"Spanish, Tagalog"`), trimmed, blanks dropped. */
export function splitList(value: unknown): string[] {
  if (typeof value !== "string") return [];
  return value
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}
