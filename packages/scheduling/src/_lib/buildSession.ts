import { addMinutes } from "date-fns";
import type { ProgrammeSession } from "../planning/types.ts";
import type { SessionTemplate } from "../templates/types.ts";
import { formatInstant, formatLocalDate, formatLocalTime } from "./localTime.ts";
import type { Slot } from "./slots.ts";
import { toFloating } from "./zone.ts";

/** Local and UTC start/end fields of a session placed in a slot. */
export function placeAt(
  slot: Slot,
  zone: string,
  durationMinutes: number,
): Pick<ProgrammeSession, "date" | "startTime" | "endTime" | "start" | "end"> {
  // Elapsed minutes on the instant, so a session spanning a clock change lasts its length.
  const endMs = addMinutes(slot.epochMs, durationMinutes).getTime();
  return {
    date: formatLocalDate(slot.floating),
    startTime: formatLocalTime(
      slot.exact === true ? slot.floating : toFloating(slot.epochMs, zone),
    ),
    endTime: formatLocalTime(toFloating(endMs, zone)),
    start: formatInstant(slot.epochMs),
    end: formatInstant(endMs),
  };
}

/** A new session in a slot. */
export function buildSession(input: {
  readonly programmeId: string;
  readonly number: number;
  readonly content: SessionTemplate;
  readonly zone: string;
  readonly slot: Slot;
  readonly venue: string | undefined;
}): ProgrammeSession {
  const placed = placeAt(input.slot, input.zone, input.content.durationMinutes);
  return {
    id: `${input.programmeId}-s${input.number}`,
    programmeId: input.programmeId,
    number: input.number,
    content: input.content,
    zone: input.zone,
    ...placed,
    originalDate: placed.date,
    originalStartTime: placed.startTime,
    status: "scheduled",
    sequence: 0,
    ...(input.venue === undefined ? {} : { venue: input.venue }),
  };
}
