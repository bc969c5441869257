import { must } from "../_lib/must.ts";
import type { ServiceOffer } from "../offer/serviceOffer.ts";
import { haversineKm } from "../_lib/geo.ts";
import { normaliseText } from "../_lib/text.ts";
import { checkArgument } from "@carerkit/core";
import { checkOffers } from "../_lib/guard/checkOffers.ts";
import { checkOptions } from "../_lib/guard/checkOptions.ts";

/**
 * Offers judged to be the same service published by several feeds.
 *
 * @example
 * const group: DuplicateGroup = { canonicalId: "council:s1@l1", duplicateIds: ["charity:9@3"], reasons: ["same name and postcode"] };
 */
export interface DuplicateGroup {
  /** The record kept: most recently assured, then most complete, then smallest id. */
  readonly canonicalId: string;
  /** The records it replaces. */
  readonly duplicateIds: readonly string[];
  /** Why they were judged the same. */
  readonly reasons: readonly string[];
}

/**
 * Options for {@link dedupeOffers}.
 *
 * @example
 * const options: DedupeOptions = { nameSimilarity: 0.8, withinMetres: 75 };
 */
export interface DedupeOptions {
  /** Minimum Dice similarity of the names (0–1). Default 0.8. */
  readonly nameSimilarity?: number;
  /** Maximum distance between venues, metres. Default 50. */
  readonly withinMetres?: number;
}

/**
 * The result of {@link dedupeOffers}.
 *
 * @example
 * const { offers, duplicates } = dedupeOffers(all);
 */
export interface DedupeResult {
  /** The canonical offers, in input order. */
  readonly offers: readonly ServiceOffer[];
  /** Each group of duplicates, with the kept record and the reasons. */
  readonly duplicates: readonly DuplicateGroup[];
}

