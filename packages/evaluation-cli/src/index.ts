export { runEvaluate } from "./runEvaluate.ts";
export type { EvaluateIo } from "./runEvaluate.ts";
export { parseEvaluateArgs } from "./parseEvaluateArgs.ts";
export type { EvaluateArgs } from "./parseEvaluateArgs.ts";
