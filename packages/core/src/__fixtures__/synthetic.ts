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
