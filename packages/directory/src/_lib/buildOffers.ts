// Turns HSDS 3 service records (nested as in the JSON API, or assembled from CSV tables) into
// ServiceOffers, reporting every problem. Shared by fromHsds, fromHsdsTabular and
// fromOpenReferralUk.
import type {
  AgeRange,
  DeliveryMode,
  DirectoryIssue,
  OfferAddress,
  OfferCost,
  OfferLocation,
  OfferOrganisation,
  OfferPhone,
  OfferSchedule,
  OfferServiceArea,
  OfferStatus,
  OfferTerm,
  ServiceOffer,
} from "../offer/types.ts";
import {
  CARED_FOR_AGES_TAXONOMY,
  DELIVERY_ORDER,
  DELIVERY_TAXONOMY,
  deliveryModesIn,
  sortDelivery,
} from "./delivery.ts";
import {
  date,
  dateTime,
  describe,
  num,
  record,
  records,
  report,
  str,
  type IssueSink,
  type Path,
  type Rec,
} from "./read.ts";

export interface BuildContext extends IssueSink {
  readonly source: string;
  /** Known records by id, for lookups by foreign key. */
  readonly organisations: Map<string, Rec>;
  readonly locations: Map<string, Rec>;
  readonly terms: Map<string, Rec>;
  readonly offers: ServiceOffer[];
  readonly offerIds: Set<string>;
  readonly serviceIds: Set<string>;
  readonly agesApplyTo: "carer" | "cared_for";
}

export function newContext(
  source: string,
  agesApplyTo: "carer" | "cared_for" = "carer",
): BuildContext {
  return {
    source,
    issues: [] as DirectoryIssue[],
    organisations: new Map(),
    locations: new Map(),
    terms: new Map(),
    offers: [],
    offerIds: new Set(),
    serviceIds: new Set(),
    agesApplyTo,
  };
}

const STATUSES: readonly OfferStatus[] = ["active", "inactive", "defunct", "temporarily closed"];

function readStatus(ctx: BuildContext, rec: Rec, path: Path, id: string): OfferStatus {
  const raw = str(ctx, rec, "status", path);
  if (raw === undefined) {
    report(ctx, "warning", "missing_required_field", [...path, "status"], "missing; treated as active", id);
    return "active";
  }
  const lower = raw.toLowerCase().replace(/_/g, " ");
  const found = STATUSES.find((s) => s === lower);
  if (found !== undefined) return found;
  report(
    ctx,
    "warning",
    "invalid_field",
    [...path, "status"],
    `expected one of ${STATUSES.join(", ")}, got ${describe(raw)}; treated as inactive`,
    id,
  );
  return "inactive";
}

function readAges(ctx: BuildContext, rec: Rec, path: Path, id: string): AgeRange | undefined {
  const check = (key: string): number | undefined => {
    const n = num(ctx, rec, key, path);
    if (n === undefined) return undefined;
    if (n < 0 || n > 130) {
      report(ctx, "warning", "invalid_field", [...path, key], `expected an age from 0 to 130, got ${n}; ignored`, id);
      return undefined;
    }
    return n;
  };
  const min = check("minimum_age");
  const max = check("maximum_age");
  if (min !== undefined && max !== undefined && min > max) {
    report(
      ctx,
      "warning",
      "invalid_field",
      [...path, "minimum_age"],
      `expected minimum_age ≤ maximum_age, got ${min} > ${max}; age limits ignored`,
      id,
    );
    return undefined;
  }
  if (min === undefined && max === undefined) return undefined;
  return { ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
}

function readPhones(ctx: BuildContext, list: readonly Rec[], path: Path): OfferPhone[] {
  const out: OfferPhone[] = [];
  list.forEach((p, i) => {
    const here = [...path, i];
    const number = str(ctx, p, "number", here);
    if (number === undefined) {
      report(ctx, "error", "missing_required_field", [...here, "number"], "missing; phone left out");
      return;
    }
    const type = str(ctx, p, "type", here);
    const description = str(ctx, p, "description", here);
    out.push({
      id: str(ctx, p, "id", here) ?? `phone-${number}`,
      number: number.replace(/^"+|"+$/g, ""),
      ...(type === undefined ? {} : { type }),
      ...(description === undefined ? {} : { description }),
    });
  });
  return out;
}

function mergeById<T extends { readonly id: string }>(key: (t: T) => string, ...lists: (readonly T[])[]): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const list of lists) {
    for (const item of list) {
      const k = key(item);
      if (seen.has(k)) continue;
      seen.add(k);
      out.push(item);
    }
  }
  return out;
}

