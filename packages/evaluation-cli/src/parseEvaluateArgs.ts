import { parseArgs } from "node:util";
import { err, ok, type Result } from "@carerkit/core";
import { z } from "zod";

/** What `carerkit-evaluate` was asked to do, from its command line. */
export interface EvaluateArgs {
  /** `true` for `--help`; nothing else is then read. */
  readonly help: boolean;
  /** The CSV path as given (resolved later against the current directory). */
  readonly csv: string;
  /** The output folder as given. */
  readonly out: string;
  /** The outcome measure's name. */
  readonly measure: string;
  /** The scale's lowest score. */
  readonly min: number;
  /** The scale's highest score. */
  readonly max: number;
  /** Which way is better. */
  readonly direction: "higher-is-better" | "lower-is-better";
  /** Test–retest reliability, for reliable change. */
  readonly reliability: number;
  /** Minimal important change. */
  readonly mic: number;
  /** Sessions in the programme. */
  readonly sessions: number;
}

const number = z.coerce.number().refine(Number.isFinite, "expected a number");
const OptionsSchema = z
  .object({
    measure: z.string().min(1, "expected a name"),
    min: number,
    max: number,
    direction: z.enum(["higher-is-better", "lower-is-better"], {
      error: "expected higher-is-better or lower-is-better",
    }),
    reliability: number.refine((r) => r > 0 && r < 1, "expected a reliability between 0 and 1"),
    mic: number.refine((m) => m > 0, "expected a change above 0"),
    sessions: z.coerce.number().int("expected a whole number").positive("expected at least 1"),
  })
  .refine((o) => o.min < o.max, { message: "expected --min below --max", path: ["max"] });

/**
 * Reads `carerkit-evaluate`'s command line. Unknown options, a missing CSV path and values out
 * of range come back as one message each, naming the option; the values themselves are not
 * repeated.
 *
 * @param argv - The arguments after the command name.
 * @returns The arguments with defaults filled in, or the problems, one line each.
 * @example
 * const args = parseEvaluateArgs(["data.csv", "--out", "report", "--sessions", "6"]);
 * if (args.success) console.log(args.data.out); // "report"
 */
export function parseEvaluateArgs(argv: readonly string[]): Result<EvaluateArgs, string[]> {
  let parsed: ReturnType<typeof readArgs>;
  try {
    parsed = readArgs(argv);
  } catch (error) {
    return err([error instanceof Error ? error.message : "the command line could not be read"]);
  }
  const { values, positionals } = parsed;
  if (values.help === true) return ok({ ...DEFAULTS, help: true });
  const problems: string[] = [];
  if (positionals.length !== 1)
    problems.push(
      positionals.length === 0 ? "expected the CSV file to analyse" : "expected one CSV file",
    );
  const options = OptionsSchema.safeParse({ ...DEFAULT_TEXT, ...values });
  if (!options.success)
    for (const issue of options.error.issues)
      problems.push(`--${issue.path.join(".")}: ${issue.message}`);
  if (problems.length > 0 || !options.success) return err(problems);
  return ok({
    help: false,
    csv: positionals[0] ?? "",
    out: values.out ?? DEFAULTS.out,
    ...options.data,
  });
}

const DEFAULTS = {
  csv: "",
  out: "evaluation-report",
  measure: "SWEMWBS metric score",
  min: 7,
  max: 35,
  direction: "higher-is-better",
  reliability: 0.84,
  mic: 3,
  sessions: 8,
} as const;

const DEFAULT_TEXT = Object.fromEntries(
  Object.entries(DEFAULTS).filter(([key]) => key !== "csv" && key !== "out"),
);

function readArgs(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      help: { type: "boolean", short: "h" },
      out: { type: "string" },
      measure: { type: "string" },
      min: { type: "string" },
      max: { type: "string" },
      direction: { type: "string" },
      reliability: { type: "string" },
      mic: { type: "string" },
      sessions: { type: "string" },
    },
  });
}
