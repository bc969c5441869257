// For each input table (a CSV file, or one kind of JSON record): how to tell whether a record
// reached an offer, and which of its columns the importers read into the offer model. The
// column lists are the keys the readers in ../hsds/ read; the conservation tests check them
// (blanking every column said to be not mapped leaves the offers unchanged).

/** How a record is known to have reached an offer. */
export type Reach =
  /** Its id is among the ids the offers keep for `table` (after `prefix`). */
  | { readonly by: "id"; readonly table: string; readonly prefix?: string }
  /** One of these foreign keys points at a record that reached an offer. */
  | {
      readonly by: "fk";
      readonly keys: Readonly<Record<string, string>>;
      /** Every key present must point at a reached record (default: any one). */
      readonly all?: boolean;
    }
  /** Its parent record (the JSON object it is nested in) reached an offer. */
  | { readonly by: "parent" }
  /** A reached record of `table` names its id in `column` (else, nested: its parent reached). */
  | { readonly by: "referenced"; readonly table: string; readonly column: string }
  /** Never: the offer model has no place for it. */
  | { readonly by: "never"; readonly reason: string };

export interface TableSpec {
  readonly reach: Reach;
  /** The column holding the record's id (default `id`). */
  readonly idColumn?: string;
  /** Columns whose value is read into the offers. */
  readonly mapped: readonly string[];
  /** Why particular columns are not mapped (default: no equivalent field). */
  readonly reasons?: Readonly<Record<string, string>>;
  /** The record reaches nothing unless one of these columns has a value. */
  readonly needs?: { readonly columns: readonly string[]; readonly reason: string };
  /** Why a record that should reach an offer did not, when no issue says so. */
  readonly unreached?: string;
}

export const NO_EQUIVALENT = "no equivalent field in the offer model";
const LANGUAGE_NEEDS = {
  columns: ["code", "name", "language"],
  reason: "a language given by id only (as Open Referral UK 3.0 allows): no language to match on",
};
const NO_ID = "the offer model keeps no id for this record";
const SCHEDULE_FIELDS = [
  "freq",
  "interval",
  "byday",
  "bymonthday",
  "byweekno",
  "byyearday",
  "wkst",
  "dtstart",
  "until",
  "count",
  "valid_from",
  "valid_to",
  "opens_at",
  "closes_at",
  "timezone",
  "description",
  "schedule_link",
  "attending_type",
  "notes",
];
const SCHEDULES_UNREACHED =
  "not used: an offer takes the first non-empty of its service_at_location's, service's and location's schedules";

