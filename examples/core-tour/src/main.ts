// A tour of @carerkit/core on clearly synthetic data. Run it with
// `pnpm --filter @carerkit/example-core-tour start` from the repository root.
import {
  bandHoursOfCare,
  calculateAge,
  canShare,
  classifyCarer,
  deserialise,
  endCaringRelationship,
  HOURS_OF_CARE_BANDS,
  parseConsent,
  redactCarer,
  safeParseCaredForPerson,
  safeParseCarer,
  safeParseCaringRelationship,
  serialise,
  type Carer,
  type CaringRelationship,
  type CarerKitIssue,
} from "@carerkit/core";
import { REFERRALS } from "./referrals.ts";

const AS_OF = "2026-11-22";
// A demonstration key. A real service keeps its key in a secrets store, never in code.
const EXPORT_KEY = "core-tour-demo-key-not-for-real-data-0001";

function section(title: string): void {
  console.log(`\n== ${title}`);
}

section("1. Register referrals (carer, cared-for person, caring relationship)");
const carers: Carer[] = [];
const relationships: CaringRelationship[] = [];
for (const referral of REFERRALS) {
  const { carer, caredFor, relationship } = referral as Record<string, unknown>;
  const results = [
    safeParseCarer(carer),
    safeParseCaredForPerson(caredFor),
    safeParseCaringRelationship(relationship),
  ] as const;
  const issues: CarerKitIssue[] = results.flatMap((r) => (r.success ? [] : r.error));
  const [c, , r] = results;
  if (issues.length > 0 || !c.success || !r.success) {
    const id = (carer as { id?: unknown }).id;
    console.log(`rejected ${String(id)}: ${issues.length} problems`);
    for (const issue of issues) console.log(`  - [${issue.code}] ${issue.message}`);
    continue;
  }
  carers.push(c.data);
  relationships.push(r.data);
  console.log(`registered ${c.data.id} (postcode normalised to ${c.data.postcode ?? "none"})`);
}

section("2. Who are they? Age group and hours of care");
for (const carer of carers) {
  const relationship = relationships.find((r) => r.carerId === carer.id);
  if (!carer.dateOfBirth || !relationship) continue;
  const group = classifyCarer(calculateAge(carer.dateOfBirth, AS_OF));
  const band = bandHoursOfCare(relationship.hoursPerWeek);
  const label = HOURS_OF_CARE_BANDS.find((b) => b.id === band)?.label ?? band;
  console.log(`${carer.id}: ${group}, caring ${relationship.hoursPerWeek} h/week → ${label}`);
}

section("3. May the district nurse see carer-b's care plan?");
const consent = parseConsent({
  id: "consent-b1",
  subjectId: "carer-b",
  purpose: "share_with_circle_member",
  recipientId: "nurse-1",
  scope: ["care_plan", "check_ins"],
  givenAt: "2026-03-02T11:20:00Z",
  withdrawnAt: "2026-11-01T09:00:00Z",
  method: "verbal",
});
const request = {
  subjectId: "carer-b",
  purpose: "share_with_circle_member",
  recipientId: "nurse-1",
  categories: ["care_plan"],
} as const;
for (const asOf of ["2026-06-01T10:00:00Z", "2026-11-22T10:00:00Z"]) {
  console.log(`${asOf}: ${canShare([consent], request, asOf).explanation}`);
}
const medication = canShare(
  [consent],
  { ...request, categories: ["medication"] },
  "2026-06-01T10:00:00Z",
);
console.log(`medication, 2026-06-01: ${medication.explanation}`);

section("4. Person B dies: carer-b becomes bereaved, not deleted");
const carerB = carers.find((c) => c.id === "carer-b");
if (carerB) {
  const ended = endCaringRelationship(carerB, relationships, {
    relationshipId: "rel-b",
    endDate: "2026-11-14",
    endReason: "death",
  });
  if (ended.success) {
    carers.splice(carers.indexOf(carerB), 1, ended.data.carer);
    relationships.splice(0, relationships.length, ...ended.data.relationships);
    console.log(`carer-b status: ${carerB.status} → ${ended.data.carer.status}`);
  }
}

section("5. Pseudonymised export for the evaluation team (no names, contacts or full postcodes)");
for (const carer of carers) {
  console.log(JSON.stringify(redactCarer(carer, EXPORT_KEY, { asOf: AS_OF })));
}

section("6. Versioned storage round trip");
for (const carer of carers) {
  const json = serialise("carer", carer);
  const back = deserialise(json, "carer");
  const same = back.success && JSON.stringify(back.data) === JSON.stringify(carer);
  const { schemaVersion } = JSON.parse(json) as { schemaVersion: number };
  console.log(
    `${carer.id}: schemaVersion ${schemaVersion}, round trip ${same ? "identical" : "DIFFERENT"}`,
  );
}
