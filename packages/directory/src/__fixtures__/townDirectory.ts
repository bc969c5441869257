// A realistic but entirely FICTIONAL directory of carers' services in and around Norwich,
// written as an HSDS 3.0 paginated `/services` response for tests and the demo.
// Organisations, people, services, addresses and venue coordinates are invented; they are
// points placed roughly in the named districts. Phone numbers are in Ofcom's range reserved for
// drama (01632 960000–960999); emails and web sites use example.org.
import { must } from "../_lib/must.ts";

type Mode = "phone" | "online" | "home_visit";
type Sched = readonly [byday: string, opens: string, closes: string, extra?: Record<string, unknown>];

interface Row {
  readonly id: string;
  readonly name: string;
  readonly org: string;
  readonly description: string;
  readonly terms?: readonly string[];
  readonly venue?: { readonly name: string; readonly lat: number; readonly lon: number; readonly postcode: string; readonly access?: string };
  readonly modes?: readonly Mode[];
  readonly sched?: readonly Sched[];
  readonly cost?: number;
  readonly costText?: string;
  readonly ages?: readonly [number | null, number | null];
  readonly langs?: readonly string[];
  readonly assured?: string;
  readonly status?: string;
  readonly area?: boolean;
}

const TERMS: Readonly<Record<string, { readonly code: string; readonly taxonomy: string }>> = {
  "Carers support groups": { code: "esdServiceType:298", taxonomy: "esdServiceTypes" },
  "Carers assessment": { code: "esdServiceType:1755", taxonomy: "esdServiceTypes" },
  "Relief for Caregivers": { code: "1286", taxonomy: "Open Eligibility" },
  Bereavement: { code: "1288", taxonomy: "Open Eligibility" },
  Hospice: { code: "1290", taxonomy: "Open Eligibility" },
  "Peer Support": { code: "peer-support", taxonomy: "Open Eligibility" },
  Counselling: { code: "counselling", taxonomy: "Town categories" },
  "Benefits advice": { code: "benefits", taxonomy: "Town categories" },
  "Carers centre": { code: "carers-centre", taxonomy: "Town categories" },
  Dementia: { code: "dementia", taxonomy: "Town conditions" },
  "Mental health": { code: "mental-health", taxonomy: "Town conditions" },
  Stroke: { code: "stroke", taxonomy: "Town conditions" },
};

const NORWICH_AREA = JSON.stringify({
  type: "Polygon",
  coordinates: [[[1.17, 52.58], [1.4, 52.58], [1.4, 52.7], [1.17, 52.7], [1.17, 52.58]]],
});

const V = {
  hub: { name: "Wensum Carers' Hub, St Giles Yard", lat: 52.631, lon: 1.287, postcode: "NR2 1AA", access: "Step-free entrance and a lift to all floors. Hearing loop at reception. Accessible toilet." },
  library: { name: "Northside Community Library", lat: 52.646, lon: 1.293, postcode: "NR3 1AB", access: "Level access, wheelchair accessible. Hearing loop in the meeting room." },
  hospice: { name: "Cedar Hospice (fictional), Eaton Rise", lat: 52.614, lon: 1.254, postcode: "NR4 7AA", access: "Wheelchair accessible throughout, free parking, accessible toilets." },
  hospital: { name: "Colney Lane General (fictional), Carers' Desk", lat: 52.618, lon: 1.219, postcode: "NR4 7AB", access: "Wheelchair accessible, blue badge parking, changing places toilet." },
  church: { name: "St Anne's Church Hall (fictional), Thorpe Road", lat: 52.628, lon: 1.318, postcode: "NR1 1AC", access: "No wheelchair access: the hall is up a flight of stairs." },
  sprowston: { name: "Sprowston Green Pavilion (fictional)", lat: 52.652, lon: 1.331, postcode: "NR7 8AA" },
  bowthorpe: { name: "Bowthorpe Village Centre (fictional)", lat: 52.638, lon: 1.218, postcode: "NR5 9AA", access: "Ramp at the side door; hearing loop." },
  hellesdon: { name: "Oak House (fictional), Hellesdon", lat: 52.664, lon: 1.268, postcode: "NR6 5AA", access: "Wheelchair accessible, accessible toilet, parking." },
  city: { name: "Riverside Advice Centre (fictional), King Street", lat: 52.624, lon: 1.302, postcode: "NR1 2AA", access: "Lift to first floor; accessible toilet." },
  wymondham: { name: "Wymondham Market Rooms (fictional)", lat: 52.57, lon: 1.115, postcode: "NR18 0AA" },
  dereham: { name: "Dereham Corn Hall Rooms (fictional)", lat: 52.681, lon: 0.94, postcode: "NR19 1AA" },
  yarmouth: { name: "Yarmouth Seafront Rooms (fictional)", lat: 52.608, lon: 1.733, postcode: "NR30 1AA" },
  nowhere: { name: "Bowthorpe Lunch Club Room (fictional)", lat: 0, lon: 0, postcode: "NR5 9AB" },
} as const;

