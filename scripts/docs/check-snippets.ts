// Snippets are tests. Every TypeScript block in every README and in docs/ is type-checked as its
// own module, in the folder of the package (or example) whose README holds it, so imports
// resolve as a user's would. Blocks opened as ```ts run are also run, and the ```text block
// that follows one (prose may come between) must be exactly what it prints, so shown output cannot drift. `--update`
// rewrites those output blocks from the run. Commands in shell blocks must use the documented
// form (`npx pnpm …`, or the bootstrap `npx --yes pnpm@…`), never a bare `pnpm`, and links in a
// published package's README are absolute, so they work on the npm page.
//
//   pnpm docs:snippets [--update]
import { execFileSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { lexer, type Tokens } from "marked";
import ts from "typescript";

const update = process.argv.includes("--update");
const root = resolve(".");
const SNIPPET_DIR = ".snippets";

/** The markdown files with snippets: the root README, CONTRIBUTING, docs/*.md, each package's and example's README. */
function markdownFiles(): string[] {
  const inFolder = (folder: string) =>
    readdirSync(folder, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(folder, entry.name, "README.md")))
      .map((entry) => join(folder, entry.name, "README.md"));
  const docs = readdirSync("docs")
    .filter((name) => name.endsWith(".md"))
    .map((name) => join("docs", name));
  return [
    "README.md",
    "CONTRIBUTING.md",
    ...docs,
    ...inFolder("packages"),
    ...inFolder("examples"),
  ];
}

/** Where a file's snippets live and resolve from: its package or example, else the flagship example. */
function contextOf(file: string): string {
  const folder = dirname(file);
  return existsSync(join(folder, "package.json")) && folder !== "."
    ? folder
    : join("examples", "better-together");
}

interface Snippet {
  readonly file: string;
  readonly line: number;
  readonly code: string;
  readonly run: boolean;
  /** The ```text block right after a runnable block, if any. */
  readonly output: Tokens.Code | undefined;
  readonly path: string;
}

const problems: string[] = [];
const snippets: Snippet[] = [];
const sources = new Map<string, string>();

