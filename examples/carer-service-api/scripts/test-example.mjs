// Runs the API's test suite on embedded PGlite, then again on a real PostgreSQL server when
// TEST_DATABASE_URL is set (CI sets it by sourcing scripts/ci/system-services.sh). On CI the
// PostgreSQL run is required.
import { execFileSync } from "node:child_process";

const run = (database) => {
  const started = Date.now();
  console.log(`\n== carer-service-api tests on ${database}`);
  execFileSync("vitest", ["run", "--config", "vitest.config.ts"], {
    stdio: "inherit",
    env: { ...process.env, CARER_API_TEST_DB: database },
  });
  console.log(`== ${database}: passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
};

run("pglite");
if (process.env.TEST_DATABASE_URL) {
  run("postgres");
} else if (process.env.CI === "true") {
  console.error("TEST_DATABASE_URL is not set: on CI the suite must also run against PostgreSQL.");
  process.exit(1);
} else {
  console.log("TEST_DATABASE_URL is not set: skipped the PostgreSQL run.");
}
