// The quick check for the edit–test loop, in a minute or two rather than the full check's ten:
// eslint and prettier on the files changed since the base (default `main`) and not yet
// committed, the typecheck of the changed packages and the tests of changed packages
// (vitest's `--changed`, which follows imports, so a core change runs its dependants' tests).
// A change to the root configuration typechecks everything. `pnpm check` remains what CI runs.
//
//   pnpm check:quick [--base REV]
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const baseIndex = process.argv.indexOf("--base");
const base = baseIndex > 0 ? process.argv[baseIndex + 1] : "main";
const git = (...args) =>
  execFileSync("git", args, { encoding: "utf8" }).split("\n").filter(Boolean);
const changed = [
  ...new Set([
    ...git("diff", "--name-only", `${base}...HEAD`),
    ...git("diff", "--name-only", "HEAD"),
    ...git("ls-files", "--others", "--exclude-standard"),
  ]),
].filter((file) => existsSync(file));

function step(name, command, args) {
  console.log(`\n=== ${name}`);
  const run = spawnSync(command, args, { stdio: "inherit" });
  if (run.status !== 0) {
    console.error(`check:quick: ${name} failed`);
    process.exit(run.status ?? 1);
  }
}

if (changed.length === 0) {
  console.log(`check:quick: nothing changed since ${base}`);
  process.exit(0);
}
const lintable = changed.filter((file) => /\.(ts|mjs|js)$/.test(file));
if (lintable.length > 0)
  step("eslint (changed files)", "eslint", [
    "--max-warnings",
    "0",
    "--no-warn-ignored",
    ...lintable,
  ]);
step("prettier (changed files)", "prettier", ["--check", "--ignore-unknown", ...changed]);

const folders = [
  ...new Set(changed.flatMap((file) => /^(packages|examples)\/[^/]+/.exec(file)?.[0] ?? [])),
];
const rootConfig = changed.some((file) => !file.includes("/") || file.startsWith("scripts/"));
if (rootConfig) step("typecheck (root configuration changed: everything)", "pnpm", ["typecheck"]);
else
  for (const folder of folders)
    if (existsSync(`${folder}/tsconfig.json`))
      step(`typecheck ${folder}`, "tsc", ["-p", `${folder}/tsconfig.json`, "--noEmit"]);

step(`tests of what changed since ${base}`, "vitest", [
  "run",
  "--changed",
  base,
  "--passWithNoTests",
]);
console.log("\ncheck:quick passed. Before you push, run pnpm check: it is what CI runs.");
