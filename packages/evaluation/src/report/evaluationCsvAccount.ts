/**
 * How every column and cell of an evaluation CSV was accounted for: read into the rows, empty
 * (a missing value), or ignored because its column is not one CarerKit reads. `cellsIn` always
 * equals `cellsRead + cellsEmpty + cellsIgnored`, so nothing is dropped without a count.
 *
 * @example
 * const account: EvaluationCsvAccount = {
 *   rows: 2, columnsRead: ["person_id", "pre"], columnsIgnored: ["name"],
 *   cellsIn: 6, cellsRead: 4, cellsEmpty: 0, cellsIgnored: 2,
 * };
 */
export interface EvaluationCsvAccount {
  /** Data rows read (the header aside; blank lines are not rows). */
  readonly rows: number;
  /** Header columns read, in file order. */
  readonly columnsRead: readonly string[];
  /** Header columns not read (for example a name column), in file order. */
  readonly columnsIgnored: readonly string[];
  /** Cells under the header: rows × columns. */
  readonly cellsIn: number;
  /** Cells with a value, in columns read. */
  readonly cellsRead: number;
  /** Empty cells in columns read: missing values. */
  readonly cellsEmpty: number;
  /** Cells in columns not read. */
  readonly cellsIgnored: number;
}
