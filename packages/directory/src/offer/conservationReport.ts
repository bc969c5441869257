/**
 * How the cells of one column of one input table were accounted for. A cell is one scalar
 * value of the input: a CSV field, or a JSON string, number, boolean or null.
 *
 * @example
 * const column: ColumnAccount = {
 *   column: "keywords", cells: 30, mapped: 0, mappedWithWarning: 0, notMapped: 28, empty: 2,
 *   reasons: ["no equivalent field in the offer model"],
 * };
 */
export interface ColumnAccount {
  /** The column (CSV header) or key (JSON); `key[]` for scalars listed in an array. */
  readonly column: string;
  /** Cells counted in. */
  readonly cells: number;
  /** Cells whose value reached an offer (or the taxonomy terms). */
  readonly mapped: number;
  /** Cells that reached an offer, with a warning about the value. */
  readonly mappedWithWarning: number;
  /** Cells with a value that reached no offer. */
  readonly notMapped: number;
  /** Blank cells, and JSON nulls: nothing to map. */
  readonly empty: number;
  /** Why cells were not mapped, each reason once. */
  readonly reasons: readonly string[];
}

/**
 * A record of the input that reached no offer, and why.
 *
 * @example
 * const left: UnmappedRecord = { index: 3, id: "loc-9", reason: "not linked to any offer" };
 */
export interface UnmappedRecord {
  /** Its position in its table (CSV row, or order met in the JSON). */
  readonly index: number;
  /** Its id, when it has one. */
  readonly id?: string | undefined;
  /** Why it was not mapped. */
  readonly reason: string;
}

/**
 * How one input table (a CSV file, or one kind of JSON record) was accounted for.
 *
 * @example
 * const table: TableAccount = { table: "services", records: 1, mapped: 1, mappedWithWarning: 0, notMapped: 0, unmappedRecords: [], columns: [] };
 */
export interface TableAccount {
  /** The table: CSV file name without `.csv`, or the HSDS object the JSON record is. */
  readonly table: string;
  /** Records counted in. */
  readonly records: number;
  /** Records that reached an offer with every value as published. */
  readonly mapped: number;
  /** Records that reached an offer with a warning on one of their values. */
  readonly mappedWithWarning: number;
  /** Records that reached no offer. */
  readonly notMapped: number;
  /** Each record that reached no offer, with the reason. */
  readonly unmappedRecords: readonly UnmappedRecord[];
  /** Every column, in the order first met. */
  readonly columns: readonly ColumnAccount[];
}

/**
 * The conservation report of one import: every input record and cell counted in and accounted
 * for as mapped, mapped with a warning, not mapped (with why) or empty. `difference` is cells
 * counted in minus cells accounted for; it is 0 for every import (the tests assert it).
 *
 * @example
 * const { conservation } = fromHsdsTabular(files);
 * console.log(conservation.cellsIn, conservation.difference); //=> 1234 0
 */
export interface ConservationReport {
  /** Every scalar value of the input, counted on its own walk of the input. */
  readonly cellsIn: number;
  /** The sum over every column of mapped, mapped-with-warning, not-mapped and empty cells. */
  readonly cellsAccountedFor: number;
  /** `cellsIn - cellsAccountedFor`. */
  readonly difference: number;
  /** Every table met. */
  readonly tables: readonly TableAccount[];
}
