// The load check: authenticated read and write throughput and p99 latency, each against the
// same route with no auth, no row-level security and no audit, measured in the same run.
//   npx pnpm --filter @carerkit/example-carer-service-api bench
// BENCH_SECONDS (default 5) per case and round, BENCH_CONNECTIONS (default 10), BENCH_ROUNDS
// (default 2: baseline and candidate alternate, so drift on a shared machine hits both);
// BENCH_DATABASE_URL runs it on a PostgreSQL server (in schemas of its own, dropped afterwards).
import autocannon, { type Result } from "autocannon";
import { fork } from "node:child_process";
import { once } from "node:events";
import { registration } from "../test/fixtures.ts";
import type { BenchServers } from "./bench-servers.ts";

const seconds = Number(process.env["BENCH_SECONDS"] ?? 5);
const connections = Number(process.env["BENCH_CONNECTIONS"] ?? 10);
const rounds = Number(process.env["BENCH_ROUNDS"] ?? 2);
/** Auth, row-level security and audit together may cost at most this much (issue 12). */
const TARGET = 2;

const child = fork(new URL("./bench-servers.ts", import.meta.url), {
  execArgv: ["--import", "tsx", "--conditions=@carerkit/source"],
});
const [servers] = (await once(child, "message")) as [BenchServers];

let written = 0;
const nextRegistration = (): string => {
  written += 1;
  return JSON.stringify(registration(`w${written}`, 1));
};

/** One timed run (after a one-second warm-up on first use) of `route` on one server. */
async function load(url: string, route: "read" | "write", token?: string): Promise<Result> {
  const headers: Record<string, string> = {
    "content-type": "application/json",
    ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
  };
  const run = (duration: number) =>
    autocannon(
      route === "read"
        ? { url: `${url}/carers/${servers.carerId}`, connections, duration, headers }
        : {
            url: `${url}/carers`,
            method: "POST",
            connections,
            duration,
            headers,
            requests: [{ setupRequest: (r) => ({ ...r, body: nextRegistration() }) }],
          },
    );
  const key = `${url} ${route}`;
  if (!warmed.has(key)) {
    warmed.add(key);
    await run(1); // JIT, plan caches, the first pages of each table
  }
  return run(seconds);
}
const warmed = new Set<string>();

/** Means over the rounds: requests per second, p50 and p99 latency in ms. */
function summarise(results: readonly Result[]) {
  const mean = (pick: (r: Result) => number) =>
    results.reduce((sum, r) => sum + pick(r), 0) / results.length;
  return {
    rps: mean((r) => r.requests.average),
    p50: mean((r) => r.latency.p50),
    p99: mean((r) => r.latency.p99),
    failures: results.reduce((sum, r) => sum + r.non2xx + r.errors + r.timeouts, 0),
  };
}

const rows: Record<string, string>[] = [];
let failed = false;
for (const route of ["read", "write"] as const) {
  const runs: { bare: Result[]; full: Result[] } = { bare: [], full: [] };
  for (let i = 0; i < rounds; i += 1) {
    runs.bare.push(await load(servers.bare, route));
    runs.full.push(await load(servers.full, route, servers.token));
  }
  const bare = summarise(runs.bare);
  const full = summarise(runs.full);
  if (bare.failures + full.failures > 0) {
    failed = true;
    console.error(`${route}: ${bare.failures + full.failures} non-2xx, errors or timeouts`);
  }
  const p99 = full.p99 / bare.p99;
  const throughput = bare.rps / full.rps;
  const row = (name: string, r: typeof bare) => ({
    case: `${route} ${name}`,
    "req/s": r.rps.toFixed(0),
    "p50 ms": r.p50.toFixed(1),
    "p99 ms": r.p99.toFixed(1),
  });
  rows.push(
    { ...row("bare (baseline)", bare), "p99 ×": "", "req/s ÷": "", target: "" },
    {
      ...row("auth+RLS+audit", full),
      "p99 ×": p99.toFixed(2),
      "req/s ÷": throughput.toFixed(2),
      target: Math.max(p99, throughput) <= TARGET ? `meets ≤${TARGET}x` : `MISSES ≤${TARGET}x`,
    },
  );
}
console.log(
  `\ncarer-service-api load check on ${servers.database}: ${connections} connections, ` +
    `${rounds} × ${seconds} s per case (GET /carers/:carerId; POST /carers, one registration each)`,
);
console.table(rows);
child.send("stop");
await once(child, "exit");
if (failed) process.exitCode = 1;
