// The ids that reached the output, per HSDS table: what the offers (and the taxonomy terms)
// kept of each kind of record.
import type { ServiceOffer } from "../../offer/serviceOffer.ts";
import type { OfferTerm } from "../../offer/term.ts";

export type ReachedIds = ReadonlyMap<string, ReadonlySet<string>>;

export function reachedIds(
  offers: readonly ServiceOffer[],
  terms: readonly OfferTerm[],
): ReachedIds {
  const sets = new Map<string, Set<string>>();
  const add = (table: string, id: string | undefined): void => {
    if (id === undefined) return;
    let set = sets.get(table);
    if (set === undefined) sets.set(table, (set = new Set()));
    set.add(id);
  };
  for (const o of offers) {
    add("services", o.serviceId);
    add("service_at_location", o.serviceAtLocationId);
    add("locations", o.location?.id);
    add("addresses", o.location?.address?.id);
    add("organizations", o.organisation?.id);
    for (const p of o.phones) add("phones", p.id);
    for (const s of o.schedules) add("schedules", s.id);
    for (const a of o.serviceAreas) add("service_areas", a.id);
    for (const c of o.costs) add("cost_options", c.id);
    for (const a of o.accessibility) add("accessibility", a.id);
    for (const t of o.terms) add("taxonomy_terms", t.id);
  }
  for (const t of terms) add("taxonomy_terms", t.id);
  return sets;
}
