import type { Locale } from "@tactful/core";
import { stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { rules } from "@tactful/eslint-plugin";
import { checkMessages, configFor, createTemplateEslint, lintFailureMessage, type FinishedMessage } from "@tactful/eslint-plugin/engine";
import { openProject } from "./files.js";
import { format, type FormatName } from "./format.js";
import { resultOf, UsageError, type LintMessage, type LintRun } from "./lint.js";

export interface CheckFlags {
  format: FormatName;
  channel: string;
  locale?: string;
  jurisdiction?: string;
  category: string;
  audience: string;
  sender?: string;
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

/** What `tactful check` says about its input, keyed by id. */
const MESSAGES = {
  missing: (path: string) => `no such file: ${path}`,
  notAFile: (path: string) => `not a file of messages: ${path}`,
  notJson: (reason: string) => `this line is not JSON: ${reason}`,
  notObject: () => "this line is not a JSON object with a `text` string",
  badField: (field: string) => `\`${field}\` must be a string`,
  badSender: () => "`sender` must be a name or an object with a `name`",
  notUtf8: () => "the file is not valid UTF-8",
  summary: (messages: number, clean: number) => `${messages} message${messages === 1 ? "" : "s"} checked: ${clean} clean.`,
} as const;

const FIELDS = ["channel", "locale", "jurisdiction", "category", "audience", "subject", "title"] as const;

/** A file of JSON Lines (one message object a line) rather than plain lines (one message text a line). */
function isJsonLines(file: string): boolean {
  return /\.(?:jsonl|ndjson)$/iu.test(file);
}

type ReadLine = { line: number; message: FinishedMessage } | { line: number; problem: string };

/** The messages of a file: one a line; blank lines are skipped. */
export function readMessages(text: string, jsonLines: boolean, defaults: Omit<FinishedMessage, "text">): ReadLine[] {
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
    } catch (error) {
      read.push({ line, problem: MESSAGES.notJson(error instanceof Error ? error.message : String(error)) });
      return;
    }
    if (typeof value !== "object" || value === null || Array.isArray(value) || typeof (value as { text?: unknown }).text !== "string") {
      read.push({ line, problem: MESSAGES.notObject() });
      return;
    }
    const record = value as Record<string, unknown>;
    const message: FinishedMessage = { ...defaults, text: record["text"] as string };
    for (const field of FIELDS) {
      const given = record[field];
      if (given === undefined || given === null) continue;
      if (typeof given !== "string") return void read.push({ line, problem: MESSAGES.badField(field) });
      message[field] = given;
    }
    const sender = record["sender"];
    if (sender !== undefined && sender !== null) {
      const named = typeof sender === "string" || (typeof sender === "object" && typeof (sender as { name?: unknown }).name === "string");
      if (!named) return void read.push({ line, problem: MESSAGES.badSender() });
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
  const files: string[] = [];
  let stderr = "";
  for (const path of paths) {
    const info = await stat(resolve(cwd, path)).catch(() => null);
    if (info?.isFile()) files.push(resolve(cwd, path));
    else stderr += `tactful: ${info ? MESSAGES.notAFile(path) : MESSAGES.missing(path)}\n`;
  }
  // Messages are checked as templates of the working directory, with its nearest configuration.
  const { eslint, config } = createTemplateEslint(configFor(join(cwd, "message.msg.njk")), { warnIgnored: true, locale: flags.lang });
  const project = await openProject(paths, cwd);
  const defaults: Omit<FinishedMessage, "text"> = {
    channel: flags.channel,
    category: flags.category,
    audience: flags.audience,
    ...(flags.locale ? { locale: flags.locale } : {}),
    ...(flags.jurisdiction ? { jurisdiction: flags.jurisdiction } : {}),
    ...(flags.sender ? { sender: flags.sender } : {}),
  };
  const run: LintRun = { results: [], configs: [{ config, templates: files }], rules: {}, fixed: [], templates: new Map(), sources: new Map() };
  let checked = 0;
  let clean = 0;
  for (const file of files) {
    const read = await project.readBytes(file, MAX_INPUT_BYTES);
    const text = "bytes" in read ? decodeUtf8(read.bytes) : undefined;
    if (text === undefined) {
      run.results.push(resultOf(file, [{ ruleId: null, severity: 2, fatal: true, message: "error" in read ? read.error : MESSAGES.notUtf8(), line: 1, column: 1 }]));
      continue;
    }
    const lines = readMessages(text, isJsonLines(file), defaults);
    const found: LintMessage[] = [];
    const messages = lines.flatMap((entry) => ("message" in entry ? [entry] : []));
    for (const entry of lines) if ("problem" in entry) found.push({ ruleId: null, severity: 2, fatal: true, message: entry.problem, line: entry.line, column: 1 });
    let findings;
    try {
      findings = await checkMessages(eslint, messages.map((entry) => entry.message), cwd);
    } catch (error) {
      throw new UsageError(lintFailureMessage(config, error));
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
  let stdout = format(flags.format, run, { cwd, color, toolVersion });
  // The summary counts messages, not files.
  if (flags.format === "stylish") stdout = stdout.replace(/[^\n]*\n$/u, `${MESSAGES.summary(checked, clean)}\n`);
  const errors = run.results.reduce((sum, result) => sum + result.errorCount, 0);
  return { stdout, stderr, code: stderr ? 2 : errors > 0 ? 1 : 0 };
}
