import { describe, expect, it } from "vitest";
import { capIssues, MAX_ISSUES } from "./capIssues.ts";

const issue = (n: number) => ({ code: "bad", message: `row ${n}: bad`, path: [n] });

describe("capIssues", () => {
  it("returns a list of up to 100 issues as it is", () => {
    const issues = Array.from({ length: MAX_ISSUES }, (_, n) => issue(n));
    expect(capIssues(issues)).toBe(issues);
  });

  it("keeps the first 100 in order and counts the rest in one issue", () => {
    const issues = Array.from({ length: MAX_ISSUES + 1 }, (_, n) => issue(n));
    const capped = capIssues(issues);
    expect(capped.slice(0, MAX_ISSUES)).toEqual(issues.slice(0, MAX_ISSUES));
    expect(capped[MAX_ISSUES]).toEqual({
      code: "too_many_issues",
      path: [],
      message: "and 1 more problem, not listed",
    });
    expect(issues).toHaveLength(MAX_ISSUES + 1); // the input is not changed
  });

  it("refuses anything but an array, naming the parameter", () => {
    expect(() => capIssues("bad" as never)).toThrow(
      "capIssues: issues must be an array; received a string of 3 characters",
    );
  });
});
