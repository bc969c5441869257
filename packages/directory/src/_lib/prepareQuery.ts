// Validates a query and turns it into the numbers evaluate() needs; shared by the indexed path
// and the linear scan so both judge identically.
import type { SupportNeedDomain } from "@carerkit/core";
import type { Result } from "@carerkit/core";
import { err, ok } from "@carerkit/core";
import type { DirectoryIssue } from "../offer/issue.ts";
import {
  DEFAULT_HARD_CRITERIA,
  MatchQuerySchema,
  type Criterion,
  type MatchQuery,
} from "../match/query.ts";
import type { MatchOptions, MatchResult } from "../match/types.ts";
import type { IndexInternals } from "./indexInternals.ts";
import { dayFrames } from "./openings.ts";
import type { PreparedQuery } from "./evaluate.ts";
import { hasPhrase, normaliseText } from "./text.ts";
import { dayNumber, localDateTime, zonedToEpoch, WEEKDAY_CODES } from "./zone.ts";
import { argumentIssue } from "./guard/argumentIssue.ts";
import { checkInstant } from "./guard/checkInstant.ts";
import { checkSpan } from "./guard/checkSpan.ts";

export const SHORT_LABELS: Readonly<Record<SupportNeedDomain, string>> = {
  understanding_the_condition: "understanding the condition",
  symptoms_and_medicines: "symptoms and medicines",
  personal_care: "personal care",
  practical_help_at_home: "practical help at home",
  equipment_and_adaptations: "equipment and adaptations",
  information_and_contacts: "information and contacts",
  planning_ahead: "planning ahead",
  crisis_planning: "crisis planning",
  breaks_from_caring: "breaks from caring",
  feelings_and_worries: "feelings and worries",
  own_health: "your own health",
  money_and_benefits: "money and benefits",
  work_and_education: "work and education",
  legal_matters: "legal matters",
  relationships: "relationships",
  grief_and_loss: "grief and loss",
  peer_support: "peer support",
};

export interface Prepared {
  readonly q: PreparedQuery;
  readonly origin: MatchResult["origin"];
  readonly limit: number;
  readonly nearMissLimit: number;
}

function minutesToEpoch(
  ix: IndexInternals,
  frame: PreparedQuery["frames"][number],
  minutes: number,
): number {
  return frame.offset === undefined
    ? zonedToEpoch(frame.date, minutes, ix.timeZone)
    : frame.utcMidnight + (minutes - frame.offset) * 60000;
}

