// Clearly synthetic emergency plans (Ofcom drama numbers 01632 960xxx), complete, partial and empty.
import type { EmergencyPlan } from "../emergencyPlan/EmergencyPlanSchema.ts";

/** A plan with every section filled in (equipment confirmed as none). */
export const COMPLETE_PLAN: EmergencyPlan = {
  id: "plan-0001",
  carerId: "carer-0001",
  caredForId: "person-0001",
  carerName: "Alex Example",
  caredForName: "Pat",
  stepIn: [
    { name: "Sam Sample", relationship: "Neighbour", phone: "01632 960001", hasKey: true },
    {
      name: "Jo Placeholder",
      relationship: "Daughter",
      email: "jo@example.org",
      availability: "Weekends",
    },
    { name: "Chris Test", relationship: "Friend", phone: "01632 960003" },
  ],
  medication: [
    { name: "Donepezil", dose: "10 mg", when: "At bedtime", keptWhere: "Kitchen cupboard" },
  ],
  routines: ["Up at 8, porridge and tea", "Walk to the shop at 11"],
  preferences: ["Radio 4 in the morning", "Likes to be called Pat"],
  triggers: ["Loud voices: speak slowly and sit down"],
  professionals: [{ role: "GP", name: "Riverside Surgery", phone: "01632 960002" }],
  confirmedNone: ["equipment"],
  updatedOn: "2026-09-01",
  reviewOn: "2027-03-01",
};

/** Half done: one contact without a way to reach them, a medicine without its time, no routines. */
export const PARTIAL_PLAN: EmergencyPlan = {
  id: "plan-0002",
  carerId: "carer-0002",
  caredForId: "person-0002",
  carerName: "Ray Example",
  caredForName: "Lee",
  stepIn: [{ name: "Max Sample", relationship: "Brother" }],
  medication: [{ name: "Levodopa", dose: "100 mg" }],
  preferences: ["Tea with two sugars"],
  triggers: ["Being rushed"],
  equipment: ["Walking frame"],
  confirmedNone: ["professionals"],
  updatedOn: "2026-06-01",
  reviewOn: "2026-10-01",
};

/** A plan just started: names and dates only. */
export const EMPTY_PLAN: EmergencyPlan = {
  id: "plan-0003",
  carerId: "carer-0003",
  caredForId: "person-0003",
  carerName: "Kim Example",
  caredForName: "Dev",
  updatedOn: "2026-11-01",
  reviewOn: "2026-11-22",
};
