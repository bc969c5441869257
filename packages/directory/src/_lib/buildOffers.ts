// Turns HSDS 3 service records (nested as in the JSON API, or assembled from CSV tables) into
// ServiceOffers, reporting every problem. Shared by fromHsds, fromHsdsTabular and
// fromOpenReferralUk.
import { must } from "./must.ts";
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
  type Cursor,
  date,
  dateTime,
  describe,
  num,
  record,
  records,
  report,
  str,
  at,
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

function readStatus(c: Cursor, id: string): OfferStatus {
  const raw = str(c, "status");
  if (raw === undefined) {
    report(c.sink, {
      severity: "warning",
      code: "missing_required_field",
      path: [...c.path, "status"],
      message: "missing; treated as active",
      recordId: id,
    });
    return "active";
  }
  const lower = raw.toLowerCase().replace(/_/g, " ");
  const found = STATUSES.find((s) => s === lower);
  if (found !== undefined) return found;
  report(c.sink, {
    severity: "warning",
    code: "invalid_field",
    path: [...c.path, "status"],
    message: `expected one of ${STATUSES.join(", ")}, got ${describe(raw)}; treated as inactive`,
    recordId: id,
  });
  return "inactive";
}

function readAges(c: Cursor, id: string): AgeRange | undefined {
  const check = (key: string): number | undefined => {
    const n = num(c, key);
    if (n === undefined) return undefined;
    if (n < 0 || n > 130) {
      report(c.sink, {
        severity: "warning",
        code: "invalid_field",
        path: [...c.path, key],
        message: `expected an age from 0 to 130, got ${n}; ignored`,
        recordId: id,
      });
      return undefined;
    }
    return n;
  };
  const min = check("minimum_age");
  const max = check("maximum_age");
  if (min !== undefined && max !== undefined && min > max) {
    report(c.sink, {
      severity: "warning",
      code: "invalid_field",
      path: [...c.path, "minimum_age"],
      message: `expected minimum_age ≤ maximum_age, got ${min} > ${max}; age limits ignored`,
      recordId: id,
    });
    return undefined;
  }
  if (min === undefined && max === undefined) return undefined;
  return { ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
}

function readPhones(ctx: BuildContext, list: readonly Rec[], path: Path): OfferPhone[] {
  const out: OfferPhone[] = [];
  list.forEach((p, i) => {
    const here = [...path, i];
    const number = str(at(ctx, p, here), "number");
    if (number === undefined) {
      report(ctx, {
        severity: "error",
        code: "missing_required_field",
        path: [...here, "number"],
        message: "missing; phone left out",
      });
      return;
    }
    const type = str(at(ctx, p, here), "type");
    const description = str(at(ctx, p, here), "description");
    out.push({
      id: str(at(ctx, p, here), "id") ?? `phone-${number}`,
      number: number.replace(/^"+|"+$/g, ""),
      ...(type === undefined ? {} : { type }),
      ...(description === undefined ? {} : { description }),
    });
  });
  return out;
}

function mergeById<T extends { readonly id: string }>(
  key: (t: T) => string,
  ...lists: (readonly T[])[]
): T[] {
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
    const id = str(at(ctx, s, here), "id") ?? `schedule-${i}`;
    const rawFreq = str(at(ctx, s, here), "freq")?.toUpperCase();
    let freq: OfferSchedule["freq"];
    if (rawFreq !== undefined) {
      freq = FREQS.find((f) => f === rawFreq);
      if (freq === undefined) {
        report(ctx, {
          severity: "warning",
          code: "unsupported_schedule",
          path: [...here, "freq"],
          message: `expected WEEKLY or MONTHLY, got ${describe(rawFreq)}; schedule kept for its text only`,
          recordId: id,
        });
      }
    }
    const time = (key: string): string | undefined => {
      const t = str(at(ctx, s, here), key);
      if (t === undefined) return undefined;
      if (!/^([01]?\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)?$/i.test(t)) {
        report(ctx, {
          severity: "warning",
          code: "invalid_field",
          path: [...here, key],
          message: `expected a time HH:MM[:SS][Z|±HH:MM], got ${describe(t)}; ignored`,
          recordId: id,
        });
        return undefined;
      }
      return t;
    };
    const interval = num(at(ctx, s, here), "interval");
    const count = num(at(ctx, s, here), "count");
    const timezone = num(at(ctx, s, here), "timezone");
    const fields: [keyof OfferSchedule, string | number | undefined][] = [
      ["freq", freq],
      [
        "interval",
        interval !== undefined && Number.isInteger(interval) && interval >= 1
          ? interval
          : undefined,
      ],
      [
        "byday",
        str(at(ctx, s, here), "byday")
          ?.toUpperCase()
          .replace(/\s+/g, ""),
      ],
      ["bymonthday", str(at(ctx, s, here), "bymonthday")?.replace(/\s+/g, "")],
      ["byweekno", str(at(ctx, s, here), "byweekno")?.replace(/\s+/g, "")],
      ["byyearday", str(at(ctx, s, here), "byyearday")?.replace(/\s+/g, "")],
      ["wkst", str(at(ctx, s, here), "wkst")],
      ["dtstart", date(at(ctx, s, here), "dtstart")],
      ["until", date(at(ctx, s, here), "until")],
      ["count", count !== undefined && Number.isInteger(count) && count >= 1 ? count : undefined],
      ["validFrom", date(at(ctx, s, here), "valid_from")],
      ["validTo", date(at(ctx, s, here), "valid_to")],
      ["opensAt", time("opens_at")],
      ["closesAt", time("closes_at")],
      ["timezone", timezone !== undefined && Math.abs(timezone) <= 14 ? timezone : undefined],
      ["description", str(at(ctx, s, here), "description")],
      ["scheduleLink", str(at(ctx, s, here), "schedule_link")],
      ["attendingType", str(at(ctx, s, here), "attending_type")],
      ["notes", str(at(ctx, s, here), "notes")],
    ];
    const schedule: Record<string, unknown> = { id };
    for (const [k, v] of fields) if (v !== undefined) schedule[k] = v;
    out.push(schedule as unknown as OfferSchedule);
  });
  return out;
}

