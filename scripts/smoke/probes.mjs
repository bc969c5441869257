// One real call per published entry. The smoke test runs each probe against the built module as
// loaded from Node ESM, Node CJS and an esbuild bundle; it must return true in all three. Listing
// export names alone would miss a dependency whose import only breaks when a function runs.
// Probes are serialised into the generated scripts, so each must be self-contained.
export const PROBES = {
  "@carerkit/evaluation-cli": (m) =>
    m.parseEvaluateArgs(["data.csv", "--sessions", "6"]).data?.sessions === 6,
  "@carerkit/core": (m) => m.normalisePostcode("sw1a1aa").data === "SW1A 1AA",
  "@carerkit/assessment": (m) =>
    m.scoreInstrument(
      m.PHQ9,
      Object.fromEntries([1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => [`phq9_${i}`, 1])),
    ).data?.total === 9,
  "@carerkit/scheduling": (m) =>
    m.planProgramme(
      m.BETTER_TOGETHER_TEMPLATE,
      {
        programmeId: "smoke",
        startDate: "2025-03-10",
        startTime: "10:00",
        zone: "Europe/London",
        venue: "Hall",
      },
      { holidays: m.createUkBankHolidayCalendar("england-and-wales") },
    ).data?.sessions.length === 8,
  "@carerkit/directory": (m) =>
    m.fromHsds({ id: "s1", name: "Carers' café", status: "active" }).offers.length === 1,
  // R's sleep data: t.test(group1, group2, paired = TRUE) gives t = -4.0621 for group1 − group2;
  // CarerKit reports change as post − pre, so the same data gives +4.0621.
  "@carerkit/evaluation": (m) =>
    m
      .testPairedT(
        [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0],
        [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4],
      )
      .data?.statistic.value.toFixed(4) === "4.0621",
  "@carerkit/evaluation/report": (m) =>
    m.readEvaluationCsv("person_id,pre,post\nc-1,41,47\n").success === true,
};
