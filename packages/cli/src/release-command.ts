import { createPublicKey, type KeyObject } from "node:crypto";
import { dirname, relative, resolve, sep } from "node:path";
import { translate, translator, type Catalog, type Locale, type MessageData } from "@tactful/core";
import { VERSION } from "@tactful/eslint-plugin";
import plugin from "@tactful/eslint-plugin";
import { packWaivers } from "@tactful/policies/load";
import { buildRelease, bundleHash, messageIn, readKey, readReleaseFile, ReleaseError, TemplateInvalidError, TemplateUnsafeError, verifyRelease, type LintConfigUse, type ReleaseBundle } from "@tactful/renderer";
import { findTemplates, selectionErrors, type FileSelection } from "./files.js";
import { isInside } from "@tactful/eslint-plugin/files";
import { format } from "./format.js";
import { ignoredErrors, lintTemplates, packNames, skippedLines, UsageError, type LintRun } from "./lint.js";
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
  /** Policy packs to check against instead of those the configuration names. */
  pack?: string[];
  lang?: ReportLanguage;
}

/** What `tactful release` (and `tactful report`, for the same inputs) says, by id. */
export const RELEASE_MESSAGES = {
  noDirectory: { en: "no such directory: {directory}", "zh-CN": "目录不存在：{directory}", "zh-TW": "目錄不存在：{directory}" },
  sequenceNotNumber: { en: "--sequence must be a whole number of at least 1, got {given}", "zh-CN": "--sequence 必须是不小于 1 的整数，收到 {given}", "zh-TW": "--sequence 必須是不小於 1 的整數，收到 {given}" },
  previousUnreadable: {
    en: "cannot take the sequence from the previous release: {reason}; give --sequence instead of --previous {path}",
    "zh-CN": "无法从上一个发布取得序号：{reason}；请用 --sequence 代替 --previous {path}",
    "zh-TW": "無法從上一個發布取得序號：{reason}；請用 --sequence 代替 --previous {path}",
  },
  sequenceNotAfter: {
    en: "--sequence {sequence} is not higher than the sequence of {path} ({previous})",
    "zh-CN": "--sequence {sequence} 不高于 {path} 的序号（{previous}）",
    "zh-TW": "--sequence {sequence} 不高於 {path} 的序號（{previous}）",
  },
  clockBehind: { en: "{path} was created at {createdAt}, after now: check the clock", "zh-CN": "{path} 的创建时间 {createdAt} 晚于现在：请检查系统时钟", "zh-TW": "{path} 的建立時間 {createdAt} 晚於現在：請檢查系統時鐘" },
  sinceWithoutReport: {
    en: "--since compares the report with an earlier release: give --report too",
    "zh-CN": "--since 用于将报告与较早的发布比较：请同时提供 --report",
    "zh-TW": "--since 用於將報告與較早的發布比較：請同時提供 --report",
  },
  fixFirst: { en: "No release: fix the errors above first.", "zh-CN": "未发布：请先修复上述错误。", "zh-TW": "未發布：請先修正上述錯誤。" },
  noRelease: { en: "No release: {reason}", "zh-CN": "未发布：{reason}", "zh-TW": "未發布：{reason}" },
  out: { en: "--out: {reason}", "zh-CN": "--out：{reason}", "zh-TW": "--out：{reason}" },
  releasedSigned: {
    en: "Released {count} templates to {out} as release {sequence}, signed with key {keyId}.",
    "zh-CN": "已将 {count} 个模板发布到 {out}，版本 {sequence}，以密钥 {keyId} 签名。",
    "zh-TW": "已將 {count} 個範本發布到 {out}，版本 {sequence}，以金鑰 {keyId} 簽章。",
  },
  releasedUnsigned: {
    en: "Released {count} templates to {out} as release {sequence}, unsigned.",
    "zh-CN": "已将 {count} 个模板发布到 {out}，版本 {sequence}，未签名。",
    "zh-TW": "已將 {count} 個範本發布到 {out}，版本 {sequence}，未簽章。",
  },
  relaxed: {
    en: "{config} turned off or lowered rules that recommended makes errors: {rules} (recorded in the bundle).",
    "zh-CN": "{config} 关闭或降低了在推荐配置中为错误级别的规则：{rules}（已记录在发布包中）。",
    "zh-TW": "{config} 關閉或降低了在建議設定中為錯誤層級的規則：{rules}（已記錄在發布包中）。",
  },
  waived: {
    en: "The {jurisdiction} policy pack waives {entry} ({overlay}): {reason} (recorded in the bundle).",
    "zh-CN": "{jurisdiction} 政策包豁免了 {entry}（{overlay}）：{reason}（已记录在发布包中）。",
    "zh-TW": "{jurisdiction} 政策包豁免了 {entry}（{overlay}）：{reason}（已記錄在發布包中）。",
  },
  reportWritten: {
    en: "Wrote its review report to {page}; the bundle's hash to approve is {hash}.",
    "zh-CN": "审阅报告已写入 {page}；待审批的发布包哈希为 {hash}。",
    "zh-TW": "審閱報告已寫入 {page}；待核准的發布包雜湊為 {hash}。",
  },
} as const satisfies Catalog;

