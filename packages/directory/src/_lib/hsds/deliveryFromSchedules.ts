import type { DeliveryMode, OfferSchedule } from "../../offer/types.ts";
import { deliveryModesIn } from "../delivery.ts";

/** The delivery modes named in schedules' attending_type. */
export function deliveryFromSchedules(schedules: readonly OfferSchedule[]): DeliveryMode[] {
  return schedules.flatMap((s) =>
    s.attendingType === undefined ? [] : deliveryModesIn(s.attendingType),
  );
}
