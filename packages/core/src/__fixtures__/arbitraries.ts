// fast-check generators of valid entity inputs, for the round-trip and no-mutation properties.
import fc from "fast-check";
import {
  AccessibleFormatSchema,
  AgeBandSchema,
  CarerStatusSchema,
  EmploymentStatusSchema,
  IdentificationSourceSchema,
} from "../carer/CarerSchema.ts";
import { HowAreYouSchema } from "../checkIn/CheckInSchema.ts";
import { CommunityRoleSchema, ProfessionalRoleSchema } from "../circle/CareCircleSchema.ts";
import { ConsentPurposeSchema } from "../consent/ConsentSchema.ts";
import { GoalStatusSchema } from "../goal/GoalSchema.ts";
import {
  CaringEndReasonSchema,
  CaringTaskSchema,
} from "../relationship/CaringRelationshipSchema.ts";
import type { EntityKind } from "../serialisation/entities.ts";
import { TimelineEventKindSchema } from "../timeline/TimelineEventSchema.ts";
import { CONDITION_CATEGORIES } from "../vocabulary/conditionCategories.ts";
import { InformationCategorySchema } from "../vocabulary/informationCategories.ts";
import { RELATIONSHIP_TYPES } from "../vocabulary/relationshipTypes.ts";
import { SUPPORT_NEED_DOMAINS } from "../vocabulary/supportNeedDomains.ts";
import { SupportContactModeSchema, SupportKindSchema } from "../casework/SupportContactSchema.ts";
import { ReferralOutcomeSchema } from "../casework/OnwardReferralSchema.ts";
import { OutreachKindSchema } from "../outreach/OutreachEventSchema.ts";
import { SAFEGUARDING_CATEGORIES } from "../safeguarding/safeguardingCategories.ts";

const pick = <T>(values: readonly T[]): fc.Arbitrary<T> => fc.constantFrom(...values);
const someOf = <T>(values: readonly T[]): fc.Arbitrary<T[]> =>
  fc.uniqueArray(pick(values), { maxLength: Math.min(values.length, 4) });

const id = fc.string({ minLength: 1, maxLength: 20 });
const text = fc.string({ minLength: 1, maxLength: 40 });
const day = fc
  .date({
    min: new Date("1920-01-01T00:00:00Z"),
    max: new Date("2040-12-31T00:00:00Z"),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
const twoDays = fc.tuple(day, day).map(([a, b]): [string, string] => (a <= b ? [a, b] : [b, a]));
const offset = pick(["Z", "+01:00", "-05:00", "+10:30", "+13:45"]);
const instant = fc
  .tuple(
    fc.date({
      min: new Date("2000-01-01T00:00:00Z"),
      max: new Date("2040-01-01T00:00:00Z"),
      noInvalidDate: true,
    }),
    offset,
  )
  .map(([d, z]) => `${d.toISOString().slice(0, 19)}${z}`);
const language = pick(["en", "cy", "pl", "pa-Guru", "bfi", "gd", "ur"]);
// Postcodes in every format, in the ZZ99 pseudo-area or as published examples.
const postcode = pick([
  "zz99 9zz",
  "ZZ99 3VZ",
  "m11ae",
  "B33 8TH",
  "cr2 6xh",
  "DN55 1PT",
  "W1A 0AX",
  "ec1a1bb",
]);
// NHS numbers from the England and Wales ranges (400–499, 600–799) or the 999 test range.
const nhsNumber = fc
  .tuple(
    fc.oneof(fc.integer({ min: 400, max: 499 }), fc.integer({ min: 600, max: 799 }), fc.constant(999)),
    fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 6, maxLength: 6 }),
  )
  .map(([prefix, rest]) => [...Array.from(String(prefix), Number), ...rest])
  .map((d) => [d, (11 - (d.reduce((s, x, i) => s + x * (10 - i), 0) % 11)) % 11] as const)
  .filter(([, check]) => check !== 10)
  .map(([d, check]) => `${d.join("")}${String(check)}`);
// Real SNOMED CT concepts: dementia, myocardial infarction, diabetes mellitus, hypertension.
const snomed = pick(["52448006", "22298006", "73211009", "38341003", "35489007"]);
const name = fc.record({ full: text, preferred: text }, { requiredKeys: ["full"] });
const communication = fc.record(
  {
    languages: fc.array(language, { maxLength: 3 }),
    preferredLanguage: language,
    interpreterNeeded: fc.boolean(),
    interpreterLanguage: language,
    accessibleFormats: someOf(AccessibleFormatSchema.options),
    otherNeeds: text,
  },
  { requiredKeys: [] },
);

