import type { AgeRange } from "../../offer/ageRange.ts";
import type { DeliveryMode } from "../../offer/delivery.ts";
import type { OfferTerm } from "../../offer/term.ts";
import {
  CARED_FOR_AGES_TAXONOMY,
  DELIVERY_ORDER,
  DELIVERY_TAXONOMY,
  deliveryModesIn,
} from "../delivery.ts";
import { at, type Cursor, describe, type Path, type Rec, record, report, str } from "../read.ts";
import type { BuildContext } from "./buildContext.ts";
import type { Items } from "./items.ts";
import { readTerm } from "./readTerm.ts";

/** The terms, delivery modes and cared-for ages that a service's attributes carry. */
export interface TermsAndExtras {
  readonly terms: OfferTerm[];
  readonly delivery: DeliveryMode[];
  readonly caredForAges?: AgeRange | undefined;
}

/**
 * The taxonomy_term of an attribute, nested or by taxonomy_term_id. `null` means a dangling
 * id (reported); undefined means a value-only attribute.
 */
function findAttributeTerm(
  ctx: BuildContext,
  c: Cursor,
  serviceId: string,
): Rec | undefined | null {
  const nested = record(c, "taxonomy_term");
  const termId = str(c, "taxonomy_term_id");
  if (nested !== undefined || termId === undefined) return nested;
  const found = ctx.terms.get(termId);
  if (found === undefined) {
    report(ctx, {
      severity: "warning",
      code: "dangling_reference",
      path: [...c.path, "taxonomy_term_id"],
      message: `no taxonomy term with id ${describe(termId)}; attribute ignored`,
      recordId: serviceId,
    });
    return null;
  }
  return found;
}

/** A `min-max` age range such as `18-`, `-64` or `5-17.5`; undefined if it does not parse. */
function parseAgeRange(value: string): AgeRange | undefined {
  const m = /^(\d+(?:\.\d+)?)?-(\d+(?:\.\d+)?)?$/.exec(value);
  if (m === null) return undefined;
  return {
    ...(m[1] === undefined ? {} : { min: Number(m[1]) }),
    ...(m[2] === undefined ? {} : { max: Number(m[2]) }),
  };
}

/** Only short terms that are about the way of attending count as a delivery mode. */
function isDeliveryTerm(term: OfferTerm, linkType: string | undefined): boolean {
  return /deliver|attend|method|mode|channel/i.test(`${term.taxonomy ?? ""} ${linkType ?? ""}`);
}

/**
 * A service's attributes: CarerKit's own delivery and cared-for-age taxonomies are read as
 * such, every other term is kept (and may also imply a delivery mode).
 */
export function readAttributes(ctx: BuildContext, items: Items, serviceId: string): TermsAndExtras {
  const { list, path } = items;
  const terms: OfferTerm[] = [];
  const delivery: DeliveryMode[] = [];
  let caredForAges: AgeRange | undefined;
  list.forEach((a, i) => {
    const here: Path = [...path, i];
    const c = at(ctx, a, here);
    const termRec = findAttributeTerm(ctx, c, serviceId);
    if (termRec === undefined || termRec === null) return;
    const term = readTerm(ctx, termRec, [...here, "taxonomy_term"]);
    if (term === undefined) return;
    const linkType = str(c, "link_type");
    const value = str(c, "value");
    if (term.taxonomy === DELIVERY_TAXONOMY) {
      const mode = DELIVERY_ORDER.find((m) => m === term.code);
      if (mode !== undefined) delivery.push(mode);
      return;
    }
    if (term.taxonomy === CARED_FOR_AGES_TAXONOMY && value !== undefined) {
      caredForAges = parseAgeRange(value) ?? caredForAges;
      return;
    }
    if (isDeliveryTerm(term, linkType))
      delivery.push(...deliveryModesIn(`${term.name} ${term.code ?? ""}`));
    terms.push({
      ...term,
      ...(linkType === undefined ? {} : { linkType }),
      ...(value === undefined ? {} : { value }),
    });
  });
  return { terms, delivery, ...(caredForAges === undefined ? {} : { caredForAges }) };
}
