import type { DirectoryIssue } from "./issue.ts";
import type { ServiceOffer } from "./serviceOffer.ts";
import type { OfferTerm } from "./term.ts";

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
