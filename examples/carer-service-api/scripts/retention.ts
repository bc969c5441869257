// Pseudonymises carer records closed more than RETENTION_YEARS (default 8) ago:
//   RETENTION_YEARS=8 pnpm --filter @carerkit/example-carer-service-api retention
// Same database settings as the server (DATABASE_URL, or PGlite in DATA_DIR). Prints counts
// and the run id only, never a record.
import { randomUUID } from "node:crypto";
import { openConfiguredDatabase } from "../src/config.ts";
import { migrate } from "../src/db/migrate.ts";
import { applyRetention } from "../src/retention.ts";

const env = process.env;
const years = Number(env["RETENTION_YEARS"] ?? 8);
const db = await openConfiguredDatabase(env);
try {
  await migrate(db);
  const runId = randomUUID();
  const done = await applyRetention(db, { years }, { now: new Date(), runId });
  console.log(
    `retention run ${runId}: ${done.length} record(s) closed more than ${years} year(s) ago pseudonymised`,
  );
} finally {
  await db.close();
}
