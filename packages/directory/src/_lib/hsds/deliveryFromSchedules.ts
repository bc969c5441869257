import type { DeliveryMode } from "../../offer/delivery.ts";
import type { OfferSchedule } from "../../offer/schedule.ts";
import { deliveryModesIn } from "../delivery.ts";

/** The delivery modes named in schedules' attending_type. */
export function deliveryFromSchedules(schedules: readonly OfferSchedule[]): DeliveryMode[] {
  return schedules.flatMap((s) =>
    s.attendingType === undefined ? [] : deliveryModesIn(s.attendingType),
  );
}