const FREQS = ["WEEKLY", "MONTHLY"] as const;

function readSchedules(ctx: BuildContext, list: readonly Rec[], path: Path): OfferSchedule[] {
  const out: OfferSchedule[] = [];
  list.forEach((s, i) => {
    const here = [...path, i];
    const id = str(ctx, s, "id", here) ?? `schedule-${i}`;
    const rawFreq = str(ctx, s, "freq", here)?.toUpperCase();
    let freq: OfferSchedule["freq"];
    if (rawFreq !== undefined) {
      freq = FREQS.find((f) => f === rawFreq);
      if (freq === undefined) {
        report(
          ctx,
          "warning",
          "unsupported_schedule",
          [...here, "freq"],
          `expected WEEKLY or MONTHLY, got ${describe(rawFreq)}; schedule kept for its text only`,
          id,
        );
      }
    }
    const time = (key: string): string | undefined => {
      const t = str(ctx, s, key, here);
      if (t === undefined) return undefined;
      if (!/^([01]?\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)?$/i.test(t)) {
        report(ctx, "warning", "invalid_field", [...here, key], `expected a time HH:MM[:SS][Z|±HH:MM], got ${describe(t)}; ignored`, id);
        return undefined;
      }
      return t;
    };
    const interval = num(ctx, s, "interval", here);
    const count = num(ctx, s, "count", here);
    const timezone = num(ctx, s, "timezone", here);
    const fields: [keyof OfferSchedule, string | number | undefined][] = [
      ["freq", freq],
      ["interval", interval !== undefined && Number.isInteger(interval) && interval >= 1 ? interval : undefined],
      ["byday", str(ctx, s, "byday", here)?.toUpperCase().replace(/\s+/g, "")],
      ["bymonthday", str(ctx, s, "bymonthday", here)?.replace(/\s+/g, "")],
      ["byweekno", str(ctx, s, "byweekno", here)?.replace(/\s+/g, "")],
      ["byyearday", str(ctx, s, "byyearday", here)?.replace(/\s+/g, "")],
      ["wkst", str(ctx, s, "wkst", here)],
      ["dtstart", date(ctx, s, "dtstart", here)],
      ["until", date(ctx, s, "until", here)],
      ["count", count !== undefined && Number.isInteger(count) && count >= 1 ? count : undefined],
      ["validFrom", date(ctx, s, "valid_from", here)],
      ["validTo", date(ctx, s, "valid_to", here)],
      ["opensAt", time("opens_at")],
      ["closesAt", time("closes_at")],
      ["timezone", timezone !== undefined && Math.abs(timezone) <= 14 ? timezone : undefined],
      ["description", str(ctx, s, "description", here)],
      ["scheduleLink", str(ctx, s, "schedule_link", here)],
      ["attendingType", str(ctx, s, "attending_type", here)],
      ["notes", str(ctx, s, "notes", here)],
    ];
    const schedule: Record<string, unknown> = { id };
    for (const [k, v] of fields) if (v !== undefined) schedule[k] = v;
    out.push(schedule as unknown as OfferSchedule);
  });
  return out;
}

