// Input that only a database refused before issue 12: control characters, lone surrogates,
// prototype-named keys and impossible dates, each now a typed issue naming its field.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  SYNTHETIC_CARED_FOR,
  SYNTHETIC_CARER,
  SYNTHETIC_CHECK_IN,
  SYNTHETIC_RELATIONSHIP,
} from "../__fixtures__/synthetic.ts";
import { parseCaredForPerson } from "../caredFor/parseCaredForPerson.ts";
import { safeParseCaredForPerson } from "../caredFor/safeParseCaredForPerson.ts";
import { parseCarer } from "../carer/parseCarer.ts";
import { safeParseCarer } from "../carer/safeParseCarer.ts";
import { parseCheckIn } from "../checkIn/parseCheckIn.ts";
import { safeParseCheckIn } from "../checkIn/safeParseCheckIn.ts";
import { checkDatesNotAfter } from "../dates/checkDatesNotAfter.ts";
import { isCarerKitError } from "../errors/isCarerKitError.ts";
import { checkRelationshipDates } from "../relationship/checkRelationshipDates.ts";
import { parseCaringRelationship } from "../relationship/parseCaringRelationship.ts";
import { deserialise } from "../serialisation/deserialise.ts";
import { serialise } from "../serialisation/serialise.ts";

const ASOF = "2026-12-03";

function issuesOf(result: {
  success: boolean;
  error?: unknown;
}): { code: string; message: string; path?: unknown }[] {
  expect(result.success).toBe(false);
  return result.error as { code: string; message: string; path?: unknown }[];
}

describe("text fields", () => {
  it("refuse a NUL in a name, naming the field and the position but not the text", () => {
    const issues = issuesOf(
      safeParseCarer({ ...SYNTHETIC_CARER, name: { full: "Sam\u0000Secret" } }),
    );
    expect(issues).toEqual([
      {
        code: "control_character",
        message: "name.full: expected text without control characters, got U+0000 at position 4",
        path: ["name", "full"],
      },
    ]);
  });

  it("refuse a lone surrogate anywhere, high or low", () => {
    for (const bad of ["ab\uD800", "\uDC00ab", "a\uDBFFb"]) {
      const issues = issuesOf(safeParseCarer({ ...SYNTHETIC_CARER, notes: bad }));
      expect(issues[0]?.code).toBe("lone_surrogate");
      expect(issues[0]?.path).toEqual(["notes"]);
    }
  });

  it("accept a surrogate pair (an emoji) and line breaks in a note, but no line break in a name", () => {
    expect(safeParseCarer({ ...SYNTHETIC_CARER, notes: "Likes 🐈\r\n\tand tea" }).success).toBe(
      true,
    );
    const issues = issuesOf(safeParseCarer({ ...SYNTHETIC_CARER, name: { full: "Sam\nSample" } }));
    expect(issues[0]).toMatchObject({ code: "control_character", path: ["name", "full"] });
  });

  it("refuse DEL and control characters in ids, postcodes, phones, emails, NHS numbers and codes", () => {
    const cases: [unknown, readonly (string | number)[]][] = [
      [safeParseCarer({ ...SYNTHETIC_CARER, id: "carer\u007F1" }), ["id"]],
      [safeParseCarer({ ...SYNTHETIC_CARER, postcode: "ZZ99\u00009ZZ" }), ["postcode"]],
      [
        safeParseCarer({ ...SYNTHETIC_CARER, contact: { phone: "01632\u0000960001" } }),
        ["contact", "phone"],
      ],
      [
        safeParseCaredForPerson({ ...SYNTHETIC_CARED_FOR, nhsNumber: "943\u00004765919" }),
        ["nhsNumber"],
      ],
      [
        safeParseCaredForPerson({
          ...SYNTHETIC_CARED_FOR,
          conditions: [{ category: "dementia", snomedCode: "5244\u00008006" }],
        }),
        ["conditions", 0, "snomedCode"],
      ],
    ];
    for (const [result, path] of cases) {
      const issues = issuesOf(result as { success: boolean });
      expect(issues.map((i) => [i.code, i.path])).toContainEqual(["control_character", path]);
    }
    const email = issuesOf(
      safeParseCarer({ ...SYNTHETIC_CARER, contact: { email: "a\u0000@example.org" } }),
    );
    expect(email[0]?.path).toEqual(["contact", "email"]);
  });

  it("never let a string with a control character or lone surrogate through, nor echo it", () => {
    const bad = fc.constantFrom("\u0000", "\u0001", "\u001F", "\u007F", "\uD800", "\uDFFF");
    fc.assert(
      fc.property(
        fc.string({ maxLength: 20 }),
        bad,
        fc.string({ maxLength: 20 }),
        (before, c, after) => {
          const text = `Secret${before}${c}${after}`;
          const issues = issuesOf(safeParseCarer({ ...SYNTHETIC_CARER, notes: text }));
          expect(["control_character", "lone_surrogate"]).toContain(issues[0]?.code);
          for (const issue of issues) expect(issue.message).not.toContain("Secret");
        },
      ),
    );
  });
});

