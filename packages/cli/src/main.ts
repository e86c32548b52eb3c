import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { Command, CommanderError, Option } from "commander";
import { glob, isDynamicPattern } from "tinyglobby";
import { localeOfEnvironment, translator, type Catalog, type Locale } from "@tactful/core";
import { VERSION } from "@tactful/eslint-plugin";
import { findTemplates } from "./files.js";
import { format, FORMATS, type FormatName } from "./format.js";
import type { CheckFlags } from "./check-command.js";
import type { GuardReportFlags } from "./guard-command.js";
import type { InitFlags } from "./init/index.js";
import { lintTemplates, UsageError } from "./lint.js";
import type { ReleaseFlags } from "./release-command.js";
import type { RenderFlags } from "./render-command.js";
import type { ReportFlags } from "./report/index.js";
import { REPORT_LANGUAGES } from "./report/text.js";
import { formatCatalog, ruleCatalog } from "./rules-command.js";
import { formatWaivers, waivers } from "./suppressions.js";

export interface Io {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  cwd: string;
  env: Record<string, string | undefined>;
}

const processIo: Io = { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env };

/** What the command line itself says, by id. */
export const MAIN_MESSAGES = {
  maxWarnings: { en: "--max-warnings takes a whole number (got {value})", "zh-CN": "--max-warnings 需要一个整数（收到 {value}）", "zh-TW": "--max-warnings 需要一個整數（收到 {value}）" },
  noMatch: { en: "no file matches {path}", "zh-CN": "没有文件匹配 {path}", "zh-TW": "沒有檔案符合 {path}" },
  noSuchPath: { en: "no such file or directory: {path}", "zh-CN": "文件或目录不存在：{path}", "zh-TW": "檔案或目錄不存在：{path}" },
  progress: { en: "Linting {done}/{total} templates…", "zh-CN": "正在检查模板 {done}/{total}…", "zh-TW": "正在檢查範本 {done}/{total}…" },
  overMaxWarnings: { en: "{warnings} warnings, more than --max-warnings {max}", "zh-CN": "{warnings} 个警告，超过 --max-warnings {max}", "zh-TW": "{warnings} 個警告，超過 --max-warnings {max}" },
  internalError: { en: "internal error: {detail}", "zh-CN": "内部错误：{detail}", "zh-TW": "內部錯誤：{detail}" },
} as const satisfies Catalog;

const LANG_HELP = "language of the output: en, zh-CN or zh-TW (default: from LC_ALL, LC_MESSAGES or LANG)";

/** The `--lang` given anywhere on the command line, read before the commands run: usage errors are in it too. */
function langArgument(argv: readonly string[]): string | undefined {
  let lang: string | undefined;
  argv.forEach((argument, index) => {
    if (argument === "--lang") lang = argv[index + 1];
    else if (argument.startsWith("--lang=")) lang = argument.slice("--lang=".length);
  });
  return lang;
}

interface LintFlags {
  format: FormatName;
  fix: boolean;
  maxWarnings?: number;
  cache: boolean;
  cacheLocation?: string;
  suppressions: boolean;
  library: boolean;
  followSymlinks: boolean;
  lang?: string;
}

