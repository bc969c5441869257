// Scores a carer's assessment and writes it as FHIR R4: the Questionnaire (the form), the
// QuestionnaireResponse (the answers) and the Observation (the score), plus the Patient they are
// about and a Bundle holding all of them, so every reference resolves. Synthetic data only.
//
// Run it with `pnpm --filter @carerkit/example-fhir-export start [out-folder]` (default ./out,
// or $FHIR_EXPORT_OUT).
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  PHQ9,
  ZBI4,
  fromFhirQuestionnaireResponse,
  scoreInstrument,
  toFhirObservation,
  toFhirQuestionnaire,
  toFhirQuestionnaireResponse,
  type Instrument,
  type InstrumentResponses,
} from "@carerkit/assessment";

const exampleDir = fileURLToPath(new URL("..", import.meta.url));
const outDir = path.resolve(
  process.argv[2] ?? process.env["FHIR_EXPORT_OUT"] ?? path.join(exampleDir, "out"),
);

// Where this (fictional) service's resources live; references are relative to it.
const FHIR_BASE = "https://fhir.larkspur-hospice.example.org";
const AUTHORED = "2026-02-17T10:30:00Z";
const PATIENT_ID = "carer-09";
const patient = {
  resourceType: "Patient",
  id: PATIENT_ID,
  meta: { tag: [{ system: "urn:carerkit:demo", code: "synthetic", display: "Synthetic record" }] },
  name: [{ text: "Synthetic Carer 09", family: "Carer", given: ["Synthetic"] }],
  gender: "unknown",
} as const;

// One synthetic carer's answers at their entry assessment: PHQ-9 (wording shipped, public domain)
// and the Zarit 4-item screen (scoring only: the wording is licensed, so items carry no text).
const ASSESSMENTS: readonly { instrument: Instrument; answers: InstrumentResponses }[] = [
  {
    instrument: PHQ9,
    answers: {
      phq9_1: 2,
      phq9_2: 2,
      phq9_3: 3,
      phq9_4: 2,
      phq9_5: 1,
      phq9_6: 2,
      phq9_7: 1,
      phq9_8: 0,
      phq9_9: 1,
    },
  },
  { instrument: ZBI4, answers: { zbi4_1: 3, zbi4_2: 2, zbi4_3: 3, zbi4_4: 2 } },
];

interface Written {
  readonly file: string;
  readonly resource: { readonly resourceType: string; readonly id?: string | undefined };
}

const written: Written[] = [];
async function write(file: string, resource: Written["resource"]): Promise<void> {
  await mkdir(outDir, { recursive: true });
  await writeFile(path.join(outDir, file), `${JSON.stringify(resource, null, 2)}\n`);
  written.push({ file, resource });
}

console.log("FHIR R4 export of a synthetic carer's entry assessment\n");
await write("Patient-carer-09.json", patient);
for (const { instrument, answers } of ASSESSMENTS) {
  const scored = scoreInstrument(instrument, answers);
  if (!scored.success) throw new Error(scored.error.message);
  const score = scored.data;
  console.log(score.explanation);
  for (const flag of score.flags) console.log(`  ! ${flag.severity} flag: ${flag.message}`);

  const questionnaire = { ...toFhirQuestionnaire(instrument), id: instrument.id };
  const responseId = `${instrument.id}-${PATIENT_ID}-entry`;
  const response = toFhirQuestionnaireResponse(instrument, answers, {
    id: responseId,
    authored: AUTHORED,
    subject: { reference: `Patient/${PATIENT_ID}` },
    source: { reference: `Patient/${PATIENT_ID}` },
  });
  if (!response.success) throw new Error(response.error.message);
  const observation = toFhirObservation(instrument, score, {
    id: `${instrument.id}-${PATIENT_ID}-entry-score`,
    effectiveDateTime: AUTHORED,
    subject: { reference: `Patient/${PATIENT_ID}` },
    derivedFrom: { reference: `QuestionnaireResponse/${responseId}` },
  });

  // Lossless: reading the QuestionnaireResponse back gives the same answers, hence the same score.
  const back = fromFhirQuestionnaireResponse(instrument, response.data);
  const same =
    back.success &&
    JSON.stringify(back.data) === JSON.stringify(Object.fromEntries(Object.entries(answers)));
  console.log(`  QuestionnaireResponse read back: ${same ? "same answers" : "DIFFERENT"}`);

  await write(`Questionnaire-${instrument.id}.json`, questionnaire);
  await write(`QuestionnaireResponse-${responseId}.json`, response.data);
  await write(`Observation-${observation.id ?? instrument.id}.json`, observation);
}

const bundle = {
  resourceType: "Bundle",
  id: `entry-assessment-${PATIENT_ID}`,
  type: "collection",
  timestamp: AUTHORED,
  entry: written.map(({ resource }) => ({
    fullUrl: `${FHIR_BASE}/${resource.resourceType}/${resource.id ?? ""}`,
    resource,
  })),
};
await write("Bundle-entry-assessment.json", bundle);

console.log(`\nWrote ${written.length} FHIR R4 resources to ${outDir}:`);
for (const { file } of written) console.log(`  ${file}`);