export function prepareQuery(
  ix: IndexInternals,
  query: MatchQuery,
  options: MatchOptions,
): Result<Prepared, DirectoryIssue> {
  const parsed = MatchQuerySchema.safeParse(query);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const path = first?.path.map((k) => (typeof k === "symbol" ? String(k) : k)) ?? [];
    return err({
      code: "invalid_query",
      severity: "error",
      message: `query.${path.join(".")}: ${first?.message ?? "invalid"}`,
      path: ["query", ...path],
    });
  }
  const data = parsed.data;
  const horizon = options.horizonDays ?? 35;
  const outOfSpan = argumentIssue(() => {
    checkInstant("matchServices", { "query.asOf": data.asOf });
    (data.availability ?? []).forEach((a, i) => {
      if (typeof a === "object" && "at" in a) {
        checkInstant("matchServices", { [`query.availability[${i}].at`]: a.at });
        checkSpan(
          "matchServices",
          { [`query.availability[${i}].at`]: a.at },
          {
            asOf: data.asOf,
            horizonDays: horizon,
          },
        );
      }
    });
  });
  if (outOfSpan !== undefined) return err(outOfSpan);
  let origin: MatchResult["origin"];
  if (data.location !== undefined) {
    if ("postcode" in data.location) {
      if (options.geocoder === undefined) {
        return err({
          code: "invalid_query",
          severity: "error",
          message:
            "query.location.postcode: a geocoder is needed (options.geocoder), or pass coordinates",
          path: ["query", "location", "postcode"],
        });
      }
      const found = options.geocoder.geocode(data.location.postcode);
      if (!found.success)
        return err({ ...found.error, severity: "error", path: ["query", "location", "postcode"] });
      origin = { lat: found.data.lat, lon: found.data.lon, precision: found.data.precision };
    } else origin = { lat: data.location.lat, lon: data.location.lon, precision: "coordinates" };
  }
  const asOfMs = data.asOf.getTime();
  // Frames cover the horizon from asOf, and any specific instant asked about.
  const instants = (data.availability ?? []).flatMap((a) =>
    typeof a === "object" && "at" in a ? [a.at.getTime()] : [],
  );
  const firstMs = Math.min(asOfMs, ...instants);
  const lastMs = Math.max(asOfMs + horizon * 86400000, ...instants);
  const frames = dayFrames(firstMs, Math.ceil((lastMs - firstMs) / 86400000) + 1, ix.timeZone);
  let wanted: [number, number][] | undefined;
  if (data.availability !== undefined) {
    wanted = [];
    for (const item of data.availability) {
      if (typeof item === "object" && "at" in item) {
        wanted.push([item.at.getTime(), item.at.getTime() + 1]);
        continue;
      }
      for (const frame of frames) {
        let range: [number, number] | undefined;
        if (item === "weekday_daytime") range = frame.weekday < 5 ? [540, 1020] : undefined;
        else if (item === "evenings") range = [1020, 1320];
        else if (item === "weekends") range = frame.weekday >= 5 ? [0, 1440] : undefined;
        else if (WEEKDAY_CODES[frame.weekday] === item.day) {
          const [fh = 0, fm = 0] = item.from.split(":").map(Number);
          const [th = 0, tm = 0] = item.to.split(":").map(Number);
          range = [fh * 60 + fm, th * 60 + tm];
        }
        if (range === undefined) continue;
        const span: [number, number] = [
          minutesToEpoch(ix, frame, range[0]),
          minutesToEpoch(ix, frame, range[1]),
        ];
        // Recurring windows count from now on; past evenings do not.
        if (span[1] > asOfMs && span[0] < asOfMs + horizon * 86400000) wanted.push(span);
      }
    }
  }
  let textScores: Map<number, number> | undefined;
  if (data.text !== undefined && normaliseText(data.text) !== "") {
    const text = normaliseText(data.text);
    const queries = [text];
    for (const group of ix.crosswalk.synonyms) {
      const words = group.map(normaliseText);
      if (words.some((w) => hasPhrase(text, w)))
        queries.push(...words.filter((w) => !hasPhrase(text, w)));
    }
    const hits = ix.text().search(
      { combineWith: "OR", queries },
      {
        prefix: (term) => term.length >= 4,
        fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
        boost: { name: 3, terms: 2 },
      },
    );
    const max = hits.reduce((m, h) => Math.max(m, h.score), 0);
    textScores = new Map(hits.map((h) => [h.id as number, max > 0 ? h.score / max : 0]));
  }
  const hard = new Set<Criterion>(DEFAULT_HARD_CRITERIA);
  for (const [criterion, isHard] of Object.entries(data.hard ?? {}) as [
    Criterion,
    boolean | undefined,
  ][]) {
    if (isHard === true) hard.add(criterion);
    else if (isHard === false) hard.delete(criterion);
  }
  hard.delete("freshness");
  const local = localDateTime(asOfMs, ix.timeZone);
  return ok({
    q: {
      asOfMs,
      asOfDay: dayNumber(local),
      needs: [...new Set(data.needs)],
      point: origin === undefined ? undefined : { lat: origin.lat, lon: origin.lon },
      maxKm: data.maxDistanceKm ?? 10,
      carerAge: data.carerAge,
      caredForAge: data.caredForAge,
      conditions: data.conditions,
      delivery: data.delivery,
      languages: data.languages,
      accessibility: data.accessibility,
      cost: data.cost,
      wanted,
      frames,
      textScores,
      hard,
      excludeUnknown: data.whenUnknown === "exclude",
      staleAfterDays: options.staleAfterDays ?? 365,
      closedDates: options.closedDates,
      labels: SHORT_LABELS,
    },
    origin,
    limit: data.limit ?? 10,
    nearMissLimit: data.nearMissLimit ?? 5,
  });
}
