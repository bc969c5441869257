// Verhoeff's dihedral-group check digit, which SNOMED CT uses for the last digit of every
// identifier (SNOMED CT Technical Implementation Guide, "Check-digit computation").
// d[j][k] is D[10 * j + k]; p[i][k] is P[10 * i + k] (Verhoeff 1969, as tabled by Wikipedia).
const D =
  "0123456789123406789523401789563401289567401239567859876043216598710432765982104387659321049876543210";
const P = "01234567891576283094580379614289160435279453126870428657390127938064157046913258";

/** Tells whether a string of digits ends in a correct Verhoeff check digit. */
export function hasVerhoeffCheckDigit(digits: string): boolean {
  let c = 0;
  for (let i = 0; i < digits.length; i++) {
    const digit = Number(digits[digits.length - 1 - i]);
    c = Number(D[10 * c + Number(P[10 * (i % 8) + digit])]);
  }
  return c === 0;
}
