// Every public function is run on deep-frozen input (writes throw in strict mode) and its input
// is compared with a copy taken before the call.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { VALID_INPUT } from "../__fixtures__/arbitraries.ts";
import { deepFreeze } from "../../../../scripts/test/deepFreeze.ts";
import { PARSERS } from "../__fixtures__/parsers.ts";
import {
  SYNTHETIC_CARER,
  SYNTHETIC_CONSENT,
  SYNTHETIC_RELATIONSHIP,
} from "../__fixtures__/synthetic.ts";
import { calculateAge } from "../age/calculateAge.ts";
import { classifyCarer } from "../age/classifyCarer.ts";
import { parseCarer } from "../carer/parseCarer.ts";
import { canShare } from "../consent/canShare.ts";
import { parseConsent } from "../consent/parseConsent.ts";
import { pseudonymise } from "../privacy/pseudonymise.ts";
import { redactCarer } from "../privacy/redactCarer.ts";
import { endCaringRelationship } from "../relationship/endCaringRelationship.ts";
import { parseCaringRelationship } from "../relationship/parseCaringRelationship.ts";
import { deserialise } from "../serialisation/deserialise.ts";
import { serialise } from "../serialisation/serialise.ts";

const KEY = "synthetic-export-key-for-tests-only-0001";

function expectUnchanged<T>(input: T, run: (frozen: T) => unknown): void {
  const before = structuredClone(input);
  const frozen = deepFreeze(input);
  run(frozen);
  expect(frozen).toEqual(before);
}

describe("no function mutates its input", () => {
  it.each(PARSERS)(
    "the $kind parsers and serialisation leave frozen input alone",
    ({ kind, parse, safeParse }) => {
      fc.assert(
        fc.property(VALID_INPUT[kind], (input) => {
          expectUnchanged(input, (frozen) => {
            const parsed = parse(frozen);
            safeParse(frozen);
            expectUnchanged(parsed, (entity) =>
              deserialise(serialise(kind, entity as never), kind),
            );
          });
        }),
        { numRuns: 50 },
      );
    },
  );

  it("the helpers leave frozen entities, lists and options alone", () => {
    const carer = parseCarer(SYNTHETIC_CARER);
    const relationship = parseCaringRelationship(SYNTHETIC_RELATIONSHIP);
    const consent = parseConsent(SYNTHETIC_CONSENT);
    expectUnchanged({ carer, relationships: [relationship] }, ({ carer: c, relationships }) =>
      endCaringRelationship(c, relationships, {
        relationshipId: relationship.id,
        endDate: "2026-10-14",
        endReason: "death",
      }),
    );
    expectUnchanged(
      {
        consents: [consent, { ...consent, withdrawnAt: "2026-07-01T00:00:00Z" }],
        request: {
          subjectId: consent.subjectId,
          purpose: consent.purpose,
          recipientId: "m-2",
          categories: ["care_plan" as const],
        },
      },
      ({ consents, request }) => canShare(consents, request, "2026-08-01T00:00:00Z"),
    );
    expectUnchanged({ carer, options: { asOf: "2026-11-22" } }, ({ carer: c, options }) =>
      redactCarer(c, KEY, options),
    );
    expectUnchanged({ adultFromAge: 16 }, (options) =>
      classifyCarer(calculateAge("2010-01-01", "2026-01-01"), options),
    );
    const keyBytes = new Uint8Array(32).fill(7);
    pseudonymise("carer-0001", keyBytes);
    expect(keyBytes).toEqual(new Uint8Array(32).fill(7));
    const options = deepFreeze({ migrate: (document: { data: unknown }) => document.data });
    const old = JSON.stringify({ schemaVersion: 0, kind: "carer", data: SYNTHETIC_CARER });
    expect(deserialise(old, "carer", options).success).toBe(true);
  });
});
