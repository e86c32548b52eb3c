import { createPublicKey, type KeyObject } from "node:crypto";
import { dirname, relative, resolve, sep } from "node:path";
import { localeOfEnvironment } from "@tactful/core";
import { VERSION } from "@tactful/eslint-plugin";
import plugin from "@tactful/eslint-plugin";
import { buildRelease, bundleHash, readKey, readReleaseFile, ReleaseError, TemplateInvalidError, TemplateUnsafeError, verifyRelease, type ReleaseBundle } from "@tactful/renderer";
import { findTemplates } from "./files.js";
import { isInside } from "@tactful/eslint-plugin/files";
import { format } from "./format.js";
import { lintTemplates, UsageError, type LintRun } from "./lint.js";
import type { ReportLanguage } from "./report/text.js";
import { writeFileAtomic, WriteRefused } from "./write.js";

export interface ReleaseFlags {
  out: string;
  key?: string;
  /** This release's sequence (a whole number, higher than every earlier release's). */
  sequence?: string;
  /** The release this one follows: its sequence plus one is this one's. */
  previous?: string;
  /** Also write the review report of this release into this directory. */
  report?: string;
  /** The release the report compares with (default: `previous`). */
  since?: string;
  lang?: ReportLanguage;
}

const MESSAGES = {
  sequenceNotNumber: (given: string) => `--sequence must be a whole number of at least 1, got ${given}`,
  previousUnreadable: (path: string, reason: string) => `cannot take the sequence from the previous release: ${reason}; give --sequence instead of --previous ${path}`,
  sequenceNotAfter: (sequence: number, path: string, previous: number) => `--sequence ${sequence} is not higher than the sequence of ${path} (${previous})`,
  clockBehind: (path: string, createdAt: string) => `${path} was created at ${createdAt}, after now: check the clock`,
  sinceWithoutReport: "--since compares the report with an earlier release: give --report too",
  reportWritten: (page: string, hash: string) => `Wrote its review report to ${page}; the bundle's hash to approve is ${hash}.\n`,
};

/**
 * Lints every template in a directory (any error aborts, with the findings), renders every
 * example, and writes one bundle atomically, signed when a key is given. Its sequence is
 * `--sequence`, or one more than the `--previous` release's (which must verify, with the
 * public half of `--key` when one is given), or 1.
 */
