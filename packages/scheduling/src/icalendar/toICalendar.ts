import { ok, type Result } from "@carerkit/core";
import type { SchedulingIssue } from "../errors.ts";
import { fail } from "../_lib/issue.ts";
import { checkZone } from "../_lib/checkZone.ts";
import { checkFields } from "../_lib/guard/checkFields.ts";
import { checkSessionsShape } from "../_lib/guard/checkProgrammeShape.ts";
import { returnIssue } from "../_lib/guard/returnIssue.ts";
import { spanIssue } from "../_lib/guard/spanIssue.ts";
import { escapeText, fold } from "../_lib/icsText.ts";
import { formatLocalDateTime } from "../_lib/localTime.ts";
import { vtimezoneLines, type InstantSpan } from "../_lib/vtimezone.ts";
import { resolveWallTime, toFloating } from "../_lib/zone.ts";
import type { ProgrammeSession } from "../planning/types.ts";

/**
 * Options for {@link toICalendar}.
 *
 * @example
 * const options: ToICalendarOptions = {
 *   dtstamp: "2025-03-01T09:00:00Z",
 *   uidDomain: "stmaryshospice.org.uk",
 *   calendarName: "Better Together, spring 2025",
 * };
 */
export interface ToICalendarOptions {
  /** When this calendar was produced, as a UTC instant (no clock is read). */
  readonly dtstamp: string;
  /** Domain for UIDs, `<sessionId>@<uidDomain>`, e.g. your organisation's domain. */
  readonly uidDomain: string;
  /** PRODID; defaults to `-//CarerKit//@carerkit/scheduling//EN`. */
  readonly productId?: string | undefined;
  /** X-WR-CALNAME, the name calendar apps show for a subscription. */
  readonly calendarName?: string | undefined;
  /** METHOD, for sending by email (`REQUEST`, `CANCEL`); omitted by default (a published feed). */
  readonly method?: "PUBLISH" | "REQUEST" | "CANCEL" | undefined;
}

const MINUTE = 60_000;

const utcStamp = (epochMs: number): string =>
  new Date(epochMs)
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z")
    .replace(/[-:]/g, "");
const localStamp = (epochMs: number, zone: string): string =>
  formatLocalDateTime(toFloating(epochMs, zone)).replace(/[-:]/g, "");

// A DTSTART or DTEND line: local time with TZID, except when that wall-clock time happens twice
// (the hour repeated when the clocks go back). A TZID time is ambiguous there and calendar
// clients disagree (RFC 5545 §3.3.5 says the first occurrence; ical.js reads the second), so the
// instant is written in UTC, which every client reads the same way.
function dateTimeLine(name: "DTSTART" | "DTEND", epochMs: number, zone: string): string {
  const wall = resolveWallTime(toFloating(epochMs, zone), zone, {
    nonexistent: "shift",
    ambiguous: "earlier",
  });
  return wall.kind === "ambiguous"
    ? `${name}:${utcStamp(epochMs)}`
    : `${name};TZID=${zone}:${localStamp(epochMs, zone)}`;
}

/**
 * Exports sessions as an RFC 5545 iCalendar: one VEVENT per session with a stable UID
 * (`<sessionId>@<uidDomain>`), SEQUENCE from the session's revision, DTSTART and DTEND with
 * TZID and a matching VTIMEZONE built from the IANA data for the dates involved (in UTC instead
 * for a wall-clock time that happens twice, which clients read differently), DTSTAMP in
 * UTC, escaped and folded lines with CRLF endings, and STATUS:CANCELLED for cancelled sessions.
 *
 * @param sessions - Sessions from one or more programmes.
 * @param options - DTSTAMP, UID domain, calendar name, METHOD.
 * @returns The `.ics` text, or `invalid_input` for a bad DTSTAMP, domain or zone,
 *   `invalid_argument` for a wrongly shaped argument, or `out_of_span` for a date outside
 *   1900–2200 or a session longer than 7 days. The work grows with the sessions' own days, not
 *   with the time between them.
 * @example
 * const ics = toICalendar(programme.sessions, {
 *   dtstamp: "2025-03-01T09:00:00Z",
 *   uidDomain: "stmaryshospice.org.uk",
 * });
 * // BEGIN:VCALENDAR … DTSTART;TZID=Europe/London:20250317T100000 …
 */
