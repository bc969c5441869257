// The results: what the answers mean, the carer's needs in their order, and the services that
// fit with the SDK's reasons.
import type { NearMiss, ServiceMatch } from "@carerkit/directory";
import type { Assessment } from "./assess.ts";
import { h } from "./dom.ts";
import { describeCheckIn, describeScore, needsHelpNow } from "./plainLanguage.ts";
import { SUPPORT_LEVEL_LABELS } from "./questions.ts";

function serviceCard(match: ServiceMatch): HTMLLIElement {
  const { offer } = match;
  const phone = offer.phones[0]?.number;
  return h(
    "li",
    { class: "service" },
    h("h4", {}, offer.name),
    offer.organisation !== undefined && h("p", { class: "organisation" }, offer.organisation.name),
    offer.description !== undefined && h("p", {}, offer.description),
    h("p", { class: "why" }, "Why it is here:"),
    h("ul", { class: "reasons" }, ...match.reasons.map((reason) => h("li", {}, reason))),
    offer.location?.name !== undefined && h("p", {}, `Where: ${offer.location.name}`),
    phone !== undefined && h("p", {}, `Phone: ${phone}`),
  );
}

function nearMissItem(miss: NearMiss): HTMLLIElement {
  return h("li", {}, h("strong", {}, miss.offer.name), `: ${miss.summary}`);
}

function servicesSection(result: Assessment): HTMLElement {
  const section = h("section", { "aria-labelledby": "services-title" });
  section.append(h("h3", { id: "services-title" }, "Services that could help"));
  if (result.services === undefined) {
    section.append(
      h(
        "p",
        {},
        "You did not choose any area where you would like more support, so we have not looked for services. You can change your answers above at any time.",
      ),
    );
    return section;
  }
  const { matches, nearMisses } = result.services;
  section.append(
    h(
      "p",
      {},
      matches.length === 0
        ? "We did not find a service in this demo directory for the areas you chose."
        : `We found ${matches.length} ${matches.length === 1 ? "service" : "services"} in the demo directory: for what matters most to you first, then the best fit.`,
    ),
  );
  if (matches.length > 0)
    section.append(h("ol", { class: "services" }, ...matches.map(serviceCard)));
  if (nearMisses.length > 0) {
    section.append(
      h("h3", {}, "Services we left out, and why"),
      h("ul", { class: "near-misses" }, ...nearMisses.map(nearMissItem)),
    );
  }
  return section;
}

/** Replaces the results region's content with the assessment. */
export function showResults(region: HTMLElement, result: Assessment): void {
  const meaning = describeCheckIn(result.howAreYou, result.checkIn);
  const needs =
    result.needs.length === 0
      ? h("p", {}, "You did not choose any area where you would like more support.")
      : h(
          "ol",
          { class: "needs" },
          ...result.needs.map((need) =>
            h(
              "li",
              {},
              h("strong", {}, need.label),
              ` — ${SUPPORT_LEVEL_LABELS[need.level].toLowerCase()} support`,
            ),
          ),
        );
  region.replaceChildren(
    h("h2", { id: "results-title", tabindex: "-1" }, "What your answers mean"),
    h(
      "section",
      { "aria-labelledby": "meaning-title" },
      h("h3", { id: "meaning-title" }, "How you are doing"),
      ...meaning.map((sentence) => h("p", {}, sentence)),
      needsHelpNow(result.howAreYou, result.checkIn) &&
        h(
          "div",
          { class: "help-now" },
          h("p", {}, "If you feel you cannot cope, you do not have to wait:"),
          h(
            "ul",
            {},
            h("li", {}, "talk to your GP, or call NHS 111 for urgent help"),
            h("li", {}, "call Samaritans free on 116 123, any time"),
            h("li", {}, "in an emergency, call 999"),
          ),
        ),
      h(
        "details",
        {},
        h("summary", {}, "How this was worked out"),
        h("p", {}, describeScore(result.checkIn)),
        h("p", {}, result.checkIn.explanation),
      ),
    ),
    h(
      "section",
      { "aria-labelledby": "needs-title" },
      h("h3", { id: "needs-title" }, "Where you would like more support"),
      needs,
      result.unanswered > 0 &&
        h(
          "p",
          { class: "hint" },
          `You skipped ${result.unanswered} ${result.unanswered === 1 ? "area" : "areas"}. That is fine.`,
        ),
    ),
    servicesSection(result),
  );
  region.hidden = false;
}
