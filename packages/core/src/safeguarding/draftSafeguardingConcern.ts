import { argumentIssue } from "../_lib/argumentIssue.ts";
import { checkFields } from "../_lib/checkFields.ts";
import { fieldIssue } from "../_lib/invalidInput.ts";
import { safeParseWithSchema } from "../_lib/parseWithSchema.ts";
import type { ParseResult } from "../result/ParseResult.ts";
import { err } from "../result/result.ts";
import {
  SafeguardingConcernSchema,
  type SafeguardingConcern,
} from "./SafeguardingConcernSchema.ts";

/**
 * A flag an instrument raised, in the shape `@carerkit/assessment`'s scoring reports it
 * (`RaisedFlag`): core accepts it structurally and does not depend on the assessment package.
 *
 * @example
 * const flag: InstrumentFlag = { id: "self_harm_thoughts", severity: "safety", message: "…", value: 2 };
 */
export interface InstrumentFlag {
  /** The flag rule's id, e.g. `"self_harm_thoughts"` for PHQ-9 item 9. */
  readonly id: string;
  readonly severity: "safety" | "clinical" | "information";
  /** The answer value or score that raised it. */
  readonly value: number;
  /** What the instrument tells the practitioner; not copied into the concern. */
  readonly message?: string | undefined;
}

/**
 * Where a flag came from and who opens the draft, for {@link draftSafeguardingConcern}.
 *
 * @example
 * const context: DraftConcernContext = { id: "sg-9", instrumentId: "phq9", raisedBy: "worker-3", raisedOn: "2026-11-02", about: { personId: "carer-1", role: "carer" } };
 */
export interface DraftConcernContext {
  /** The new concern's id. */
  readonly id: string;
  /** The instrument that raised the flag, e.g. `"phq9"`. */
  readonly instrumentId: string;
  /** The worker who saw the flag. */
  readonly raisedBy: string;
  /** The day the instrument was completed, `YYYY-MM-DD`. */
  readonly raisedOn: string;
  readonly about: SafeguardingConcern["about"];
}

/**
 * Opens a draft safeguarding concern from an instrument's safety flag, such as PHQ-9 item 9
 * (thoughts of being better off dead or of self-harm), with the flag as evidence. The draft has
 * no category and `immediateRisk: true` until a person reviews it and raises it with
 * {@link moveSafeguardingConcern}: software never decides that a risk is absent. Only `safety`
 * flags open a draft.
 *
 * @param flag - The raised flag, e.g. from `scoreInstrument(...).flags`.
 * @param context - The concern id, the instrument, the worker, the date and whom it is about.
 * @returns The draft concern, or issues: `invalid_argument` when `flag` or `context` is not a
 * plain object or the severity not a string, `not_a_safety_flag` (path `severity`) or the format of
 * a context field.
 * @example
 * const result = draftSafeguardingConcern(
 *   { id: "self_harm_thoughts", severity: "safety", value: 1 },
 *   { id: "sg-9", instrumentId: "phq9", raisedBy: "worker-3", raisedOn: "2026-11-02", about: { personId: "carer-1", role: "carer" } },
 * );
 * if (result.success) result.data.status; //=> "draft"
 */
export function draftSafeguardingConcern(
  flag: InstrumentFlag,
  context: DraftConcernContext,
): ParseResult<SafeguardingConcern> {
  const refused = argumentIssue(() => {
    checkFields("draftSafeguardingConcern", { flag }, { severity: "string" });
    checkFields("draftSafeguardingConcern", { context }, {});
  });
  if (refused) return err([refused]);
  if (flag.severity !== "safety") {
    const detail = 'expected a flag of severity "safety", got another severity';
    return err([fieldIssue("severity", "not_a_safety_flag", detail)]);
  }
  return safeParseWithSchema(SafeguardingConcernSchema, {
    id: context.id,
    status: "draft",
    raisedBy: context.raisedBy,
    raisedOn: context.raisedOn,
    about: context.about,
    categories: [],
    immediateRisk: true,
    evidence: [
      {
        kind: "instrument_flag",
        instrumentId: context.instrumentId,
        flagId: flag.id,
        severity: flag.severity,
        value: flag.value,
        recordedOn: context.raisedOn,
      },
    ],
  });
}
