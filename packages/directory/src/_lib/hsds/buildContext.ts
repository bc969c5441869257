// The shared state of one HSDS import: known records for foreign-key lookups, the offers built
// so far and the issues reported.
import type { DirectoryIssue } from "../../offer/issue.ts";
import type { ServiceOffer } from "../../offer/serviceOffer.ts";
import type { IssueSink, Rec } from "../read.ts";

export interface BuildContext extends IssueSink {
  readonly source: string;
  /** Known records by id, for lookups by foreign key. */
  readonly organisations: Map<string, Rec>;
  readonly locations: Map<string, Rec>;
  readonly terms: Map<string, Rec>;
  readonly offers: ServiceOffer[];
  readonly offerIds: Set<string>;
  readonly serviceIds: Set<string>;
  readonly agesApplyTo: "carer" | "cared_for";
}

export function newContext(
  source: string,
  agesApplyTo: "carer" | "cared_for" = "carer",
): BuildContext {
  return {
    source,
    issues: [] as DirectoryIssue[],
    organisations: new Map(),
    locations: new Map(),
    terms: new Map(),
    offers: [],
    offerIds: new Set(),
    serviceIds: new Set(),
    agesApplyTo,
  };
}