function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  const t = s.replace(/ /g, "");
  for (let i = 0; i < t.length - 1; i++) {
    const g = t.slice(i, i + 2);
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

// Sørensen–Dice coefficient over character bigrams.
function dice(a: string, b: string): number {
  if (a === b) return 1;
  const x = bigrams(a);
  const y = bigrams(b);
  let inter = 0;
  let total = 0;
  for (const [g, n] of x) {
    inter += Math.min(n, y.get(g) ?? 0);
    total += n;
  }
  for (const n of y.values()) total += n;
  return total === 0 ? 0 : (2 * inter) / total;
}

const compactPostcode = (p: string): string => p.toUpperCase().replace(/\s+/g, "");
const host = (url: string): string =>
  url
    .toLowerCase()
    .replace(/^https?:\/\/(www\.)?/, "")
    .replace(/[/?#].*$/, "");
const digits = (n: string): string => n.replace(/\D/g, "").replace(/^44/, "0");

function completeness(o: ServiceOffer): number {
  return (
    [o.description, o.url, o.email, o.location?.point, o.carerAges, o.assuredDate].filter(
      (v) => v !== undefined,
    ).length +
    o.schedules.length +
    o.phones.length +
    o.terms.length +
    o.costs.length
  );
}

/**
 * Finds the same service published by several feeds (records from one feed are never merged) and keeps one record of each, following the
 * Open Referral UK aggregation guidance: records are the same when their names are similar and
 * they share a strong key — an organisation identifier (e.g. a charity number), a UPRN or other
 * location identifier, a postcode, a venue within 50 m, a web address path or a phone number.
 * Nothing is lost: every merge is listed with its reasons.
 *
 * @param offers - Offers from one or more importers.
 * @param options - Name similarity and distance thresholds.
 * @returns The canonical offers and the duplicate groups.
 * @throws CarerKitError `invalid_argument` when `offers` is not an array of offers or an option
 *   is not a finite number.
 * @example
 * const { offers, duplicates } = dedupeOffers([...council.offers, ...charity.offers]);
 * for (const d of duplicates) console.log(d.canonicalId, "replaces", d.duplicateIds.join(", "), d.reasons.join("; "));
 */
export function dedupeOffers(
  offers: readonly ServiceOffer[],
  options: DedupeOptions = {},
): DedupeResult {
  checkOffers("dedupeOffers", offers);
  checkOptions("dedupeOffers", options);
  const { nameSimilarity, withinMetres } = options;
  if (nameSimilarity !== undefined)
    checkArgument("dedupeOffers", { "options.nameSimilarity": nameSimilarity }, "finite number");
  if (withinMetres !== undefined)
    checkArgument("dedupeOffers", { "options.withinMetres": withinMetres }, "finite number");
  const minSimilarity = options.nameSimilarity ?? 0.8;
  const maxKm = (options.withinMetres ?? 50) / 1000;
  const names = offers.map((o) => normaliseText(o.name));
  const parent = offers.map((_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = must(parent[r]);
    return r;
  };
  const reasons = new Map<number, Set<string>>();
  const blocks = new Map<string, number[]>();
  const block = (key: string, i: number): void => {
    const l = blocks.get(key) ?? [];
    l.push(i);
    blocks.set(key, l);
  };
  offers.forEach((o, i) => {
    for (const id of o.organisation?.identifiers ?? [])
      block(`org|${id.scheme ?? ""}|${id.identifier}`, i);
    if (o.location?.externalId !== undefined)
      block(`loc|${o.location.externalIdType ?? ""}|${o.location.externalId}`, i);
    if (o.location?.address?.postcode !== undefined)
      block(`pc|${compactPostcode(o.location.address.postcode)}`, i);
    if (o.location?.point !== undefined) {
      const { lat, lon } = o.location.point;
      for (const dLat of [0, 1])
        for (const dLon of [0, 1])
          block(`pt|${Math.floor(lat * 500) + dLat}|${Math.floor(lon * 300) + dLon}`, i);
    }
    if (o.url !== undefined)
      block(
        `url|${host(o.url)}${o.url
          .toLowerCase()
          .replace(/^https?:\/\/[^/]+/, "")
          .replace(/\/$/, "")}`,
        i,
      );
    for (const p of o.phones)
      if (digits(p.number).length >= 10) block(`tel|${digits(p.number)}`, i);
  });
  const label: Readonly<Record<string, string>> = {
    org: "same organisation identifier",
    loc: "same location identifier",
    pc: "same postcode",
    pt: "venues within 50 m",
    url: "same web address",
    tel: "same phone number",
  };
  for (const [key, members] of [...blocks].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (members.length < 2 || members.length > 200) continue;
    const kind = key.slice(0, key.indexOf("|"));
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const a = must(members[x]);
        const b = must(members[y]);
        const oa = must(offers[a]);
        const ob = must(offers[b]);
        // Within one feed, distinct ids are distinct services: duplicates come from several feeds.
        if (oa.source === ob.source) continue;
        if (dice(must(names[a]), must(names[b])) < minSimilarity) continue;
        if (kind === "pt") {
          const pa = oa.location?.point;
          const pb = ob.location?.point;
          if (pa === undefined || pb === undefined || haversineKm(pa, pb) > maxKm) continue;
        }
        const ra = find(a);
        const rb = find(b);
        const root = Math.min(ra, rb);
        parent[Math.max(ra, rb)] = root;
        const set = reasons.get(root) ?? new Set<string>();
        for (const r of [reasons.get(ra), reasons.get(rb)]) for (const s of r ?? []) set.add(s);
        set.add(`similar names and ${label[kind] ?? kind}`);
        reasons.set(root, set);
      }
    }
  }
  const groups = new Map<number, number[]>();
  offers.forEach((_, i) => {
    const r = find(i);
    const l = groups.get(r) ?? [];
    l.push(i);
    groups.set(r, l);
  });
  const keep = new Set<number>();
  const duplicates: DuplicateGroup[] = [];
  for (const [root, members] of groups) {
    const ranked = [...members].sort((a, b) => {
      const oa = must(offers[a]);
      const ob = must(offers[b]);
      const da = oa.assuredDate ?? oa.lastModified?.slice(0, 10) ?? "";
      const db = ob.assuredDate ?? ob.lastModified?.slice(0, 10) ?? "";
      if (da !== db) return da > db ? -1 : 1;
      const ca = completeness(oa);
      const cb = completeness(ob);
      if (ca !== cb) return cb - ca;
      return oa.id < ob.id ? -1 : oa.id > ob.id ? 1 : 0;
    });
    keep.add(must(ranked[0]));
    if (ranked.length > 1) {
      duplicates.push({
        canonicalId: must(offers[must(ranked[0])]).id,
        duplicateIds: ranked.slice(1).map((i) => must(offers[i]).id),
        reasons: [...(reasons.get(find(root)) ?? [])].sort(),
      });
    }
  }
  duplicates.sort((a, b) =>
    a.canonicalId < b.canonicalId ? -1 : a.canonicalId > b.canonicalId ? 1 : 0,
  );
  return { offers: offers.filter((_, i) => keep.has(i)), duplicates };
}
