/**
 * Options for {@link validateNhsNumber} and {@link isValidNhsNumber}.
 *
 * @example
 * const options: NhsNumberOptions = { allowTestNumbers: true };
 */
export interface NhsNumberOptions {
  /**
   * Accept NHS England's test range, 999 000 000 0–999 999 999 9: numbers that pass the modulus 11
   * check but are never issued to a patient, for test and demo data. Default `false`, so a test
   * number in live data is caught.
   */
  readonly allowTestNumbers?: boolean | undefined;
}
