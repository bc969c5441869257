import type { DeliveryMode } from "../offer/delivery.ts";
import type { DirectoryImport } from "../offer/directoryImport.ts";
import {
  buildService,
  newContext,
  collectedTerms,
  type BuildContext,
} from "../_lib/buildOffers.ts";
import { deliveryModesIn } from "../_lib/delivery.ts";
import { describe, isRecord, records, report, str, at, type Path, type Rec } from "../_lib/read.ts";
import { conserveJson } from "../_lib/conservation/conserveJson.ts";
import { WEEKDAYS } from "../_lib/legacy/weekdays.ts";
import { detectDirectoryFormat } from "./detectDirectoryFormat.ts";
import type { FromHsdsOptions } from "./types.ts";
import { capIssues } from "../_lib/capIssues.ts";
import { jsonProblem } from "../_lib/jsonProblem.ts";
import { refusedImport } from "../_lib/refusedImport.ts";
import { checkImportOptions } from "../_lib/guard/checkImportOptions.ts";

/** ORUK v1 feeds write `freq` as "week" or "month" (seen in Buckinghamshire's feed). */
const FREQ: Readonly<Record<string, string>> = {
  week: "WEEKLY",
  weekly: "WEEKLY",
  month: "MONTHLY",
  monthly: "MONTHLY",
};

// ORUK `regular_schedule` rows as HSDS 3 schedules: weekday names to BYDAY, "week" to WEEKLY.
function regularSchedules(rows: readonly Rec[]): Rec[] {
  return rows.map((r) => {
    const weekday =
      typeof r["weekday"] === "string" ? WEEKDAYS[r["weekday"].trim().toLowerCase()] : undefined;
    const freq =
      typeof r["freq"] === "string"
        ? (FREQ[r["freq"].trim().toLowerCase()] ?? r["freq"])
        : "WEEKLY";
    return { ...r, byday: r["byday"] ?? weekday, freq };
  });
}

function toHsds3(
  ctx: BuildContext,
  s: Rec,
  path: Path,
): { service: Rec; delivery: DeliveryMode[] } {
  const eligibilities = records(at(ctx, s, path), "eligibilitys");
  const first = eligibilities[0];
  if (eligibilities.length > 1) {
    report(ctx, {
      severity: "warning",
      code: "invalid_field",
      path: [...path, "eligibilitys"],
      message: `expected one eligibility row, got ${eligibilities.length}; the first is used`,
      recordId: str(at(ctx, s, path), "id"),
    });
  }
  const schedules = regularSchedules(records(at(ctx, s, path), "regular_schedules"));
  const holidays = records(at(ctx, s, path), "holiday_schedules");
  if (holidays.length > 0) {
    report(ctx, {
      severity: "warning",
      code: "unsupported_schedule",
      path: [...path, "holiday_schedules"],
      message: `${holidays.length} holiday schedule rows not imported; pass closure dates to isOpenAt/matchServices instead`,
      recordId: str(at(ctx, s, path), "id"),
    });
  }
  const attributes = records(at(ctx, s, path), "service_taxonomys").flatMap((st, i) => {
    const t = isRecord(st["taxonomy"]) ? st["taxonomy"] : undefined;
    if (t === undefined) {
      report(ctx, {
        severity: "warning",
        code: "missing_required_field",
        path: [...path, "service_taxonomys", i, "taxonomy"],
        message: "missing; taxonomy link ignored",
      });
      return [];
    }
    return [
      {
        id: st["id"] ?? `st-${i}`,
        link_type: "service_type",
        taxonomy_term: { ...t, code: t["id"], taxonomy: t["vocabulary"] },
      },
    ];
  });
  const sals = records(at(ctx, s, path), "service_at_locations").map((sal) => {
    const loc = isRecord(sal["location"]) ? sal["location"] : undefined;
    const salSchedules = regularSchedules(records(at(ctx, sal, path), "regular_schedules"));
    const withSchedules = salSchedules.length > 0 ? { ...sal, schedules: salSchedules } : sal;
    if (loc === undefined) return withSchedules;
    return {
      ...withSchedules,
      location: {
        location_type: "physical",
        ...loc,
        addresses: records(at(ctx, loc, path), "physical_addresses").map((a) => ({
          ...a,
          address_type: "physical",
        })),
        accessibility: records(at(ctx, loc, path), "accessibility_for_disabilities"),
      },
    };
  });
  const attending = str(at(ctx, s, path), "attending_type");
  return {
    service: {
      ...s,
      ...(first === undefined
        ? {}
        : {
            minimum_age: first["minimum_age"],
            maximum_age: first["maximum_age"],
            eligibility_description: first["eligibility"],
          }),
      fees_description: s["fees"],
      schedules,
      attributes,
      service_at_locations: sals,
    },
    delivery: attending === undefined ? [] : deliveryModesIn(attending),
  };
}

/**
 * Imports an Open Referral UK v1 feed (the LGA-extended HSDS 1/2 shape used by UK councils
 * since 2019: `eligibilitys`, `regular_schedules`, `service_taxonomys`, `attending_type`,
 * paginated as `{ content, totalElements }`) into the same service offers as {@link fromHsds}.
 * ORUK 3.0 ("UK profile") feeds are HSDS 3 and go through `fromHsds`.
 *
 * @param input - Parsed JSON: one service, an array, or a page with `content`.
 * @param options - The feed's name and how to read age limits.
 * @returns The offers and every issue found (at most 100 of each kind at each place, then one
 *   issue counting the rest).
 * @throws CarerKitError `invalid_argument` when `options` is not of its documented type.
 * @example
 * const { offers, issues } = fromOpenReferralUk(await (await fetch(`${api}/services?per_page=500`)).json(), { source: "bucks" });
 */
export function fromOpenReferralUk(input: unknown, options: FromHsdsOptions = {}): DirectoryImport {
  checkImportOptions("fromOpenReferralUk", options);
  const refused = jsonProblem(input);
  if (refused !== undefined) return refusedImport(refused);
  const ctx = newContext(options.source ?? "oruk", options.agesApplyTo ?? "carer");
  const visit = (value: unknown, path: Path): void => {
    if (path.length > 32) {
      report(ctx, {
        severity: "error",
        code: "unsupported_shape",
        path,
        message: "nested more than 32 levels deep; left out",
      });
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((v: unknown, i) => {
        visit(v, [...path, i]);
      });
      return;
    }
    if (!isRecord(value)) {
      report(ctx, {
        severity: "error",
        code: "unsupported_shape",
        path: path,
        message: `expected an ORUK service or page, got ${describe(value)}; left out`,
      });
      return;
    }
    if (Array.isArray(value["content"])) {
      visit(value["content"], [...path, "content"]);
      return;
    }
    if (typeof value["name"] !== "string" && value["id"] === undefined) {
      report(ctx, {
        severity: "error",
        code: "unsupported_shape",
        path: path,
        message: "not an ORUK service (no id or name); left out",
      });
      return;
    }
    const { service, delivery } = toHsds3(ctx, value, path);
    buildService(ctx, service, { path, extraDelivery: delivery });
  };
  visit(input, []);
  const taxonomyTerms = collectedTerms(ctx, ["taxonomy"]);
  const out = { offers: ctx.offers, issues: ctx.issues, taxonomyTerms };
  const format = detectDirectoryFormat(input);
  return {
    ...out,
    issues: capIssues(out.issues),
    format: format.success ? format.data : undefined,
    conservation: conserveJson(input, out),
  };
}