function readLanguages(ctx: BuildContext, list: readonly Rec[], path: Path): ServiceOffer["languages"] {
  const out: { code?: string; name?: string }[] = [];
  list.forEach((l, i) => {
    const here = [...path, i];
    const code = str(ctx, l, "code", here)?.toLowerCase();
    const name = str(ctx, l, "name", here) ?? str(ctx, l, "language", here);
    if (code === undefined && name === undefined) {
      report(ctx, "error", "missing_required_field", here, "a language needs a code or a name; left out");
      return;
    }
    out.push({ ...(code === undefined ? {} : { code }), ...(name === undefined ? {} : { name }) });
  });
  return out;
}

function readAddress(ctx: BuildContext, list: readonly Rec[], path: Path, id: string): OfferAddress | undefined {
  const ranked = [...list.keys()].sort((a, b) => {
    const rank = (r: Rec): number => (r["address_type"] === "physical" ? 0 : 1);
    return rank(list[a]!) - rank(list[b]!) || a - b;
  });
  for (const i of ranked) {
    const a = list[i]!;
    const here = [...path, i];
    const address1 = str(ctx, a, "address_1", here);
    const postcode = str(ctx, a, "postal_code", here);
    if (address1 === undefined || postcode === undefined) {
      report(ctx, "warning", "missing_required_field", here, "address needs address_1 and postal_code; address ignored", id);
      continue;
    }
    const address2 = str(ctx, a, "address_2", here);
    return {
      id: str(ctx, a, "id", here) ?? `${id}-address`,
      address1,
      ...(address2 === undefined ? {} : { address2 }),
      city: str(ctx, a, "city", here) ?? "",
      region: str(ctx, a, "state_province", here) ?? "",
      postcode,
      country: (str(ctx, a, "country", here) ?? "").toUpperCase(),
    };
  }
  return undefined;
}

interface LocationParts {
  readonly location: OfferLocation;
  readonly phones: OfferPhone[];
  readonly schedules: OfferSchedule[];
  readonly languages: ServiceOffer["languages"];
  readonly accessibility: ServiceOffer["accessibility"];
}

function readLocation(ctx: BuildContext, loc: Rec, path: Path): LocationParts | undefined {
  const id = str(ctx, loc, "id", path);
  if (id === undefined) {
    report(ctx, "error", "missing_required_field", [...path, "id"], "location without id; left out");
    return undefined;
  }
  const rawType = str(ctx, loc, "location_type", path);
  let type: OfferLocation["type"] = "physical";
  if (rawType === "physical" || rawType === "postal" || rawType === "virtual") type = rawType;
  else if (rawType === undefined) {
    report(ctx, "warning", "missing_required_field", [...path, "location_type"], "missing; treated as physical", id);
  } else {
    report(ctx, "warning", "invalid_field", [...path, "location_type"], `expected physical, postal or virtual, got ${describe(rawType)}; treated as physical`, id);
  }
  const lat = num(ctx, loc, "latitude", path);
  const lon = num(ctx, loc, "longitude", path);
  let point: OfferLocation["point"];
  if (lat !== undefined && lon !== undefined) {
    if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
      report(
        ctx,
        "warning",
        "invalid_coordinates",
        [...path, "latitude"],
        `expected latitude −90…90 and longitude −180…180, got ${lat}, ${lon}; coordinates ignored`,
        id,
      );
    } else if (lat === 0 && lon === 0) {
      report(ctx, "warning", "invalid_coordinates", [...path, "latitude"], "got 0, 0 (a common placeholder); coordinates ignored", id);
    } else point = { lat, lon };
  } else if (lat !== undefined || lon !== undefined) {
    report(ctx, "warning", "invalid_coordinates", [...path, "latitude"], "only one of latitude and longitude given; coordinates ignored", id);
  }
  const address = readAddress(ctx, records(ctx, loc, "addresses", path), [...path, "addresses"], id);
  const name = str(ctx, loc, "name", path);
  const url = str(ctx, loc, "url", path);
  const externalId = str(ctx, loc, "external_identifier", path);
  const externalIdType = str(ctx, loc, "external_identifier_type", path);
  const accessibility = records(ctx, loc, "accessibility", path).map((a, i) => {
    const here = [...path, "accessibility", i];
    const description = str(ctx, a, "description", here);
    const details = str(ctx, a, "details", here) ?? str(ctx, a, "accessibility", here);
    return {
      id: str(ctx, a, "id", here) ?? `${id}-accessibility-${i}`,
      ...(description === undefined ? {} : { description }),
      ...(details === undefined ? {} : { details }),
    };
  });
  return {
    location: {
      id,
      type,
      ...(name === undefined ? {} : { name }),
      ...(point === undefined ? {} : { point }),
      ...(address === undefined ? {} : { address }),
      ...(url === undefined ? {} : { url }),
      ...(externalId === undefined ? {} : { externalId }),
      ...(externalIdType === undefined ? {} : { externalIdType }),
    },
    phones: readPhones(ctx, records(ctx, loc, "phones", path), [...path, "phones"]),
    schedules: readSchedules(ctx, records(ctx, loc, "schedules", path), [...path, "schedules"]),
    languages: readLanguages(ctx, records(ctx, loc, "languages", path), [...path, "languages"]),
    accessibility,
  };
}

