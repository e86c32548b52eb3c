import { checkSafety, createFilters, finishText, measureSms, parseTemplate, problemMessage, type ContentNode, type Filter, type Locale, type SmsEncoding, type TemplateDocument } from "@tactful/core";
import type { Channel, PackSet } from "@tactful/policies";
import { dataContract, type DataContract } from "./data.js";
import { TemplateDataError, TemplateInvalidError, TemplateUnsafeError } from "./errors.js";
import { EmailBody } from "./email-body.js";
import { interpret, type RenderPart } from "./interpret.js";
import { escapeMarkdown } from "./markdown.js";
import { DEFAULT_LIMITS, type Limits } from "./sandbox.js";

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
  /** The policy packs the template is read with (its pack's masking and number formats); the built-in packs by default. */
  packs?: PackSet;
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
 * once; it renders from the checked AST (see interpret.ts), with only the allowed filters and
 * within its limits.
 */
export function compileTemplate(text: string, options: CompileOptions = {}): CompiledTemplate {
  const document = parseTemplate(text, { ...(options.filePath === undefined ? {} : { filePath: options.filePath }), ...(options.packs ? { packs: options.packs } : {}) });
  const name = options.filePath ?? document.meta.id ?? "template";
  const errors = document.problems.filter((problem) => problem.severity === "error");
  if (errors.length > 0) throw new TemplateInvalidError(name, errors.map((problem) => ({ message: problem.message, loc: problem.loc, messageIn: (locale: Locale) => problemMessage(problem, locale) })));
  const violations = checkSafety(document.ast, { allowFilters: Object.keys(options.filters ?? {}) });
  if (violations.length > 0) throw new TemplateUnsafeError(name, violations.map((violation) => ({ message: violation.message, loc: violation.node.loc })));

  const { meta } = document;
  const channel = meta.channel!;
  const locale = meta.locale!;
  const pack = document.pack ?? undefined;
  const limits: Limits = { ...DEFAULT_LIMITS, ...options.limits };
  const contract = dataContract(document, name);
  const filters = { ...createFilters({ locale, pack }), ...options.filters };
  // Each part is rendered from the AST the gate just checked; an email body is Markdown, so
  // its values are escaped for it (and the HTML made from it is sanitized: see email-body.ts).
  const part = (nodes: readonly ContentNode[] | undefined): RenderPart => interpret(nodes ?? [], { filters });
  const { frontMatter } = document.ast;
  const emailBody = channel === "email" ? new EmailBody(document.ast.body.children, { filters, escape: escapeMarkdown }) : null;
  const body = emailBody ? null : part(document.ast.body.children);
  const subject = part(frontMatter?.subject?.children);
  const title = part(frontMatter?.title?.children);
  const run = (render: RenderPart, values: Record<string, unknown>): string => render(values, limits);

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
          const text = finishText(run(body!, values));
          return { channel, text, ...measureSms(text) };
        }
        case "push": {
          const pushTitle = finishText(run(title, values));
          const pushBody = finishText(run(body!, values));
          return { channel, title: pushTitle, body: pushBody, truncated: { title: [...pushTitle].length > PUSH_LIMITS.title, body: [...pushBody].length > PUSH_LIMITS.body } };
        }
        case "email": {
          const markdown = emailBody!.markdown(values, limits);
          const emailSubject = finishText(run(subject, values)).replace(/\s+/g, " ");
          const { html, text } = emailBody!.parts(markdown);
          return { channel, subject: emailSubject, html, text };
        }
      }
    },
  };
}

export type { DataContract };