type Say = (id: keyof typeof RELEASE_MESSAGES, data?: MessageData) => string;

/** The templates of the library a release or a report is of; a library that is missing, not a template or holds none is a usage error. */
export async function selectedTemplates(directory: string, cwd: string, locale: Locale): Promise<FileSelection> {
  const selection = await findTemplates([directory], cwd, { locale });
  if (selection.missing.length > 0) throw new UsageError(translate(RELEASE_MESSAGES, "noDirectory", locale, { directory }));
  const errors = await selectionErrors(selection, locale);
  if (errors.length > 0) throw new UsageError(errors.join("\n"));
  return selection;
}

/**
 * A template the configuration ignores was not checked: nothing is released or reported as if it
 * were. A library the configuration ignores whole (or a template named) is refused; templates it
 * ignores beside others are left out, and the summary lines to print say so.
 */
export function refuseIgnored(run: LintRun, selection: Pick<FileSelection, "named" | "folders">, cwd: string, locale: Locale): string {
  const errors = ignoredErrors(run, selection, cwd, locale);
  if (errors.length > 0) throw new UsageError(errors.join("\n"));
  return skippedLines(run, cwd, locale).map((line) => `${line}\n`).join("");
}

/**
 * Lints every template in a directory (any error aborts, with the findings), renders every
 * example, and writes one bundle atomically, signed when a key is given. Its sequence is
 * `--sequence`, or one more than the `--previous` release's (which must verify, with the
 * public half of `--key` when one is given), or 1.
 */
