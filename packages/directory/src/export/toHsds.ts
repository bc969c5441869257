import type { OfferSchedule } from "../offer/schedule.ts";
import type { ServiceOffer } from "../offer/serviceOffer.ts";
import { checkOffers } from "../_lib/guard/checkOffers.ts";
import { CARED_FOR_AGES_TAXONOMY, DELIVERY_TAXONOMY } from "../_lib/delivery.ts";

/**
 * An HSDS 3 service object as {@link toHsds} writes it (fully nested, JSON-ready).
 *
 * @example
 * const service: HsdsService = toHsds(offers)[0]!;
 * service["service_at_locations"];
 */
export type HsdsService = Readonly<Record<string, unknown>>;

function compact(o: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return out;
}

function schedule(s: OfferSchedule): Record<string, unknown> {
  return compact({
    id: s.id,
    freq: s.freq,
    interval: s.interval,
    byday: s.byday,
    bymonthday: s.bymonthday,
    byweekno: s.byweekno,
    byyearday: s.byyearday,
    wkst: s.wkst,
    dtstart: s.dtstart,
    until: s.until,
    count: s.count,
    valid_from: s.validFrom,
    valid_to: s.validTo,
    opens_at: s.opensAt,
    closes_at: s.closesAt,
    timezone: s.timezone,
    description: s.description,
    schedule_link: s.scheduleLink,
    attending_type: s.attendingType,
    notes: s.notes,
  });
}

function serviceLevel(o: ServiceOffer): Record<string, unknown> {
  const attributes: Record<string, unknown>[] = o.terms.map((t, k) =>
    compact({
      id: `${o.serviceId}-attribute-${k}`,
      link_type: t.linkType,
      link_entity: "service",
      value: t.value,
      taxonomy_term: compact({
        id: t.id,
        name: t.name,
        description: t.name,
        code: t.code,
        taxonomy: t.taxonomy,
        term_uri: t.uri,
      }),
    }),
  );
  for (const mode of o.delivery) {
    attributes.push({
      id: `${o.serviceId}-delivery-${mode}`,
      link_type: "delivery",
      link_entity: "service",
      taxonomy_term: {
        id: `carerkit-delivery-${mode}`,
        name: mode.replace("_", " "),
        description: `Delivered ${mode.replace("_", " ")}`,
        code: mode,
        taxonomy: DELIVERY_TAXONOMY,
      },
    });
  }
  if (o.caredForAges !== undefined) {
    attributes.push({
      id: `${o.serviceId}-cared-for-ages`,
      link_type: "eligibility",
      link_entity: "service",
      value: `${o.caredForAges.min ?? ""}-${o.caredForAges.max ?? ""}`,
      taxonomy_term: {
        id: "carerkit-cared-for-ages",
        name: "Age of the cared-for person",
        description: "Ages of the cared-for person the service accepts, as min-max",
        code: "cared_for_ages",
        taxonomy: CARED_FOR_AGES_TAXONOMY,
      },
    });
  }
  return compact({
    id: o.serviceId,
    name: o.name,
    description: o.description,
    url: o.url,
    email: o.email,
    status: o.status,
    minimum_age: o.carerAges?.min,
    maximum_age: o.carerAges?.max,
    eligibility_description: o.eligibilityDescription,
    fees_description: o.feesDescription,
    assured_date: o.assuredDate,
    last_modified: o.lastModified,
    alert: o.alert,
    organization:
      o.organisation === undefined
        ? undefined
        : compact({
            id: o.organisation.id,
            name: o.organisation.name,
            description: o.organisation.name,
            website: o.organisation.website,
            organization_identifiers: o.organisation.identifiers.map((i, k) =>
              compact({
                id: `${o.organisation?.id ?? ""}-identifier-${k}`,
                identifier_scheme: i.scheme,
                identifier_type: i.type,
                identifier: i.identifier,
              }),
            ),
          }),
    cost_options: o.costs.map((c) =>
      compact({
        id: c.id,
        option: c.option,
        amount: c.amount,
        currency: c.currency,
        amount_description: c.amountDescription,
        valid_from: c.validFrom,
        valid_to: c.validTo,
      }),
    ),
    attributes,
  });
}

