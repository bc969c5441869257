import { describe, expect, it } from "vitest";
import { parseEvaluateArgs } from "./parseEvaluateArgs.ts";

describe("parseEvaluateArgs", () => {
  it("fills in the defaults around the CSV path", () => {
    expect(parseEvaluateArgs(["data.csv"])).toEqual({
      success: true,
      data: {
        help: false,
        csv: "data.csv",
        out: "evaluation-report",
        measure: "SWEMWBS metric score",
        min: 7,
        max: 35,
        direction: "higher-is-better",
        reliability: 0.84,
        mic: 3,
        sessions: 8,
      },
    });
  });

  it("reads every option, as --name value and --name=value", () => {
    const args = parseEvaluateArgs([
      "--out=report",
      "wemwbs.csv",
      "--measure",
      "WEMWBS",
      "--min",
      "14",
      "--max=70",
      "--direction",
      "lower-is-better",
      "--reliability",
      "0.89",
      "--mic",
      "3",
      "--sessions",
      "6",
    ]);
    expect(args.success && args.data).toMatchObject({
      csv: "wemwbs.csv",
      out: "report",
      measure: "WEMWBS",
      min: 14,
      max: 70,
      direction: "lower-is-better",
      reliability: 0.89,
      sessions: 6,
    });
  });

  it("answers --help and -h without needing a CSV", () => {
    for (const flag of ["--help", "-h"])
      expect(parseEvaluateArgs([flag])).toMatchObject({ success: true, data: { help: true } });
  });

  it("names every bad option with what was expected, without repeating the value", () => {
    const args = parseEvaluateArgs([
      "--reliability",
      "1.7",
      "--sessions",
      "2.5",
      "--direction",
      "up",
      "--min",
      "40",
    ]);
    expect(args.success).toBe(false);
    if (args.success) return;
    expect(args.error).toEqual([
      "expected the CSV file to analyse",
      "--direction: expected higher-is-better or lower-is-better",
      "--reliability: expected a reliability between 0 and 1",
      "--sessions: expected a whole number",
    ]);
    expect(args.error.join("\n")).not.toMatch(/1\.7|2\.5|\bup\b/);
  });

  it("refuses a scale whose minimum is not below its maximum", () => {
    expect(parseEvaluateArgs(["a.csv", "--min", "40"])).toEqual({
      success: false,
      error: ["--max: expected --min below --max"],
    });
  });

  it("refuses an unknown option and a second file", () => {
    expect(parseEvaluateArgs(["a.csv", "--colour", "red"]).success).toBe(false);
    expect(parseEvaluateArgs(["a.csv", "b.csv"])).toEqual({
      success: false,
      error: ["expected one CSV file"],
    });
  });
});
