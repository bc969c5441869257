import type { DefectType } from "./protocol.ts";
import type { Recipe } from "./recipe.ts";

/** What a campaign runs: which tree, which packages, how many calls, how long each may take. */
export interface CampaignOptions {
  /** The repository tree whose `packages/<name>/src/index.ts` are fuzzed. */
  readonly root: string;
  readonly packages: readonly string[];
  /** Calls per export. */
  readonly runs: number;
  readonly seed: number;
  /** A call over this is a defect; one over twice this is terminated as a hang. */
  readonly budgetMs: number;
  /** After this many hangs or crashes an export's remaining calls are abandoned. */
  readonly maxHangsPerExport: number;
  /** Only these exports, when given. */
  readonly exports?: readonly string[];
}

/** One defective call, with what reproduces it. */
export interface Defect {
  readonly pkg: string;
  readonly exportName: string;
  readonly type: DefectType;
  readonly message: string;
  readonly detail: string;
  /** The call's index among the export's calls for the campaign's seed. */
  readonly run: number;
  readonly args: readonly Recipe[];
}

/** One package's tally. */
export interface PackageReport {
  readonly pkg: string;
  /** Exports called. */
  readonly fuzzed: number;
  readonly skippedClasses: readonly string[];
  readonly skippedValues: readonly string[];
  calls: number;
  typed: number;
  returns: number;
  callers: number;
  defects: number;
  /** Calls not made because their export had hung too often. */
  abandoned: number;
  readonly defectList: Defect[];
  /** Set when the package could not be loaded at all. */
  loadError?: string;
}
