export type { EvaluationErrorCode, EvaluationIssue } from "./evaluationIssue.ts";
export type {
  Alternative,
  ConfidenceInterval,
  EffectSize,
  EffectSizeInterval,
  EffectSizeOptions,
  HypothesisTest,
  ProportionEstimate,
  ProportionIntervalMethod,
  RetentionConfType,
  ScoreDirection,
} from "./types.ts";
export { testPairedT } from "./paired/testPairedT.ts";
export type { PairedTOptions } from "./paired/testPairedT.ts";
export { testWilcoxonSignedRank } from "./paired/testWilcoxonSignedRank.ts";
export type { WilcoxonSignedRankOptions } from "./paired/testWilcoxonSignedRank.ts";
export { estimatePairedEffectSizes } from "./paired/estimatePairedEffectSizes.ts";
export type {
  PairedEffectSizes,
  PairedEffectSizeOptions,
} from "./paired/estimatePairedEffectSizes.ts";
export { classifyReliableChange } from "./paired/classifyReliableChange.ts";
export type {
  ClinicalNorms,
  PersonChange,
  ReliableChangeCategory,
  ReliableChangeOptions,
  ReliableChangeSummary,
} from "./paired/classifyReliableChange.ts";
export { countChangeDirections } from "./paired/countChangeDirections.ts";
export type { ChangeDirectionOptions, ChangeDirections } from "./paired/countChangeDirections.ts";
export { summarisePairedOutcomes } from "./paired/summarisePairedOutcomes.ts";
export type {
  PairedOutcomeOptions,
  PairedOutcomeSummary,
  PairedStatistics,
} from "./paired/summarisePairedOutcomes.ts";
export { testWelchT } from "./groups/testWelchT.ts";
export type { WelchTOptions } from "./groups/testWelchT.ts";
export { testStudentT } from "./groups/testStudentT.ts";
export type { StudentTOptions } from "./groups/testStudentT.ts";
export { estimateHedgesG } from "./groups/estimateHedgesG.ts";
export type { HedgesGOptions, TwoGroupEffectSizes } from "./groups/estimateHedgesG.ts";
export { estimateGlassDelta } from "./groups/estimateGlassDelta.ts";
export { estimateUnpooledD } from "./groups/estimateUnpooledD.ts";
export { estimateOneSampleD } from "./oneSample/estimateOneSampleD.ts";
export type { OneSampleDOptions } from "./oneSample/estimateOneSampleD.ts";
export { estimateProportion } from "./proportions/estimateProportion.ts";
export type { ProportionOptions } from "./proportions/estimateProportion.ts";
export { testBinomial } from "./proportions/testBinomial.ts";
export type { BinomialTestOptions } from "./proportions/testBinomial.ts";
export { testProportion } from "./proportions/testProportion.ts";
export type {
  OneProportionTestOptions,
  ProportionTestOptions,
} from "./proportions/testProportion.ts";
export { testTwoProportions } from "./proportions/testTwoProportions.ts";
export { estimateProportionDifference } from "./proportions/estimateProportionDifference.ts";
export type {
  CountOf,
  ProportionDifference,
  ProportionDifferenceOptions,
} from "./proportions/estimateProportionDifference.ts";
export { estimateQuantiles } from "./descriptive/estimateQuantiles.ts";
export { estimateInterquartileRange } from "./descriptive/estimateInterquartileRange.ts";
export { summariseFiveNumbers } from "./descriptive/summariseFiveNumbers.ts";
export type { FiveNumberSummary } from "./descriptive/summariseFiveNumbers.ts";
export type { QuantileOptions, QuantileType } from "./descriptive/quantileType.ts";
export { summariseLikert } from "./likert/summariseLikert.ts";
export type { LikertLevel, LikertOptions, LikertSummary } from "./likert/summariseLikert.ts";
export { summariseRetention } from "./attendance/summariseRetention.ts";
export type {
  AttendanceRecord,
  RetentionOptions,
  RetentionStep,
  RetentionSummary,
} from "./attendance/summariseRetention.ts";
export { summariseReach } from "./reach/summariseReach.ts";
export type { ReachCount, ReachRecord, ReachSummary } from "./reach/summariseReach.ts";
export { SUPPRESSION_RULES } from "./disclosure/suppressionRules.ts";
export type { SuppressionRule } from "./disclosure/suppressionRules.ts";
export { suppressSmallNumbers } from "./disclosure/suppressSmallNumbers.ts";
export type {
  CellStatus,
  CountTableInput,
  PublishedCell,
  PublishedTable,
  SuppressionOptions,
} from "./disclosure/suppressSmallNumbers.ts";
export { accumulateMoments } from "./streaming/accumulateMoments.ts";
export type { MomentsState } from "./streaming/accumulateMoments.ts";
export { mergeMoments } from "./streaming/mergeMoments.ts";
export { accumulatePairs } from "./streaming/accumulatePairs.ts";
export type { PairedSummaryState } from "./streaming/accumulatePairs.ts";
export { mergePairedSummaries } from "./streaming/mergePairedSummaries.ts";
export { parsePairedSummaryState } from "./streaming/parsePairedSummaryState.ts";
export { finalisePairedSummary } from "./streaming/finalisePairedSummary.ts";
export type { FinalisePairedOptions } from "./streaming/finalisePairedSummary.ts";
export { countValues } from "./streaming/countValues.ts";
export type { CountTable } from "./streaming/countValues.ts";
export { mergeCountTables } from "./streaming/mergeCountTables.ts";
export { computeDensity } from "./distributions/computeDensity.ts";
export { computeProbability } from "./distributions/computeProbability.ts";
export { computeQuantile } from "./distributions/computeQuantile.ts";
export type { Distribution, Tail, TailOptions } from "./distributions/distribution.ts";
export { buildEvaluationReport } from "./report/buildEvaluationReport.ts";
export type {
  EvaluationReport,
  EvaluationReportOptions,
  OutcomeMeasure,
  OutcomeSection,
  PublishedOutcomeStatistics,
  PublishedShareTable,
  ServiceRecords,
  ServiceSections,
  Withheld,
} from "./report/types.ts";
export type { EvaluationRow } from "./report/evaluationDataset.ts";
// Casework, outreach, carer voice and fair treatment.
export { summariseCasework } from "./casework/summariseCasework.ts";
export type { CaseworkSummary } from "./casework/summariseCasework.ts";
export { summariseOutreach } from "./outreach/summariseOutreach.ts";
export type { OutreachSummary } from "./outreach/summariseOutreach.ts";
export { summariseFeedbackThemes } from "./voice/summariseFeedbackThemes.ts";
export type {
  FeedbackThemeOptions,
  FeedbackThemeSummary,
} from "./voice/summariseFeedbackThemes.ts";
export { summariseComplaintHandling } from "./voice/summariseComplaintHandling.ts";
export type {
  ComplaintHandlingOptions,
  ComplaintHandlingSummary,
} from "./voice/summariseComplaintHandling.ts";
export { summariseSessionFeedback } from "./voice/summariseSessionFeedback.ts";
export type {
  SessionFeedbackOptions,
  SessionFeedbackSummary,
} from "./voice/summariseSessionFeedback.ts";
export { breakDownFairness } from "./fairness/breakDownFairness.ts";
export type {
  FairnessBreakdown,
  FairnessOptions,
  FairnessRecord,
  FairnessTable,
} from "./fairness/breakDownFairness.ts";
// The commissioner's funnel of the carer's pathway (issue 16).
export { summarisePathwayFunnel } from "./pathway/summarisePathwayFunnel.ts";
export { FUNNEL_STAGES } from "./pathway/funnelStages.ts";
export type { FunnelStage } from "./pathway/funnelStages.ts";
export type {
  FunnelGroup,
  PathwayFunnel,
  PathwayFunnelOptions,
  StageConversion,
  StageInterval,
} from "./pathway/summarisePathwayFunnel.ts";
export type { PathwayReportInput } from "./pathway/PathwayReportInput.ts";
