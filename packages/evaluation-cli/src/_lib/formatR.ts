// Printing numbers and tests the way R does, so a researcher can put this output next to R's
// and compare digit for digit: `format(x, digits)` (R's formatReal: the fewest significant digits
// up to `digits` that show each value, a common number of decimals for a vector, fixed unless
// scientific is narrower), `format.pval` and `print.htest`.
import type { HypothesisTest } from "@carerkit/evaluation";

interface Shape {
  readonly kpower: number;
  readonly nsig: number;
}

// The power of ten and the significant digits (≤ digits) R needs to show one finite value.
function shapeOf(x: number, digits: number): Shape {
  if (x === 0) return { kpower: 0, nsig: 1 };
  const rounded = Number(Math.abs(x).toPrecision(digits));
  const kpower = Math.floor(Math.log10(rounded) + 1e-12);
  let nsig = digits;
  for (let k = 1; k <= digits; k++) {
    if (Number(rounded.toPrecision(k)) === rounded) {
      nsig = k;
      break;
    }
  }
  return { kpower, nsig };
}

function sci(x: number, mantissaDigits: number): string {
  const [mantissa = "", exponent = "0"] = x
    .toExponential(Math.max(0, mantissaDigits - 1))
    .split("e");
  const e = Number(exponent);
  return `${mantissa}e${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
}

/**
 * Formats numbers together as R's `format(x, digits = digits)` does: common width and decimals.
 *
 * @param values - Finite numbers.
 * @param digits - Significant digits (R's default `getOption("digits")` is 7).
 * @returns One string per value, all the same width.
 */
export function formatR(values: readonly number[], digits = 7): string[] {
  const shapes = values.map((v) => shapeOf(v, digits));
  const negative = values.some((v) => v < 0) ? 1 : 0;
  const rgt = Math.max(0, ...shapes.map((s) => s.nsig - s.kpower - 1));
  // Width left of the point, with each value's own sign (R's formatReal `sleft`).
  const left = Math.max(
    ...values.map((v, i) => (v < 0 ? 1 : 0) + Math.max(1, (shapes[i]?.kpower ?? 0) + 1)),
  );
  const fixedWidth = left + (rgt > 0 ? rgt + 1 : 0);
  const mxsl = Math.max(1, ...shapes.map((s) => s.nsig));
  const bigExponent = shapes.some((s) => Math.abs(s.kpower) >= 100);
  const sciWidth = negative + (mxsl > 1 ? mxsl + 1 : mxsl) + (bigExponent ? 5 : 4);
  const texts =
    fixedWidth <= sciWidth ? values.map((v) => v.toFixed(rgt)) : values.map((v) => sci(v, mxsl));
  const width = Math.max(...texts.map((t) => t.length));
  return texts.map((t) => t.padStart(width));
}

/**
 * One number as R's `format(x, digits)`.
 *
 * @param value - A finite number.
 * @param digits - Significant digits.
 * @returns The text.
 */
export const formatNumber = (value: number, digits = 7): string =>
  formatR([value], digits)[0] ?? "";

/**
 * A p-value as R's `format.pval(p, digits)`: below machine epsilon it prints `< 2.2e-16`.
 *
 * @param p - The p-value.
 * @param digits - Significant digits (print.htest uses 4).
 * @returns The text.
 */
export function formatPValue(p: number, digits = 4): string {
  if (p < Number.EPSILON) return `< ${formatNumber(Number.EPSILON, Math.max(1, digits - 2))}`;
  return formatNumber(p, digits);
}

const ALTERNATIVES = {
  "two.sided": "not equal to",
  less: "less than",
  greater: "greater than",
} as const;

/**
 * Prints a test as R's `print.htest` does with the default `digits = 7`.
 *
 * @param test - The test, from @carerkit/evaluation.
 * @param dataName - R's `data.name`, e.g. `"post and pre"`.
 * @param nullName - The name of the null value, e.g. `"mean difference"`.
 * @returns The printed lines (with R's leading and trailing blank lines).
 */
export function printHtest(test: HypothesisTest, dataName: string, nullName: string): string {
  const digits = 7;
  const out = [`${test.statistic.name} = ${formatNumber(test.statistic.value, digits - 2)}`];
  if (test.parameter !== undefined)
    out.push(`${test.parameter.name} = ${formatNumber(test.parameter.value, digits - 2)}`);
  const fp = formatPValue(test.pValue, digits - 3);
  out.push(`p-value ${fp.startsWith("<") ? fp : `= ${fp}`}`);
  const lines = ["", `\t${test.method}`, "", `data:  ${dataName}`, out.join(", ")];
  lines.push(
    `alternative hypothesis: true ${nullName} is ${ALTERNATIVES[test.alternative]} ${test.nullValue}`,
  );
  if (test.confidenceInterval !== undefined) {
    const ci = test.confidenceInterval;
    lines.push(
      `${formatNumber(100 * ci.level)} percent confidence interval:`,
      ` ${formatR([ci.lower, ci.upper], digits).join(" ")}`,
    );
  }
  if (test.estimate !== undefined) {
    const value = formatNumber(test.estimate.value, digits);
    const width = Math.max(test.estimate.name.length, value.length);
    lines.push(
      "sample estimates:",
      `${test.estimate.name.padStart(width)} `,
      `${value.padStart(width)} `,
    );
  }
  lines.push("");
  return lines.join("\n");
}

/**
 * Prints a table as R prints a data frame: a header row, row names left-aligned, columns
 * right-aligned, each column formatted together with `format(column, digits)`.
 *
 * @param rowNames - Row names.
 * @param columns - Column name → values (numbers are formatted; strings are kept).
 * @param digits - Significant digits for numeric columns.
 * @returns The printed table.
 */
export function printTable(
  rowNames: readonly string[],
  columns: Readonly<Record<string, readonly (number | string)[]>>,
  digits = 4,
): string {
  const nameWidth = Math.max(...rowNames.map((r) => r.length));
  const cols = Object.entries(columns).map(([name, values]) => {
    const texts = values.every((v) => typeof v === "number")
      ? formatR(values, digits)
      : values.map(String);
    const width = Math.max(name.length, ...texts.map((t) => t.length));
    return { header: name.padStart(width), cells: texts.map((t) => t.padStart(width)) };
  });
  const header = `${" ".repeat(nameWidth)} ${cols.map((c) => c.header).join(" ")}`;
  const rows = rowNames.map(
    (r, i) => `${r.padEnd(nameWidth)} ${cols.map((c) => c.cells[i] ?? "").join(" ")}`,
  );
  return [header, ...rows].join("\n");
}
