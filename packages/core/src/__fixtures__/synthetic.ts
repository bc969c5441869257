// Clearly synthetic records: names are placeholders, phone numbers are from Ofcom's drama range
// (01632 960xxx), postcodes use the ZZ99 pseudo-area and NHS numbers are from the 999 test range
// or NHS Digital's published example. None belongs to a real person.
import type { CarerInput } from "../carer/CarerSchema.ts";

export const SYNTHETIC_CARER = {
  id: "carer-0001",
  name: { full: "Sam Sample", preferred: "Sam" },
  dateOfBirth: "1961-04-09",
  contact: {
    phone: "01632 960001",
    email: "sam.sample@example.org",
    addressLines: ["1 Example Street", "Testville"],
    preferredMethod: "text",
    okToLeaveMessage: false,
  },
  postcode: "zz99 9zz",
  communication: {
    languages: ["en", "cy"],
    preferredLanguage: "cy",
    interpreterNeeded: false,
    accessibleFormats: ["large_print"],
  },
  employment: ["employed_part_time"],
  ownHealth: { hasLongTermCondition: true, notes: "Back pain from lifting" },
  otherCaring: { childrenUnder18: 1, caresForOthers: false },
  identifiedBy: "hospital_ward",
  identifiedOn: "2026-03-02",
  status: "active",
} as const satisfies CarerInput;

export const SYNTHETIC_CARED_FOR = {
  id: "person-0001",
  name: { full: "Pat Placeholder" },
  dateOfBirth: "1938-11-30",
  // NHS England's test range: passes modulus 11, never issued to a patient.
  nhsNumber: "999 000 0018",
  postcode: "ZZ99 3VZ",
  conditions: [
    { category: "dementia", snomedCode: "52448006", description: "Dementia" },
    { category: "frailty" },
  ],
  aboutMe: {
    whatMattersToMe: ["Staying at home with the cat"],
    routines: ["Tea at 4pm"],
    dislikesAndTriggers: ["Dislikes loud noises"],
    howICommunicate: ["Speak slowly and give time to answer"],
  },
  communication: { languages: ["en"], accessibleFormats: ["large_print", "audio"] },
};

export const SYNTHETIC_RELATIONSHIP = {
  id: "rel-0001",
  carerId: "carer-0001",
  caredForId: "person-0001",
  relationshipType: "child",
  hoursPerWeek: 35,
  tasks: ["medication", "practical", "emotional_support"],
  livesTogether: false,
  isPrimaryCarer: true,
  startDate: "2022-09-01",
};

export const SYNTHETIC_CIRCLE = {
  id: "circle-0001",
  caredForId: "person-0001",
  reviewedOn: "2026-10-01",
  members: [
    {
      kind: "family",
      id: "m-1",
      name: "Sam",
      relationship: "child",
      carerId: "carer-0001",
      mayView: ["care_plan", "check_ins", "about_me"],
    },
    {
      kind: "professional",
      id: "m-2",
      name: "District nurse",
      role: "nurse",
      organisation: "Example Community Trust",
      mayView: ["care_plan", "medication"],
    },
    {
      kind: "community",
      id: "m-3",
      name: "Tuesday café volunteer",
      role: "volunteer",
      mayView: [],
    },
  ],
};

export const SYNTHETIC_CONSENT = {
  id: "consent-0001",
  subjectId: "carer-0001",
  purpose: "share_with_circle_member",
  recipientId: "m-2",
  scope: ["care_plan", "check_ins"],
  givenAt: "2026-05-01T10:00:00+01:00",
  method: "written",
};

export const SYNTHETIC_GOAL = {
  id: "goal-0001",
  carerId: "carer-0001",
  title: "An afternoon a week for myself",
  domain: "breaks_from_caring",
  status: "in_progress",
  setOn: "2026-06-01",
  targetDate: "2026-12-01",
  steps: [{ text: "Ask about the sitting service", done: true }],
};

export const SYNTHETIC_CHECK_IN = {
  id: "check-0001",
  carerId: "carer-0001",
  date: "2026-11-20",
  howAreYou: "getting_by",
  smallWins: [{ text: "Went to the carers' café", goalId: "goal-0001" }],
  method: "phone",
};

export const SYNTHETIC_FEEDBACK = {
  id: "fb-0001",
  kind: "compliment",
  receivedOn: "2026-11-02",
  text: "The Tuesday group made me feel less alone.",
  anonymous: true,
  about: "Carers' café",
};

export const SYNTHETIC_EVENT = {
  id: "ev-0001",
  carerId: "carer-0001",
  at: "2026-11-20T15:00:00Z",
  kind: "check_in",
  refId: "check-0001",
};

export const SYNTHETIC_SUPPORT_CONTACT = {
  id: "sc-0001",
  carerId: "carer-0001",
  workerId: "worker-0003",
  serviceId: "hospital-carers",
  date: "2026-11-02",
  mode: "ward_visit",
  kind: "emotional",
  durationMinutes: 30,
};

export const SYNTHETIC_ONWARD_REFERRAL = {
  id: "ref-0001",
  carerId: "carer-0001",
  workerId: "worker-0003",
  offerId: "offer-carers-cafe",
  referredOn: "2026-11-02",
  followUpOn: ["2026-11-09"],
  outcome: "accepted",
  outcomeOn: "2026-11-06",
};

export const SYNTHETIC_OUTREACH_EVENT = {
  id: "out-0001",
  kind: "drop_in",
  title: "Tea & Chat",
  place: "Outpatients, Example General Hospital",
  date: "2026-06-11",
  peopleMet: 104,
  carersIdentified: 23,
  referralsMade: 9,
  leafletsGiven: 60,
};

export const SYNTHETIC_SAFEGUARDING_CONCERN = {
  id: "sg-0001",
  status: "referred",
  raisedBy: "worker-0003",
  raisedOn: "2026-11-02",
  about: { personId: "carer-0001", role: "carer" },
  categories: ["financial_or_material_abuse"],
  immediateRisk: false,
  screenedOn: "2026-11-03",
  screenedBy: "lead-0001",
  referral: {
    localAuthority: "Exampleshire County Council",
    reference: "ASC-2026-0042",
    referredOn: "2026-11-03",
  },
};
