export type { AgeRange } from "./offer/ageRange.ts";
export type { OfferCost } from "./offer/cost.ts";
export type { DeliveryMode } from "./offer/delivery.ts";
export type { DirectoryImport } from "./offer/directoryImport.ts";
export type { GeoPoint } from "./offer/geoPoint.ts";
export type { DirectoryIssue, DirectoryIssueCode } from "./offer/issue.ts";
export type { OfferAddress, OfferLocation } from "./offer/location.ts";
export type { OfferOrganisation } from "./offer/organisation.ts";
export type { OfferPhone } from "./offer/phone.ts";
export type { OfferSchedule } from "./offer/schedule.ts";
export type { OfferServiceArea } from "./offer/serviceArea.ts";
export type { ServiceOffer } from "./offer/serviceOffer.ts";
export type { OfferStatus } from "./offer/status.ts";
export type { OfferTerm } from "./offer/term.ts";
export type {
  ColumnAccount,
  ConservationReport,
  TableAccount,
  UnmappedRecord,
} from "./offer/conservationReport.ts";
export type { DirectoryFormat } from "./offer/directoryFormat.ts";
export { detectDirectoryFormat } from "./import/detectDirectoryFormat.ts";
export { fromHsds } from "./import/fromHsds.ts";
export type { FromHsdsOptions } from "./import/fromHsds.ts";
export { fromHsdsTabular } from "./import/fromHsdsTabular.ts";
export { fromOpenReferralUk } from "./import/fromOpenReferralUk.ts";
export { toHsds } from "./export/toHsds.ts";
export type { HsdsService } from "./export/toHsds.ts";
export { DEFAULT_CROSSWALK } from "./vocabulary/defaultCrosswalk.ts";
export type { Crosswalk, NeedMapping } from "./vocabulary/defaultCrosswalk.ts";
export { extendCrosswalk } from "./vocabulary/extendCrosswalk.ts";
export type { CrosswalkAdditions } from "./vocabulary/extendCrosswalk.ts";
export { buildDirectoryIndex } from "./index/buildDirectoryIndex.ts";
export type { DirectoryIndex, DirectoryIndexOptions } from "./index/buildDirectoryIndex.ts";
export { findOffersByTerm } from "./index/findOffersByTerm.ts";
export { matchServices } from "./match/matchServices.ts";
export { CRITERIA, DEFAULT_HARD_CRITERIA, MatchQuerySchema } from "./match/query.ts";
export type { Criterion, MatchQuery } from "./match/query.ts";
export type {
  CriterionOutcome,
  MatchedNeed,
  MatchOptions,
  MatchResult,
  NearMiss,
  ServiceMatch,
} from "./match/types.ts";
export { isOpenAt } from "./hours/isOpenAt.ts";
export type { OpeningHoursOptions } from "./hours/isOpenAt.ts";
export { nextOpening } from "./hours/nextOpening.ts";
export type { NextOpeningOptions, OpeningWindow } from "./hours/nextOpening.ts";
export { createGazetteerGeocoder } from "./geo/createGazetteerGeocoder.ts";
export { DEMO_GAZETTEER } from "./geo/demoGazetteer.ts";
export type { GazetteerEntry, GeocodedPoint, Geocoder } from "./geo/types.ts";
export { dedupeOffers } from "./quality/dedupeOffers.ts";
export type { DedupeOptions, DedupeResult, DuplicateGroup } from "./quality/dedupeOffers.ts";
export { flagStaleOffers } from "./quality/flagStaleOffers.ts";
export type { FreshnessFlag, FreshnessOptions } from "./quality/flagStaleOffers.ts";
