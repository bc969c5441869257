import { checkEmergencyPlanShape } from "../_lib/checkEmergencyPlanShape.ts";
import type { EmergencyPlan } from "./EmergencyPlanSchema.ts";

/**
 * The sections of an emergency plan, in the order the plan is printed.
 *
 * @example
 * EMERGENCY_PLAN_SECTIONS.length; //=> 7
 */
export const EMERGENCY_PLAN_SECTIONS = [
  "stepIn",
  "medication",
  "routines",
  "preferences",
  "triggers",
  "equipment",
  "professionals",
] as const;

/**
 * A section from {@link EMERGENCY_PLAN_SECTIONS}.
 *
 * @example
 * const section: EmergencyPlanSection = "triggers";
 */
export type EmergencyPlanSection = (typeof EMERGENCY_PLAN_SECTIONS)[number];

/**
 * Something an emergency plan still needs, with the path to it and a sentence for staff.
 *
 * @example
 * const gap: EmergencyPlanGap = {
 *   section: "stepIn", path: ["stepIn", 0, "phone"],
 *   message: "stepIn[0]: add a phone number or email, so they can be reached",
 * };
 */
export interface EmergencyPlanGap {
  readonly section: EmergencyPlanSection;
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/**
 * What {@link checkEmergencyPlanCompleteness} found.
 *
 * @example
 * const found: EmergencyPlanCompleteness = { complete: false, gaps: [], sectionsComplete: 6, sectionsTotal: 7 };
 */
export interface EmergencyPlanCompleteness {
  readonly complete: boolean;
  /** Every gap, in print order; empty when complete. */
  readonly gaps: readonly EmergencyPlanGap[];
  /** Sections with no gap. */
  readonly sectionsComplete: number;
  readonly sectionsTotal: number;
}

const ASK: Readonly<Record<EmergencyPlanSection, string>> = {
  stepIn: "add at least one person who can step in",
  medication: 'list the medicines, or confirm "none"',
  routines: "add the daily routines someone stepping in must keep",
  preferences: "add what they like and what matters to them",
  triggers: 'add what upsets them and how to help, or confirm "none known"',
  equipment: 'list the equipment and how it is used, or confirm "none"',
  professionals: 'list the professionals to tell (GP, nurse, social worker), or confirm "none"',
};

function sectionGaps(plan: EmergencyPlan, section: EmergencyPlanSection): EmergencyPlanGap[] {
  const items: readonly unknown[] = plan[section] ?? [];
  const none = (plan.confirmedNone ?? []) as readonly string[];
  if (items.length === 0 && !none.includes(section))
    return [{ section, path: [section], message: `${section}: ${ASK[section]}` }];
  if (section === "stepIn") {
    return (plan.stepIn ?? []).flatMap((person, i) =>
      person.phone === undefined && person.email === undefined
        ? [
            {
              section,
              path: [section, i, "phone"],
              message: `stepIn[${String(i)}]: add a phone number or email, so they can be reached`,
            },
          ]
        : [],
    );
  }
  if (section === "medication") {
    return (plan.medication ?? []).flatMap((medicine, i) =>
      (["dose", "when"] as const)
        .filter((field) => medicine[field] === undefined)
        .map((field) => ({
          section,
          path: [section, i, field],
          message: `medication[${String(i)}].${field}: add ${field === "dose" ? "the dose" : "when it is taken"}`,
        })),
    );
  }
  return [];
}

/**
 * Checks that an emergency plan is actionable by someone stepping in at short notice, and names
 * what is missing: at least one step-in person, each with a phone number or email; each
 * medicine with its dose and time; routines; preferences; and triggers, equipment and
 * professionals to tell — each of which may instead be confirmed as "none".
 *
 * @param plan - A parsed plan.
 * @returns Whether it is complete, every gap, and how many of the seven sections are complete.
 * @example
 * checkEmergencyPlanCompleteness(plan).gaps.map((g) => g.message);
 * //=> ["triggers: add what upsets them and how to help, or confirm \"none known\""]
 */
export function checkEmergencyPlanCompleteness(plan: EmergencyPlan): EmergencyPlanCompleteness {
  checkEmergencyPlanShape("checkEmergencyPlanCompleteness", "plan", plan);
  const bySection = EMERGENCY_PLAN_SECTIONS.map((section) => sectionGaps(plan, section));
  const gaps = bySection.flat();
  return {
    complete: gaps.length === 0,
    gaps,
    sectionsComplete: bySection.filter((g) => g.length === 0).length,
    sectionsTotal: EMERGENCY_PLAN_SECTIONS.length,
  };
}
