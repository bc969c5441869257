import type { AssessmentIssue } from "../../errors.ts";
import type { Banding } from "../../instrument/types/banding.ts";
import type { Subscale } from "../../instrument/types/rules.ts";
import { compileBandingsOf } from "./compileBandingsOf.ts";
import { issue } from "./issue.ts";
import { scaleOf } from "./scaleOf.ts";
import type { CompiledItem, CompiledSubscale } from "./types.ts";

/** The indices of a subscale's items; an id the instrument does not have is reported. */
function indicesOf(
  subscale: Subscale,
  on: { readonly s: number; readonly index: ReadonlyMap<string, number> },
  issues: AssessmentIssue[],
): number[] {
  const indices: number[] = [];
  subscale.items.forEach((id, k) => {
    const at = on.index.get(id);
    if (at === undefined)
      issues.push(
        issue(
          "unknown_item",
          ["subscales", on.s, "items", k],
          `subscale ${subscale.id} lists item ${id}, which the instrument does not have`,
        ),
      );
    else indices.push(at);
  });
  return indices;
}

/**
 * Checks each subscale (known, at least one item) and compiles it with the bandings that name
 * it, banded on the subscale's own scale.
 */
export function compileSubscales(
  subscales: readonly Subscale[],
  on: {
    readonly items: readonly CompiledItem[];
    readonly index: ReadonlyMap<string, number>;
    readonly bandings: readonly Banding[];
  },
  issues: AssessmentIssue[],
): CompiledSubscale[] {
  const { items } = on;
  return subscales.map((subscale, s) => {
    const indices = indicesOf(subscale, { s, index: on.index }, issues);
    if (subscale.items.length === 0)
      issues.push(
        issue(
          "empty_instrument",
          ["subscales", s, "items"],
          `subscale ${subscale.id} has no items`,
        ),
      );
    const scale = scaleOf(
      indices.flatMap((i) => items[i] ?? []),
      subscale.method,
    );
    const bandings = compileBandingsOf(
      on.bandings,
      { applies: (banding) => banding.subscale === subscale.id, scale },
      issues,
    );
    return { subscale, indices, bandings };
  });
}
