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