function locationOf(o: ServiceOffer): Record<string, unknown> | undefined {
  const l = o.location;
  if (l === undefined) return undefined;
  return compact({
    id: l.id,
    location_type: l.type,
    name: l.name,
    url: l.url,
    latitude: l.point?.lat,
    longitude: l.point?.lon,
    external_identifier: l.externalId,
    external_identifier_type: l.externalIdType,
    addresses:
      l.address === undefined
        ? []
        : [
            compact({
              id: l.address.id,
              address_1: l.address.address1,
              address_2: l.address.address2,
              city: l.address.city,
              state_province: l.address.region,
              postal_code: l.address.postcode,
              country: l.address.country,
              address_type: "physical",
            }),
          ],
    accessibility: o.accessibility.map((a) =>
      compact({ id: a.id, location_id: l.id, description: a.description, details: a.details }),
    ),
    languages: languages(o, l.id),
  });
}

const languages = (o: ServiceOffer, owner: string): Record<string, unknown>[] =>
  o.languages.map((g, k) => compact({ id: `${owner}-language-${k}`, code: g.code, name: g.name }));

const phones = (o: ServiceOffer): Record<string, unknown>[] =>
  o.phones.map((p) =>
    compact({ id: p.id, number: p.number, type: p.type, description: p.description }),
  );

const areas = (o: ServiceOffer): Record<string, unknown>[] =>
  o.serviceAreas.map((a) =>
    compact({
      id: a.id,
      name: a.name,
      description: a.description,
      extent: a.extent,
      extent_type: a.extentType,
      uri: a.uri,
    }),
  );

/**
 * Writes offers back as HSDS 3 service objects, nested as the HSDS `/services/{id}` endpoint
 * returns them: offers of one service become its `service_at_locations`. Delivery modes and the
 * cared-for age range travel as attributes in CarerKit taxonomies, so {@link fromHsds} reads
 * back exactly the offers written (same `source`). Service-level fields are taken from the first
 * offer of each service.
 *
 * @param offers - Offers to write.
 * @returns HSDS 3 services, in order of first appearance.
 * @throws CarerKitError `invalid_argument` when `offers` is not an array of offers.
 * @example
 * const json = JSON.stringify({ contents: toHsds(offers) });
 * fromHsds(JSON.parse(json), { source: offers[0]?.source }).offers; // deep-equals offers
 */
export function toHsds(offers: readonly ServiceOffer[]): HsdsService[] {
  checkOffers("toHsds", offers);
  const services = new Map<
    string,
    { service: Record<string, unknown>; sals: Record<string, unknown>[] }
  >();
  for (const o of offers) {
    const key = `${o.source}\u0000${o.serviceId}`;
    let entry = services.get(key);
    if (entry === undefined) {
      entry = { service: serviceLevel(o), sals: [] };
      services.set(key, entry);
      if (o.serviceAtLocationId === undefined) {
        Object.assign(entry.service, {
          phones: phones(o),
          schedules: o.schedules.map(schedule),
          service_areas: areas(o),
          languages: languages(o, o.serviceId),
        });
      }
    }
    if (o.serviceAtLocationId !== undefined) {
      const location = locationOf(o);
      entry.sals.push(
        compact({
          id: o.serviceAtLocationId,
          service_id: o.serviceId,
          location_id: o.location?.id,
          location,
          phones: phones(o),
          schedules: o.schedules.map(schedule),
          service_areas: areas(o),
        }),
      );
      if (location === undefined && o.languages.length > 0) {
        entry.service["languages"] = languages(o, o.serviceId);
      }
    }
  }
  return [...services.values()].map(({ service, sals }) =>
    sals.length > 0 ? { ...service, service_at_locations: sals } : service,
  );
}
