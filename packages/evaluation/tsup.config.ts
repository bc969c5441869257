import { libraryConfig } from "../../scripts/tsup-config.ts";

// Two entries: the statistics (light) and the report renderer (vega, csv-parse), so that the
// charting code never enters the statistics' import path.
export default libraryConfig({ entry: ["src/index.ts", "src/report.ts"] });
