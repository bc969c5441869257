import * as fc from "fast-check";
import { evaluate } from "fhirpath";
import r4 from "fhirpath/fhir-context/r4";
import { describe, expect, it } from "vitest";
import { uniform } from "../__fixtures__/answers.ts";
import { BUILT_IN_INSTRUMENTS } from "../instruments/builtInInstruments.ts";
import { PHQ2 } from "../instruments/phq2.ts";
import { PHQ4 } from "../instruments/phq4.ts";
import { PHQ9 } from "../instruments/phq9.ts";
import { SWEMWBS } from "../instruments/swemwbs.ts";
import { ZBI22 } from "../instruments/zarit.ts";
import { testInstrument } from "../__fixtures__/testInstrument.ts";
import { defineInstrument } from "../instrument/defineInstrument.ts";
import { scoreInstrument } from "../instrument/scoreInstrument.ts";
import type { Instrument } from "../instrument/types/instrument.ts";
import type { InstrumentResponses } from "../instrument/types/item.ts";
import { fromFhirQuestionnaireResponse } from "./fromFhirQuestionnaireResponse.ts";
import { toFhirObservation } from "./toFhirObservation.ts";
import { toFhirQuestionnaire } from "./toFhirQuestionnaire.ts";
import { toFhirQuestionnaireResponse } from "./toFhirQuestionnaireResponse.ts";
import type { FhirQuestionnaireResponseItem } from "./types.ts";

const REVERSED = defineInstrument(
  testInstrument({
    id: "reversed_mean",
    items: ["a", "b", "c", "d"].map((id) => ({
      id,
      options: [1, 2, 3, 4, 5].map((value) => ({ value })),
    })),
    reverseScored: ["b", "d"],
    subscales: [{ id: "bd", label: "B and D", items: ["b", "d"], method: "sum" }],
    total: { method: "mean", label: "Mean" },
    missing: { kind: "require_all" },
  }),
);

const BUILT_INS: readonly Instrument[] = [...BUILT_IN_INSTRUMENTS, REVERSED];

/** Any complete, valid set of answers for an instrument. */
function completeAnswers(instrument: Instrument): fc.Arbitrary<InstrumentResponses> {
  return fc
    .tuple(...instrument.items.map((item) => fc.constantFrom(...item.options!.map((o) => o.value))))
    .map((values) =>
      Object.fromEntries(values.map((value, i) => [instrument.items[i]!.id, value])),
    );
}

/** Any valid answers, some items left out. */
function partialAnswers(instrument: Instrument): fc.Arbitrary<InstrumentResponses> {
  return fc
    .tuple(
      ...instrument.items.map((item) =>
        fc.option(fc.constantFrom(...item.options!.map((o) => o.value)), { nil: undefined }),
      ),
    )
    .map((values) =>
      Object.fromEntries(
        values.flatMap((value, i) =>
          value === undefined ? [] : [[instrument.items[i]!.id, value]],
        ),
      ),
    );
}

function calculated(questionnaire: ReturnType<typeof toFhirQuestionnaire>, linkId: string): string {
  const expression = questionnaire.item.find((item) => item.linkId === linkId)?.extension?.[0]
    ?.valueExpression?.expression;
  if (expression === undefined) throw new Error(`no calculated expression on ${linkId}`);
  return expression;
}

describe("toFhirQuestionnaire", () => {
  it("emits choice items whose answerOptions carry itemWeight and ordinalValue", () => {
    const q = toFhirQuestionnaire(PHQ9);
    expect(q.url).toBe("urn:carerkit:fhir/Questionnaire/phq9");
    expect(q.copyright).toMatch(/Pfizer/);
    expect(q.item[0]).toMatchObject({
      linkId: "phq9_1",
      type: "choice",
      text: "Little interest or pleasure in doing things",
    });
    expect(q.item[0]!.answerOption![2]).toEqual({
      valueCoding: {
        system: "urn:carerkit:fhir/CodeSystem/phq9-answers",
        code: "2",
        display: "More than half the days",
      },
      extension: [
        { url: "http://hl7.org/fhir/StructureDefinition/itemWeight", valueDecimal: 2 },
        { url: "http://hl7.org/fhir/StructureDefinition/ordinalValue", valueDecimal: 2 },
      ],
    });
    expect(q.item.at(-1)).toMatchObject({ linkId: "phq9_total", type: "integer", readOnly: true });
  });

  it("puts no wording in the Questionnaire of a licence-restricted instrument", () => {
    const q = toFhirQuestionnaire(ZBI22);
    expect(q.item.slice(0, 22).every((item) => item.text === undefined)).toBe(true);
    expect(
      q.item
        .slice(0, 22)
        .every((item) => item.answerOption!.every((o) => o.valueCoding.display === undefined)),
    ).toBe(true);
  });

  it("weights reverse-scored options in reverse", () => {
    const weights = toFhirQuestionnaire(REVERSED).item[1]!.answerOption!.map(
      (o) => o.extension![0]!.valueDecimal,
    );
    expect(weights).toEqual([5, 4, 3, 2, 1]);
  });
});