describe("prototype-named keys", () => {
  it.each(["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf"])(
    "refuse a top-level or nested own key %s, as JSON.parse makes it",
    (key) => {
      const top = JSON.parse(`{"${key}": {"polluted": true}}`) as object;
      expect(Object.hasOwn(top, key)).toBe(true);
      const issues = issuesOf(safeParseCarer({ ...SYNTHETIC_CARER, ...top }));
      expect(issues).toEqual([expect.objectContaining({ code: "unrecognized_keys", path: [] })]);
      const nested = issuesOf(safeParseCarer({ ...SYNTHETIC_CARER, contact: top }));
      expect(nested).toEqual([
        expect.objectContaining({ code: "unrecognized_keys", path: ["contact"] }),
      ]);
    },
  );
});

describe("dates", () => {
  it("refuse a date of birth before 1900 or after 2200, with or without asOf", () => {
    for (const dateOfBirth of ["1899-12-31", "2201-01-01"]) {
      const issues = issuesOf(safeParseCarer({ ...SYNTHETIC_CARER, dateOfBirth }));
      expect(issues).toEqual([
        {
          code: "out_of_span",
          message:
            "dateOfBirth: expected a date from 1900-01-01 to 2200-12-31, got one outside that span",
          path: ["dateOfBirth"],
        },
      ]);
    }
    expect(safeParseCarer({ ...SYNTHETIC_CARER, dateOfBirth: "1900-01-01" }).success).toBe(true);
  });

  it("refuse a date of birth or identification date after asOf, naming the field but not the date", () => {
    const carer = { ...SYNTHETIC_CARER, dateOfBirth: "2027-01-02", identifiedOn: "2026-12-04" };
    expect(safeParseCarer(carer).success).toBe(true);
    const issues = issuesOf(safeParseCarer(carer, { asOf: ASOF }));
    expect(issues).toEqual([
      {
        code: "date_in_future",
        message: "dateOfBirth: expected a date on or before 2026-12-03 (asOf), got a later one",
        path: ["dateOfBirth"],
      },
      expect.objectContaining({ code: "date_in_future", path: ["identifiedOn"] }),
    ]);
    expect(JSON.stringify(issues)).not.toContain("2027-01-02");
    expect(
      safeParseCarer({ ...carer, dateOfBirth: ASOF, identifiedOn: ASOF }, { asOf: ASOF }).success,
    ).toBe(true);
  });

  it("refuse a check-in dated after asOf, and a cared-for person born or died after it", () => {
    const checkIn = issuesOf(
      safeParseCheckIn({ ...SYNTHETIC_CHECK_IN, date: "2026-12-04" }, { asOf: ASOF }),
    );
    expect(checkIn[0]).toMatchObject({ code: "date_in_future", path: ["date"] });
    const person = issuesOf(
      safeParseCaredForPerson({ ...SYNTHETIC_CARED_FOR, diedOn: "2027-03-01" }, { asOf: ASOF }),
    );
    expect(person[0]).toMatchObject({ code: "date_in_future", path: ["diedOn"] });
  });

  it("throw invalid_argument for an asOf that is not a date, in parse and safeParse alike", () => {
    for (const call of [
      () => parseCarer(SYNTHETIC_CARER, { asOf: "03/12/2026" }),
      () => safeParseCarer(SYNTHETIC_CARER, { asOf: "2026-02-30" }),
    ]) {
      try {
        call();
        expect.unreachable();
      } catch (error) {
        expect(isCarerKitError(error) && error.code).toBe("invalid_argument");
      }
    }
  });

  it("throw invalid_input from parseCarer for a future date of birth", () => {
    expect(() =>
      parseCarer({ ...SYNTHETIC_CARER, dateOfBirth: "2030-01-01" }, { asOf: ASOF }),
    ).toThrow(
      "Invalid Carer: dateOfBirth: expected a date on or before 2026-12-03 (asOf), got a later one",
    );
  });

  it("pass asOf through deserialise", () => {
    const json = serialise("carer", parseCarer({ ...SYNTHETIC_CARER, identifiedOn: "2026-12-10" }));
    expect(deserialise(json, "carer").success).toBe(true);
    const issues = issuesOf(deserialise(json, "carer", { asOf: ASOF }));
    expect(issues[0]).toMatchObject({ code: "date_in_future", path: ["data", "identifiedOn"] });
  });

  it("check any record's dates, such as an assessment's, with checkDatesNotAfter", () => {
    expect(checkDatesNotAfter({ assessedOn: "2027-01-04" }, ["assessedOn"], ASOF)).toEqual([
      {
        code: "date_in_future",
        message: "assessedOn: expected a date on or before 2026-12-03 (asOf), got a later one",
        path: ["assessedOn"],
      },
    ]);
    expect(
      checkDatesNotAfter(
        { assessedOn: ASOF, other: "2099-01-01" },
        ["assessedOn", "missing"],
        ASOF,
      ),
    ).toEqual([]);
    expect(() => checkDatesNotAfter({}, [], "today")).toThrow(/asOf/);
  });
});

