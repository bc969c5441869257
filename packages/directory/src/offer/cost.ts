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