function readOrganisation(ctx: BuildContext, org: Rec, path: Path): OfferOrganisation | undefined {
  const id = str(ctx, org, "id", path);
  const name = str(ctx, org, "name", path);
  if (id === undefined || name === undefined) {
    report(ctx, "warning", "missing_required_field", path, "organization needs id and name; organisation ignored", id);
    return undefined;
  }
  const website = str(ctx, org, "website", path) ?? str(ctx, org, "url", path);
  const identifiers = records(ctx, org, "organization_identifiers", path).flatMap((r, i) => {
    const here = [...path, "organization_identifiers", i];
    const identifier = str(ctx, r, "identifier", here);
    if (identifier === undefined) {
      report(ctx, "warning", "missing_required_field", [...here, "identifier"], "missing; identifier ignored", id);
      return [];
    }
    const scheme = str(ctx, r, "identifier_scheme", here);
    return [
      {
        ...(scheme === undefined ? {} : { scheme }),
        type: str(ctx, r, "identifier_type", here) ?? "",
        identifier,
      },
    ];
  });
  return { id, name, ...(website === undefined ? {} : { website }), identifiers };
}

interface TermsAndExtras {
  readonly terms: OfferTerm[];
  readonly delivery: DeliveryMode[];
  readonly caredForAges?: AgeRange | undefined;
}

function readTerm(ctx: BuildContext, t: Rec, path: Path): OfferTerm | undefined {
  const id = str(ctx, t, "id", path);
  const name = str(ctx, t, "name", path) ?? str(ctx, t, "term", path);
  if (id === undefined || name === undefined) {
    report(ctx, "warning", "missing_required_field", path, "taxonomy term needs id and name; term ignored", id);
    return undefined;
  }
  const detail = record(ctx, t, "taxonomy_detail", path);
  const taxonomy =
    (detail === undefined ? undefined : str(ctx, detail, "name", [...path, "taxonomy_detail"])) ??
    str(ctx, t, "taxonomy", path) ??
    str(ctx, t, "vocabulary", path);
  const code = str(ctx, t, "code", path);
  const uri = str(ctx, t, "term_uri", path);
  return {
    id,
    name,
    ...(code === undefined ? {} : { code }),
    ...(taxonomy === undefined ? {} : { taxonomy }),
    ...(uri === undefined ? {} : { uri }),
  };
}

