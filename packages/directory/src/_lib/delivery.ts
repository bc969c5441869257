import type { DeliveryMode } from "../offer/delivery.ts";
import { hasPhrase, normaliseText } from "./text.ts";

/** Name of the taxonomy CarerKit uses when it writes delivery modes back to HSDS. */
export const DELIVERY_TAXONOMY = "CarerKit delivery modes";
/** Name of the taxonomy CarerKit uses for the cared-for person's age range. */
export const CARED_FOR_AGES_TAXONOMY = "CarerKit cared-for ages";

const PHRASES: readonly (readonly [DeliveryMode, readonly string[]])[] = [
  [
    "in_person",
    ["in person", "in-person", "face to face", "venue", "drop in", "drop-in", "in_person"],
  ],
  ["phone", ["phone", "telephone", "helpline", "by phone", "phone line"]],
  [
    "online",
    [
      "online",
      "video",
      "video call",
      "video conferencing",
      "virtual",
      "zoom",
      "web chat",
      "webchat",
      "remotely",
    ],
  ],
  ["home_visit", ["home visit", "home visits", "home_visit", "at home", "in your home"]],
];

/** Delivery modes named in a short free text, e.g. ORUK `attending_type` or a term name. */
export function deliveryModesIn(text: string): DeliveryMode[] {
  const normalised = normaliseText(text);
  const found: DeliveryMode[] = [];
  for (const [mode, phrases] of PHRASES) {
    if (phrases.some((p) => hasPhrase(normalised, normaliseText(p)))) found.push(mode);
  }
  return found;
}

export const DELIVERY_ORDER: readonly DeliveryMode[] = [
  "in_person",
  "phone",
  "online",
  "home_visit",
];

export function sortDelivery(modes: Iterable<DeliveryMode>): DeliveryMode[] {
  const set = new Set(modes);
  return DELIVERY_ORDER.filter((m) => set.has(m));
}
