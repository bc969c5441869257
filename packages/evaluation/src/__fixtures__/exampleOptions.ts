import type { EvaluationReportOptions } from "../report/types.ts";

/** Options for the example dataset: a six-session programme measured with SWEMWBS (7–35). */
export const EXAMPLE_OPTIONS: EvaluationReportOptions = {
  title: "Better Together carers' programme: evaluation 2026 (example data)",
  outcome: {
    name: "SWEMWBS",
    min: 7,
    max: 35,
    reliability: 0.84,
    minimalImportantChange: 3,
    cutoff: 20,
  },
  sessions: 6,
};
