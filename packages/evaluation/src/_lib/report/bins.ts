// Bins for the distribution charts, labelled for the published tables.

export interface Bin {
  readonly label: string;
  readonly contains: (x: number) => boolean;
}

/** The bin of integers start…end; non-integers fall in the bin of their floor. */
function bin(start: number, end: number): Bin {
  return {
    label: start === end ? String(start) : `${start} to ${end}`,
    contains: (x) => x >= start && x < end + 1,
  };
}

/** Up to `most` equal-width integer bins covering low…high. */
export function scoreBins(low: number, high: number, most: number): Bin[] {
  const from = Math.floor(low);
  const to = Math.ceil(high);
  const width = Math.max(1, Math.ceil((to - from + 1) / most));
  const out: Bin[] = [];
  for (let start = from; start <= to; start += width)
    out.push(bin(start, Math.min(to, start + width - 1)));
  return out;
}

/** Bins of change: ≤ `most` negative bins, a bin for 0, ≤ `most` positive bins. */
export function changeBins(span: number, most: number): Bin[] {
  const width = Math.max(1, Math.ceil(span / most));
  const positive: Bin[] = [];
  const negative: Bin[] = [];
  for (let start = 1; start <= span; start += width) {
    const end = Math.min(span, start + width - 1);
    positive.push(bin(start, end));
    negative.unshift({
      label: start === end ? String(-start) : `${-end} to ${-start}`,
      contains: (x) => x <= -start && x > -end - 1,
    });
  }
  const zero: Bin = { label: "0", contains: (x) => x > -1 && x < 1 };
  return [...negative, zero, ...positive];
}
