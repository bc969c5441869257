import { describe, expect, it } from "vitest";
import { SYNTHETIC_FEEDBACK } from "../__fixtures__/synthetic.ts";
import { parseFeedback } from "./parseFeedback.ts";
import { safeParseFeedback } from "./safeParseFeedback.ts";

describe("parseFeedback and safeParseFeedback", () => {
  it("accept anonymous compliments", () => {
    expect(parseFeedback(SYNTHETIC_FEEDBACK).kind).toBe("compliment");
  });

  it("never repeat the text of feedback in a message", () => {
    const long = "x".repeat(5001);
    const result = safeParseFeedback({ ...SYNTHETIC_FEEDBACK, text: long });
    expect(!result.success && result.error[0]?.message).toBe(
      "text: expected at most 5000 characters, got a string of 5001 characters",
    );
  });

  it("reject a response dated before the feedback arrived", () => {
    const result = safeParseFeedback({ ...SYNTHETIC_FEEDBACK, respondedOn: "2026-11-01" });
    expect(!result.success && result.error[0]?.path).toEqual(["respondedOn"]);
  });
});