export async function releaseCommand(directory: string, flags: ReleaseFlags, cwd: string, color: boolean, env: Record<string, string | undefined> = {}): Promise<{ stdout: string; code: 0 | 1 }> {
  const root = resolve(cwd, directory);
  const { files, missing, project } = await findTemplates([directory], cwd);
  if (missing.length > 0) throw new UsageError(`no such directory: ${directory}`);
  if (files.length === 0) throw new UsageError(`no templates (*.msg.njk) in ${directory}`);
  const privateKey = flags.key === undefined ? undefined : await readKey(resolve(cwd, flags.key), "private").catch((error: unknown) => {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  });
  if (flags.since !== undefined && flags.report === undefined) throw new UsageError(MESSAGES.sinceWithoutReport);
  const sequence = await sequenceOf(flags, cwd, privateKey);
  const reportModule = flags.report === undefined ? undefined : await import("./report/index.js");
  const sinceName = flags.since ?? flags.previous;
  // Read before anything is written: a previous release that does not verify stops the release.
  const since = reportModule && sinceName !== undefined ? await reportModule.readSince(sinceName, cwd, privateKey && createPublicKey(privateKey)) : undefined;
  if (reportModule && flags.report !== undefined) await reportModule.reportDirectory(cwd, flags.report, "--report");

  // Findings in the writer's language: `--lang`, else the locale environment.
  const run = await lintTemplates(files, { cwd, project, locale: flags.lang ?? localeOfEnvironment(undefined, env) });
  const errors = run.results.reduce((sum, result) => sum + result.errorCount, 0);
  if (errors > 0) {
    return { stdout: `${format("stylish", run, { cwd, color, toolVersion: VERSION })}\nNo release: fix the errors above first.\n`, code: 1 };
  }
  const byRule: Record<string, number> = {};
  for (const message of run.results.flatMap((result) => result.messages)) {
    const rule = message.ruleId ?? "parsing-error";
    byRule[rule] = (byRule[rule] ?? 0) + 1;
  }
  // The very text that was linted: a file changed on disk since is not released unlinted.
  const templates = files.map((file) => ({ path: relative(root, file).split(sep).join("/"), text: run.sources.get(file)! }));
  let bundle: ReleaseBundle;
  try {
    bundle = buildRelease(
      {
        templates,
        tool: { name: "@tactful/cli", version: VERSION },
        plugin: { name: plugin.meta.name, version: plugin.meta.version },
        lint: { warnings: run.results.reduce((sum, result) => sum + result.warningCount, 0), byRule, configs: configsUsed(run, root) },
        sequence,
      },
      privateKey ? { privateKey } : {},
    );
  } catch (error) {
    if (error instanceof ReleaseError || error instanceof TemplateInvalidError || error instanceof TemplateUnsafeError) {
      return { stdout: `No release: ${error.message}\n`, code: 1 };
    }
    throw error;
  }
  const out = resolve(cwd, flags.out);
  // Inside the project the bundle stays there: a link out of it (planted in the repository) is not followed.
  await writeFileAtomic(out, `${JSON.stringify(bundle, null, 2)}\n`, { within: isInside(cwd, out) ? cwd : dirname(out) }).catch((error: unknown) => {
    throw error instanceof WriteRefused ? new UsageError(`--out: ${error.message}`) : error;
  });
  const signed = bundle.signature ? `, signed with key ${bundle.signature.keyId}` : ", unsigned";
  const released = `Released ${bundle.templates.length} templates to ${relative(cwd, out)} as release ${bundle.sequence}${signed}.\n`;
  if (!reportModule || flags.report === undefined) return { stdout: released, code: 0 };
  const language = flags.lang ?? reportModule.languageFromEnvironment(env);
  const page = await reportModule.writeReport({ run, directory, cwd, out: flags.report, outFlag: "--report", language, bundle, ...(since ? { since } : {}) });
  return { stdout: `${released}${MESSAGES.reportWritten(page, bundleHash(bundle))}`, code: 0 };
}

async function sequenceOf(flags: ReleaseFlags, cwd: string, privateKey: KeyObject | undefined): Promise<number> {
  let given: number | undefined;
  if (flags.sequence !== undefined) {
    given = /^[1-9][0-9]*$/.test(flags.sequence) ? Number(flags.sequence) : Number.NaN;
    if (!Number.isSafeInteger(given)) throw new UsageError(MESSAGES.sequenceNotNumber(flags.sequence));
  }
  if (flags.previous === undefined) return given ?? 1;
  let previous: ReleaseBundle;
  try {
    const path = resolve(cwd, flags.previous);
    const text = await readReleaseFile(path, { name: flags.previous });
    previous = await verifyRelease(text, { name: flags.previous, ...(privateKey ? { publicKey: createPublicKey(privateKey) } : {}) });
  } catch (error) {
    throw new UsageError(MESSAGES.previousUnreadable(flags.previous, error instanceof Error ? error.message : String(error)));
  }
  if (Date.parse(previous.createdAt) > Date.now()) throw new UsageError(MESSAGES.clockBehind(flags.previous, previous.createdAt));
  if (given === undefined) return previous.sequence + 1;
  if (given <= previous.sequence) throw new UsageError(MESSAGES.sequenceNotAfter(given, flags.previous, previous.sequence));
  return given;
}

/** Which configurations the release was linted with: each path relative to the released directory, or the built-in one. */
export function configsUsed(run: LintRun, root: string): Array<{ config: string; templates: number }> {
  return run.configs.map(({ config, templates }) => ({ config: config.kind === "project" ? relative(root, config.file).split(sep).join("/") : "built-in recommended", templates: templates.length }));
}
