import { createHmac } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pseudonymise } from "./pseudonymise.ts";

const hex = (text: string): Uint8Array => Uint8Array.from(Buffer.from(text, "hex"));

describe("pseudonymise", () => {
  // RFC 4231 HMAC-SHA-256 test cases 6 and 7: the ones with keys of 32 bytes or more.
  it("matches RFC 4231 test case 6 (131-byte key)", () => {
    const key = new Uint8Array(131).fill(0xaa);
    expect(pseudonymise("Test Using Larger Than Block-Size Key - Hash Key First", key)).toBe(
      "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54",
    );
  });

  it("matches RFC 4231 test case 7 (131-byte key, long data)", () => {
    const key = new Uint8Array(131).fill(0xaa);
    const data =
      "This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm.";
    expect(pseudonymise(data, key)).toBe(
      "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2",
    );
  });

  it("agrees with Node's own HMAC-SHA-256 for any value and key", () => {
    fc.assert(
      fc.property(fc.string(), fc.uint8Array({ minLength: 32, maxLength: 100 }), (value, key) => {
        expect(pseudonymise(value, key)).toBe(
          createHmac("sha256", key).update(value, "utf8").digest("hex"),
        );
      }),
    );
  });

  it("treats a text key as its UTF-8 bytes", () => {
    const key = "a text key that is long enough – ✓ 32 bytes+";
    expect(pseudonymise("9990000018", key)).toBe(
      createHmac("sha256", Buffer.from(key, "utf8")).update("9990000018").digest("hex"),
    );
  });

  it("gives different pseudonyms under different keys", () => {
    const a = pseudonymise("carer-0001", hex("00".repeat(32)));
    const b = pseudonymise("carer-0001", hex("01".repeat(32)));
    expect(a).not.toBe(b);
  });

  it("refuses keys shorter than 32 bytes, naming the key but not showing it", () => {
    expect(() => pseudonymise("x", "short-secret")).toThrow(
      "key: expected at least 32 bytes, got 12",
    );
  });

  it("refuses a value that is not a string with the guard's invalid_argument, describing only its shape", () => {
    expect(() => pseudonymise(9990000018 as never, "k".repeat(32))).toThrow(
      expect.objectContaining({
        code: "invalid_argument",
        message: "pseudonymise: value must be a string; received a number",
        issues: [
          {
            code: "invalid_argument",
            message: "pseudonymise: value must be a string; received a number",
            path: ["value"],
          },
        ],
      }),
    );
  });
});
