// Runs the time-sensitive test projects once under each of several host time zones, so that
// no code can lean on the machine's zone. The main `vitest run` covers the host zone.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const ZONES = ["UTC", "Europe/London", "America/Los_Angeles", "Australia/Lord_Howe"];
const PROJECTS = ["core", "assessment", "scheduling", "directory"].filter((p) =>
  existsSync(`packages/${p}`),
);

for (const zone of ZONES) {
  console.log(`\n=== TZ=${zone}: ${PROJECTS.join(", ")}`);
  const args = ["vitest", "run", ...PROJECTS.flatMap((p) => ["--project", p])];
  const run = spawnSync("pnpm", ["exec", ...args], {
    stdio: "inherit",
    env: { ...process.env, TZ: zone, CARERKIT_SKIP_TYPE_TESTS: "1" },
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