const carer = fc.record(
  {
    id,
    name,
    dateOfBirth: day,
    ageBand: pick(AgeBandSchema.options),
    contact: fc.record(
      {
        phone: pick(["01632 960001", "07700 900123"]),
        email: pick(["someone@example.org", "carer.test@example.com"]),
        addressLines: fc.array(text, { maxLength: 3 }),
        preferredMethod: pick(["phone", "text", "email", "letter", "in_person", "video"] as const),
        okToLeaveMessage: fc.boolean(),
      },
      { requiredKeys: [] },
    ),
    postcode,
    communication,
    employment: someOf(EmploymentStatusSchema.options),
    ownHealth: fc.record(
      { hasLongTermCondition: fc.boolean(), hasDisability: fc.boolean(), notes: text },
      { requiredKeys: [] },
    ),
    otherCaring: fc.record(
      { childrenUnder18: fc.integer({ min: 0, max: 6 }), caresForOthers: fc.boolean() },
      { requiredKeys: [] },
    ),
    identifiedBy: pick(IdentificationSourceSchema.options),
    identifiedOn: day,
    status: pick(CarerStatusSchema.options),
    notes: text,
  },
  { requiredKeys: ["id", "name", "identifiedBy", "identifiedOn", "status"] },
);

const caredFor = fc.record(
  {
    id,
    name,
    dateOfBirth: day,
    nhsNumber,
    postcode,
    conditions: fc.array(
      fc.record(
        {
          category: pick(CONDITION_CATEGORIES.map((c) => c.id)),
          snomedCode: snomed,
          description: text,
        },
        { requiredKeys: ["category"] },
      ),
      { maxLength: 3 },
    ),
    aboutMe: fc.record(
      {
        whatMattersToMe: fc.array(text, { maxLength: 2 }),
        dislikesAndTriggers: fc.array(text, { maxLength: 2 }),
      },
      { requiredKeys: [] },
    ),
    communication,
    diedOn: day,
  },
  { requiredKeys: ["id", "name", "conditions"] },
);

const relationship = fc
  .tuple(
    fc.record({
      id,
      carerId: id,
      caredForId: id,
      relationshipType: pick(RELATIONSHIP_TYPES.map((r) => r.id)),
      hoursPerWeek: fc.oneof(
        fc.integer({ min: 0, max: 168 }),
        fc.double({ min: 0, max: 168, noNaN: true }),
      ),
      tasks: someOf(CaringTaskSchema.options),
      livesTogether: fc.boolean(),
      isPrimaryCarer: fc.boolean(),
    }),
    fc.option(twoDays, { nil: undefined }),
    fc.option(pick(CaringEndReasonSchema.options), { nil: undefined }),
  )
  .map(([base, dates, reason]) => ({
    ...base,
    ...(dates === undefined ? {} : { startDate: dates[0] }),
    ...(dates === undefined || reason === undefined
      ? {}
      : { endDate: dates[1], endReason: reason }),
  }));

const memberBase = { id, name: text, mayView: someOf(InformationCategorySchema.options) };
const circle = fc.record({
  id,
  caredForId: id,
  members: fc.array(
    fc.oneof(
      fc.record({
        kind: fc.constant("family"),
        relationship: pick(RELATIONSHIP_TYPES.map((r) => r.id)),
        ...memberBase,
      }),
      fc.record({ kind: fc.constant("friend"), ...memberBase }),
      fc.record({
        kind: fc.constant("professional"),
        role: pick(ProfessionalRoleSchema.options),
        ...memberBase,
      }),
      fc.record({
        kind: fc.constant("community"),
        role: pick(CommunityRoleSchema.options),
        ...memberBase,
      }),
    ),
    { maxLength: 4 },
  ),
});

const consent = fc
  .tuple(
    fc.record({
      id,
      subjectId: id,
      purpose: pick(ConsentPurposeSchema.options),
      recipientId: id,
      scope: fc.uniqueArray(pick(InformationCategorySchema.options), {
        minLength: 1,
        maxLength: 4,
      }),
      givenAt: instant,
    }),
    fc.boolean(),
  )
  .map(([c, withdrawn]) => (withdrawn ? { ...c, withdrawnAt: c.givenAt } : c));

const goal = fc
  .tuple(
    id,
    id,
    text,
    pick(SUPPORT_NEED_DOMAINS.map((d) => d.id)),
    pick(GoalStatusSchema.options),
    twoDays,
  )
  .map(([goalId, carerId, title, domain, status, [setOn, later]]) => ({
    id: goalId,
    carerId,
    title,
    domain,
    status,
    setOn,
    targetDate: later,
    ...(status === "achieved" ? { achievedOn: later } : {}),
  }));

