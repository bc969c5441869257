import type { AssessmentIssue } from "../../errors.ts";
import type { BandResult, Banding } from "../../instrument/types/banding.ts";
import { issue } from "./issue.ts";
import { repeatedIds } from "./repeatedIds.ts";
import type { CompiledBanding, Scale } from "./types.ts";

type Path = readonly (string | number)[];

/** Reports the first band starting after or before the scale, and the last ending before or after it. */
function checkBandEnds(
  ends: { readonly first: BandResult; readonly last: BandResult },
  on: { readonly path: Path; readonly scale: Scale; readonly where: string },
  issues: AssessmentIssue[],
): void {
  const { path, scale, where } = on;
  const { first, last } = ends;
  if (first.min !== scale.min)
    issues.push(
      issue(
        first.min > scale.min ? "band_gap" : "band_out_of_range",
        [...path, "bands"],
        `${where} starts at ${first.min}, but the scale starts at ${scale.min}`,
      ),
    );
  if (last.max !== scale.max)
    issues.push(
      issue(
        last.max < scale.max ? "band_gap" : "band_out_of_range",
        [...path, "bands"],
        `${where} ends at ${last.max}, but the scale ends at ${scale.max}`,
      ),
    );
}

/**
 * Reports reversed bands, and gaps or overlaps between neighbours: on a whole-number scale the
 * next band starts one above the last one's max, otherwise at it.
 */
function checkBandNeighbours(
  bands: readonly BandResult[],
  on: { readonly path: Path; readonly scale: Scale; readonly where: string },
  issues: AssessmentIssue[],
): void {
  const { path, scale, where } = on;
  const step = scale.integer ? 1 : 0;
  bands.forEach((band, b) => {
    if (band.max < band.min)
      issues.push(
        issue(
          "band_out_of_range",
          [...path, "bands", band.code],
          `${where}: band ${band.code} has max ${band.max} below min ${band.min}`,
        ),
      );
    const next = bands[b + 1];
    if (next === undefined) return;
    const expected = band.max + step;
    if (next.min > expected)
      issues.push(
        issue(
          "band_gap",
          [...path, "bands", next.code],
          `${where}: gap between ${band.code} (ends ${band.max}) and ${next.code} (starts ${next.min}); expected ${next.code} to start at ${expected}`,
        ),
      );
    else if (next.min < expected)
      issues.push(
        issue(
          "band_overlap",
          [...path, "bands", next.code],
          `${where}: ${band.code} (ends ${band.max}) overlaps ${next.code} (starts ${next.min}); expected ${next.code} to start at ${expected}`,
        ),
      );
  });
}

/**
 * Checks a banding against the scale it bands (unique codes, no gaps or overlaps, covering
 * the scale exactly) and prepares its bands, sorted by min and frozen.
 */
export function compileBanding(
  banding: Banding,
  on: { readonly path: Path; readonly scale: Scale },
  issues: AssessmentIssue[],
): CompiledBanding {
  const { path } = on;
  const bands = [...banding.bands]
    .sort((a, b) => a.min - b.min)
    .map((band): BandResult => Object.freeze({ ...band, banding: banding.id }));
  const where = `banding ${banding.id}`;
  for (const code of repeatedIds(banding.bands.map((band) => band.code)))
    issues.push(issue("duplicate_id", [...path, "bands"], `${where} uses band code ${code} twice`));
  const first = bands[0];
  const last = bands.at(-1);
  if (first === undefined || last === undefined) {
    issues.push(issue("band_gap", [...path, "bands"], `${where} has no bands`));
    return { banding, bands };
  }
  checkBandEnds({ first, last }, { ...on, where }, issues);
  checkBandNeighbours(bands, { ...on, where }, issues);
  return { banding, bands };
}