describe("the emitted calculatedExpression, evaluated by the fhirpath package", () => {
  it.each(BUILT_INS.map((instrument) => [instrument.id, instrument] as const))(
    "%s: equals scoreInstrument's total (and subscales) for any complete response",
    (_, instrument) => {
      const questionnaire = toFhirQuestionnaire(instrument);
      fc.assert(
        fc.property(completeAnswers(instrument), (responses) => {
          const qr = toFhirQuestionnaireResponse(instrument, responses);
          const score = scoreInstrument(instrument, responses);
          if (!qr.success || !score.success) return false;
          // As an SDC form filler does: %resource is the response being filled, %questionnaire its form.
          const env = { resource: qr.data, questionnaire } as Record<string, unknown>;
          const [total] = evaluate(
            qr.data,
            calculated(questionnaire, `${instrument.id}_total`),
            env,
            r4,
          ) as number[];
          expect(total).toBeCloseTo(score.data.total, 10);
          for (const subscale of score.data.subscales) {
            const [value] = evaluate(
              qr.data,
              calculated(questionnaire, `${instrument.id}_subscale_${subscale.id}`),
              env,
              r4,
            ) as number[];
            expect(value).toBeCloseTo(subscale.score, 10);
          }
          return true;
        }),
        { numRuns: 25 },
      );
    },
  );
});

describe("numeric items", () => {
  const HOURS = defineInstrument(
    testInstrument({
      id: "hours",
      items: [
        { id: "hours_week", range: { min: 0, max: 168, integer: true } },
        { id: "worry", options: [0, 1, 2].map((value) => ({ value })) },
      ],
      total: { method: "sum", label: "Total" },
      missing: { kind: "require_all" },
    }),
  );

  it("emit integer items with minValue and maxValue, sum in the calculated expression and round-trip", () => {
    const questionnaire = toFhirQuestionnaire(HOURS);
    expect(questionnaire.item[0]).toMatchObject({
      linkId: "hours_week",
      type: "integer",
      extension: [
        { url: "http://hl7.org/fhir/StructureDefinition/minValue", valueInteger: 0 },
        { url: "http://hl7.org/fhir/StructureDefinition/maxValue", valueInteger: 168 },
      ],
    });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 168 }), fc.constantFrom(0, 1, 2), (hours, worry) => {
        const responses = { hours_week: hours, worry };
        const qr = toFhirQuestionnaireResponse(HOURS, responses);
        const score = scoreInstrument(HOURS, responses);
        if (!qr.success || !score.success) return false;
        expect(fromFhirQuestionnaireResponse(HOURS, qr.data)).toEqual({
          success: true,
          data: responses,
        });
        const env = { resource: qr.data, questionnaire } as Record<string, unknown>;
        const [total] = evaluate(
          qr.data,
          calculated(questionnaire, "hours_total"),
          env,
          r4,
        ) as number[];
        expect(total).toBe(score.data.total);
        return true;
      }),
      { numRuns: 50 },
    );
  });
});

