import { libraryConfig } from "../../scripts/tsup-config.ts";

export default libraryConfig();
