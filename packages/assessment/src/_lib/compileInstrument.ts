import { err, ok, type Result } from "@carerkit/core";
import type { AssessmentIssue } from "../errors.ts";
import type {
  Band,
  BandResult,
  RaisedFlag,
  Banding,
  FlagRule,
  Instrument,
  InstrumentItem,
  Subscale,
} from "../instrument/types.ts";

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

const cache = new WeakMap<Instrument, Result<CompiledInstrument, readonly AssessmentIssue[]>>();

/**
 * Checks an instrument and prepares it for scoring; the outcome is cached per frozen instrument
 * object, so scoring many responses pays for the checks once.
 */
export function compileInstrument(
  instrument: Instrument,
): Result<CompiledInstrument, readonly AssessmentIssue[]> {
  const cached = cache.get(instrument);
  if (cached !== undefined) return cached;
  const result = compile(instrument);
  // Only frozen definitions (from defineInstrument) are cached: others could change under us.
  if (Object.isFrozen(instrument)) cache.set(instrument, result);
  return result;
}

function issue(code: AssessmentIssue["code"], path: readonly (string | number)[], message: string) {
  return { code, path, message: `${path.join(".")}: ${message}` } satisfies AssessmentIssue;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function compileItem(
  item: InstrumentItem,
  at: { readonly index: number; readonly reverse: boolean },
  issues: AssessmentIssue[],
): CompiledItem | undefined {
  const { reverse } = at;
  const path = ["items", at.index];
  if (!isObject(item) || typeof item.id !== "string" || item.id === "") {
    issues.push(issue("missing_field", path, "expected an item with a non-empty string id"));
    return undefined;
  }
  const options = item.options;
  if (reverse && (options === undefined || options.length === 0)) {
    issues.push(
      issue(
        "reverse_item_without_options",
        [...path, "options"],
        `item ${item.id} is reverse-scored but has no response options; reverse scoring needs the lowest and highest option`,
      ),
    );
    return undefined;
  }
  if (options !== undefined && options.length > 0) {
    const values = options.map((o) => o.value);
    const bad = values.findIndex((v) => typeof v !== "number" || !Number.isFinite(v));
    if (bad >= 0) {
      issues.push(
        issue(
          "item_without_answers",
          [...path, "options", bad, "value"],
          `expected a finite number, got ${String(values[bad])}`,
        ),
      );
      return undefined;
    }
    const set = new Set(values);
    if (set.size !== values.length) {
      issues.push(
        issue("duplicate_id", [...path, "options"], `item ${item.id} repeats an option value`),
      );
      return undefined;
    }
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    const integer = values.every((v) => Number.isInteger(v));
    const contiguous = integer && set.size === hi - lo + 1;
    const sorted = [...values].sort((a, b) => a - b);
    return {
      id: item.id,
      lo,
      hi,
      contiguous,
      integer,
      values: set,
      reverse,
      expected: `one of ${sorted.join(", ")}`,
    };
  }
  const range = item.range;
  if (range !== undefined && isObject(range) && range.min <= range.max) {
    return {
      id: item.id,
      lo: range.min,
      hi: range.max,
      contiguous: false,
      integer: range.integer,
      values: undefined,
      reverse: false,
      expected: `${range.integer ? "a whole number" : "a number"} from ${range.min} to ${range.max}`,
    };
  }
  issues.push(
    issue(
      "item_without_answers",
      path,
      `item ${item.id} needs response options or a numeric range (min ≤ max)`,
    ),
  );
  return undefined;
}

function checkBands(
  banding: Banding,
  on: {
    readonly path: readonly (string | number)[];
    readonly scale: { min: number; max: number; integer: boolean };
  },
  issues: AssessmentIssue[],
): CompiledBanding {
  const { path, scale } = on;
  const bands = [...banding.bands]
    .sort((a, b) => a.min - b.min)
    .map((band): BandResult => Object.freeze({ ...band, banding: banding.id }));
  const where = `banding ${banding.id}`;
  for (const code of duplicates(banding.bands.map((band) => band.code)))
    issues.push(issue("duplicate_id", [...path, "bands"], `${where} uses band code ${code} twice`));
  const first = bands[0];
  const last = bands.at(-1);
  if (first === undefined || last === undefined) {
    issues.push(issue("band_gap", [...path, "bands"], `${where} has no bands`));
    return { banding, bands };
  }
  if (first.min !== scale.min)
    issues.push(
      issue(
        first.min > scale.min ? "band_gap" : "band_out_of_range",
        [...path, "bands"],
        `${where} starts at ${first.min}, but the scale starts at ${scale.min}`,
      ),
    );
  if (last.max !== scale.max)
    issues.push(
      issue(
        last.max < scale.max ? "band_gap" : "band_out_of_range",
        [...path, "bands"],
        `${where} ends at ${last.max}, but the scale ends at ${scale.max}`,
      ),
    );
  const step = scale.integer ? 1 : 0;
  bands.forEach((band, b) => {
    if (band.max < band.min)
      issues.push(
        issue(
          "band_out_of_range",
          [...path, "bands", band.code],
          `${where}: band ${band.code} has max ${band.max} below min ${band.min}`,
        ),
      );
    const next = bands[b + 1];
    if (next === undefined) return;
    const expected = band.max + step;
    if (next.min > expected)
      issues.push(
        issue(
          "band_gap",
          [...path, "bands", next.code],
          `${where}: gap between ${band.code} (ends ${band.max}) and ${next.code} (starts ${next.min}); expected ${next.code} to start at ${expected}`,
        ),
      );
    else if (next.min < expected)
      issues.push(
        issue(
          "band_overlap",
          [...path, "bands", next.code],
          `${where}: ${band.code} (ends ${band.max}) overlaps ${next.code} (starts ${next.min}); expected ${next.code} to start at ${expected}`,
        ),
      );
  });
  return { banding, bands };
}

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const id of ids) (seen.has(id) ? repeated : seen).add(id);
  return [...repeated];
}

