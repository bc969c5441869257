// The fuzz worker: imports one package's index, describes its exports, then makes the calls
// the main thread sends, one at a time, marking each in shared memory for the watchdog.
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { parentPort, workerData } from "node:worker_threads";
import { buildValue } from "./buildValue.ts";
import { classifyCall } from "./classifyCall.ts";
import { describeExports } from "./describeExports.ts";
import type { CallSpec, Outcome, RunRequest, WorkerInput, WorkerMessage } from "./protocol.ts";
import { snapshot } from "./snapshot.ts";

const input = workerData as WorkerInput;
const port = parentPort;
if (port === null) throw new Error("scripts/fuzz/worker.ts runs only as a worker thread");
const state = new Int32Array(input.state);
const PENDING = Symbol("pending");
// Which attempt is running (never 0, which means idle): a retried call gets a new serial.
let serial = 0;

function post(message: WorkerMessage): void {
  port?.postMessage(message);
}

// A promise a function leaves behind must not end the worker.
process.on("unhandledRejection", () => undefined);

/** Where two snapshots first differ, with a little context from each. */
function difference(before: string, after: string): string {
  let at = 0;
  while (at < before.length && before[at] === after[at]) at += 1;
  const from = Math.max(0, at - 30);
  return `before …${before.slice(from, at + 40)}… after …${after.slice(from, at + 40)}…`;
}

async function settle(value: unknown, budgetMs: number): Promise<unknown> {
  if (!(value instanceof Promise)) return value;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise((resolve) => {
    timer = setTimeout(() => {
      resolve(PENDING);
    }, budgetMs);
  });
  try {
    return await Promise.race([value, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function call(
  fn: (...args: unknown[]) => unknown,
  spec: CallSpec,
  context: {
    readonly exports: ReadonlyMap<string, unknown>;
    readonly isTyped: (e: unknown) => boolean;
    readonly budgetMs: number;
  },
): Promise<Outcome> {
  const args = spec.args.map((recipe) => buildValue(recipe, context.exports));
  const before = args.map(snapshot);
  let threw = false;
  let rejected = false;
  let error: unknown;
  let settled: unknown;
  serial = serial >= 0x7fffffff ? 1 : serial + 1;
  Atomics.store(state, 0, spec.index);
  Atomics.store(state, 1, serial);
  const start = performance.now();
  try {
    const result = fn(...args);
    rejected = result instanceof Promise;
    settled = await settle(result, context.budgetMs);
  } catch (thrown) {
    threw = true;
    error = thrown;
  }
  const ms = performance.now() - start;
  Atomics.store(state, 1, 0);
  if (settled === PENDING)
    return {
      kind: "defect",
      type: "pending",
      message: "returned a promise still pending after the time budget",
      detail: "",
    };
  const after = args.map(snapshot);
  const mutated = after.findIndex((text, i) => text !== before[i]);
  if (mutated >= 0 && !threw)
    return {
      kind: "defect",
      type: "mutation",
      message: `mutated argument ${mutated + 1}`,
      detail: difference(before[mutated] ?? "", after[mutated] ?? ""),
    };
  return classifyCall({
    threw,
    error,
    rejected: threw && rejected,
    mutated,
    ms,
    budgetMs: context.budgetMs,
    isTyped: context.isTyped,
    root: input.root,
  });
}

try {
  const namespace = (await import(pathToFileURL(input.indexPath).href)) as Record<string, unknown>;
  const core = (await import(pathToFileURL(input.corePath).href)) as {
    isCarerKitError: (e: unknown) => boolean;
  };
  const description = describeExports(namespace);
  const exports = new Map(
    description.exports.filter((e) => e.cloneable).map((e) => [e.name, namespace[e.name]] as const),
  );
  port.on("message", (request: RunRequest) => {
    void (async () => {
      const fn = namespace[request.name] as (...args: unknown[]) => unknown;
      const context = { exports, isTyped: core.isCarerKitError, budgetMs: request.budgetMs };
      for (const spec of request.calls) {
        const first = await call(fn, spec, context);
        // A loaded machine can make any call slow once; only a call slow twice is reported.
        const outcome =
          first.kind === "defect" && first.type === "slow" ? await call(fn, spec, context) : first;
        post({ type: "outcome", index: spec.index, outcome });
      }
      post({ type: "done" });
    })();
  });
  post({ type: "ready", description });
} catch (error) {
  post({
    type: "failed",
    message: error instanceof Error ? (error.stack ?? error.message) : String(error),
  });
}