/** Exit codes: 0 clean, 1 findings at error level (or over --max-warnings), 2 usage, configuration or internal error. */
export async function run(argv: readonly string[], io: Io = processIo): Promise<number> {
  let exitCode = 0;
  const locale = localeOfEnvironment(langArgument(argv), io.env);
  const say = translator(MAIN_MESSAGES, locale);
  const program = new Command("tactful")
    .description("Keep customer message templates compliant before release.")
    .version(VERSION, "-v, --version")
    .exitOverride()
    .showHelpAfterError()
    .configureOutput({ writeOut: (text) => io.stdout.write(text), writeErr: (text) => io.stderr.write(text) });

  program
    .command("lint")
    .description("check templates (*.msg.njk) with the project's eslint.config.* or the built-in recommended config")
    .argument("[paths...]", "files or directories to lint", ["."])
    .addOption(new Option("-f, --format <name>", "output format").choices(FORMATS).default("stylish"))
    .option("--fix", "apply fixes and write the files (atomically)", false)
    .option("--max-warnings <n>", "exit 1 when there are more warnings than this", (value) => {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 0) throw new CommanderError(2, "tactful.usage", say("maxWarnings", { value }));
      return n;
    })
    .option("--cache", "only lint files that changed since the last run", false)
    .option("--cache-location <path>", "where the cache is kept", ".tactfulcache")
    .option("--suppressions", "list every suppression directive and its reason (the waiver register)", false)
    .option("--no-library", "skip the checks across the library (duplicate ids, locale variants)")
    .option("--follow-symlinks", "also read templates that symbolic links lead to outside the project", false)
    .option("--lang <tag>", LANG_HELP)
    .action(async (paths: string[], flags: LintFlags) => {
      exitCode = await lint(paths, flags, io, locale);
    });

  program
    .command("check")
    .description("check finished messages (one a line, or JSON Lines in *.jsonl with text, channel, locale, category, audience, sender) with the rules that lint templates")
    .argument("<files...>", "files of messages")
    .addOption(new Option("-f, --format <name>", "output format").choices(FORMATS).default("stylish"))
    .option("--channel <channel>", "the channel of messages that do not say", "sms")
    .option("--locale <locale>", "the locale of messages that do not say")
    .option("--jurisdiction <code>", "the policy pack of messages that do not say (default: from the locale)")
    .option("--category <category>", "the category of messages that do not say", "collection")
    .option("--audience <audience>", "the audience of messages that do not say", "borrower")
    .option("--sender <name>", "the sender (creditor) of messages that do not say")
    .option("--lang <tag>", LANG_HELP)
    .action(async (paths: string[], flags: Omit<CheckFlags, "lang"> & { lang?: string }) => {
      const { checkCommand } = await import("./check-command.js");
      const result = await checkCommand(paths, { ...flags, lang: locale }, io.cwd, io.stdout.isTTY === true && !io.env["NO_COLOR"], VERSION);
      io.stderr.write(result.stderr);
      io.stdout.write(result.stdout);
      exitCode = result.code;
    });

  program
    .command("render")
    .description("render a template with one of its examples or a data file, and show its SMS encoding, length and segments")
    .argument("<file>", "the template to render")
    .option("-e, --example <name>", "render with this example persona (default: the first)")
    .option("-d, --data <file.json>", "render with this data")
    .addOption(new Option("-f, --format <name>", "output format").choices(["text", "json", "html"]).default("text"))
    .option("--lang <tag>", LANG_HELP)
    .action(async (file: string, flags: RenderFlags) => {
      // Loaded on demand: the renderer is not needed to lint, and a pre-commit hook should start fast.
      const { renderCommand } = await import("./render-command.js");
      const result = await renderCommand(file, flags, io.cwd, locale);
      io.stdout.write(result.stdout);
      exitCode = result.code;
    });

  program
    .command("release")
    .description("lint a template library and, when it has no errors, write a release bundle the renderer can serve")
    .argument("[dir]", "the template library", ".")
    .requiredOption("-o, --out <file>", "where to write the bundle (JSON)")
    .option("-k, --key <private.pem>", "sign the bundle with this Ed25519 private key")
    .option("--sequence <n>", "this release's sequence, higher than every earlier release's (default: 1, or one more than --previous)")
    .option("--previous <release.json>", "the release this one follows: its sequence plus one is this one's")
    .option("--report <dir>", "also write the review report of the release (a static HTML page) into this directory")
    .option("--since <release.json>", "the earlier release the report shows changes since (default: --previous)")
    .addOption(new Option("--lang <language>", "the report's language (default: from LANG)").choices(REPORT_LANGUAGES))
    .action(async (directory: string, flags: ReleaseFlags) => {
      const { releaseCommand } = await import("./release-command.js");
      const result = await releaseCommand(directory, flags, io.cwd, io.stdout.isTTY === true && !io.env["NO_COLOR"], locale);
      io.stdout.write(result.stdout);
      exitCode = result.code;
    });

  program
    .command("report")
    .description("write the review report of a template library (a static HTML page): every message as sent, findings, waivers, changes")
    .argument("[dir]", "the template library", ".")
    .requiredOption("-o, --out <dir>", "the directory to write the report (index.html) into")
    .option("--since <release.json>", "show what changed since this release bundle")
    .addOption(new Option("--lang <language>", "the report's language (default: from LANG)").choices(REPORT_LANGUAGES))
    .action(async (directory: string, flags: ReportFlags) => {
      const { reportCommand } = await import("./report/index.js");
      const result = await reportCommand(directory, flags, io.cwd, locale);
      io.stdout.write(result.stdout);
      exitCode = result.code;
    });

  program
    .command("init")
    .description("add Tactful to this repository: the ESLint config, a sample template and a pre-commit hook that lints the staged templates")
    .option("-l, --locale <locale>", "the sample template's locale (zh-CN, zh-TW or en-US)", "zh-CN")
    .addOption(new Option("--hooks <manager>", "the git hook manager (default: the one the repository uses)").choices(["husky", "lefthook", "simple-git-hooks", "none"]))
    .option("--no-sample", "do not write a sample template")
    .option("--install", "also run the npm install and hook commands it would tell you to run", false)
    .option("--lang <tag>", LANG_HELP)
    .action(async (flags: InitFlags) => {
      const { initCommand } = await import("./init/index.js");
      exitCode = await initCommand(flags, io.cwd, { stdout: (text) => io.stdout.write(text), stderr: (text) => io.stderr.write(text) }, locale);
    });

  program
    .command("guard")
    .description("send-time guard tools")
    .command("report")
    .description("summarise a guard audit log (JSON Lines): refusals by reason, per template, per day")
    .argument("<audit.jsonl>", "the audit log")
    .addOption(new Option("-f, --format <name>", "output format").choices(["text", "json"]).default("text"))
    .option("--lang <tag>", LANG_HELP)
    .action(async (file: string, flags: GuardReportFlags) => {
      const { guardReportCommand } = await import("./guard-command.js");
      const result = await guardReportCommand(file, flags, io.cwd, locale);
      io.stdout.write(result.stdout);
      io.stderr.write(result.stderr);
      exitCode = result.code;
    });

  program
    .command("rules")
    .description("list the rules with their level and legal source")
    .addOption(new Option("-f, --format <name>", "output format").choices(["text", "json"]).default("text"))
    .option("--lang <tag>", LANG_HELP)
    .action((flags: { format: string }) => {
      io.stdout.write(formatCatalog(ruleCatalog(), flags.format === "json", locale));
    });

  try {
    await program.parseAsync([...argv], { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === "tactful.usage") io.stderr.write(`tactful: ${error.message}\n`);
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof UsageError) {
      io.stderr.write(`tactful: ${error.message}\n`);
      return 2;
    }
    io.stderr.write(`tactful: ${say("internalError", { detail: error instanceof Error ? (error.stack ?? error.message) : String(error) })}\n`);
    return 2;
  }
  return exitCode;
}

