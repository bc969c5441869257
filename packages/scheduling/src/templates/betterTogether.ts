import type { AgendaBlock, ProgrammeTemplate, SessionTemplate } from "./types.ts";

/**
 * The qualification each Better Together facilitator holds.
 *
 * @example
 * BETTER_TOGETHER_TEMPLATE.sessions[0]?.requiredQualifications; //=> [PALLIATIVE_CARE_SOCIAL_WORKER]
 */
export const PALLIATIVE_CARE_SOCIAL_WORKER = "palliative_care_social_worker";

const CHECK_IN: AgendaBlock = { kind: "check_in", title: "Check-in", minutes: 15 };
const SOCIAL: AgendaBlock = { kind: "social", title: "Social time with refreshments", minutes: 30 };
const CHECK_OUT: AgendaBlock = { kind: "check_out", title: "Check-out", minutes: 15 };

function weekly(theme: string, title: string, description: string): SessionTemplate {
  return {
    theme,
    title,
    description,
    durationMinutes: 120,
    agenda: [CHECK_IN, { kind: "content", title, minutes: 60 }, SOCIAL, CHECK_OUT],
    facilitatorsRequired: 2,
    requiredQualifications: [PALLIATIVE_CARE_SOCIAL_WORKER],
    caredForInvited: false,
  };
}

/**
 * The Better Together carers' programme, as run by a hospice: eight weekly two-hour sessions,
 * each facilitated by two qualified palliative care social workers, each with a check-in,
 * social time with refreshments and a check-out. The themes are guest speakers (practical advice
 * and signposting, over the first two weeks), complementary therapy and relaxation, nutrition
 * for carer and patient, creative therapies, managing difficult and crisis situations, and self
 * care; the final session is a candlelit supper to which the cared-for person is invited.
 *
 * @example
 * BETTER_TOGETHER_TEMPLATE.sessions.length; //=> 8
 * BETTER_TOGETHER_TEMPLATE.sessions.at(-1)?.caredForInvited; //=> true
 */
export const BETTER_TOGETHER_TEMPLATE: ProgrammeTemplate = {
  id: "better-together",
  name: "Better Together",
  description:
    "An eight-week group programme for carers of people with a life-limiting illness: information, practical skills, wellbeing and peer support.",
  sessions: [
    weekly(
      "guest_speakers_practical_advice",
      "Welcome and guest speakers: practical advice",
      "Introductions, then guest speakers on practical matters such as benefits, finances and legal questions.",
    ),
    weekly(
      "guest_speakers_signposting",
      "Guest speakers: signposting to local support",
      "Guest speakers from local services and charities, and where to turn for help.",
    ),
    weekly(
      "complementary_therapy",
      "Complementary therapy and relaxation",
      "Taster complementary therapies and relaxation techniques to take home.",
    ),
    weekly(
      "nutrition",
      "Nutrition for carer and patient",
      "Eating well as a carer, and food and drink for the person you care for.",
    ),
    weekly("creative_therapies", "Creative therapies", "Art, music and writing as ways to cope."),
    weekly(
      "difficult_and_crisis_situations",
      "Managing difficult and crisis situations",
      "Planning ahead, who to call, and coping when things go wrong.",
    ),
    weekly(
      "self_care",
      "Self care",
      "Looking after yourself, breaks, and keeping the group going.",
    ),
    {
      theme: "candlelit_supper",
      title: "Candlelit supper",
      description:
        "A celebration to close the programme: a candlelit supper to which the cared-for person is invited.",
      durationMinutes: 120,
      agenda: [
        { kind: "check_in", title: "Welcome and check-in", minutes: 15 },
        { kind: "social", title: "Candlelit supper", minutes: 90 },
        { kind: "check_out", title: "Check-out and goodbyes", minutes: 15 },
      ],
      facilitatorsRequired: 2,
      requiredQualifications: [PALLIATIVE_CARE_SOCIAL_WORKER],
      caredForInvited: true,
    },
  ],
};
