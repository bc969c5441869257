import { SUPPORT_NEED_DOMAINS } from "@carerkit/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CORE_SUPPORT_NEEDS_CHECKLIST } from "./coreSupportNeedsChecklist.ts";
import { prioritiseNeeds } from "./prioritiseNeeds.ts";
import { toSupportNeedDomains } from "./toSupportNeedDomains.ts";

describe("toSupportNeedDomains", () => {
  it("keeps the carer's priority order from prioritiseNeeds", () => {
    const needs = prioritiseNeeds(CORE_SUPPORT_NEEDS_CHECKLIST, {
      checklistId: "carerkit_core",
      completedOn: "2026-11-22",
      answers: [
        { domain: "breaks_from_caring", level: "a_lot" },
        { domain: "peer_support", level: "not_needed" },
        { domain: "money_and_benefits", level: "some", carerPriority: 1 },
      ],
    });
    expect(needs.success && toSupportNeedDomains(needs.data)).toEqual([
      "money_and_benefits",
      "breaks_from_caring",
    ]);
  });

  it("leaves out a licensed checklist's own domains and keeps repeats once", () => {
    expect(
      toSupportNeedDomains([
        { domain: "csnat_1" },
        { domain: "peer_support" },
        { domain: "PEER_SUPPORT" },
        { domain: "peer_support" },
        { domain: "__proto__" },
      ]),
    ).toEqual(["peer_support"]);
  });

  it("returns only core domains, in first-seen order, without changing its input", () => {
    const ids = SUPPORT_NEED_DOMAINS.map((d) => d.id);
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...ids), fc.string()).map((domain) => ({ domain }))),
        (needs) => {
          const frozen = Object.freeze(needs.map((n) => Object.freeze({ ...n })));
          const domains = toSupportNeedDomains(frozen);
          const expected = [...new Set(needs.map((n) => n.domain))].filter((d) =>
            (ids as readonly string[]).includes(d),
          );
          expect(domains).toEqual(expected);
        },
      ),
    );
  });
});
