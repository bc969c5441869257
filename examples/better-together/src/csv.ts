// RFC 4180 CSV: fields quoted when they hold a comma, quote or line break; CRLF line ends.

const cell = (value: string | number | boolean | undefined): string => {
  const text = value === undefined ? "" : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * Writes a table as CSV.
 *
 * @param header - Column names.
 * @param rows - One array per row.
 * @returns The CSV text.
 */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | boolean | undefined)[])[],
): string {
  return [header, ...rows].map((row) => `${row.map(cell).join(",")}\r\n`).join("");
}
