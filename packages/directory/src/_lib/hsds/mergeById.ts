/** Concatenates lists, keeping the first item for each key. */
export function mergeById<T extends { readonly id: string }>(
  key: (t: T) => string,
  ...lists: (readonly T[])[]
): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const list of lists) {
    for (const item of list) {
      const k = key(item);
      if (seen.has(k)) continue;
      seen.add(k);
      out.push(item);
    }
  }
  return out;
}
