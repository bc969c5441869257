// The recurrence engine: simple weekly rules expanded directly (./weekly.ts), others by rrule.js
// in floating mode only, with the SDK owning zone conversion,
// COUNT, UNTIL, EXDATE, the DTSTART-is-first-instance rule of RFC 5545, the gap/overlap policy
// and an iteration budget.
import { ok, type Result } from "@carerkit/core";
import type { SchedulingIssue } from "../errors.ts";
import { checkRule } from "./checkRule.ts";
import { fail } from "./issue.ts";
import { END_MS } from "./guard/spanIssue.ts";
import { RRule, type RRuleOptions } from "./rrule.ts";
import { anchorBefore, type AnchorableOptions } from "./anchor.ts";
import { forEachWeekly, weeklyPattern, type WeeklyPattern } from "./weekly.ts";
import {
  resolveWallTime,
  toFloating,
  type AmbiguousTimePolicy,
  type NonexistentTimePolicy,
} from "./zone.ts";

const DAY = 86_400_000;
/** Periods (days, weeks, months…) rrule.js may scan without yielding, on top of 4 per visit. */
const PERIOD_BUDGET = 50_000;
/** BYHOUR/BYMINUTE/BYSECOND look-ups rrule.js may make, on top of 100 per visit. */
const LOOKUP_BUDGET = 2_000_000;

/**
 * Budgets inside rrule.js 2.8.1, so that no rule can hang it:
 * - its main loop reads `options.interval` twice per period (once to stop on 0, once to
 *   advance); a getter that turns to 0 after the budget ends rules that yield nothing for
 *   centuries (rrule.js otherwise scans to year 9999);
 * - its sub-daily stepping loops (`addHours`, `addMinutes`, `addSeconds`) test BYHOUR,
 *   BYMINUTE and BYSECOND with `indexOf` and can loop forever after a filtered day
 *   (jkbrzt/rrule#468); an `indexOf` that reports a match after the budget breaks them out.
 * Pinned to rrule 2.8.1; the guard tests fail if those internals change.
 */
function guardRrule(
  options: object,
  budget: { readonly periods: number; readonly lookups: number },
  onExceeded: () => void,
): void {
  const target = options as Record<string, unknown>;
  const interval = target["interval"];
  let reads = 0;
  Object.defineProperty(options, "interval", {
    configurable: true,
    enumerable: true,
    get() {
      reads += 1;
      if (reads <= 2 * budget.periods + 1) return interval;
      onExceeded();
      return 0;
    },
  });
  let lookups = 0;
  for (const key of ["byhour", "byminute", "bysecond"]) {
    const values = target[key];
    if (!Array.isArray(values)) continue;
    const guarded: number[] = [...(values as number[])];
    Object.defineProperty(guarded, "indexOf", {
      value(value: number): number {
        lookups += 1;
        if (lookups <= budget.lookups) return Array.prototype.indexOf.call(guarded, value);
        onExceeded();
        return 0;
      },
    });
    target[key] = guarded;
  }
}

/**
 * Whether rrule.js can scan long without yielding for this rule. Day-or-longer rules with no
 * filter but plain BYDAY yield at least once every few periods, so the visit budget bounds
 * them and the in-loop guard (which slows rrule.js by about a fifth) is not needed.
 */
function needsGuard(options: Partial<RRuleOptions>): boolean {
  const freq: number = options.freq ?? 0;
  if (freq > 3) return true; // HOURLY, MINUTELY, SECONDLY
  const set = (value: unknown): boolean =>
    value !== null && value !== undefined && (!Array.isArray(value) || value.length > 0);
  if (
    set(options.bymonth) ||
    set(options.bymonthday) ||
    set(options.byyearday) ||
    set(options.byweekno) ||
    set(options.bysetpos) ||
    set(options.byeaster)
  )
    return true;
  const weekdays = options.byweekday;
  const items: unknown[] = Array.isArray(weekdays)
    ? weekdays
    : weekdays === null || weekdays === undefined
      ? []
      : [weekdays];
  return items.some(
    (item) =>
      typeof item === "object" &&
      item !== null &&
      "n" in item &&
      item.n !== undefined &&
      item.n !== 0,
  );
}

/** A recurrence ready to iterate. */
export interface PreparedRecurrence {
  readonly options: Partial<RRuleOptions>;
  readonly startFloating: number;
  readonly zone: string;
  readonly count: number | undefined;
  /** UNTIL as an instant (UTC form) or as floating ms (local form). */
  readonly until: { readonly kind: "instant" | "floating"; readonly ms: number } | undefined;
  /** Set for simple weekly rules, which are expanded directly instead of through rrule.js. */
  readonly weekly: WeeklyPattern | undefined;
}

/** One expanded occurrence. */
export interface Occurrence {
  readonly floating: number;
  readonly epochMs: number;
  readonly kind: "normal" | "ambiguous" | "nonexistent";
}

/** How to iterate. */
export interface IterateSettings {
  /** RFC 5545: DTSTART is the first instance even when it does not match the rule. */
  readonly includeStart: boolean;
  readonly exdates: ReadonlySet<number>;
  readonly nonexistent: NonexistentTimePolicy;
  readonly ambiguous: AmbiguousTimePolicy;
  readonly maxIterations: number;
  /** Told about each occurrence skipped because its local time does not exist. */
  readonly onNonexistent?: (floating: number) => void;
  /**
   * Occurrences before this floating ms may be skipped without being visited (window queries).
   * Honoured only for rules without COUNT (whose occurrences do not depend on earlier ones) and
   * of at least daily frequency; others are expanded from DTSTART. DTSTART itself is still
   * visited when `includeStart` is set.
   */
  readonly fromFloating?: number | undefined;
}

