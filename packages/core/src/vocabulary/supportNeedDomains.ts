import type { SupportNeedDomain } from "./SupportNeedDomainSchema.ts";

/**
 * The carer support-need domains, in CarerKit's own wording. Assessment checklists find needs in
 * these domains and directory services declare which of them they meet, so both sides agree.
 *
 * @example
 * SUPPORT_NEED_DOMAINS.find((d) => d.id === "breaks_from_caring")?.label;
 * //=> "Time for yourself and breaks from caring"
 */
export const SUPPORT_NEED_DOMAINS = [
  {
    id: "understanding_the_condition",
    label: "Understanding the condition",
    description: "Knowing what the illness or disability is, how it may change and what to expect.",
  },
  {
    id: "symptoms_and_medicines",
    label: "Managing symptoms and medicines",
    description: "Giving medicines safely and knowing what to do about pain and other symptoms.",
  },
  {
    id: "personal_care",
    label: "Personal care",
    description: "Help with washing, dressing, toileting, eating and moving the person safely.",
  },
  {
    id: "practical_help_at_home",
    label: "Practical help at home",
    description: "Housework, shopping, meals, transport and other day-to-day tasks.",
  },
  {
    id: "equipment_and_adaptations",
    label: "Equipment and adaptations",
    description: "Aids, equipment and changes to the home that make caring safer and easier.",
  },
  {
    id: "information_and_contacts",
    label: "Knowing who to contact and what is available",
    description: "Who to call, in and out of hours, and which local services and groups exist.",
  },
  {
    id: "planning_ahead",
    label: "Planning ahead and end of life",
    description: "Advance care planning, wishes, power of attorney and preparing for end of life.",
  },
  {
    id: "crisis_planning",
    label: "Crisis and emergency planning",
    description:
      "A plan for what happens if the carer is suddenly unable to care, or things go wrong.",
  },
  {
    id: "breaks_from_caring",
    label: "Time for yourself and breaks from caring",
    description: "Respite, short breaks, replacement care and time for the carer's own life.",
  },
  {
    id: "feelings_and_worries",
    label: "Feelings and worries",
    description: "Emotional support for stress, anxiety, low mood, guilt or isolation.",
  },
  {
    id: "own_health",
    label: "Your own health",
    description: "Looking after the carer's physical and mental health, sleep and appointments.",
  },
  {
    id: "money_and_benefits",
    label: "Money and benefits",
    description: "Carer's Allowance, other benefits, grants and managing the household's money.",
  },
  {
    id: "work_and_education",
    label: "Work and education",
    description: "Staying in, returning to or balancing work, study or training with caring.",
  },
  {
    id: "legal_matters",
    label: "Legal matters",
    description:
      "Rights as a carer, mental capacity, lasting power of attorney and other legal issues.",
  },
  {
    id: "relationships",
    label: "Relationships",
    description:
      "The effect of caring on relationships with the cared-for person, family and friends.",
  },
  {
    id: "grief_and_loss",
    label: "Grief and loss",
    description: "Anticipatory grief, bereavement and life after caring.",
  },
  {
    id: "peer_support",
    label: "Peer support",
    description: "Meeting and sharing with other carers who understand.",
  },
] as const satisfies readonly {
  readonly id: SupportNeedDomain;
  readonly label: string;
  readonly description: string;
}[];
