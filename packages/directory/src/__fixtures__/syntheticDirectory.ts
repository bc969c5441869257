// A deterministic synthetic directory for the benchmark and the index-versus-scan property
// test: many offers, clustered like a real one, with every way of being reached.
import { SUPPORT_NEED_DOMAINS, type SupportNeedDomain } from "@carerkit/core";
import type { DeliveryMode } from "../offer/delivery.ts";
import type { ServiceOffer } from "../offer/serviceOffer.ts";
import { DEFAULT_CROSSWALK } from "../vocabulary/defaultCrosswalk.ts";
import { must } from "../_lib/must.ts";

/** mulberry32: a small seeded PRNG, so every run builds the same directory. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Rough centres of GB towns and cities (synthetic data: approximate, for clustering only).
export const TOWNS: readonly (readonly [number, number])[] = (
  [
    [51.5, -0.12],
    [51.45, -0.3],
    [51.55, 0.05],
    [53.48, -2.24],
    [52.48, -1.9],
    [53.8, -1.55],
    [53.38, -1.47],
    [51.45, -2.59],
    [54.97, -1.61],
    [55.86, -4.25],
    [55.95, -3.19],
    [51.48, -3.18],
    [52.63, 1.3],
    [52.2, 0.12],
    [51.75, -1.26],
    [50.72, -1.88],
    [50.37, -4.14],
    [50.82, -0.14],
    [51.28, 1.08],
    [52.95, -1.15],
    [52.63, -1.13],
    [53.41, -2.98],
    [53.76, -2.7],
    [54.6, -5.93],
    [57.15, -2.1],
    [56.46, -2.97],
    [57.48, -4.22],
    [52.41, -1.51],
    [53.74, -0.33],
    [54.52, -1.23],
    [52.06, 1.16],
    [50.9, -1.4],
    [51.07, -1.8],
    [52.59, -2.13],
    [53.65, -1.78],
    [54.89, -2.93],
    [51.62, -3.94],
    [53.23, -4.13],
    [56.12, -3.94],
    [52.24, -0.9],
  ] as const
).filter(([lat]) => lat !== 54.6); // Great Britain only (drops Belfast)

/**
 * `count` synthetic offers across Great Britain (89% at a venue clustered around 39 towns, 3% home
 * visits, 8% phone or online — of which 70% serve one council-sized area and 30% the whole
 * country), the same every run for the same count.
 */
export function syntheticOffers(count: number): ServiceOffer[] {
  const rand = prng(20261122);
  const domains = SUPPORT_NEED_DOMAINS.map((d) => d.id);
  const offers: ServiceOffer[] = [];
  const days = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
  for (let i = 0; i < count; i++) {
    const needs = new Set<SupportNeedDomain>();
    const k = 1 + Math.floor(rand() * 3);
    while (needs.size < k) needs.add(must(domains[Math.floor(rand() * domains.length)]));
    const [first, ...rest] = [...needs];
    const primary = must(first);
    const term = DEFAULT_CROSSWALK.needs[primary].terms[0];
    const words = rest.map((d) => DEFAULT_CROSSWALK.needs[d].keywords[0] ?? "").join(" and ");
    const kind = rand();
    const delivery: DeliveryMode[] =
      kind < 0.08
        ? rand() < 0.5
          ? ["phone"]
          : ["online"]
        : kind < 0.11
          ? ["home_visit"]
          : ["in_person"];
    const town = must(TOWNS[Math.floor(rand() * TOWNS.length)]);
    const r = Math.sqrt(-2 * Math.log(rand() + 1e-12)) * 0.08; // ~9 km spread around the centre
    const angle = rand() * 2 * Math.PI;
    const point = {
      lat: town[0] + r * Math.cos(angle),
      lon: town[1] + (r * Math.sin(angle)) / Math.cos((town[0] * Math.PI) / 180),
    };
    const located = delivery[0] === "in_person" || delivery[0] === "home_visit";
    const hasPoint = located && rand() > 0.01;
    // Most phone and online services serve one council's area (a box about 50 km across); some are national.
    const local = !located && rand() < 0.7;
    const box = JSON.stringify({
      type: "Polygon",
      coordinates: [
        [
          [town[1] - 0.35, town[0] - 0.22],
          [town[1] + 0.35, town[0] - 0.22],
          [town[1] + 0.35, town[0] + 0.22],
          [town[1] - 0.35, town[0] + 0.22],
          [town[1] - 0.35, town[0] - 0.22],
        ],
      ],
    });
    const opens = 8 + Math.floor(rand() * 12);
    const id = `s${i}`;
    offers.push({
      id: `bench:${id}${located ? `@l${i}` : ""}`,
      source: "bench",
      serviceId: id,
      ...(located ? { serviceAtLocationId: `l${i}` } : {}),
      name: `Service ${i}${term === undefined ? "" : ` ${term}`}`,
      description: `Support for carers: ${words}.`,
      status: rand() < 0.97 ? "active" : "inactive",
      ...(located
        ? { location: { id: `l${i}`, type: "physical", ...(hasPoint ? { point } : {}) } }
        : {}),
      delivery,
      phones: [],
      terms: term === undefined ? [] : [{ id: `t-${primary}`, name: term }],
      ...(rand() < 0.3 ? { carerAges: rand() < 0.5 ? { min: 18 } : { min: 8, max: 17 } } : {}),
      languages: rand() < 0.2 ? [{ code: "en" }] : [],
      accessibility: [],
      costs:
        rand() < 0.7 ? [{ id: `c${i}`, amount: rand() < 0.7 ? 0 : Math.floor(rand() * 20) }] : [],
      schedules:
        rand() < 0.85
          ? [
              {
                id: `h${i}`,
                freq: "WEEKLY",
                byday: must(days[Math.floor(rand() * 7)]),
                opensAt: `${String(opens).padStart(2, "0")}:00`,
                closesAt: `${String(opens + 2).padStart(2, "0")}:00`,
              },
            ]
          : [],
      serviceAreas: local ? [{ id: `a${i}`, extent: box, extentType: "geojson" }] : [],
      assuredDate: rand() < 0.8 ? "2026-03-01" : "2024-06-01",
    });
  }
  return offers;
}