export function toICalendar(
  sessions: readonly ProgrammeSession[],
  options: ToICalendarOptions,
): Result<string, SchedulingIssue> {
  const bad = returnIssue(() => {
    checkSessionsShape({ fn: "toICalendar", path: "sessions" }, sessions);
    checkFields({ fn: "toICalendar", path: "options" }, options, {
      dtstamp: "string",
      uidDomain: "string",
      productId: "string?",
      calendarName: "string?",
      method: { oneOf: ["PUBLISH", "REQUEST", "CANCEL"], optional: true },
    });
  });
  if (bad !== undefined) return bad;
  const dtstamp = Date.parse(options.dtstamp);
  if (!options.dtstamp.endsWith("Z") || Number.isNaN(dtstamp))
    return fail(
      "invalid_input",
      `dtstamp: expected a UTC instant such as 2025-03-01T09:00:00Z, got "${options.dtstamp}"`,
      ["dtstamp"],
    );
  const stampSpan = spanIssue(dtstamp, ["dtstamp"]);
  if (stampSpan !== undefined) return stampSpan;
  for (const [index, session] of sessions.entries()) {
    const zone = checkZone(session.zone);
    if (!zone.success)
      return fail("invalid_input", `sessions[${index}].zone: expected an IANA time zone`, [
        "sessions",
        index,
        "zone",
      ]);
  }
  if (!/^[A-Za-z0-9.-]+$/.test(options.uidDomain))
    return fail(
      "invalid_input",
      `uidDomain: expected a domain name such as example.org, got "${options.uidDomain}"`,
      ["uidDomain"],
    );
  const lines: string[] = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${options.productId ?? "-//CarerKit//@carerkit/scheduling//EN"}`,
    "CALSCALE:GREGORIAN",
  ];
  if (options.method !== undefined) lines.push(`METHOD:${options.method}`);
  if (options.calendarName !== undefined)
    lines.push(`X-WR-CALNAME:${escapeText(options.calendarName)}`);

  const zones = new Map<string, InstantSpan[]>();
  for (const s of sessions) {
    const span = { from: Date.parse(s.start), to: Date.parse(s.end) + MINUTE };
    const spans = zones.get(s.zone);
    if (spans === undefined) zones.set(s.zone, [span]);
    else spans.push(span);
  }
  for (const [zone, spans] of [...zones].sort(([a], [b]) => (a < b ? -1 : 1)))
    lines.push(...vtimezoneLines(zone, spans));

  for (const s of sessions) {
    const start = Date.parse(s.start);
    const end = Date.parse(s.end);
    const description = [
      ...(s.content.description === undefined ? [] : [s.content.description]),
      ...s.content.agenda.map((b) => `${b.title} (${b.minutes} min)`),
      ...(s.content.caredForInvited ? ["The person you care for is invited."] : []),
      ...(s.note === undefined ? [] : [s.note]),
    ].join("\n");
    lines.push(
      "BEGIN:VEVENT",
      `UID:${s.id}@${options.uidDomain}`,
      `DTSTAMP:${utcStamp(dtstamp)}`,
      `SEQUENCE:${s.sequence}`,
      dateTimeLine("DTSTART", start, s.zone),
      dateTimeLine("DTEND", end, s.zone),
      `SUMMARY:${escapeText(s.content.title)}`,
      `DESCRIPTION:${escapeText(description)}`,
      ...(s.venue === undefined ? [] : [`LOCATION:${escapeText(s.venue)}`]),
      `STATUS:${s.status === "cancelled" ? "CANCELLED" : "CONFIRMED"}`,
      "TRANSP:OPAQUE",
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return ok(`${lines.map(fold).join("\r\n")}\r\n`);
}
