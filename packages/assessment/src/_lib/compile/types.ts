// The shapes of an instrument once checked and prepared for scoring.
import type { BandResult, Banding } from "../../instrument/types/banding.ts";
import type { Instrument } from "../../instrument/types/instrument.ts";
import type { FlagRule, Subscale } from "../../instrument/types/rules.ts";
import type { RaisedFlag } from "../../instrument/types/score.ts";

/** The lowest and highest possible score of a total or subscale, and whether it is whole. */
export interface Scale {
  readonly min: number;
  readonly max: number;
  readonly integer: boolean;
}

/** An item prepared for fast scoring. */
export interface CompiledItem {
  readonly id: string;
  readonly lo: number;
  readonly hi: number;
  /** Options are every whole number from lo to hi: a range check suffices. */
  readonly contiguous: boolean;
  readonly integer: boolean;
  readonly values: ReadonlySet<number> | undefined;
  readonly reverse: boolean;
  /** "one of 0, 1, 2, 3" or "a number from 0 to 10". */
  readonly expected: string;
}

export interface CompiledBanding {
  readonly banding: Banding;
  /** Sorted by min, each with its banding id, frozen and shared between scores. */
  readonly bands: readonly BandResult[];
}

export interface CompiledSubscale {
  readonly subscale: Subscale;
  readonly indices: readonly number[];
  readonly bandings: readonly CompiledBanding[];
}

export interface CompiledFlag {
  readonly rule: FlagRule;
  /** Item index, or -1 for the total, or -2 - subscale index for a subscale. */
  readonly target: number;
  /** For item flags on items with options: `[the raised flag]` for each answer value, frozen and shared. */
  readonly raised?: ReadonlyMap<number, readonly RaisedFlag[]> | undefined;
}

export interface CompiledConversion {
  readonly id: string;
  readonly label: string;
  readonly map: ReadonlyMap<number, number>;
  readonly bandings: readonly CompiledBanding[];
}

/** An instrument checked once and prepared for scoring many responses. */
export interface CompiledInstrument {
  readonly instrument: Instrument;
  readonly items: readonly CompiledItem[];
  readonly index: ReadonlyMap<string, number>;
  readonly totalMin: number;
  readonly totalMax: number;
  readonly integerTotal: boolean;
  readonly totalBandings: readonly CompiledBanding[];
  readonly subscales: readonly CompiledSubscale[];
  readonly conversions: readonly CompiledConversion[];
  readonly itemFlags: readonly CompiledFlag[];
  readonly scoreFlags: readonly CompiledFlag[];
  /** Fixed parts of the explanation, worded once. */
  readonly words: {
    readonly head: string;
    readonly itemsAnswered: string;
    readonly method: string;
    readonly range: string;
    readonly bands: ReadonlyMap<BandResult, string>;
    /** " Flag id (severity): message" by flag id. */
    readonly flags: ReadonlyMap<string, string>;
    /** For a shared `[flag]` array: the whole explanation by total (no subscales or conversions). */
    readonly flaggedByTotal: ReadonlyMap<readonly RaisedFlag[], readonly string[]>;
    /** For whole-number totals with every item answered: the explanation up to the total's bands, indexed by t − totalMin. */
    readonly byTotal: readonly string[];
  };
  /** For whole-number totals: the (frozen, shared) bands of the total t, indexed by t − totalMin. */
  readonly bandsByTotal: readonly (readonly BandResult[])[];
}
