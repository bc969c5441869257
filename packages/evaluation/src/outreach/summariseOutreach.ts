import { checkSchemaRecords } from "../_lib/checkRecords.ts";
import {
  checkArgument,
  OutreachEventSchema,
  OutreachKindSchema,
  type OutreachEvent,
} from "@carerkit/core";
import type { CountTableInput } from "../disclosure/suppressSmallNumbers.ts";
import { estimateProportion } from "../proportions/estimateProportion.ts";
import type { ProportionEstimate } from "../types.ts";

/** The measures of outreach, in column order. */
const MEASURES = ["Events", "People met", "Carers identified", "Referrals"] as const;

/**
 * Outreach reach and conversion, from {@link summariseOutreach}. Tables are unsuppressed and
 * their columns are not parts of one whole: publish them without row totals.
 *
 * @example
 * const summary: OutreachSummary = summariseOutreach(events);
 */
export interface OutreachSummary {
  readonly events: number;
  readonly peopleMet: number;
  readonly carersIdentified: number;
  readonly referralsMade: number;
  readonly leafletsGiven: number;
  /**
   * Referrals made as a share of carers identified, over the events that recorded referrals
   * (Wilson interval); `null` when no event did or none identified a carer.
   */
  readonly conversion: ProportionEstimate | null;
  /** Kind of event × Events, People met, Carers identified, Referrals. */
  readonly byKind: CountTableInput;
  /** Month (`YYYY-MM`) × the same measures. */
  readonly byMonth: CountTableInput;
}

type Measures = [number, number, number, number];

function tabulate(
  events: readonly OutreachEvent[],
  keyOf: (e: OutreachEvent) => string,
  fixed: readonly string[],
): CountTableInput {
  const keys = [...new Set([...fixed, ...events.map(keyOf)])];
  const sums = new Map<string, Measures>(keys.map((k) => [k, [0, 0, 0, 0]]));
  for (const e of events) {
    const m = sums.get(keyOf(e));
    if (!m) continue;
    m[0] += 1;
    m[1] += e.peopleMet;
    m[2] += e.carersIdentified;
    m[3] += e.referralsMade ?? 0;
  }
  return { rows: keys, columns: [...MEASURES], counts: keys.map((k) => sums.get(k) ?? []) };
}

/**
 * Sums outreach events (drop-ins, stands, talks, awareness days): people met, carers newly
 * identified, referrals made and leaflets given, by kind and by month, and the conversion of
 * carers identified into referrals. Events hold counts only, so nothing here identifies anyone.
 *
 * @param events - Outreach events from `@carerkit/core`.
 * @param options - Options.
 * @param options.confidenceLevel - The confidence level of the conversion interval (default 0.95).
 * @returns Totals, the conversion and unsuppressed tables.
 * @example
 * const s = summariseOutreach([
 *   { id: "o-1", kind: "drop_in", place: "Outpatients", date: "2026-06-11", peopleMet: 104, carersIdentified: 23, referralsMade: 9 },
 * ]);
 * [s.peopleMet, s.conversion?.proportion]; //=> [104, 0.391...]
 */
export function summariseOutreach(
  events: readonly OutreachEvent[],
  options: { readonly confidenceLevel?: number | undefined } = {},
): OutreachSummary {
  checkSchemaRecords(
    "summariseOutreach",
    { events },
    { type: "OutreachEvent", schema: OutreachEventSchema },
  );
  checkArgument("summariseOutreach", { options }, "plain object");
  const sum = (f: (e: OutreachEvent) => number | undefined, from = events): number =>
    from.reduce((s, e) => s + (f(e) ?? 0), 0);
  const recorded = events.filter((e) => e.referralsMade !== undefined);
  const converted = estimateProportion(
    sum((e) => e.referralsMade, recorded),
    sum((e) => e.carersIdentified, recorded),
    { confidenceLevel: options.confidenceLevel },
  );
  return {
    events: events.length,
    peopleMet: sum((e) => e.peopleMet),
    carersIdentified: sum((e) => e.carersIdentified),
    referralsMade: sum((e) => e.referralsMade),
    leafletsGiven: sum((e) => e.leafletsGiven),
    conversion: converted.success ? converted.data : null,
    byKind: tabulate(events, (e) => e.kind, OutreachKindSchema.options),
    byMonth: tabulate(
      [...events].sort((a, b) => (a.date < b.date ? -1 : 1)),
      (e) => e.date.slice(0, 7),
      [],
    ),
  };
}
