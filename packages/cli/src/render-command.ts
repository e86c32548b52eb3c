import { relative, resolve } from "node:path";
import { DEFAULT_PARSE_LIMITS, translator, type Catalog, type Locale } from "@tactful/core";
import { TEMPLATE_SUFFIX, type ProjectFiles } from "@tactful/eslint-plugin/files";
import { compileTemplate, examplesOf, issueMessageIn, RenderError, TemplateDataError, TemplateInvalidError, TemplateUnsafeError, type Message } from "@tactful/renderer";
import { notTemplateError, openProject } from "./files.js";
import { configuredPacksOf, packSetOf, UsageError } from "./lint.js";

export type RenderFormat = "text" | "json" | "html";

export interface RenderFlags {
  example?: string;
  data?: string;
  format: RenderFormat;
  /** Policy packs to read the template with instead of those the configuration names. */
  pack?: string[];
}

/** What `tactful render` says, by id. */
export const RENDER_MESSAGES = {
  exampleOrData: { en: "give either --example or --data, not both", "zh-CN": "--example 和 --data 只能二选一", "zh-TW": "--example 和 --data 只能擇一" },
  unreadable: { en: "{file}: {reason}", "zh-CN": "{file}：{reason}", "zh-TW": "{file}：{reason}" },
  cannotRender: { en: "{file} cannot be rendered:", "zh-CN": "{file} 无法渲染：", "zh-TW": "{file} 無法算繪：" },
  noExample: { en: "{file} has no example `{name}` (examples: {examples})", "zh-CN": "{file} 没有示例 `{name}`（现有示例：{examples}）", "zh-TW": "{file} 沒有範例 `{name}`（現有範例：{examples}）" },
  example: { en: "example {name}", "zh-CN": "示例 {name}", "zh-TW": "範例 {name}" },
  dataDoesNotFit: { en: "The data ({source}) does not fit {file}:", "zh-CN": "数据（{source}）与 {file} 不符：", "zh-TW": "資料（{source}）與 {file} 不符：" },
  notJson: { en: "{file} is not valid JSON: {reason}", "zh-CN": "{file} 不是有效的 JSON：{reason}", "zh-TW": "{file} 不是有效的 JSON：{reason}" },
  smsOne: {
    en: "SMS · {encoding} · {length} characters · {segments} segment ({perSegment} per segment)",
    "zh-CN": "短信 · {encoding} · {length} 个字符 · {segments} 条（每条 {perSegment} 个字符）",
    "zh-TW": "簡訊 · {encoding} · {length} 個字元 · {segments} 則（每則 {perSegment} 個字元）",
  },
  smsOther: {
    en: "SMS · {encoding} · {length} characters · {segments} segments ({perSegment} per segment)",
    "zh-CN": "短信 · {encoding} · {length} 个字符 · {segments} 条（每条 {perSegment} 个字符）",
    "zh-TW": "簡訊 · {encoding} · {length} 個字元 · {segments} 則（每則 {perSegment} 個字元）",
  },
  subject: { en: "Subject: {subject}", "zh-CN": "主题：{subject}", "zh-TW": "主旨：{subject}" },
  lockScreenCuts: { en: "A lock screen would cut {parts}.", "zh-CN": "锁屏上会截断{parts}。", "zh-TW": "鎖定畫面上會截斷{parts}。" },
  pushTitle: { en: "the title", "zh-CN": "标题", "zh-TW": "標題" },
  pushBody: { en: "the body", "zh-CN": "正文", "zh-TW": "內文" },
  and: { en: " and ", "zh-CN": "和", "zh-TW": "和" },
} as const satisfies Catalog;