// One linear walk over the definition; long, but each block checks one part of it.
function compile(instrument: Instrument): Result<CompiledInstrument, readonly AssessmentIssue[]> {
  const issues: AssessmentIssue[] = [];
  if (!isObject(instrument) || !Array.isArray((instrument as { items?: unknown }).items)) {
    return err([issue("missing_field", ["items"], "expected an instrument with an items array")]);
  }
  if (instrument.items.length === 0)
    issues.push(issue("empty_instrument", ["items"], "expected at least one item"));

  const ids = instrument.items.map((item) => (item as InstrumentItem | null)?.id ?? "");
  for (const id of duplicates(ids))
    issues.push(issue("duplicate_id", ["items"], `item id ${id} is used more than once`));
  const known = new Set(ids);

  const reverse = new Set(instrument.reverseScored ?? []);
  for (const id of reverse)
    if (!known.has(id))
      issues.push(issue("unknown_item", ["reverseScored"], `no item with id ${id}`));

  const items: CompiledItem[] = [];
  instrument.items.forEach((item, i) => {
    const compiled = compileItem(item, { index: i, reverse: reverse.has(item.id) }, issues);
    if (compiled !== undefined) items.push(compiled);
  });
  const index = new Map(items.map((item, i) => [item.id, i]));

  const mean = instrument.total.method === "mean";
  const sumOf = (list: readonly CompiledItem[], pick: (item: CompiledItem) => number) =>
    list.reduce((sum, item) => sum + pick(item), 0);
  const scaleOf = (list: readonly CompiledItem[], method: "sum" | "mean") => {
    const n = Math.max(list.length, 1);
    const min = sumOf(list, (item) => item.lo);
    const max = sumOf(list, (item) => item.hi);
    return method === "mean"
      ? { min: min / n, max: max / n, integer: false }
      : { min, max, integer: list.every((item) => item.integer) };
  };
  const totalScale = scaleOf(items, instrument.total.method);

  const rule = instrument.missing;
  if (
    rule.kind === "prorate" &&
    (!Number.isInteger(rule.maxMissing) ||
      rule.maxMissing < 1 ||
      rule.maxMissing >= instrument.items.length)
  )
    issues.push(
      issue(
        "invalid_missing_rule",
        ["missing", "maxMissing"],
        `expected a whole number from 1 to ${instrument.items.length - 1}, got ${rule.maxMissing}`,
      ),
    );

  const subscaleDefs = instrument.subscales ?? [];
  for (const id of duplicates(subscaleDefs.map((s) => s.id)))
    issues.push(issue("duplicate_id", ["subscales"], `subscale id ${id} is used more than once`));
  const bandingDefs = instrument.bandings ?? [];
  for (const id of duplicates(bandingDefs.map((b) => b.id)))
    issues.push(issue("duplicate_id", ["bandings"], `banding id ${id} is used more than once`));

  const subscaleScales = new Map<string, { min: number; max: number; integer: boolean }>();
  const subscales: CompiledSubscale[] = subscaleDefs.map((subscale, s) => {
    const indices: number[] = [];
    subscale.items.forEach((id, k) => {
      const at = index.get(id);
      if (at === undefined)
        issues.push(
          issue(
            "unknown_item",
            ["subscales", s, "items", k],
            `subscale ${subscale.id} lists item ${id}, which the instrument does not have`,
          ),
        );
      else indices.push(at);
    });
    if (subscale.items.length === 0)
      issues.push(
        issue(
          "empty_instrument",
          ["subscales", s, "items"],
          `subscale ${subscale.id} has no items`,
        ),
      );
    const scale = scaleOf(
      indices.flatMap((i) => items[i] ?? []),
      subscale.method,
    );
    subscaleScales.set(subscale.id, scale);
    const bandings = bandingDefs
      .map((banding, b) => ({ banding, b }))
      .filter(({ banding }) => banding.subscale === subscale.id)
      .map(({ banding, b }) =>
        checkBands(banding, { path: ["bandings", b], scale: scale }, issues),
      );
    return { subscale, indices, bandings };
  });

  const conversionDefs = instrument.conversions ?? [];
  const conversions: CompiledConversion[] = conversionDefs.map((conversion, c) => {
    const map = new Map<number, number>();
    const path = ["conversions", c, "table"];
    if (!totalScale.integer || mean)
      issues.push(
        issue(
          "invalid_conversion",
          path,
          `conversion ${conversion.id} needs a whole-number summed total`,
        ),
      );
    for (const [raw, value] of conversion.table) {
      if (map.has(raw))
        issues.push(
          issue("invalid_conversion", path, `conversion ${conversion.id} lists raw ${raw} twice`),
        );
      map.set(raw, value);
    }
    const values: number[] = [];
    for (let raw = totalScale.min; raw <= totalScale.max; raw++) {
      const value = map.get(raw);
      if (value === undefined)
        issues.push(
          issue(
            "invalid_conversion",
            path,
            `conversion ${conversion.id} has no value for raw total ${raw}`,
          ),
        );
      else values.push(value);
    }
    for (const raw of map.keys())
      if (raw < totalScale.min || raw > totalScale.max || !Number.isInteger(raw))
        issues.push(
          issue(
            "invalid_conversion",
            path,
            `conversion ${conversion.id} lists raw ${raw}, outside the total's range ${totalScale.min}–${totalScale.max}`,
          ),
        );
    if (values.some((v, i) => v < (values[i - 1] ?? v)))
      issues.push(
        issue(
          "invalid_conversion",
          path,
          `conversion ${conversion.id} is not non-decreasing in the raw total`,
        ),
      );
    const scale = {
      min: values.length > 0 ? Math.min(...values) : 0,
      max: values.length > 0 ? Math.max(...values) : 0,
      integer: false,
    };
    const bandings = bandingDefs
      .map((banding, b) => ({ banding, b }))
      .filter(({ banding }) => banding.conversion === conversion.id)
      .map(({ banding, b }) =>
        checkBands(banding, { path: ["bandings", b], scale: scale }, issues),
      );
    return { id: conversion.id, label: conversion.label, map, bandings };
  });

  const totalBandings: CompiledBanding[] = [];
  bandingDefs.forEach((banding, b) => {
    if (banding.subscale !== undefined && !subscaleScales.has(banding.subscale))
      issues.push(
        issue(
          "unknown_subscale",
          ["bandings", b, "subscale"],
          `banding ${banding.id} refers to subscale ${banding.subscale}, which the instrument does not have`,
        ),
      );
    if (
      banding.conversion !== undefined &&
      !conversionDefs.some((c) => c.id === banding.conversion)
    )
      issues.push(
        issue(
          "unknown_conversion",
          ["bandings", b, "conversion"],
          `banding ${banding.id} refers to conversion ${banding.conversion}, which the instrument does not have`,
        ),
      );
    if (banding.subscale === undefined && banding.conversion === undefined)
      totalBandings.push(checkBands(banding, { path: ["bandings", b], scale: totalScale }, issues));
  });

  const itemFlags: CompiledFlag[] = [];
  const scoreFlags: CompiledFlag[] = [];
  (instrument.flags ?? []).forEach((flag, f) => {
    if (flag.item !== undefined) {
      const at = index.get(flag.item);
      if (at === undefined)
        issues.push(
          issue(
            "unknown_item",
            ["flags", f, "item"],
            `flag ${flag.id} refers to item ${flag.item}, which the instrument does not have`,
          ),
        );
      else {
        const raised = new Map<number, readonly RaisedFlag[]>();
        for (const value of items[at]?.values ?? [])
          if (value >= flag.atLeast)
            raised.set(
              value,
              Object.freeze([
                Object.freeze({
                  id: flag.id,
                  severity: flag.severity,
                  message: flag.message,
                  value,
                }),
              ]),
            );
        itemFlags.push({ rule: flag, target: at, raised });
      }
    } else if (flag.subscale !== undefined) {
      const at = subscaleDefs.findIndex((s) => s.id === flag.subscale);
      if (at < 0)
        issues.push(
          issue(
            "unknown_subscale",
            ["flags", f, "subscale"],
            `flag ${flag.id} refers to subscale ${flag.subscale}, which the instrument does not have`,
          ),
        );
      else scoreFlags.push({ rule: flag, target: -2 - at });
    } else scoreFlags.push({ rule: flag, target: -1 });
  });

  if (issues.length > 0) return err(issues);
  const fmt = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(2));
  const bandWords = new Map<BandResult, string>();
  const allBandings = [
    ...totalBandings,
    ...subscales.flatMap((s) => s.bandings),
    ...conversions.flatMap((c) => c.bandings),
  ];
  for (const { banding, bands } of allBandings)
    for (const band of bands)
      bandWords.set(
        band,
        ` ${banding.label}: ${band.label} (${fmt(band.min)}–${fmt(band.max)}; ${banding.source}).`,
      );
  const reversed = instrument.reverseScored ?? [];
  const head = `${instrument.shortTitle ?? instrument.title}: `;
  const itemsAnswered = ` of ${items.length} items answered. `;
  const method = `${instrument.total.label} = ${instrument.total.method} of item scores${reversed.length > 0 ? ` (reverse-scored: ${reversed.join(", ")})` : ""}`;
  const range = ` (possible ${fmt(totalScale.min)}–${fmt(totalScale.max)}).`;
  const byTotal: string[] = [];
  const bandsByTotal: (readonly BandResult[])[] = [];
  const complete = `${head}${items.length}${itemsAnswered}${method}`;
  if (totalScale.integer && totalScale.max - totalScale.min <= 1000)
    for (let t = totalScale.min; t <= totalScale.max; t++) {
      let text = `${complete} = ${t}${range}`;
      const bands: BandResult[] = [];
      for (const banding of totalBandings) {
        const band = findBand(banding.bands, t);
        if (band === undefined) continue;
        bands.push(band);
        text += bandWords.get(band) ?? "";
      }
      byTotal.push(text);
      bandsByTotal.push(Object.freeze(bands));
    }
  const flagWords = new Map(
    (instrument.flags ?? []).map((f) => [f.id, ` Flag ${f.id} (${f.severity}): ${f.message}`]),
  );
  const flaggedByTotal = new Map<readonly RaisedFlag[], readonly string[]>();
  if (subscales.length === 0 && conversions.length === 0)
    for (const { raised } of itemFlags)
      for (const shared of raised?.values() ?? [])
        flaggedByTotal.set(
          shared,
          byTotal.map((text) => text + shared.map((f) => flagWords.get(f.id) ?? "").join("")),
        );
  const words = {
    head,
    itemsAnswered,
    method,
    range,
    bands: bandWords,
    flags: flagWords,
    flaggedByTotal,
    byTotal,
  };
  return ok({
    words,
    bandsByTotal,
    instrument,
    items,
    index,
    totalMin: totalScale.min,
    totalMax: totalScale.max,
    integerTotal: totalScale.integer,
    totalBandings,
    subscales,
    conversions,
    itemFlags,
    scoreFlags,
  });
}

/** The band a value falls in: the last band whose `min` the value has reached. */
export function findBand<B extends Band>(bands: readonly B[], value: number): B | undefined {
  let found: B | undefined;
  for (const band of bands) {
    if (band.min <= value) found = band;
    else break;
  }
  return found;
}
