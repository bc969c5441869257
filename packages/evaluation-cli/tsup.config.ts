import { libraryConfig } from "../../scripts/tsup-config.ts";

// The programmatic entry (`runEvaluate`) and the `carerkit-evaluate` bin. The bin is ESM only:
// it is run, never required.
export default [
  libraryConfig({ entry: ["src/index.ts"] }),
  libraryConfig({
    entry: ["src/cli.ts"],
    format: ["esm"],
    dts: false,
    sourcemap: false,
    clean: false,
  }),
];
