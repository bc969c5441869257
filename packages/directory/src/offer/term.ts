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
