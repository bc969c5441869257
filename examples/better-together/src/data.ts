// Loads the bundled, clearly synthetic data of the fictional town of Hollowmere. Referrals stay
// `unknown` until @carerkit/core validates them; the rest is checked here with zod at the
// boundary, so a broken data file fails loudly with the field named.
import { readFile } from "node:fs/promises";
import type { GazetteerEntry } from "@carerkit/directory";
import {
  safeParseCarerEligibilityAnswers,
  type CarerEligibilityAnswers,
  type CompletedChecklist,
} from "@carerkit/assessment";
import type { Facilitator } from "@carerkit/scheduling";
import { z } from "zod";

const date = z.iso.date();
const answers = z.record(z.string(), z.number());

const EntryAssessmentSchema = z.strictObject({
  carerId: z.string(),
  assessedOn: date,
  // Checked in full by prioritiseNeeds; only the shape is needed here.
  checklist: z.custom<CompletedChecklist>((v) => typeof v === "object" && v !== null),
  instruments: z.strictObject({ swemwbs: answers, zbi12: answers, phq9: answers }),
  // Checked by safeParseCarerEligibilityAnswers below (partial answers are allowed by design).
  eligibility: z.unknown(),
  preferences: z.strictObject({
    availability: z.array(z.enum(["weekday_daytime", "evenings", "weekends"])).min(1),
    interests: z.array(z.string()),
    buddy: z.boolean(),
    accessibility: z.array(z.enum(["wheelchair", "hearing_loop", "accessible_toilet"])).optional(),
  }),
});

/** What the carer and the coordinator recorded at the entry assessment. */
export type EntryAssessment = Omit<z.infer<typeof EntryAssessmentSchema>, "eligibility"> & {
  readonly eligibility: CarerEligibilityAnswers;
};

function checkEntryAssessment(raw: z.infer<typeof EntryAssessmentSchema>): EntryAssessment {
  const eligibility = safeParseCarerEligibilityAnswers(raw.eligibility);
  if (!eligibility.success)
    throw new Error(
      `entry-assessments.json, ${raw.carerId}: ${eligibility.error.issues.map((i) => i.message).join("; ")}`,
    );
  return { ...raw, eligibility: eligibility.data };
}

const FacilitatorSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  qualifications: z.array(z.string()),
  unavailable: z
    .array(
      z.union([
        z.strictObject({ date, reason: z.string().optional() }),
        z.strictObject({
          start: z.iso.datetime(),
          end: z.iso.datetime(),
          reason: z.string().optional(),
        }),
      ]),
    )
    .optional(),
  maxSessions: z.number().int().positive().optional(),
});

const GazetteerSchema = z.array(
  z.strictObject({ outcode: z.string(), lat: z.number(), lon: z.number(), label: z.string() }),
);

/** Everything the term starts from. */
export interface TermData {
  /** Referral records as they arrived: carer, cared-for person, caring relationship. */
  readonly referrals: readonly unknown[];
  /** Entry assessments by carer id. */
  readonly entryAssessments: ReadonlyMap<string, EntryAssessment>;
  /** The hospice's facilitators. */
  readonly facilitators: readonly Facilitator[];
  /** The town's service directory, an HSDS 3.0 `/services` page. */
  readonly directoryFeed: unknown;
  /** Postcode districts of the fictional town. */
  readonly gazetteer: readonly GazetteerEntry[];
}

async function readJson(dataDir: URL, name: string): Promise<unknown> {
  return JSON.parse(await readFile(new URL(name, dataDir), "utf8")) as unknown;
}

/**
 * Reads the bundled data files.
 *
 * @param dataDir - The folder holding them, as a `file:` URL ending in `/`.
 * @returns The term's starting data.
 */
export async function loadTermData(dataDir: URL): Promise<TermData> {
  const referrals = z.array(z.unknown()).parse(await readJson(dataDir, "referrals.json"));
  const entry = z
    .array(EntryAssessmentSchema)
    .parse(await readJson(dataDir, "entry-assessments.json"));
  const facilitators = z
    .array(FacilitatorSchema)
    .parse(await readJson(dataDir, "facilitators.json"));
  return {
    referrals,
    entryAssessments: new Map(entry.map((e) => [e.carerId, checkEntryAssessment(e)])),
    facilitators,
    directoryFeed: await readJson(dataDir, "directory.hsds.json"),
    gazetteer: GazetteerSchema.parse(await readJson(dataDir, "gazetteer.json")),
  };
}
