import type { ConfidenceInterval } from "../types.ts";

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

/** A number with fixed decimals; infinities as ∞. */
export function fixed(x: number, digits = 2): string {
  if (x === Number.POSITIVE_INFINITY) return "∞";
  if (x === Number.NEGATIVE_INFINITY) return "−∞";
  if (Number.isNaN(x)) return "NA";
  return x.toFixed(digits);
}

/** A number as short as it can be: integers as integers, others to at most `digits` decimals. */
export function short(x: number, digits = 4): string {
  return Number.isFinite(x) ? String(Number(x.toFixed(digits))) : fixed(x);
}

/** A p-value as R's `format.pval` with 4 significant digits, "< 0.0001" below that. */
export function pValue(p: number): string {
  return p < 1e-4 ? "< 0.0001" : Number(p.toPrecision(4)).toString();
}

/** "(lower, upper)" with the level as a percentage prefix. */
export function interval(ci: ConfidenceInterval, digits = 2): string {
  return `${Math.round(ci.level * 100)}% CI ${fixed(ci.lower, digits)} to ${fixed(ci.upper, digits)}`;
}

/** Quotes a CSV field when needed (RFC 4180). */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
