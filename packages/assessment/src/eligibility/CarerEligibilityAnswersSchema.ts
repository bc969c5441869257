import { z } from "zod";
import {
  CARER_OUTCOMES,
  WELLBEING_AREAS,
  type CarerOutcome,
  type WellbeingArea,
} from "./careAct.ts";

const outcomeIds = CARER_OUTCOMES.map((o) => o.id) as [CarerOutcome, ...CarerOutcome[]];
const areaIds = WELLBEING_AREAS.map((a) => a.id) as [WellbeingArea, ...WellbeingArea[]];

const OutcomeAnswerSchema = z.strictObject({
  achievableWithoutAssistance: z.boolean().optional(),
  causesSignificantPainDistressOrAnxiety: z.boolean().optional(),
  endangersHealthOrSafety: z.boolean().optional(),
});

/**
 * Zod schema of {@link CarerEligibilityAnswers}: every answer optional (an unknown answer is
 * reported as missing by {@link determineCarerEligibility}, never assumed), outcomes and
 * well-being areas limited to those the regulations name, and unknown keys rejected. Use it to
 * describe a request body (e.g. in OpenAPI with `z.toJSONSchema`); validate untyped input with
 * {@link safeParseCarerEligibilityAnswers}, whose messages name the field.
 *
 * @example
 * CarerEligibilityAnswersSchema.safeParse({ caringForAdult: true, needsFluctuate: false }).success; //=> true
 */
export const CarerEligibilityAnswersSchema = z.strictObject({
  caringForAdult: z.boolean().optional(),
  careIsNecessary: z.boolean().optional(),
  healthDeterioratingOrAtRisk: z.boolean().optional(),
  outcomes: z.partialRecord(z.enum(outcomeIds), OutcomeAnswerSchema).optional(),
  significantImpactOnWellbeing: z.boolean().optional(),
  wellbeingAreasAffected: z.array(z.enum(areaIds)).max(areaIds.length).optional(),
  needsFluctuate: z.boolean().optional(),
  fluctuationPeriodConsidered: z.string().min(1).max(200).optional(),
});
