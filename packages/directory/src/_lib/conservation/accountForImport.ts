// Builds the conservation report: every input record is mapped (it reached an offer), mapped
// with a warning, or not mapped with the reason; every cell likewise, or empty.
import type { DirectoryIssue } from "../../offer/issue.ts";
import type {
  ColumnAccount,
  ConservationReport,
  TableAccount,
  UnmappedRecord,
} from "../../offer/conservationReport.ts";
import type { ServiceOffer } from "../../offer/serviceOffer.ts";
import type { OfferTerm } from "../../offer/term.ts";
import type { InputRecord } from "./inputRecord.ts";
import { reachedIds, type ReachedIds } from "./reachedIds.ts";
import { NO_EQUIVALENT, TABLE_OF_KEY, type TableSpec } from "./tableSpecs.ts";

export interface ImportOutput {
  readonly offers: readonly ServiceOffer[];
  readonly taxonomyTerms: readonly OfferTerm[];
  readonly issues: readonly DirectoryIssue[];
}

type Outcome = { readonly reached: true } | { readonly reached: false; readonly reason: string };

const idText = (v: unknown): string | undefined =>
  typeof v === "string" && v.trim() !== ""
    ? v.trim()
    : typeof v === "number"
      ? String(v)
      : undefined;

/** Appends to a list in a map (in place: spreading the list each time is quadratic). */
function pushTo<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [item]);
  else list.push(item);
}

function cellOf(r: InputRecord, column: string): unknown {
  return r.cells.find(([c]) => c === column)?.[1];
}

class Accountant {
  private readonly reached: ReachedIds;
  private readonly byId = new Map<string, DirectoryIssue[]>();
  private readonly memo = new Map<InputRecord, Outcome>();

  private readonly byPath = new Map<string, DirectoryIssue[]>();
  private readonly specOf: (table: string) => TableSpec;

  private readonly records: readonly InputRecord[];
  private readonly referenced = new Map<string, Set<string>>();

  constructor(
    records: readonly InputRecord[],
    out: ImportOutput,
    specOf: (table: string) => TableSpec,
  ) {
    this.records = records;
    this.specOf = specOf;
    for (const i of out.issues) {
      const path = i.path ?? [];
      for (let k = 1; k <= path.length; k++) {
        pushTo(this.byPath, JSON.stringify(path.slice(0, k)), i);
      }
    }
    this.reached = reachedIds(out.offers, out.taxonomyTerms);
    for (const i of out.issues) {
      if (i.recordId !== undefined) pushTo(this.byId, i.recordId, i);
    }
  }

  idOf(r: InputRecord): string | undefined {
    const spec = this.specOf(r.table);
    return (
      idText(cellOf(r, "id")) ??
      (spec.idColumn === undefined ? undefined : idText(cellOf(r, spec.idColumn)))
    );
  }

  /** The issues about one record: on its path, or naming its id together with its table. */
  issues(r: InputRecord): DirectoryIssue[] {
    const id = this.idOf(r);
    const onPath = r.path.length === 0 ? [] : (this.byPath.get(JSON.stringify(r.path)) ?? []);
    if (id === undefined) return onPath;
    const reach = this.specOf(r.table).reach;
    const target = reach.by === "id" ? reach.table : r.table;
    const ids =
      reach.by === "id" && reach.prefix !== undefined ? [id, `${reach.prefix}${id}`] : [id];
    const names = (p: string | number): boolean =>
      p === r.table || p === target || (typeof p === "string" && TABLE_OF_KEY[p] === target);
    const named = ids
      .flatMap((k) => this.byId.get(k) ?? [])
      .filter((i) => i.path?.some(names) === true);
    return [...new Set([...onPath, ...named])];
  }

  outcome(r: InputRecord): Outcome {
    const known = this.memo.get(r);
    if (known !== undefined) return known;
    const outcome = this.decide(r);
    this.memo.set(r, outcome);
    return outcome;
  }

  /** Values of `column` among the reached records of `table`. */
  private referencedBy(table: string, column: string): ReadonlySet<string> {
    const key = `${table}.${column}`;
    let set = this.referenced.get(key);
    if (set === undefined) {
      set = new Set();
      this.referenced.set(key, set);
      for (const r of this.records) {
        if (r.table !== table || !this.outcome(r).reached) continue;
        const v = idText(cellOf(r, column));
        if (v !== undefined) set.add(v);
      }
    }
    return set;
  }

  private notReached(r: InputRecord, fallback: string): Outcome {
    const error = this.issues(r).find((i) => i.severity === "error");
    return {
      reached: false,
      reason: error === undefined ? fallback : `left out: ${error.message}`,
    };
  }

