import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CodeAction, Diagnostic, Hover } from "vscode-languageserver-protocol";
import { parseTemplate } from "@tactful/core";
import { isFixable } from "@tactful/language-server/protocol";
import { LspClient, uriOf } from "./support/lsp-client.js";

// The quick fixes, the disable directive and the hover of the language server, driven as an
// editor drives them: every edit is applied and the text linted again.

const root = fileURLToPath(new URL("..", import.meta.url));
const read = (path: string): string => readFileSync(join(root, path), "utf8");

const SMS = read("templates/zh-CN/collection/overdue-first-notice.sms.msg.njk");
const EMAIL = read("templates/zh-CN/collection/overdue-first-notice.email.msg.njk");
const TRADITIONAL = read("templates/zh-TW/reminder/due-soon.sms.msg.njk");
const CN_WORDING = "为避免产生更多逾期费用，请尽快还款或联系我们协商还款安排";

let workspace: string;
let client: LspClient;
let counter = 0;

beforeAll(async () => {
  workspace = mkdtempSync(join(tmpdir(), "tactful-lsp-actions-"));
  mkdirSync(join(workspace, "templates"));
  client = await LspClient.start([workspace]);
});

afterAll(async () => {
  await client?.stop();
  rmSync(workspace, { recursive: true, force: true });
});

/** Opens `text` as a new document and waits for its findings. */
async function open(text: string, channel = "sms", on = client): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
  const uri = uriOf(join(workspace, "templates", `draft-${++counter}.${channel}.msg.njk`));
  await on.open(uri, text);
  return { uri, diagnostics: await on.diagnostics(uri) };
}

const codes = (diagnostics: Diagnostic[]): string[] => diagnostics.map((diagnostic) => String(diagnostic.code ?? diagnostic.message)).sort();

/** Applies the action, and returns what the text has afterwards that it did not have before. */
async function applyAndRelint(uri: string, before: Diagnostic[], action: CodeAction): Promise<{ after: Diagnostic[]; added: string[] }> {
  const version = await client.apply(action);
  const after = await client.diagnostics(uri, version);
  const left = codes(before);
  const added = codes(after).filter((code) => {
    const at = left.indexOf(code);
    if (at === -1) return true;
    left.splice(at, 1);
    return false;
  });
  return { after, added };
}

