// Per-carer support plans, for the carer and their coordinator (internal, not published).
// Each plan lists the carer's needs in their order, the services matched to each with the
// reasons, the agreed actions (createActionPlan), the entry scores, the eligibility decision and
// the programme details. Carers here are synthetic; real plans stay in the case system.
import { createActionPlan, type AgreedAction } from "@carerkit/assessment";
import { RELATIONSHIP_TYPES } from "@carerkit/core";
import type { BuddyPairing, ProgrammeSession } from "@carerkit/scheduling";
import { swemwbsMetric } from "./assess.ts";
import type { MatchedCarer } from "./match.ts";

/** What a plan needs besides the carer. */
export interface PlanContext {
  readonly sessions: readonly ProgrammeSession[];
  readonly enrolled: readonly string[];
  readonly waitingList: readonly string[];
  readonly buddies: BuddyPairing;
}

const relationship = (id: string): string =>
  (RELATIONSHIP_TYPES.find((r) => r.id === id)?.label ?? id).toLowerCase();

const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The actions agreed at the entry assessment: contact the best-matched service for each need,
 * within two weeks.
 *
 * @param carer - The matched carer.
 * @returns One action per need that has a match.
 */
export function agreedActions(carer: MatchedCarer): AgreedAction[] {
  return carer.matched.flatMap(({ need, matches }) => {
    const best = matches[0];
    if (best === undefined) return [];
    const phone = best.offer.phones[0]?.number;
    return [
      {
        need: need.domain,
        action: `Contact ${best.offer.name}${phone === undefined ? "" : ` (${phone})`}`,
        who: "Carer, with the Carer Coordinator",
        byWhen: addDays(carer.entry.assessedOn, 14),
      },
    ];
  });
}

/**
 * Writes one carer's support plan as Markdown.
 *
 * @param carer - The matched carer.
 * @param context - The programme, cohort and buddy pairs.
 * @returns The plan.
 */
export function renderSupportPlan(carer: MatchedCarer, context: PlanContext): string {
  const id = carer.carer.id;
  const plan = createActionPlan(carer.needs, agreedActions(carer));
  if (!plan.success) throw new Error(`${id} action plan: ${plan.error.message}`);
  const lines: string[] = [
    `# Support plan: ${carer.carer.name.full} (${id})`,
    "",
    "> Synthetic record for the CarerKit demo: this person does not exist.",
    "",
    `Entry assessment: ${carer.entry.assessedOn}. Relationship to the person cared for: ${relationship(carer.relationship.relationshipType)}; about ${carer.relationship.hoursPerWeek} hours of care a week.`,
    "",
  ];
  if (carer.safetyFlags.length > 0) {
    lines.push("## Safety follow-up first", "");
    for (const flag of carer.safetyFlags) lines.push(`- ${flag.message}`);
    lines.push("");
  }
  lines.push("## What matters most to me, and the help found", "");
  for (const { need, matches, nearMisses } of carer.matched) {
    lines.push(
      `### ${need.rank}. ${need.label} (${need.level === "a_lot" ? "a lot" : "some"} more support wanted)`,
      "",
    );
    if (matches.length === 0) lines.push("- No local service found yet: discuss at the review.");
    for (const m of matches)
      lines.push(
        `- **${m.offer.name}** (${m.offer.organisation?.name ?? "independent"}): ${m.summary}`,
      );
    for (const miss of nearMisses)
      lines.push(`- _Also considered:_ ${miss.offer.name}: ${miss.summary}`);
    lines.push("");
  }
  const later = carer.needs.slice(carer.matched.length);
  if (later.length > 0) {
    lines.push(
      "Other needs to return to at the review: " + later.map((n) => n.label).join("; ") + ".",
      "",
    );
  }
  lines.push("## Agreed actions", "");
  for (const entry of plan.data.entries)
    for (const a of entry.actions)
      lines.push(`- [ ] ${a.action}: ${a.who}, by ${a.byWhen} (${entry.need.label})`);
  lines.push("");
  lines.push("## How I am doing (entry scores)", "");
  lines.push(
    `- Wellbeing, SWEMWBS metric score: ${swemwbsMetric(carer.swemwbs).toFixed(2)} (7–35, higher is better)`,
  );
  lines.push(`- Carer burden, ZBI-12: ${carer.zbi12.total} (0–48, lower is better)`);
  lines.push(
    `- Mood, PHQ-9: ${carer.phq9.total}${carer.phq9.band === undefined ? "" : ` (${carer.phq9.band.label})`}`,
  );
  lines.push("");
  lines.push(
    "## Care Act 2014 eligibility",
    "",
    `Decision: **${carer.eligibility.decision.replace(/_/g, " ")}**.`,
    "",
    carer.eligibility.explanation,
    "",
  );
  if (carer.eligibility.missing.length > 0) {
    lines.push("Still to ask:", "");
    for (const m of carer.eligibility.missing) lines.push(`- ${m.question} (${m.reference})`);
    lines.push("");
  }
  lines.push("## Better Together", "");
  if (context.enrolled.includes(id)) {
    lines.push("You have a place. Sessions (Mondays, 10:00 to 12:00 UK time):", "");
    for (const s of context.sessions) lines.push(`- ${s.date}: ${s.content.title}`);
    const pair = context.buddies.pairs.find((p) => p.carerIds.includes(id));
    lines.push("");
    lines.push(
      pair === undefined
        ? "No buddy suggested this time."
        : `Suggested buddy: ${pair.carerIds.find((x) => x !== id) ?? ""}, because you ${pair.reasons.join("; ")}.`,
    );
  } else {
    const position = context.waitingList.indexOf(id) + 1;
    lines.push(
      `The spring group is full: you are number ${position} on the waiting list for the next one.`,
    );
  }
  lines.push("");
  return lines.join("\n");
}
