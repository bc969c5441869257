import type { PackageDescription } from "./describeExports.ts";
import type { Recipe } from "./recipe.ts";

/** What the worker is started with. */
export interface WorkerInput {
  /** Absolute path of the package's `src/index.ts`. */
  readonly indexPath: string;
  /** Absolute path of core's `src/index.ts`, whose `isCarerKitError` decides "typed". */
  readonly corePath: string;
  /** The tree the package lives in, to shorten stack locations. */
  readonly root: string;
  /** `[index of the call in progress, attempt serial while a call runs or 0]`, read by the watchdog. */
  readonly state: SharedArrayBuffer;
}

/** One call to make. */
export interface CallSpec {
  readonly index: number;
  readonly args: readonly Recipe[];
}

/** The main thread's request: make these calls to one export. */
export interface RunRequest {
  readonly name: string;
  readonly calls: readonly CallSpec[];
  readonly budgetMs: number;
}

/** Why a call is a defect. */
export type DefectType = "throw" | "rejection" | "mutation" | "slow" | "pending" | "hang" | "crash";

/** How one call ended. */
export type Outcome =
  | { readonly kind: "return" | "typed" | "caller" }
  | {
      readonly kind: "defect";
      readonly type: DefectType;
      /** The first line of the error message, or what went wrong; the grouping key. */
      readonly message: string;
      /** Where: the first stack frame inside the tree, or the time taken. */
      readonly detail: string;
    };

/** Messages from the worker. */
export type WorkerMessage =
  | { readonly type: "ready"; readonly description: PackageDescription }
  | { readonly type: "failed"; readonly message: string }
  | { readonly type: "outcome"; readonly index: number; readonly outcome: Outcome }
  | { readonly type: "done" };
