import { checkEach, checkFields } from "../_lib/checkFields.ts";
import { checkDate } from "../_lib/dateSpan.ts";
import { invalidInput } from "../_lib/invalidInput.ts";
import { checkArgument } from "../errors/checkArgument.ts";
import { invalidArgument } from "../errors/invalidArgument.ts";
import { daysInMonth, readIsoDate } from "../_lib/isoDate.ts";
import { toEpochDay } from "../_lib/epochDay.ts";
import { readWorkingDate } from "../_lib/workingCalendar.ts";
import {
  BreakFundingSchema,
  BreakTypeSchema,
  type BreakFunding,
  type BreakType,
  type CaringBreak,
} from "./BreakSchema.ts";

/** Options for {@link summariseBreaks}. */
export interface BreakSummaryOptions {
  /** The date of the summary, `YYYY-MM-DD`. */
  readonly asOf: string;
  /** The look-back window in calendar months, 1–120 (default 12). */
  readonly months?: number | undefined;
  /** The caseload: carers to report even with no break on record (in this order). */
  readonly carerIds?: readonly string[] | undefined;
}

/**
 * One carer's breaks. Counts are of breaks; days and hours are of taken breaks in the window.
 *
 * @example
 * const row: CarerBreakSummary = {
 *   carerId: "carer-1", planned: 1, taken: 2, cancelled: 0, takenDays: 3, takenHours: 4,
 *   lastTakenOn: "2026-10-14", hadBreakInWindow: true,
 *   takenByType: { respite: 0, replacement_care: 1, short_break: 1, activity: 0 },
 * };
 */
export interface CarerBreakSummary {
  readonly carerId: string;
  /** Planned breaks starting after `asOf`. */
  readonly planned: number;
  /** Taken breaks overlapping the window. */
  readonly taken: number;
  /** Cancelled breaks overlapping the window. */
  readonly cancelled: number;
  /** Calendar days of taken breaks in the window (inclusive of both ends). */
  readonly takenDays: number;
  /** Hours of taken breaks in the window, where hours were recorded. */
  readonly takenHours: number;
  /** The end date of their latest taken break on or before `asOf`, at any time; `null` if none. */
  readonly lastTakenOn: string | null;
  readonly hadBreakInWindow: boolean;
  readonly takenByType: Readonly<Record<BreakType, number>>;
}

/**
 * Breaks from caring per carer and for the service over the last N months.
 *
 * @example
 * const summary: BreakSummary = summariseBreaks(breaks, { asOf: "2026-12-03", months: 6, carerIds });
 * summary.service.withoutBreak; //=> ["carer-3"]
 */
export interface BreakSummary {
  /** The window, first and last day inclusive. */
  readonly window: { readonly from: string; readonly to: string };
  readonly perCarer: readonly CarerBreakSummary[];
  readonly service: {
    readonly carers: number;
    readonly withBreak: number;
    /** Carers with no taken break in the window, in caseload order. */
    readonly withoutBreak: readonly string[];
    readonly takenByType: Readonly<Record<BreakType, number>>;
    readonly takenByFunding: Readonly<Record<BreakFunding, number>>;
    readonly takenDays: number;
    readonly takenHours: number;
    readonly planned: number;
  };
}

const zeros = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

// `asOf` minus whole calendar months, the day clamped to the month's length, plus one day.
function windowStart(asOf: string, months: number): string {
  const date = readIsoDate(asOf) ?? { year: 1970, month: 1, day: 1 };
  const index = date.year * 12 + date.month - 1 - months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const day = Math.min(date.day, daysInMonth(year, month));
  const start = new Date(Date.UTC(year, month - 1, day + 1));
  return start.toISOString().slice(0, 10);
}

const FN = "summariseBreaks";

function checkOneOf(path: string, value: unknown, options: readonly string[]): void {
  if (typeof value !== "string" || !options.includes(value)) {
    throw invalidArgument(FN, { [path]: value }, `one of ${options.join(", ")}`);
  }
}

function checkBreak(item: unknown, path: string): void {
  checkFields(
    FN,
    { [path]: item },
    { carerId: "string", status: "string", hours: "finite number?" },
  );
  const { type, funding, startsOn, endsOn } = item as Readonly<Record<string, unknown>>;
  checkOneOf(`${path}.type`, type, BreakTypeSchema.options);
  checkOneOf(`${path}.funding`, funding, BreakFundingSchema.options);
  checkDate(FN, { [`${path}.startsOn`]: startsOn }, "ISO date");
  checkDate(FN, { [`${path}.endsOn`]: endsOn }, "ISO date");
}

