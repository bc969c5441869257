import { describe, expect, it } from "vitest";
import { TOWN_FEED } from "../__fixtures__/townDirectory.ts";
import { fromHsds } from "../import/fromHsds.ts";
import { flagStaleOffers } from "./flagStaleOffers.ts";

describe("flagStaleOffers", () => {
  const offers = fromHsds(TOWN_FEED, { source: "town" }).offers;
  const flags = flagStaleOffers(offers, new Date("2026-06-01T00:00:00Z"));

  it("returns one flag per offer and hides nothing", () => {
    expect(flags.map((f) => f.offerId)).toEqual(offers.map((o) => o.id));
  });

  it("marks a record last assured in January 2024 as stale", () => {
    expect(
      flags.find((f) => f.offerId === "town:svc-life-after-caring@sal-life-after-caring"),
    ).toEqual({
      offerId: "town:svc-life-after-caring@sal-life-after-caring",
      state: "stale",
      days: 873,
      basis: "assured_date",
      message: "details last checked 29 months ago",
    });
  });

  it("uses the ORUK three-month review guidance for ageing records", () => {
    expect(flags.find((f) => f.offerId === "town:svc-shared-lives@sal-shared-lives")?.state).toBe(
      "ageing",
    ); // assured 2025-12-01
    expect(flags.find((f) => f.offerId === "town:svc-hub@sal-hub")?.state).toBe("fresh"); // assured 2026-04-20
  });

  it("says unknown when a record has no dates, and falls back to last_modified", () => {
    const [none, modified] = flagStaleOffers(
      [
        { ...offers[0]!, assuredDate: undefined, lastModified: undefined },
        { ...offers[0]!, assuredDate: undefined, lastModified: "2026-05-30T10:00:00Z" },
      ],
      new Date("2026-06-01T00:00:00Z"),
    );
    expect(none?.state).toBe("unknown");
    expect(modified).toMatchObject({ state: "fresh", basis: "last_modified", days: 2 });
  });

  it("says unknown, never fresh, when a date is not a calendar date", () => {
    const asOf = new Date("2026-06-01T00:00:00Z");
    const flags = flagStaleOffers(
      [
        { ...offers[0]!, assuredDate: "not-a-date" },
        { ...offers[0]!, assuredDate: "2026-02-30" },
        { ...offers[0]!, assuredDate: undefined, lastModified: "yesterday" },
      ],
      asOf,
    );
    expect(flags.map((f) => [f.state, f.basis, f.days])).toEqual([
      ["unknown", "assured_date", undefined],
      ["unknown", "assured_date", undefined],
      ["unknown", "last_modified", undefined],
    ]);
    expect(flags[0]!.message).toBe("assured date is not a calendar date: freshness unknown");
    expect(flags.map((f) => f.message).join()).not.toContain("2026-02-30");
  });
});
