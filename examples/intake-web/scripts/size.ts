// `pnpm size`: builds the page and prints its gzip size and what of the SDK it contains.
import { buildAndReport, formatReport } from "./bundleReport.ts";

console.log(formatReport(await buildAndReport()).join("\n"));
