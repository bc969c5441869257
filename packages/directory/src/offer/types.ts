import type { CarerKitIssue } from "@carerkit/core";

/**
 * How a carer takes part in an offer: at a venue, by phone, online (video or web) or at home.
 *
 * @example
 * const modes: DeliveryMode[] = ["in_person", "phone"];
 */
export type DeliveryMode = "in_person" | "phone" | "online" | "home_visit";

/**
 * The HSDS service status, kept as published.
 *
 * @example
 * const status: OfferStatus = "temporarily closed";
 */
export type OfferStatus = "active" | "inactive" | "defunct" | "temporarily closed";

/**
 * A WGS84 point in decimal degrees.
 *
 * @example
 * const norwich: GeoPoint = { lat: 52.63, lon: 1.3 };
 */
export interface GeoPoint {
  /** Latitude, −90 to 90. */
  readonly lat: number;
  /** Longitude, −180 to 180. */
  readonly lon: number;
}

/**
 * One HSDS schedule row, kept close to the published RRULE fields so that export is lossless.
 * Times without a UTC offset are local wall-clock times in the directory's time zone.
 *
 * @example
 * const tuesdayEvenings: OfferSchedule = {
 *   id: "s1", freq: "WEEKLY", byday: "TU", opensAt: "18:00", closesAt: "20:00",
 * };
 */
export interface OfferSchedule {
  /** The schedule's id in the feed. */
  readonly id: string;
  /** `WEEKLY` or `MONTHLY` (HSDS allows only these two). */
  readonly freq?: "WEEKLY" | "MONTHLY" | undefined;
  /** Every n-th week or month, counted from `dtstart`. */
  readonly interval?: number | undefined;
  /** Comma list of weekdays, e.g. `MO,TU`; with MONTHLY they may carry an ordinal (`1SA`, `-1FR`). */
  readonly byday?: string | undefined;
  /** Comma list of days of the month (negative counts from the end). */
  readonly bymonthday?: string | undefined;
  /** Comma list of ISO week numbers. */
  readonly byweekno?: string | undefined;
  /** Comma list of days of the year. */
  readonly byyearday?: string | undefined;
  /** First day of the week for RRULE (kept for export). */
  readonly wkst?: string | undefined;
  /** Start date of the recurrence, `YYYY-MM-DD`. */
  readonly dtstart?: string | undefined;
  /** Last date of the recurrence, `YYYY-MM-DD`. */
  readonly until?: string | undefined;
  /** Number of occurrences. */
  readonly count?: number | undefined;
  /** First date on which this schedule data is valid. */
  readonly validFrom?: string | undefined;
  /** Last date on which this schedule data is valid. */
  readonly validTo?: string | undefined;
  /** Opening time as published, `HH:MM` or `HH:MM:SS`, optionally with `Z` or `±HH:MM`. */
  readonly opensAt?: string | undefined;
  /** Closing time as published. */
  readonly closesAt?: string | undefined;
  /** HSDS numeric UTC offset in hours, used when the times carry no offset. */
  readonly timezone?: number | undefined;
  /** Human-readable description. */
  readonly description?: string | undefined;
  /** Link to a booking or sessions page. */
  readonly scheduleLink?: string | undefined;
  /** Free text on how to attend. */
  readonly attendingType?: string | undefined;
  /** Free-text notes. */
  readonly notes?: string | undefined;
}

/**
 * A taxonomy term applied to a service through an HSDS attribute.
 *
 * @example
 * const term: OfferTerm = { id: "t1", name: "Carers support groups", code: "esdServiceType:298" };
 */
export interface OfferTerm {
  /** The term's id. */
  readonly id: string;
  /** The term's name. */
  readonly name: string;
  /** The code within its taxonomy. */
  readonly code?: string | undefined;
  /** The taxonomy's name (free text in HSDS). */
  readonly taxonomy?: string | undefined;
  /** A URI for the term. */
  readonly uri?: string | undefined;
  /** What the term describes (HSDS `attribute.link_type`). */
  readonly linkType?: string | undefined;
  /** A value attached by the attribute. */
  readonly value?: string | undefined;
}

/**
 * A phone number for the offer.
 *
 * @example
 * const phone: OfferPhone = { id: "p1", number: "01632 960001", type: "voice" };
 */
export interface OfferPhone {
  /** The phone's id. */
  readonly id: string;
  /** The number as published. */
  readonly number: string;
  /** RFC 6350 type, e.g. `voice`, `text`, `textphone`. */
  readonly type?: string | undefined;
  /** Free text, e.g. when the line is staffed. */
  readonly description?: string | undefined;
}

