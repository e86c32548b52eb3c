import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CodeServer, waitFor } from "./code-server.js";

// Fixes where the findings are, disabling with a reason, the hover and the waiver register, as a
// template writer uses them in VS Code with the packaged extension.
const root = join(import.meta.dirname, "../../../..");
const artifacts = join(root, "test-artifacts/vscode-actions");
const read = (path: string): string => readFileSync(join(root, path), "utf8");
const SMS = read("templates/zh-CN/collection/overdue-first-notice.sms.msg.njk");
const EMAIL = read("templates/zh-CN/collection/overdue-first-notice.email.msg.njk");
const TRADITIONAL = read("templates/zh-TW/reminder/due-soon.sms.msg.njk");

/** Each file under an id of its own, so that none is a duplicate of another. */
const withId = (text: string, id: string): string => text.replace(/^id: .*$/mu, `id: actions.${id}`);
const FILES = {
  "reword.email.msg.njk": withId(EMAIL.replace("如您已完成还款，请忽略本邮件，还款入账可能有一定延迟。", "您的借款{{ amount | money }}元已逾期{{ days }}天，再不还款我们就上门找你。"), "reword"),
  "traditional.sms.msg.njk": withId(TRADITIONAL.replace("jurisdiction: CN\n", ""), "traditional"),
  "enum.sms.msg.njk": withId(SMS.replace("category: collection", "category: colection"), "enum"),
  "waive.sms.msg.njk": withId(SMS.replace("有疑问请致电400-000-0000。如非本人请忽略。", "有疑问请致电400-000-0000。\n再不还款就上门找你。如非本人请忽略。"), "waive"),
};
const lineOf = (name: keyof typeof FILES, needle: string): number => FILES[name].split("\n").findIndex((line) => line.includes(needle)) + 1;

let home: string;
let vscode: CodeServer;

beforeAll(async () => {
  const vsix = execFileSync(process.execPath, [join(root, "packages/vscode/scripts/package.mjs")], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] }).trim();
  home = mkdtempSync(join(tmpdir(), "tactful-vscode-actions-"));
  const workspace = join(home, "workspace");
  mkdirSync(join(workspace, "templates"), { recursive: true });
  for (const [name, text] of Object.entries(FILES)) writeFileSync(join(workspace, "templates", name), text);
  rmSync(artifacts, { recursive: true, force: true });
  vscode = await CodeServer.start({ vsix, workspace, home, artifacts });
}, 300_000);

afterAll(async () => {
  await vscode?.stop();
  if (home) rmSync(home, { recursive: true, force: true });
});

/** Opens a file and puts the cursor on its first finding of `rule`, on `line`. */
async function goToFinding(name: keyof typeof FILES, rule: string, line: number): Promise<void> {
  await vscode.openFile(name);
  await waitFor(async () => (await vscode.problems()).some((row) => row.includes(rule)), 60_000, () => `no ${rule} finding in ${name}`);
  await vscode.goToLineEnd(line - 1);
  await vscode.goToNextProblem(line);
}