const checkIn = fc.record(
  {
    id,
    carerId: id,
    date: day,
    howAreYou: pick(HowAreYouSchema.options),
    notes: text,
    smallWins: fc.array(fc.record({ text, goalId: id }, { requiredKeys: ["text"] }), {
      maxLength: 3,
    }),
  },
  { requiredKeys: ["id", "carerId", "date", "howAreYou", "smallWins"] },
);

const themes = fc.uniqueArray(pick(["access", "peer_support", "breaks", "local_theme_1"]), {
  maxLength: 3,
});
const feedback = fc.oneof(
  fc
    .tuple(
      fc.record({
        id,
        kind: pick(["compliment", "complaint", "suggestion"] as const),
        text,
        anonymous: fc.boolean(),
        themes,
      }),
      twoDays,
    )
    .map(([f, [receivedOn, respondedOn]]) => ({
      ...f,
      receivedOn,
      respondedOn,
      response: "Thank you",
    })),
  fc
    .tuple(fc.record({ id, text, anonymous: fc.boolean(), themes }), twoDays)
    .map(([f, [receivedOn, later]]) => ({
      ...f,
      kind: "complaint",
      status: "closed",
      receivedOn,
      acknowledgedOn: receivedOn,
      respondedOn: later,
      response: "We have changed how we call back.",
      closedOn: later,
    })),
  fc.record({
    id,
    kind: fc.constant("session_feedback"),
    receivedOn: day,
    text,
    anonymous: fc.boolean(),
    programmeId: id,
    sessionId: id,
    rating: fc.integer({ min: 1, max: 5 }),
  }),
);

const event = fc.record(
  {
    id,
    carerId: id,
    at: instant,
    kind: pick(TimelineEventKindSchema.options),
    refId: id,
    summary: text,
  },
  { requiredKeys: ["id", "carerId", "at", "kind"] },
);

const supportContact = fc.record(
  {
    id,
    carerId: id,
    workerId: id,
    serviceId: id,
    date: day,
    mode: pick(SupportContactModeSchema.options),
    kind: pick(SupportKindSchema.options),
    durationMinutes: fc.integer({ min: 1, max: 1440 }),
    notes: text,
  },
  { requiredKeys: ["id", "carerId", "workerId", "date", "mode", "kind", "durationMinutes"] },
);

const onwardReferral = fc
  .tuple(
    fc.record({ id, carerId: id, workerId: id, offerId: id }),
    twoDays,
    day,
    fc.option(pick(ReferralOutcomeSchema.options), { nil: undefined }),
  )
  .map(([r, [referredOn, later], another, outcome]) => ({
    ...r,
    referredOn,
    followUpOn: another >= referredOn ? [later, another] : [later],
    ...(outcome === undefined ? {} : { outcome, outcomeOn: later }),
  }));

const outreachEvent = fc
  .tuple(
    fc.record({ id, kind: pick(OutreachKindSchema.options), place: text, date: day }),
    fc.integer({ min: 0, max: 500 }),
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.double({ min: 0, max: 1, noNaN: true }),
  )
  .map(([e, peopleMet, a, b]) => {
    const carersIdentified = Math.floor(peopleMet * a);
    return { ...e, peopleMet, carersIdentified, referralsMade: Math.floor(carersIdentified * b) };
  });

const concern = fc
  .tuple(
    fc.record({
      id,
      raisedBy: id,
      about: fc.record({
        personId: id,
        role: pick(["carer", "cared_for_person", "other"] as const),
      }),
      categories: fc.uniqueArray(pick(SAFEGUARDING_CATEGORIES), { minLength: 1, maxLength: 3 }),
      immediateRisk: fc.boolean(),
    }),
    twoDays,
    pick(["raised", "screened", "referred", "no_further_action"] as const),
  )
  .map(([c, [raisedOn, later], status]) => ({
    ...c,
    status,
    raisedOn,
    ...(status === "raised" ? {} : { screenedOn: later, screenedBy: "lead-1" }),
    ...(status === "referred"
      ? { referral: { localAuthority: "Exampleshire", reference: "ASC-1", referredOn: later } }
      : {}),
    ...(status === "no_further_action"
      ? { noFurtherAction: { reason: "Screened: no risk found.", decidedOn: later } }
      : {}),
  }));

/** A generator of valid input for each entity kind. */
export const VALID_INPUT: Readonly<Record<EntityKind, fc.Arbitrary<object>>> = {
  carer,
  cared_for_person: caredFor,
  caring_relationship: relationship,
  care_circle: circle,
  consent,
  goal,
  check_in: checkIn,
  feedback,
  timeline_event: event,
  support_contact: supportContact,
  onward_referral: onwardReferral,
  outreach_event: outreachEvent,
  safeguarding_concern: concern,
};
