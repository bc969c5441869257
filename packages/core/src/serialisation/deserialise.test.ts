import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { VALID_INPUT } from "../__fixtures__/arbitraries.ts";
import { PARSERS } from "../__fixtures__/parsers.ts";
import { SYNTHETIC_CARER } from "../__fixtures__/synthetic.ts";
import { parseCarer } from "../carer/parseCarer.ts";
import { deserialise } from "./deserialise.ts";
import { SCHEMA_VERSION } from "./entities.ts";
import { serialise } from "./serialise.ts";

const carer = parseCarer(SYNTHETIC_CARER);

describe.each(PARSERS)("serialising a $kind", ({ kind, parse }) => {
  it("is the identity: parse, serialise, deserialise and parse again give the same entity", () => {
    fc.assert(
      fc.property(VALID_INPUT[kind], (input) => {
        const parsed = parse(input);
        const json = serialise(kind, parsed as never);
        const back = deserialise(json, kind);
        expect(back).toEqual({ success: true, data: parsed });
        expect(parse(JSON.parse(JSON.stringify(parsed)))).toEqual(parsed);
        if (back.success) expect(serialise(kind, back.data as never)).toBe(json);
      }),
      { numRuns: 200 },
    );
  });
});

describe("serialise and deserialise", () => {
  it("write a versioned envelope", () => {
    const document = JSON.parse(serialise("carer", carer)) as Record<string, unknown>;
    expect(Object.keys(document)).toEqual(["schemaVersion", "kind", "data"]);
    expect(document["schemaVersion"]).toBe(SCHEMA_VERSION);
    expect(document["kind"]).toBe("carer");
  });

  it("refuse text that is not JSON", () => {
    expect(deserialise("{", "carer")).toMatchObject({ error: [{ code: "invalid_json" }] });
  });

  it("refuse a document of another kind", () => {
    const result = deserialise(serialise("carer", carer), "goal");
    expect(!result.success && result.error[0]?.message).toBe(
      'kind: expected "goal", got another kind',
    );
  });

  it("refuse a document from a newer release rather than guess", () => {
    const newer = JSON.stringify({ schemaVersion: SCHEMA_VERSION + 1, kind: "carer", data: carer });
    expect(deserialise(newer, "carer")).toMatchObject({ error: [{ code: "unsupported_version" }] });
  });

  it("pass older documents through the migration hook, then parse the result", () => {
    const withoutStatus = Object.fromEntries(
      Object.entries(carer).filter(([key]) => key !== "status"),
    );
    const old = JSON.stringify({
      schemaVersion: 0,
      kind: "carer",
      data: { ...withoutStatus, active: true },
    });
    expect(deserialise(old, "carer")).toMatchObject({ error: [{ code: "unsupported_version" }] });
    const result = deserialise(old, "carer", {
      migrate: (document) => {
        const { active, ...rest } = document.data as Record<string, unknown>;
        return { ...rest, status: active === true ? "active" : "former" };
      },
    });
    expect(result).toEqual({ success: true, data: carer });
  });

  it("report a migration that throws as migration_failed", () => {
    const old = JSON.stringify({ schemaVersion: 0, kind: "carer", data: {} });
    const result = deserialise(old, "carer", {
      migrate: () => {
        throw new Error("boom");
      },
    });
    expect(result).toMatchObject({ error: [{ code: "migration_failed" }] });
  });

  it("put data in front of the path of a field problem", () => {
    const bad = JSON.stringify({
      schemaVersion: 1,
      kind: "carer",
      data: { ...carer, status: "gone" },
    });
    const result = deserialise(bad, "carer");
    expect(!result.success && result.error[0]).toEqual({
      code: "invalid_value",
      message:
        'data.status: expected one of "active", "former", "bereaved", got a string of 4 characters',
      path: ["data", "status"],
    });
  });

  it("never crash on any text", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const result = deserialise(text, "consent");
        expect(typeof result.success).toBe("boolean");
      }),
    );
  });
});