describe("fixes, waivers and hover in VS Code", () => {
  it("hovers a finding with why, the template's own source and a compliant wording, and opens the rule page rendered", async () => {
    const line = lineOf("reword.email.msg.njk", "上门找你");
    await vscode.step("go to the threat", () => goToFinding("reword.email.msg.njk", "tactful/no-threats", line));
    const hover = vscode.page.locator(".monaco-hover:visible");
    await vscode.step("show the hover", async () => {
      await vscode.page.keyboard.press("Control+K");
      await vscode.page.keyboard.press("Control+I");
      await hover.filter({ hasText: "Why:" }).first().waitFor({ timeout: 20_000 });
    });
    const text = (await hover.first().innerText()).replace(/\u00a0/gu, " ");
    expect(text).toContain("Source (CN):");
    expect(text).toContain("Compliant wording:");
    expect(text).not.toMatch(/FDCPA/u);
    await vscode.screenshot("1-hover");
    await vscode.step("open the rule page", () => hover.locator("a", { hasText: "Rule page" }).first().click());
    await vscode.step("rendered", () => vscode.webviewFrame('h1:has-text("tactful/no-threats")', 60_000));
    await vscode.screenshot("2-rule-page-rendered");
  });

  it("rewords a threat in a sentence with variables: the variables stay and the finding goes", async () => {
    const line = lineOf("reword.email.msg.njk", "上门找你");
    // The rule page of the step before has the keyboard: start from no editor.
    await vscode.step("close the rule page", () => vscode.runCommand("View: Close All Editors"));
    await vscode.step("go to the threat", () => goToFinding("reword.email.msg.njk", "tactful/no-threats", line));
    await vscode.step("reword", () => vscode.quickFix(/^Reword: /u, "3-reword-menu"));
    await vscode.step("text reworded", () =>
      waitFor(async () => (await vscode.editorText("reword.email.msg.njk")).includes("{{ days }}天，为避免产生更多逾期费用"), 20_000, () => "the rewording was not applied"),
    );
    await vscode.step("finding gone", () => waitFor(async () => !(await vscode.problems()).some((row) => row.includes("tactful/no-threats")), 30_000, () => "the threat is still listed"));
    await vscode.screenshot("4-reworded");
  });

  it("adds `jurisdiction: CN` to a zh-TW template without one", async () => {
    await vscode.step("go to the finding", () => goToFinding("traditional.sms.msg.njk", "tactful/valid-front-matter", 5));
    await vscode.step("add the jurisdiction", () => vscode.quickFix(/^Add `jurisdiction: CN`/u, "5-jurisdiction-menu"));
    await vscode.step("added", () => waitFor(async () => /locale: zh-TW\s+jurisdiction: CN/u.test(await vscode.editorText("traditional.sms.msg.njk")), 20_000, () => "the jurisdiction was not added"));
    await vscode.step("finding gone", () => waitFor(async () => !(await vscode.problems()).some((row) => row.includes("traditional.sms.msg.njk")), 30_000, () => "findings remain"));
    await vscode.screenshot("6-jurisdiction-added");
  });

  it("corrects a misspelt enum value", async () => {
    await vscode.step("go to the finding", () => goToFinding("enum.sms.msg.njk", "tactful/valid-front-matter", 6));
    await vscode.step("change it", () => vscode.quickFix(/^Change to `collection`/u, "7-did-you-mean-menu"));
    await vscode.step("changed", () => waitFor(async () => (await vscode.editorText("enum.sms.msg.njk")).includes("category: collection"), 20_000, () => "the value was not changed"));
    await vscode.step("finding gone", () => waitFor(async () => !(await vscode.problems()).some((row) => row.includes("enum.sms.msg.njk")), 30_000, () => "findings remain"));
  });

  it("disables a rule for the next line with the cursor in the reason, and lists the waiver in the register", async () => {
    const line = lineOf("waive.sms.msg.njk", "上门找你");
    await vscode.step("go to the threat", () => goToFinding("waive.sms.msg.njk", "tactful/no-threats", line));
    await vscode.step("disable", () => vscode.quickFix(/^Disable tactful\/no-threats for the next line/u, "8-disable-menu"));
    // The cursor is in the reason: the writer types it straight away.
    await vscode.step("give the reason", () => vscode.type("quoted from a complaint"));
    await vscode.step("directive above", () =>
      waitFor(async () => (await vscode.editorText("waive.sms.msg.njk")).includes("{# tactful-disable-next-line no-threats -- quoted from a complaint -#}\n再不还款就上门找你"), 20_000, async () => `the text is ${await vscode.editorText("waive.sms.msg.njk")}`),
    );
    await vscode.step("finding waived", () => waitFor(async () => !(await vscode.problems()).some((row) => row.includes("waive.sms.msg.njk")), 30_000, () => "findings remain"));
    await vscode.screenshot("9-waived");
    await vscode.step("waiver register", () => vscode.runCommand("Tactful: Show Waiver Register"));
    const register = await vscode.step("register shown", () => vscode.webviewFrame('td:has-text("quoted from a complaint")', 60_000));
    expect(await register.locator("h1").first().textContent()).toBe("Tactful waiver register");
    await vscode.screenshot("10-waiver-register");
  });
});
