import type { AssessmentIssue } from "../../errors.ts";
import type { Banding } from "../../instrument/types/banding.ts";
import { compileBanding } from "./compileBanding.ts";
import type { CompiledBanding, Scale } from "./types.ts";

/** Compiles, in definition order, the bandings that apply to one scale (as `applies` says). */
export function compileBandingsOf(
  bandings: readonly Banding[],
  on: { readonly applies: (banding: Banding) => boolean; readonly scale: Scale },
  issues: AssessmentIssue[],
): CompiledBanding[] {
  return bandings
    .map((banding, b) => ({ banding, b }))
    .filter(({ banding }) => on.applies(banding))
    .map(({ banding, b }) =>
      compileBanding(banding, { path: ["bandings", b], scale: on.scale }, issues),
    );
}