/**
 * Summarises breaks from caring per carer and for the service: taken breaks by type and funding
 * source with their days and hours, planned breaks to come, and the carers with no break in the
 * last N months — a question a carers' strategy that promises breaks must be able to answer.
 * Pass the caseload as `carerIds` so that carers with no break on record are counted too;
 * carers found only in `breaks` are added after them, so no break is left out.
 *
 * @param breaks - Parsed breaks.
 * @param options - The date, the window in months and the caseload.
 * @returns The summary.
 * @throws {@link CarerKitError} `invalid_argument` naming the break field or option with the
 * wrong shape, `out_of_span` for a date outside 1900–2200, `invalid_input` when `months` is
 * outside 1–120.
 * @example
 * const { service } = summariseBreaks(breaks, { asOf: "2026-12-03", months: 6, carerIds: ["c-1", "c-2"] });
 * service.withoutBreak; //=> ["c-2"]
 */
export function summariseBreaks(
  breaks: readonly CaringBreak[],
  options: BreakSummaryOptions,
): BreakSummary {
  checkEach(FN, { breaks }, checkBreak);
  checkFields(FN, { options }, { months: "count?", carerIds: "array?" });
  checkEach(FN, { "options.carerIds": options.carerIds ?? [] }, (id, path) => {
    checkArgument(FN, { [path]: id }, "string");
  });
  const today = readWorkingDate(FN, { "options.asOf": options.asOf });
  const months = options.months ?? 12;
  if (months < 1 || months > 120)
    throw invalidInput(
      "months",
      "invalid_value",
      "expected a whole number of months from 1 to 120",
    );
  const from = windowStart(options.asOf, months);
  const first = toEpochDay(from) ?? today;
  const carerIds = [
    ...new Set([...(options.carerIds ?? []), ...breaks.map((b) => b.carerId).sort()]),
  ];
  const service = {
    takenByType: zeros(BreakTypeSchema.options),
    takenByFunding: zeros(BreakFundingSchema.options),
    takenDays: 0,
    takenHours: 0,
    planned: 0,
  };
  const byCarer = new Map<string, CaringBreak[]>();
  for (const b of breaks) {
    const own = byCarer.get(b.carerId);
    if (own) own.push(b);
    else byCarer.set(b.carerId, [b]);
  }
  const perCarer = carerIds.map((carerId): CarerBreakSummary => {
    const own = byCarer.get(carerId) ?? [];
    const inWindow = own.filter(
      (b) => (toEpochDay(b.endsOn) ?? 0) >= first && (toEpochDay(b.startsOn) ?? 0) <= today,
    );
    const taken = inWindow.filter((b) => b.status === "taken");
    const takenByType = zeros(BreakTypeSchema.options);
    let takenDays = 0;
    let takenHours = 0;
    for (const b of taken) {
      const start = Math.max(toEpochDay(b.startsOn) ?? 0, first);
      const end = Math.min(toEpochDay(b.endsOn) ?? 0, today);
      takenDays += end - start + 1;
      takenHours += b.hours ?? 0;
      takenByType[b.type] += 1;
      service.takenByType[b.type] += 1;
      service.takenByFunding[b.funding] += 1;
    }
    const planned = own.filter(
      (b) => b.status === "planned" && (toEpochDay(b.startsOn) ?? 0) > today,
    ).length;
    service.takenDays += takenDays;
    service.takenHours += takenHours;
    service.planned += planned;
    const lastTakenOn =
      own
        .filter((b) => b.status === "taken" && (toEpochDay(b.startsOn) ?? 0) <= today)
        .map((b) => ((toEpochDay(b.endsOn) ?? 0) > today ? options.asOf : b.endsOn))
        .sort()
        .at(-1) ?? null;
    return {
      carerId,
      planned,
      taken: taken.length,
      cancelled: inWindow.filter((b) => b.status === "cancelled").length,
      takenDays,
      takenHours,
      lastTakenOn,
      hadBreakInWindow: taken.length > 0,
      takenByType,
    };
  });
  const withoutBreak = perCarer.filter((c) => !c.hadBreakInWindow).map((c) => c.carerId);
  return {
    window: { from, to: options.asOf },
    perCarer,
    service: {
      carers: perCarer.length,
      withBreak: perCarer.length - withoutBreak.length,
      withoutBreak,
      ...service,
    },
  };
}
