import { describe, expect, it } from "vitest";
import { SYNTHETIC_CIRCLE } from "../__fixtures__/synthetic.ts";
import { parseCareCircle } from "./parseCareCircle.ts";
import { safeParseCareCircle } from "./safeParseCareCircle.ts";

describe("parseCareCircle and safeParseCareCircle", () => {
  it("accept family, professional and community members around the cared-for person", () => {
    const circle = parseCareCircle(SYNTHETIC_CIRCLE);
    expect(circle.caredForId).toBe("person-0001");
    expect(circle.members.map((m) => m.kind)).toEqual(["family", "professional", "community"]);
  });

  it("name the kind field of a member whose kind is unknown, listing the kinds", () => {
    const result = safeParseCareCircle({
      ...SYNTHETIC_CIRCLE,
      members: [{ kind: "cousin", id: "m-9", name: "Jo", mayView: [] }],
    });
    expect(!result.success && result.error[0]).toEqual({
      code: "invalid_union",
      message:
        'members[0].kind: expected one of "family", "friend", "professional", "community", got a string of 6 characters',
      path: ["members", 0, "kind"],
    });
  });

  it("require a professional's role", () => {
    const result = safeParseCareCircle({
      ...SYNTHETIC_CIRCLE,
      members: [{ kind: "professional", id: "m-9", name: "Nurse", mayView: [] }],
    });
    expect(!result.success && result.error[0]?.path).toEqual(["members", 0, "role"]);
  });
});