function readLanguages(
  ctx: BuildContext,
  list: readonly Rec[],
  path: Path,
): ServiceOffer["languages"] {
  const out: { code?: string; name?: string }[] = [];
  list.forEach((l, i) => {
    const here = [...path, i];
    const code = str(at(ctx, l, here), "code")?.toLowerCase();
    const name = str(at(ctx, l, here), "name") ?? str(at(ctx, l, here), "language");
    if (code === undefined && name === undefined) {
      report(ctx, {
        severity: "error",
        code: "missing_required_field",
        path: here,
        message: "a language needs a code or a name; left out",
      });
      return;
    }
    out.push({ ...(code === undefined ? {} : { code }), ...(name === undefined ? {} : { name }) });
  });
  return out;
}

function readAddress(ctx: BuildContext, items: Items, id: string): OfferAddress | undefined {
  const { list, path } = items;
  const ranked = [...list.keys()].sort((a, b) => {
    const rank = (r: Rec): number => (r["address_type"] === "physical" ? 0 : 1);
    return rank(must(list[a])) - rank(must(list[b])) || a - b;
  });
  for (const i of ranked) {
    const a = must(list[i]);
    const here = [...path, i];
    const address1 = str(at(ctx, a, here), "address_1");
    const postcode = str(at(ctx, a, here), "postal_code");
    if (address1 === undefined || postcode === undefined) {
      report(ctx, {
        severity: "warning",
        code: "missing_required_field",
        path: here,
        message: "address needs address_1 and postal_code; address ignored",
        recordId: id,
      });
      continue;
    }
    const address2 = str(at(ctx, a, here), "address_2");
    return {
      id: str(at(ctx, a, here), "id") ?? `${id}-address`,
      address1,
      ...(address2 === undefined ? {} : { address2 }),
      city: str(at(ctx, a, here), "city") ?? "",
      region: str(at(ctx, a, here), "state_province") ?? "",
      postcode,
      country: (str(at(ctx, a, here), "country") ?? "").toUpperCase(),
    };
  }
  return undefined;
}

interface Items {
  readonly list: readonly Rec[];
  readonly path: Path;
}

