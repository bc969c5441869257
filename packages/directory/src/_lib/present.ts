// Turns evaluations into the public ServiceMatch / NearMiss shapes with plain-language reasons.
import { must } from "./must.ts";
import type { IndexInternals } from "./indexInternals.ts";
import type { Evaluation, PreparedQuery } from "./evaluate.ts";
import type { MatchedNeed, NearMiss, ServiceMatch } from "../match/types.ts";
import { windowsIn } from "./openings.ts";
import { formatMinutes, localDateTime, weekdayOf, WEEKDAY_NAMES } from "./zone.ts";

function formatWindow(start: number, end: number, zone: string): string {
  const a = localDateTime(start, zone);
  const b = localDateTime(end, zone);
  if (end - start >= 1439 * 60000) return `${WEEKDAY_NAMES[weekdayOf(a)] ?? ""} 24 hours`;
  return `${WEEKDAY_NAMES[weekdayOf(a)] ?? ""} ${formatMinutes(a.minutes)}–${formatMinutes(b.minutes)}`;
}

function needsOf(e: Evaluation, q: PreparedQuery): MatchedNeed[] {
  return e.matchedNeeds.map((m) => ({
    domain: m.domain,
    label: q.labels[m.domain],
    via: m.evidence.via,
    evidence: m.evidence.evidence,
  }));
}

export function presentMatch(ix: IndexInternals, e: Evaluation, q: PreparedQuery): ServiceMatch {
  const offer = must(ix.offers[e.index]);
  const p = must(ix.profiles[e.index]);
  const outcome = (c: string): Evaluation["outcomes"][number] | undefined =>
    e.outcomes.find((o) => o.criterion === c);
  const reasons: string[] = [];
  const needs = needsOf(e, q);
  reasons.push(`Matches: ${needs.map((n) => n.label).join(", ")}`);
  const distance = outcome("distance");
  if (distance !== undefined) reasons.push(distance.detail);
  let window = e.window;
  if (window === undefined && p.schedules.length > 0) {
    window = windowsIn(p.schedules, q.frames, {
      zone: ix.timeZone,
      closedDates: q.closedDates,
    }).windows.find((w) => w.end > q.asOfMs);
  }
  const availability = outcome("availability");
  if (window !== undefined) {
    reasons.push(
      `${availability?.state === "meets" ? "open" : "next open"} ${formatWindow(window.start, window.end, ix.timeZone)}`,
    );
  }
  if (availability !== undefined && availability.state !== "meets")
    reasons.push(availability.detail);
  if (p.cost.state === "free") reasons.push("free");
  else if (p.cost.state === "paid" && p.cost.amount !== undefined) {
    reasons.push(
      `£${p.cost.amount.toFixed(2).replace(/\.00$/, "")}${p.cost.text === undefined ? "" : ` ${p.cost.text}`}`,
    );
  } else if (outcome("cost") !== undefined) reasons.push("cost unknown");
  for (const o of e.outcomes) {
    if (o.criterion === "distance" || o.criterion === "availability" || o.criterion === "cost")
      continue;
    if (o.state === "unknown" && o.criterion !== "freshness") {
      reasons.push(o.criterion === "carer_age" ? "age limit unknown" : o.detail);
    }
    if (o.state === "fails" && !o.hard) reasons.push(o.detail);
  }
  return {
    offer,
    score: e.total,
    breakdown: e.breakdown,
    criteria: e.outcomes.map((o) => ({ ...o })),
    matchedNeeds: needs,
    ...(e.distanceKm === undefined ? {} : { distanceKm: e.distanceKm }),
    ...(window === undefined
      ? {}
      : {
          opening: {
            start: new Date(window.start),
            end: new Date(window.end),
            scheduleId: window.scheduleId,
          },
        }),
    reasons,
    summary: reasons.join(" · "),
  };
}

export function presentNearMiss(ix: IndexInternals, e: Evaluation, q: PreparedQuery): NearMiss {
  const excluded = e.outcomes.filter(
    (o) => o.hard && (o.state === "fails" || (q.excludeUnknown && o.state === "unknown")),
  );
  return {
    offer: must(ix.offers[e.index]),
    score: e.total,
    excludedBecause: excluded.map((o) => ({ ...o })),
    matchedNeeds: needsOf(e, q),
    ...(e.distanceKm === undefined ? {} : { distanceKm: e.distanceKm }),
    summary: `not shown because ${excluded.map((o) => o.detail).join("; ")}`,
  };
}
