import { describe, expect, it } from "vitest";
import { SYNTHETIC_CARER } from "../__fixtures__/synthetic.ts";
import { isCarerKitError } from "../errors/isCarerKitError.ts";
import { parseCarer } from "./parseCarer.ts";
import { safeParseCarer } from "./safeParseCarer.ts";

describe("parseCarer and safeParseCarer", () => {
  it("accept a full synthetic carer and normalise the postcode", () => {
    const carer = parseCarer(SYNTHETIC_CARER);
    expect(carer.postcode).toBe("ZZ99 9ZZ");
    expect(carer.name.full).toBe("Sam Sample");
  });

  it("reject a malformed postcode, naming the postcode field without repeating it", () => {
    const result = safeParseCarer({ ...SYNTHETIC_CARER, postcode: "ZZ99 9Z" });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error).toEqual([
      {
        code: "postcode_format",
        message:
          'postcode: expected a UK postcode such as "EC1A 1BB", got a string of 7 characters',
        path: ["postcode"],
      },
    ]);
  });

  it("report every problem at once, each with its own path", () => {
    const result = safeParseCarer({
      ...SYNTHETIC_CARER,
      status: "deceased",
      identifiedOn: "2026-02-30",
      employment: ["astronaut"],
      contact: { emial: "x" },
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    const messages = result.error.map((issue) => issue.message);
    expect(messages).toContain(
      'status: expected one of "active", "former", "bereaved", got a string of 8 characters',
    );
    expect(messages).toContain(
      "identifiedOn: expected a real date as YYYY-MM-DD, got a string of 10 characters",
    );
    expect(messages.some((m) => m.startsWith("employment[0]: expected one of"))).toBe(true);
    expect(messages).toContain('contact: expected only known fields, got unknown key "emial"');
  });

  it("never repeats a name or a date of birth in a message", () => {
    const result = safeParseCarer({
      ...SYNTHETIC_CARER,
      name: { full: 42, preferred: "" },
      dateOfBirth: "09/04/1961",
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    const text = result.error.map((issue) => issue.message).join("\n");
    expect(text).toContain("name.full: expected a string, got a number");
    expect(text).not.toContain("42");
    expect(text).toContain(
      "dateOfBirth: expected a real date as YYYY-MM-DD, got a string of 10 characters",
    );
    expect(text).not.toContain("09/04/1961");
  });

  it("throws a CarerKitError listing the issues from parseCarer", () => {
    try {
      parseCarer({ ...SYNTHETIC_CARER, id: "" });
      expect.unreachable();
    } catch (error) {
      expect(isCarerKitError(error)).toBe(true);
      if (!isCarerKitError(error)) return;
      expect(error.code).toBe("invalid_input");
      expect(error.message).toBe(
        "Invalid Carer: id: expected at least 1 character, got a string of 0 characters",
      );
      expect(error.issues[0]?.path).toEqual(["id"]);
      expect(error.cause).toBeUndefined();
    }
  });

  it("names a missing required field", () => {
    const withoutStatus = Object.fromEntries(
      Object.entries(SYNTHETIC_CARER).filter(([key]) => key !== "status"),
    );
    const result = safeParseCarer(withoutStatus);
    expect(!result.success && result.error[0]?.message).toBe(
      'status: expected one of "active", "former", "bereaved", got nothing',
    );
  });
});
