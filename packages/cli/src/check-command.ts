import { closest, translator, type Catalog, type Locale, type MessageData } from "@tactful/core";
import { stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { rules } from "@tactful/eslint-plugin";
import { checkMessages, configFor, createTemplateEslint, lintFailureMessage, type FinishedMessage } from "@tactful/eslint-plugin/engine";
import { openProject } from "./files.js";
import { format, type FormatName } from "./format.js";
import { jsonErrorOffset } from "./json-error.js";
import { packNames, packSetOf, resultOf, UsageError, type LintMessage, type LintRun } from "./lint.js";

export interface CheckFlags {
  format: FormatName;
  channel: string;
  locale?: string;
  jurisdiction?: string;
  category: string;
  audience: string;
  sender?: string;
  /** Policy packs to check against instead of those the configuration names. */
  pack?: string[];
  /** The language of the findings (en, zh-CN, zh-TW). */
  lang: Locale;
}

/** The largest input read: an audit of many sent messages, bounded all the same. */
const MAX_INPUT_BYTES = 64 << 20;

function decodeUtf8(bytes: Buffer): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** What `tactful check` says about its input, by id. */
export const CHECK_MESSAGES = {
  missing: { en: "no such file: {path}", "zh-CN": "文件不存在：{path}", "zh-TW": "檔案不存在：{path}" },
  notAFile: { en: "not a file of messages: {path}", "zh-CN": "不是消息文件：{path}", "zh-TW": "不是訊息檔案：{path}" },
  notJson: { en: "this line is not JSON", "zh-CN": "此行不是 JSON", "zh-TW": "此行不是 JSON" },
  notJsonHere: { en: "this line is not JSON: {character} cannot come here", "zh-CN": "此行不是 JSON：此处不能出现 {character}", "zh-TW": "此行不是 JSON：此處不能出現 {character}" },
  notJsonEnds: { en: "this line is not JSON: it ends before its value does", "zh-CN": "此行不是 JSON：值还没结束，此行就结束了", "zh-TW": "此行不是 JSON：值還沒結束，此行就結束了" },
  notObject: { en: "this line is not a JSON object with a `text` string", "zh-CN": "此行不是带有 `text` 字符串的 JSON 对象", "zh-TW": "此行不是帶有 `text` 字串的 JSON 物件" },
  badField: { en: "`{field}` must be a string", "zh-CN": "`{field}` 必须是字符串", "zh-TW": "`{field}` 必須是字串" },
  misspelledField: {
    en: "`{field}` is not a field Tactful reads: did you mean `{known}`? (other fields are ignored)",
    "zh-CN": "`{field}` 不是 Tactful 读取的字段：是不是要写 `{known}`？（其他字段会被忽略）",
    "zh-TW": "`{field}` 不是 Tactful 讀取的欄位：是不是要寫 `{known}`？（其他欄位會被忽略）",
  },
  badSender: { en: "`sender` must be a name or an object with a `name`", "zh-CN": "`sender` 必须是名称，或带有 `name` 的对象", "zh-TW": "`sender` 必須是名稱，或帶有 `name` 的物件" },
  notUtf8: { en: "the file is not valid UTF-8", "zh-CN": "文件不是有效的 UTF-8", "zh-TW": "檔案不是有效的 UTF-8" },
  ignoredHere: {
    en: "the ESLint configuration here ignores templates (*.msg.njk), and messages are checked as templates here",
    "zh-CN": "此处的 ESLint 配置忽略模板（*.msg.njk），而消息是按此处的模板检查的",
    "zh-TW": "此處的 ESLint 設定忽略範本（*.msg.njk），而訊息是依此處的範本檢查的",
  },
  summaryOne: { en: "{messages} message checked: {clean} clean.", "zh-CN": "已检查 {messages} 条消息：{clean} 条无问题。", "zh-TW": "已檢查 {messages} 則訊息：{clean} 則無問題。" },
  summaryOther: { en: "{messages} messages checked: {clean} clean.", "zh-CN": "已检查 {messages} 条消息：{clean} 条无问题。", "zh-TW": "已檢查 {messages} 則訊息：{clean} 則無問題。" },
} as const satisfies Catalog;

const FIELDS = ["channel", "locale", "jurisdiction", "category", "audience", "subject", "title"] as const;
/** Every field a JSON line may give. */
const READ_FIELDS: readonly string[] = ["text", "sender", ...FIELDS];

/** A file of JSON Lines (one message object a line) rather than plain lines (one message text a line). */
function isJsonLines(file: string): boolean {
  return /\.(?:jsonl|ndjson)$/iu.test(file);
}

type ReadLine = { line: number; message: FinishedMessage } | { line: number; problem: string; column?: number };

/** What is wrong with a line that JSON.parse refused, and the column where it goes wrong. */
function jsonProblem(content: string, say: (id: keyof typeof CHECK_MESSAGES, data?: MessageData) => string): { problem: string; column?: number } {
  const offset = jsonErrorOffset(content);
  if (offset === undefined) return { problem: say("notJson") };
  if (offset >= content.length) return { problem: say("notJsonEnds"), column: content.length + 1 };
  const character = String.fromCodePoint(content.codePointAt(offset)!);
  // White space and control characters by their code, which a reader can see.
  const shown = /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(character) ? `\`${character}\`` : `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
  return { problem: say("notJsonHere", { character: shown }), column: offset + 1 };
}

/** The messages of a file: one a line; blank lines are skipped. */
export function readMessages(text: string, jsonLines: boolean, defaults: Omit<FinishedMessage, "text">, locale: Locale = "en"): ReadLine[] {
  const say = translator(CHECK_MESSAGES, locale);
  const read: ReadLine[] = [];
  text.split(/\r\n|\r|\n/u).forEach((content, index) => {
    const line = index + 1;
    if (content.trim().length === 0) return;
    if (!jsonLines) {
      read.push({ line, message: { ...defaults, text: content } });
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(content);
    } catch {
      read.push({ line, ...jsonProblem(content, say) });
      return;
    }
    if (typeof value !== "object" || value === null || Array.isArray(value) || typeof (value as { text?: unknown }).text !== "string") {
      read.push({ line, problem: say("notObject") });
      return;
    }
    const record = value as Record<string, unknown>;
    // A send log carries fields of its own, which are ignored; one that misspells a field Tactful reads would silently check the message with the default instead.
    const misspelled = Object.keys(record).find((key) => !READ_FIELDS.includes(key) && closest(key, READ_FIELDS) !== null);
    if (misspelled !== undefined) return void read.push({ line, problem: say("misspelledField", { field: misspelled, known: closest(misspelled, READ_FIELDS)! }) });
    const message: FinishedMessage = { ...defaults, text: record["text"] as string };
    for (const field of FIELDS) {
      const given = record[field];
      if (given === undefined || given === null) continue;
      if (typeof given !== "string") return void read.push({ line, problem: say("badField", { field }) });
      message[field] = given;
    }
    const sender = record["sender"];
    if (sender !== undefined && sender !== null) {
      const named = typeof sender === "string" || (typeof sender === "object" && typeof (sender as { name?: unknown }).name === "string");
      if (!named) return void read.push({ line, problem: say("badSender") });
      message.sender = sender as FinishedMessage["sender"];
    }
    read.push({ line, message });
  });
  return read;
}

/**
 * `tactful check`: lints finished messages with the rules that lint templates. A finding is
 * placed on the input's line and, within it, the column of the message text where it is
 * (for JSON Lines, the offset in `text` plus one).
 */
export async function checkCommand(paths: readonly string[], flags: CheckFlags, cwd: string, color: boolean, toolVersion: string): Promise<{ stdout: string; stderr: string; code: number }> {
  const say = translator(CHECK_MESSAGES, flags.lang);
  const files: string[] = [];
  let stderr = "";
  for (const path of paths) {
    const info = await stat(resolve(cwd, path)).catch(() => null);
    if (info?.isFile()) files.push(resolve(cwd, path));
    else stderr += `tactful: ${say(info ? "notAFile" : "missing", { path })}\n`;
  }
  const packs = flags.pack && (await packNames(flags.pack, cwd, flags.lang));
  // Loaded first: a pack that does not load stops the check with its reason, as it stops `tactful lint`.
  if (flags.pack) await packSetOf(flags.pack, cwd, flags.lang);
  // Messages are checked as templates of the working directory, with its nearest configuration.
  const { eslint, config } = createTemplateEslint(configFor(join(cwd, "message.msg.njk")), {
    warnIgnored: true,
    locale: flags.lang,
    ...(packs ? { overrideConfig: { languageOptions: { packs } } } : {}),
  });
  // ESLint would only warn that the file is ignored, and every message would pass.
  const ignored = await eslint.isPathIgnored(join(cwd, "message.msg.njk")).catch((error: unknown) => {
    throw new UsageError(lintFailureMessage(config, error, flags.lang));
  });
  if (ignored) throw new UsageError(say("ignoredHere"));
  const project = await openProject(paths, cwd, { locale: flags.lang });
  const defaults: Omit<FinishedMessage, "text"> = {
    channel: flags.channel,
    category: flags.category,
    audience: flags.audience,
    ...(flags.locale ? { locale: flags.locale } : {}),
    ...(flags.jurisdiction ? { jurisdiction: flags.jurisdiction } : {}),
    ...(flags.sender ? { sender: flags.sender } : {}),
  };
  const run: LintRun = { results: [], configs: [{ config, templates: files, relaxed: [], relaxedTemplates: [] }], rules: {}, fixed: [], templates: new Map(), sources: new Map(), packs: new Map(), ignored: [] };
  let checked = 0;
  let clean = 0;
  for (const file of files) {
    const read = await project.readBytes(file, MAX_INPUT_BYTES);
    const text = "bytes" in read ? decodeUtf8(read.bytes) : undefined;
    if (text === undefined) {
      run.results.push(resultOf(file, [{ ruleId: null, severity: 2, fatal: true, message: "error" in read ? read.error : say("notUtf8"), line: 1, column: 1 }]));
      continue;
    }
    const lines = readMessages(text, isJsonLines(file), defaults, flags.lang);
    const found: LintMessage[] = [];
    const messages = lines.flatMap((entry) => ("message" in entry ? [entry] : []));
    for (const entry of lines) if ("problem" in entry) found.push({ ruleId: null, severity: 2, fatal: true, message: entry.problem, line: entry.line, column: entry.column ?? 1 });
    let findings;
    try {
      findings = await checkMessages(eslint, messages.map((entry) => entry.message), cwd);
    } catch (error) {
      throw new UsageError(lintFailureMessage(config, error, flags.lang));
    }
    findings.forEach((list, index) => {
      checked += 1;
      if (list.length === 0) clean += 1;
      const { line } = messages[index]!;
      // Within the input line: the message's offset, for a message of several lines too.
      for (const finding of list) found.push({ ...finding, line, column: finding.offset + 1, endLine: line, endColumn: (finding.endOffset ?? finding.offset) + 1 });
    });
    found.sort((a, b) => a.line - b.line || a.column - b.column);
    run.results.push(resultOf(file, found));
  }
  for (const id of new Set(run.results.flatMap((result) => result.messages.flatMap((message) => (message.ruleId ? [message.ruleId] : []))))) {
    const docs = (rules as Record<string, { meta?: { docs?: object } }>)[id.replace(/^tactful\//u, "")]?.meta?.docs;
    if (docs) run.rules[id] = { ...docs };
  }
  let stdout = format(flags.format, run, { cwd, color, toolVersion, locale: flags.lang });
  // The summary counts messages, not files.
  if (flags.format === "stylish") stdout = stdout.replace(/[^\n]*\n$/u, `${say(checked === 1 ? "summaryOne" : "summaryOther", { messages: checked, clean })}\n`);
  const errors = run.results.reduce((sum, result) => sum + result.errorCount, 0);
  return { stdout, stderr, code: stderr ? 2 : errors > 0 ? 1 : 0 };
}
