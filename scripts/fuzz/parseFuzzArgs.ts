import { resolve } from "node:path";
import { LIBRARY_PACKAGES } from "./runCampaign.ts";
import type { CampaignOptions } from "./types.ts";

/** The `pnpm fuzz` command line, parsed. */
export interface FuzzArgs {
  readonly options: CampaignOptions;
  /** Where to write one grouped defect list per package, if anywhere. */
  readonly defectsDir?: string;
  /** How many grouped defects to print (and write) per package. */
  readonly top: number;
}

const USAGE =
  "usage: npx pnpm fuzz [--package <name>]... [--export <name>]... [--runs <n>] [--seed <n>] [--budget-ms <n>] [--max-hangs <n>] [--root <repo>] [--top <n>] [--defects-dir <dir>]";

function count(flag: string, value: string | undefined): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`${flag} takes a whole number\n${USAGE}`);
  return n;
}

/**
 * Parses `pnpm fuzz` flags. Defaults: every library package, 200 calls per export, seed 20
 * (issue 20), a 1000 ms budget per call, three hangs before an export is abandoned.
 *
 * @param argv - The arguments after the script name.
 * @param cwd - The directory relative paths are resolved from.
 * @returns The campaign's options.
 * @example
 * parseFuzzArgs(["--package", "core", "--runs", "50"], process.cwd());
 */
export function parseFuzzArgs(argv: readonly string[], cwd: string): FuzzArgs {
  const packages: string[] = [];
  const exports: string[] = [];
  let runs = 200;
  let seed = 20;
  let budgetMs = 1000;
  let maxHangs = 3;
  let root = cwd;
  let top = 20;
  let defectsDir: string | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i];
    const value = argv[i + 1];
    i += 1;
    if (flag === "--package" && value !== undefined) packages.push(value);
    else if (flag === "--export" && value !== undefined) exports.push(value);
    else if (flag === "--runs") runs = count(flag, value);
    else if (flag === "--seed") seed = count(flag, value);
    else if (flag === "--budget-ms") budgetMs = Math.max(1, count(flag, value));
    else if (flag === "--max-hangs") maxHangs = Math.max(1, count(flag, value));
    else if (flag === "--top") top = count(flag, value);
    else if (flag === "--root" && value !== undefined) root = resolve(cwd, value);
    else if (flag === "--defects-dir" && value !== undefined) defectsDir = resolve(cwd, value);
    else if (flag === "--") i -= 1;
    else throw new Error(`unknown option ${String(flag)}\n${USAGE}`);
  }
  const options: CampaignOptions = {
    root,
    packages: packages.length === 0 ? LIBRARY_PACKAGES : packages,
    runs,
    seed,
    budgetMs,
    maxHangsPerExport: maxHangs,
    ...(exports.length === 0 ? {} : { exports }),
  };
  return { options, top, ...(defectsDir === undefined ? {} : { defectsDir }) };
}
