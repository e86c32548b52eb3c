import { relative, resolve } from "node:path";
import { DEFAULT_PARSE_LIMITS } from "@tactful/core";
import type { ProjectFiles } from "@tactful/eslint-plugin/files";
import { compileTemplate, examplesOf, RenderError, TemplateDataError, TemplateInvalidError, TemplateUnsafeError, type Message } from "@tactful/renderer";
import { openProject } from "./files.js";
import { UsageError } from "./lint.js";

export type RenderFormat = "text" | "json" | "html";

export interface RenderFlags {
  example?: string;
  data?: string;
  format: RenderFormat;
}

/** Renders one template with an example or a data file; returns the text to print and the exit code. */
export async function renderCommand(file: string, flags: RenderFlags, cwd: string): Promise<{ stdout: string; code: 0 | 1 }> {
  if (flags.example !== undefined && flags.data !== undefined) throw new UsageError("give either --example or --data, not both");
  const path = resolve(cwd, file);
  const project = await openProject([file, ...(flags.data === undefined ? [] : [flags.data])], cwd);
  const read = await project.read(path);
  if ("error" in read) throw new UsageError(`${file}: ${read.error}`);
  const shown = relative(cwd, path);
  let compiled;
  try {
    compiled = compileTemplate(read.text, { filePath: shown });
  } catch (error) {
    if (error instanceof TemplateInvalidError || error instanceof TemplateUnsafeError) {
      return { stdout: `${shown} cannot be rendered:\n${error.issues.map((issue) => `  ${issue.loc.start.line}:${issue.loc.start.column}  ${issue.message}`).join("\n")}\n`, code: 1 };
    }
    throw error;
  }
  const examples = examplesOf(compiled);
  let data: unknown;
  let source: string;
  if (flags.data !== undefined) {
    data = await readJson(project, resolve(cwd, flags.data), flags.data);
    source = flags.data;
  } else {
    const example = flags.example === undefined ? examples[0] : examples.find((candidate) => candidate.name === flags.example);
    if (!example) throw new UsageError(`${file} has no example \`${flags.example}\` (examples: ${examples.map((candidate) => candidate.name).join(", ")})`);
    data = example.data;
    source = `example ${example.name}`;
  }
  let message: Message;
  try {
    message = compiled.render(data);
  } catch (error) {
    if (error instanceof TemplateDataError) {
      return { stdout: `The data (${source}) does not fit ${shown}:\n${error.issues.map((issue) => `  ${issue.path || "/"}  ${issue.message}`).join("\n")}\n`, code: 1 };
    }
    if (error instanceof RenderError) return { stdout: `${shown}: ${error.message}\n`, code: 1 };
    throw error;
  }
  return { stdout: formatMessage(message, flags.format), code: 0 };
}

async function readJson(project: ProjectFiles, path: string, shown: string): Promise<unknown> {
  const read = await project.readBytes(path, DEFAULT_PARSE_LIMITS.maxBytes);
  if ("error" in read) throw new UsageError(`${shown}: ${read.error}`);
  try {
    return JSON.parse(read.bytes.toString("utf8"));
  } catch (error) {
    throw new UsageError(`${shown} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export function formatMessage(message: Message, format: RenderFormat): string {
  if (format === "json") return `${JSON.stringify(message, null, 2)}\n`;
  if (format === "html") {
    if (message.channel === "email") return `${message.html}\n`;
    const escape = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    return message.channel === "push" ? `<p><strong>${escape(message.title)}</strong></p>\n<p>${escape(message.body)}</p>\n` : `<p>${escape(message.text)}</p>\n`;
  }
  switch (message.channel) {
    case "sms": {
      const segments = `${message.segments} segment${message.segments === 1 ? "" : "s"}`;
      return `${message.text}\n\nSMS · ${message.encoding} · ${message.length} characters · ${segments} (${message.perSegment} per segment)\n`;
    }
    case "email":
      return `Subject: ${message.subject}\n\n${message.text}\n`;
    case "push": {
      const notes = [message.truncated.title ? "the title" : "", message.truncated.body ? "the body" : ""].filter(Boolean);
      return `${message.title}\n${message.body}\n${notes.length > 0 ? `\nA lock screen would cut ${notes.join(" and ")}.\n` : ""}`;
    }
  }
}
