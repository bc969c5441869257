import { parseCareCircle } from "../circle/parseCareCircle.ts";
import { safeParseCareCircle } from "../circle/safeParseCareCircle.ts";
import { parseCaredForPerson } from "../caredFor/parseCaredForPerson.ts";
import { safeParseCaredForPerson } from "../caredFor/safeParseCaredForPerson.ts";
import { parseCarer } from "../carer/parseCarer.ts";
import { safeParseCarer } from "../carer/safeParseCarer.ts";
import { parseCheckIn } from "../checkIn/parseCheckIn.ts";
import { safeParseCheckIn } from "../checkIn/safeParseCheckIn.ts";
import { parseConsent } from "../consent/parseConsent.ts";
import { safeParseConsent } from "../consent/safeParseConsent.ts";
import { parseFeedback } from "../feedback/parseFeedback.ts";
import { safeParseFeedback } from "../feedback/safeParseFeedback.ts";
import { parseGoal } from "../goal/parseGoal.ts";
import { safeParseGoal } from "../goal/safeParseGoal.ts";
import { parseCaringRelationship } from "../relationship/parseCaringRelationship.ts";
import { safeParseCaringRelationship } from "../relationship/safeParseCaringRelationship.ts";
import type { ParseResult } from "../result/ParseResult.ts";
import { parseOnwardReferral } from "../casework/parseOnwardReferral.ts";
import { parseSupportContact } from "../casework/parseSupportContact.ts";
import { safeParseOnwardReferral } from "../casework/safeParseOnwardReferral.ts";
import { safeParseSupportContact } from "../casework/safeParseSupportContact.ts";
import { parseOutreachEvent } from "../outreach/parseOutreachEvent.ts";
import { safeParseOutreachEvent } from "../outreach/safeParseOutreachEvent.ts";
import { parseSafeguardingConcern } from "../safeguarding/parseSafeguardingConcern.ts";
import { safeParseSafeguardingConcern } from "../safeguarding/safeParseSafeguardingConcern.ts";
import type { EntityKind } from "../serialisation/entities.ts";
import { parseTimelineEvent } from "../timeline/parseTimelineEvent.ts";
import { safeParseTimelineEvent } from "../timeline/safeParseTimelineEvent.ts";
import {
  SYNTHETIC_CARED_FOR,
  SYNTHETIC_CARER,
  SYNTHETIC_CHECK_IN,
  SYNTHETIC_CIRCLE,
  SYNTHETIC_CONSENT,
  SYNTHETIC_EVENT,
  SYNTHETIC_FEEDBACK,
  SYNTHETIC_GOAL,
  SYNTHETIC_RELATIONSHIP,
  SYNTHETIC_SUPPORT_CONTACT,
  SYNTHETIC_ONWARD_REFERRAL,
  SYNTHETIC_OUTREACH_EVENT,
  SYNTHETIC_SAFEGUARDING_CONCERN,
} from "./synthetic.ts";

/** Every entity's parser pair and a valid synthetic example, for the cross-cutting properties. */
export interface ParserCase {
  readonly kind: EntityKind;
  readonly parse: (input: unknown) => unknown;
  readonly safeParse: (input: unknown) => ParseResult<unknown>;
  readonly example: object;
}

export const PARSERS: readonly ParserCase[] = [
  { kind: "carer", parse: parseCarer, safeParse: safeParseCarer, example: SYNTHETIC_CARER },
  {
    kind: "cared_for_person",
    parse: parseCaredForPerson,
    safeParse: safeParseCaredForPerson,
    example: SYNTHETIC_CARED_FOR,
  },
  {
    kind: "caring_relationship",
    parse: parseCaringRelationship,
    safeParse: safeParseCaringRelationship,
    example: SYNTHETIC_RELATIONSHIP,
  },
  {
    kind: "care_circle",
    parse: parseCareCircle,
    safeParse: safeParseCareCircle,
    example: SYNTHETIC_CIRCLE,
  },
  { kind: "consent", parse: parseConsent, safeParse: safeParseConsent, example: SYNTHETIC_CONSENT },
  { kind: "goal", parse: parseGoal, safeParse: safeParseGoal, example: SYNTHETIC_GOAL },
  {
    kind: "check_in",
    parse: parseCheckIn,
    safeParse: safeParseCheckIn,
    example: SYNTHETIC_CHECK_IN,
  },
  {
    kind: "feedback",
    parse: parseFeedback,
    safeParse: safeParseFeedback,
    example: SYNTHETIC_FEEDBACK,
  },
  {
    kind: "timeline_event",
    parse: parseTimelineEvent,
    safeParse: safeParseTimelineEvent,
    example: SYNTHETIC_EVENT,
  },
  {
    kind: "support_contact",
    parse: parseSupportContact,
    safeParse: safeParseSupportContact,
    example: SYNTHETIC_SUPPORT_CONTACT,
  },
  {
    kind: "onward_referral",
    parse: parseOnwardReferral,
    safeParse: safeParseOnwardReferral,
    example: SYNTHETIC_ONWARD_REFERRAL,
  },
  {
    kind: "outreach_event",
    parse: parseOutreachEvent,
    safeParse: safeParseOutreachEvent,
    example: SYNTHETIC_OUTREACH_EVENT,
  },
  {
    kind: "safeguarding_concern",
    parse: parseSafeguardingConcern,
    safeParse: safeParseSafeguardingConcern,
    example: SYNTHETIC_SAFEGUARDING_CONCERN,
  },
];