/**
 * A postal or physical address.
 *
 * @example
 * const address: OfferAddress = {
 *   id: "a1", address1: "1 Mill Lane", city: "Norwich", region: "Norfolk", postcode: "NR2 4AA", country: "GB",
 * };
 */
export interface OfferAddress {
  /** The address's id. */
  readonly id: string;
  /** First line. */
  readonly address1: string;
  /** Second line. */
  readonly address2?: string | undefined;
  /** Town or city. */
  readonly city: string;
  /** County or region (HSDS `state_province`). */
  readonly region: string;
  /** Postcode as published. */
  readonly postcode: string;
  /** ISO 3166-1 alpha-2 country code. */
  readonly country: string;
}

/**
 * Where an offer is delivered.
 *
 * @example
 * const venue: OfferLocation = { id: "l1", type: "physical", name: "Mill Lane Hall", point: { lat: 52.63, lon: 1.28 } };
 */
export interface OfferLocation {
  /** The location's id. */
  readonly id: string;
  /** HSDS `location_type`. */
  readonly type: "physical" | "postal" | "virtual";
  /** The venue's name. */
  readonly name?: string | undefined;
  /** Coordinates, when published and plausible. */
  readonly point?: GeoPoint | undefined;
  /** The address. */
  readonly address?: OfferAddress | undefined;
  /** A URL (for virtual locations). */
  readonly url?: string | undefined;
  /** External identifier, e.g. a UPRN. */
  readonly externalId?: string | undefined;
  /** The scheme of `externalId`, e.g. `UPRN`. */
  readonly externalIdType?: string | undefined;
}

/**
 * The organisation that runs an offer.
 *
 * @example
 * const org: OfferOrganisation = { id: "o1", name: "Wensum Carers Trust (fictional)", identifiers: [] };
 */
export interface OfferOrganisation {
  /** The organisation's id. */
  readonly id: string;
  /** Its name. */
  readonly name: string;
  /** Its website. */
  readonly website?: string | undefined;
  /** Identifiers such as a charity number (`identifier_scheme` per org-id.guide, e.g. `GB-CHC`). */
  readonly identifiers: readonly {
    readonly scheme?: string | undefined;
    readonly type: string;
    readonly identifier: string;
  }[];
}

/**
 * A price or a free option.
 *
 * @example
 * const free: OfferCost = { id: "c1", amount: 0, currency: "GBP", option: "Free for carers" };
 */
export interface OfferCost {
  /** The cost option's id. */
  readonly id: string;
  /** Who or what the option applies to. */
  readonly option?: string | undefined;
  /** The amount; 0 means free. */
  readonly amount?: number | undefined;
  /** ISO 4217 currency code. */
  readonly currency?: string | undefined;
  /** What the amount is for, e.g. "per session". */
  readonly amountDescription?: string | undefined;
  /** First date the price applies. */
  readonly validFrom?: string | undefined;
  /** Last date the price applies. */
  readonly validTo?: string | undefined;
}

/**
 * An area a service covers: free text, a persistent URI (e.g. an ONS code) and/or GeoJSON.
 *
 * @example
 * const area: OfferServiceArea = { id: "sa1", name: "Norwich" };
 */
export interface OfferServiceArea {
  /** The area's id. */
  readonly id: string;
  /** Its name. */
  readonly name?: string | undefined;
  /** Its description. */
  readonly description?: string | undefined;
  /** The extent as published (GeoJSON text when `extentType` is `geojson`). */
  readonly extent?: string | undefined;
  /** `geojson`, `topojson`, `kml` or `text`. */
  readonly extentType?: string | undefined;
  /** A persistent identifier of the area. */
  readonly uri?: string | undefined;
}

/**
 * An age range; either end may be open.
 *
 * @example
 * const youngCarers: AgeRange = { min: 8, max: 17 };
 */
export interface AgeRange {
  /** Lowest eligible age, inclusive. */
  readonly min?: number | undefined;
  /** Highest eligible age, inclusive. */
  readonly max?: number | undefined;
}

/**
 * One service delivered at one location (an HSDS `service_at_location`), or a service with no
 * location (remote: phone or online). The unit that matching ranks.
 *
 * @example
 * const offer: ServiceOffer = {
 *   id: "town:svc-1@sal-1", source: "town", serviceId: "svc-1", name: "Carers' Café",
 *   status: "active", delivery: ["in_person"], phones: [], terms: [], languages: [],
 *   accessibility: [], costs: [], schedules: [], serviceAreas: [],
 * };
 */