describe("QuestionnaireResponse round trip", () => {
  it.each(BUILT_INS.map((instrument) => [instrument.id, instrument] as const))(
    "%s: responses → QuestionnaireResponse → responses is lossless",
    (_, instrument) => {
      fc.assert(
        fc.property(partialAnswers(instrument), (responses) => {
          const qr = toFhirQuestionnaireResponse(instrument, responses);
          expect(qr.success).toBe(true);
          if (!qr.success) return;
          expect(fromFhirQuestionnaireResponse(instrument, qr.data)).toEqual({
            success: true,
            data: responses,
          });
          // and through JSON, as it would travel
          const travelled = JSON.parse(JSON.stringify(qr.data)) as typeof qr.data;
          expect(fromFhirQuestionnaireResponse(instrument, travelled)).toEqual({
            success: true,
            data: responses,
          });
        }),
        { numRuns: 30 },
      );
    },
  );

  it("marks a complete response completed and a partial one in-progress", () => {
    const complete = toFhirQuestionnaireResponse(
      PHQ2,
      { phq2_1: 1, phq2_2: 0 },
      { authored: "2026-11-22", id: "qr-1" },
    );
    expect(complete).toMatchObject({
      success: true,
      data: {
        status: "completed",
        id: "qr-1",
        authored: "2026-11-22",
        questionnaire: "urn:carerkit:fhir/Questionnaire/phq2|1.0.0",
      },
    });
    expect(toFhirQuestionnaireResponse(PHQ2, { phq2_1: 1 })).toMatchObject({
      data: { status: "in-progress" },
    });
  });

  it("refuses answers it cannot express, naming each", () => {
    const result = toFhirQuestionnaireResponse(PHQ2, { phq2_1: 9, phq2_7: 1 });
    expect(result.success ? [] : result.error.issues.map((i) => i.path?.join("."))).toEqual([
      "items.phq2_7",
      "items.phq2_1",
    ]);
  });

  it("reads nested groups, ignores calculated items, and rejects unknown codes, items and another questionnaire", () => {
    const ok = fromFhirQuestionnaireResponse(PHQ2, {
      resourceType: "QuestionnaireResponse",
      questionnaire: "urn:carerkit:fhir/Questionnaire/phq2",
      status: "completed",
      item: [
        { linkId: "group", item: [{ linkId: "phq2_1", answer: [{ valueCoding: { code: "3" } }] }] },
        { linkId: "phq2_total", answer: [{ valueInteger: 3 }] },
      ],
    });
    expect(ok).toEqual({ success: true, data: { phq2_1: 3 } });
    const bad = fromFhirQuestionnaireResponse(PHQ2, {
      resourceType: "QuestionnaireResponse",
      questionnaire: "urn:carerkit:fhir/Questionnaire/gad2|1.0.0",
      status: "completed",
      item: [
        { linkId: "phq2_1", answer: [{ valueCoding: { code: "7" } }] },
        {
          linkId: "phq2_2",
          answer: [{ valueCoding: { code: "1" } }, { valueCoding: { code: "2" } }],
        },
        { linkId: "mystery", answer: [{ valueInteger: 1 }] },
      ],
    });
    expect(bad.success ? [] : bad.error.issues.map((i) => i.code)).toEqual([
      "questionnaire_mismatch",
      "invalid_answer",
      "invalid_answer",
      "unknown_item",
    ]);
  });
});

