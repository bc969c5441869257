import { SUPPORT_NEED_DOMAINS, type SupportNeedDomain } from "@carerkit/core";
import type { PrioritisedNeed } from "./types.ts";
import { field } from "../_lib/arguments/field.ts";
import { eachOf } from "../_lib/arguments/eachOf.ts";
import { checkArguments } from "../_lib/arguments/checkArguments.ts";

function isSupportNeedDomain(id: string): id is SupportNeedDomain {
  return SUPPORT_NEED_DOMAINS.some((domain) => domain.id === id);
}

/**
 * The support-need domains of a carer's prioritised needs, in the carer's priority order, ready
 * to pass as `needs` to `matchServices` in `@carerkit/directory`: both packages speak core's
 * `SupportNeedDomain`, so the needs an assessment finds are the needs services declare. Needs
 * from a checklist with its own domains (not core's) are left out, and repeats are kept once.
 *
 * @param needs - From {@link prioritiseNeeds}, usually over {@link CORE_SUPPORT_NEEDS_CHECKLIST}.
 * @returns The domains, most important to the carer first; empty when no need is a core domain.
 * @example
 * const needs = prioritiseNeeds(CORE_SUPPORT_NEEDS_CHECKLIST, completed);
 * if (needs.success) {
 *   const domains = toSupportNeedDomains(needs.data); // ["money_and_benefits", "breaks_from_caring"]
 *   if (domains.length > 0) matchServices(index, { asOf, needs: domains });
 * }
 */
export function toSupportNeedDomains(
  needs: readonly Pick<PrioritisedNeed, "domain">[],
): SupportNeedDomain[] {
  checkArguments("toSupportNeedDomains", [
    [{ needs }, "array"],
    ...eachOf("needs", needs, "plain object"),
  ]);
  const domains = new Set<SupportNeedDomain>();
  for (const need of needs) {
    const domain = field(need, "domain");
    if (typeof domain === "string" && isSupportNeedDomain(domain)) domains.add(domain);
  }
  return [...domains];
}
