import { parseReferral } from "@carerkit/core";
import { describe, expect, it } from "vitest";
import { deepFreeze } from "../../../../scripts/test/deepFreeze.ts";
import { SUPPRESSION_RULES } from "../disclosure/suppressionRules.ts";
import {
  FUNNEL_HOLIDAYS as HOLIDAYS,
  FUNNEL_REFERRALS,
  FUNNEL_STANDARDS as STANDARDS,
  TEN_FUNNELS,
} from "../__fixtures__/pathwayReferrals.ts";
import { summarisePathwayFunnel } from "./summarisePathwayFunnel.ts";

const OPTIONS = { asOf: "2026-12-18T17:00:00Z", holidays: HOLIDAYS, standards: STANDARDS };
const referrals = deepFreeze(FUNNEL_REFERRALS.map(parseReferral));
const display = (rows: readonly (readonly { display: string }[])[]) =>
  rows.map((row) => row.map((c) => c.display));

describe("summarisePathwayFunnel, checked by hand on twelve referrals (no suppression)", () => {
  const funnel = summarisePathwayFunnel(referrals, { ...OPTIONS, suppression: false });

  it("counts referrals reaching each stage", () => {
    // Contacted: all but W5 and G4 = 10. Assessed: W1 W2 W3 G1 G2 S1 S2 = 7.
    // Plan agreed: W1 W2 G1 S1 = 4. Reviewed: W1 G1 = 2.
    expect(funnel.overall.reached).toEqual([12, 10, 7, 4, 2]);
    expect(display(funnel.stages.cells)).toEqual([["12"], ["10"], ["7"], ["4"], ["2"]]);
  });

  it("gives the conversion between stages", () => {
    // 10/12, 7/10, 4/7, 2/4, and referral to assessment 7/12.
    expect(funnel.overall.conversion.map((c) => c.percentage)).toEqual([
      (100 * 10) / 12,
      70,
      (100 * 4) / 7,
      50,
      (100 * 7) / 12,
    ]);
  });

  it("tables the furthest stage by source, with referrals as row totals", () => {
    // Ward: W5 not contacted, W4 contacted, W3 assessed, W2 plan, W1 reviewed.
    // GP: G4 not contacted, G3 contacted, G2 assessed, G1 reviewed. Self: S3, S2, S1.
    expect(funnel.bySource.rows.slice(0, 2)).toEqual(["Hospital ward or department", "GP"]);
    const shown = display(funnel.bySource.cells);
    expect([shown[0], shown[1], shown[5]]).toEqual([
      ["1", "1", "1", "1", "1"],
      ["1", "1", "1", "0", "1"],
      ["0", "1", "1", "1", "0"],
    ]);
    expect(funnel.bySource.rowTotals.map((c) => c.display)).toEqual([
      "5",
      "4",
      "0",
      "0",
      "0",
      "3",
      "0",
    ]);
    expect(funnel.sources[1]?.reached).toEqual([4, 3, 2, 1, 1]);
    expect(funnel.sources[5]?.conversion[0]?.percentage).toBe(100); // self: 3 of 3 contacted
  });

  it("tables the furthest stage by month of referral", () => {
    // Sep: W1 W2 W3 G1 G2 S1; Oct: W4 W5 G3 S2; Nov: S3; Dec: G4.
    expect(funnel.byMonth.rows).toEqual(["2026-09", "2026-10", "2026-11", "2026-12"]);
    expect(display(funnel.byMonth.cells)).toEqual([
      ["0", "0", "2", "2", "2"],
      ["1", "2", "1", "0", "0"],
      ["0", "1", "0", "0", "0"],
      ["1", "0", "0", "0", "0"],
    ]);
    expect(funnel.months[0]?.reached).toEqual([6, 6, 6, 4, 2]);
  });

  it("gives the median and quartiles of days between stages as R's quantile(type = 7)", () => {
    // Referral → contact: 1 2 8 1 2 1 1 0 1 1; sorted 0 1 1 1 1 1 1 2 2 8.
    // R: quantile(c(0,1,1,1,1,1,1,2,2,8)) → 25% 1, 50% 1, 75% 1.75.
    // Contact → assessment: 7 14 14 14 14 7 13 → quantile: 10, 14, 14.
    // Assessment → plan: 14 14 14 14. Plan → review: 56 56.
    // Referral → assessment: 8 16 22 16 15 7 14 → quantile: 11, 15, 16.
    expect(funnel.intervals).toEqual([
      {
        from: "received",
        to: "contacted",
        n: 10,
        lowerQuartile: 1,
        median: 1,
        upperQuartile: 1.75,
      },
      { from: "contacted", to: "assessed", n: 7, lowerQuartile: 10, median: 14, upperQuartile: 14 },
      {
        from: "assessed",
        to: "plan_agreed",
        n: 4,
        lowerQuartile: 14,
        median: 14,
        upperQuartile: 14,
      },
      {
        from: "plan_agreed",
        to: "reviewed",
        n: 2,
        lowerQuartile: 56,
        median: 56,
        upperQuartile: 56,
      },
      { from: "received", to: "assessed", n: 7, lowerQuartile: 11, median: 15, upperQuartile: 16 },
    ]);
  });

  it("counts working days between stages when asked", () => {
    // W3: Monday 14 to Tuesday 22 September is 6 working days; the rest are 0–2.
    const working = summarisePathwayFunnel(referrals, {
      ...OPTIONS,
      suppression: false,
      days: "working",
    });
    expect(working.intervals[0]).toMatchObject({ n: 10, median: 1, upperQuartile: 1.75 });
  });

  it("counts breaches of each standard, overdue ones included", () => {
    // Contact in 5 working days: W3 took 6; G4 (Tue 1 Dec) was due Tue 8 Dec and is overdue. Met 10.
    // Assessment in 28 days: G3 and S3 overdue; W4 declined and W5 closed before their due
    // dates (not applicable); G4 not yet due (pending). Met 7.
    expect(display(funnel.breaches.cells)).toEqual([
      ["10", "2"],
      ["7", "2"],
    ]);
    expect(funnel.breaches.rowTotals.map((c) => c.display)).toEqual(["12", "9"]);
  });

  it("says where referrals stand now", () => {
    // Declined: W4. Closed: W5. The other ten are open.
    expect(display(funnel.outcomes.cells)).toEqual([["10"], ["1"], ["0"], ["1"]]);
  });
});

