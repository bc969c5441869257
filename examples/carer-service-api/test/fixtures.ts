// Clearly synthetic people. Names say "Synthetic"; postcodes are in the ZZ99 pseudo-area; phone
// numbers are in Ofcom's drama range (01632 960xxx); NHS numbers are in the 999 test range.

/** A registration for carer number `n` (ids are prefixed so test files never collide). */
export function registration(
  prefix: string,
  n: number,
): {
  carer: Record<string, unknown>;
  caredFor: Record<string, unknown>;
  relationship: Record<string, unknown>;
} {
  const carerId = `${prefix}-carer-${n}`;
  const caredForId = `${prefix}-person-${n}`;
  return {
    carer: {
      id: carerId,
      name: { full: `Synthetic Carer ${prefix.toUpperCase()} ${n}` },
      dateOfBirth: "1961-04-09",
      contact: { phone: `01632 960${String(100 + n).padStart(3, "0")}`, preferredMethod: "phone" },
      postcode: "zz99 3vz",
      identifiedBy: n % 2 === 0 ? "gp" : "hospital_ward",
      identifiedOn: "2026-03-02",
      status: "active",
    },
    caredFor: {
      id: caredForId,
      name: { full: `Synthetic Person ${prefix.toUpperCase()} ${n}` },
      ...(n === 1 ? { nhsNumber: "999 000 0018" } : {}),
      conditions: [{ category: "dementia" }],
      aboutMe: { routines: ["Synthetic routine: walk after lunch"] },
    },
    relationship: {
      id: `${prefix}-rel-${n}`,
      carerId,
      caredForId,
      relationshipType: "spouse_or_partner",
      hoursPerWeek: 50,
      tasks: ["personal_care", "medication"],
      livesTogether: true,
      isPrimaryCarer: true,
      startDate: "2021-05-01",
    },
  };
}

/** SWEMWBS answers (7 items, 1–5) that all take the same value. */
export function swemwbs(value: number): Record<string, number> {
  return Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((i) => [`swemwbs_${i}`, value]));
}

/** The personal values in registrations (names, contacts, postcodes, NHS numbers, ids…). */
export function secretsOf(registrations: readonly ReturnType<typeof registration>[]): string[] {
  return registrations.flatMap(({ carer, caredFor }) => {
    const c = carer as {
      id: string;
      name: { full: string };
      dateOfBirth: string;
      contact: { phone: string };
      postcode: string;
    };
    const p = caredFor as {
      id: string;
      name: { full: string };
      nhsNumber?: string;
      aboutMe: { routines: string[] };
    };
    return [
      c.id,
      c.name.full,
      c.dateOfBirth,
      c.contact.phone,
      c.postcode,
      c.postcode.toUpperCase(),
      p.id,
      p.name.full,
      ...(p.nhsNumber === undefined ? [] : [p.nhsNumber, p.nhsNumber.replace(/ /g, "")]),
      ...p.aboutMe.routines,
    ];
  });
}

/** A Better Together run starting on Monday 5 January 2026 at 10:00 in London. */
export function programmeBody(id: string, capacity: number): Record<string, unknown> {
  return { id, startDate: "2026-01-05", startTime: "10:00", zone: "Europe/London", capacity };
}

/** A referral from a hospital ward, received on 2 March 2026, not yet moved on. */
export function referralBody(id: string, carerId: string): Record<string, unknown> {
  return {
    id,
    carerId,
    source: "ward",
    sourceDetail: "Synthetic ward 7",
    receivedAt: "2026-03-02T10:00:00Z",
    reason: "Synthetic reason: husband discharged home",
    history: [],
  };
}

/** An emergency plan with every section but professionals filled in, due for review in 2027. */
export function emergencyPlanBody(id: string, carerId: string, caredForId: string) {
  return {
    id,
    carerId,
    caredForId,
    carerName: "Synthetic Carer",
    caredForName: "Synthetic Person",
    stepIn: [{ name: "Synthetic Neighbour", phone: "01632 960999", hasKey: true }],
    routines: ["Synthetic routine: tea at four"],
    preferences: ["Synthetic preference: radio"],
    triggers: ["Synthetic trigger: loud noise"],
    confirmedNone: ["medication", "equipment"],
    updatedOn: "2026-03-02",
    reviewOn: "2027-03-02",
  } satisfies Record<string, unknown>;
}

/** A short break taken on 9 March 2026, four hours, paid by a carers' grant. */
export function breakBody(id: string, carerId: string): Record<string, unknown> {
  return {
    id,
    carerId,
    type: "short_break",
    funding: "carers_grant",
    status: "taken",
    startsOn: "2026-03-09",
    endsOn: "2026-03-09",
    hours: 4,
    provider: "Synthetic sitting service",
  };
}

/** Casework (issue 18): a 30-minute emotional-support ward visit on 2 March 2026, with a note. */
export function supportContactBody(id: string, carerId: string): Record<string, unknown> {
  return {
    id,
    carerId,
    serviceId: "hospital-carers",
    date: "2026-03-02",
    mode: "ward_visit",
    kind: "emotional",
    durationMinutes: 30,
    notes: "Synthetic contact note: worried about discharge",
  };
}

/** The bundled directory's carers' café (an offer id from src/data/services.hsds.json). */
export const CAFE_OFFER = "synthetic:svc-carers-cafe@sal-carers-cafe";

/** Casework: an onward referral to the carers' café, made on Wednesday 1 April 2026. */
export function onwardReferralBody(id: string, carerId: string): Record<string, unknown> {
  return {
    id,
    carerId,
    offerId: CAFE_OFFER,
    referredOn: "2026-04-01",
    notes: "Synthetic referral note: prefers afternoons",
  };
}

/** A Tea & Chat drop-in in outpatients on 11 March 2026: counts only. */
export function outreachBody(id: string): Record<string, unknown> {
  return {
    id,
    kind: "drop_in",
    title: "Tea & Chat",
    place: "Outpatients, Synthetic General Hospital",
    date: "2026-03-11",
    peopleMet: 104,
    carersIdentified: 23,
    referralsMade: 9,
    leafletsGiven: 60,
  };
}

/** A complaint received on Thursday 2 April 2026 (the day before Good Friday), coded by theme. */
export function complaintBody(id: string, carerId: string): Record<string, unknown> {
  return {
    id,
    kind: "complaint",
    receivedOn: "2026-04-02",
    text: "Synthetic complaint: nobody rang back about the sitting service",
    anonymous: false,
    fromCarerId: carerId,
    about: "Synthetic sitting service",
    channel: "phone",
    themes: ["communication", "timeliness"],
  };
}

/** A compliment received on 9 March 2026. */
export function complimentBody(id: string): Record<string, unknown> {
  return {
    id,
    kind: "compliment",
    receivedOn: "2026-03-09",
    text: "Synthetic compliment: the Tuesday group made me feel less alone",
    anonymous: true,
    themes: ["peer_support"],
  };
}

/** A safeguarding concern about a carer (self-neglect, raised 3 January 2026), with a note. */
export function safeguardingConcernBody(
  id: string,
  carerId: string,
  raisedBy: string,
): Record<string, unknown> {
  return {
    id,
    status: "raised",
    raisedBy,
    raisedOn: "2026-01-03",
    about: { personId: carerId, role: "carer" },
    categories: ["self_neglect"],
    immediateRisk: false,
    actionTaken: "Synthetic safeguarding note: visited at home",
  };
}
