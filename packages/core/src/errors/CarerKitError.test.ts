import { describe, expect, it } from "vitest";
import { CarerKitError } from "./CarerKitError.ts";
import { isCarerKitError } from "./isCarerKitError.ts";

/** A second, separately evaluated copy of the module, as a CJS build or a duplicate install is. */
async function secondCopy(): Promise<typeof CarerKitError> {
  // A query string makes the bundler evaluate the file again as a distinct module.
  const specifier = "./CarerKitError.ts?second-copy";
  const module = (await import(/* @vite-ignore */ specifier)) as {
    CarerKitError: typeof CarerKitError;
  };
  return module.CarerKitError;
}

describe("CarerKitError", () => {
  it("is recognised by instanceof and isCarerKitError across two copies of the module", async () => {
    const Other = await secondCopy();
    expect(Other).not.toBe(CarerKitError);
    const fromOther = new Other("invalid_input", "x: expected a string");
    expect(fromOther instanceof CarerKitError).toBe(true);
    expect(isCarerKitError(fromOther)).toBe(true);
    expect(new CarerKitError("invalid_input", "y") instanceof Other).toBe(true);
  });

  it("is not claimed by plain errors or look-alikes", () => {
    const lookAlike = Object.assign(new Error("x"), { name: "CarerKitError", issues: [] });
    for (const value of [lookAlike, new TypeError("x"), null, undefined, "CarerKitError", {}]) {
      expect(value instanceof CarerKitError).toBe(false);
      expect(isCarerKitError(value)).toBe(false);
    }
  });

  it("keeps the ordinary instanceof check for a subclass", () => {
    class Narrower extends CarerKitError {}
    expect(new Narrower("invalid_input", "x") instanceof Narrower).toBe(true);
    expect(new CarerKitError("invalid_input", "x") instanceof Narrower).toBe(false);
    expect(new Narrower("invalid_input", "x") instanceof CarerKitError).toBe(true);
  });

  it("still carries its code, issues, cause, name and stack", () => {
    const cause = new Error("zod");
    const issue = { code: "invalid_type", message: "a: expected a string", path: ["a"] };
    const error = new CarerKitError("invalid_input", "summary", { issues: [issue], cause });
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name: "CarerKitError", code: "invalid_input", issues: [issue] });
    expect(error.cause).toBe(cause);
    const brand = Object.getOwnPropertyDescriptor(
      error,
      Symbol.for("@carerkit/core:CarerKitError"),
    );
    expect(brand).toMatchObject({ value: true, enumerable: false, writable: false });
  });
});
