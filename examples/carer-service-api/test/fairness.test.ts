// Fair treatment (issue 18): reach, assessment and outcome by each equality-monitoring field of
// the carer's record, for coordinators and analysts, with small categories merged and small
// counts suppressed (evaluation's breakDownFairness); never a row about a person.
import { beforeAll, describe, expect, it } from "vitest";
import type { Identity } from "../src/auth/roles.ts";
import { scopeDatabase } from "../src/db/scope.ts";
import { registration, swemwbs } from "./fixtures.ts";
import { COORDINATOR, problemOf, useTestServer } from "./harness.ts";

const server = useTestServer();
const ANALYST: Identity = { role: "analyst", subject: "analyst-f" };
const CARERS = 18;

/** Carers 1–8 female, 9–16 male, 17–18 with no answer; odd carers improve on SWEMWBS. */
const sexOf = (n: number) => (n <= 8 ? "female" : n <= 16 ? "male" : undefined);

interface Table {
  field: string;
  table: {
    rows: string[];
    columns: string[];
    cells: { value: number | null; display: string; status: string }[][];
  };
}

beforeAll(async () => {
  for (let n = 1; n <= CARERS; n++) {
    const body = registration("f", n);
    const sex = sexOf(n);
    if (sex !== undefined) body.carer["equality"] = { sex, ageBand: "65_74" };
    expect((await server.send("POST", "/carers", body)).status).toBe(201);
    if (n > 16) continue;
    for (const [id, on, value] of [
      [`f-pre-${n}`, "2026-01-02", 2],
      [`f-post-${n}`, "2026-03-20", n % 2 === 1 ? 4 : 2],
    ] as const) {
      const scored = await server.send("POST", "/assessments", {
        id,
        carerId: `f-carer-${n}`,
        instrumentId: "swemwbs",
        assessedOn: on,
        answers: swemwbs(value),
      });
      expect(scored.status).toBe(201);
    }
  }
});

describe("the fairness breakdown", () => {
  it("names only categories of more than 7 carers and publishes no count from 1 to 7", async () => {
    const response = await server.request("/fairness", {}, ANALYST);
    expect(response.status).toBe(200);
    const text = await response.text();
    for (const secret of ["f-carer-", "Synthetic", "2026-"]) expect(text).not.toContain(secret);
    const { tables, instrument } = JSON.parse(text) as { tables: Table[]; instrument: string };
    expect(instrument).toBe("swemwbs");
    const sex = tables.find((t) => t.field === "sex");
    expect(sex?.table.rows).toEqual(["female", "male", "Other categories (combined)"]);
    expect(sex?.table.columns).toEqual([
      "Reached",
      "Assessed",
      "Supported",
      "Outcome measured",
      "Improved",
    ]);
    // The two carers with no answer are too few to name or to count.
    expect(sex?.table.cells[2]?.[0]?.display).toBe("*");
    for (const table of tables)
      for (const row of table.table.cells)
        for (const cell of row)
          if (cell.value !== null) expect(cell.value === 0 || cell.value > 7).toBe(true);
    // Sixteen of eighteen share an age band: it is named; the rest are merged.
    const age = tables.find((t) => t.field === "ageBand");
    expect(age?.table.rows).toEqual(["65_74", "Other categories (combined)"]);
  });

  it("counts an improvement on the chosen instrument, and refuses an unknown one", async () => {
    const response = await server.request("/fairness?instrument=swemwbs", {}, COORDINATOR);
    const { tables } = (await response.json()) as { tables: Table[] };
    const age = tables.find((t) => t.field === "ageBand");
    // 16 assessed and measured (15 after rounding to 5) and 8 improved (10 after rounding). The
    // 16 reached are suppressed too (secondary): with the column total, 18 − 16 would give away
    // the 2 merged carers.
    expect(age?.table.cells[0]?.map((c) => c.display)).toEqual(["*", "15", "0", "15", "10"]);
    expect(age?.table.cells[0]?.[0]).toMatchObject({ status: "secondary" });
    const unknown = await problemOf(await server.request("/fairness?instrument=nope"));
    expect(unknown.status).toBe(422);
    expect(unknown.errors?.map((e) => e.field)).toEqual(["instrument"]);
  });

  it("gives its rows to coordinators and analysts only, with no id, name or date", async () => {
    const read = (as: Identity) =>
      scopeDatabase(server.db, as).query<{ r: Record<string, unknown> }>(
        "SELECT fairness_records() AS r",
      );
    for (const role of ["support-worker", "carer", "circle-member"] as const)
      expect(await read({ role, subject: "f-carer-1" }), role).toEqual([]);
    const rows = await read(ANALYST);
    expect(rows).toHaveLength(CARERS);
    for (const { r } of rows)
      expect(Object.keys(r).sort()).toEqual(
        r["equality"] === undefined
          ? ["assessed", "scores", "supported"]
          : ["assessed", "equality", "scores", "supported"],
      );
    expect(JSON.stringify(rows)).not.toMatch(/f-carer-|Synthetic|2026-/);
  });
});
