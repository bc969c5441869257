import { SUPPORT_NEED_DOMAINS } from "@carerkit/core";
import { describe, expect, it } from "vitest";
import { compareChecklists } from "./compareChecklists.ts";
import { CORE_SUPPORT_NEEDS_CHECKLIST } from "./coreSupportNeedsChecklist.ts";
import { createActionPlan } from "./createActionPlan.ts";
import { prioritiseNeeds } from "./prioritiseNeeds.ts";
import { safeParseChecklist } from "./safeParseChecklist.ts";
import type { CompletedChecklist, DomainAnswer } from "./types.ts";

const completed = (
  answers: readonly DomainAnswer[],
  completedOn = "2026-11-22",
): CompletedChecklist => ({
  checklistId: "carerkit_core",
  completedOn,
  answers,
});

describe("CORE_SUPPORT_NEEDS_CHECKLIST", () => {
  it("uses exactly core's support-need domains, in order", () => {
    expect(CORE_SUPPORT_NEEDS_CHECKLIST.domains.map((d) => d.id)).toEqual(
      SUPPORT_NEED_DOMAINS.map((d) => d.id),
    );
  });
});

describe("safeParseChecklist", () => {
  it("loads a service's own domains", () => {
    const result = safeParseChecklist({
      id: "licensed",
      title: "Licensed tool",
      version: "3",
      source: "Loaded under the service's licence",
      domains: [
        { id: "d1", label: "Domain one" },
        { id: "d2", label: "Domain two" },
      ],
    });
    expect(result.success && result.data.domains.map((d) => d.id)).toEqual(["d1", "d2"]);
  });

  it("names every problem: missing fields and repeated domain ids", () => {
    expect(safeParseChecklist({ id: "x", domains: [] })).toMatchObject({
      success: false,
      error: { code: "invalid_checklist" },
    });
    const dupes = safeParseChecklist({
      id: "x",
      title: "X",
      version: "1",
      source: "S",
      domains: [
        { id: "d", label: "A" },
        { id: "d", label: "B" },
      ],
    });
    expect(dupes.success ? [] : dupes.error.issues.map((i) => i.message)).toEqual([
      "domains.1.id: domain id d is used more than once",
    ]);
  });
});

describe("prioritiseNeeds", () => {
  it("puts the carer's own priorities first, then 'a lot' before 'some', then checklist order, and leaves out not-needed", () => {
    const result = prioritiseNeeds(
      CORE_SUPPORT_NEEDS_CHECKLIST,
      completed([
        { domain: "peer_support", level: "some" },
        { domain: "breaks_from_caring", level: "a_lot" },
        { domain: "own_health", level: "not_needed" },
        {
          domain: "money_and_benefits",
          level: "some",
          carerPriority: 1,
          note: "Worried about the bills",
        },
        { domain: "personal_care", level: "some" },
        { domain: "feelings_and_worries", level: "a_lot", carerPriority: 2 },
      ]),
    );
    expect(result.success && result.data.map((n) => [n.rank, n.domain])).toEqual([
      [1, "money_and_benefits"],
      [2, "feelings_and_worries"],
      [3, "breaks_from_caring"],
      [4, "personal_care"],
      [5, "peer_support"],
    ]);
    expect(result.success && result.data[0]?.note).toBe("Worried about the bills");
  });

  it("names every unknown domain, repeated domain, bad level and bad priority", () => {
    const result = prioritiseNeeds(
      CORE_SUPPORT_NEEDS_CHECKLIST,
      completed([
        { domain: "telepathy", level: "some" },
        { domain: "peer_support", level: "lots" as "some" },
        { domain: "peer_support", level: "some", carerPriority: 0 },
      ]),
    );
    expect(result.success ? [] : result.error.issues.map((i) => i.code)).toEqual([
      "unknown_domain",
      "invalid_rating",
      "duplicate_id",
      "invalid_rating",
    ]);
  });
});

describe("createActionPlan", () => {
  const needs = prioritiseNeeds(
    CORE_SUPPORT_NEEDS_CHECKLIST,
    completed([
      { domain: "breaks_from_caring", level: "a_lot" },
      { domain: "money_and_benefits", level: "some" },
    ]),
  );
  if (!needs.success) throw new Error("fixture");

  it("groups the agreed actions under each need, by date, and lists needs with no action yet", () => {
    const plan = createActionPlan(needs.data, [
      {
        need: "breaks_from_caring",
        action: "Sitting service trial",
        who: "Carers' centre",
        byWhen: "2026-12-20",
      },
      {
        need: "breaks_from_caring",
        action: "Ask about replacement care",
        who: "Carer",
        byWhen: "2026-12-01",
      },
    ]);
    expect(plan.success && plan.data.entries[0]?.actions.map((a) => a.byWhen)).toEqual([
      "2026-12-01",
      "2026-12-20",
    ]);
    expect(plan.success && plan.data.needsWithoutActions).toEqual(["money_and_benefits"]);
  });

  it("names every action for an unknown need, without who, or with an impossible date", () => {
    const plan = createActionPlan(needs.data, [
      { need: "legal_matters", action: "x", who: "y", byWhen: "2026-12-01" },
      { need: "breaks_from_caring", action: "x", who: " ", byWhen: "2026-02-30" },
    ]);
    expect(plan.success ? [] : plan.error.issues.map((i) => i.path?.join("."))).toEqual([
      "actions.0.need",
      "actions.1.who",
      "actions.1.byWhen",
    ]);
  });
});

describe("compareChecklists", () => {
  it("reports each domain as resolved, improved, unchanged, worse, new or not compared", () => {
    const review = compareChecklists(
      CORE_SUPPORT_NEEDS_CHECKLIST,
      completed(
        [
          { domain: "breaks_from_caring", level: "a_lot" },
          { domain: "money_and_benefits", level: "a_lot" },
          { domain: "peer_support", level: "some" },
          { domain: "own_health", level: "some" },
          { domain: "legal_matters", level: "not_needed" },
          { domain: "personal_care", level: "some" },
        ],
        "2026-09-01",
      ),
      completed([
        { domain: "breaks_from_caring", level: "not_needed" },
        { domain: "money_and_benefits", level: "some" },
        { domain: "peer_support", level: "some" },
        { domain: "own_health", level: "a_lot" },
        { domain: "legal_matters", level: "some" },
      ]),
    );
    expect(review.success).toBe(true);
    if (!review.success) return;
    const byDomain = Object.fromEntries(review.data.domains.map((d) => [d.domain, d.change]));
    expect(byDomain).toMatchObject({
      breaks_from_caring: "resolved",
      money_and_benefits: "improved",
      peer_support: "unchanged",
      own_health: "worse",
      legal_matters: "new_need",
      personal_care: "not_compared",
    });
    expect(review.data.counts).toEqual({
      resolved: 1,
      improved: 1,
      unchanged: 1,
      worse: 1,
      new_need: 1,
      not_compared: 12,
    });
    expect([review.data.from, review.data.to]).toEqual(["2026-09-01", "2026-11-22"]);
  });

  it("rejects a checklist answered on another tool", () => {
    const review = compareChecklists(
      CORE_SUPPORT_NEEDS_CHECKLIST,
      { ...completed([]), checklistId: "other" },
      completed([]),
    );
    expect(review.success ? [] : review.error.issues.map((i) => i.message)).toEqual([
      "earlier.checklistId: expected carerkit_core, got other",
    ]);
  });
});
