import { createReadStream } from "node:fs";
import { resolve } from "node:path";
import { createInterface } from "node:readline";

export interface GuardReportFlags {
  format: "text" | "json";
}

/** What `tactful guard report` says, by message id. */
const MESSAGES = {
  unreadable: "cannot read the audit log {file}: {reason}",
  badLine: "{file}:{line}: not an audit record ({reason}); the log is damaged or is not a guard audit log",
  summary: "{total} decisions: {sent} sent, {refused} refused",
  byReason: "Refusals by reason",
  byTemplate: "By template",
  byDay: "By day (UTC)",
  none: "(none)",
} as const;

const say = (id: keyof typeof MESSAGES, data: Record<string, string | number> = {}): string => MESSAGES[id].replace(/\{(\w+)\}/g, (_, key: string) => String(data[key] ?? ""));

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
export async function summariseAudit(path: string): Promise<GuardReport> {
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
      throw new Error(say("badLine", { file: path, line: number, reason: "not JSON" }));
    }
    const { decision, time } = record ?? {};
    if (typeof decision !== "string" || typeof time !== "string" || Number.isNaN(Date.parse(time))) {
      throw new Error(say("badLine", { file: path, line: number, reason: "no decision or time" }));
    }
    if (decision === "release") report.released++;
    if (decision !== "send" && decision !== "refuse") continue;
    const reasons = Array.isArray(record.reasons) ? record.reasons.map((reason) => String(reason?.code)) : [];
    if (decision === "refuse" && reasons.length === 0) throw new Error(say("badLine", { file: path, line: number, reason: "a refusal without reasons" }));
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

function formatText(report: GuardReport): string {
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
      lines.push(`  ${name.padEnd(nameWidth)}  sent ${bucket.sent}  refused ${bucket.refused}${reasonsOf(bucket.reasons)}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

/** `tactful guard report <audit.jsonl>`: refusals by reason, per template and per day. Exit 2 when the log cannot be read. */
export async function guardReportCommand(file: string, flags: GuardReportFlags, cwd: string): Promise<{ stdout: string; stderr: string; code: number }> {
  const path = resolve(cwd, file);
  try {
    const report = await summariseAudit(path);
    return { stdout: flags.format === "json" ? `${JSON.stringify(report, null, 2)}\n` : formatText(report), stderr: "", code: 0 };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message =
      code === "ENOENT" ? say("unreadable", { file, reason: "no such file" }) : code === "EISDIR" ? say("unreadable", { file, reason: "it is a directory" }) : code ? say("unreadable", { file, reason: String((error as Error).message) }) : (error as Error).message;
    return { stdout: "", stderr: `tactful guard report: ${message}\n`, code: 2 };
  }
}
