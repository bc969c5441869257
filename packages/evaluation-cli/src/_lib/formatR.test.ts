import { testPairedT, testWilcoxonSignedRank } from "@carerkit/evaluation";
import { describe, expect, it } from "vitest";
import { formatNumber, formatPValue, formatR, printHtest, printTable } from "./formatR.ts";

// Each expected string is what R 4.x prints for the call named (R's format.default,
// format.pval and print.htest with the default digits = 7).
const R_FORMAT: readonly [string, () => string, string][] = [
  ["format(0.002561, digits = 4)", () => formatNumber(0.002561, 4), "0.002561"],
  ["format(1.637652e-05, digits = 4)", () => formatNumber(1.637652e-5, 4), "1.638e-05"],
  ["format.pval(1e-20, digits = 4)", () => formatPValue(1e-20), "< 2.2e-16"],
  ["format(4.129483, digits = 5)", () => formatNumber(4.129483, 5), "4.1295"],
  ["format(9, digits = 5)", () => formatNumber(9, 5), "9"],
  ["format(123456.7, digits = 5)", () => formatNumber(123456.7, 5), "123457"],
  ["format(c(-1.5, 10))", () => formatR([-1.5, 10]).join(" "), "-1.5 10.0"],
  [
    "format(c(0.7001142, 2.4598858))",
    () => formatR([0.70011417, 2.45988583]).join(" "),
    "0.7001142 2.4598858",
  ],
];

// R's sleep data (datasets::sleep): extra hours of sleep for the same ten patients on two drugs.
const g1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
const g2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];
const DATA = "extra[group == 2] and extra[group == 1]";

// R: with(sleep, t.test(extra[group == 2], extra[group == 1], paired = TRUE))
const R_SLEEP_T = `
\tPaired t-test

data:  extra[group == 2] and extra[group == 1]
t = 4.0621, df = 9, p-value = 0.002833
alternative hypothesis: true mean difference is not equal to 0
95 percent confidence interval:
 0.7001142 2.4598858
sample estimates:
mean difference 
           1.58 
`;
// R: with(sleep, wilcox.test(extra[group == 2], extra[group == 1], paired = TRUE)), which warns
// about ties and zeros and so uses the normal approximation with continuity correction.
const R_SLEEP_W = `
\tWilcoxon signed rank test with continuity correction

data:  extra[group == 2] and extra[group == 1]
V = 45, p-value = 0.009091
alternative hypothesis: true location shift is not equal to 0
`;

describe("R-style printing", () => {
  it.each(R_FORMAT)("%s prints as R does", (_call, format, expected) => {
    expect(format()).toBe(expected);
  });

  it("prints R's sleep paired t-test exactly as R does", () => {
    const t = testPairedT(g1, g2);
    expect(t.success && printHtest(t.data, DATA, "mean difference")).toBe(R_SLEEP_T);
  });

  it("prints R's sleep Wilcoxon signed-rank test exactly as R does", () => {
    const w = testWilcoxonSignedRank(g1, g2);
    expect(w.success && printHtest(w.data, DATA, "location shift")).toBe(R_SLEEP_W);
  });

  it("prints a table as R prints a data frame, each column formatted together", () => {
    expect(printTable(["a", "bb"], { n: [1, 10], mean: [1.5, 2.25] })).toBe(
      ["    n mean", "a   1 1.50", "bb 10 2.25"].join("\n"),
    );
  });
});
