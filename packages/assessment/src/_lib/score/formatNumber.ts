/** A score as written in messages and explanations: whole numbers as they are, else 2 decimals. */
export function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}