/** HSDS 3 (3.0, 3.1, Open Referral UK 3.0) tables and JSON objects. */
export const HSDS3_SPECS: Readonly<Record<string, TableSpec>> = {
  services: {
    reach: { by: "id", table: "services" },
    mapped: [
      "id",
      "name",
      "description",
      "status",
      "url",
      "email",
      "organization_id",
      "minimum_age",
      "maximum_age",
      "eligibility_description",
      "fees_description",
      "fees",
      "assured_date",
      "last_modified",
      "alert",
      "attending_type",
    ],
  },
  service_at_location: {
    reach: { by: "id", table: "service_at_location" },
    mapped: ["id", "service_id", "location_id"],
  },
  locations: {
    reach: { by: "id", table: "locations" },
    mapped: [
      "id",
      "location_type",
      "type",
      "name",
      "latitude",
      "longitude",
      "url",
      "external_identifier",
      "external_identifier_type",
    ],
    unreached: "not linked to any service (kept for lookups only)",
  },
  addresses: {
    reach: { by: "id", table: "addresses" },
    mapped: [
      "id",
      "location_id",
      "address_type",
      "address_1",
      "address_2",
      "city",
      "state_province",
      "postal_code",
      "country",
    ],
    unreached: "not used: the offer model keeps one address per location, physical first",
  },
  phones: {
    reach: { by: "id", table: "phones" },
    mapped: [
      "id",
      "number",
      "type",
      "description",
      "service_id",
      "location_id",
      "service_at_location_id",
    ],
    unreached: "not linked to any offer (phones of organisations and contacts in CSV are not read)",
  },
  schedules: {
    reach: { by: "id", table: "schedules" },
    mapped: ["id", "service_id", "location_id", "service_at_location_id", ...SCHEDULE_FIELDS],
    unreached: SCHEDULES_UNREACHED,
  },
  service_areas: {
    reach: { by: "id", table: "service_areas" },
    mapped: [
      "id",
      "name",
      "service_area",
      "description",
      "extent",
      "extent_type",
      "uri",
      "service_id",
      "service_at_location_id",
    ],
  },
  languages: {
    reach: { by: "fk", keys: { service_id: "services", location_id: "locations" } },
    mapped: ["code", "name", "language", "service_id", "location_id"],
    reasons: { id: NO_ID },
    needs: LANGUAGE_NEEDS,
  },
  accessibility: {
    reach: { by: "id", table: "accessibility" },
    mapped: ["id", "description", "details", "accessibility", "location_id"],
  },
  cost_options: {
    reach: { by: "id", table: "cost_options" },
    mapped: [
      "id",
      "option",
      "amount",
      "currency",
      "amount_description",
      "valid_from",
      "valid_to",
      "service_id",
    ],
  },
  attributes: {
    reach: {
      by: "fk",
      keys: { link_id: "services", taxonomy_term_id: "taxonomy_terms" },
      all: true,
    },
    mapped: ["link_id", "link_type", "taxonomy_term_id", "value"],
    unreached: "its link_id names no imported service (terms on other records are not read)",
    reasons: { id: NO_ID },
  },
  taxonomy_terms: {
    reach: { by: "id", table: "taxonomy_terms" },
    mapped: ["id", "name", "term", "code", "taxonomy", "taxonomy_id", "term_uri", "vocabulary"],
  },
  taxonomies: {
    reach: { by: "referenced", table: "taxonomy_terms", column: "taxonomy_id" },
    mapped: ["name"],
    reasons: { id: NO_ID },
  },
  organizations: {
    reach: { by: "id", table: "organizations" },
    mapped: ["id", "name", "website", "url"],
    unreached: "no offer's service is run by this organisation",
  },
  organization_identifiers: {
    reach: { by: "fk", keys: { organization_id: "organizations" } },
    mapped: ["organization_id", "identifier_scheme", "identifier_type", "identifier"],
    reasons: { id: NO_ID },
  },
  // Open Referral UK v1 objects, read by fromOpenReferralUk.
  eligibilitys: { reach: { by: "parent" }, mapped: ["eligibility", "minimum_age", "maximum_age"] },
  service_taxonomys: { reach: { by: "parent" }, mapped: [] },
  regular_schedules: {
    reach: { by: "id", table: "schedules" },
    mapped: ["id", "weekday", ...SCHEDULE_FIELDS],
    unreached: SCHEDULES_UNREACHED,
  },
  holiday_schedules: {
    reach: {
      by: "never",
      reason:
        "closure dates are not part of the offer model; pass them to isOpenAt or matchServices",
    },
    mapped: [],
  },
};

/** JSON keys under which HSDS nests each kind of record. */
export const TABLE_OF_KEY: Readonly<Record<string, string>> = {
  services: "services",
  service: "services",
  organization: "organizations",
  organizations: "organizations",
  service_at_locations: "service_at_location",
  location: "locations",
  locations: "locations",
  addresses: "addresses",
  physical_addresses: "addresses",
  phones: "phones",
  schedules: "schedules",
  service_areas: "service_areas",
  languages: "languages",
  accessibility: "accessibility",
  accessibility_for_disabilities: "accessibility",
  cost_options: "cost_options",
  attributes: "attributes",
  taxonomy_term: "taxonomy_terms",
  taxonomy_terms: "taxonomy_terms",
  taxonomy: "taxonomy_terms",
  taxonomy_detail: "taxonomies",
  taxonomy_details: "taxonomies",
  organization_identifiers: "organization_identifiers",
  eligibilitys: "eligibilitys",
  service_taxonomys: "service_taxonomys",
  regular_schedules: "regular_schedules",
  holiday_schedules: "holiday_schedules",
};

const ADDRESS = [
  "id",
  "location_id",
  "address_1",
  "address_2",
  "city",
  "state_province",
  "postal_code",
  "country",
];
const LEGACY_SCHEDULE = [
  "id",
  "service_id",
  "location_id",
  "service_at_location_id",
  "opens_at",
  "closes_at",
];

