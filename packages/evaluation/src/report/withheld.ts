/**
 * A statistic withheld because it rests on too few people, or could not be computed.
 *
 * @example
 * const withheld: Withheld = { withheld: true, reason: "based on fewer than 8 people" };
 */
export interface Withheld {
  /** Always `true`. */
  readonly withheld: true;
  /** Why, without any data. */
  readonly reason: string;
}
