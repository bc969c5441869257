// The shape of a ServiceOffer as the importers build it, checked where offers come back in
// (indexing, de-duplication, freshness, export, opening hours), so a hand-made or damaged offer
// gives a typed error rather than a TypeError from deep inside.
import { z } from "zod";

const text = z.string().optional();
const count = z.number().optional();
const withId = <T extends z.ZodRawShape>(shape: T) => z.looseObject({ id: z.string(), ...shape });
const ages = z.looseObject({ min: count, max: count }).optional();

export const ScheduleShape = withId({
  freq: text,
  interval: count,
  byday: text,
  bymonthday: text,
  byweekno: text,
  byyearday: text,
  wkst: text,
  dtstart: text,
  until: text,
  count,
  validFrom: text,
  validTo: text,
  opensAt: text,
  closesAt: text,
  timezone: count,
});

export const OfferShape = withId({
  source: z.string(),
  serviceId: z.string(),
  serviceAtLocationId: text,
  name: z.string(),
  description: text,
  status: z.string(),
  url: text,
  email: text,
  organisation: z
    .looseObject({
      id: z.string(),
      name: z.string(),
      website: text,
      identifiers: z.array(
        z.looseObject({ scheme: text, type: z.string(), identifier: z.string() }),
      ),
    })
    .optional(),
  location: withId({
    type: z.string(),
    name: text,
    point: z.looseObject({ lat: z.number(), lon: z.number() }).optional(),
    address: withId({
      address1: z.string(),
      address2: text,
      city: z.string(),
      region: z.string(),
      postcode: z.string(),
      country: z.string(),
    }).optional(),
    url: text,
    externalId: text,
    externalIdType: text,
  }).optional(),
  delivery: z.array(z.string()),
  phones: z.array(withId({ number: z.string(), type: text, description: text })),
  terms: z.array(
    withId({
      name: z.string(),
      code: text,
      taxonomy: text,
      uri: text,
      linkType: text,
      value: text,
    }),
  ),
  carerAges: ages,
  caredForAges: ages,
  eligibilityDescription: text,
  languages: z.array(z.looseObject({ code: text, name: text })),
  accessibility: z.array(withId({ description: text, details: text })),
  costs: z.array(
    withId({
      option: text,
      amount: count,
      currency: text,
      amountDescription: text,
      validFrom: text,
      validTo: text,
    }),
  ),
  feesDescription: text,
  schedules: z.array(ScheduleShape),
  serviceAreas: z.array(
    withId({ name: text, description: text, extent: text, extentType: text, uri: text }),
  ),
  assuredDate: text,
  lastModified: text,
  alert: text,
});
