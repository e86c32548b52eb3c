import type { PreviewExample, PreviewResult, RenderedEmail, RenderedPush, RenderedSms } from "@tactful/language-server/protocol";

/** What the preview shows: the template's file name, and its preview or why there is none yet. */
export interface PreviewContent {
  fileName: string;
  result?: PreviewResult;
  error?: string;
}

/**
 * The preview's HTML: one section per example, each as a writer's customer would see it —
 * SMS as a bubble with its encoding and segments, email as its subject and rendered body, push
 * as a notification card with what the lock screen cuts. Every string from the template is
 * escaped; the email body is the server's sanitised HTML.
 */
export function previewHtml({ fileName, result, error }: PreviewContent): string {
  const header = `<header><h1>${escape(fileName)}</h1>${result?.channel ? `<span class="channel">${channelName(result.channel)}</span>` : ""}</header>`;
  if (error) return `${header}<p class="error">The preview is not available: ${escape(error)}</p>`;
  if (!result) return `${header}<p class="pending">Rendering…</p>`;
  if (result.channel === null) return header + problems(result);
  const worst = result.worstCase
    ? `<p class="worst-case">Worst case: <strong>${result.worstCase.encoding} · ${plural(result.worstCase.segments, "segment")} · ${result.worstCase.length} characters</strong> (${result.worstCase.perSegment} per segment)${result.worstCase.bounded ? "" : " — some outputs have no bound; measured with their longest example"}</p>`
    : "";
  const examples = result.examples.length === 0 ? `<p class="pending">The template has no examples to render.</p>` : result.examples.map(example).join("");
  return header + worst + examples;
}

function problems(result: PreviewResult): string {
  const items = result.problems.map((problem) => `<li><span class="position">${problem.range.start.line + 1}:${problem.range.start.character + 1}</span> ${escape(problem.message)}</li>`).join("");
  return `<section class="problems"><h2>This template cannot be rendered</h2><ul>${items}</ul></section>`;
}

function example(entry: PreviewExample): string {
  const title = `<h2>${escape(entry.name)}</h2>${entry.description ? `<p class="description">${escape(entry.description)}</p>` : ""}`;
  const body = entry.message ? message(entry.message) : `<p class="error">${escape(entry.error ?? "This example does not render.")}</p>`;
  return `<section class="example" data-example="${escape(entry.name)}">${title}${body}</section>`;
}

function message(rendered: RenderedSms | RenderedEmail | RenderedPush): string {
  switch (rendered.channel) {
    case "sms":
      return `<div class="phone"><div class="bubble">${escape(rendered.text)}</div></div><p class="meta">${rendered.encoding} · ${plural(rendered.segments, "segment")} · ${rendered.length} characters (${rendered.perSegment} per segment)</p>`;
    case "email":
      return `<div class="email"><div class="subject"><span class="label">Subject</span> ${escape(rendered.subject)}</div><div class="email-body">${rendered.html}</div></div>`;
    case "push": {
      const flags = [rendered.truncated.title ? "the title" : "", rendered.truncated.body ? "the body" : ""].filter(Boolean);
      const cut = flags.length > 0 ? `<p class="warning">The lock screen cuts ${flags.join(" and ")}.</p>` : `<p class="meta">Shown whole on the lock screen.</p>`;
      return `<div class="notification"><div class="title">${escape(rendered.title)}</div><div class="body">${escape(rendered.body)}</div></div>${cut}`;
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
