import nunjucks from "nunjucks";
import { checkSafety, createFilters, finishText, measureSms, parseTemplate, type Filter, type SmsEncoding, type TemplateDocument } from "@tactful/core";
import { getPolicy, type Channel } from "@tactful/policies";
import { dataContract, type DataContract } from "./data.js";
import { RenderError, RenderLimitError, TemplateDataError, TemplateInvalidError, TemplateUnsafeError } from "./errors.js";
import { escapeMarkdown, markdownToParts } from "./markdown.js";
import { createEnvironment, DEFAULT_LIMITS, withinLimits, type Limits } from "./sandbox.js";

export interface SmsMessage {
  channel: "sms";
  text: string;
  encoding: SmsEncoding;
  length: number;
  segments: number;
  /** Capacity of each segment: 160 or 153 (GSM-7), 70 or 67 (UCS-2). */
  perSegment: number;
}

export interface EmailMessage {
  channel: "email";
  subject: string;
  html: string;
  text: string;
}

/**
 * What common lock screens show of a notification before truncating it: a title of about one
 * line and a body of about four. These are platform facts, not law; the message says when
 * they are exceeded, and nothing is cut.
 */
export const PUSH_LIMITS = { title: 50, body: 178 } as const;

export interface PushMessage {
  channel: "push";
  title: string;
  body: string;
  /** Which parts are longer than `PUSH_LIMITS` and would be truncated on a lock screen. */
  truncated: { title: boolean; body: boolean };
}

export type Message = SmsMessage | EmailMessage | PushMessage;

export interface CompileOptions {
  /** Where the template came from, for messages. */
  filePath?: string;
  /**
   * An organisation's own filters, besides `money`, `date`, `number` and `mask`. Each must be
   * pure and take strings or numbers only; the linter's `no-unsafe-template-code` must allow
   * the same names (`allowFilters`).
   */
  filters?: Readonly<Record<string, Filter>>;
  limits?: Partial<Limits>;
}

export interface CompiledTemplate {
  id: string;
  locale: string;
  channel: Channel;
  version: number;
  document: TemplateDocument;
  /** Renders with data that must fit the variables' schemas; every problem is reported at once, and nothing partial is returned. */
  render(data: unknown): Message;
}

/**
 * Compiles a template for rendering: it must parse with valid front matter and pass the
 * safety gate (the same check as `no-unsafe-template-code`); its data contract is compiled
 * once; it renders in an environment with no globals and only the allowed filters.
 */
export function compileTemplate(text: string, options: CompileOptions = {}): CompiledTemplate {
  const document = parseTemplate(text, options.filePath === undefined ? {} : { filePath: options.filePath });
  const name = options.filePath ?? document.meta.id ?? "template";
  const errors = document.problems.filter((problem) => problem.severity === "error");
  if (errors.length > 0) throw new TemplateInvalidError(name, errors.map((problem) => ({ message: problem.message, loc: problem.loc })));
  const violations = checkSafety(document.ast, { allowFilters: Object.keys(options.filters ?? {}) });
  if (violations.length > 0) throw new TemplateUnsafeError(name, violations.map((violation) => ({ message: violation.message, loc: violation.node.loc })));

  const { meta } = document;
  const channel = meta.channel!;
  const locale = meta.locale!;
  const pack = document.jurisdiction ? getPolicy(document.jurisdiction) : undefined;
  const limits: Limits = { ...DEFAULT_LIMITS, ...options.limits };
  const contract = dataContract(document, name);
  const filters = { ...createFilters({ locale, pack }), ...options.filters };
  const plain = createEnvironment(filters, false);
  // An email body is Markdown: values are escaped for it (and the HTML made from it is sanitized).
  const markdown = createEnvironment(filters, true);
  const bodySource = text.slice(document.ast.body.range[0], document.ast.body.range[1]);
  const compile = (source: string, environment: nunjucks.Environment, part: string): nunjucks.Template =>
    new nunjucks.Template(source, environment, `${name}#${part}`, true);
  const body = compile(bodySource, channel === "email" ? markdown : plain, "body");
  const subject = meta.subject !== undefined ? compile(meta.subject, plain, "subject") : undefined;
  const title = meta.title !== undefined ? compile(meta.title, plain, "title") : undefined;

  const run = (template: nunjucks.Template, values: Record<string, unknown>, escape?: (text: string) => string): string =>
    withinLimits(limits, escape, () => {
      try {
        return template.render(values);
      } catch (error) {
        throw unwrap(error);
      }
    });

  return {
    id: meta.id!,
    locale,
    channel,
    version: meta.version!,
    document,
    render(data) {
      const checked = contract.check(data);
      if (!checked.ok) throw new TemplateDataError(name, checked.issues);
      const { values } = checked;
      switch (channel) {
        case "sms": {
          const text = finishText(run(body, values));
          return { channel, text, ...measureSms(text) };
        }
        case "push": {
          const pushTitle = finishText(run(title!, values));
          const pushBody = finishText(run(body, values));
          return { channel, title: pushTitle, body: pushBody, truncated: { title: [...pushTitle].length > PUSH_LIMITS.title, body: [...pushBody].length > PUSH_LIMITS.body } };
        }
        case "email": {
          const markdownBody = run(body, values, escapeMarkdown);
          return { channel, subject: finishText(run(subject!, values)).replace(/\s+/g, " "), ...markdownToParts(markdownBody) };
        }
      }
    },
  };
}

/** nunjucks wraps errors thrown while rendering (keeping them as `cause`); bring ours back out, and word the rest. */
function unwrap(error: unknown): Error {
  for (let current: unknown = error, depth = 0; depth < 5 && current; current = (current as { cause?: unknown }).cause, depth++) {
    if (current instanceof RenderError) return current;
    // A limit error from another copy of this package in the process.
    const { code, limit, message } = current as { code?: unknown; limit?: unknown; message?: unknown };
    if (code === "render-limit" && (limit === "time" || limit === "output")) return new RenderLimitError(limit, String(message));
  }
  const message = error instanceof Error ? error.message : String(error);
  return new RenderError("render-failed", `rendering failed: ${message.replace(/^\(.*?\)\s*/, "").replace(/\s+/g, " ").trim()}`);
}

export type { DataContract };
