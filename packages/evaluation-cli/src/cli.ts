// The `carerkit-evaluate` command (linked through bin/carerkit-evaluate.js). Every outcome is a line and an exit code, never a stack trace.
import { runEvaluate } from "./runEvaluate.ts";

runEvaluate(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : "unexpected failure";
    process.stderr.write(`carerkit-evaluate: ${message}\n`);
    process.exitCode = 70;
  },
);
