import { describe, expect, it } from "vitest";
import type { PreviewResult } from "@tactful/language-server/protocol";
import { previewHtml } from "../src/preview-html.js";
import { summarize } from "../src/summary.js";

const base = { uri: "file:///t.msg.njk", version: 3, problems: [] };
const sms = (bounded: boolean): PreviewResult => ({
  ...base,
  channel: "sms",
  examples: [
    { name: "typical", description: "逾期第3天", message: { channel: "sms", text: "【示例金融】<b>张*</b>您好", encoding: "UCS-2", length: 14, segments: 1, perSegment: 70 } },
    { name: "broken", error: "The example's data does not fit the variables: /days must be integer" },
  ],
  worstCase: { encoding: "UCS-2", length: 114, segments: 2, perSegment: 67, bounded },
});

describe("the status bar", () => {
  it("shows an SMS template's worst case, and says whether every output is bounded", () => {
    expect(summarize(sms(true))).toEqual({ text: "$(comment) UCS-2 · 2 segments · 114 chars", tooltip: expect.stringContaining("Every output is bounded") });
    expect(summarize(sms(true)).tooltip).toContain("Worst case of this SMS: the longest message the template can produce is 114 characters in UCS-2, sent as 2 segments (67 characters per segment).");
    expect(summarize(sms(false)).tooltip).toContain("Some outputs have no bound");
  });

  it("turns into a warning, with the finding first in its tooltip, when the worst case is over the segment budget", () => {
    const over = sms(true);
    over.worstCase!.overBudget = "At its longest this SMS is 214 characters in UCS-2: 4 segments, over the budget of 3.";
    expect(summarize(over)).toMatchObject({ text: "$(warning) UCS-2 · 2 segments · 114 chars", warning: true, tooltip: expect.stringMatching(/^At its longest this SMS is 214 characters/u) });
    expect(summarize(sms(true)).warning).toBeUndefined();
    expect(previewHtml({ fileName: "n.sms.msg.njk", result: over })).toContain('<p class="worst-case over-budget">');
  });

  it("shows an email or push template's channel, and a template that cannot be rendered", () => {
    expect(summarize({ ...base, channel: "email", examples: [] }).text).toBe("$(mail) Email · 0 examples");
    expect(summarize({ ...base, channel: null, examples: [], problems: [{ message: "x", range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } }] })).toMatchObject({ text: "$(warning) Cannot render", tooltip: expect.stringContaining("1 problem.") });
  });
});

describe("the preview", () => {
  it("shows each SMS example as a bubble with its encoding and segments, escaping the text, and why an example does not render", () => {
    const html = previewHtml({ fileName: "notice.sms.msg.njk", result: sms(true) });
    expect(html).toContain('<div class="bubble">【示例金融】&#60;b&#62;张*&#60;/b&#62;您好</div>');
    expect(html).toContain("UCS-2 · 1 segment · 14 characters (70 per segment)");
    expect(html).toContain("Worst case: <strong>UCS-2 · 2 segments · 114 characters</strong>");
    expect(html).toContain("/days must be integer");
  });

  it("shows an email's subject and sanitised body, and what the lock screen cuts of a push", () => {
    const email = previewHtml({ fileName: "e.email.msg.njk", result: { ...base, channel: "email", examples: [{ name: "typical", message: { channel: "email", subject: "Your <payment>", html: "<p><strong>Due</strong></p>", text: "Due" } }] } });
    expect(email).toContain('<span class="label">Subject</span> Your &#60;payment&#62;');
    expect(email).toContain('<div class="email-body"><p><strong>Due</strong></p></div>');
    const push = previewHtml({ fileName: "p.push.msg.njk", result: { ...base, channel: "push", examples: [{ name: "longest", message: { channel: "push", title: "Title", body: "Body", truncated: { title: false, body: true } } }] } });
    expect(push).toContain('<div class="notification"><div class="title">Title</div><div class="body">Body</div></div>');
    expect(push).toContain("The lock screen cuts the body.");
  });

  it("marks an example with findings: lists them and highlights their words, escaped, in the message and never inside markup", () => {
    const flagged = sms(true);
    flagged.examples[0] = { ...flagged.examples[0]!, findings: [{ ruleId: "tactful/no-threats", severity: "error", message: "Threat: “<b>”.\nWhy", words: "<b>" }] };
    const html = previewHtml({ fileName: "n.sms.msg.njk", result: flagged });
    expect(html).toContain('<section class="example flagged" data-example="typical">');
    expect(html).toContain('<ul class="findings"><li class="error">Threat: “&#60;b&#62;”. <span class="rule">tactful/no-threats</span></li></ul>');
    expect(html).toContain('<div class="bubble">【示例金融】<mark class="finding">&#60;b&#62;</mark>张*&#60;/b&#62;您好</div>');
    expect(html).toContain('<section class="example" data-example="broken">');
    const email = previewHtml({
      fileName: "e.email.msg.njk",
      result: { ...base, channel: "email", examples: [{ name: "t", findings: [{ ruleId: "tactful/no-threats", severity: "error", message: "Threat", words: "上门" }, { ruleId: "x/y", severity: "warning", message: "m", words: "strong" }], message: { channel: "email", subject: "上门", html: '<p title="上门"><strong>我们将上门</strong></p>', text: "" } }] },
    });
    expect(email).toContain('<span class="label">Subject</span> <mark class="finding">上门</mark>');
    expect(email).toContain('<div class="email-body"><p title="上门"><strong>我们将<mark class="finding">上门</mark></strong></p></div>');
  });

  it("lists why a template cannot be rendered, with 1-based positions", () => {
    const html = previewHtml({ fileName: "t.msg.njk", result: { ...base, channel: null, examples: [], problems: [{ message: "`constructor` is not allowed", range: { start: { line: 16, character: 40 }, end: { line: 16, character: 51 } } }] } });
    expect(html).toContain('<h2>This template cannot be rendered</h2><ul><li><span class="position">17:41</span> `constructor` is not allowed</li></ul>');
  });
});
