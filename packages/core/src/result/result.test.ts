import { describe, expect, expectTypeOf, it } from "vitest";
import { err, ok, type Result } from "./result.ts";

describe("ok and err", () => {
  it("ok wraps data as a success", () => {
    expect(ok(3)).toEqual({ success: true, data: 3 });
  });

  it("err wraps an error as a failure", () => {
    expect(err({ code: "x", message: "m" })).toEqual({
      success: false,
      error: { code: "x", message: "m" },
    });
  });

  it("narrows on success so data and error are never both reachable", () => {
    const result: Result<number> = ok(1);
    if (result.success) expectTypeOf(result.data).toEqualTypeOf<number>();
    else expectTypeOf(result.error.code).toEqualTypeOf<string>();
  });
});
