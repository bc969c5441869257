import { describe, expect, it } from "vitest";
import { deepFreeze } from "../../../../scripts/test/deepFreeze.ts";
import { csvDir, OHANA_CSV } from "../__fixtures__/paths.ts";
import { fromHsdsTabular } from "./fromHsdsTabular.ts";

// Reference values are the cells of the Ohana API's sample CSV export (vendor/ohana-api,
// BSD-3-Clause), read by eye from the files named in each test; the field equivalents follow
// the official HSDS 1.0/1.1 datapackage.json (vendor/hsds/1.0, 1.1).
const files = deepFreeze(csvDir(OHANA_CSV));
const result = fromHsdsTabular(files, { source: "ohana" });
const offer = (serviceId: string) => result.offers.find((o) => o.serviceId === serviceId);

describe("fromHsdsTabular on an HSDS 1.x (Ohana API) export", () => {
  it("builds one offer per service, located through services.location_id", () => {
    expect(result.format?.generation).toBe("1");
    expect(result.offers).toHaveLength(23); // services.csv has 23 rows, each with a location_id
    expect(offer("1")?.location).toMatchObject({
      id: "1",
      type: "physical",
      name: "Fair Oaks Adult Activity Center",
      point: { lat: 37.477227, lon: -122.213221 }, // locations.csv row 1
      address: {
        address1: "2600 Middlefield Road",
        city: "Redwood City",
        region: "CA",
        postcode: "94063",
        country: "US",
      },
    });
  });

  it("reads phones, eligibility, fees, languages, service areas and accessibility", () => {
    const o = offer("1");
    expect(o?.phones.map((p) => [p.number, p.type])).toEqual([
      ["650 780-7525", "voice"],
      ["650 701-0856", "fax"],
    ]); // phones.csv rows 1–2, location_id 1
    expect(o?.eligibilityDescription).toBe(
      "Age 55 or over for most programs, age 60 or over for lunch program",
    );
    expect(o?.feesDescription).toMatch(/^\$2\.50 suggested donation/);
    expect(o?.languages).toEqual([{ name: "Spanish" }, { name: "Tagalog" }]); // locations.languages
    expect(o?.serviceAreas.map((a) => a.name)).toEqual(["Colma"]);
    expect(o?.accessibility.map((a) => a.description)).toEqual([
      "disabled_parking",
      "ramp",
      "restroom",
      "wheelchair",
    ]);
    expect(o?.organisation?.name).toBe("Peninsula Family Service"); // via locations.organization_id
  });

  it("reads regular_schedules.csv as weekly RRULE schedules, the service's before the location's", () => {
    // Service 22 has its own rows 8–10 (Monday, Monday, Wednesday); they take precedence.
    expect(offer("22")?.schedules.map((s) => [s.byday, s.opensAt, s.closesAt])).toEqual([
      ["MO", "08:00", "12:00"],
      ["MO", "14:00", undefined], // "4:00 PM" is reported, not guessed
      ["WE", "10:00", undefined], // "3pm" likewise
    ]);
    // Service 23 at the same location inherits the location's seven rows.
    expect(offer("23")?.schedules.map((s) => s.byday)).toEqual([
      "MO",
      "TU",
      "WE",
      "TH",
      "FR",
      "SA",
      "SU",
    ]);
    expect(offer("22")?.url).toBe("http://www.example.com"); // services.website
  });

  it("links taxonomy_ids to taxonomy.csv terms and reads all 290 terms without id errors", () => {
    expect(result.taxonomyTerms).toHaveLength(290);
    expect(offer("22")?.terms.map((t) => t.code)).toEqual([
      "105",
      "108",
      "108-05",
      "108-05-01",
      "111",
      "111-05",
    ]);
    expect(result.issues.filter((i) => i.path?.[0] === "taxonomy")).toEqual([]);
  });

  it("reports every holiday_schedules row it cannot use, and why", () => {
    const holiday = result.issues.filter((i) => i.path?.[0] === "holiday_schedules");
    expect(holiday.map((i) => [i.recordId, i.code, i.severity])).toEqual([
      ["1", "unsupported_schedule", "warning"], // closed day
      ["2", "invalid_field", "error"], // "12/24/2015" is no YYYY-MM-DD
      ["3", "unsupported_schedule", "warning"],
      ["4", "unsupported_schedule", "warning"],
    ]);
  });

  it("adds an open holiday row as a dated daily schedule, with a warning", () => {
    const r = fromHsdsTabular({
      "services.csv": "id,location_id,name\ns1,,Carers' Café\n",
      "holiday_schedules.csv":
        "id,location_id,service_id,start_date,end_date,closed,opens_at,closes_at\nh1,,s1,2026-12-24,2026-12-24,false,10:00,14:00\n",
    });
    expect(r.offers[0]?.schedules).toEqual([
      {
        id: "holiday-h1",
        freq: "WEEKLY",
        byday: "MO,TU,WE,TH,FR,SA,SU",
        dtstart: "2026-12-24",
        until: "2026-12-24",
        opensAt: "10:00",
        closesAt: "14:00",
        description: "holiday opening",
      },
    ]);
    expect(r.issues.map((i) => i.message)).toEqual([
      "holiday_schedules.0.start_date: holiday opening added as a daily schedule; regular hours on those dates are not suppressed",
      "services.0.status: missing; treated as active",
    ]);
  });

  it("reads HSDS 1.1 eligibility.csv, services_taxonomy.csv and postal_addresses.csv", () => {
    const r = fromHsdsTabular({
      "services.csv": "id,name,status\ns1,Young Carers Club,active\n",
      "services_at_location.csv": "id,service_id,location_id\nsl1,s1,l1\n",
      "locations.csv": "id,name,latitude,longitude\nl1,Hall,52.6,1.3\n",
      "postal_addresses.csv":
        "id,location_id,address_1,city,state_province,postal_code,country\na1,l1,1 Mill Lane,Norwich,Norfolk,NR2 4AA,GB\n",
      "eligibility.csv": "id,service_id,eligibility\ne1,s1,Carers aged 8-17\n",
      "taxonomy.csv": "id,name,parent_id,parent_name,vocabulary\nt1,Young carers,,,esd\n",
      "services_taxonomy.csv": "id,service_id,taxonomy_id,taxonomy_detail\nst1,s1,t1,\n",
      "regular_schedules.csv":
        "id,service_id,location_id,service_at_location_id,weekday,opens_at,closes_at\nr1,s1,,,Tuesday,16:00,18:00\n",
    });
    expect(r.issues).toEqual([]);
    expect(r.offers[0]).toMatchObject({
      eligibilityDescription: "Carers aged 8-17",
      location: { address: { id: "postal-a1", address1: "1 Mill Lane" } },
      terms: [{ id: "t1", name: "Young carers", code: "t1", taxonomy: "esd" }],
      schedules: [{ byday: "TU", opensAt: "16:00", closesAt: "18:00" }],
    });
  });

  it("reports a weekday it cannot read instead of guessing", () => {
    const r = fromHsdsTabular({
      "services.csv": "id,name,location_id\ns1,x,\n",
      "regular_schedules.csv":
        "id,service_id,weekday,opens_at,closes_at\nr1,s1,Funday,09:00,10:00\n",
    });
    expect(r.issues[0]).toMatchObject({ code: "invalid_field", severity: "error", recordId: "r1" });
  });
});
