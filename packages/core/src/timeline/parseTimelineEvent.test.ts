import { describe, expect, it } from "vitest";
import { SYNTHETIC_EVENT } from "../__fixtures__/synthetic.ts";
import { parseTimelineEvent } from "./parseTimelineEvent.ts";
import { safeParseTimelineEvent } from "./safeParseTimelineEvent.ts";

describe("parseTimelineEvent and safeParseTimelineEvent", () => {
  it("accept an event pointing at a check-in", () => {
    expect(parseTimelineEvent(SYNTHETIC_EVENT).refId).toBe("check-0001");
  });

  it("name the at field when the instant has no time zone", () => {
    const result = safeParseTimelineEvent({ ...SYNTHETIC_EVENT, at: "2026-11-20 15:00" });
    expect(!result.success && result.error[0]?.path).toEqual(["at"]);
  });
});
