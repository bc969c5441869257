import { libraryConfig } from "../../scripts/tsup-config.ts";

// kdbush ships ESM only (its `exports` points at an ES module), so it is bundled into both the
// ESM and the CJS build; see docs/decisions/0041-bundle-kdbush.md.
export default libraryConfig({ noExternal: ["kdbush"] });
