import type { KeyObject } from "node:crypto";
import { mkdir } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { VERSION } from "@tactful/eslint-plugin";
import plugin from "@tactful/eslint-plugin";
import { isInside } from "@tactful/eslint-plugin/files";
import { translator, type Catalog, type Locale } from "@tactful/core";
import { loadRelease, ReleaseError, type ReleaseBundle } from "@tactful/renderer";
import { lintTemplates, UsageError, type LintRun } from "../lint.js";
import { configsUsed, refuseIgnored, selectedTemplates } from "../release-command.js";
import { writeFileAtomic, WriteRefused } from "../write.js";
import { collectReport } from "./collect.js";
import { reportHtml } from "./html.js";
import type { ReportLanguage } from "./text.js";

export interface ReportFlags {
  out: string;
  /** An earlier release bundle to compare with. */
  since?: string;
  lang?: ReportLanguage;
}

/** What `tactful report` says, by id. */
export const REPORT_MESSAGES = {
  since: { en: "--since: {reason}", "zh-CN": "--since：{reason}", "zh-TW": "--since：{reason}" },
  out: { en: "{flag}: {reason}", "zh-CN": "{flag}：{reason}", "zh-TW": "{flag}：{reason}" },
  notADirectory: { en: "{path} is not a directory", "zh-CN": "{path} 不是目录", "zh-TW": "{path} 不是目錄" },
  cannotWrite: { en: "{path} cannot be written ({code})", "zh-CN": "无法写入 {path}（{code}）", "zh-TW": "無法寫入 {path}（{code}）" },
  writtenOne: { en: "Wrote the review report of {count} template to {page}.", "zh-CN": "已将 {count} 个模板的审阅报告写入 {page}。", "zh-TW": "已將 {count} 個範本的審閱報告寫入 {page}。" },
  writtenOther: { en: "Wrote the review report of {count} templates to {page}.", "zh-CN": "已将 {count} 个模板的审阅报告写入 {page}。", "zh-TW": "已將 {count} 個範本的審閱報告寫入 {page}。" },
} as const satisfies Catalog;

/** `tactful report [dir] --out <dir>`: lints the library and writes the review report of it as it is. */
export async function reportCommand(directory: string, flags: ReportFlags, cwd: string, locale: Locale = "en"): Promise<{ stdout: string; code: 0 }> {
  const say = translator(REPORT_MESSAGES, locale);
  const selection = await selectedTemplates(directory, cwd, locale);
  const since = flags.since === undefined ? undefined : await readSince(flags.since, cwd, locale);
  // The findings in the reviewer's language, as the page's own text.
  const run = await lintTemplates(selection.files, { cwd, project: selection.project, locale });
  const skipped = refuseIgnored(run, selection, cwd, locale);
  const page = await writeReport({ run, directory, cwd, out: flags.out, outFlag: "--out", language: locale, ...(since ? { since } : {}) });
  const count = run.results.length;
  return { stdout: `${say(count === 1 ? "writtenOne" : "writtenOther", { count, page })}\n${skipped}`, code: 0 };
}

export interface WriteReportInput {
  run: LintRun;
  /** The library, as given on the command line. */
  directory: string;
  cwd: string;
  /** The output directory, and the option that named it (for messages). */
  out: string;
  outFlag: "--out" | "--report";
  language: ReportLanguage;
  /** The release the report is of; without one, it is of the library as it is. */
  bundle?: ReleaseBundle;
  since?: { name: string; bundle: ReleaseBundle };
}

/** Writes `index.html` into the output directory (made if need be); returns its path as shown to the user. */
export async function writeReport(input: WriteReportInput): Promise<string> {
  const root = resolve(input.cwd, input.directory);
  const report = collectReport({
    run: input.run,
    root,
    cwd: input.cwd,
    library: input.directory,
    language: input.language,
    tool: { name: "@tactful/cli", version: VERSION },
    plugin: { name: plugin.meta.name, version: plugin.meta.version },
    configs: configsUsed(input.run, root),
    ...(input.bundle ? { bundle: input.bundle } : {}),
    ...(input.since ? { since: input.since } : {}),
  });
  const out = await reportDirectory(input.cwd, input.out, input.outFlag, input.language);
  const page = join(out, "index.html");
  const html = reportHtml(report, { language: input.language, generatedAt: new Date() });
  // Inside the project the report stays there: a link out of it (planted in the repository) is not followed.
  await writeFileAtomic(page, html, { within: isInside(input.cwd, out) ? input.cwd : out, locale: input.language }).catch(refusedAs(input.out, input.outFlag, input.language));
  return relative(input.cwd, page);
}

/** Makes the report's directory, or says why it cannot be one; a release checks this before it writes its bundle. */
export async function reportDirectory(cwd: string, given: string, flag: WriteReportInput["outFlag"], locale: Locale): Promise<string> {
  const out = resolve(cwd, given);
  await mkdir(out, { recursive: true }).catch(refusedAs(given, flag, locale));
  return out;
}

function refusedAs(given: string, flag: WriteReportInput["outFlag"], locale: Locale): (error: unknown) => never {
  const say = translator(REPORT_MESSAGES, locale);
  return (error) => {
    if (error instanceof WriteRefused) throw new UsageError(say("out", { flag, reason: error.message }));
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST" || code === "ENOTDIR") throw new UsageError(say("out", { flag, reason: say("notADirectory", { path: given }) }));
    if (code === "EACCES" || code === "EPERM" || code === "EROFS") throw new UsageError(say("out", { flag, reason: say("cannotWrite", { path: given, code }) }));
    throw error;
  };
}

/**
 * The earlier release, read and verified as a sending service reads it (`loadRelease`): its
 * signature, when it has one, must hold, and with `publicKey` it must have one by that key.
 * Without a key it is only compared, never rendered, so it is accepted unverified.
 */
export async function readSince(path: string, cwd: string, locale: Locale, publicKey?: KeyObject): Promise<{ name: string; bundle: ReleaseBundle }> {
  try {
    const release = await loadRelease(resolve(cwd, path), publicKey ? { publicKey } : { acceptUnverified: true });
    return { name: path, bundle: release.bundle };
  } catch (error) {
    if (error instanceof ReleaseError) throw new UsageError(translator(REPORT_MESSAGES, locale)("since", { reason: error.messageIn(locale).replace(resolve(cwd, path), path) }));
    throw error;
  }
}
