import { Command, CommanderError, Option } from "commander";
import { FORMATS, json, stylish, type FormatName } from "./format.js";
import { findTemplates } from "./files.js";
import { lintFiles, type LintResult } from "./lint.js";

export interface Io {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
  cwd: string;
}

const processIo: Io = { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() };

/** Exit codes: 0 clean, 1 findings at error level, 2 usage, configuration or internal error. */
export async function run(argv: readonly string[], io: Io = processIo): Promise<number> {
  let exitCode = 0;
  const program = new Command("tactful")
    .description("Keep customer message templates compliant before release.")
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.stdout.write(text), writeErr: (text) => io.stderr.write(text) });

  program
    .command("lint")
    .description("check templates (*.msg.njk) and report findings")
    .argument("[paths...]", "files or directories to lint", ["."])
    .addOption(new Option("-f, --format <name>", "output format").choices(FORMATS).default("stylish"))
    .action(async (paths: string[], options: { format: FormatName }) => {
      exitCode = await lint(paths, options.format, io);
    });

  try {
    await program.parseAsync([...argv], { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    io.stderr.write(`tactful: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 2;
  }
  return exitCode;
}

async function lint(paths: string[], format: FormatName, io: Io): Promise<number> {
  const { files, missing } = await findTemplates(paths, io.cwd);
  for (const path of missing) io.stderr.write(`tactful: no such file or directory: ${path}\n`);
  const results = await lintFiles(files);
  io.stdout.write(format === "json" ? json(results, io.cwd) : stylish(results, io.cwd, io.stdout.isTTY === true) + summary(results, format));
  if (missing.length > 0) return 2;
  return results.some((result) => result.errorCount > 0) ? 1 : 0;
}

/** A closing line that says what was checked, so a clean run is visibly a real one. */
function summary(results: readonly LintResult[], format: FormatName): string {
  if (format !== "stylish") return "";
  const byLocale = new Map<string, number>();
  for (const result of results) {
    const locale = result.document?.meta.locale ?? "unknown";
    byLocale.set(locale, (byLocale.get(locale) ?? 0) + 1);
  }
  const locales = [...byLocale].map(([locale, count]) => `${locale} ${count}`).join(", ");
  const clean = results.filter((result) => result.messages.length === 0).length;
  return `${results.length} template${results.length === 1 ? "" : "s"} checked${locales ? ` (${locales})` : ""}: ${clean} clean.\n`;
}