for (const file of markdownFiles()) {
  const text = readFileSync(file, "utf8");
  sources.set(file, text);
  const published = /^packages\/[^/]+\/README\.md$/.test(file);
  for (const [i, line] of text.split("\n").entries())
    for (const [, target = ""] of line.matchAll(/\]\(([^)\s]+)\)/g))
      if (published && !/^(https?:|#|mailto:)/.test(target))
        problems.push(
          `${file}:${i + 1}: link to ${target} breaks on the npm page: use an absolute https://github.com/carerkit/carerkit/blob/main/… link`,
        );
  for (const [i, line] of text.split("\n").entries())
    if (/`pnpm\s/.test(line))
      problems.push(
        `${file}:${i + 1}: write \`npx pnpm …\` (pnpm is a dev dependency), not a bare \`pnpm\``,
      );
  const tokens = lexer(text);
  let offset = 0;
  tokens.forEach((token, index) => {
    const line = text.slice(0, text.indexOf(token.raw, offset)).split("\n").length;
    offset = text.indexOf(token.raw, offset) + token.raw.length;
    if (token.type !== "code") return;
    const code = token as Tokens.Code;
    const [lang = "", ...meta] = (code.lang ?? "").split(/\s+/);
    if (["sh", "bash", "shell"].includes(lang)) {
      for (const [i, command] of code.text.split("\n").entries())
        if (/^\s*pnpm\s/.test(command) || /(?:&&|;)\s*pnpm\s/.test(command))
          problems.push(
            `${file}:${line + 1 + i}: write "npx pnpm …" (pnpm is a dev dependency), not a bare "pnpm"`,
          );
      return;
    }
    if (lang !== "ts" && lang !== "typescript") return;
    // The output block is the next code block, with only prose between.
    const next = tokens.slice(index + 1).find((t) => t.type === "code" || t.type === "heading");
    const output =
      next?.type === "code" && (next as Tokens.Code).lang === "text"
        ? (next as Tokens.Code)
        : undefined;
    const context = contextOf(file);
    const name = `${relative(root, file).replace(/[^a-z0-9]+/gi, "-")}-${line}.ts`;
    snippets.push({
      file,
      line,
      code: code.text,
      run: meta.includes("run"),
      output,
      path: join(context, SNIPPET_DIR, name),
    });
  });
}

try {
  for (const snippet of snippets) {
    mkdirSync(dirname(snippet.path), { recursive: true });
    // Each snippet is a module of its own, so top-level await and local names never collide.
    writeFileSync(snippet.path, `${snippet.code}\nexport {};\n`);
  }

  // 1. Type-check every snippet with the repository's strict settings.
  const base = ts.getParsedCommandLineOfConfigFile(
    "tsconfig.base.json",
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined },
  );
  if (!base) throw new Error("tsconfig.base.json could not be read");
  const program = ts.createProgram(
    snippets.map((s) => s.path),
    { ...base.options, types: ["node"], noUnusedLocals: false, noEmit: true },
  );
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const snippet = snippets.find(
      (s) => resolve(s.path) === resolve(diagnostic.file?.fileName ?? ""),
    );
    const at =
      diagnostic.file && diagnostic.start !== undefined
        ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line
        : 0;
    const where = snippet
      ? `${snippet.file}:${snippet.line + 1 + at}`
      : (diagnostic.file?.fileName ?? "tsconfig");
    problems.push(`${where}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")}`);
  }

  // 2. Run the runnable snippets in an empty folder and compare what they print.
  const rewrites = new Map<string, string>();
  for (const snippet of snippets.filter((s) => s.run)) {
    const cwd = mkdtempSync(join(tmpdir(), "carerkit-snippet-"));
    let printed = "";
    try {
      printed = execFileSync(
        join(root, "node_modules", ".bin", "tsx"),
        ["--conditions=@carerkit/source", resolve(snippet.path)],
        {
          cwd,
          encoding: "utf8",
          stdio: ["ignore", "pipe", "pipe"],
          env: { ...process.env, TZ: "UTC" },
        },
      ).trimEnd();
    } catch (error) {
      const { stderr = "" } = error as { stderr?: string };
      const thrown =
        stderr.split("\n").find((line) => /^\w*Error\b/.test(line)) ?? stderr.slice(0, 200);
      problems.push(
        `${snippet.file}:${snippet.line}: the runnable snippet failed: ${thrown.trim()}`,
      );
      continue;
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
    if (!snippet.output) {
      problems.push(
        `${snippet.file}:${snippet.line}: a runnable snippet needs a \`\`\`text block after it showing what it prints`,
      );
      continue;
    }
    if (snippet.output.text === printed) continue;
    if (update) {
      const current = rewrites.get(snippet.file) ?? sources.get(snippet.file) ?? "";
      rewrites.set(
        snippet.file,
        current.replace(snippet.output.raw, `\`\`\`text\n${printed}\n\`\`\`\n`),
      );
    } else
      problems.push(
        `${snippet.file}:${snippet.line}: the output shown is not what the snippet prints (run with --update):\n${printed}`,
      );
  }
  for (const [file, text] of rewrites) writeFileSync(file, text);
} finally {
  for (const folder of new Set(snippets.map((s) => dirname(s.path))))
    rmSync(folder, { recursive: true, force: true });
}

const runnable = snippets.filter((s) => s.run).length;
if (problems.length > 0) {
  console.error(problems.join("\n"));
  console.error(`\n${problems.length} problem(s) in ${snippets.length} snippets.`);
  process.exit(1);
}
console.log(
  `${snippets.length} TypeScript snippets type-check; ${runnable} run and print what their READMEs show; no bare pnpm commands.`,
);