export async function releaseCommand(directory: string, flags: ReleaseFlags, cwd: string, color: boolean, locale: Locale = "en"): Promise<{ stdout: string; code: 0 | 1 }> {
  const say = translator(RELEASE_MESSAGES, locale);
  const root = resolve(cwd, directory);
  const selection = await selectedTemplates(directory, cwd, locale);
  const { project } = selection;
  const privateKey = flags.key === undefined ? undefined : await readKey(resolve(cwd, flags.key), "private").catch((error: unknown) => {
    throw new UsageError(messageIn(error, locale));
  });
  if (flags.since !== undefined && flags.report === undefined) throw new UsageError(say("sinceWithoutReport"));
  const sequence = await sequenceOf(flags, cwd, privateKey, say, locale);
  const reportModule = flags.report === undefined ? undefined : await import("./report/index.js");
  const sinceName = flags.since ?? flags.previous;
  // Read before anything is written: a previous release that does not verify stops the release.
  const since = reportModule && sinceName !== undefined ? await reportModule.readSince(sinceName, cwd, locale, privateKey && createPublicKey(privateKey)) : undefined;
  if (reportModule && flags.report !== undefined) await reportModule.reportDirectory(cwd, flags.report, "--report", locale);

  // Findings in the writer's language.
  const packs = flags.pack && (await packNames(flags.pack, cwd, locale));
  const run = await lintTemplates(selection.files, { cwd, project, locale, ...(packs ? { packs } : {}) });
  const skipped = refuseIgnored(run, selection, cwd, locale);
  // The templates that were checked: those the configuration ignores are not released.
  const files = selection.files.filter((file) => run.sources.has(file));
  const errors = run.results.reduce((sum, result) => sum + result.errorCount, 0);
  if (errors > 0) {
    return { stdout: `${format("stylish", run, { cwd, color, toolVersion: VERSION, locale })}\n${say("fixFirst")}\n`, code: 1 };
  }
  const byRule: Record<string, number> = {};
  for (const message of run.results.flatMap((result) => result.messages)) {
    const rule = message.ruleId ?? "parsing-error";
    byRule[rule] = (byRule[rule] ?? 0) + 1;
  }
  // The very text that was linted: a file changed on disk since is not released unlinted.
  const templates = files.map((file) => ({ path: relative(root, file).split(sep).join("/"), text: run.sources.get(file)!, packs: run.packs.get(file)! }));
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
      return { stdout: `${say("noRelease", { reason: error.messageIn(locale) })}\n`, code: 1 };
    }
    throw error;
  }
  const out = resolve(cwd, flags.out);
  // Inside the project the bundle stays there: a link out of it (planted in the repository) is not followed.
  await writeFileAtomic(out, `${JSON.stringify(bundle, null, 2)}\n`, { within: isInside(cwd, out) ? cwd : dirname(out), locale }).catch((error: unknown) => {
    throw error instanceof WriteRefused ? new UsageError(say("out", { reason: error.message })) : error;
  });
  const shownRelease = { count: bundle.templates.length, out: relative(cwd, out), sequence: bundle.sequence };
  // Templates released past blocking rules their configuration relaxed: said with the release, as the bundle records it.
  const relaxed = (bundle.lint.configs ?? []).flatMap((use) => (use.relaxed ? [`${say("relaxed", { config: use.config, rules: use.relaxed.join(", ") })}\n`] : []));
  // Rules of law an overlay relaxed: said with the release too, as the bundle's packs record them.
  const waived = bundle.policies.flatMap((policy) => (policy.pack ? packWaivers(policy.pack) : []).map((waiver) => `${say("waived", { ...waiver })}\n`));
  const released = `${bundle.signature ? say("releasedSigned", { ...shownRelease, keyId: bundle.signature.keyId }) : say("releasedUnsigned", shownRelease)}\n${skipped}${relaxed.join("")}${waived.join("")}`;
  if (!reportModule || flags.report === undefined) return { stdout: released, code: 0 };
  const page = await reportModule.writeReport({ run, directory, cwd, out: flags.report, outFlag: "--report", language: locale, bundle, ...(since ? { since } : {}) });
  return { stdout: `${released}${say("reportWritten", { page, hash: bundleHash(bundle) })}\n`, code: 0 };
}

async function sequenceOf(flags: ReleaseFlags, cwd: string, privateKey: KeyObject | undefined, say: Say, locale: Locale): Promise<number> {
  let given: number | undefined;
  if (flags.sequence !== undefined) {
    given = /^[1-9][0-9]*$/.test(flags.sequence) ? Number(flags.sequence) : Number.NaN;
    if (!Number.isSafeInteger(given)) throw new UsageError(say("sequenceNotNumber", { given: flags.sequence }));
  }
  if (flags.previous === undefined) return given ?? 1;
  let previous: ReleaseBundle;
  try {
    const path = resolve(cwd, flags.previous);
    const text = await readReleaseFile(path, { name: flags.previous });
    // Only its sequence is read: without --key, an unsigned library's earlier release is accepted unverified.
    previous = await verifyRelease(text, { name: flags.previous, ...(privateKey ? { publicKey: createPublicKey(privateKey) } : { acceptUnverified: true }) });
  } catch (error) {
    throw new UsageError(say("previousUnreadable", { path: flags.previous, reason: messageIn(error, locale) }));
  }
  if (Date.parse(previous.createdAt) > Date.now()) throw new UsageError(say("clockBehind", { path: flags.previous, createdAt: previous.createdAt }));
  if (given === undefined) return previous.sequence + 1;
  if (given <= previous.sequence) throw new UsageError(say("sequenceNotAfter", { sequence: given, path: flags.previous, previous: previous.sequence }));
  return given;
}

/** Which configurations the release was linted with: each path relative to the released directory, or the built-in one. */
export function configsUsed(run: LintRun, root: string): LintConfigUse[] {
  return run.configs.map(({ config, templates, relaxed }) => ({
    config: config.kind === "project" ? relative(root, config.file).split(sep).join("/") : "built-in recommended",
    templates: templates.length,
    ...(relaxed.length > 0 ? { relaxed } : {}),
  }));
}
