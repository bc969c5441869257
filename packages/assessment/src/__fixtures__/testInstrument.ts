import type { Instrument } from "../instrument/types/instrument.ts";

/** A test instrument: the header filled in, the rest from `parts`. */
export function testInstrument(
  parts: Pick<Instrument, "id" | "items" | "total" | "missing"> & Partial<Instrument>,
): Instrument {
  return {
    title: `Test instrument ${parts.id}`,
    version: "1",
    source: "Test",
    licence: { status: "public_domain", holder: "Test", attribution: "" },
    ...parts,
  };
}
