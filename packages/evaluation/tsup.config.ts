import { libraryConfig } from "../../scripts/tsup-config.ts";

// Two entries: the statistics (light) and the report renderer (csv-parse, and vega/vega-lite as
// optional peers loaded on first use), so that the charting code never enters the statistics'
// import path. The @stdlib distribution functions are bundled, so installing the statistics
// brings no @stdlib micro-packages; see docs/decisions/0058-evaluation-light-install.md.
export default libraryConfig({
  entry: ["src/index.ts", "src/report.ts"],
  noExternal: [/^@stdlib\//],
});
