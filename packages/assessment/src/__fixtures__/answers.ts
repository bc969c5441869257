import type { Instrument } from "../instrument/types/instrument.ts";
import type { InstrumentResponses } from "../instrument/types/item.ts";

/** Every item answered with the same value. */
export function uniform(instrument: Instrument, value: number): InstrumentResponses {
  return Object.fromEntries(instrument.items.map((item) => [item.id, value]));
}

/** Items answered in order with the given values. */
export function answers(instrument: Instrument, values: readonly number[]): InstrumentResponses {
  return Object.fromEntries(
    instrument.items.slice(0, values.length).map((item, i) => [item.id, values[i]]),
  );
}

/** A copy of an object without one key. */
export function omit<T extends object>(value: T, key: keyof T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([k]) => k !== key)) as Partial<T>;
}

/**
 * A response set summing to `total` on an instrument whose items all run from `lo` to `hi`:
 * fills items with `hi` from the start, then the remainder, then `lo`.
 */
export function summingTo(
  instrument: Instrument,
  total: number,
  [lo, hi]: readonly [number, number],
): InstrumentResponses {
  let left = total - lo * instrument.items.length;
  return Object.fromEntries(
    instrument.items.map((item) => {
      const extra = Math.min(hi - lo, left);
      left -= extra;
      return [item.id, lo + extra];
    }),
  );
}