describe("a fix where the finding is", () => {
  it("rewords only the threat's clause in a sentence with variables, which stay, and adds no finding", async () => {
    const text = EMAIL.replace("如您已完成还款，请忽略本邮件，还款入账可能有一定延迟。", "您的借款{{ amount | money }}元已逾期{{ days }}天，再不还款我们就上门找你。");
    const { uri, diagnostics } = await open(text, "email");
    const threat = diagnostics.find((diagnostic) => diagnostic.code === "tactful/no-threats")!;
    const reword = (await client.codeActions(uri, [threat])).find((action) => action.title.startsWith("Reword"))!;
    expect(reword.title).toBe(`Reword: “${CN_WORDING}”`);
    expect(reword.isPreferred).not.toBe(true);
    const { added, after } = await applyAndRelint(uri, diagnostics, reword);
    expect(client.text(uri)).toContain(`您的借款{{ amount | money }}元已逾期{{ days }}天，${CN_WORDING}。`);
    expect(added).toEqual([]);
    expect(codes(after)).not.toContain("tactful/no-threats");
    await client.close(uri);
  });

  it("rewords a threat in an email subject, inside the front matter", async () => {
    const text = EMAIL.replace("subject: 示例金融：您的借款已逾期，请及时处理", "subject: 示例金融：再不还款我们就上门找你");
    const { uri, diagnostics } = await open(text, "email");
    const threat = diagnostics.find((diagnostic) => diagnostic.code === "tactful/no-threats")!;
    expect(threat.range.start.line).toBe(8);
    const reword = (await client.codeActions(uri, [threat])).find((action) => action.title.startsWith("Reword"))!;
    const { added } = await applyAndRelint(uri, diagnostics, reword);
    expect(added).toEqual([]);
    expect(parseTemplate(client.text(uri)).meta.subject).toBe(`示例金融：${CN_WORDING}。`);
    await client.close(uri);
  });

  it("says what a rewording costs when it pushes an SMS over its segment budget, and does not prefer it", async () => {
    const text = SMS.replace("如非本人请忽略。", "再不还款就上门找你。如非本人请忽略。");
    const { uri, diagnostics } = await open(text);
    expect(codes(diagnostics)).not.toContain("tactful/sms-length");
    const threat = diagnostics.find((diagnostic) => diagnostic.code === "tactful/no-threats")!;
    const reword = (await client.codeActions(uri, [threat])).find((action) => action.title.startsWith("Reword"))!;
    expect(reword.title).toMatch(/^Reword: “为避免.*” \(adds: At its longest this SMS is 143 characters in UCS-2: 3 segments, over the budget of 2\.\)$/u);
    expect(reword.isPreferred).toBe(false);
    // What the title says is what applying it gives.
    const { added } = await applyAndRelint(uri, diagnostics, reword);
    expect(added).toEqual(["tactful/sms-length"]);
    await client.close(uri);
  });

  it.each(["zh-TW", "zh-Hant"])("says a %s template without `jurisdiction` has its tone rules unchecked, adds `jurisdiction: CN`, and its tone rules then run", async (locale) => {
    const withJurisdiction = TRADITIONAL.replace("locale: zh-TW\n", `locale: ${locale}\n`);
    const { uri, diagnostics } = await open(withJurisdiction.replace("jurisdiction: CN\n", ""));
    const missing = diagnostics.find((diagnostic) => diagnostic.code === "tactful/valid-front-matter")!;
    expect(missing.range.start.line).toBe(4);
    expect(String(missing.message).split("\n")[0]).toBe(`No policy pack covers locale \`${locale}\`: tone and disclosure rules are not checked until \`jurisdiction\` is set.`);
    const add = (await client.codeActions(uri, [missing])).find((action) => action.title === "Add `jurisdiction: CN`")!;
    const { after } = await applyAndRelint(uri, diagnostics, add);
    expect(client.text(uri)).toBe(withJurisdiction);
    expect(after).toEqual([]);
    // With the jurisdiction, a threat is found.
    const threatened = await client.replace(uri, withJurisdiction.replace("如已還款請忽略", "再不還款我們就上門").replace("如已还款请忽略", "再不还款我们就上门"));
    expect(codes(await client.diagnostics(uri, threatened))).toContain("tactful/no-threats");
    await client.close(uri);
  });

  it.each([
    ["CRLF", "\r\n"],
    ["lone-CR", "\r"],
  ])("adds a missing send window to a %s template with its own line breaks, and the finding goes", async (_, newline) => {
    const blockSend = SMS.replace('send: { window: "09:00-20:00", maxPerDay: 1 }\n', "send:\n  maxPerDay: 1\n");
    const text = blockSend.replace(/\n/gu, newline);
    const { uri, diagnostics } = await open(text);
    const missing = diagnostics.find((diagnostic) => diagnostic.code === "tactful/send-window")!;
    const declare = (await client.codeActions(uri, [missing])).find((action) => action.title.startsWith("Declare `window:"));
    expect(declare, "the fix is offered").toBeDefined();
    const { added, after } = await applyAndRelint(uri, diagnostics, declare!);
    expect(client.text(uri)).toBe(blockSend.replace("  maxPerDay: 1\n", '  maxPerDay: 1\n  window: "08:00-21:00"\n').replace(/\n/gu, newline));
    expect(added).toEqual([]);
    expect(codes(after)).not.toContain("tactful/send-window");
    await client.close(uri);
  });

  it("offers the allowed value for an enum in the wrong case or misspelt, and a misspelt key", async () => {
    for (const [wrong, right] of [
      ["channel: sms", "channel: SMS"],
      ["category: collection", "category: colection"],
      ["audience: borrower", "audeince: borrower"],
    ] as const) {
      const { uri, diagnostics } = await open(SMS.replace(wrong, right));
      const actions = (await Promise.all(diagnostics.map((diagnostic) => client.codeActions(uri, [diagnostic])))).flat();
      const change = actions.find((action) => action.title.startsWith("Change to"))!;
      expect(change.title).toBe(`Change to \`${wrong.split(":")[0] === "audience" ? "audience" : wrong.split(": ")[1]}\``);
      const { after } = await applyAndRelint(uri, diagnostics, change);
      expect(client.text(uri)).toBe(SMS);
      expect(after).toEqual([]);
      await client.close(uri);
    }
  });

  it("offers nothing for a YAML syntax error rather than a guess", async () => {
    const { uri, diagnostics } = await open(SMS.replace("version: 1", "version: 1\nversion: 2"));
    const yaml = diagnostics.find((diagnostic) => String(diagnostic.message).startsWith("YAML"))!;
    expect(await client.codeActions(uri, [yaml])).toEqual([]);
    await client.close(uri);
  });

  it("gives fix titles in the editor's language", async () => {
    const chinese = await LspClient.start([workspace], { locale: "zh-cn" });
    try {
      const { uri, diagnostics } = await open(SMS.replace("如非本人请忽略。", "再不还款就上门找你。如非本人请忽略。"), "sms", chinese);
      const threat = diagnostics.find((diagnostic) => diagnostic.code === "tactful/no-threats")!;
      const titles = (await chinese.codeActions(uri, [threat])).map((action) => action.title);
      expect(titles).toContain("对下一行停用 tactful/no-threats（请写明理由）");
      // The rewording, its cost and the finding it adds, all in the writer's language.
      expect(titles.find((title) => title.startsWith("改写为："))).toMatch(/（会新增问题：这条短信最长 143 个字符（UCS-2），共 3 条，超出 2 条的上限。）$/u);
    } finally {
      await chinese.stop();
    }
  });
});

