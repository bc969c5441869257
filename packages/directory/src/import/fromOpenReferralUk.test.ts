import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { deepFreeze } from "../../../../scripts/test/deepFreeze.ts";
import { fromOpenReferralUk } from "./fromOpenReferralUk.ts";

// A fictional service in the ORUK v1 shape (field names from OpenReferralUK/human-services
// ExtendedDataPackage.json; the schedule row copies the form seen in Buckinghamshire's feed:
// weekday name, freq "week", dtstart as a date-time).
const service = {
  id: "oruk-1",
  name: "Chiltern Carers Support Group (fictional)",
  description: "Monthly support group for unpaid carers.",
  status: "active",
  attending_type: "venue",
  attending_access: "drop-in",
  assured_date: "2026-03-01",
  fees: "Free",
  organization: {
    id: "org-1",
    name: "Chiltern Carers (fictional)",
    url: "https://chiltern.example.org",
  },
  eligibilitys: [{ id: "e1", eligibility: "Adult carers", minimum_age: 18, maximum_age: null }],
  contacts: [{ id: "c1", name: "Duty worker", phones: [{ id: "p1", number: "01632 960999" }] }],
  languages: [{ id: "l1", language: "English" }],
  service_taxonomys: [
    {
      id: "st1",
      taxonomy: {
        id: "esdServiceType:298",
        name: "Carers support groups",
        vocabulary: "esdServiceTypes",
      },
    },
  ],
  regular_schedules: [
    {
      id: "r1",
      weekday: "Thursday",
      opens_at: "09:30",
      closes_at: "10:30",
      dtstart: "2026-09-10T00:00:00.000Z",
      freq: "week",
      interval: 1,
      byday: "TH",
    },
  ],
  holiday_schedules: [{ id: "h1", closed: true, start_date: "2026-12-24", end_date: "2026-12-26" }],
  service_at_locations: [
    {
      id: "sal-1",
      location: {
        id: "loc-1",
        name: "Amersham Hall (fictional)",
        latitude: 51.67,
        longitude: -0.61,
        physical_addresses: [
          {
            id: "a1",
            address_1: "1 High Street",
            city: "Amersham",
            state_province: "Buckinghamshire",
            postal_code: "HP6 5AA",
            country: "GB",
          },
        ],
        accessibility_for_disabilities: [{ id: "x1", accessibility: "Wheelchair accessible" }],
      },
    },
  ],
};

describe("fromOpenReferralUk", () => {
  it("maps an ORUK v1 page into the same offer model as HSDS 3", () => {
    const { offers, issues } = fromOpenReferralUk(
      {
        totalElements: 1,
        totalPages: 1,
        number: 1,
        size: 50,
        first: true,
        last: true,
        content: [service],
      },
      { source: "bucks" },
    );
    expect(offers).toHaveLength(1);
    const offer = offers[0]!;
    expect(offer).toMatchObject({
      id: "bucks:oruk-1@sal-1",
      carerAges: { min: 18 },
      eligibilityDescription: "Adult carers",
      feesDescription: "Free",
      delivery: ["in_person"],
      languages: [{ name: "English" }],
      phones: [{ id: "p1", number: "01632 960999" }],
    });
    expect(offer.terms[0]).toMatchObject({
      code: "esdServiceType:298",
      taxonomy: "esdServiceTypes",
      name: "Carers support groups",
    });
    expect(offer.schedules[0]).toMatchObject({
      freq: "WEEKLY",
      byday: "TH",
      dtstart: "2026-09-10",
      opensAt: "09:30",
    });
    expect(offer.location?.address?.postcode).toBe("HP6 5AA");
    expect(offer.accessibility[0]?.details).toBe("Wheelchair accessible");
    expect(issues.map((i) => i.code)).toEqual(["unsupported_schedule"]);
  });

  it("reads schedules given on the service_at_location, which take precedence", () => {
    const sal = {
      ...service.service_at_locations[0]!,
      regular_schedules: [{ id: "r2", weekday: "Monday", opens_at: "18:00", closes_at: "20:00" }],
    };
    const { offers } = fromOpenReferralUk({ ...service, service_at_locations: [sal] });
    expect(offers[0]?.schedules).toEqual([
      { id: "r2", freq: "WEEKLY", byday: "MO", opensAt: "18:00", closesAt: "20:00" },
    ]);
  });

  it("reads attending_type phone and online as delivery modes", () => {
    const { offers } = fromOpenReferralUk([
      { ...service, id: "p", attending_type: "phone", service_at_locations: [] },
    ]);
    expect(offers[0]?.delivery).toEqual(["phone"]);
  });

  it("reports what is not an ORUK service", () => {
    expect(fromOpenReferralUk([42, {}]).issues.map((i) => i.code)).toEqual([
      "unsupported_shape",
      "unsupported_shape",
    ]);
  });

  it("never crashes and never changes its input, whatever one field of a service holds", () => {
    const keys = Object.keys(service);
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.jsonValue(), (key, value) => {
        const input = deepFreeze({ content: [{ ...service, [key]: value }] });
        const result = fromOpenReferralUk(input);
        expect(Array.isArray(result.issues)).toBe(true);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
