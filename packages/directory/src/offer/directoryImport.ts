import type { ConservationReport } from "./conservationReport.ts";
import type { DirectoryFormat } from "./directoryFormat.ts";
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
 * // format.generation: "1" | "2" | "3.0" | "3.1" | "3"; conservation.difference === 0
 */
export interface DirectoryImport {
  /** The offers built, in feed order. */
  readonly offers: readonly ServiceOffer[];
  /** Every problem found, in the order found. */
  readonly issues: readonly DirectoryIssue[];
  /** Taxonomy terms found outside services (taxonomy and taxonomy_term documents). */
  readonly taxonomyTerms: readonly OfferTerm[];
  /** The generation and profile that were read; undefined when the shape was not recognised. */
  readonly format?: DirectoryFormat | undefined;
  /** Every input record and cell, accounted for as mapped, warned, not mapped or empty. */
  readonly conservation: ConservationReport;
}
