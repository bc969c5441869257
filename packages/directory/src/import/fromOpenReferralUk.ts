import type { DeliveryMode, DirectoryImport } from "../offer/types.ts";
import { buildService, newContext, readTerm, type BuildContext } from "../_lib/buildOffers.ts";
import { deliveryModesIn } from "../_lib/delivery.ts";
import { describe, isRecord, records, report, str, type Path, type Rec } from "../_lib/read.ts";
import type { FromHsdsOptions } from "./fromHsds.ts";

const DAYS: Readonly<Record<string, string>> = {
  monday: "MO", tuesday: "TU", wednesday: "WE", thursday: "TH", friday: "FR", saturday: "SA", sunday: "SU",
  mon: "MO", tue: "TU", wed: "WE", thu: "TH", fri: "FR", sat: "SA", sun: "SU",
};

/** ORUK v1 feeds write `freq` as "week" or "month" (seen in Buckinghamshire's feed). */
const FREQ: Readonly<Record<string, string>> = { week: "WEEKLY", weekly: "WEEKLY", month: "MONTHLY", monthly: "MONTHLY" };

function toHsds3(ctx: BuildContext, s: Rec, path: Path): { service: Rec; delivery: DeliveryMode[] } {
  const eligibilities = records(ctx, s, "eligibilitys", path);
  const first = eligibilities[0];
  if (eligibilities.length > 1) {
    report(ctx, "warning", "invalid_field", [...path, "eligibilitys"], `expected one eligibility row, got ${eligibilities.length}; the first is used`, str(ctx, s, "id", path));
  }
  const schedules = records(ctx, s, "regular_schedules", path).map((r) => {
    const weekday = typeof r["weekday"] === "string" ? DAYS[r["weekday"].trim().toLowerCase()] : undefined;
    const freq = typeof r["freq"] === "string" ? FREQ[r["freq"].trim().toLowerCase()] ?? r["freq"] : "WEEKLY";
    return { ...r, byday: r["byday"] ?? weekday, freq };
  });
  const holidays = records(ctx, s, "holiday_schedules", path);
  if (holidays.length > 0) {
    report(ctx, "warning", "unsupported_schedule", [...path, "holiday_schedules"], `${holidays.length} holiday schedule rows not imported; pass closure dates to isOpenAt/matchServices instead`, str(ctx, s, "id", path));
  }
  const attributes = records(ctx, s, "service_taxonomys", path).flatMap((st, i) => {
    const t = isRecord(st["taxonomy"]) ? st["taxonomy"] : undefined;
    if (t === undefined) {
      report(ctx, "warning", "missing_required_field", [...path, "service_taxonomys", i, "taxonomy"], "missing; taxonomy link ignored");
      return [];
    }
    return [{ id: st["id"] ?? `st-${i}`, link_type: "service_type", taxonomy_term: { ...t, code: t["id"], taxonomy: t["vocabulary"] } }];
  });
  const sals = records(ctx, s, "service_at_locations", path).map((sal) => {
    const loc = isRecord(sal["location"]) ? sal["location"] : undefined;
    if (loc === undefined) return sal;
    return {
      ...sal,
      location: {
        location_type: "physical",
        ...loc,
        addresses: records(ctx, loc, "physical_addresses", path).map((a) => ({ ...a, address_type: "physical" })),
        accessibility: records(ctx, loc, "accessibility_for_disabilities", path),
      },
    };
  });
  const attending = str(ctx, s, "attending_type", path);
  return {
    service: {
      ...s,
      ...(first === undefined ? {} : { minimum_age: first["minimum_age"], maximum_age: first["maximum_age"], eligibility_description: first["eligibility"] }),
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
 * @returns The offers and every issue found.
 * @example
 * const { offers, issues } = fromOpenReferralUk(await (await fetch(`${api}/services?per_page=500`)).json(), { source: "bucks" });
 */
export function fromOpenReferralUk(input: unknown, options: FromHsdsOptions = {}): DirectoryImport {
  const ctx = newContext(options.source ?? "oruk", options.agesApplyTo ?? "carer");
  const visit = (value: unknown, path: Path): void => {
    if (Array.isArray(value)) {
      value.forEach((v: unknown, i) => {
        visit(v, [...path, i]);
      });
      return;
    }
    if (!isRecord(value)) {
      report(ctx, "error", "unsupported_shape", path, `expected an ORUK service or page, got ${describe(value)}; left out`);
      return;
    }
    if (Array.isArray(value["content"])) {
      visit(value["content"], [...path, "content"]);
      return;
    }
    if (typeof value["name"] !== "string" && value["id"] === undefined) {
      report(ctx, "error", "unsupported_shape", path, "not an ORUK service (no id or name); left out");
      return;
    }
    const { service, delivery } = toHsds3(ctx, value, path);
    buildService(ctx, service, path, { extraDelivery: delivery });
  };
  visit(input, []);
  const taxonomyTerms = [...ctx.terms.values()].flatMap((t) => {
    const term = readTerm(ctx, t, ["taxonomy"]);
    return term === undefined ? [] : [term];
  });
  return { offers: ctx.offers, issues: ctx.issues, taxonomyTerms };
}
