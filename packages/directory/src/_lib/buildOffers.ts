// Turns HSDS 3 service records (nested as in the JSON API, or assembled from CSV tables) into
// ServiceOffers, reporting every problem. Shared by fromHsds, fromHsdsTabular and
// fromOpenReferralUk. The readers live one per file in ./hsds/.
export { type BuildContext, newContext } from "./hsds/buildContext.ts";
export { buildService } from "./hsds/buildService.ts";
export { collectedTerms } from "./hsds/collectedTerms.ts";
export { readTerm } from "./hsds/readTerm.ts";
