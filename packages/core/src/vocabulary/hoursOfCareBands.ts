import { z } from "zod";

/**
 * Weekly hours of unpaid care, in the detailed bands of the ONS Census 2021 for England and Wales
 * (variable "Provision of unpaid care", 5 categories plus "no unpaid care").
 * `max` is inclusive; `null` means no upper bound.
 *
 * @example
 * HOURS_OF_CARE_BANDS.at(-1); //=> { id: "50_or_more", label: "50 or more hours a week", min: 50, max: null }
 */
export const HOURS_OF_CARE_BANDS = [
  { id: "9_or_less", label: "9 hours or less a week", min: 0, max: 9 },
  { id: "10_to_19", label: "10 to 19 hours a week", min: 10, max: 19 },
  { id: "20_to_34", label: "20 to 34 hours a week", min: 20, max: 34 },
  { id: "35_to_49", label: "35 to 49 hours a week", min: 35, max: 49 },
  { id: "50_or_more", label: "50 or more hours a week", min: 50, max: null },
] as const;

/** The id of one hours-of-care band, e.g. `"50_or_more"`. */
export type HoursOfCareBand = (typeof HOURS_OF_CARE_BANDS)[number]["id"];

/**
 * Zod schema for a {@link HoursOfCareBand} id.
 *
 * @example
 * HoursOfCareBandSchema.parse("20_to_34"); //=> "20_to_34"
 */
export const HoursOfCareBandSchema = z.enum(
  HOURS_OF_CARE_BANDS.map((b) => b.id) as [HoursOfCareBand, ...HoursOfCareBand[]],
);
