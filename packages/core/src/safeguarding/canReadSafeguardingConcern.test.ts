import { describe, expect, it } from "vitest";
import { canReadSafeguardingConcern, type StaffRole } from "./canReadSafeguardingConcern.ts";

const CONCERN = { raisedBy: "worker-3" };

describe("canReadSafeguardingConcern", () => {
  it("lets the safeguarding lead and the service manager read every concern", () => {
    for (const role of ["safeguarding_lead", "service_manager"] as const)
      expect(canReadSafeguardingConcern({ role }, CONCERN)).toEqual({
        allowed: true,
        reason: "safeguarding_role",
      });
  });

  it("lets a worker read the concerns they raised and no others", () => {
    for (const role of ["worker", "key_worker"] as const) {
      expect(canReadSafeguardingConcern({ role, workerId: "worker-3" }, CONCERN).allowed).toBe(
        true,
      );
      expect(canReadSafeguardingConcern({ role, workerId: "worker-4" }, CONCERN)).toEqual({
        allowed: false,
        reason: "not_raised_by_reader",
      });
      expect(canReadSafeguardingConcern({ role }, CONCERN).allowed).toBe(false);
    }
  });

  it("refuses volunteers, administrators, commissioners and unknown roles, even with a matching id", () => {
    const refused = [
      "volunteer",
      "administrator",
      "commissioner",
      "carer",
      "__proto__",
      "toString",
    ];
    for (const role of refused)
      expect(
        canReadSafeguardingConcern({ role: role as StaffRole, workerId: "worker-3" }, CONCERN),
      ).toEqual({ allowed: false, reason: "role_not_permitted" });
  });
});
