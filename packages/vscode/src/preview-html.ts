import type { PreviewExample, PreviewFinding, PreviewResult, RenderedEmail, RenderedPush, RenderedSms } from "@tactful/language-server/protocol";

/** What the preview shows: the template's file name, and its preview or why there is none yet. */
export interface PreviewContent {
  fileName: string;
  result?: PreviewResult;
  error?: string;
}

/**
 * The preview's HTML: one section per example, each as a writer's customer would see it —
 * SMS as a bubble with its encoding and segments, email as its subject and rendered body, push
 * as a notification card with what the lock screen cuts. An example with findings is marked,
 * with the findings listed and their words highlighted in the message. Every string from the
 * template is escaped; the email body is the server's sanitised HTML.
 */
export function previewHtml({ fileName, result, error }: PreviewContent): string {
  const header = `<header><h1>${escape(fileName)}</h1>${result?.channel ? `<span class="channel">${channelName(result.channel)}</span>` : ""}</header>`;
  if (error) return `${header}<p class="error">The preview is not available: ${escape(error)}</p>`;
  if (!result) return `${header}<p class="pending">Rendering…</p>`;
  if (result.channel === null) return header + problems(result);
  const worst = result.worstCase
    ? `<p class="worst-case${result.worstCase.overBudget ? " over-budget" : ""}">Worst case: <strong>${result.worstCase.encoding} · ${plural(result.worstCase.segments, "segment")} · ${result.worstCase.length} characters</strong> (${result.worstCase.perSegment} per segment)${result.worstCase.bounded ? "" : " — some outputs have no bound; measured with their longest example"}</p>${result.worstCase.overBudget ? `<p class="warning">${escape(result.worstCase.overBudget)}</p>` : ""}`
    : "";
  const examples = result.examples.length === 0 ? `<p class="pending">The template has no examples to render.</p>` : result.examples.map(example).join("");
  return header + worst + examples;
}

function problems(result: PreviewResult): string {
  const items = result.problems.map((problem) => `<li><span class="position">${problem.range.start.line + 1}:${problem.range.start.character + 1}</span> ${escape(problem.message)}</li>`).join("");
  return `<section class="problems"><h2>This template cannot be rendered</h2><ul>${items}</ul></section>`;
}

function example(entry: PreviewExample): string {
  const findings = entry.findings ?? [];
  const title = `<h2>${escape(entry.name)}</h2>${entry.description ? `<p class="description">${escape(entry.description)}</p>` : ""}`;
  const listed = findings.length > 0 ? `<ul class="findings">${findings.map((finding) => `<li class="${finding.severity}">${escape(finding.message.split("\n")[0]!)}${finding.ruleId ? ` <span class="rule">${escape(finding.ruleId)}</span>` : ""}</li>`).join("")}</ul>` : "";
  const words = [...new Set(findings.flatMap((finding: PreviewFinding) => (finding.words ? [finding.words] : [])))];
  const body = entry.message ? message(entry.message, words) : `<p class="error">${escape(entry.error ?? "This example does not render.")}</p>`;
  return `<section class="example${findings.length > 0 ? " flagged" : ""}" data-example="${escape(entry.name)}">${title}${listed}${body}</section>`;
}

/** Escaped text with each of `words` in a `<mark>`. */
function marked(text: string, words: readonly string[]): string {
  const pattern = wordsPattern(words);
  if (!pattern) return escape(text);
  let html = "";
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    html += `${escape(text.slice(last, match.index))}<mark class="finding">${escape(match[0])}</mark>`;
    last = match.index + match[0].length;
  }
  return html + escape(text.slice(last));
}

/**
 * Sanitised HTML with the words marked in its text, never inside a tag: only words that read
 * the same escaped, and not only of letters and digits (which could be part of an entity).
 */
function markedHtml(html: string, words: readonly string[]): string {
  const pattern = wordsPattern(words.filter((word) => escape(word) === word && !/^[\w#;]+$/u.test(word)));
  if (!pattern) return html;
  return html
    .split(/(<[^>]*>)/u)
    .map((part) => (part.startsWith("<") ? part : part.replace(pattern, (word) => `<mark class="finding">${word}</mark>`)))
    .join("");
}

function wordsPattern(words: readonly string[]): RegExp | undefined {
  return words.length === 0 ? undefined : new RegExp(words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")).join("|"), "gu");
}

function message(rendered: RenderedSms | RenderedEmail | RenderedPush, words: readonly string[]): string {
  switch (rendered.channel) {
    case "sms":
      return `<div class="phone"><div class="bubble">${marked(rendered.text, words)}</div></div><p class="meta">${rendered.encoding} · ${plural(rendered.segments, "segment")} · ${rendered.length} characters (${rendered.perSegment} per segment)</p>`;
    case "email":
      return `<div class="email"><div class="subject"><span class="label">Subject</span> ${marked(rendered.subject, words)}</div><div class="email-body">${markedHtml(rendered.html, words)}</div></div>`;
    case "push": {
      const flags = [rendered.truncated.title ? "the title" : "", rendered.truncated.body ? "the body" : ""].filter(Boolean);
      const cut = flags.length > 0 ? `<p class="warning">The lock screen cuts ${flags.join(" and ")}.</p>` : `<p class="meta">Shown whole on the lock screen.</p>`;
      return `<div class="notification"><div class="title">${marked(rendered.title, words)}</div><div class="body">${marked(rendered.body, words)}</div></div>${cut}`;
    }
  }
}

function channelName(channel: "sms" | "email" | "push"): string {
  return channel === "sms" ? "SMS" : channel === "email" ? "Email" : "Push";
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

export function escape(text: string): string {
  return text.replace(/[&<>"']/gu, (char) => `&#${char.charCodeAt(0)};`);
}
