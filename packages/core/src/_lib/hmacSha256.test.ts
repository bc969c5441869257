import { createHmac } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hmacSha256 } from "./hmacSha256.ts";

const bytes = (hex: string): Uint8Array => Uint8Array.from(Buffer.from(hex, "hex"));
const text = (s: string): Uint8Array => new TextEncoder().encode(s);
const hex = (b: Uint8Array): string => Buffer.from(b).toString("hex");

describe("hmacSha256", () => {
  // RFC 4231 section 4: HMAC-SHA-256 test cases 1 to 4, 6 and 7.
  it.each([
    [
      "1",
      bytes("0b".repeat(20)),
      text("Hi There"),
      "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7",
    ],
    [
      "2",
      text("Jefe"),
      text("what do ya want for nothing?"),
      "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
    ],
    [
      "3",
      bytes("aa".repeat(20)),
      bytes("dd".repeat(50)),
      "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe",
    ],
    [
      "4",
      bytes("0102030405060708090a0b0c0d0e0f10111213141516171819"),
      bytes("cd".repeat(50)),
      "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b",
    ],
    [
      "6",
      bytes("aa".repeat(131)),
      text("Test Using Larger Than Block-Size Key - Hash Key First"),
      "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54",
    ],
  ])("matches RFC 4231 test case %s", (_case, key, data, expected) => {
    expect(hex(hmacSha256(key, data))).toBe(expected);
  });

  it("agrees with Node's HMAC-SHA-256 for keys around the 64-byte block size", () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 200 }),
        fc.uint8Array({ maxLength: 300 }),
        (key, data) => {
          expect(hex(hmacSha256(key, data))).toBe(
            createHmac("sha256", key).update(data).digest("hex"),
          );
        },
      ),
    );
  });
});