function readAttributes(ctx: BuildContext, list: readonly Rec[], path: Path, serviceId: string): TermsAndExtras {
  const terms: OfferTerm[] = [];
  const delivery: DeliveryMode[] = [];
  let caredForAges: AgeRange | undefined;
  list.forEach((a, i) => {
    const here = [...path, i];
    let termRec = record(ctx, a, "taxonomy_term", here);
    const termId = str(ctx, a, "taxonomy_term_id", here);
    if (termRec === undefined && termId !== undefined) {
      termRec = ctx.terms.get(termId);
      if (termRec === undefined) {
        report(ctx, "warning", "dangling_reference", [...here, "taxonomy_term_id"], `no taxonomy term with id ${describe(termId)}; attribute ignored`, serviceId);
        return;
      }
    }
    if (termRec === undefined) return; // a value-only attribute carries no term
    const term = readTerm(ctx, termRec, [...here, "taxonomy_term"]);
    if (term === undefined) return;
    const linkType = str(ctx, a, "link_type", here);
    const value = str(ctx, a, "value", here);
    if (term.taxonomy === DELIVERY_TAXONOMY) {
      const mode = DELIVERY_ORDER.find((m) => m === term.code);
      if (mode !== undefined) delivery.push(mode);
      return;
    }
    if (term.taxonomy === CARED_FOR_AGES_TAXONOMY && value !== undefined) {
      const m = /^(\d+(?:\.\d+)?)?-(\d+(?:\.\d+)?)?$/.exec(value);
      if (m !== null) {
        caredForAges = {
          ...(m[1] === undefined ? {} : { min: Number(m[1]) }),
          ...(m[2] === undefined ? {} : { max: Number(m[2]) }),
        };
      }
      return;
    }
    if (isDeliveryTerm(term, linkType)) delivery.push(...deliveryModesIn(`${term.name} ${term.code ?? ""}`));
    terms.push({
      ...term,
      ...(linkType === undefined ? {} : { linkType }),
      ...(value === undefined ? {} : { value }),
    });
  });
  return { terms, delivery, ...(caredForAges === undefined ? {} : { caredForAges }) };
}

/** Only short terms that are about the way of attending count as a delivery mode. */
function isDeliveryTerm(term: OfferTerm, linkType: string | undefined): boolean {
  return /deliver|attend|method|mode|channel/i.test(`${term.taxonomy ?? ""} ${linkType ?? ""}`);
}

function readCosts(ctx: BuildContext, list: readonly Rec[], path: Path, serviceId: string): OfferCost[] {
  return list.map((c, i) => {
    const here = [...path, i];
    let amount = num(ctx, c, "amount", here);
    if (amount !== undefined && amount < 0) {
      report(ctx, "warning", "invalid_field", [...here, "amount"], `expected an amount ≥ 0, got ${amount}; ignored`, serviceId);
      amount = undefined;
    }
    const fields: [keyof OfferCost, string | number | undefined][] = [
      ["option", str(ctx, c, "option", here)],
      ["amount", amount],
      ["currency", str(ctx, c, "currency", here)?.toUpperCase()],
      ["amountDescription", str(ctx, c, "amount_description", here)],
      ["validFrom", date(ctx, c, "valid_from", here)],
      ["validTo", date(ctx, c, "valid_to", here)],
    ];
    const cost: Record<string, unknown> = { id: str(ctx, c, "id", here) ?? `${serviceId}-cost-${i}` };
    for (const [k, v] of fields) if (v !== undefined) cost[k] = v;
    return cost as unknown as OfferCost;
  });
}

function readAreas(ctx: BuildContext, list: readonly Rec[], path: Path): OfferServiceArea[] {
  return list.map((a, i) => {
    const here = [...path, i];
    const fields: [keyof OfferServiceArea, string | undefined][] = [
      ["name", str(ctx, a, "name", here) ?? str(ctx, a, "service_area", here)],
      ["description", str(ctx, a, "description", here)],
      ["extent", typeof a["extent"] === "object" && a["extent"] !== null ? JSON.stringify(a["extent"]) : str(ctx, a, "extent", here)],
      ["extentType", str(ctx, a, "extent_type", here)?.toLowerCase()],
      ["uri", str(ctx, a, "uri", here)],
    ];
    const area: Record<string, unknown> = { id: str(ctx, a, "id", here) ?? `area-${i}` };
    for (const [k, v] of fields) if (v !== undefined) area[k] = v;
    return area as unknown as OfferServiceArea;
  });
}

