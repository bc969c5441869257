import type { Instrument } from "../../instrument/types/instrument.ts";
import { compileInstrument } from "../compileInstrument.ts";
import type { CustomArgumentKind } from "./argumentProblem.ts";

/**
 * The argument kind of an instrument: a definition that passes `checkInstrument`. Instruments are
 * compiled (once, cached, for frozen ones), so any definition a function goes on to read is known
 * to be well formed.
 */
export const INSTRUMENT_ARGUMENT: CustomArgumentKind = {
  expected: "an instrument that passes checkInstrument",
  holds: (value) => compileInstrument(value as Instrument).success,
};
