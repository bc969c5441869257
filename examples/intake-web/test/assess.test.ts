// The page's logic without a browser: every answer is checked, and all problems come back at once.
import assert from "node:assert/strict";
import { test } from "node:test";
import { assess, type Answers } from "../src/assess.ts";

const asOf = new Date("2026-11-23T10:00:00Z");
const complete: Answers = {
  howAreYou: "getting_by",
  checkIn: { phq4_1: "1", phq4_2: "0", phq4_3: "1", phq4_4: "0" },
  checklist: { money_and_benefits: "a_lot", peer_support: "some", legal_matters: "not_needed" },
  age: "",
  postcode: "",
};

await test("assess scores the check-in, orders the needs and matches services", () => {
  const outcome = assess({ ...complete, postcode: "NR1 2AA", age: "67" }, asOf);
  assert.ok(outcome.success);
  assert.equal(outcome.data.checkIn.total, 2);
  assert.equal(outcome.data.checkIn.band?.code, "normal");
  assert.deepEqual(
    outcome.data.needs.map((n) => n.domain),
    ["money_and_benefits", "peer_support"],
  );
  assert.equal(outcome.data.unanswered, 14);
  const names = outcome.data.services?.matches.map((m) => m.offer.name) ?? [];
  assert.ok(names.includes("Carers' Benefits Clinic"), names.join(", "));
  assert.ok(!names.includes("Young Carers Club"));
});

await test("assess lists services for the carer's first priority first", () => {
  const outcome = assess(
    {
      ...complete,
      checklist: { feelings_and_worries: "some", breaks_from_caring: "a_lot" },
      postcode: "NR2 4AA",
    },
    asOf,
  );
  assert.ok(outcome.success);
  assert.equal(outcome.data.needs[0]?.domain, "breaks_from_caring");
  const first = outcome.data.services?.matches[0];
  assert.ok(first?.matchedNeeds.some((need) => need.domain === "breaks_from_caring"));
});

await test("assess looks for no services when no more support is wanted", () => {
  const outcome = assess({ ...complete, checklist: { peer_support: "not_needed" } }, asOf);
  assert.ok(outcome.success);
  assert.deepEqual(outcome.data.needs, []);
  assert.equal(outcome.data.services, undefined);
});

await test("assess matches without a postcode, ranking services that need no travel", () => {
  const outcome = assess(complete, asOf);
  assert.ok(outcome.success);
  assert.equal(outcome.data.services?.origin, undefined);
  assert.ok((outcome.data.services?.matches.length ?? 0) > 0);
});

await test("assess returns every problem at once, in the order of the page", () => {
  const outcome = assess(
    {
      howAreYou: "fine",
      checkIn: { phq4_1: "7", phq4_3: "1" },
      checklist: { peer_support: "loads" },
      age: "-3",
      postcode: "not a postcode",
    },
    asOf,
  );
  assert.ok(!outcome.success);
  assert.deepEqual(
    outcome.errors.map((e) => e.field),
    ["howAreYou", "phq4_1", "phq4_2", "phq4_4", "need-peer_support", "age", "postcode"],
  );
  for (const error of outcome.errors) assert.match(error.message, /^(Choose|Enter) /);
});

await test("assess accepts a postcode in any case and spacing, and an outward code alone", () => {
  for (const postcode of ["nr24aa", " NR2  4AA ", "NR2"]) {
    assert.ok(assess({ ...complete, postcode }, asOf).success, postcode);
  }
});

await test("assess explains a postcode outside the demo's area", () => {
  const outcome = assess({ ...complete, postcode: "LS2 7AA" }, asOf);
  assert.ok(!outcome.success);
  assert.match(outcome.errors[0]?.message ?? "", /only knows postcodes in Norwich/);
});

await test("assess rejects ages the directory cannot use", () => {
  for (const age of ["131", "4.5", "forty", "1e2"]) {
    const outcome = assess({ ...complete, age }, asOf);
    assert.ok(!outcome.success, age);
    assert.equal(outcome.errors[0]?.field, "age");
  }
});
