import { describe, expect, it } from "vitest";
import { SupportNeedDomainSchema } from "./SupportNeedDomainSchema.ts";
import { SUPPORT_NEED_DOMAINS } from "./supportNeedDomains.ts";

describe("SUPPORT_NEED_DOMAINS", () => {
  it("lists exactly the ids the schema accepts, in the same order", () => {
    expect(SUPPORT_NEED_DOMAINS.map((d) => d.id)).toEqual(SupportNeedDomainSchema.options);
  });

  it("gives every domain a label and a description", () => {
    for (const domain of SUPPORT_NEED_DOMAINS) {
      expect(domain.label.length).toBeGreaterThan(0);
      expect(domain.description.length).toBeGreaterThan(0);
    }
  });

  it("has no id twice", () => {
    const ids = SUPPORT_NEED_DOMAINS.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
