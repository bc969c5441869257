// Types shared by the importers, so that they import one another one way only.

/**
 * Options for {@link fromHsds}.
 *
 * @example
 * const options: FromHsdsOptions = { source: "norfolk-carers", agesApplyTo: "carer" };
 */
export interface FromHsdsOptions {
  /** A short name of the feed; it prefixes every offer id so feeds never collide. Default `"hsds"`. */
  readonly source?: string;
  /**
   * Whom `service.minimum_age`/`maximum_age` describe. HSDS does not say; in carers' directories
   * they usually describe the carer (young carers' services). Default `"carer"`.
   */
  readonly agesApplyTo?: "carer" | "cared_for";
}