const weekdays = "MO,TU,WE,TH,FR";

export const TOWN_ROWS: readonly Row[] = [
  { id: "hub", name: "Wensum Carers' Hub", org: "Wensum Carers Trust", description: "The carers' centre for Norwich: information and advice, help with a carer's assessment, and a friendly place to drop in.", terms: ["Carers centre", "Carers assessment"], venue: V.hub, sched: [[weekdays, "09:00", "17:00"]], cost: 0, langs: ["en", "pl"], assured: "2026-04-20" },
  { id: "hub-line", name: "Wensum Carers Line", org: "Wensum Carers Trust", description: "Telephone helpline for carers: someone to talk to, information and advice, and emotional support.", modes: ["phone"], sched: [[weekdays, "09:00", "20:00"], ["SA", "10:00", "14:00"]], cost: 0, langs: ["en"], assured: "2026-04-20" },
  { id: "riverside-cafe", name: "Riverside Carers' Café", org: "Wensum Carers Trust", description: "A relaxed evening carers' café: meet other carers over tea and cake.", terms: ["Carers support groups"], venue: V.library, sched: [["TU", "18:00", "20:00"]], cost: 0, assured: "2026-05-02" },
  { id: "memory-cafe", name: "Memory Lane Dementia Café", org: "Norwich Memory Friends", description: "A monthly café for people living with dementia and the family carers who support them.", terms: ["Peer Support", "Dementia"], venue: V.hospice, sched: [["1TH", "14:00", "16:00", { freq: "MONTHLY" }]], cost: 0, assured: "2026-03-15" },
  { id: "cedar-bereavement-group", name: "Cedar Hospice Bereavement Group", org: "Cedar Hospice", description: "A fortnightly evening group for people who have been bereaved, including former carers. Share grief and loss with others who understand.", terms: ["Bereavement", "Carers support groups"], venue: V.hospice, sched: [["TU", "18:00", "20:00", { interval: 2, dtstart: "2026-05-26" }]], cost: 0, ages: [18, null], langs: ["en"], assured: "2026-05-10" },
  { id: "cedar-family-support", name: "Cedar Hospice Family Support Team", org: "Cedar Hospice", description: "Support for families and carers of people at the end of life: advance care planning, emotional support and hospice social work.", terms: ["Hospice"], venue: V.hospice, modes: ["home_visit"], sched: [[weekdays, "09:00", "17:00"]], cost: 0, assured: "2026-05-10", area: true },
  { id: "cedar-counselling", name: "Cedar Hospice Bereavement Counselling", org: "Cedar Hospice", description: "One-to-one bereavement counselling in person or by phone.", terms: ["Bereavement", "Counselling"], venue: V.hospice, modes: ["phone"], sched: [["WE", "10:00", "16:00"]], cost: 0, ages: [18, null], assured: "2026-05-10" },
  { id: "young-carers", name: "Young Carers Club", org: "Wensum Carers Trust", description: "After-school club for young carers: fun, a break from caring and peer support.", terms: ["Carers support groups", "Relief for Caregivers"], venue: V.sprowston, sched: [["WE", "16:00", "18:00"]], cost: 0, ages: [8, 17], assured: "2026-04-01" },
  { id: "young-adult-carers", name: "Young Adult Carers Group", org: "Wensum Carers Trust", description: "For carers aged 16 to 25: peer support, help with college, training and employment.", terms: ["Carers support groups"], venue: V.city, sched: [["TH", "18:00", "20:00"]], cost: 0, ages: [16, 25], assured: "2026-04-01" },
  { id: "sitting-service", name: "Carers' Sitting Service", org: "Broadland Care Partners", description: "Replacement care at home so you can take a short break: a trained sitter stays with the person you care for.", terms: ["Relief for Caregivers"], modes: ["home_visit"], sched: [["MO,TU,WE,TH,FR,SA", "09:00", "21:00"]], cost: 12, costText: "per hour", assured: "2026-02-11", area: true },
  { id: "oak-house", name: "Oak House Dementia Day Centre", org: "Broadland Care Partners", description: "Day care for people living with dementia, giving family carers a regular break.", terms: ["Dementia"], venue: V.hellesdon, sched: [[weekdays, "10:00", "16:00"]], cost: 35, costText: "per day", assured: "2026-01-20" },
  { id: "shared-lives", name: "Broadland Shared Lives Short Breaks", org: "Broadland Care Partners", description: "Short breaks with an approved Shared Lives carer, in their home.", venue: V.sprowston, assured: "2025-12-01" },
  { id: "night-sitting", name: "Night Sitting Service", org: "Broadland Care Partners", description: "Night sitting so that carers can sleep: respite overnight at home.", modes: ["home_visit"], sched: [["MO,TU,WE,TH,FR,SA,SU", "22:00", "07:00"]], cost: 15, costText: "per hour", assured: "2026-02-11", area: true },
  { id: "benefits-clinic", name: "Carers' Benefits Advice Clinic", org: "Riverside Advice (fictional)", description: "Free benefits advice for carers: Carer's Allowance, Attendance Allowance and a full benefits check.", terms: ["Benefits advice"], venue: V.city, sched: [["TU", "10:00", "13:00"], ["TH", "10:00", "13:00"]], cost: 0, langs: ["en"], assured: "2026-05-01" },
  { id: "welfare-line", name: "Welfare Rights Phone Line", org: "Riverside Advice (fictional)", description: "Welfare rights and money advice by phone, with interpreters for Urdu and Punjabi.", modes: ["phone"], sched: [[weekdays, "10:00", "16:00"]], cost: 0, langs: ["en", "ur", "pa"], assured: "2026-05-01" },
  { id: "benefits-online", name: "Online Carer's Allowance Sessions", org: "Riverside Advice (fictional)", description: "Evening video sessions on Carer's Allowance and other benefits for carers.", modes: ["online"], sched: [["WE", "19:00", "20:00"]], cost: 0, assured: "2026-05-01" },
  { id: "counselling", name: "Carers' Counselling Service", org: "Wensum Carers Trust", description: "Short-term counselling for carers dealing with stress, anxiety or low mood.", terms: ["Counselling"], venue: V.hub, sched: [["MO,TU,WE,TH", "09:00", "19:00"]], cost: 10, costText: "per session", ages: [18, null], assured: "2026-03-30" },
  { id: "online-wellbeing", name: "Online Carers' Wellbeing Group", org: "Wensum Carers Trust", description: "Weekly video group: wellbeing, relaxation and peer support from home.", modes: ["online"], sched: [["MO", "19:00", "20:30"]], cost: 0, assured: "2026-04-12" },
  { id: "yoga", name: "Mindful Carers Yoga", org: "Bowthorpe Wellbeing (fictional)", description: "Gentle yoga and mindfulness for carers' own health.", venue: V.bowthorpe, sched: [["SA", "10:00", "11:00"]], cost: 4, costText: "per session", assured: "2026-02-28" },
  { id: "working-carers", name: "Working Carers Network", org: "Wensum Carers Trust", description: "Lunchtime video meet-up for working carers balancing work and caring.", modes: ["online"], sched: [["1TU", "12:30", "13:30", { freq: "MONTHLY" }]], cost: 0, assured: "2026-04-12" },
  { id: "legal-clinic", name: "Carers' Legal Advice Clinic", org: "Riverside Advice (fictional)", description: "Legal advice on lasting power of attorney, mental capacity and carers' rights.", venue: V.city, sched: [["-1FR", "10:00", "12:00", { freq: "MONTHLY" }]], cost: 0, assured: "2026-05-01" },
  { id: "emergency-card", name: "Carers' Emergency Card Scheme", org: "Wensum Carers Trust", description: "Make an emergency plan and get a carer emergency card, so the person you care for is looked after if something happens to you.", modes: ["phone"], sched: [[weekdays, "09:00", "17:00"]], cost: 0, assured: "2026-04-20" },
  { id: "equipment", name: "Equipment and Adaptations Advice", org: "Broadland Care Partners", description: "Advice on equipment, adaptations and telecare, with home visits by an occupational therapist.", venue: V.hellesdon, modes: ["home_visit"], sched: [["TU,TH", "10:00", "15:00"]], cost: 0, assured: "2026-03-03", area: true },
  { id: "moving-handling", name: "Carers' Training: Moving and Handling", org: "Wensum Carers Trust", description: "Practical carer training in moving and handling and personal care.", venue: V.hub, sched: [["2WE", "10:00", "13:00", { freq: "MONTHLY" }]], cost: 0, assured: "2026-04-20" },
  { id: "understanding-dementia", name: "Understanding Dementia Course", org: "Norwich Memory Friends", description: "A six-week course for family carers: understanding dementia and how it may change.", terms: ["Dementia"], venue: V.library, sched: [["TH", "14:00", "16:00", { valid_from: "2026-05-01", valid_to: "2026-07-31" }]], cost: 0, assured: "2026-04-25" },
  { id: "admiral-nurse", name: "Admiral Nurse Clinic", org: "Norwich Memory Friends", description: "Appointments with an Admiral Nurse for families living with dementia: medicines, symptoms and what to expect.", terms: ["Dementia"], venue: V.hospital, sched: [["MO,WE", "09:00", "17:00"]], cost: 0, assured: "2026-04-25" },
  { id: "stroke-group", name: "Stroke Carers' Support Group", org: "Bowthorpe Wellbeing (fictional)", description: "Monthly support group for carers of stroke survivors.", terms: ["Carers support groups", "Stroke"], venue: V.bowthorpe, sched: [["2MO", "18:30", "20:30", { freq: "MONTHLY" }]], cost: 0, assured: "2026-03-01" },
  { id: "mh-forum", name: "Mental Health Carers' Forum", org: "Wensum Carers Trust", description: "A peer support forum for carers of people with mental health conditions.", terms: ["Peer Support", "Mental health"], venue: V.church, sched: [["WE", "18:00", "20:00", { interval: 2, dtstart: "2026-05-27" }]], cost: 0, assured: "2026-04-20" },
  { id: "parkinsons", name: "Parkinson's Carers Coffee Morning", org: "Sprowston Friends (fictional)", description: "A coffee morning for carers of people with Parkinson's.", venue: V.sprowston, sched: [["FR", "10:00", "12:00"]], cost: 0, assured: "2026-02-02" },
  { id: "polish-carers", name: "Polish Carers' Group", org: "Wensum Carers Trust", description: "Grupa wsparcia dla opiekunów: a support group for Polish-speaking carers.", terms: ["Carers support groups"], venue: V.library, sched: [["SA", "11:00", "13:00"]], cost: 0, langs: ["pl"], assured: "2026-04-20" },
  { id: "asian-carers", name: "Asian Carers' Support", org: "Riverside Advice (fictional)", description: "Information, advice and a support group for South Asian carers, in Urdu, Punjabi and English.", terms: ["Carers support groups"], venue: V.city, sched: [["SU", "14:00", "16:00"]], cost: 0, langs: ["ur", "pa", "en"], assured: "2026-05-01" },
  { id: "life-after-caring", name: "Life After Caring", org: "Wensum Carers Trust", description: "An evening group for former carers: bereavement, grief and rebuilding life after caring.", terms: ["Bereavement"], venue: V.hub, sched: [["TH", "18:00", "20:00"]], cost: 0, assured: "2024-01-10" },
  { id: "relationships", name: "Carers' Relationship Support", org: "Broadland Care Partners", description: "Relationship support for carers and couples by phone or video.", modes: ["phone", "online"], sched: [[weekdays, "10:00", "18:00"]], assured: "2026-01-05" },
  { id: "good-neighbours", name: "Good Neighbours Practical Help", org: "Sprowston Friends (fictional)", description: "Volunteers help with shopping, transport to appointments and practical help at home.", modes: ["home_visit"], cost: 0, assured: "2026-03-20", area: true },
  { id: "assessment-team", name: "Carers' Assessment Team", org: "Norwich City Council (fictional directory entry)", description: "Ask for a carer's assessment under the Care Act 2014.", terms: ["Carers assessment"], modes: ["phone"], sched: [[weekdays, "09:00", "17:00"]], cost: 0, assured: "2026-05-15" },
  { id: "hospital-coordinator", name: "Hospital Carer Coordinator", org: "Colney Lane General (fictional)", description: "Information and contacts for carers when the person you care for is in hospital, and help with a crisis plan before discharge.", venue: V.hospital, sched: [[weekdays, "08:30", "16:30"]], cost: 0, assured: "2026-05-12" },
  { id: "walking-group", name: "Carers' Walking Group", org: "Bowthorpe Wellbeing (fictional)", description: "Sunday walks for carers' wellbeing and to meet other carers.", venue: V.bowthorpe, sched: [["SU", "10:00", "12:00"]], cost: 0, assured: "2026-03-01" },
  { id: "eastside-dropin", name: "Eastside Carers' Drop-in", org: "Wensum Carers Trust", description: "Weekly drop in group for carers.", venue: V.church, sched: [["MO", "10:00", "12:00"]], cost: 0, status: "temporarily closed", assured: "2026-04-20" },
  { id: "wymondham-group", name: "Wymondham Carers' Group", org: "South Norfolk Carers (fictional)", description: "Evening support group for carers in Wymondham.", terms: ["Carers support groups"], venue: V.wymondham, sched: [["TU", "18:00", "20:00"]], cost: 0, assured: "2026-04-02" },
  { id: "dereham-respite", name: "Dereham Respite Café", org: "Mid Norfolk Carers (fictional)", description: "Respite café: a short break and peer support for carers.", venue: V.dereham, sched: [["TH", "13:00", "15:00"]], cost: 0, assured: "2026-04-02" },
  { id: "yarmouth-bereavement", name: "Yarmouth Bereavement Group", org: "East Coast Hospice (fictional)", description: "Bereavement support group by the sea.", terms: ["Bereavement"], venue: V.yarmouth, sched: [["TU", "18:00", "20:00"]], cost: 0, assured: "2026-04-02" },
  { id: "online-forum", name: "Carers Online Forum", org: "National Carers Network (fictional)", description: "A moderated online forum to meet other carers, any time of day or night.", terms: ["Peer Support"], modes: ["online"], sched: [["MO,TU,WE,TH,FR,SA,SU", "00:00", "23:59"]], cost: 0, assured: "2026-05-20" },
  { id: "bereavement-helpline", name: "Bereavement Helpline", org: "National Carers Network (fictional)", description: "A national phone line for anyone bereaved, including former carers coping with grief.", terms: ["Bereavement"], modes: ["phone"], sched: [[weekdays, "09:00", "21:00"]], cost: 0, assured: "2026-05-20" },
  { id: "hospice-at-home", name: "Hospice at Home", org: "Cedar Hospice", description: "End of life care at home, with night sitting so that family carers can rest.", terms: ["Hospice"], modes: ["home_visit"], sched: [["MO,TU,WE,TH,FR,SA,SU", "08:00", "22:00"]], cost: 0, assured: "2026-05-10", area: true },
  { id: "carers-grant", name: "Carers' Break Grant", org: "Wensum Carers Trust", description: "Small grants for carers to pay for a short break.", modes: ["online"], cost: 0, ages: [18, null], assured: "2026-04-20" },
  { id: "lunch-club", name: "Bowthorpe Carers' Lunch Club", org: "Bowthorpe Wellbeing (fictional)", description: "A monthly lunch club: peer support for carers.", venue: V.nowhere, sched: [["3WE", "12:00", "14:00", { freq: "MONTHLY" }]], cost: 3, costText: "per lunch", assured: "2026-03-01" },
];