export interface ServiceOffer {
  /** Unique across feeds: `<source>:<serviceId>` plus `@<serviceAtLocationId>` when located. */
  readonly id: string;
  /** Which feed the offer came from. */
  readonly source: string;
  /** The HSDS service id. */
  readonly serviceId: string;
  /** The HSDS service_at_location id. */
  readonly serviceAtLocationId?: string | undefined;
  /** The service's name. */
  readonly name: string;
  /** The service's description. */
  readonly description?: string | undefined;
  /** The service's status. */
  readonly status: OfferStatus;
  /** The service's web page. */
  readonly url?: string | undefined;
  /** The service's email address. */
  readonly email?: string | undefined;
  /** Who runs it. */
  readonly organisation?: OfferOrganisation | undefined;
  /** Where it is delivered; absent for remote-only offers. */
  readonly location?: OfferLocation | undefined;
  /** How carers take part; empty when the feed does not say. */
  readonly delivery: readonly DeliveryMode[];
  /** Phone numbers. */
  readonly phones: readonly OfferPhone[];
  /** Taxonomy terms applied to the service. */
  readonly terms: readonly OfferTerm[];
  /** Ages of the carer that the service accepts (HSDS `minimum_age`/`maximum_age`). */
  readonly carerAges?: AgeRange | undefined;
  /** Ages of the cared-for person that the service accepts. */
  readonly caredForAges?: AgeRange | undefined;
  /** Free-text eligibility. */
  readonly eligibilityDescription?: string | undefined;
  /** Languages, as ISO 639 codes where published, else names. */
  readonly languages: readonly {
    readonly code?: string | undefined;
    readonly name?: string | undefined;
  }[];
  /** Accessibility statements about the location. */
  readonly accessibility: readonly {
    readonly id: string;
    readonly description?: string | undefined;
    readonly details?: string | undefined;
  }[];
  /** Prices and free options. */
  readonly costs: readonly OfferCost[];
  /** Free-text fees. */
  readonly feesDescription?: string | undefined;
  /** Opening times and sessions. */
  readonly schedules: readonly OfferSchedule[];
  /** Areas covered. */
  readonly serviceAreas: readonly OfferServiceArea[];
  /** When the record was last checked by someone (`YYYY-MM-DD`). */
  readonly assuredDate?: string | undefined;
  /** When the record was last changed (ISO date-time). */
  readonly lastModified?: string | undefined;
  /** A temporary notice from the provider. */
  readonly alert?: string | undefined;
}

/**
 * Machine-readable codes of every problem the directory package reports.
 *
 * @example
 * const code: DirectoryIssueCode = "dangling_reference";
 */
export type DirectoryIssueCode =
  | "unsupported_shape"
  | "missing_required_field"
  | "invalid_field"
  | "invalid_coordinates"
  | "dangling_reference"
  | "duplicate_id"
  | "unsupported_schedule"
  | "record_without_service"
  | "invalid_csv"
  | "invalid_query"
  | "invalid_postcode"
  | "unknown_postcode"
  | "no_schedule"
  | "opening_times_unknown"
  | "no_opening_in_horizon";

/**
 * One problem found by the directory package, with how serious it is for the import:
 * `error` means a record could not be used and was left out; `warning` means a record was kept
 * but a field was dropped or guessed; `info` notes something that carries no offers.
 *
 * @example
 * const issue: DirectoryIssue = {
 *   code: "invalid_coordinates", severity: "warning", recordId: "loc-1",
 *   message: "location.latitude: expected a number from -90 to 90, got 100", path: ["location", "latitude"],
 * };
 */
export interface DirectoryIssue extends CarerKitIssue<DirectoryIssueCode> {
  /** `error`: record left out; `warning`: record kept, field dropped; `info`: nothing to import. */
  readonly severity: "error" | "warning" | "info";
  /** The id of the record the issue is about, when known. */
  readonly recordId?: string | undefined;
}

/**
 * What an importer found: the offers it could build and every problem, so nothing is dropped
 * silently.
 *
 * @example
 * const { offers, issues } = fromHsds(feed, { source: "town" });
 * const dropped = issues.filter((i) => i.severity === "error");
 */
export interface DirectoryImport {
  /** The offers built, in feed order. */
  readonly offers: readonly ServiceOffer[];
  /** Every problem found, in the order found. */
  readonly issues: readonly DirectoryIssue[];
  /** Taxonomy terms found outside services (taxonomy and taxonomy_term documents). */
  readonly taxonomyTerms: readonly OfferTerm[];
}
