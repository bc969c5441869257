import { performance } from "node:perf_hooks";
import { Worker } from "node:worker_threads";
import type { PackageDescription } from "./describeExports.ts";
import type { CallSpec, Outcome, WorkerMessage } from "./protocol.ts";

const BOOTSTRAP = new URL("./worker.mjs", import.meta.url);
const STARTUP_MS = 180_000;

/** How a batch ended: every call made, or the worker stopped at one call (hung or crashed). */
export type BatchEnd =
  | { readonly type: "done" }
  | { readonly type: "hang" | "crash"; readonly index: number; readonly message: string };

/**
 * One worker thread running a package's exports, with a watchdog: a call that is still running
 * after twice its time budget (a synchronous infinite loop included) gets the worker terminated;
 * the caller then starts a new one. Memory is capped so a memory bomb crashes only the worker.
 */
export class FuzzWorker {
  private readonly state = new SharedArrayBuffer(8);
  private readonly worker: Worker;
  private readonly listeners = new Set<(message: WorkerMessage) => void>();
  private exit: ((message: string) => void) | undefined;

  constructor(paths: {
    readonly root: string;
    readonly indexPath: string;
    readonly corePath: string;
  }) {
    this.worker = new Worker(BOOTSTRAP, {
      workerData: { ...paths, state: this.state },
      execArgv: ["--conditions=@carerkit/source"],
      resourceLimits: { maxOldGenerationSizeMb: 1024 },
      stdout: true,
      stderr: true,
    });
    // Library code must not log; anything it prints is dropped rather than mixed into the table.
    this.worker.stdout.resume();
    this.worker.stderr.resume();
    this.worker.on("message", (message: WorkerMessage) => {
      for (const listener of this.listeners) listener(message);
    });
    const stopped = (why: string): void => {
      this.exit?.(why);
    };
    this.worker.on("error", (error) => {
      stopped(`${error.name}: ${error.message.split("\n")[0] ?? ""}`);
    });
    this.worker.on("exit", (code) => {
      stopped(`worker exited with code ${code}`);
    });
  }

  /** Waits for the worker to import the package, and returns what it found. */
  ready(): Promise<PackageDescription> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new Error(`the package did not load within ${STARTUP_MS} ms`));
      }, STARTUP_MS);
      const listener = (message: WorkerMessage): void => {
        if (message.type !== "ready" && message.type !== "failed") return;
        clearTimeout(timer);
        this.listeners.delete(listener);
        if (message.type === "ready") resolve(message.description);
        else reject(new Error(message.message));
      };
      this.listeners.add(listener);
      this.exit = (why) => {
        clearTimeout(timer);
        reject(new Error(why));
      };
    });
  }

  /** Makes the calls, reporting each outcome, until all are made or the worker hangs or dies. */
  run(
    request: {
      readonly name: string;
      readonly calls: readonly CallSpec[];
      readonly budgetMs: number;
    },
    onOutcome: (index: number, outcome: Outcome) => void,
  ): Promise<BatchEnd> {
    const view = new Int32Array(this.state);
    const hangMs = request.budgetMs * 2;
    return new Promise((resolve) => {
      let seen = -1;
      let since = performance.now();
      const finish = (end: BatchEnd): void => {
        clearInterval(watchdog);
        this.listeners.delete(listener);
        this.exit = undefined;
        resolve(end);
      };
      const watchdog = setInterval(
        () => {
          const index = Atomics.load(view, 0);
          const attempt = Atomics.load(view, 1);
          const now = performance.now();
          if (attempt === 0 || attempt !== seen) {
            seen = attempt;
            since = now;
            return;
          }
          if (now - since > hangMs) {
            finish({
              type: "hang",
              index,
              message: `still running after ${Math.round(now - since)} ms; terminated`,
            });
            void this.worker.terminate();
          }
        },
        Math.min(50, Math.max(5, request.budgetMs / 10)),
      );
      const listener = (message: WorkerMessage): void => {
        if (message.type === "outcome") onOutcome(message.index, message.outcome);
        if (message.type === "done") finish({ type: "done" });
      };
      this.listeners.add(listener);
      this.exit = (why) => {
        finish({ type: "crash", index: Atomics.load(view, 0), message: why });
      };
      Atomics.store(view, 1, 0);
      this.worker.postMessage(request);
    });
  }

  /** Stops the worker. */
  async stop(): Promise<void> {
    this.exit = undefined;
    await this.worker.terminate();
  }
}