/** Renders one template with an example or a data file; returns the text to print and the exit code. */
export async function renderCommand(file: string, flags: RenderFlags, cwd: string, locale: Locale = "en"): Promise<{ stdout: string; code: 0 | 1 }> {
  const say = translator(RENDER_MESSAGES, locale);
  if (flags.example !== undefined && flags.data !== undefined) throw new UsageError(say("exampleOrData"));
  const path = resolve(cwd, file);
  const project = await openProject([file, ...(flags.data === undefined ? [] : [flags.data])], cwd, { locale });
  const read = await project.read(path);
  if ("error" in read) throw new UsageError(say("unreadable", { file, reason: read.error }));
  const shown = relative(cwd, path);
  // Rendered only as what `tactful lint` checks: a file of another name would be rendered with packs no lint applied.
  if (!path.endsWith(TEMPLATE_SUFFIX)) throw new UsageError(notTemplateError(file, locale));
  const packs = flags.pack ? await packSetOf(flags.pack, cwd, locale) : await configuredPacksOf(path, locale, cwd);
  let compiled;
  try {
    compiled = compileTemplate(read.text, { filePath: shown, packs });
  } catch (error) {
    if (error instanceof TemplateInvalidError || error instanceof TemplateUnsafeError) {
      return { stdout: `${say("cannotRender", { file: shown })}\n${error.issues.map((issue) => `  ${issue.loc.start.line}:${issue.loc.start.column}  ${issue.message}`).join("\n")}\n`, code: 1 };
    }
    throw error;
  }
  const examples = examplesOf(compiled);
  let data: unknown;
  let source: string;
  if (flags.data !== undefined) {
    data = await readJson(project, resolve(cwd, flags.data), flags.data, locale);
    source = flags.data;
  } else {
    const example = flags.example === undefined ? examples[0] : examples.find((candidate) => candidate.name === flags.example);
    if (!example) throw new UsageError(say("noExample", { file, name: String(flags.example), examples: examples.map((candidate) => candidate.name).join(", ") }));
    data = example.data;
    source = say("example", { name: example.name });
  }
  let message: Message;
  try {
    message = compiled.render(data);
  } catch (error) {
    if (error instanceof TemplateDataError) {
      return { stdout: `${say("dataDoesNotFit", { source, file: shown })}\n${error.issues.map((issue) => `  ${issue.path || "/"}  ${issueMessageIn(issue, locale)}`).join("\n")}\n`, code: 1 };
    }
    if (error instanceof RenderError) return { stdout: `${say("unreadable", { file: shown, reason: error.messageIn(locale) })}\n`, code: 1 };
    throw error;
  }
  return { stdout: formatMessage(message, flags.format, locale), code: 0 };
}

async function readJson(project: ProjectFiles, path: string, shown: string, locale: Locale): Promise<unknown> {
  const say = translator(RENDER_MESSAGES, locale);
  const read = await project.readBytes(path, DEFAULT_PARSE_LIMITS.maxBytes);
  if ("error" in read) throw new UsageError(say("unreadable", { file: shown, reason: read.error }));
  try {
    return JSON.parse(read.bytes.toString("utf8"));
  } catch (error) {
    throw new UsageError(say("notJson", { file: shown, reason: error instanceof Error ? error.message : String(error) }));
  }
}

export function formatMessage(message: Message, format: RenderFormat, locale: Locale = "en"): string {
  const say = translator(RENDER_MESSAGES, locale);
  if (format === "json") return `${JSON.stringify(message, null, 2)}\n`;
  if (format === "html") {
    if (message.channel === "email") return `${message.html}\n`;
    const escape = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    return message.channel === "push" ? `<p><strong>${escape(message.title)}</strong></p>\n<p>${escape(message.body)}</p>\n` : `<p>${escape(message.text)}</p>\n`;
  }
  switch (message.channel) {
    case "sms": {
      const { encoding, length, segments, perSegment } = message;
      return `${message.text}\n\n${say(segments === 1 ? "smsOne" : "smsOther", { encoding, length, segments, perSegment })}\n`;
    }
    case "email":
      return `${say("subject", { subject: message.subject })}\n\n${message.text}\n`;
    case "push": {
      const notes = [message.truncated.title ? say("pushTitle") : "", message.truncated.body ? say("pushBody") : ""].filter(Boolean);
      return `${message.title}\n${message.body}\n${notes.length > 0 ? `\n${say("lockScreenCuts", { parts: notes.join(say("and")) })}\n` : ""}`;
    }
  }
}