interface LocationParts {
  readonly location: OfferLocation;
  readonly phones: OfferPhone[];
  readonly schedules: OfferSchedule[];
  readonly languages: ServiceOffer["languages"];
  readonly accessibility: ServiceOffer["accessibility"];
}

function readLocation(ctx: BuildContext, loc: Rec, path: Path): LocationParts | undefined {
  const id = str(at(ctx, loc, path), "id");
  if (id === undefined) {
    report(ctx, {
      severity: "error",
      code: "missing_required_field",
      path: [...path, "id"],
      message: "location without id; left out",
    });
    return undefined;
  }
  const rawType = str(at(ctx, loc, path), "location_type");
  let type: OfferLocation["type"] = "physical";
  if (rawType === "physical" || rawType === "postal" || rawType === "virtual") type = rawType;
  else if (rawType === undefined) {
    report(ctx, {
      severity: "warning",
      code: "missing_required_field",
      path: [...path, "location_type"],
      message: "missing; treated as physical",
      recordId: id,
    });
  } else {
    report(ctx, {
      severity: "warning",
      code: "invalid_field",
      path: [...path, "location_type"],
      message: `expected physical, postal or virtual, got ${describe(rawType)}; treated as physical`,
      recordId: id,
    });
  }
  const lat = num(at(ctx, loc, path), "latitude");
  const lon = num(at(ctx, loc, path), "longitude");
  let point: OfferLocation["point"];
  if (lat !== undefined && lon !== undefined) {
    if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
      report(ctx, {
        severity: "warning",
        code: "invalid_coordinates",
        path: [...path, "latitude"],
        message: `expected latitude −90…90 and longitude −180…180, got ${lat}, ${lon}; coordinates ignored`,
        recordId: id,
      });
    } else if (lat === 0 && lon === 0) {
      report(ctx, {
        severity: "warning",
        code: "invalid_coordinates",
        path: [...path, "latitude"],
        message: "got 0, 0 (a common placeholder); coordinates ignored",
        recordId: id,
      });
    } else point = { lat, lon };
  } else if (lat !== undefined || lon !== undefined) {
    report(ctx, {
      severity: "warning",
      code: "invalid_coordinates",
      path: [...path, "latitude"],
      message: "only one of latitude and longitude given; coordinates ignored",
      recordId: id,
    });
  }
  const address = readAddress(
    ctx,
    { list: records(at(ctx, loc, path), "addresses"), path: [...path, "addresses"] },
    id,
  );
  const name = str(at(ctx, loc, path), "name");
  const url = str(at(ctx, loc, path), "url");
  const externalId = str(at(ctx, loc, path), "external_identifier");
  const externalIdType = str(at(ctx, loc, path), "external_identifier_type");
  const accessibility = records(at(ctx, loc, path), "accessibility").map((a, i) => {
    const here = [...path, "accessibility", i];
    const description = str(at(ctx, a, here), "description");
    const details = str(at(ctx, a, here), "details") ?? str(at(ctx, a, here), "accessibility");
    return {
      id: str(at(ctx, a, here), "id") ?? `${id}-accessibility-${i}`,
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
    phones: readPhones(ctx, records(at(ctx, loc, path), "phones"), [...path, "phones"]),
    schedules: readSchedules(ctx, records(at(ctx, loc, path), "schedules"), [...path, "schedules"]),
    languages: readLanguages(ctx, records(at(ctx, loc, path), "languages"), [...path, "languages"]),
    accessibility,
  };
}

function readOrganisation(ctx: BuildContext, org: Rec, path: Path): OfferOrganisation | undefined {
  const id = str(at(ctx, org, path), "id");
  const name = str(at(ctx, org, path), "name");
  if (id === undefined || name === undefined) {
    report(ctx, {
      severity: "warning",
      code: "missing_required_field",
      path: path,
      message: "organization needs id and name; organisation ignored",
      recordId: id,
    });
    return undefined;
  }
  const website = str(at(ctx, org, path), "website") ?? str(at(ctx, org, path), "url");
  const identifiers = records(at(ctx, org, path), "organization_identifiers").flatMap((r, i) => {
    const here = [...path, "organization_identifiers", i];
    const identifier = str(at(ctx, r, here), "identifier");
    if (identifier === undefined) {
      report(ctx, {
        severity: "warning",
        code: "missing_required_field",
        path: [...here, "identifier"],
        message: "missing; identifier ignored",
        recordId: id,
      });
      return [];
    }
    const scheme = str(at(ctx, r, here), "identifier_scheme");
    return [
      {
        ...(scheme === undefined ? {} : { scheme }),
        type: str(at(ctx, r, here), "identifier_type") ?? "",
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
  const id = str(at(ctx, t, path), "id");
  const name = str(at(ctx, t, path), "name") ?? str(at(ctx, t, path), "term");
  if (id === undefined || name === undefined) {
    report(ctx, {
      severity: "warning",
      code: "missing_required_field",
      path: path,
      message: "taxonomy term needs id and name; term ignored",
      recordId: id,
    });
    return undefined;
  }
  // HSDS docs misspell it "taxonomy_details" in their attributes example; accept both.
  const detail =
    record(at(ctx, t, path), "taxonomy_detail") ?? record(at(ctx, t, path), "taxonomy_details");
  const taxonomy =
    (detail === undefined
      ? undefined
      : str(at(ctx, detail, [...path, "taxonomy_detail"]), "name")) ??
    str(at(ctx, t, path), "taxonomy") ??
    str(at(ctx, t, path), "vocabulary");
  const code = str(at(ctx, t, path), "code");
  const uri = str(at(ctx, t, path), "term_uri");
  return {
    id,
    name,
    ...(code === undefined ? {} : { code }),
    ...(taxonomy === undefined ? {} : { taxonomy }),
    ...(uri === undefined ? {} : { uri }),
  };
}

function readAttributes(ctx: BuildContext, items: Items, serviceId: string): TermsAndExtras {
  const { list, path } = items;
  const terms: OfferTerm[] = [];
  const delivery: DeliveryMode[] = [];
  let caredForAges: AgeRange | undefined;
  list.forEach((a, i) => {
    const here = [...path, i];
    let termRec = record(at(ctx, a, here), "taxonomy_term");
    const termId = str(at(ctx, a, here), "taxonomy_term_id");
    if (termRec === undefined && termId !== undefined) {
      termRec = ctx.terms.get(termId);
      if (termRec === undefined) {
        report(ctx, {
          severity: "warning",
          code: "dangling_reference",
          path: [...here, "taxonomy_term_id"],
          message: `no taxonomy term with id ${describe(termId)}; attribute ignored`,
          recordId: serviceId,
        });
        return;
      }
    }
    if (termRec === undefined) return; // a value-only attribute carries no term
    const term = readTerm(ctx, termRec, [...here, "taxonomy_term"]);
    if (term === undefined) return;
    const linkType = str(at(ctx, a, here), "link_type");
    const value = str(at(ctx, a, here), "value");
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
    if (isDeliveryTerm(term, linkType))
      delivery.push(...deliveryModesIn(`${term.name} ${term.code ?? ""}`));
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

function readCosts(ctx: BuildContext, items: Items, serviceId: string): OfferCost[] {
  const { list, path } = items;
  return list.map((c, i) => {
    const here = [...path, i];
    let amount = num(at(ctx, c, here), "amount");
    if (amount !== undefined && amount < 0) {
      report(ctx, {
        severity: "warning",
        code: "invalid_field",
        path: [...here, "amount"],
        message: `expected an amount ≥ 0, got ${amount}; ignored`,
        recordId: serviceId,
      });
      amount = undefined;
    }
    const fields: [keyof OfferCost, string | number | undefined][] = [
      ["option", str(at(ctx, c, here), "option")],
      ["amount", amount],
      ["currency", str(at(ctx, c, here), "currency")?.toUpperCase()],
      ["amountDescription", str(at(ctx, c, here), "amount_description")],
      ["validFrom", date(at(ctx, c, here), "valid_from")],
      ["validTo", date(at(ctx, c, here), "valid_to")],
    ];
    const cost: Record<string, unknown> = {
      id: str(at(ctx, c, here), "id") ?? `${serviceId}-cost-${i}`,
    };
    for (const [k, v] of fields) if (v !== undefined) cost[k] = v;
    return cost as unknown as OfferCost;
  });
}

function readAreas(ctx: BuildContext, list: readonly Rec[], path: Path): OfferServiceArea[] {
  return list.map((a, i) => {
    const here = [...path, i];
    const fields: [keyof OfferServiceArea, string | undefined][] = [
      ["name", str(at(ctx, a, here), "name") ?? str(at(ctx, a, here), "service_area")],
      ["description", str(at(ctx, a, here), "description")],
      [
        "extent",
        typeof a["extent"] === "object" && a["extent"] !== null
          ? JSON.stringify(a["extent"])
          : str(at(ctx, a, here), "extent"),
      ],
      ["extentType", str(at(ctx, a, here), "extent_type")?.toLowerCase()],
      ["uri", str(at(ctx, a, here), "uri")],
    ];
    const area: Record<string, unknown> = { id: str(at(ctx, a, here), "id") ?? `area-${i}` };
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
  inherited: {
    readonly path: Path;
    readonly organisation?: Rec | undefined;
    readonly sals?: readonly Rec[] | undefined;
    readonly extraDelivery?: readonly DeliveryMode[];
  },
): void {
  const { path } = inherited;
  const id = str(at(ctx, service, path), "id");
  const name = str(at(ctx, service, path), "name");
  if (id === undefined) {
    report(ctx, {
      severity: "error",
      code: "missing_required_field",
      path: [...path, "id"],
      message: "service without id; left out",
      recordId: name,
    });
    return;
  }
  if (name === undefined) {
    report(ctx, {
      severity: "error",
      code: "missing_required_field",
      path: [...path, "name"],
      message: "service without name; left out",
      recordId: id,
    });
    return;
  }
  if (ctx.serviceIds.has(id) && inherited.sals === undefined) {
    report(ctx, {
      severity: "error",
      code: "duplicate_id",
      path: [...path, "id"],
      message: `a service with id ${describe(id)} was already imported; left out`,
      recordId: id,
    });
    return;
  }
  ctx.serviceIds.add(id);
  const status = readStatus(at(ctx, service, path), id);
  const ages = readAges(at(ctx, service, path), id);
  const orgRec =
    record(at(ctx, service, path), "organization") ??
    inherited.organisation ??
    (() => {
      const orgId = str(at(ctx, service, path), "organization_id");
      if (orgId === undefined) return undefined;
      const found = ctx.organisations.get(orgId);
      if (found === undefined) {
        report(ctx, {
          severity: "warning",
          code: "dangling_reference",
          path: [...path, "organization_id"],
          message: `no organization with id ${describe(orgId)}; organisation unknown`,
          recordId: id,
        });
      }
      return found;
    })();
  const organisation =
    orgRec === undefined ? undefined : readOrganisation(ctx, orgRec, [...path, "organization"]);
  const servicePhones = readPhones(ctx, records(at(ctx, service, path), "phones"), [
    ...path,
    "phones",
  ]);
  const contactPhones = records(at(ctx, service, path), "contacts").flatMap((c, i) =>
    readPhones(ctx, records(at(ctx, c, [...path, "contacts", i]), "phones"), [
      ...path,
      "contacts",
      i,
      "phones",
    ]),
  );
  const serviceSchedules = readSchedules(ctx, records(at(ctx, service, path), "schedules"), [
    ...path,
    "schedules",
  ]);
  const serviceAreas = readAreas(ctx, records(at(ctx, service, path), "service_areas"), [
    ...path,
    "service_areas",
  ]);
  const languages = readLanguages(ctx, records(at(ctx, service, path), "languages"), [
    ...path,
    "languages",
  ]);
  const attrs = readAttributes(
    ctx,
    { list: records(at(ctx, service, path), "attributes"), path: [...path, "attributes"] },
    id,
  );
  const costs = readCosts(
    ctx,
    { list: records(at(ctx, service, path), "cost_options"), path: [...path, "cost_options"] },
    id,
  );
  const common = {
    source: ctx.source,
    serviceId: id,
    name,
    ...optional("description", str(at(ctx, service, path), "description")),
    status,
    ...optional("url", str(at(ctx, service, path), "url")),
    ...optional("email", str(at(ctx, service, path), "email")),
    ...optional("organisation", organisation),
    ...optional(ctx.agesApplyTo === "carer" ? "carerAges" : "caredForAges", ages),
    ...optional("caredForAges", attrs.caredForAges),
    ...optional("eligibilityDescription", str(at(ctx, service, path), "eligibility_description")),
    ...optional(
      "feesDescription",
      str(at(ctx, service, path), "fees_description") ?? str(at(ctx, service, path), "fees"),
    ),
    ...optional("assuredDate", date(at(ctx, service, path), "assured_date")),
    ...optional("lastModified", dateTime(at(ctx, service, path), "last_modified")),
    ...optional("alert", str(at(ctx, service, path), "alert")),
    terms: attrs.terms,
    costs,
  };
  const sals = inherited.sals ?? records(at(ctx, service, path), "service_at_locations");
  const addOffer = (offer: ServiceOffer, here: Path): void => {
    if (ctx.offerIds.has(offer.id)) {
      report(ctx, {
        severity: "error",
        code: "duplicate_id",
        path: here,
        message: `an offer with id ${describe(offer.id)} was already imported; left out`,
        recordId: offer.id,
      });
      return;
    }
    ctx.offerIds.add(offer.id);
    ctx.offers.push(offer);
  };
  const scheduleDelivery = (schedules: readonly OfferSchedule[]): DeliveryMode[] =>
    schedules.flatMap((s) =>
      s.attendingType === undefined ? [] : deliveryModesIn(s.attendingType),
    );
  if (sals.length === 0) {
    const delivery = sortDelivery([
      ...attrs.delivery,
      ...(inherited.extraDelivery ?? []),
      ...scheduleDelivery(serviceSchedules),
    ]);
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
    const salId = str(at(ctx, sal, here), "id");
    if (salId === undefined) {
      report(ctx, {
        severity: "error",
        code: "missing_required_field",
        path: [...here, "id"],
        message: "service_at_location without id; left out",
        recordId: id,
      });
      return;
    }
    let locRec = record(at(ctx, sal, here), "location");
    const locationId = str(at(ctx, sal, here), "location_id");
    if (locRec === undefined && locationId !== undefined) {
      locRec = ctx.locations.get(locationId);
      if (locRec === undefined) {
        report(ctx, {
          severity: "warning",
          code: "dangling_reference",
          path: [...here, "location_id"],
          message: `no location with id ${describe(locationId)}; offer kept without a location`,
          recordId: salId,
        });
      }
    }
    const parts =
      locRec === undefined ? undefined : readLocation(ctx, locRec, [...here, "location"]);
    const salPhones = readPhones(ctx, records(at(ctx, sal, here), "phones"), [...here, "phones"]);
    const salSchedules = readSchedules(ctx, records(at(ctx, sal, here), "schedules"), [
      ...here,
      "schedules",
    ]);
    const salAreas = readAreas(ctx, records(at(ctx, sal, here), "service_areas"), [
      ...here,
      "service_areas",
    ]);
    const schedules =
      salSchedules.length > 0
        ? salSchedules
        : serviceSchedules.length > 0
          ? serviceSchedules
          : (parts?.schedules ?? []);
    const locationDelivery: DeliveryMode[] =
      parts === undefined
        ? []
        : parts.location.type === "virtual"
          ? ["online"]
          : parts.location.type === "physical"
            ? ["in_person"]
            : [];
    addOffer(
      {
        id: `${ctx.source}:${id}@${salId}`,
        ...common,
        serviceAtLocationId: salId,
        ...optional("location", parts?.location),
        delivery: sortDelivery([
          ...attrs.delivery,
          ...locationDelivery,
          ...(inherited.extraDelivery ?? []),
          ...scheduleDelivery(schedules),
        ]),
        phones: mergeById(
          (p) => p.number,
          salPhones,
          servicePhones,
          contactPhones,
          parts?.phones ?? [],
        ),
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

/** Every taxonomy term seen outside services, read as OfferTerms. */
export function collectedTerms(ctx: BuildContext, path: Path): OfferTerm[] {
  return [...ctx.terms.values()].flatMap((t) => {
    const term = readTerm(ctx, t, path);
    return term === undefined ? [] : [term];
  });
}
