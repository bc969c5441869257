import type { Path } from "../read.ts";

/** One record of the input, as the conservation report counts it. */
export interface InputRecord {
  /** Its table (CSV file name, or the HSDS object a JSON record is). */
  readonly table: string;
  /** Its position among the records of its table. */
  readonly index: number;
  /** Where it is in the input, as issue paths write it. */
  readonly path: Path;
  /** Its scalar cells: column and value (`undefined` = a CSV field beyond the header). */
  readonly cells: readonly (readonly [column: string, value: unknown])[];
  /** The JSON record it is nested in, if any. */
  readonly parent?: InputRecord | undefined;
}