const slug = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

function service(row: Row, n: number): Record<string, unknown> {
  const orgId = `org-${slug(row.org)}`;
  const attributes = (row.terms ?? []).map((name, k) => {
    const t = must(TERMS[name]);
    return {
      id: `attr-${row.id}-${k}`,
      link_type: "service_type",
      taxonomy_term: { id: `term-${slug(t.code)}`, code: t.code, name, description: name, taxonomy: t.taxonomy },
    };
  });
  for (const mode of row.modes ?? []) {
    attributes.push({
      id: `attr-${row.id}-mode-${mode}`,
      link_type: "delivery_method",
      taxonomy_term: {
        id: `term-mode-${mode}`,
        code: mode,
        name: mode === "home_visit" ? "Home visit" : mode === "phone" ? "Telephone" : "Online",
        description: "How the service is delivered",
        taxonomy: "Town delivery methods",
      },
    });
  }
  const schedules = (row.sched ?? []).map(([byday, opens, closes, extra], k) => ({
    id: `sched-${row.id}-${k}`,
    freq: "WEEKLY",
    byday,
    opens_at: opens,
    closes_at: closes,
    ...extra,
  }));
  const phone = { id: `phone-${row.id}`, number: `01632 960${String(100 + n).padStart(3, "0")}`, type: "voice" };
  return {
    id: `svc-${row.id}`,
    name: row.name,
    description: row.description,
    url: `https://${slug(row.org)}.example.org/${row.id}`,
    email: `hello@${slug(row.org)}.example.org`,
    status: row.status ?? "active",
    ...(row.ages === undefined ? {} : { ...(row.ages[0] === null ? {} : { minimum_age: row.ages[0] }), ...(row.ages[1] === null ? {} : { maximum_age: row.ages[1] }) }),
    ...(row.assured === undefined ? {} : { assured_date: row.assured }),
    last_modified: `${row.assured ?? "2025-06-01"}T09:00:00Z`,
    organization: { id: orgId, name: row.org, description: `${row.org} (fictional organisation)` },
    phones: [phone],
    schedules,
    ...(row.cost === undefined ? {} : { cost_options: [{ id: `cost-${row.id}`, amount: row.cost, currency: "GBP", ...(row.costText === undefined ? {} : { amount_description: row.costText }) }] }),
    languages: (row.langs ?? []).map((code) => ({ id: `lang-${row.id}-${code}`, code })),
    ...(row.area === true ? { service_areas: [{ id: `area-${row.id}`, name: "Norwich and nearby", extent: NORWICH_AREA, extent_type: "geojson" }] } : {}),
    attributes,
    service_at_locations:
      row.venue === undefined
        ? []
        : [
            {
              id: `sal-${row.id}`,
              location: {
                id: `loc-${slug(row.venue.name)}`,
                location_type: "physical",
                name: row.venue.name,
                latitude: row.venue.lat,
                longitude: row.venue.lon,
                addresses: [{ id: `addr-${slug(row.venue.name)}`, address_1: row.venue.name, city: "Norwich", state_province: "Norfolk", postal_code: row.venue.postcode, country: "GB", address_type: "physical" }],
                accessibility: row.venue.access === undefined ? [] : [{ id: `acc-${slug(row.venue.name)}`, description: row.venue.access }],
              },
            },
          ],
  };
}

/** The directory as an HSDS 3 `/services` page (fully nested services). */
export const TOWN_FEED = {
  total_items: TOWN_ROWS.length,
  total_pages: 1,
  page_number: 1,
  size: TOWN_ROWS.length,
  first_page: true,
  last_page: true,
  empty: false,
  contents: TOWN_ROWS.map(service),
};
