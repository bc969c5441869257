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
