import type { AgeRange } from "./ageRange.ts";
import type { OfferCost } from "./cost.ts";
import type { DeliveryMode } from "./delivery.ts";
import type { OfferLocation } from "./location.ts";
import type { OfferOrganisation } from "./organisation.ts";
import type { OfferPhone } from "./phone.ts";
import type { OfferSchedule } from "./schedule.ts";
import type { OfferServiceArea } from "./serviceArea.ts";
import type { OfferStatus } from "./status.ts";
import type { OfferTerm } from "./term.ts";

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
