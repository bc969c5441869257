import { describe, expect, it } from "vitest";
import { deepFreeze } from "../../../../scripts/test/deepFreeze.ts";
import { isCarerKitError } from "../errors/isCarerKitError.ts";
import { assignKeyWorker } from "./assignKeyWorker.ts";
import { listCaseload } from "./listCaseload.ts";
import { parseSupportContact } from "./parseSupportContact.ts";
import { safeParseOnwardReferral } from "./safeParseOnwardReferral.ts";
import { safeParseSupportContact } from "./safeParseSupportContact.ts";

const CONTACT = {
  id: "sc-1",
  carerId: "carer-1",
  workerId: "worker-3",
  date: "2026-11-02",
  mode: "ward_visit",
  kind: "bereavement",
  durationMinutes: 45,
};
const REFERRAL = {
  id: "ref-1",
  carerId: "carer-1",
  workerId: "worker-3",
  offerId: "offer-carers-cafe",
  referredOn: "2026-11-02",
};

describe("support contacts and onward referrals", () => {
  it("accept a ward visit for bereavement support and reject an unknown kind or zero minutes", () => {
    expect(parseSupportContact(CONTACT).kind).toBe("bereavement");
    const bad = safeParseSupportContact({ ...CONTACT, kind: "chat", durationMinutes: 0 });
    expect(!bad.success && bad.error.map((i) => i.path?.[0])).toEqual(["kind", "durationMinutes"]);
  });

  it("check the referral's follow-ups and outcome dates against the referral date", () => {
    const good = {
      ...REFERRAL,
      followUpOn: ["2026-11-09"],
      outcome: "accepted",
      outcomeOn: "2026-11-06",
    };
    expect(safeParseOnwardReferral(good).success).toBe(true);
    const bad = safeParseOnwardReferral({
      ...REFERRAL,
      followUpOn: ["2026-11-01"],
      outcomeOn: "2026-11-01",
    });
    expect(!bad.success && bad.error.map((i) => [i.code, i.path])).toEqual([
      ["end_before_start", ["outcomeOn"]],
      ["status_mismatch", ["outcome"]],
      ["end_before_start", ["followUpOn", 0]],
    ]);
  });
});

describe("assignKeyWorker and listCaseload", () => {
  const start = deepFreeze([
    { carerId: "c-1", workerId: "w-1", from: "2026-01-05" },
    { carerId: "c-2", workerId: "w-1", from: "2026-02-02" },
  ]);

  it("hands a carer to a new key worker, so each carer is on one caseload at a time", () => {
    const result = assignKeyWorker(start, { carerId: "c-1", workerId: "w-2", from: "2026-03-02" });
    if (!result.success) throw new Error(result.error.message);
    expect(listCaseload(result.data, "w-1", "2026-03-01")).toEqual(["c-1", "c-2"]);
    expect(listCaseload(result.data, "w-1", "2026-03-02")).toEqual(["c-2"]);
    expect(listCaseload(result.data, "w-2", "2026-03-02")).toEqual(["c-1"]);
    expect(listCaseload(result.data, "w-2", "2026-03-01")).toEqual([]);
  });

  it("changes nothing when the key worker stays, and refuses a hand-over before the open assignment began", () => {
    const same = assignKeyWorker(start, { carerId: "c-1", workerId: "w-1", from: "2026-06-01" });
    expect(same.success && same.data).toEqual(start);
    const early = assignKeyWorker(start, { carerId: "c-1", workerId: "w-2", from: "2025-12-01" });
    expect(!early.success && early.error).toMatchObject({
      code: "end_before_start",
      path: ["from"],
    });
  });

  it("rejects a caseload date that is not a date", () => {
    try {
      listCaseload(start, "w-1", "March");
      expect.unreachable();
    } catch (error) {
      expect(isCarerKitError(error) && error.issues[0]?.path).toEqual(["asOf"]);
    }
  });
});
