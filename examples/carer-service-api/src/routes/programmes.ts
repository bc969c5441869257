import { BUILT_IN_INSTRUMENTS, type Instrument } from "@carerkit/assessment";
import { pseudonymise, type Carer } from "@carerkit/core";
import { buildEvaluationReport, type EvaluationRow } from "@carerkit/evaluation";
import {
  BETTER_TOGETHER_TEMPLATE,
  createUkBankHolidayCalendar,
  enrolCarer,
  planProgramme,
  recordAttendance,
  summariseCompletion,
  toICalendar,
  type AttendanceMark,
  type AttendanceRegister,
  type Cohort,
  type Programme,
} from "@carerkit/scheduling";
import type { Context } from "hono";
import type { AppDeps } from "../app.ts";
import { STAFF, type Role } from "../auth/roles.ts";
import type { Queryable } from "../db/database.ts";
import { conflictOnDuplicate } from "../db/errors.ts";
import { parseWith, readJson } from "../http/body.ts";
import { invalidField } from "../http/parts.ts";
import { fieldError, invalid, Problem } from "../http/problem.ts";
import { AttendanceBodySchema, EnrolmentBodySchema, ProgrammeBodySchema } from "../schemas.ts";
import { carerExists, param } from "./people.ts";
import type { Routes } from "./registry.ts";

interface StoredProgramme {
  readonly programme: Programme;
  readonly capacity: number;
  /** When it was created, the DTSTAMP of its calendar. */
  readonly createdAt: string;
}

/**
 * Loads a programme, or answers 404. With `forUpdate`, the row stays locked until the
 * transaction ends, so enrolments and attendance on one programme are written one at a time
 * and none is lost.
 */
async function loadProgramme(
  q: Queryable,
  id: string,
  forUpdate = false,
): Promise<StoredProgramme> {
  const [row] = await q.query<{ record: StoredProgramme }>(
    `SELECT record FROM programmes WHERE id = $1${forUpdate ? " FOR UPDATE" : ""}`,
    [id],
  );
  if (row === undefined) throw new Problem("not-found", "There is no programme with this id.");
  return row.record;
}

async function loadCohort(q: Queryable, programmeId: string, capacity: number): Promise<Cohort> {
  const rows = await q.query<{ carer_id: string; status: "enrolled" | "waitlisted" }>(
    "SELECT carer_id, status FROM enrolments WHERE programme_id = $1 ORDER BY position",
    [programmeId],
  );
  return {
    programmeId,
    capacity,
    enrolled: rows.filter((r) => r.status === "enrolled").map((r) => r.carer_id),
    waitingList: rows.filter((r) => r.status === "waitlisted").map((r) => r.carer_id),
  };
}

async function loadRegister(q: Queryable, programmeId: string): Promise<AttendanceRegister> {
  const rows = await q.query<{ session_id: string; carer_id: string; mark: AttendanceMark }>(
    "SELECT session_id, carer_id, mark FROM attendance WHERE programme_id = $1 ORDER BY session_id, carer_id",
    [programmeId],
  );
  const sessions: Record<string, Record<string, AttendanceMark>> = {};
  for (const r of rows) (sessions[r.session_id] ??= {})[r.carer_id] = r.mark;
  return { programmeId, sessions };
}

function describe(stored: StoredProgramme, cohort?: Cohort): Record<string, unknown> {
  const { programme } = stored;
  return {
    id: programme.id,
    name: programme.name,
    schedule: programme.schedule,
    capacity: stored.capacity,
    ...(cohort === undefined
      ? {}
      : { enrolled: cohort.enrolled.length, waiting: cohort.waitingList.length }),
    sessions: programme.sessions.map((s) => ({
      id: s.id,
      number: s.number,
      title: s.content.title,
      date: s.date,
      startTime: s.startTime,
      endTime: s.endTime,
      start: s.start,
      end: s.end,
      status: s.status,
      venue: s.venue,
    })),
    skipped: programme.skipped,
    warnings: programme.warnings.map((w) => w.message),
  };
}

/**
 * The outcome instrument named by the `instrument` query parameter (default swemwbs), or a 422.
 *
 * @example
 * readOutcomeInstrument(c).id; //=> "swemwbs"
 */