describe("toFhirObservation", () => {
  it("emits a survey Observation with the band as interpretation, subscales as components and derivedFrom", () => {
    const score = scoreInstrument(PHQ4, { phq4_1: 2, phq4_2: 1, phq4_3: 2, phq4_4: 1 });
    if (!score.success) throw new Error(score.error.message);
    const observation = toFhirObservation(PHQ4, score.data, {
      effectiveDateTime: "2026-11-22T10:00:00Z",
      derivedFrom: { reference: "QuestionnaireResponse/qr-1" },
      subject: { reference: "Patient/carer-1" },
    });
    expect(observation).toMatchObject({
      resourceType: "Observation",
      status: "final",
      category: [
        {
          coding: [
            {
              system: "http://terminology.hl7.org/CodeSystem/observation-category",
              code: "survey",
            },
          ],
        },
      ],
      valueQuantity: {
        value: 6,
        unit: "{score}",
        system: "http://unitsofmeasure.org",
        code: "{score}",
      },
      interpretation: [{ coding: [{ code: "moderate", display: "Moderate" }] }],
      derivedFrom: [{ reference: "QuestionnaireResponse/qr-1" }],
      subject: { reference: "Patient/carer-1" },
    });
    expect(
      observation.component?.map((c) => [
        c.code.text,
        c.valueQuantity?.value,
        c.interpretation?.[0]?.text,
      ]),
    ).toEqual([
      ["Anxiety (GAD-2)", 3, "Positive screen"],
      ["Depression (PHQ-2)", 3, "Positive screen"],
    ]);
  });

  it("carries the SWEMWBS metric score and a PHQ-9 safety flag as components", () => {
    const swemwbs = scoreInstrument(SWEMWBS, uniform(SWEMWBS, 3));
    const phq9 = scoreInstrument(PHQ9, uniform(PHQ9, 1));
    if (!swemwbs.success || !phq9.success) throw new Error("unscored");
    const metric = toFhirObservation(SWEMWBS, swemwbs.data, {
      effectiveDateTime: "2026-11-22",
    }).component;
    expect(metric?.map((c) => c.valueQuantity?.value)).toEqual([19.25]);
    const flags = toFhirObservation(PHQ9, phq9.data, { effectiveDateTime: "2026-11-22" }).component;
    expect(flags?.map((c) => [c.valueBoolean, c.code.text?.startsWith("safety flag")])).toEqual([
      [true, true],
    ]);
  });

  it("puts a caller's verified standard code first", () => {
    const score = scoreInstrument(PHQ2, { phq2_1: 0, phq2_2: 0 });
    if (!score.success) throw new Error("unscored");
    const observation = toFhirObservation(PHQ2, score.data, {
      effectiveDateTime: "2026-11-22",
      code: { system: "http://loinc.org", code: "55758-7" },
    });
    expect(observation.code.coding?.[0]).toEqual({ system: "http://loinc.org", code: "55758-7" });
  });

  /** The Observation's `code.text` for an instrument, scored with its lowest answers. */
  const codeText = (instrument: Instrument): string | undefined => {
    const lowest = Object.fromEntries(
      instrument.items.map((item) => [item.id, Math.min(...item.options!.map((o) => o.value))]),
    );
    const score = scoreInstrument(instrument, lowest);
    if (!score.success) throw new Error(score.error.message);
    return toFhirObservation(instrument, score.data, { effectiveDateTime: "2026-11-22" }).code.text;
  };

  it.each([
    ["phq9", "PHQ-9 total"],
    ["gad7", "GAD-7 total"],
    ["phq4", "PHQ-4 total"],
    ["phq2", "PHQ-2 total"],
    ["gad2", "GAD-2 total"],
    ["wemwbs", "WEMWBS total"],
    ["swemwbs", "SWEMWBS raw total"],
    ["zbi22", "ZBI-22 total"],
    ["zbi12", "ZBI-12 total"],
    ["zbi4", "ZBI-4 total"],
    ["csi", "CSI total"],
    ["mcsi", "MCSI total"],
    ["k10", "K10 total (1–5 scoring)"],
    ["k6", "K6 total (0–4 scoring)"],
    ["ascof_carer_qol", "ASCOF carer QoL: Carer-reported quality of life (0–12)"],
    ["ucla3", "UCLA-3 total"],
    ["brcs", "BRCS total"],
    ["carer_confidence_knowledge", "Confidence & knowledge mean"],
  ])("names the %s total as %j, without repeating the instrument's name", (id, text) => {
    const instrument = BUILT_IN_INSTRUMENTS.find((i) => i.id === id);
    if (instrument === undefined) throw new Error(`no built-in ${id}`);
    expect(codeText(instrument)).toBe(text);
  });

  it("covers every built-in instrument in the code.text table", () => {
    expect(BUILT_IN_INSTRUMENTS.map((i) => i.id).sort()).toEqual(
      [
        "phq9",
        "gad7",
        "phq4",
        "phq2",
        "gad2",
        "wemwbs",
        "swemwbs",
        "zbi22",
        "zbi12",
        "zbi4",
        "csi",
        "mcsi",
        "k10",
        "k6",
        "ascof_carer_qol",
        "ucla3",
        "brcs",
        "carer_confidence_knowledge",
      ].sort(),
    );
  });

  it("names every built-in total once: the short title appears exactly once in code.text", () => {
    for (const instrument of BUILT_IN_INSTRUMENTS) {
      const name = instrument.shortTitle ?? instrument.title;
      expect(codeText(instrument)?.split(name).length, instrument.id).toBe(2);
    }
  });

  it("prefixes a total label that does not name the instrument as a whole word: with a space, or a colon before a capital", () => {
    const base = {
      id: "labels",
      items: [{ id: "a", options: [{ value: 0 }, { value: 1 }] }],
      missing: { kind: "require_all" as const },
    };
    const lower = defineInstrument(
      testInstrument({ ...base, shortTitle: "LBL", total: { method: "sum", label: "total" } }),
    );
    const capital = defineInstrument(
      testInstrument({ ...base, total: { method: "sum", label: "Mean burden" } }),
    );
    const within = defineInstrument(
      testInstrument({ ...base, shortTitle: "LBL", total: { method: "sum", label: "lbl score" } }),
    );
    const prefixOnly = defineInstrument(
      testInstrument({
        ...base,
        shortTitle: "LBL",
        total: { method: "sum", label: "LBL-2 total" },
      }),
    );
    expect(codeText(lower)).toBe("LBL total");
    expect(codeText(capital)).toBe("Test instrument labels: Mean burden");
    expect(codeText(within)).toBe("lbl score");
    expect(codeText(prefixOnly)).toBe("LBL: LBL-2 total");
  });
});

describe("fromFhirQuestionnaireResponse on hostile nesting", () => {
  it("reads answers under 100,000 nested groups without overflowing the stack", () => {
    const written = toFhirQuestionnaireResponse(PHQ9, uniform(PHQ9, 1));
    if (!written.success) throw new Error("the fixture converts");
    let item: FhirQuestionnaireResponseItem[] = [...(written.data.item ?? [])];
    for (let d = 0; d < 100_000; d++) item = [{ linkId: `group_${d}`, item }];
    const read = fromFhirQuestionnaireResponse(PHQ9, { ...written.data, item });
    expect(read.success ? read.data : read.error.issues).toMatchObject({ phq9_1: 1 });
  });
});