describe("summarisePathwayFunnel with small-number suppression (the default)", () => {
  const funnel = summarisePathwayFunnel(referrals, OPTIONS);

  it("applies NHS Digital 2018 by default and publishes no count from 1 to 7", () => {
    expect(funnel.rule).toEqual(SUPPRESSION_RULES.nhsDigital2018);
    const cells = [funnel.bySource, funnel.byMonth, funnel.outcomes, funnel.breaches].flatMap(
      (t) => [...t.cells.flat(), ...t.rowTotals, ...t.columnTotals],
    );
    expect(cells.every((c) => c.value === null || c.value === 0 || c.value > 7)).toBe(true);
  });

  it("rounds the reached counts to 5 and suppresses those from 1 to 7", () => {
    // Hand counts 12, 10, 7, 4, 2: 12 and 10 round to 10; 7, 4 and 2 are suppressed.
    expect(funnel.overall.reached).toEqual([10, 10, null, null, null]);
    expect(funnel.overall.conversion.map((c) => c.percentage)).toEqual([
      100,
      null,
      null,
      null,
      null,
    ]);
    // Every furthest-stage column total is 2 or 3: suppressed.
    expect(funnel.bySource.columnTotals.map((c) => c.display)).toEqual(["*", "*", "*", "*", "*"]);
  });

  it("withholds days between stages reached by fewer than 8 referrals", () => {
    expect(funnel.intervals.map((i) => ("withheld" in i ? "withheld" : i.n))).toEqual([
      10,
      "withheld",
      "withheld",
      "withheld",
      "withheld",
    ]);
  });

  it("never lets a drop-off between stages be worked out by subtraction", () => {
    // Under the legacy 1–5 rule the 12-row total shows, but the disjoint furthest-stage counts are
    // all 1–3, so only "referred" is known; with it, 12 − 10 would have shown 2 not contacted.
    const legacy = summarisePathwayFunnel(referrals, {
      ...OPTIONS,
      suppression: SUPPRESSION_RULES.legacy1to5,
    });
    expect(legacy.overall.reached).toEqual([12, null, null, null, null]);
  });
});

describe("summarisePathwayFunnel on ten copies of the hand fixture, suppression applied", () => {
  const funnel = summarisePathwayFunnel(deepFreeze(TEN_FUNNELS), OPTIONS);

  it("publishes ten times the hand counts: every cell is 0 or a multiple of 10, so rounding to 5 keeps it", () => {
    expect(funnel.overall.reached).toEqual([120, 100, 70, 40, 20]);
    expect(funnel.overall.conversion.map((c) => c.percentage)).toEqual([
      (100 * 100) / 120,
      70,
      (100 * 40) / 70,
      50,
      (100 * 70) / 120,
    ]);
    expect(funnel.sources.map((g) => g.reached[0])).toEqual([50, 40, 0, 0, 0, 30, 0]);
    expect(display(funnel.breaches.cells)).toEqual([
      ["100", "20"],
      ["70", "20"],
    ]);
  });

  it("gives quartiles of the hundred referral-to-contact intervals", () => {
    // Ten each of 0 and 8, sixty of 1, twenty of 2 (sorted positions 0–9, 10–69, 70–89, 90–99).
    // Type 7: Q1 at h = 24.75 → 1; median at 49.5 → 1; Q3 at 74.25 → 2.
    expect(funnel.intervals[0]).toEqual({
      from: "received",
      to: "contacted",
      n: 100,
      lowerQuartile: 1,
      median: 1,
      upperQuartile: 2,
    });
  });
});

describe("summarisePathwayFunnel rounds what it prints beside a statistic", () => {
  it("rounds the number of referrals behind days between stages to 5 under NHS Digital 2018", () => {
    // Eleven copies hold 110 contacted referrals; without W1-0 (contacted) 109, published as 110.
    const many = [
      ...TEN_FUNNELS,
      ...FUNNEL_REFERRALS.map((r) => ({ ...r, id: `${r.id}-x` })),
    ].slice(1);
    const funnel = summarisePathwayFunnel(many, OPTIONS);
    expect(funnel.intervals[0]).toMatchObject({ from: "received", to: "contacted", n: 110 });
  });
});