function mergeLanguages(...lists: ServiceOffer["languages"][]): ServiceOffer["languages"] {
  const seen = new Set<string>();
  return lists.flat().filter((l) => {
    const key = `${l.code ?? ""}|${l.name ?? ""}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

/**
 * Builds the offers of one HSDS service record. `inheritedOrganisation` is the parent when the
 * service was nested in an organisation; `onlySal` restricts to one service_at_location.
 */
export function buildService(
  ctx: BuildContext,
  service: Rec,
  path: Path,
  inherited?: { readonly organisation?: Rec | undefined; readonly sals?: readonly Rec[] | undefined; readonly extraDelivery?: readonly DeliveryMode[] },
): void {
  const id = str(ctx, service, "id", path);
  const name = str(ctx, service, "name", path);
  if (id === undefined) {
    report(ctx, "error", "missing_required_field", [...path, "id"], "service without id; left out", name);
    return;
  }
  if (name === undefined) {
    report(ctx, "error", "missing_required_field", [...path, "name"], "service without name; left out", id);
    return;
  }
  if (ctx.serviceIds.has(id) && inherited?.sals === undefined) {
    report(ctx, "error", "duplicate_id", [...path, "id"], `a service with id ${describe(id)} was already imported; left out`, id);
    return;
  }
  ctx.serviceIds.add(id);
  const status = readStatus(ctx, service, path, id);
  const ages = readAges(ctx, service, path, id);
  const orgRec =
    record(ctx, service, "organization", path) ??
    inherited?.organisation ??
    (() => {
      const orgId = str(ctx, service, "organization_id", path);
      if (orgId === undefined) return undefined;
      const found = ctx.organisations.get(orgId);
      if (found === undefined) {
        report(ctx, "warning", "dangling_reference", [...path, "organization_id"], `no organization with id ${describe(orgId)}; organisation unknown`, id);
      }
      return found;
    })();
  const organisation = orgRec === undefined ? undefined : readOrganisation(ctx, orgRec, [...path, "organization"]);
  const servicePhones = readPhones(ctx, records(ctx, service, "phones", path), [...path, "phones"]);
  const contactPhones = records(ctx, service, "contacts", path).flatMap((c, i) =>
    readPhones(ctx, records(ctx, c, "phones", [...path, "contacts", i]), [...path, "contacts", i, "phones"]),
  );
  const serviceSchedules = readSchedules(ctx, records(ctx, service, "schedules", path), [...path, "schedules"]);
  const serviceAreas = readAreas(ctx, records(ctx, service, "service_areas", path), [...path, "service_areas"]);
  const languages = readLanguages(ctx, records(ctx, service, "languages", path), [...path, "languages"]);
  const attrs = readAttributes(ctx, records(ctx, service, "attributes", path), [...path, "attributes"], id);
  const costs = readCosts(ctx, records(ctx, service, "cost_options", path), [...path, "cost_options"], id);
  const common = {
    source: ctx.source,
    serviceId: id,
    name,
    ...optional("description", str(ctx, service, "description", path)),
    status,
    ...optional("url", str(ctx, service, "url", path)),
    ...optional("email", str(ctx, service, "email", path)),
    ...optional("organisation", organisation),
    ...optional(ctx.agesApplyTo === "carer" ? "carerAges" : "caredForAges", ages),
    ...optional("caredForAges", attrs.caredForAges),
    ...optional("eligibilityDescription", str(ctx, service, "eligibility_description", path)),
    ...optional("feesDescription", str(ctx, service, "fees_description", path) ?? str(ctx, service, "fees", path)),
    ...optional("assuredDate", date(ctx, service, "assured_date", path)),
    ...optional("lastModified", dateTime(ctx, service, "last_modified", path)),
    ...optional("alert", str(ctx, service, "alert", path)),
    terms: attrs.terms,
    costs,
  };
  const sals = inherited?.sals ?? records(ctx, service, "service_at_locations", path);
  const addOffer = (offer: ServiceOffer, here: Path): void => {
    if (ctx.offerIds.has(offer.id)) {
      report(ctx, "error", "duplicate_id", here, `an offer with id ${describe(offer.id)} was already imported; left out`, offer.id);
      return;
    }
    ctx.offerIds.add(offer.id);
    ctx.offers.push(offer);
  };
  const scheduleDelivery = (schedules: readonly OfferSchedule[]): DeliveryMode[] =>
    schedules.flatMap((s) => (s.attendingType === undefined ? [] : deliveryModesIn(s.attendingType)));
  if (sals.length === 0) {
    const delivery = sortDelivery([...attrs.delivery, ...(inherited?.extraDelivery ?? []), ...scheduleDelivery(serviceSchedules)]);
    addOffer(
      {
        id: `${ctx.source}:${id}`,
        ...common,
        delivery,
        phones: mergeById((p) => p.number, servicePhones, contactPhones),
        languages: mergeLanguages(languages),
        accessibility: [],
        schedules: serviceSchedules,
        serviceAreas,
      },
      path,
    );
    return;
  }
  sals.forEach((sal, i) => {
    const here = [...path, "service_at_locations", i];
    const salId = str(ctx, sal, "id", here);
    if (salId === undefined) {
      report(ctx, "error", "missing_required_field", [...here, "id"], "service_at_location without id; left out", id);
      return;
    }
    let locRec = record(ctx, sal, "location", here);
    const locationId = str(ctx, sal, "location_id", here);
    if (locRec === undefined && locationId !== undefined) {
      locRec = ctx.locations.get(locationId);
      if (locRec === undefined) {
        report(ctx, "warning", "dangling_reference", [...here, "location_id"], `no location with id ${describe(locationId)}; offer kept without a location`, salId);
      }
    }
    const parts = locRec === undefined ? undefined : readLocation(ctx, locRec, [...here, "location"]);
    const salPhones = readPhones(ctx, records(ctx, sal, "phones", here), [...here, "phones"]);
    const salSchedules = readSchedules(ctx, records(ctx, sal, "schedules", here), [...here, "schedules"]);
    const salAreas = readAreas(ctx, records(ctx, sal, "service_areas", here), [...here, "service_areas"]);
    const schedules =
      salSchedules.length > 0 ? salSchedules : serviceSchedules.length > 0 ? serviceSchedules : (parts?.schedules ?? []);
    const locationDelivery: DeliveryMode[] =
      parts === undefined ? [] : parts.location.type === "virtual" ? ["online"] : parts.location.type === "physical" ? ["in_person"] : [];
    addOffer(
      {
        id: `${ctx.source}:${id}@${salId}`,
        ...common,
        serviceAtLocationId: salId,
        ...optional("location", parts?.location),
        delivery: sortDelivery([
          ...attrs.delivery,
          ...locationDelivery,
          ...(inherited?.extraDelivery ?? []),
          ...scheduleDelivery(schedules),
        ]),
        phones: mergeById((p) => p.number, salPhones, servicePhones, contactPhones, parts?.phones ?? []),
        languages: mergeLanguages(languages, parts?.languages ?? []),
        accessibility: parts?.accessibility ?? [],
        schedules,
        serviceAreas: salAreas.length > 0 ? salAreas : serviceAreas,
      },
      here,
    );
  });
}

export { readTerm };
