import { existsSync } from "node:fs";
import { copyFile, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runEvaluate, type EvaluateIo } from "./runEvaluate.ts";

const SAMPLES = new URL("../../../examples/evaluation-analysis/data/", import.meta.url);
let work = "";

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "carerkit-evaluate-"));
  for (const name of ["sample-programme.csv", "sample-with-errors.csv"])
    await copyFile(new URL(name, SAMPLES), join(work, name));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function run(argv: readonly string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runEvaluate(argv, {
    cwd: work,
    stdout: (text) => stdout.push(text),
    stderr: (text) => stderr.push(text),
  });
  return { code, stdout: stdout.join("\n"), stderr: stderr.join("\n") };
}

describe("runEvaluate", () => {
  it("resolves paths from the current directory and writes the report, tables and one SVG per chart", async () => {
    const result = await run(["sample-programme.csv", "--out", "report"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("sample-programme.csv: 40 people, 23 with both scores");
    expect(result.stdout).toContain("\tPaired t-test");
    const files = await readdir(join(work, "report"));
    expect(files).toContain("report.html");
    expect(files).toContain("tests.csv");
    const charts = await readdir(join(work, "report", "charts"));
    expect(charts.length).toBeGreaterThanOrEqual(3);
    expect(result.stdout).toContain(`${charts.length} SVG charts`);
  });

  it("lists every bad row by line and column, exits 1 and writes nothing", async () => {
    const result = await run(["sample-with-errors.csv", "--out", "bad"]);
    expect(result.code).toBe(1);
    expect(result.stderr.split("\n")[0]).toBe(
      "sample-with-errors.csv: 5 bad rows; nothing was analysed.",
    );
    expect(result.stderr).toContain("  line 3, post: expected a number");
    expect(existsSync(join(work, "bad"))).toBe(false);
  });

  it("names the columns it did not read, with how many cells they held", async () => {
    const rows = ["c-1,Ann,10,14", "c-2,Bob,11,12", "c-3,Cy,9,15"];
    await writeFile(join(work, "with-names.csv"), ["person_id,name,pre,post", ...rows].join("\n"));
    const result = await run(["with-names.csv", "--out", "named"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      "not read: 1 column CarerKit does not use (name), 3 cells in all",
    );
    expect(result.stderr).not.toContain("Ann");
  });

  it("says 'more than' when the list of problems was cut at 100", async () => {
    const rows = Array.from({ length: 150 }, (_, i) => `c-${i},x`);
    await writeFile(join(work, "many-bad.csv"), ["person_id,pre", ...rows].join("\n"));
    const result = await run(["many-bad.csv", "--out", "many"]);
    expect(result.code).toBe(1);
    expect(result.stderr.split("\n")[0]).toBe(
      "many-bad.csv: more than 100 bad rows; nothing was analysed.",
    );
    expect(result.stderr).toContain("  and 50 more problems, not listed");
  });

  it("says which file it looked for when the CSV cannot be read, and exits 2", async () => {
    const result = await run(["missing.csv"]);
    expect(result).toMatchObject({ code: 2, stdout: "" });
    expect(result.stderr).toBe(
      `carerkit-evaluate: cannot read missing.csv: no such file (looked for ${join(work, "missing.csv")})`,
    );
  });

  it("exits 2 on a bad option with a pointer to --help, and prints the help on --help", async () => {
    const bad = await run(["sample-programme.csv", "--sessions", "none"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--sessions:");
    expect(bad.stderr).toContain("Try carerkit-evaluate --help.");
    const help = await run(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: carerkit-evaluate <data\.csv> \[options\]/);
  });
});

describe("runEvaluate's io", () => {
  it.each<[string, unknown]>([
    ["io", undefined],
    ["io", null],
    ["io.cwd", { cwd: 1, stdout: () => 0, stderr: () => 0 }],
    ["io.stdout", { cwd: "/", stdout: "x", stderr: () => 0 }],
    ["io.stderr", { cwd: "/", stdout: () => 0 }],
  ])("refuses a stand-in without a usable %s with invalid_argument", async (parameter, io) => {
    await expect(runEvaluate(["x.csv"], io as EvaluateIo)).rejects.toMatchObject({
      code: "invalid_argument",
      issues: [{ path: [parameter] }],
    });
  });
});
