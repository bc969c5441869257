import { describe, expectTypeOf, it } from "vitest";
import type { SupportNeedDomain } from "./SupportNeedDomainSchema.ts";
import type { SUPPORT_NEED_DOMAINS } from "./supportNeedDomains.ts";

describe("SupportNeedDomain", () => {
  it("is the union of the table's ids, not any string", () => {
    expectTypeOf<SupportNeedDomain>().toEqualTypeOf<(typeof SUPPORT_NEED_DOMAINS)[number]["id"]>();
    expectTypeOf<"breaks_from_caring">().toExtend<SupportNeedDomain>();
    expectTypeOf<string>().not.toExtend<SupportNeedDomain>();
  });
});
