import type { GazetteerEntry } from "./types.ts";

/**
 * A tiny offline gazetteer for tests and demos — NOT for real decisions about distance.
 *
 * Where the coordinates come from: they were typed by hand by CarerKit maintainers from general
 * knowledge of where each postcode district lies (roughly its main built-up area), rounded to two
 * decimal places (about 1 km). They are not derived from ONS Postcode Directory, OS Code-Point
 * Open or any other dataset, have not been checked against one, and may be several kilometres
 * from a district's true centroid; postcode districts themselves span several kilometres. Only
 * outward codes are listed, so every full postcode resolves to its district with precision
 * `"district"`. For production, implement {@link Geocoder} over the ONS Postcode Directory
 * (Open Government Licence; "Contains OS data © Crown copyright and database right") or an
 * online service, and pass its coordinates in the query.
 *
 * Covers Norwich (NR1–NR7, the test and demo town) and one district in each of a few large GB
 * cities.
 *
 * @example
 * DEMO_GAZETTEER.find((e) => e.outcode === "NR2")?.label; //=> "Norwich west of centre"
 */
export const DEMO_GAZETTEER: readonly GazetteerEntry[] = [
  { outcode: "NR1", lat: 52.62, lon: 1.31, label: "Norwich city centre and south-east" },
  { outcode: "NR2", lat: 52.63, lon: 1.28, label: "Norwich west of centre" },
  { outcode: "NR3", lat: 52.65, lon: 1.29, label: "Norwich north" },
  { outcode: "NR4", lat: 52.61, lon: 1.25, label: "Norwich south-west (Eaton)" },
  { outcode: "NR5", lat: 52.64, lon: 1.22, label: "Norwich west (Bowthorpe, Costessey)" },
  { outcode: "NR6", lat: 52.66, lon: 1.27, label: "Norwich north-west (Hellesdon)" },
  { outcode: "NR7", lat: 52.65, lon: 1.34, label: "Norwich north-east (Sprowston, Thorpe)" },
  { outcode: "SW1A", lat: 51.5, lon: -0.14, label: "London, Westminster" },
  { outcode: "M1", lat: 53.48, lon: -2.24, label: "Manchester city centre" },
  { outcode: "B1", lat: 52.48, lon: -1.91, label: "Birmingham city centre" },
  { outcode: "LS1", lat: 53.8, lon: -1.55, label: "Leeds city centre" },
  { outcode: "BS1", lat: 51.45, lon: -2.59, label: "Bristol city centre" },
  { outcode: "CF10", lat: 51.48, lon: -3.18, label: "Cardiff city centre" },
  { outcode: "EH1", lat: 55.95, lon: -3.19, label: "Edinburgh old town" },
  { outcode: "G1", lat: 55.86, lon: -4.25, label: "Glasgow city centre" },
  { outcode: "NE1", lat: 54.97, lon: -1.61, label: "Newcastle upon Tyne city centre" },
];
