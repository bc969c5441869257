/**
 * How a carer takes part in an offer: at a venue, by phone, online (video or web) or at home.
 *
 * @example
 * const modes: DeliveryMode[] = ["in_person", "phone"];
 */
export type DeliveryMode = "in_person" | "phone" | "online" | "home_visit";
