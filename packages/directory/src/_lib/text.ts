// Text normalisation shared by the crosswalk, the index and the importers.

/** Lower case, apostrophes removed ("carer's" → "carers"), other punctuation to spaces. */
export function normaliseText(text: string): string {
  const lower = text.toLowerCase();
  // Unicode decomposition (é → e) only when there is something to decompose: it is slow.
  // eslint-disable-next-line no-control-regex
  const ascii = /^[\x00-\x7f]*$/.test(lower);
  return (ascii ? lower : lower.normalize("NFKD").replace(/[\u0300-\u036f]/g, ""))
    .replace(/['’‘`]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Whether the normalised phrase occurs in the normalised text on word boundaries. */
export function hasPhrase(normalisedText: string, normalisedPhrase: string): boolean {
  if (normalisedPhrase === "") return false;
  return ` ${normalisedText} `.includes(` ${normalisedPhrase} `);
}

export function uniqueSorted<T extends string>(values: Iterable<T>): T[] {
  return [...new Set(values)].sort();
}

/** Tokeniser shared by indexing and querying: the same normalisation as the crosswalk. */
export function tokenize(text: string): string[] {
  const n = normaliseText(text);
  return n === "" ? [] : n.split(" ");
}
