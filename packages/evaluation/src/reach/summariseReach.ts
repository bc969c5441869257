import { checkRecordFields } from "../_lib/checkRecords.ts";
import type { CountTableInput } from "../disclosure/suppressSmallNumbers.ts";

/**
 * One carer identified by a service: when, through which referral route, and whether they
 * went on to receive support.
 *
 * @example
 * const record: ReachRecord = { period: "2026-Q1", referralSource: "GP", supported: true };
 */
export interface ReachRecord {
  /** The reporting period, e.g. "2026-Q1" or "2026-04"; periods sort as strings. */
  readonly period: string;
  /** How the carer was referred (missing → "Not recorded"). */
  readonly referralSource?: string | undefined;
  /** Whether the carer received support (not only identified). */
  readonly supported: boolean;
}

/** Identified and supported counts for one period or one referral source. */
export interface ReachCount {
  /** The period or referral source. */
  readonly key: string;
  /** Carers identified. */
  readonly identified: number;
  /** Carers supported. */
  readonly supported: number;
}

/** Reach by period and by referral source, plus tables ready for suppression. */
export interface ReachSummary {
  /** Carers identified overall. */
  readonly identified: number;
  /** Carers supported overall. */
  readonly supported: number;
  /** By period, in period order. */
  readonly byPeriod: readonly ReachCount[];
  /** By referral source, alphabetically. */
  readonly bySource: readonly ReachCount[];
  /** Carers supported, referral source × period, for {@link suppressSmallNumbers}. */
  readonly supportedTable: CountTableInput;
  /** Carers identified, referral source × period. */
  readonly identifiedTable: CountTableInput;
}

/**
 * Counts carers identified and supported by period and by referral source, and builds the
 * source × period tables to publish through {@link suppressSmallNumbers}.
 *
 * @param records - One record per carer identified.
 * @returns The counts and tables (unsuppressed: suppress before publishing).
 * @example
 * const reach = summariseReach([
 *   { period: "2026-Q1", referralSource: "GP", supported: true },
 *   { period: "2026-Q1", referralSource: "Hospital ward", supported: false },
 *   { period: "2026-Q2", referralSource: "GP", supported: true },
 * ]);
 * reach.byPeriod; //=> [{ key: "2026-Q1", identified: 2, supported: 1 }, { key: "2026-Q2", identified: 1, supported: 1 }]
 */
export function summariseReach(records: readonly ReachRecord[]): ReachSummary {
  checkRecordFields(
    "summariseReach",
    { records },
    {
      period: ["string"],
      referralSource: ["string", "optional"],
      supported: ["boolean"],
    },
  );
  const source = (r: ReachRecord): string => r.referralSource ?? "Not recorded";
  const periods = [...new Set(records.map((r) => r.period))].sort();
  const sources = [...new Set(records.map(source))].sort();
  const identified = sources.map(() => periods.map(() => 0));
  const supported = sources.map(() => periods.map(() => 0));
  const pIndex = new Map(periods.map((p, i) => [p, i]));
  const sIndex = new Map(sources.map((s, i) => [s, i]));
  for (const r of records) {
    const i = sIndex.get(source(r)) ?? 0;
    const j = pIndex.get(r.period) ?? 0;
    const idRow = identified[i];
    const supRow = supported[i];
    if (idRow) idRow[j] = (idRow[j] ?? 0) + 1;
    if (supRow && r.supported) supRow[j] = (supRow[j] ?? 0) + 1;
  }
  const sum = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0);
  const column = (m: number[][], j: number): number => sum(m.map((row) => row[j] ?? 0));
  return {
    identified: records.length,
    supported: records.filter((r) => r.supported).length,
    byPeriod: periods.map((key, j) => ({
      key,
      identified: column(identified, j),
      supported: column(supported, j),
    })),
    bySource: sources.map((key, i) => ({
      key,
      identified: sum(identified[i] ?? []),
      supported: sum(supported[i] ?? []),
    })),
    supportedTable: { rows: sources, columns: periods, counts: supported },
    identifiedTable: { rows: sources, columns: periods, counts: identified },
  };
}
