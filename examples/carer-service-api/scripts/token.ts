// Mints a dev-mode bearer token (AUTH_DEV_MODE=1 servers accept it):
//   pnpm --filter @carerkit/example-carer-service-api token --role coordinator [--sub staff-1] [--minutes 60]
// The key pair is the one the server generated (or generates now) beside its data directory.
import { parseArgs } from "node:util";
import { mintDevToken } from "../src/auth/devKeys.ts";
import { isRole, ROLES } from "../src/auth/roles.ts";
import { devKeyDir, readDataDir } from "../src/config.ts";

const { values } = parseArgs({
  options: {
    role: { type: "string" },
    sub: { type: "string" },
    minutes: { type: "string", default: "60" },
  },
});
if (!isRole(values.role)) {
  console.error(`--role must be one of: ${ROLES.join(", ")}`);
  process.exit(2);
}
const minutes = Number(values.minutes);
if (!Number.isInteger(minutes) || minutes < 1 || minutes > 24 * 60) {
  console.error("--minutes must be a whole number from 1 to 1440");
  process.exit(2);
}
const token = await mintDevToken(
  devKeyDir(readDataDir(process.env)),
  { role: values.role, subject: values.sub ?? `dev-${values.role}` },
  { now: new Date(), minutes },
);
process.stdout.write(`${token}\n`);