const UNTIL_RE = /(?:^|;)UNTIL=(\d{8})(T\d{6})?(Z)?(?:;|$)/i;

/** Parses and checks an RRULE value (with or without the `RRULE:` prefix). */
export function prepareRecurrence(
  rule: string,
  startFloating: number,
  zone: string,
): Result<PreparedRecurrence, SchedulingIssue> {
  const text = rule.trim().replace(/^RRULE:/i, "");
  if (!/^FREQ=|;FREQ=/i.test(text) || /\n|DTSTART|TZID/i.test(text))
    return fail(
      "invalid_rule",
      `rule: expected an RRULE value such as "FREQ=WEEKLY;BYDAY=MO", got "${text}"`,
      ["rule"],
    );
  let options: Partial<RRuleOptions>;
  try {
    options = RRule.parseString(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : "unparsable";
    return fail("invalid_rule", `rule: ${detail} in "${text}"`, ["rule"]);
  }
  if (typeof options.freq !== "number")
    return fail("invalid_rule", `rule: FREQ must be one of YEARLY…SECONDLY in "${text}"`, ["rule"]);
  const problem = checkRule(options, startFloating);
  if (problem !== undefined) return fail(problem.code, problem.message, ["rule"]);

  let until: PreparedRecurrence["until"];
  const untilMatch = UNTIL_RE.exec(text);
  if (options.until !== null && options.until !== undefined) {
    until = {
      kind: untilMatch?.[3] === undefined ? "floating" : "instant",
      ms: options.until.getTime(),
    };
  }
  const count = options.count ?? undefined;
  const floatingOptions = { ...options, count: null, until: null, tzid: null };
  return ok({
    options: floatingOptions,
    startFloating,
    zone,
    count,
    until,
    weekly: weeklyPattern(floatingOptions, startFloating),
  });
}

/**
 * Calls `visit` with each occurrence in order until it returns `false`, the rule ends, or the
 * budget runs out. Returns whether the rule ran out of occurrences (`exhausted`).
 */
export function iterateOccurrences(
  recurrence: PreparedRecurrence,
  settings: IterateSettings,
  visit: (occurrence: Occurrence) => boolean,
): Result<{ readonly exhausted: boolean }, SchedulingIssue> {
  const { startFloating, zone, until } = recurrence;
  let remaining = recurrence.count ?? Number.POSITIVE_INFINITY;
  let visited = 0;
  const stop = { byVisitor: false };
  const state = { overBudget: false };
  // UNTIL bound handed to rrule.js in floating form, a day late so that overlap hours, where
  // wall-clock order and instant order differ, are still compared exactly below; never later
  // than the end of SCHEDULING_LIMITS.lastDate, so rrule.js never scans towards year 9999.
  const untilFloating =
    until === undefined
      ? Number.POSITIVE_INFINITY
      : until.kind === "instant"
        ? toFloating(until.ms, zone) + DAY
        : until.ms;
  const floatingUntil = new Date(Math.min(untilFloating, END_MS));

  const accept = (floating: number): boolean => {
    // No occurrence after SCHEDULING_LIMITS.lastDate: the rule ends there.
    if (floating >= END_MS) return false;
    visited += 1;
    if (state.overBudget || visited > settings.maxIterations) {
      state.overBudget = true;
      return false;
    }
    const resolved = resolveWallTime(floating, zone, settings);
    if (until !== undefined) {
      const beyond = until.kind === "instant" ? resolved.epochMs > until.ms : floating > until.ms;
      if (beyond) return until.kind === "instant";
    }
    if (Number.isNaN(resolved.epochMs)) {
      // A skipped gap time is not counted (RFC 5545 §3.3.10).
      settings.onNonexistent?.(floating);
      return true;
    }
    remaining -= 1;
    if (!settings.exdates.has(floating)) {
      if (!visit({ floating, epochMs: resolved.epochMs, kind: resolved.kind })) {
        stop.byVisitor = true;
        return false;
      }
    }
    return remaining > 0;
  };

  const skipTo = recurrence.count === undefined ? settings.fromFloating : undefined;
  let continueAfterStart = true;
  if (settings.includeStart) continueAfterStart = accept(startFloating);
  if (continueAfterStart && recurrence.weekly !== undefined) {
    const last = floatingUntil.getTime();
    forEachWeekly(recurrence.weekly, skipTo ?? Number.NEGATIVE_INFINITY, (floating) => {
      if (floating > last) return false;
      if (settings.includeStart && floating === startFloating) return true;
      return accept(floating);
    });
  } else if (continueAfterStart) {
    const rule = new RRule(
      { ...recurrence.options, dtstart: new Date(startFloating), until: floatingUntil },
      true,
    );
    const parsed = rule.options as unknown as AnchorableOptions;
    const anchor = skipTo === undefined ? undefined : anchorBefore(parsed, startFloating, skipTo);
    if (anchor !== undefined) parsed.dtstart = new Date(anchor);
    if (needsGuard(recurrence.options))
      guardRrule(
        rule.options,
        {
          periods: PERIOD_BUDGET + 4 * settings.maxIterations,
          lookups: LOOKUP_BUDGET + 100 * settings.maxIterations,
        },
        () => {
          state.overBudget = true;
        },
      );
    rule.all((date) => {
      const floating = date.getTime();
      if (settings.includeStart && floating === startFloating) return true;
      return accept(floating);
    });
  }
  if (state.overBudget)
    return fail(
      "budget_exceeded",
      `rule: expansion stopped at its iteration budget (maxIterations ${settings.maxIterations}); the rule yields too many dates or too rarely`,
      ["rule"],
    );
  return ok({ exhausted: !stop.byVisitor });
}
