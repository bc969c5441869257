import { describe, expect, it } from "vitest";
import { changeVenue } from "./changeVenue.ts";
import { betterTogether as programme } from "../__fixtures__/programmes.ts";

describe("changeVenue", () => {
  it("changes the venue from a date, raising the sequence only where it changed", () => {
    const result = changeVenue(programme(), "Garden room", { fromDate: "2025-04-01" });
    expect(
      result.success && result.data.sessions.map((s) => `${s.venue ?? ""}/${s.sequence}`),
    ).toEqual([
      "Lounge/0",
      "Lounge/0",
      "Lounge/0",
      "Lounge/0",
      "Garden room/1",
      "Garden room/1",
      "Garden room/1",
      "Garden room/1",
    ]);
    const unknown = changeVenue(programme(), "Hall", { sessionIds: ["nope"] });
    expect(unknown.success ? "" : unknown.error.code).toBe("unknown_session");
  });
});
