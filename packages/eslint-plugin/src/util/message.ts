import {
  coverage,
  executionPaths,
  MAX_PATHS,
  PLACEHOLDER,
  type Coverage,
  type ExecutionPath,
  type OutputNode,
  type Range,
  type SourceLocation,
  type TextNode,
} from "@tactful/core";
import { applies, compilePattern, type Channel, type Role, type When, type Wording } from "@tactful/policies";
import type { TemplateSourceCode } from "../language/template-source-code.js";

/**
 * One way a whole message can read: the subject or title (if any), a line break, then the body.
 * Outputs stand as U+FFFC in `text`.
 */
export interface MessagePath {
  text: string;
  nodes: ReadonlyArray<TextNode | OutputNode>;
  /** Where each node starts in `text`. */
  starts: readonly number[];
  /** Where the body starts in `text`. */
  bodyStart: number;
}

/** The entries of a pack section that apply to this template. */
export function applicable<T extends { when?: When }>(sourceCode: TemplateSourceCode, entries: readonly T[] | undefined): T[] {
  return (entries ?? []).filter((entry) => applies(entry.when, sourceCode.applicability));
}

function headPaths(sourceCode: TemplateSourceCode): readonly ExecutionPath[] {
  const frontMatter = sourceCode.document.ast.frontMatter;
  const head = frontMatter?.subject ?? frontMatter?.title;
  return head ? executionPaths(head).paths : [{ nodes: [], choices: new Map() }];
}

function combine(head: ExecutionPath, body: ExecutionPath): MessagePath {
  const nodes = [...head.nodes, ...body.nodes];
  const starts: number[] = [];
  let text = "";
  let bodyStart = 0;
  nodes.forEach((node, index) => {
    if (index === head.nodes.length && index > 0) {
      text += "\n";
      bodyStart = text.length;
    }
    starts.push(text.length);
    text += node.type === "Text" ? node.value : PLACEHOLDER;
  });
  return { text, nodes, starts, bodyStart };
}

/** Every way the whole message can read (at most `MAX_PATHS` pairs of a subject or title path and a body path). */
export function messagePaths(sourceCode: TemplateSourceCode): MessagePath[] {
  const heads = headPaths(sourceCode);
  return executionPaths(sourceCode.document.ast.body)
    .paths.flatMap((body) => heads.map((head) => [head, body] as const))
    .slice(0, MAX_PATHS)
    .map(([head, body]) => combine(head, body));
}

/** Whether every way the message can read passes a test; `partial` names the `if`s to blame. */
export function messageCoverage(sourceCode: TemplateSourceCode, test: (path: MessagePath) => boolean): Coverage {
  const heads = headPaths(sourceCode);
  return coverage(sourceCode.document.ast.body, (body) => heads.every((head) => test(combine(head, body))));
}

/** Whether some output on the path renders a variable with this role. */
export function outputsRole(sourceCode: TemplateSourceCode, path: MessagePath, role: Role): boolean {
  const outputs = new Set(path.nodes.filter((node): node is OutputNode => node.type === "Output"));
  return sourceCode.document.references.some(
    (reference) => reference.output !== null && outputs.has(reference.output) && sourceCode.document.variables.get(reference.name)?.role === role,
  );
}

/** Whether literal text on the path is one the pack recognises as disclosing this role. */
export function statesRole(sourceCode: TemplateSourceCode, path: MessagePath, role: Role): boolean {
  const channel = sourceCode.applicability.channel;
  for (const recognizer of sourceCode.policy?.recognizers[role] ?? []) {
    if (recognizer.channel && (!channel || !recognizer.channel.includes(channel))) continue;
    if (recognizer.senderName) {
      const name = creditorName(sourceCode);
      // Unknown when the front matter lacks it: that is valid-front-matter's finding, not this one.
      if (name === null || path.text.includes(name)) return true;
    } else if (recognizer.pattern && compilePattern(recognizer.pattern, recognizer.ignoreCase).test(path.text)) {
      return true;
    }
  }
  return false;
}

/** Whether the path discloses a role, through a variable or in literal text. */
export function disclosesRole(sourceCode: TemplateSourceCode, path: MessagePath, role: Role): boolean {
  return outputsRole(sourceCode, path, role) || statesRole(sourceCode, path, role);
}