describe("fix all", () => {
  it("is offered only when there is something to fix, in the editor's language", async () => {
    for (const [locale, title] of [["zh-CN", "修复所有 Tactful 问题"], ["zh-TW", "修正所有 Tactful 問題"]] as const) {
      const editor = await LspClient.start([workspace], { locale });
      try {
        const clean = await open(SMS, "sms", editor);
        expect(clean.diagnostics).toEqual([]);
        expect(await editor.codeActions(clean.uri, [], ["source.fixAll"])).toEqual([]);
        // A threat has suggestions but no fix: there is nothing for "fix all" to do.
        const threat = await open(SMS.replace("如非本人请忽略。", "再不还款就上门找你。如非本人请忽略。"), "sms", editor);
        expect(threat.diagnostics.map((diagnostic) => diagnostic.code)).toContain("tactful/no-threats");
        expect(await editor.codeActions(threat.uri, [], ["source.fixAll"])).toEqual([]);
        // The extension offers the fix-all before asking for its edit, from what the diagnostics say.
        expect(threat.diagnostics.some(isFixable)).toBe(false);
        // An unmasked name is fixed by adding `| mask`.
        const unmasked = await open(SMS.replace("{{ name | mask }}", "{{ name }}"), "sms", editor);
        expect(await editor.codeActions(unmasked.uri, [], ["source.fixAll"])).toEqual([expect.objectContaining({ title, kind: "source.fixAll.tactful" })]);
        expect(unmasked.diagnostics.filter(isFixable).map((diagnostic) => diagnostic.code)).toEqual(["tactful/pii-masking"]);
      } finally {
        await editor.stop();
      }
    }
  });
});

describe("disabling with a reason", () => {
  it("puts the directive on the line above, as a quick fix of its own kind, without changing the message", async () => {
    const text = SMS.replace("有疑问请致电400-000-0000。如非本人请忽略。", "有疑问请致电400-000-0000。\n再不还款就上门找你。如非本人请忽略。");
    const { uri, diagnostics } = await open(text);
    const threat = diagnostics.find((diagnostic) => diagnostic.code === "tactful/no-threats")!;
    const disable = (await client.codeActions(uri, [threat])).find((action) => action.title.startsWith("Disable"))!;
    expect(disable).toMatchObject({ title: "Disable tactful/no-threats for the next line (give the reason)", kind: "quickfix.tactful.disable" });
    const [edit] = Object.values(disable.edit!.changes!)[0]!;
    expect(edit).toEqual({ range: { start: { line: threat.range.start.line, character: 0 }, end: { line: threat.range.start.line, character: 0 } }, newText: "{# tactful-disable-next-line no-threats --  -#}\n" });
    let version = await client.apply(disable);
    // No reason yet: the waiver is not honoured, and the finding stays.
    const waiting = await client.diagnostics(uri, version);
    expect(codes(waiting)).toContain("tactful/no-threats");
    // What to write, as the quick fix left it: its ` --` ends the rules, and is not written twice.
    expect(waiting.map((diagnostic) => diagnostic.message)).toContain("tactful-disable-next-line needs a reason: {# tactful-disable-next-line tactful/no-threats -- why this is acceptable #}");
    const prose = (source: string): string[] => parseTemplate(source).prose.map((segment) => segment.text);
    expect(prose(client.text(uri))).toEqual(prose(text));
    const reasonAt = client.positionOf(uri, "--  -#}", 3);
    version = await client.edit(uri, [{ range: { start: reasonAt, end: reasonAt }, newText: "quoted from the customer's own complaint" }]);
    expect(await client.diagnostics(uri, version)).toEqual([]);
    await client.close(uri);
  });

  it("does not offer a directive where it would change the message (a line that starts with spaces)", async () => {
    const text = SMS.replace("有疑问请致电400-000-0000。如非本人请忽略。", "有疑问请致电400-000-0000。\n  再不还款就上门找你。如非本人请忽略。");
    const { uri, diagnostics } = await open(text);
    const threat = diagnostics.find((diagnostic) => diagnostic.code === "tactful/no-threats")!;
    expect((await client.codeActions(uri, [threat])).map((action) => action.title)).not.toContain("Disable tactful/no-threats for the next line (give the reason)");
    await client.close(uri);
  });

  it("lists the workspace's waivers as `tactful lint --suppressions` does", async () => {
    const text = SMS.replace("有疑问请致电400-000-0000。如非本人请忽略。", "有疑问请致电400-000-0000。\n{# tactful-disable-next-line no-threats -- quoted | from a complaint #}\n再不还款就上门找你。如非本人请忽略。");
    const { uri } = await open(text);
    const unnamed = await open(text.replace("tactful-disable-next-line no-threats --", "tactful-disable-next-line --"));
    const register = await client.request<string>("tactful/waivers");
    expect(register).toContain("# Tactful waiver register");
    expect(register).toMatch(/\| templates\/draft-\d+\.sms\.msg\.njk:22 \| tactful-disable-next-line \| tactful\/no-threats \| quoted \\\| from a complaint \| 1 \|/u);
    // One that names no rule is not honoured, and suppressed nothing.
    expect(register).toMatch(/\| templates\/draft-\d+\.sms\.msg\.njk:22 \| tactful-disable-next-line \| \*\*no rule named: not honoured\*\* \| quoted \\\| from a complaint \| 0 \|/u);
    await client.close(uri);
    await client.close(unnamed.uri);
  });
});