/**
 * Expands glob patterns among the paths, as a shell would have: a quoted
 * `'templates/**\/*.msg.njk'` reaches us unexpanded (and on Windows every glob does). A path
 * that exists is taken as it is, even if it looks like a pattern; a pattern that matches
 * nothing stays, to be reported as missing.
 */
async function expandGlobs(paths: readonly string[], cwd: string): Promise<string[]> {
  const expanded: string[] = [];
  for (const path of paths) {
    const exists = await stat(resolve(cwd, path)).then(() => true, () => false);
    const matches = !exists && isDynamicPattern(path) ? await glob(path, { cwd, ignore: ["**/node_modules/**", "**/.git/**"] }) : [];
    expanded.push(...(matches.length > 0 ? matches.sort() : [path]));
  }
  return expanded;
}

async function lint(paths: string[], flags: LintFlags, io: Io, locale: Locale): Promise<number> {
  const say = translator(MAIN_MESSAGES, locale);
  const { files, missing, project } = await findTemplates(await expandGlobs(paths, io.cwd), io.cwd, { followSymlinks: flags.followSymlinks, locale });
  for (const path of missing) io.stderr.write(`tactful: ${say(isDynamicPattern(path) ? "noMatch" : "noSuchPath", { path })}\n`);
  // Progress only for a person watching: never in CI or when output is piped.
  const showProgress = io.stderr.isTTY === true && !io.env["CI"] && files.length > 50;
  const run = await lintTemplates(files, {
    cwd: io.cwd,
    fix: flags.fix,
    cache: flags.cache,
    cacheLocation: flags.cacheLocation,
    library: flags.library,
    project,
    locale,
    ...(showProgress ? { progress: (done: number, total: number) => io.stderr.write(`\r\u001b[K${say("progress", { done, total })}`) } : {}),
  });
  if (showProgress) io.stderr.write("\r\u001b[K");
  if (flags.suppressions) {
    io.stdout.write(formatWaivers(waivers(run, io.cwd), flags.format === "json", locale));
  } else {
    io.stdout.write(format(flags.format, run, { cwd: io.cwd, color: io.stdout.isTTY === true && !io.env["NO_COLOR"], toolVersion: VERSION, locale }));
  }
  if (missing.length > 0) return 2;
  const errors = run.results.reduce((sum, result) => sum + result.errorCount, 0);
  const warnings = run.results.reduce((sum, result) => sum + result.warningCount, 0);
  if (errors > 0) return 1;
  if (flags.maxWarnings !== undefined && warnings > flags.maxWarnings) {
    io.stderr.write(`tactful: ${say("overMaxWarnings", { warnings, max: flags.maxWarnings })}\n`);
    return 1;
  }
  return 0;
}
