import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { Command, CommanderError, Option } from "commander";
import { localeOfEnvironment, translator, type Catalog, type Locale } from "@tactful/core";
import { VERSION } from "@tactful/eslint-plugin";
import { TEMPLATE_SUFFIX } from "@tactful/eslint-plugin/files";
import { findTemplates, selectionErrors } from "./files.js";
import { format, FORMATS, type FormatName } from "./format.js";
import { describedWithExtras, parserError } from "./commander-text.js";
import { HELP_MESSAGES } from "./help.js";
import { builtInPacks } from "@tactful/policies";
import type { CheckFlags } from "./check-command.js";
import type { GuardReportFlags } from "./guard-command.js";
import type { InitFlags } from "./init/index.js";
import { ignoredErrors, lintTemplates, packNames, skippedLines, UsageError } from "./lint.js";
import type { ReleaseFlags } from "./release-command.js";
import type { RenderFlags } from "./render-command.js";
import type { ReportFlags } from "./report/index.js";
import { REPORT_LANGUAGES } from "./report/text.js";
import { formatCatalog, ruleCatalog } from "./rules-command.js";
import { formatWaivers, packWaiverRegister, waivers } from "./suppressions.js";

/** The built-in packs by the ids a configuration names them with (cn, gb, us…). */
const BUILT_IN_IDS = builtInPacks.jurisdictions.map((id) => id.toLowerCase()).join(", ");

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
  concurrency: { en: "--concurrency takes a number of threads, auto or off (got {value})", "zh-CN": "--concurrency 需要线程数、auto 或 off（收到 {value}）", "zh-TW": "--concurrency 需要執行緒數、auto 或 off（收到 {value}）" },
  progress: { en: "Linting {done}/{total} templates…", "zh-CN": "正在检查模板 {done}/{total}…", "zh-TW": "正在檢查範本 {done}/{total}…" },
  overMaxWarnings: { en: "{warnings} warnings, more than --max-warnings {max}", "zh-CN": "{warnings} 个警告，超过 --max-warnings {max}", "zh-TW": "{warnings} 個警告，超過 --max-warnings {max}" },
  internalError: { en: "internal error: {detail}", "zh-CN": "内部错误：{detail}", "zh-TW": "內部錯誤：{detail}" },
} as const satisfies Catalog;

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
  concurrency?: number;
  cache: boolean;
  cacheLocation?: string;
  suppressions: boolean;
  library: boolean;
  followSymlinks: boolean;
  lang?: string;
  pack?: string[];
}

/** `--pack` may be given more than once. */
const collectPacks = (value: string, previous: string[] = []): string[] => [...previous, value];

