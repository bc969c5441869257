import { describe, expect, it } from "vitest";
import { SYNTHETIC_CHECK_IN } from "../__fixtures__/synthetic.ts";
import { parseCheckIn } from "./parseCheckIn.ts";
import { safeParseCheckIn } from "./safeParseCheckIn.ts";

describe("parseCheckIn and safeParseCheckIn", () => {
  it("accept a check-in with a small win towards a goal", () => {
    expect(parseCheckIn(SYNTHETIC_CHECK_IN).smallWins[0]?.goalId).toBe("goal-0001");
  });

  it("name howAreYou and list the answers when the answer is unknown", () => {
    const result = safeParseCheckIn({ ...SYNTHETIC_CHECK_IN, howAreYou: "fine" });
    expect(!result.success && result.error[0]?.message).toBe(
      'howAreYou: expected one of "struggling", "finding_it_hard", "getting_by", "doing_ok", "doing_well", got a string of 4 characters',
    );
  });
});
