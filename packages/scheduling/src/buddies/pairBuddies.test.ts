import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { deepFreeze } from "../../../../scripts/test/deepFreeze.ts";
import { pairBuddies, type BuddyCandidate } from "./pairBuddies.ts";
import { SCHEDULING_LIMITS } from "../limits/SCHEDULING_LIMITS.ts";

const oxford = { latitude: 51.752, longitude: -1.258 };
const headington = { latitude: 51.76, longitude: -1.213 };
const leeds = { latitude: 53.8, longitude: -1.549 };

const cohort: readonly BuddyCandidate[] = deepFreeze([
  { carerId: "c1", relationship: "spouse_or_partner", condition: "palliative", location: oxford },
  {
    carerId: "c2",
    relationship: "child",
    condition: "dementia",
    location: leeds,
    interests: ["music"],
  },
  {
    carerId: "c3",
    relationship: "spouse_or_partner",
    condition: "palliative",
    location: headington,
  },
  {
    carerId: "c4",
    relationship: "child",
    condition: "dementia",
    interests: ["music"],
    optedOut: true,
  },
  { carerId: "c5", relationship: "child", condition: "dementia", interests: ["music"] },
]);

describe("pairBuddies", () => {
  it("pairs carers with the most in common, with reasons", () => {
    const result = pairBuddies(cohort);
    expect(result.pairs).toEqual([
      {
        carerIds: ["c1", "c3"],
        score: 8,
        reasons: [
          "both care for a spouse or partner",
          "both care for someone with palliative or end of life needs",
          "live about 3.2 km apart",
        ],
      },
      {
        carerIds: ["c2", "c5"],
        score: 7,
        reasons: [
          "both care for a son or daughter",
          "both care for someone with dementia needs",
          "share interests: music",
        ],
      },
    ]);
  });

  it("refuses a carer listed twice, naming the place and never the id", () => {
    const twice = [...cohort, { carerId: "c2" }];
    expect(() => pairBuddies(twice)).toThrow(
      "pairBuddies: cohort[5].carerId must be an id not already in the cohort; received a string of 2 characters",
    );
  });

  it("refuses a cohort beyond SCHEDULING_LIMITS.maxCohort (every pair is scored)", () => {
    const crowd = Array.from({ length: SCHEDULING_LIMITS.maxCohort + 1 }, (_, i) => ({
      carerId: `c-${i}`,
    }));
    expect(() => pairBuddies(crowd)).toThrow(
      "pairBuddies: cohort must be at most 1000 carers; received an array of 1001 items",
    );
    expect(pairBuddies(crowd.slice(1)).unpaired).toHaveLength(SCHEDULING_LIMITS.maxCohort);
  });

  it("never pairs someone who opted out, nor two carers who asked not to be paired", () => {
    const result = pairBuddies(cohort);
    expect(result.pairs.flatMap((p) => p.carerIds)).not.toContain("c4");
    expect(result.unpaired).toEqual([{ carerId: "c4", reason: "opted out" }]);
    const avoiding = pairBuddies(
      cohort.map((c) => (c.carerId === "c1" ? { ...c, avoid: ["c3"] } : c)),
    );
    expect(avoiding.pairs.some((p) => p.carerIds.includes("c1") && p.carerIds.includes("c3"))).toBe(
      false,
    );
  });

  const candidateArb = fc.record({
    carerId: fc.string({ minLength: 1, maxLength: 4 }),
    optedOut: fc.boolean(),
    relationship: fc.constantFrom("parent", "child", "spouse_or_partner" as const),
    interests: fc.subarray(["music", "walking", "art"]),
  });

  it("is deterministic whatever the input order, and never pairs an opted-out carer", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(candidateArb, { maxLength: 12, selector: (c) => c.carerId }),
        (list) => {
          const a = pairBuddies(deepFreeze(list));
          const b = pairBuddies([...list].reverse());
          expect(a.pairs).toEqual(b.pairs);
          const out = new Set(list.filter((c) => c.optedOut).map((c) => c.carerId));
          for (const p of a.pairs) for (const id of p.carerIds) expect(out.has(id)).toBe(false);
        },
      ),
    );
  });
});