/**
 * The creditor's name as the message must show it: the agency's client, else the sender.
 * Null when the front matter does not say (valid-front-matter reports that).
 */
export function creditorName(sourceCode: TemplateSourceCode): string | null {
  const sender = sourceCode.document.meta.sender;
  return (sender?.role === "collection-agency" ? sender.onBehalfOf : sender?.name) ?? null;
}

/**
 * Whether the other rules can trust the front matter. Broken YAML makes every value doubtful,
 * so only valid-front-matter reports on such a file.
 */
export function frontMatterUsable(sourceCode: TemplateSourceCode): boolean {
  return !sourceCode.document.problems.some((problem) => problem.code === "yaml" && problem.severity === "error");
}

/** The first wording of a list that matches the text, for this channel. */
export function matchWording(wordings: readonly Wording[] | undefined, text: string, channel: Channel | undefined): { wording: Wording; index: number; length: number } | null {
  for (const wording of wordings ?? []) {
    if (wording.channel && (!channel || !wording.channel.includes(channel))) continue;
    const match = compilePattern(wording.pattern, wording.ignoreCase).exec(text);
    if (match) return { wording, index: match.index, length: match[0].length };
  }
  return null;
}

/** Every match of a list of wordings in the text, for this channel. */
export function matchAllWordings(wordings: readonly Wording[] | undefined, text: string, channel: Channel | undefined): Array<{ wording: Wording; index: number; length: number }> {
  const found = [];
  for (const wording of wordings ?? []) {
    if (wording.channel && (!channel || !wording.channel.includes(channel))) continue;
    for (const match of text.matchAll(compilePattern(wording.pattern, wording.ignoreCase, true))) {
      if (match[0].length > 0) found.push({ wording, index: match.index, length: match[0].length });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * Where a finding about the whole message goes: the first line of the body (from its first
 * character to the end of that line), or the front matter when the body is empty.
 */
export function messageLocation(sourceCode: TemplateSourceCode): SourceLocation {
  const { body } = sourceCode.document.ast;
  const text = sourceCode.text;
  let start = body.range[0];
  while (start < body.range[1] && /\s/u.test(text[start]!)) start++;
  if (start >= body.range[1]) return sourceCode.document.ast.frontMatter?.loc ?? body.loc;
  let end = start;
  while (end < body.range[1] && text[end] !== "\n" && text[end] !== "\r") end++;
  return sourceCode.document.lines.locOf([start, end]);
}

/** The file range of a stretch of a message path's text that lies inside one Text node, or null. */
export function textRangeOnPath(sourceCode: TemplateSourceCode, path: MessagePath, index: number, length: number): Range | null {
  const at = path.nodes.findIndex((node, i) => node.type === "Text" && index >= path.starts[i]! && index + length <= path.starts[i]! + node.value.length);
  if (at === -1) return null;
  const node = path.nodes[at] as TextNode;
  const from = index - path.starts[at]!;
  // Prose segments map each character through YAML escapes; body text maps one to one.
  for (const segment of sourceCode.document.prose) {
    const part = segment.parts.find((candidate) => candidate.node === node);
    if (part) return segment.sourceRange(part.start + from, part.start + from + length);
  }
  return [node.range[0] + from, node.range[0] + from + length];
}

/** The body from its first to its last non-blank character (where an inserted line goes before or after). */
export function bodyContentRange(sourceCode: TemplateSourceCode): Range {
  const { body } = sourceCode.document.ast;
  const text = sourceCode.text;
  let start = body.range[0];
  let end = body.range[1];
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return [start, end];
}

/**
 * Where the body's text begins after a leading 【signature】 (the pack's signature brackets),
 * so that wording meant to open the message goes after the signature.
 */
export function afterSignature(sourceCode: TemplateSourceCode): number {
  const [start, end] = bodyContentRange(sourceCode);
  const form = applicable(sourceCode, sourceCode.policy?.senderIdentification).find((entry) => entry.form === "signature" && entry.open && entry.close);
  if (!form?.open || !form.close) return start;
  const text = sourceCode.text.slice(start, end);
  if (!text.startsWith(form.open)) return start;
  const close = text.indexOf(form.close);
  return close === -1 ? start : start + close + form.close.length;
}
