import { match } from "ts-pattern";
import type { RetentionConfType } from "../types.ts";

/**
 * survfit's interval for S with Greenwood σ = se(log S). At S = 1 (no dropout yet) every type
 * gives [1, 1]; at S = 0, [0, 0] (R prints NA for the log types there).
 */
export function survivalInterval(
  s: number,
  { sigma, z }: { readonly sigma: number; readonly z: number },
  confType: RetentionConfType,
): { lower: number; upper: number } {
  if (s <= 0) return { lower: 0, upper: 0 };
  if (sigma === 0) return { lower: s, upper: s };
  return match(confType)
    .with("log", () => ({
      lower: s * Math.exp(-z * sigma),
      upper: Math.min(1, s * Math.exp(z * sigma)),
    }))
    .with("log-log", () => {
      const w = (z * sigma) / Math.log(s); // negative for 0 < S < 1
      return { lower: s ** Math.exp(-w), upper: s ** Math.exp(w) };
    })
    .with("plain", () => ({
      lower: Math.max(0, s - z * s * sigma),
      upper: Math.min(1, s + z * s * sigma),
    }))
    .exhaustive();
}