export function readOutcomeInstrument(c: Context): Instrument {
  const instrumentId = c.req.query("instrument") ?? "swemwbs";
  const instrument = BUILT_IN_INSTRUMENTS.find((i) => i.id === instrumentId);
  if (instrument === undefined) {
    throw new Problem("validation", "1 field is invalid; see errors.", [
      fieldError(
        ["instrument"],
        "unknown_instrument",
        "instrument: expected a built-in instrument id such as swemwbs",
      ),
    ]);
  }
  return instrument;
}

/** Programmes and their calendars hold no personal data: any signed-in role but a circle member. */
const PROGRAMME_READERS: readonly Role[] = ["carer", "support-worker", "coordinator", "analyst"];

/**
 * One pseudonymous evaluation row per enrolled carer: referral source, pre and post scores,
 * attendance and completion. Read under the caller's row-level security; the referral source
 * comes through `referral_source()`, which returns that one code and nothing else about a person.
 */
async function evaluationRows(
  tx: Queryable,
  stored: StoredProgramme,
  instrumentId: string,
  deps: AppDeps,
): Promise<EvaluationRow[]> {
  const { programme } = stored;
  const cohort = await loadCohort(tx, programme.id, stored.capacity);
  const register = await loadRegister(tx, programme.id);
  const completion = summariseCompletion(programme, register, { carerIds: cohort.enrolled });
  const start = programme.schedule.startDate;
  const lastEnd = programme.sessions.at(-1)?.end ?? start;
  const finished = deps.now().getTime() >= Date.parse(lastEnd);
  const numberOf = new Map(programme.sessions.map((s) => [s.id, s.number]));
  const rows: EvaluationRow[] = [];
  for (const carerId of cohort.enrolled) {
    const [source] = await tx.query<{ source: Carer["identifiedBy"] | null }>(
      "SELECT referral_source($1) AS source",
      [carerId],
    );
    const scores = await tx.query<{ assessed_on: string; total: string }>(
      `SELECT to_char(assessed_on, 'YYYY-MM-DD') AS assessed_on, total::text AS total
         FROM assessments WHERE carer_id = $1 AND instrument_id = $2 ORDER BY assessed_on, id`,
      [carerId, instrumentId],
    );
    const pre = scores.filter((s) => s.assessed_on <= start).at(-1);
    const post = scores.filter((s) => s.assessed_on > start).at(-1);
    const attended = Object.entries(register.sessions)
      .filter(([, marks]) => marks[carerId] === "attended")
      .map(([sessionId]) => numberOf.get(sessionId) ?? 0);
    const done = completion.find((x) => x.carerId === carerId)?.completed === true;
    rows.push({
      personId: pseudonymise(carerId, deps.pseudonymKey),
      period: start.slice(0, 4),
      ...(source?.source == null ? {} : { referralSource: source.source }),
      supported: true,
      ...(pre === undefined ? {} : { pre: Number(pre.total) }),
      ...(post === undefined ? {} : { post: Number(post.total) }),
      lastSessionAttended: Math.max(0, ...attended),
      status: done ? "completed" : finished ? "dropped-out" : "ongoing",
    });
  }
  return rows;
}

const utcSeconds = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, "Z");