describe("hover", () => {
  it("adds to a finding what the Problems list lacks: why, the template's own source, a compliant wording, the rule page", async () => {
    const { uri, diagnostics } = await open(SMS.replace("如非本人请忽略。", "再不还款就上门找你。如非本人请忽略。"));
    const threat = diagnostics.find((diagnostic) => diagnostic.code === "tactful/no-threats")!;
    const value = ((await client.hover(uri, threat.range.start))?.contents as { value: string }).value;
    expect(value).not.toContain(threat.message);
    expect(value).toContain("*Why:* Threats of violence, intimidation or coercive home and workplace visits.");
    expect(value).toContain("*Source (CN):* 治安管理处罚法");
    expect(value).not.toMatch(/FDCPA|Fair Debt/u);
    expect(value).toContain(`*Compliant wording:* ${CN_WORDING}。`);
    const link = /\[Rule page\]\(command:markdown\.showPreview\?([^)]+)\)/u.exec(value)!;
    expect(JSON.parse(decodeURIComponent(link[1]!))).toEqual([{ $mid: 1, scheme: "file", path: expect.stringMatching(/docs\/rules\/no-threats\.md$/u) }]);
    await client.close(uri);
  });

  it("gives why in the editor's language, from the pack's Chinese summary", async () => {
    for (const [locale, why] of [["zh-CN", "*原因：* 以暴力、恐吓或强行上门、到单位相威胁。"], ["zh-TW", "*原因：* 以暴力、恐嚇或強行上門、到單位相威脅。"]] as const) {
      const editor = await LspClient.start([workspace], { locale });
      try {
        const { uri, diagnostics } = await open(SMS.replace("如非本人请忽略。", "再不还款就上门找你。如非本人请忽略。"), "sms", editor);
        const threat = diagnostics.find((diagnostic) => diagnostic.code === "tactful/no-threats")!;
        const value = ((await editor.hover(uri, threat.range.start))?.contents as { value: string }).value;
        expect(value).toContain(why);
      } finally {
        await editor.stop();
      }
    }
  });

  it("explains filters, front-matter keys and enum values from their documentation", async () => {
    const { uri } = await open(SMS);
    const filter = (await client.hover(uri, client.positionOf(uri, "| mask", 3)))?.contents as { value: string };
    expect(filter.value).toMatch(/^\*\*mask\*\* — `mask \| mask\("phone"\)`\n\nPersonal data masked/u);
    const key = (await client.hover(uri, client.positionOf(uri, "channel:", 2)))?.contents as { value: string };
    expect(key.value).toMatch(/^\*\*channel\*\* — How the message is delivered/u);
    const value = (await client.hover(uri, client.positionOf(uri, "role: creditor", 8)))?.contents as { value: string };
    expect(value.value).toMatch(/^\*\*creditor\*\* — /u);
    await client.close(uri);
  });

  /** What a hover says in words: without its code (in backticks) and the finding's rule id and links. */
  const words = (hover: Hover | null): string =>
    (hover?.contents as { value: string }).value.replace(/`[^`]*`|\*\*[^*]*\*\*|\]\([^)]*\)/gu, "");
  /** An English phrase: two words of letters in a row. */
  const ENGLISH = /\b[A-Za-z]{2,}\s+[A-Za-z]{2,}\b/u;

  it("explains findings without a pack entry, filters, front-matter keys and values in the editor's language", async () => {
    const chinese = await LspClient.start([workspace], { locale: "zh-cn" });
    try {
      const unmasked = await open(SMS.replace("{{ name | mask }}", "{{ name }}"), "sms", chinese);
      const pii = unmasked.diagnostics.find((diagnostic) => diagnostic.code === "tactful/pii-masking")!;
      const finding = await chinese.hover(unmasked.uri, pii.range.start);
      expect((finding?.contents as { value: string }).value).toContain("*原因：* 个人信息须经 `mask` 处理，不得直接写出完整的证件号、卡号或手机号。");
      expect(words(finding)).not.toMatch(ENGLISH);

      const { uri } = await open(SMS, "sms", chinese);
      const filter = await chinese.hover(uri, chinese.positionOf(uri, "| mask", 3));
      expect((filter?.contents as { value: string }).value).toMatch(/^\*\*mask\*\* — `mask \| mask\("phone"\)`\n\n按司法辖区政策包的规定遮蔽个人信息/u);
      const key = await chinese.hover(uri, chinese.positionOf(uri, "channel:", 2));
      expect((key?.contents as { value: string }).value).toMatch(/^\*\*channel\*\* — 信息的发送渠道。/u);
      const category = await chinese.hover(uri, chinese.positionOf(uri, "category: collection", 12));
      expect((category?.contents as { value: string }).value).toBe("**collection** — 催还逾期欠款");
      const sender = await chinese.hover(uri, chinese.positionOf(uri, "role: creditor", 8));
      expect((sender?.contents as { value: string }).value).toMatch(/^\*\*creditor\*\* — `creditor` 就自身贷款催收或提醒/u);
      const variable = await chinese.hover(uri, chinese.positionOf(uri, "{{ amount", 4));
      expect((variable?.contents as { value: string }).value).toContain("内容：欠款金额。");
      for (const hover of [filter, key, category, sender]) expect(words(hover)).not.toMatch(ENGLISH);

      const filters = await chinese.complete(uri, chinese.positionOf(uri, "| money", 2));
      expect(filters.find((item) => item.label === "money")?.documentation).toMatch(/^将数字按模板语言格式化为保留两位小数的金额/u);
      const keys = await chinese.complete(uri, chinese.positionOf(uri, "description:"));
      expect(keys.find((item) => item.label === "jurisdiction")).toMatchObject({ detail: "司法辖区", documentation: expect.stringMatching(/^适用哪个地区的规则/u) });
      const values = await chinese.complete(uri, chinese.positionOf(uri, "audience: borrower", 10));
      expect(values.find((item) => item.label === "third-party")?.documentation).toBe("借款人以外的人，如紧急联系人");
      await chinese.close(uri);
      await chinese.close(unmasked.uri);
    } finally {
      await chinese.stop();
    }
  });

  it("explains them in Traditional Chinese for a zh-TW editor", async () => {
    const traditional = await LspClient.start([workspace], { locale: "zh-TW" });
    try {
      const { uri, diagnostics } = await open(SMS.replace("{{ name | mask }}", "{{ name }}"), "sms", traditional);
      const pii = diagnostics.find((diagnostic) => diagnostic.code === "tactful/pii-masking")!;
      expect(((await traditional.hover(uri, pii.range.start))?.contents as { value: string }).value).toContain("*原因：* 個人資料須經 `mask` 處理，不得直接寫出完整的證件號碼、卡號或手機號碼。");
      const key = await traditional.hover(uri, traditional.positionOf(uri, "audience:", 2));
      expect((key?.contents as { value: string }).value).toBe("**audience** — 訊息的接收對象。發給 `third-party`（家人、聯絡人、雇主）的訊息不得透露債務。");
      const filter = await traditional.hover(uri, traditional.positionOf(uri, "| money", 3));
      expect((filter?.contents as { value: string }).value).toContain("將數字依範本語言格式化");
      await traditional.close(uri);
    } finally {
      await traditional.stop();
    }
  });
});
