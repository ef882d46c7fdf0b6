import { Command, CommanderError, Option } from "commander";
import { FactcheckError } from "../core/errors.js";
import { readers } from "../ingest/kinds.js";
import { ONLY, reporters } from "../report/index.js";
import { runCompare } from "./commands/compare.js";
import { runExtract } from "./commands/extract.js";
import { runSchema } from "./commands/schema.js";
import type { Io } from "./io.js";
import { VERSION } from "./version.js";

const EXIT_CODES = `
Inputs: .txt and .md (YAML front matter: title, outlet, url, published), .html (main content
extracted), .json (a record or an array) and .jsonl (one record a line): {id?, title?, outlet?,
url?, published?, text}. Folders are read recursively; inputs that cannot be used are skipped.

Exit codes:
  0  the report was made, whatever it found
  1  --fail-on conflict was given and a conflict was found
  2  usage error, or no usable input`;

/** Parses argv, runs one command, and returns the exit code. Never throws. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  let code = 0;
  const debug = argv.includes("--debug");
  const program = new Command()
    .name("factcheck")
    .description("Line up the numeric claims of several articles about one event and report where they agree and conflict.")
    .version(VERSION, "-V, --version")
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError("(run factcheck --help for usage)")
    .addHelpText("after", EXIT_CODES);
  const common = (cmd: Command): Command => cmd
    .option("-o, --output <file>", "write to a file (atomically) instead of stdout")
    .option("-q, --quiet", "no notes on stderr about skipped inputs")
    .option("--no-color", "no colour even on a terminal (NO_COLOR works too)")
    .option("--debug", "show stack traces for unexpected errors")
    .option("--workers <n>", "threads to extract on (default: one per core, for inputs over about 12 MB of text)")
    .option("--cache <dir>", "keep extractions in DIR by content hash, so a re-run only reads new articles")
    .addOption(new Option("--stdin-format <kind>", "how to read - (stdin)").choices(Object.keys(readers)).default("text"));
  common(program.command("compare").argument("<paths...>", "files, folders, or - for stdin")
    .description("extract, align and compare claims across sources")
    .addOption(new Option("-f, --format <format>", "output format").choices(Object.keys(reporters)))
    .option("--fail-on <what>", "exit 1 when the report holds a conflict (value: conflict)")
    .addOption(new Option("--only <which>", "show only conflicts, or disagreements (conflict + compatible)").choices(ONLY).default("all"))
    .option("--min-sources <n>", "show only groups that at least N sources speak of")
    .addHelpText("after", EXIT_CODES))
    .action(async (paths: string[], opts) => { code = await runCompare(paths, opts, io); });
  common(program.command("extract").argument("<paths...>", "files, folders, or - for stdin")
    .description("print the claims found in each source (stage 3), for debugging and scripts")
    .addOption(new Option("-f, --format <format>", "output format").choices(["json", "text"]).default("json")))
    .action(async (paths: string[], opts) => { code = await runExtract(paths, opts, io); });
  program.command("schema").argument("[which]", "report (default) or extract")
    .description("print the JSON Schema of the report")
    .action((which: string | undefined) => { code = runSchema(which, io); });
  try {
    await program.parseAsync([...argv], { from: "user" });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof FactcheckError) {
      io.stderr(`factcheck: ${error.message}\n`);
      return 2;
    }
    io.stderr(`factcheck: unexpected error: ${(error as Error).message}${debug ? `\n${(error as Error).stack}` : " (run with --debug for details)"}\n`);
    return 2;
  }
}