/** Exit codes: 0 clean, 1 findings at error level (or over --max-warnings), 2 usage, configuration or internal error. */
export async function run(argv: readonly string[], io: Io = processIo): Promise<number> {
  let exitCode = 0;
  const locale = localeOfEnvironment(langArgument(argv), io.env);
  const say = translator(MAIN_MESSAGES, locale);
  const help = translator(HELP_MESSAGES, locale);
  const titles: Record<string, string> = { "Usage:": help("usage"), "Arguments:": help("arguments"), "Options:": help("options"), "Commands:": help("commands") };
  const program = new Command("tactful")
    .description(help("program"))
    .version(VERSION, "-v, --version", help("version"))
    .helpOption("-h, --help", help("help"))
    .helpCommand("help [command]", help("help"))
    .configureHelp({ styleTitle: (title) => titles[title] ?? title, optionDescription: (option) => describedWithExtras(option, locale), argumentDescription: (argument) => describedWithExtras(argument, locale) })
    .exitOverride()
    .showHelpAfterError()
    .configureOutput({ writeOut: (text) => io.stdout.write(text), writeErr: (text) => io.stderr.write(text), outputError: (text, write) => write(parserError(text, locale)) });

  program
    .command("lint")
    .description(help("lint"))
    .argument("[paths...]", help("lintPaths"), ["."])
    .addOption(new Option("-f, --format <name>", help("format")).choices(FORMATS).default("stylish"))
    .option("--fix", help("fix"), false)
    .option("--max-warnings <n>", help("maxWarnings"), (value) => {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 0) throw new CommanderError(2, "tactful.usage", say("maxWarnings", { value }));
      return n;
    })
    .option("--concurrency <n>", help("concurrency"), (value) => {
      if (value === "auto") return undefined;
      if (value === "off") return 1;
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1) throw new CommanderError(2, "tactful.usage", say("concurrency", { value }));
      return n;
    })
    .option("--cache", help("cache"), false)
    .option("--cache-location <path>", help("cacheLocation"), ".tactfulcache")
    .option("--suppressions", help("suppressions"), false)
    .option("--no-library", help("noLibrary"))
    .option("--follow-symlinks", help("followSymlinks"), false)
    .option("--pack <name>", help("packOption", { builtIn: BUILT_IN_IDS }), collectPacks)
    .option("--lang <tag>", help("lang"))
    .action(async (paths: string[], flags: LintFlags) => {
      exitCode = await lint(paths, flags, io, locale);
    });

  program
    .command("check")
    .description(help("check"))
    .argument("<files...>", help("checkFiles"))
    .addOption(new Option("-f, --format <name>", help("format")).choices(FORMATS).default("stylish"))
    .option("--channel <channel>", help("channel"), "sms")
    .option("--locale <locale>", help("locale"))
    .option("--jurisdiction <code>", help("jurisdiction"))
    .option("--category <category>", help("category"), "collection")
    .option("--audience <audience>", help("audience"), "borrower")
    .option("--sender <name>", help("sender"))
    .option("--pack <name>", help("packOption", { builtIn: BUILT_IN_IDS }), collectPacks)
    .option("--lang <tag>", help("lang"))
    .action(async (paths: string[], flags: Omit<CheckFlags, "lang"> & { lang?: string }) => {
      const { checkCommand } = await import("./check-command.js");
      const result = await checkCommand(paths, { ...flags, lang: locale }, io.cwd, io.stdout.isTTY === true && !io.env["NO_COLOR"], VERSION);
      io.stderr.write(result.stderr);
      io.stdout.write(result.stdout);
      exitCode = result.code;
    });

  program
    .command("render")
    .description(help("render"))
    .argument("<file>", help("renderFile"))
    .option("-e, --example <name>", help("example"))
    .option("-d, --data <file.json>", help("data"))
    .addOption(new Option("-f, --format <name>", help("format")).choices(["text", "json", "html"]).default("text"))
    .option("--pack <name>", help("packOption", { builtIn: BUILT_IN_IDS }), collectPacks)
    .option("--lang <tag>", help("lang"))
    .action(async (file: string, flags: RenderFlags) => {
      // Loaded on demand: the renderer is not needed to lint, and a pre-commit hook should start fast.
      const { renderCommand } = await import("./render-command.js");
      const result = await renderCommand(file, flags, io.cwd, locale);
      io.stdout.write(result.stdout);
      exitCode = result.code;
    });

  program
    .command("release")
    .description(help("release"))
    .argument("[dir]", help("library"), ".")
    .requiredOption("-o, --out <file>", help("out"))
    .option("-k, --key <private.pem>", help("key"))
    .option("--sequence <n>", help("sequence"))
    .option("--previous <release.json>", help("previous"))
    .option("--report <dir>", help("report"))
    .option("--since <release.json>", help("since"))
    .option("--pack <name>", help("packOption", { builtIn: BUILT_IN_IDS }), collectPacks)
    .addOption(new Option("--lang <language>", help("reportLang")).choices(REPORT_LANGUAGES))
    .action(async (directory: string, flags: ReleaseFlags) => {
      const { releaseCommand } = await import("./release-command.js");
      const result = await releaseCommand(directory, flags, io.cwd, io.stdout.isTTY === true && !io.env["NO_COLOR"], locale);
      io.stdout.write(result.stdout);
      exitCode = result.code;
    });

  program
    .command("report")
    .description(help("reportCommand"))
    .argument("[dir]", help("library"), ".")
    .requiredOption("-o, --out <dir>", help("reportOut"))
    .option("--since <release.json>", help("reportSince"))
    .addOption(new Option("--lang <language>", help("reportLang")).choices(REPORT_LANGUAGES))
    .action(async (directory: string, flags: ReportFlags) => {
      const { reportCommand } = await import("./report/index.js");
      const result = await reportCommand(directory, flags, io.cwd, locale);
      io.stdout.write(result.stdout);
      exitCode = result.code;
    });

  program
    .command("init")
    .description(help("init"))
    .option("-l, --locale <locale>", help("sampleLocale"), "zh-CN")
    .addOption(new Option("--hooks <manager>", help("hooks")).choices(["husky", "lefthook", "simple-git-hooks", "none"]))
    .option("--no-sample", help("noSample"))
    .option("--install", help("install"), false)
    .option("--lang <tag>", help("lang"))
    .action(async (flags: InitFlags) => {
      const { initCommand } = await import("./init/index.js");
      exitCode = await initCommand(flags, io.cwd, { stdout: (text) => io.stdout.write(text), stderr: (text) => io.stderr.write(text) }, locale);
    });

  program
    .command("guard")
    .description(help("guard"))
    .command("report")
    .description(help("guardReport"))
    .argument("<audit.jsonl>", help("auditLog"))
    .addOption(new Option("-f, --format <name>", help("format")).choices(["text", "json"]).default("text"))
    .option("--lang <tag>", help("lang"))
    .action(async (file: string, flags: GuardReportFlags) => {
      const { guardReportCommand } = await import("./guard-command.js");
      const result = await guardReportCommand(file, flags, io.cwd, locale);
      io.stdout.write(result.stdout);
      io.stderr.write(result.stderr);
      exitCode = result.code;
    });

  const pack = program.command("pack").description(help("pack"));
  for (const name of ["check", "test"] as const) {
    pack
      .command(name)
      .description(help(name === "check" ? "packCheck" : "packTest"))
      .argument("<file>", help("packFile"))
      .option("--lang <tag>", help("lang"))
      .action(async (file: string) => {
        const { packCheckCommand, packTestCommand } = await import("./pack-command.js");
        const result = await (name === "check" ? packCheckCommand : packTestCommand)(file, locale, io.cwd);
        io.stderr.write(result.stderr);
        io.stdout.write(result.stdout);
        exitCode = result.code;
      });
  }

  program
    .command("rules")
    .description(help("rules"))
    .addOption(new Option("-f, --format <name>", help("format")).choices(["text", "json"]).default("text"))
    .option("--lang <tag>", help("lang"))
    .action((flags: { format: string }) => {
      io.stdout.write(formatCatalog(ruleCatalog(locale), flags.format === "json", locale));
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
 * that exists is taken as it is, even if it looks like a pattern. A pattern selects the
 * templates it matches (`'templates/**'` leaves out a README); one that matches none stays,
 * to be reported. Each pattern comes back with its templates (absolute paths): as in ESLint, they
 * were found, not named one by one, as a folder's are.
 */
async function expandGlobs(paths: readonly string[], cwd: string): Promise<{ paths: string[]; patterns: Array<{ path: string; files: string[] }> }> {
  const expanded: string[] = [];
  const patterns: Array<{ path: string; files: string[] }> = [];
  for (const path of paths) {
    if (await stat(resolve(cwd, path)).then(() => true, () => false)) {
      expanded.push(path);
      continue;
    }
    // Loaded only for a path that does not exist: a hook names files that do.
    const { glob, isDynamicPattern } = await import("tinyglobby");
    const matches = isDynamicPattern(path) ? (await glob(path, { cwd, ignore: ["**/node_modules/**", "**/.git/**"] })).filter((match) => match.endsWith(TEMPLATE_SUFFIX)) : [];
    expanded.push(...(matches.length > 0 ? matches.sort() : [path]));
    if (matches.length > 0) patterns.push({ path, files: matches.map((match) => resolve(cwd, match)) });
  }
  return { paths: expanded, patterns };
}

async function lint(paths: string[], flags: LintFlags, io: Io, locale: Locale): Promise<number> {
  const say = translator(MAIN_MESSAGES, locale);
  const { paths: expanded, patterns } = await expandGlobs(paths, io.cwd);
  const { files, project, named, folders, ...selection } = await findTemplates(expanded, io.cwd, { followSymlinks: flags.followSymlinks, locale });
  // A path that selected nothing is a usage error, after the rest is linted: a misspelt path in CI must not pass.
  const unchecked = await selectionErrors(selection, locale);
  for (const error of unchecked) io.stderr.write(`tactful: ${error}\n`);
  // Progress only for a person watching: never in CI or when output is piped.
  const showProgress = io.stderr.isTTY === true && !io.env["CI"] && files.length > 50;
  const packs = flags.pack && (await packNames(flags.pack, io.cwd, locale));
  const run = await lintTemplates(files, {
    ...(packs ? { packs } : {}),
    cwd: io.cwd,
    fix: flags.fix,
    cache: flags.cache,
    cacheLocation: flags.cacheLocation,
    library: flags.library,
    ...(flags.concurrency === undefined ? {} : { threads: flags.concurrency }),
    project,
    locale,
    ...(showProgress ? { progress: (done: number, total: number) => io.stderr.write(`\r\u001b[K${say("progress", { done, total })}`) } : {}),
  });
  if (showProgress) io.stderr.write("\r\u001b[K");
  if (flags.suppressions) {
    io.stdout.write(formatWaivers(waivers(run, io.cwd), flags.format === "json", locale, packWaiverRegister(run, io.cwd)));
  } else {
    io.stdout.write(format(flags.format, run, { cwd: io.cwd, color: io.stdout.isTTY === true && !io.env["NO_COLOR"], toolVersion: VERSION, locale }));
  }
  // The summary of the text formats says which templates were skipped; beside JSON or SARIF, stderr does.
  if (flags.suppressions || flags.format === "json" || flags.format === "sarif") for (const line of skippedLines(run, io.cwd, locale)) io.stderr.write(`tactful: ${line}\n`);
  // A template named, or a folder given, that the configuration ignores whole is an error; a folder's ignored drafts beside checked templates are only skipped.
  const matched = new Set(patterns.flatMap((pattern) => pattern.files));
  const ignored = ignoredErrors(run, { named: named.filter((file) => !matched.has(file)), folders: [...folders, ...patterns] }, io.cwd, locale);
  for (const error of ignored) io.stderr.write(`tactful: ${error}\n`);
  if (unchecked.length > 0 || ignored.length > 0) return 2;
  const errors = run.results.reduce((sum, result) => sum + result.errorCount, 0);
  const warnings = run.results.reduce((sum, result) => sum + result.warningCount, 0);
  if (errors > 0) return 1;
  if (flags.maxWarnings !== undefined && warnings > flags.maxWarnings) {
    io.stderr.write(`tactful: ${say("overMaxWarnings", { warnings, max: flags.maxWarnings })}\n`);
    return 1;
  }
  return 0;
}
