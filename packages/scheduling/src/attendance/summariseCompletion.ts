import { match } from "ts-pattern";
import { invalidArgument } from "@carerkit/core";
import { checkFields, checkStrings } from "../_lib/guard/checkFields.ts";
import { checkRegisterShape } from "../_lib/guard/checkCohortShape.ts";
import { checkOptions } from "../_lib/guard/checkOptions.ts";
import { checkProgrammeShape } from "../_lib/guard/checkProgrammeShape.ts";
import type { Programme } from "../planning/types.ts";
import type { AttendanceRegister } from "./types.ts";

/**
 * When a carer counts as having completed the programme: attended at least `sessions` of the
 * sessions delivered, or at least a `proportion` of them (rounded up).
 *
 * @example
 * const sixOfEight: CompletionRule = { kind: "min_sessions", sessions: 6 };
 * const threeQuarters: CompletionRule = { kind: "min_proportion", proportion: 0.75 };
 */
export type CompletionRule =
  | { readonly kind: "min_sessions"; readonly sessions: number }
  | { readonly kind: "min_proportion"; readonly proportion: number };

/**
 * Options for {@link summariseCompletion}.
 *
 * @example
 * const options: SummariseCompletionOptions = { rule: { kind: "min_sessions", sessions: 6 } };
 */
export interface SummariseCompletionOptions {
  /** Default: at least 75% of delivered sessions (6 of 8). */
  readonly rule?: CompletionRule | undefined;
  /** Carers to summarise; default everyone in the register. */
  readonly carerIds?: readonly string[] | undefined;
}

/**
 * One carer's attendance and completion.
 *
 * @example
 * const c: CarerCompletion = { carerId: "c-1", attended: 6, apologies: 1, noShow: 0, unrecorded: 1, delivered: 8, required: 6, completed: true, lastSessionAttended: 8 };
 */
export interface CarerCompletion {
  readonly carerId: string;
  readonly attended: number;
  readonly apologies: number;
  readonly noShow: number;
  /** Delivered sessions with no mark for this carer. */
  readonly unrecorded: number;
  /** Sessions delivered (not cancelled). */
  readonly delivered: number;
  /** Sessions the rule asks for. */
  readonly required: number;
  readonly completed: boolean;
  /**
   * The last delivered session the carer attended, counted from 1 over delivered sessions;
   * 0 when they never came. It is what retention analysis needs (e.g. `lastSessionAttended` in
   * `@carerkit/evaluation`'s `summariseRetention` and evaluation rows).
   */
  readonly lastSessionAttended: number;
}

const FN = "summariseCompletion";

// A completion rule is min_sessions with a count, or min_proportion with a value 0–1.
function checkRule(rule: unknown): void {
  checkFields({ fn: FN, path: "options.rule" }, rule, {
    kind: { oneOf: ["min_sessions", "min_proportion"] },
  });
  if ((rule as CompletionRule).kind === "min_sessions") {
    checkFields({ fn: FN, path: "options.rule" }, rule, { sessions: "count" });
    return;
  }
  checkFields({ fn: FN, path: "options.rule" }, rule, { proportion: "finite number" });
  const { proportion } = rule as { readonly proportion: number };
  if (proportion < 0 || proportion > 1)
    throw invalidArgument(
      FN,
      { "options.rule.proportion": proportion },
      "a proportion from 0 to 1",
    );
}

/**
 * Summarises each carer's attendance over the delivered (not cancelled) sessions and applies a
 * completion rule, such as "attended at least 6 of 8".
 *
 * @param programme - The programme.
 * @param register - Its attendance register.
 * @param options - The completion rule and which carers.
 * @returns One summary per carer, sorted by carer id.
 * @throws CarerKitError `invalid_argument` when an argument has the wrong shape, or the rule is
 *   not `min_sessions` with a count or `min_proportion` with a proportion from 0 to 1.
 * @example
 * summariseCompletion(programme, register, { rule: { kind: "min_sessions", sessions: 6 } })
 *   .filter((c) => c.completed).length;
 */
export function summariseCompletion(
  programme: Programme,
  register: AttendanceRegister,
  options: SummariseCompletionOptions = {},
): readonly CarerCompletion[] {
  checkProgrammeShape(FN, programme);
  checkRegisterShape(FN, register);
  checkOptions(FN, options, { rule: "plain object?", carerIds: "array?" });
  checkStrings({ fn: FN, path: "options.carerIds" }, options.carerIds, true);
  if (options.rule !== undefined) checkRule(options.rule);
  const delivered = programme.sessions.filter((s) => s.status === "scheduled");
  const rule = options.rule ?? { kind: "min_proportion", proportion: 0.75 };
  const required = match(rule)
    .with({ kind: "min_sessions" }, (r) => r.sessions)
    .with({ kind: "min_proportion" }, (r) => Math.ceil(r.proportion * delivered.length - 1e-9))
    .exhaustive();
  const carerIds = options.carerIds ?? [
    ...new Set(Object.values(register.sessions).flatMap((marks) => Object.keys(marks))),
  ];
  return [...carerIds].sort().map((carerId) => {
    const counts = { attended: 0, apologies: 0, noShow: 0, unrecorded: 0 };
    let lastSessionAttended = 0;
    delivered.forEach((session, i) => {
      const mark = register.sessions[session.id]?.[carerId];
      if (mark === undefined) counts.unrecorded += 1;
      else
        match(mark)
          .with("attended", () => {
            counts.attended += 1;
            lastSessionAttended = i + 1;
          })
          .with("apologies", () => (counts.apologies += 1))
          .with("no_show", () => (counts.noShow += 1))
          .exhaustive();
    });
    return {
      carerId,
      ...counts,
      delivered: delivered.length,
      required,
      completed: counts.attended >= required,
      lastSessionAttended,
    };
  });
}
