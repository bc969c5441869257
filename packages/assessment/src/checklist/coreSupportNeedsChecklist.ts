import { SUPPORT_NEED_DOMAINS } from "@carerkit/core";
import type { Checklist } from "./types.ts";

/**
 * A support-needs checklist over CarerKit's own support-need domains (`SUPPORT_NEED_DOMAINS`
 * from `@carerkit/core`, in CarerKit's wording), so that the needs it finds match the domains
 * directory services declare. It contains no CSNAT content.
 *
 * @example
 * CORE_SUPPORT_NEEDS_CHECKLIST.domains.length; //=> 17
 */
export const CORE_SUPPORT_NEEDS_CHECKLIST: Checklist = Object.freeze({
  id: "carerkit_core",
  title: "What more support would help you?",
  version: "1",
  source: "CarerKit support-need domains (@carerkit/core), MIT licence",
  domains: Object.freeze(
    SUPPORT_NEED_DOMAINS.map((d) =>
      Object.freeze({ id: d.id, label: d.label, description: d.description }),
    ),
  ),
});