/** Programmes: plan, calendar, enrolment, attendance and the evaluation summary. */
export function addProgrammeRoutes(routes: Routes, deps: AppDeps): void {
  routes.add(
    {
      method: "post",
      path: "/programmes",
      operationId: "createProgramme",
      summary:
        "Plan a run of the Better Together programme (8 weekly sessions) in a time zone, skipping bank holidays.",
      body: ProgrammeBodySchema,
      roles: ["coordinator"],
      purpose: "direct_care",
      success: {
        status: 201,
        description: "The programme with its sessions (local time and UTC).",
      },
      problems: [409, 422],
    },
    async (c, ctx) => {
      const body = parseWith(ProgrammeBodySchema, await readJson(c));
      const planned = planProgramme(
        BETTER_TOGETHER_TEMPLATE,
        {
          programmeId: body.id,
          startDate: body.startDate,
          startTime: body.startTime,
          zone: body.zone,
          ...(body.venue === undefined ? {} : { venue: body.venue }),
        },
        { holidays: createUkBankHolidayCalendar(body.holidays ?? "england-and-wales") },
      );
      if (!planned.success) {
        const issue = planned.error;
        const path = issue.path?.[0] === "programmeId" ? ["id"] : (issue.path ?? []);
        throw invalid([{ ...issue, path }]);
      }
      const stored: StoredProgramme = {
        programme: planned.data,
        capacity: body.capacity,
        createdAt: utcSeconds(deps.now()),
      };
      await conflictOnDuplicate(
        () =>
          ctx.db.query("INSERT INTO programmes (id, record, capacity) VALUES ($1, $2, $3)", [
            body.id,
            stored,
            body.capacity,
          ]),
        "A programme with this id already exists.",
      );
      c.header("location", `/programmes/${body.id}`);
      return c.json(describe(stored), 201);
    },
  );

  routes.add(
    {
      method: "get",
      path: "/programmes/:programmeId",
      operationId: "getProgramme",
      summary: "A programme's sessions and how many carers are enrolled and waiting.",
      roles: PROGRAMME_READERS,
      purpose: "direct_care",
      success: { status: 200, description: "The programme." },
      problems: [404],
    },
    async (c, ctx) => {
      const { stored, cohort } = await ctx.db.transaction(async (tx) => {
        const found = await loadProgramme(tx, param(c, "programmeId"));
        return { stored: found, cohort: await loadCohort(tx, found.programme.id, found.capacity) };
      });
      return c.json(describe(stored, cohort));
    },
  );

  routes.add(
    {
      method: "get",
      path: "/programmes/:programmeId/calendar.ics",
      operationId: "getProgrammeCalendar",
      summary:
        "The programme's sessions as an RFC 5545 iCalendar feed (TZID, VTIMEZONE, stable UIDs).",
      produces: "text/calendar",
      roles: PROGRAMME_READERS,
      purpose: "direct_care",
      success: { status: 200, description: "The .ics file." },
      problems: [404],
    },
    async (c, ctx) => {
      const stored = await loadProgramme(ctx.db, param(c, "programmeId"));
      const ics = toICalendar(stored.programme.sessions, {
        dtstamp: stored.createdAt,
        uidDomain: deps.uidDomain,
        calendarName: stored.programme.name,
      });
      if (!ics.success) throw new Error(`toICalendar failed: ${ics.error.code}`);
      return c.body(ics.data, 200, {
        "content-type": "text/calendar; charset=utf-8",
        "content-disposition": `attachment; filename="${stored.programme.id}.ics"`,
      });
    },
  );

  routes.add(
    {
      method: "post",
      path: "/programmes/:programmeId/enrolments",
      operationId: "enrolCarer",
      summary: "Enrol a carer: a place while there is capacity, otherwise the waiting list.",
      body: EnrolmentBodySchema,
      roles: STAFF,
      purpose: "direct_care",
      success: { status: 201, description: "`enrolled` or `waitlisted`, and the counts after." },
      problems: [404, 409, 422],
    },
    async (c, ctx) => {
      const { carerId } = parseWith(EnrolmentBodySchema, await readJson(c));
      const programmeId = param(c, "programmeId");
      const outcome = await ctx.db.transaction(async (tx) => {
        const stored = await loadProgramme(tx, programmeId, true);
        if (!(await carerExists(tx, carerId))) {
          throw invalidField(["carerId"], "unknown_carer", "expected the id of a registered carer");
        }
        const cohort = await loadCohort(tx, programmeId, stored.capacity);
        const enrolled = enrolCarer(cohort, carerId);
        if (!enrolled.success) {
          throw new Problem("conflict", "This carer is already enrolled or waiting.");
        }
        const position = cohort.enrolled.length + cohort.waitingList.length + 1;
        await tx.query(
          "INSERT INTO enrolments (programme_id, carer_id, status, position) VALUES ($1, $2, $3, $4)",
          [programmeId, carerId, enrolled.data.status, position],
        );
        await ctx.audit(tx, "create", carerId);
        return {
          status: enrolled.data.status,
          enrolled: enrolled.data.cohort.enrolled.length,
          waiting: enrolled.data.cohort.waitingList.length,
        };
      });
      return c.json({ programmeId, carerId, ...outcome }, 201);
    },
  );

  routes.add(
    {
      method: "put",
      path: "/programmes/:programmeId/sessions/:sessionId/attendance",
      operationId: "recordAttendance",
      summary: "Record attendance marks for one session; marks for other carers are kept.",
      body: AttendanceBodySchema,
      roles: STAFF,
      purpose: "direct_care",
      success: { status: 200, description: "Every mark recorded for the session." },
      problems: [404, 422],
    },
    async (c, ctx) => {
      const { marks } = parseWith(AttendanceBodySchema, await readJson(c));
      const programmeId = param(c, "programmeId");
      const sessionId = param(c, "sessionId");
      const session = await ctx.db.transaction(async (tx) => {
        const stored = await loadProgramme(tx, programmeId, true);
        if (!stored.programme.sessions.some((s) => s.id === sessionId)) {
          throw new Problem("not-found", "There is no session with this id in this programme.");
        }
        const cohort = await loadCohort(tx, programmeId, stored.capacity);
        // Only carers the caller may see (a support worker: their caseload) can be marked, and
        // only their marks come back; anyone else is "not enrolled", as if unknown.
        const visible = new Set(
          (
            await tx.query<{ id: string }>("SELECT id FROM carers WHERE id = ANY($1::text[])", [
              cohort.enrolled,
            ])
          ).map((r) => r.id),
        );
        const strangers = Object.keys(marks).filter(
          (id) => !cohort.enrolled.includes(id) || !visible.has(id),
        );
        if (strangers.length > 0) {
          throw new Problem(
            "validation",
            "Attendance can be recorded only for enrolled carers.",
            strangers.map((id) =>
              fieldError(["marks", id], "not_enrolled", "marks: this carer is not enrolled"),
            ),
          );
        }
        const register = await loadRegister(tx, programmeId);
        const updated = recordAttendance(stored.programme, register, { sessionId, marks });
        if (!updated.success) throw invalid([updated.error], ["marks"]);
        for (const [carerId, mark] of Object.entries(marks)) {
          await tx.query(
            `INSERT INTO attendance (programme_id, session_id, carer_id, mark) VALUES ($1, $2, $3, $4)
             ON CONFLICT (session_id, carer_id) DO UPDATE SET mark = EXCLUDED.mark`,
            [programmeId, sessionId, carerId, mark],
          );
          await ctx.audit(tx, "update", carerId);
        }
        return Object.fromEntries(
          Object.entries(updated.data.sessions[sessionId] ?? {}).filter(([id]) => visible.has(id)),
        );
      });
      return c.json({ programmeId, sessionId, marks: session });
    },
  );

  routes.add(
    {
      method: "get",
      path: "/programmes/:programmeId/evaluation",
      operationId: "getEvaluation",
      summary:
        "The programme's evaluation report: outcome change (pre = last assessment on or before the start, post = the latest after), completion, retention and reach, with small-number suppression (NHS Digital 2018). No identifiers.",
      query: { instrument: "Outcome instrument id (default swemwbs)." },
      roles: ["coordinator", "analyst"],
      purpose: "service_evaluation",
      success: { status: 200, description: "The structured, protected evaluation report." },
      problems: [404, 422],
    },
    async (c, ctx) => {
      const instrument = readOutcomeInstrument(c);
      const { programme, rows } = await ctx.db.transaction(async (tx) => {
        const stored = await loadProgramme(tx, param(c, "programmeId"));
        const read = await evaluationRows(tx, stored, instrument.id, deps);
        // Personal rows were read to build the aggregates: that is recorded, with no subject.
        await ctx.audit(tx, "read");
        return { programme: stored.programme, rows: read };
      });
      const report = buildEvaluationReport(rows, {
        title: `${programme.name} (${programme.id})`,
        outcome: {
          name: instrument.shortTitle ?? instrument.title,
          direction:
            instrument.direction === "higher_is_worse" ? "lower-is-better" : "higher-is-better",
        },
        sessions: programme.sessions.length,
      });
      return c.json(report);
    },
  );
}