/** An HSDS 2.0 table that links a service (by `serviceKey`) to a taxonomy term. */
function termLink(serviceKey: string, mapped: readonly string[]): TableSpec {
  return {
    reach: {
      by: "fk",
      keys: { [serviceKey]: "services", taxonomy_term_id: "taxonomy_terms" },
      all: true,
    },
    mapped,
    reasons: { id: NO_ID },
    unreached: "its service is not imported (terms on other records are not read)",
  };
}

/** HSDS 1.0, 1.1 and 2.0 tables (and the Ohana API's CSV export), where they differ from 3. */
export const LEGACY_SPECS: Readonly<Record<string, TableSpec>> = {
  ...HSDS3_SPECS,
  services: {
    reach: { by: "id", table: "services" },
    mapped: [
      ...(HSDS3_SPECS["services"]?.mapped ?? []),
      "website",
      "eligibility",
      "languages",
      "service_areas",
      "location_id",
      "taxonomy_ids",
    ],
  },
  services_at_location: HSDS3_SPECS["service_at_location"] ?? {
    reach: { by: "parent" },
    mapped: [],
  },
  locations: {
    reach: { by: "id", table: "locations" },
    mapped: [
      "id",
      "organization_id",
      "name",
      "latitude",
      "longitude",
      "website",
      "url",
      "virtual",
      "accessibility",
      "languages",
    ],
    unreached: "not linked to any service",
  },
  addresses: {
    reach: { by: "id", table: "addresses" },
    mapped: ADDRESS,
    unreached: HSDS3_SPECS["addresses"]?.unreached ?? "",
  },
  physical_addresses: {
    reach: { by: "id", table: "addresses" },
    mapped: ADDRESS,
    unreached: HSDS3_SPECS["addresses"]?.unreached ?? "",
  },
  mail_addresses: {
    reach: { by: "id", table: "addresses", prefix: "postal-" },
    mapped: ADDRESS,
    unreached: HSDS3_SPECS["addresses"]?.unreached ?? "",
  },
  postal_addresses: {
    reach: { by: "id", table: "addresses", prefix: "postal-" },
    mapped: ADDRESS,
    unreached: HSDS3_SPECS["addresses"]?.unreached ?? "",
  },
  phones: {
    reach: { by: "id", table: "phones" },
    mapped: [...(HSDS3_SPECS["phones"]?.mapped ?? []), "number_type"],
    unreached: HSDS3_SPECS["phones"]?.unreached ?? "",
  },
  regular_schedules: {
    reach: { by: "id", table: "schedules", prefix: "regular-" },
    mapped: [...LEGACY_SCHEDULE, "weekday"],
    unreached: SCHEDULES_UNREACHED,
  },
  holiday_schedules: {
    reach: { by: "id", table: "schedules", prefix: "holiday-" },
    mapped: [...LEGACY_SCHEDULE, "closed", "start_date", "end_date"],
    unreached:
      "closed days are not part of the offer model (pass closure dates to isOpenAt or matchServices), and dates must be YYYY-MM-DD",
  },
  eligibility: {
    reach: { by: "fk", keys: { service_id: "services" } },
    mapped: ["service_id", "eligibility"],
    reasons: { id: NO_ID },
  },
  fees: {
    reach: { by: "fk", keys: { service_id: "services" } },
    mapped: ["service_id", "fee"],
    reasons: { id: NO_ID },
  },
  service_areas: {
    reach: { by: "id", table: "service_areas" },
    mapped: ["id", "service_id", "service_area", "description"],
  },
  languages: {
    reach: { by: "fk", keys: { service_id: "services", location_id: "locations" } },
    mapped: ["service_id", "location_id", "language"],
    reasons: { id: NO_ID },
    needs: LANGUAGE_NEEDS,
  },
  accessibility_for_disabilities: {
    reach: { by: "id", table: "accessibility" },
    mapped: ["id", "location_id", "accessibility", "details"],
  },
  taxonomy: {
    reach: { by: "id", table: "taxonomy_terms" },
    idColumn: "taxonomy_id",
    mapped: ["id", "taxonomy_id", "name", "vocabulary"],
  },
  services_taxonomy: {
    reach: { by: "fk", keys: { service_id: "services", taxonomy_id: "taxonomy_terms" }, all: true },
    mapped: ["service_id", "taxonomy_id", "taxonomy_detail"],
    reasons: { id: NO_ID },
  },
  service_attributes: termLink("service_id", ["service_id", "taxonomy_term_id"]),
  other_attributes: termLink("link_id", ["link_id", "link_type", "taxonomy_term_id"]),
};
