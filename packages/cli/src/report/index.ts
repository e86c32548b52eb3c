import type { KeyObject } from "node:crypto";
import { mkdir } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { VERSION } from "@tactful/eslint-plugin";
import plugin from "@tactful/eslint-plugin";
import { isInside } from "@tactful/eslint-plugin/files";
import { loadRelease, ReleaseError, type ReleaseBundle } from "@tactful/renderer";
import { findTemplates } from "../files.js";
import { lintTemplates, UsageError, type LintRun } from "../lint.js";
import { configsUsed } from "../release-command.js";
import { writeFileAtomic, WriteRefused } from "../write.js";
import { collectReport } from "./collect.js";
import { reportHtml } from "./html.js";
import { languageFromEnvironment, type ReportLanguage } from "./text.js";

export { languageFromEnvironment } from "./text.js";

export interface ReportFlags {
  out: string;
  /** An earlier release bundle to compare with. */
  since?: string;
  lang?: ReportLanguage;
}

const MESSAGES = {
  noDirectory: (directory: string) => `no such directory: ${directory}`,
  noTemplates: (directory: string) => `no templates (*.msg.njk) in ${directory}`,
  since: (reason: string) => `--since: ${reason}`,
  out: (flag: string, reason: string) => `${flag}: ${reason}`,
  written: (templates: number, page: string) => `Wrote the review report of ${templates} template${templates === 1 ? "" : "s"} to ${page}.\n`,
};

/** `tactful report [dir] --out <dir>`: lints the library and writes the review report of it as it is. */
export async function reportCommand(directory: string, flags: ReportFlags, cwd: string, env: Record<string, string | undefined>): Promise<{ stdout: string; code: 0 }> {
  const { files, missing, project } = await findTemplates([directory], cwd);
  if (missing.length > 0) throw new UsageError(MESSAGES.noDirectory(directory));
  if (files.length === 0) throw new UsageError(MESSAGES.noTemplates(directory));
  const since = flags.since === undefined ? undefined : await readSince(flags.since, cwd);
  const language = flags.lang ?? languageFromEnvironment(env);
  // The findings in the reviewer's language, as the page's own text.
  const run = await lintTemplates(files, { cwd, project, locale: language });
  const page = await writeReport({ run, directory, cwd, out: flags.out, outFlag: "--out", language, ...(since ? { since } : {}) });
  return { stdout: MESSAGES.written(run.results.length, page), code: 0 };
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
    tool: { name: "@tactful/cli", version: VERSION },
    plugin: { name: plugin.meta.name, version: plugin.meta.version },
    configs: configsUsed(input.run, root),
    ...(input.bundle ? { bundle: input.bundle } : {}),
    ...(input.since ? { since: input.since } : {}),
  });
  const out = await reportDirectory(input.cwd, input.out, input.outFlag);
  const page = join(out, "index.html");
  const html = reportHtml(report, { language: input.language, generatedAt: new Date() });
  // Inside the project the report stays there: a link out of it (planted in the repository) is not followed.
  await writeFileAtomic(page, html, { within: isInside(input.cwd, out) ? input.cwd : out }).catch(refusedAs(input.out, input.outFlag));
  return relative(input.cwd, page);
}

/** Makes the report's directory, or says why it cannot be one; a release checks this before it writes its bundle. */
export async function reportDirectory(cwd: string, given: string, flag: WriteReportInput["outFlag"]): Promise<string> {
  const out = resolve(cwd, given);
  await mkdir(out, { recursive: true }).catch(refusedAs(given, flag));
  return out;
}

function refusedAs(given: string, flag: WriteReportInput["outFlag"]): (error: unknown) => never {
  return (error) => {
    if (error instanceof WriteRefused) throw new UsageError(MESSAGES.out(flag, error.message));
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST" || code === "ENOTDIR") throw new UsageError(MESSAGES.out(flag, `${given} is not a directory`));
    if (code === "EACCES" || code === "EPERM" || code === "EROFS") throw new UsageError(MESSAGES.out(flag, `${given} cannot be written (${code})`));
    throw error;
  };
}

/**
 * The earlier release, read and verified as a sending service reads it (`loadRelease`): its
 * signature, when it has one, must hold, and with `publicKey` it must have one by that key.
 */
export async function readSince(path: string, cwd: string, publicKey?: KeyObject): Promise<{ name: string; bundle: ReleaseBundle }> {
  try {
    const release = await loadRelease(resolve(cwd, path), publicKey ? { publicKey } : {});
    return { name: path, bundle: release.bundle };
  } catch (error) {
    if (error instanceof ReleaseError) throw new UsageError(MESSAGES.since(error.message.replace(resolve(cwd, path), path)));
    throw error;
  }
}