  private decide(r: InputRecord): Outcome {
    const spec = this.specOf(r.table);
    const fallback = spec.unreached ?? "not linked to any offer";
    const parentReached = (): Outcome =>
      r.parent === undefined
        ? this.notReached(r, fallback)
        : this.outcome(r.parent).reached
          ? { reached: true }
          : { reached: false, reason: `its parent ${r.parent.table} record was not mapped` };
    const needs = spec.needs;
    if (needs?.columns.every((c) => idText(cellOf(r, c)) === undefined) === true)
      return { reached: false, reason: needs.reason };
    const reach = spec.reach;
    switch (reach.by) {
      case "never":
        return { reached: false, reason: reach.reason };
      case "parent":
        return parentReached();
      case "referenced": {
        const id = this.idOf(r);
        if (r.parent !== undefined || id === undefined) return parentReached();
        return this.referencedBy(reach.table, reach.column).has(id)
          ? { reached: true }
          : this.notReached(r, fallback);
      }
      case "id": {
        const id = this.idOf(r);
        if (id === undefined)
          return r.parent === undefined ? this.notReached(r, "it has no id") : parentReached();
        return this.reached.get(reach.table)?.has(`${reach.prefix ?? ""}${id}`) === true
          ? { reached: true }
          : this.notReached(r, fallback);
      }
      case "fk": {
        const present = Object.entries(reach.keys).flatMap(([column, table]) => {
          const v = idText(cellOf(r, column));
          return v === undefined ? [] : [this.reached.get(table)?.has(v) === true];
        });
        if (present.length === 0) return parentReached();
        const ok = reach.all === true ? present.every(Boolean) : present.some(Boolean);
        return ok ? { reached: true } : this.notReached(r, fallback);
      }
    }
  }
}

interface ColumnTally {
  cells: number;
  mapped: number;
  mappedWithWarning: number;
  notMapped: number;
  empty: number;
  reasons: Set<string>;
}

interface TableTally {
  records: number;
  mapped: number;
  mappedWithWarning: number;
  notMapped: number;
  unmappedRecords: UnmappedRecord[];
  columns: Map<string, ColumnTally>;
}

const isEmpty = (v: unknown): boolean => v === null || (typeof v === "string" && v.trim() === "");

/** The last named field of an issue's path. */
function fieldOf(issue: DirectoryIssue): string | undefined {
  const path = issue.path ?? [];
  for (let k = path.length - 1; k >= 0; k--) {
    const p = path[k];
    if (typeof p === "string") return p;
  }
  return undefined;
}

/**
 * The conservation report of an import. `cellsIn` must be counted by the caller on its own
 * walk of the input, so that the difference checks this accounting.
 */
export function accountForImport(
  input: { readonly records: readonly InputRecord[]; readonly cellsIn: number },
  out: ImportOutput,
  specOf: (table: string) => TableSpec,
): ConservationReport {
  const { records, cellsIn } = input;
  const acc = new Accountant(records, out, specOf);
  const tables = new Map<string, TableTally>();
  for (const r of records) {
    let t = tables.get(r.table);
    if (t === undefined) {
      t = {
        records: 0,
        mapped: 0,
        mappedWithWarning: 0,
        notMapped: 0,
        unmappedRecords: [],
        columns: new Map(),
      };
      tables.set(r.table, t);
    }
    t.records++;
    const outcome = acc.outcome(r);
    const spec = specOf(r.table);
    const warned = new Set(
      outcome.reached
        ? acc
            .issues(r)
            .filter((i) => i.severity === "warning")
            .map(fieldOf)
        : [],
    );
    let recordWarned = false;
    for (const [column, value] of r.cells) {
      let c = t.columns.get(column);
      if (c === undefined) {
        c = {
          cells: 0,
          mapped: 0,
          mappedWithWarning: 0,
          notMapped: 0,
          empty: 0,
          reasons: new Set(),
        };
        t.columns.set(column, c);
      }
      c.cells++;
      if (value !== undefined && isEmpty(value)) c.empty++;
      else if (!outcome.reached) {
        c.notMapped++;
        c.reasons.add(`record not mapped: ${outcome.reason}`);
      } else if (value === undefined || !spec.mapped.includes(column)) {
        c.notMapped++;
        c.reasons.add(
          value === undefined
            ? "a field beyond the header (reported as invalid_csv)"
            : (spec.reasons?.[column] ?? NO_EQUIVALENT),
        );
      } else if (warned.has(column)) {
        c.mappedWithWarning++;
        recordWarned = true;
      } else c.mapped++;
    }
    if (!outcome.reached) {
      t.notMapped++;
      t.unmappedRecords.push({
        index: r.index,
        ...(acc.idOf(r) === undefined ? {} : { id: acc.idOf(r) }),
        reason: outcome.reason,
      });
    } else if (recordWarned) t.mappedWithWarning++;
    else t.mapped++;
  }
  const accounts: TableAccount[] = [...tables].map(([table, t]) => ({
    table,
    records: t.records,
    mapped: t.mapped,
    mappedWithWarning: t.mappedWithWarning,
    notMapped: t.notMapped,
    unmappedRecords: t.unmappedRecords,
    columns: [...t.columns].map(([column, c]): ColumnAccount => ({
      column,
      cells: c.cells,
      mapped: c.mapped,
      mappedWithWarning: c.mappedWithWarning,
      notMapped: c.notMapped,
      empty: c.empty,
      reasons: [...c.reasons],
    })),
  }));
  const cellsAccountedFor = accounts.reduce(
    (sum, t) =>
      sum +
      t.columns.reduce((s, c) => s + c.mapped + c.mappedWithWarning + c.notMapped + c.empty, 0),
    0,
  );
  return { cellsIn, cellsAccountedFor, difference: cellsIn - cellsAccountedFor, tables: accounts };
}
