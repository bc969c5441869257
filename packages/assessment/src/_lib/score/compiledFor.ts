import type { Result } from "@carerkit/core";
import { compileInstrument } from "../compileInstrument.ts";
import type { CompiledInstrument } from "../compile/types.ts";
import type { AssessmentIssue } from "../../errors.ts";
import type { Instrument } from "../../instrument/types/instrument.ts";

type Compiled = Result<CompiledInstrument, readonly AssessmentIssue[]>;

// The instrument scored last and its compiled form: scoring a batch with one instrument then
// costs one comparison instead of a WeakMap lookup per response. Only frozen instruments are
// kept (as compileInstrument caches only those), so what is kept cannot go stale.
let lastInstrument: Instrument | undefined;
let lastCompiled: Compiled | undefined;

/** The compiled instrument, reused across calls. */
export function compiledFor(instrument: Instrument): Compiled {
  if (instrument === lastInstrument && lastCompiled !== undefined) return lastCompiled;
  const compiled = compileInstrument(instrument);
  if (Object.isFrozen(instrument)) {
    lastInstrument = instrument;
    lastCompiled = compiled;
  }
  return compiled;
}
