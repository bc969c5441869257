// Runs the tour and checks what it prints: the bad referral is rejected with named fields, the
// decisions are right, and the export carries no names, contacts, NHS numbers or full postcodes.
import { execFileSync } from "node:child_process";

const output = execFileSync("tsx", ["--conditions=@carerkit/source", "src/main.ts"], {
  encoding: "utf8",
});
const expected = [
  "registered carer-a (postcode normalised to ZZ99 3VZ)",
  "registered carer-b (postcode normalised to ZZ99 3WZ)",
  "rejected carer-c: 4 problems",
  "[postcode_format] postcode: expected a UK postcode",
  "[nhs_number_check_digit] nhsNumber: expected a last digit that passes the modulus 11 check, got one that fails it (the number is mistyped)",
  "[too_big] hoursPerWeek: expected at most 168 (the hours in a week), got a number",
  "[end_before_start] endDate: expected a date on or after startDate, got an earlier one",
  "carer-a: young_adult_carer, caring 22 h/week → 20 to 34 hours a week",
  "carer-b: older_carer, caring 70 h/week → 50 or more hours a week",
  "2026-06-01T10:00:00Z: Allowed: consent consent-b1 covers care_plan",
  "2026-11-22T10:00:00Z: Not allowed: consent consent-b1 for share_with_circle_member with nurse-1 was withdrawn at 2026-11-01T09:00:00Z.",
  "medication, 2026-06-01: Not allowed: the consent for share_with_circle_member with nurse-1 does not cover medication.",
  "carer-b status: active → bereaved",
  '"postcodeDistrict":"ZZ99"',
  "carer-a: schemaVersion 1, round trip identical",
  "carer-b: schemaVersion 1, round trip identical",
];
const missing = expected.filter((line) => !output.includes(line));
// The rejection names each field and the problem but never repeats what was submitted.
const rejection = output.slice(output.indexOf("rejected carer-c"), output.indexOf("== 2."));
const echoed = ["got 9", "got 200", "2025-12-01", "2026-01-10"].filter((value) =>
  rejection.includes(value),
);
const exportSection = output.slice(output.indexOf("== 5."), output.indexOf("== 6."));
const leaked = [
  "Synthetic",
  "01632",
  "9990000018",
  "9990000026",
  "ZZ99 3",
  "2004-02-29",
  "1951-07-10",
  "carer-a",
  "carer-b",
].filter((secret) => exportSection.includes(secret));
if (missing.length > 0 || leaked.length > 0 || echoed.length > 0) {
  console.error(output);
  for (const line of missing) console.error(`missing: ${line}`);
  for (const secret of leaked) console.error(`leaked into the export: ${secret}`);
  for (const value of echoed) console.error(`echoed in the rejection: ${value}`);
  process.exit(1);
}
console.log(
  `core-tour: ${expected.length} expected lines present, nothing identifying in the export`,
);
