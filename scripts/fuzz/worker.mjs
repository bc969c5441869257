// Bootstraps the TypeScript worker under tsx, whichever process (tsx or vitest) started it.
import { register } from "tsx/esm/api";

register();
await import("./worker.ts");