describe("checkRelationshipDates", () => {
  const relationship = parseCaringRelationship(SYNTHETIC_RELATIONSHIP);

  it("refuses caring that starts before the carer was born", () => {
    expect(checkRelationshipDates(relationship, { carer: { dateOfBirth: "2023-05-01" } })).toEqual([
      {
        code: "starts_before_birth",
        message:
          "startDate: expected a date on or after the carer's dateOfBirth, got an earlier one",
        path: ["startDate"],
      },
    ]);
  });

  it("checks the end date and the cared-for person's birth too, and skips what is not known", () => {
    const ended = {
      ...relationship,
      startDate: undefined,
      endDate: "2024-01-01",
      endReason: "other" as const,
    };
    expect(checkRelationshipDates(ended, { caredFor: { dateOfBirth: "2024-06-01" } })).toEqual([
      expect.objectContaining({ code: "starts_before_birth", path: ["endDate"] }),
    ]);
    expect(checkRelationshipDates(relationship, { carer: parseCarer(SYNTHETIC_CARER) })).toEqual(
      [],
    );
    expect(checkRelationshipDates(relationship, {})).toEqual([]);
  });
});

describe("parse options from JavaScript", () => {
  it.each([
    ["parseCarer", () => parseCarer({}, null as never)],
    ["safeParseCarer", () => safeParseCarer({}, null as never)],
    ["parseCaredForPerson", () => parseCaredForPerson({}, null as never)],
    ["safeParseCaredForPerson", () => safeParseCaredForPerson({}, null as never)],
    ["parseCheckIn", () => parseCheckIn({}, null as never)],
    ["safeParseCheckIn", () => safeParseCheckIn({}, null as never)],
  ])("%s refuses null options with invalid_argument naming options", (fn, call) => {
    expect(call).toThrow(
      expect.objectContaining({
        code: "invalid_argument",
        issues: [expect.objectContaining({ path: ["options"] })],
      }),
    );
    expect(call).toThrow(new RegExp(`^${fn}: options must be a plain object`));
  });
});
