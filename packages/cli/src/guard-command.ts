import { createReadStream } from "node:fs";
import { resolve } from "node:path";
import { createInterface } from "node:readline";
import { translator, type Catalog, type Locale, type MessageData } from "@tactful/core";

export interface GuardReportFlags {
  format: "text" | "json";
}

/** What `tactful guard report` says, by message id. */
export const GUARD_REPORT_MESSAGES = {
  unreadable: { en: "cannot read the audit log {file}: {reason}", "zh-CN": "无法读取审计日志 {file}：{reason}", "zh-TW": "無法讀取稽核日誌 {file}：{reason}" },
  badLine: {
    en: "{file}:{line}: not an audit record ({reason}); the log is damaged or is not a guard audit log",
    "zh-CN": "{file}:{line}：不是审计记录（{reason}）；日志已损坏，或不是发送守卫的审计日志",
    "zh-TW": "{file}:{line}：不是稽核紀錄（{reason}）；日誌已損壞，或不是傳送守衛的稽核日誌",
  },
  notJson: { en: "not JSON", "zh-CN": "不是 JSON", "zh-TW": "不是 JSON" },
  noDecision: { en: "no decision or time", "zh-CN": "缺少决定或时间", "zh-TW": "缺少決定或時間" },
  noReasons: { en: "a refusal without reasons", "zh-CN": "拒绝记录没有原因", "zh-TW": "拒絕紀錄沒有原因" },
  noSuchFile: { en: "no such file", "zh-CN": "文件不存在", "zh-TW": "檔案不存在" },
  isDirectory: { en: "it is a directory", "zh-CN": "它是目录", "zh-TW": "它是目錄" },
  summary: { en: "{total} decisions: {sent} sent, {refused} refused", "zh-CN": "共 {total} 项决定：发送 {sent}，拒绝 {refused}", "zh-TW": "共 {total} 項決定：傳送 {sent}，拒絕 {refused}" },
  byReason: { en: "Refusals by reason", "zh-CN": "按原因统计的拒绝", "zh-TW": "依原因統計的拒絕" },
  byTemplate: { en: "By template", "zh-CN": "按模板", "zh-TW": "依範本" },
  byDay: { en: "By day (UTC)", "zh-CN": "按日期（UTC）", "zh-TW": "依日期（UTC）" },
  bucket: { en: "sent {sent}  refused {refused}", "zh-CN": "发送 {sent}  拒绝 {refused}", "zh-TW": "傳送 {sent}  拒絕 {refused}" },
  none: { en: "(none)", "zh-CN": "（无）", "zh-TW": "（無）" },
} as const satisfies Catalog;

type Say = (id: keyof typeof GUARD_REPORT_MESSAGES, data?: MessageData) => string;

interface Tally {
  sent: number;
  refused: number;
  reasons: Record<string, number>;
}

export interface GuardReport {
  decisions: number;
  sent: number;
  refused: number;
  released: number;
  byReason: Record<string, number>;
  byTemplate: Record<string, Tally>;
  byDay: Record<string, Tally>;
}

const tally = (): Tally => ({ sent: 0, refused: 0, reasons: {} });

/** Reads the guard's audit log (JSON Lines) line by line; any line that is not a record stops the report with its position. */
export async function summariseAudit(path: string, say: Say = translator(GUARD_REPORT_MESSAGES, "en")): Promise<GuardReport> {
  const report: GuardReport = { decisions: 0, sent: 0, refused: 0, released: 0, byReason: {}, byTemplate: {}, byDay: {} };
  const stream = createReadStream(path, { encoding: "utf8" });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let number = 0;
  for await (const line of lines) {
    number++;
    if (line.trim() === "") continue;
    let record: { time?: unknown; decision?: unknown; template?: { id?: unknown; version?: unknown }; reasons?: Array<{ code?: unknown }> };
    try {
      record = JSON.parse(line) as typeof record;
    } catch {
      throw new Error(say("badLine", { file: path, line: number, reason: say("notJson") }));
    }
    const { decision, time } = record ?? {};
    if (typeof decision !== "string" || typeof time !== "string" || Number.isNaN(Date.parse(time))) {
      throw new Error(say("badLine", { file: path, line: number, reason: say("noDecision") }));
    }
    if (decision === "release") report.released++;
    if (decision !== "send" && decision !== "refuse") continue;
    const reasons = Array.isArray(record.reasons) ? record.reasons.map((reason) => String(reason?.code)) : [];
    if (decision === "refuse" && reasons.length === 0) throw new Error(say("badLine", { file: path, line: number, reason: say("noReasons") }));
    const template = typeof record.template?.id === "string" ? `${record.template.id}${typeof record.template.version === "number" ? ` v${record.template.version}` : ""}` : "?";
    const day = new Date(time).toISOString().slice(0, 10);
    report.decisions++;
    for (const bucket of [report, (report.byTemplate[template] ??= tally()), (report.byDay[day] ??= tally())]) {
      if (decision === "send") bucket.sent++;
      else bucket.refused++;
    }
    for (const code of reasons) {
      report.byReason[code] = (report.byReason[code] ?? 0) + 1;
      for (const bucket of [report.byTemplate[template]!, report.byDay[day]!]) bucket.reasons[code] = (bucket.reasons[code] ?? 0) + 1;
    }
  }
  return report;
}

function formatText(report: GuardReport, say: Say): string {
  const sorted = (counts: Record<string, number>): Array<[string, number]> => Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const reasonsOf = (counts: Record<string, number>): string => (Object.keys(counts).length ? `  (${sorted(counts).map(([code, n]) => `${code} ${n}`).join(", ")})` : "");
  const width = (names: string[]): number => Math.max(0, ...names.map((name) => name.length));
  const lines = [say("summary", { total: report.decisions, sent: report.sent, refused: report.refused }), "", say("byReason")];
  const reasons = sorted(report.byReason);
  const reasonWidth = width(reasons.map(([code]) => code));
  lines.push(...(reasons.length ? reasons.map(([code, n]) => `  ${code.padEnd(reasonWidth)}  ${n}`) : [`  ${say("none")}`]));
  for (const [heading, buckets, order] of [
    ["byTemplate", report.byTemplate, (a: string, b: string) => a.localeCompare(b)],
    ["byDay", report.byDay, (a: string, b: string) => a.localeCompare(b)],
  ] as const) {
    lines.push("", say(heading));
    const names = Object.keys(buckets).sort(order);
    const nameWidth = width(names);
    for (const name of names) {
      const bucket = buckets[name]!;
      lines.push(`  ${name.padEnd(nameWidth)}  ${say("bucket", { sent: bucket.sent, refused: bucket.refused })}${reasonsOf(bucket.reasons)}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

/** `tactful guard report <audit.jsonl>`: refusals by reason, per template and per day. Exit 2 when the log cannot be read. */
export async function guardReportCommand(file: string, flags: GuardReportFlags, cwd: string, locale: Locale = "en"): Promise<{ stdout: string; stderr: string; code: number }> {
  const say = translator(GUARD_REPORT_MESSAGES, locale);
  const path = resolve(cwd, file);
  try {
    const report = await summariseAudit(path, say);
    return { stdout: flags.format === "json" ? `${JSON.stringify(report, null, 2)}\n` : formatText(report, say), stderr: "", code: 0 };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? say("noSuchFile") : code === "EISDIR" ? say("isDirectory") : String((error as Error).message);
    // A damaged line has no code, and its message says where it is.
    const message = code ? say("unreadable", { file, reason }) : reason;
    return { stdout: "", stderr: `tactful guard report: ${message}\n`, code: 2 };
  }
}
