import { describe, expect, it } from "vitest";
import { CONDITION_CATEGORIES, SUPPORT_NEED_DOMAINS } from "@carerkit/core";
import { deepFreeze } from "../../../../scripts/test/deepFreeze.ts";
import { DEFAULT_CROSSWALK } from "./defaultCrosswalk.ts";
import { extendCrosswalk } from "./extendCrosswalk.ts";

describe("the default crosswalk", () => {
  it("maps every support-need domain in core to terms or keywords", () => {
    for (const { id } of SUPPORT_NEED_DOMAINS) {
      expect(
        DEFAULT_CROSSWALK.needs[id].keywords.length + DEFAULT_CROSSWALK.needs[id].terms.length,
      ).toBeGreaterThan(0);
    }
    for (const { id } of CONDITION_CATEGORIES)
      expect(DEFAULT_CROSSWALK.conditions[id].length).toBeGreaterThan(0);
  });

  it("carries the UK terms carers and directories use", () => {
    expect(DEFAULT_CROSSWALK.needs.breaks_from_caring.keywords).toEqual(
      expect.arrayContaining(["respite", "short breaks", "replacement care"]),
    );
    expect(DEFAULT_CROSSWALK.needs.money_and_benefits.keywords).toContain("carers allowance");
    expect(DEFAULT_CROSSWALK.needs.peer_support.terms).toContain("esdServiceType:298");
    expect(DEFAULT_CROSSWALK.needs.legal_matters.terms).toContain("esdServiceType:1755");
    expect(DEFAULT_CROSSWALK.needs.grief_and_loss.terms).toContain("Bereavement");
  });
});

describe("extendCrosswalk", () => {
  it("adds a directory's own terms without changing the base", () => {
    const base = deepFreeze(DEFAULT_CROSSWALK);
    const local = extendCrosswalk(base, {
      needs: { breaks_from_caring: { terms: ["NCC:SB-01"] } },
      synonyms: [["cuppa", "tea"]],
    });
    expect(local.needs.breaks_from_caring.terms).toContain("NCC:SB-01");
    expect(base.needs.breaks_from_caring.terms).not.toContain("NCC:SB-01");
    expect(local.synonyms.at(-1)).toEqual(["cuppa", "tea"]);
  });
});
