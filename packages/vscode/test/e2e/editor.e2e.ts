import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseTemplate, worstCaseSms } from "@tactful/core";
import { compileTemplate, examplesOf } from "@tactful/renderer";
import { CodeServer, waitFor } from "./code-server.js";

// What a template writer sees in VS Code with the packaged extension: findings in the Problems
// panel, a quick fix, the worst-case SMS in the status bar, the preview and the rule pages.
const root = join(import.meta.dirname, "../../../..");
const artifacts = join(root, "test-artifacts/vscode");
const SAMPLE = readFileSync(join(root, "templates/zh-CN/collection/overdue-first-notice.sms.msg.njk"), "utf8");
/** The sample with its name unmasked (under an id of its own): `pii-masking` reports it, and its fix adds `| mask`. */
const UNMASKED = SAMPLE.replace("{{ name | mask }}", "{{ name }}").replace("id: collection.overdue-first-notice", "id: collection.overdue-unmasked");

/** The sample with a threat (under an id of its own): `no-threats` reports it. */
const THREAT = SAMPLE.replace("如非本人请忽略。", "再不还款就上门找你。如非本人请忽略。").replace("id: collection.overdue-first-notice", "id: collection.overdue-threat");

/** Another copy for navigation and renaming (its own id, so it is no duplicate of the others). */
const NAVIGATE = SAMPLE.replace("id: collection.overdue-first-notice", "id: collection.overdue-navigate");
/** An SMS over the segment budget: the status bar warns. */
const LONG = SAMPLE.replace("id: collection.overdue-first-notice", "id: collection.overdue-long").replace("{% if days <= 3 %}", "请按时还款，".repeat(30) + "{% if days <= 3 %}");
/** Unmasked, to be fixed on save right after a reload. */
const SAVE_FIX = UNMASKED.replace("id: collection.overdue-unmasked", "id: collection.overdue-save-fix");
/** The sample's body (line 21). */
const BODY = SAMPLE.split("\n")[20]!;
/** 1-based column of a variable's name in the body (line 21). */
const columnOf = (use: string): number => BODY.indexOf(use) + use.indexOf(use.replace(/^\{\{ |^\{% if /u, "")) + 1;

let home: string;
let vscode: CodeServer;

beforeAll(async () => {
  const vsix = execFileSync(process.execPath, [join(root, "packages/vscode/scripts/package.mjs")], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] }).trim();
  home = mkdtempSync(join(tmpdir(), "tactful-vscode-"));
  const workspace = join(home, "workspace");
  mkdirSync(join(workspace, "templates"), { recursive: true });
  writeFileSync(join(workspace, "templates", "compliant.sms.msg.njk"), SAMPLE);
  writeFileSync(join(workspace, "templates", "unmasked.sms.msg.njk"), UNMASKED);
  writeFileSync(join(workspace, "templates", "new.sms.msg.njk"), "");
  writeFileSync(join(workspace, "templates", "threat.sms.msg.njk"), THREAT);
  writeFileSync(join(workspace, "templates", "navigate.sms.msg.njk"), NAVIGATE);
  writeFileSync(join(workspace, "templates", "long.sms.msg.njk"), LONG);
  writeFileSync(join(workspace, "templates", "save-fix.sms.msg.njk"), SAVE_FIX);
  writeFileSync(join(workspace, "notes.txt"), "Not a template.\n");
  rmSync(artifacts, { recursive: true, force: true });
  vscode = await CodeServer.start({ vsix, workspace, home, artifacts });
}, 300_000);

afterAll(async () => {
  await vscode?.stop();
  if (home) rmSync(home, { recursive: true, force: true });
});

describe("VS Code with the Tactful extension", () => {
  it("shows the worst-case SMS of the active template in the status bar", async () => {
    const { measurement } = worstCaseSms(parseTemplate(SAMPLE));
    const expected = `${measurement.encoding} · ${measurement.segments} segments · ${measurement.length} chars`;
    await vscode.step("open the compliant template", () => vscode.openFile("compliant.sms.msg.njk"));
    await vscode.step("status bar", () => vscode.statusBarItem(new RegExp(expected)).waitFor({ timeout: 60_000 }));
    await vscode.screenshot("1-status-bar");
    await vscode.step("hidden for other files", async () => {
      await vscode.openFile("notes.txt");
      await vscode.statusBarItem(/segments/u).waitFor({ state: "hidden", timeout: 10_000 });
    });
  });

  it("lists the non-compliant template's findings in the Problems panel, and none for the compliant one", async () => {
    await vscode.step("open the non-compliant template", () => vscode.openFile("unmasked.sms.msg.njk"));
    const rows = await vscode.step("Problems panel", async () => {
      let rows: string[] = [];
      await waitFor(async () => (rows = await vscode.problems()).some((row) => row.includes("tactful/pii-masking")), 60_000, () => `no pii-masking finding in ${JSON.stringify(rows)}`);
      return rows;
    });
    await vscode.screenshot("2-problems");
    expect(rows.some((row) => row.includes("unmasked.sms.msg.njk"))).toBe(true);
    expect(rows.find((row) => row.includes("tactful/pii-masking"))).toMatch(/`name`/u);
    expect(rows.filter((row) => row.includes("compliant.sms.msg.njk") && !row.includes("unmasked"))).toEqual([]);
  });

  it("applies a quick fix: the text changes and the finding goes away", async () => {
    await vscode.step("quick fix", async () => {
      // Go to the finding, then open the quick fixes there.
      await vscode.goToLineEnd(20);
      await vscode.goToNextProblem(21);
      await vscode.quickFix(/^Fix: /u, "3-quick-fix-menu");
    });
    await vscode.step("text fixed", () => waitFor(async () => (await vscode.editorText("unmasked.sms.msg.njk")).includes("{{ name | mask }}"), 20_000, () => "the fix did not change the text"));
    await vscode.step("finding gone", () => waitFor(async () => !(await vscode.problems()).some((row) => row.includes("tactful/pii-masking")), 30_000, () => "the finding is still listed"));
    await vscode.screenshot("4-fixed");
  });

  it("previews the rendered SMS beside the editor and updates it as the writer types", async () => {
    const template = compileTemplate(SAMPLE);
    const typical = template.render(examplesOf(template)[0]!.data);
    await vscode.step("open the preview", () => vscode.runCommand("Tactful: Open Preview to the Side"));
    const preview = await vscode.step("preview webview", () => vscode.webviewFrame(".bubble", 60_000));
    expect(await preview.locator(".bubble").first().textContent()).toBe(typical.channel === "sms" ? typical.text : "");
    expect(await preview.locator(".example .meta").first().textContent()).toMatch(/^UCS-2 · \d segments? · \d+ characters/u);
    expect(await preview.locator(".worst-case").textContent()).toMatch(/Worst case: UCS-2 · 2 segments/u);
    await vscode.screenshot("5-preview");

    await vscode.step("type in the template", async () => {
      // The body is line 21; the writer adds a word at its end.
      await vscode.goToLineEnd(21);
      await vscode.type("谢谢");
    });
    await vscode.step("preview follows", () => waitFor(async () => ((await preview.locator(".bubble").first().textContent()) ?? "").endsWith("谢谢"), 30_000, () => "the preview did not update"));
    await vscode.screenshot("6-preview-updated");
  });

  it("fills a new file with a compliant skeleton from a snippet, and closes Nunjucks tags as the writer types", async () => {
    await vscode.step("open the new template", () => vscode.openFile("new.sms.msg.njk"));
    await vscode.step("insert the snippet", async () => {
      await vscode.editorLines("new.sms.msg.njk").click();
      await vscode.type("tactful-sms-collection-zh");
      await vscode.page.keyboard.press("Control+Space");
      await vscode.page.locator(".suggest-widget .monaco-list-row", { hasText: "tactful-sms-collection-zh" }).first().waitFor({ timeout: 20_000 });
      await vscode.page.keyboard.press("Enter");
      await vscode.page.keyboard.press("Escape");
    });
    await vscode.step("skeleton inserted", () => waitFor(async () => (await vscode.editorText("new.sms.msg.njk")).includes("【示例金融】{{ name | mask }}您好"), 20_000, () => "the snippet was not inserted"));
    await vscode.step("measured", () => vscode.statusBarItem(/UCS-2 · 2 segments/u).waitFor({ timeout: 30_000 }));
    await vscode.screenshot("7-snippet");
    expect((await vscode.problems()).filter((row) => row.includes("new.sms.msg.njk"))).toEqual([]);

    await vscode.step("auto-closing", async () => {
      // The skeleton's body is its line 16.
      await vscode.goToLineEnd(16);
      await vscode.page.keyboard.press("Enter");
      await vscode.type("{{ days");
    });
    const lastLine = async (): Promise<string | undefined> => (await vscode.editorText("new.sms.msg.njk")).trimEnd().split("\n").at(-1);
    await vscode.step("closed output", () => waitFor(async () => (await lastLine()) === "{{ days }}", 10_000, async () => `the last line is ${await lastLine()}`));
  });

  it("opens the documentation of the rule at the cursor, or of a rule the writer picks, from the pages inside the extension", async () => {
    await vscode.step("go to the finding", async () => {
      await vscode.openFile("threat.sms.msg.njk");
      await waitFor(async () => (await vscode.problems()).some((row) => row.includes("tactful/no-threats")), 60_000, () => "no no-threats finding");
      await vscode.goToLineEnd(20);
      await vscode.goToNextProblem(21);
    });
    await vscode.step("the rule at the cursor", () => vscode.runCommand("Tactful: Show Rule Documentation"));
    const threats = await vscode.step("its page", () => vscode.webviewFrame('h1:has-text("tactful/no-threats")', 60_000));
    expect(await threats.locator("h2").first().textContent()).toBe("Why");
    await vscode.screenshot("8-rule-at-cursor");

    await vscode.step("pick a rule", async () => {
      // From the Markdown preview there is no finding at a cursor: every rule is offered.
      const input = vscode.page.locator('.quick-input-widget .quick-input-box input[placeholder*="No Tactful finding at the cursor"]');
      // The command palette closing can hide the picker the command opens in the same widget: ask again once.
      await vscode.runCommand("Tactful: Show Rule Documentation");
      if (!(await input.waitFor({ timeout: 5_000 }).then(() => true, () => false))) {
        await vscode.page.keyboard.press("Escape");
        await vscode.runCommand("Tactful: Show Rule Documentation");
        await input.waitFor({ timeout: 10_000 });
      }
      await input.fill("tactful/sms-length");
      await vscode.page.locator('.quick-input-list .monaco-list-row[aria-label*="tactful/sms-length"]').first().waitFor({ timeout: 15_000 });
      await vscode.page.keyboard.press("Enter");
    });
    await vscode.step("its page", () => vscode.webviewFrame('h1:has-text("tactful/sms-length")', 60_000));
    await vscode.screenshot("9-rule-picked");
  });

  it("marks the example and the words of a finding in the preview", async () => {
    await vscode.step("open the threatening template and its preview", async () => {
      // The rule pages of the step before are editors too: start from none.
      await vscode.runCommand("View: Close All Editors");
      await vscode.openFile("threat.sms.msg.njk");
      await vscode.runCommand("Tactful: Open Preview to the Side");
    });
    const preview = await vscode.step("marked words", () => vscode.webviewFrame("mark.finding", 60_000));
    expect(await preview.locator("mark.finding").first().textContent()).toBe("上门");
    expect(await preview.locator(".example.flagged .findings li").first().textContent()).toMatch(/tactful\/no-threats/u);
    await vscode.screenshot("10-preview-marks");
  });

  it("turns the status bar into a warning when the worst-case SMS is over the segment budget", async () => {
    await vscode.step("open the long template", () => vscode.openFile("long.sms.msg.njk"));
    await vscode.step("warning", () => vscode.page.locator(".statusbar-item.warning-kind", { hasText: /segments/u }).waitFor({ timeout: 60_000 }));
    await vscode.screenshot("11-status-bar-over-budget");
  });

  it("wraps the message body, goes to a variable's declaration, renames it everywhere and outlines the template", async () => {
    await vscode.step("open the template", () => vscode.openFile("navigate.sms.msg.njk"));
    await vscode.step("word wrap", async () => {
      // 21 lines of text; the body's one long line takes several lines on screen.
      const lines = vscode.page.locator('.monaco-editor[data-uri$="/navigate.sms.msg.njk"] .view-lines .view-line');
      await waitFor(async () => (await lines.count()) > 22, 10_000, async () => `${await lines.count()} lines on screen: the body is not wrapped`);
    });
    await vscode.screenshot("12-word-wrap");
    await vscode.step("go to definition", async () => {
      await vscode.goToPosition(21, columnOf("{{ amount"), BODY);
      await vscode.page.keyboard.press("F12");
      await vscode.statusBarItem(/^Ln 13, Col 3$/u).waitFor({ timeout: 20_000 });
    });
    await vscode.screenshot("13-definition");
    await vscode.step("rename", async () => {
      await vscode.goToPosition(21, columnOf("{% if days"), BODY);
      await vscode.page.keyboard.press("F2");
      const input = vscode.page.locator(".rename-box input, .rename-box textarea").first();
      await input.waitFor({ timeout: 20_000 });
      await input.fill("overdue_days");
      await vscode.screenshot("14-rename");
      await vscode.page.keyboard.press("Enter");
      await waitFor(async () => (await vscode.editorText("navigate.sms.msg.njk")).includes("{% if overdue_days <= 3 %}"), 20_000, () => "the body was not renamed");
    });
    // The body, the examples' data and, above them, the declaration.
    const body = await vscode.editorText("navigate.sms.msg.njk");
    expect(body).toContain("overdue_days: 30");
    await vscode.goToLineEnd(11);
    const declarations = await vscode.editorText("navigate.sms.msg.njk");
    expect(declarations).toMatch(/^ {2}overdue_days: +\{ type: integer/mu);
    for (const text of [body, declarations]) expect(text).not.toMatch(/(?<![\w-])days(?![\w-])/u);
    const outline = await vscode.step("outline", async () => {
      await vscode.runCommand("Explorer: Focus on Outline View");
      // The outline lists only the rows it has room for: the folders' section makes way for it.
      await vscode.collapseView(".explorer-folders-view");
      const rows = vscode.page.locator(".outline-pane .monaco-list-row");
      await rows.filter({ hasText: "if overdue_days <= 3" }).first().waitFor({ timeout: 20_000 });
      // Each row's label is its name and, in brackets, its kind.
      return rows.evaluateAll((elements) => elements.map((element) => (element.getAttribute("aria-label") ?? "").replace(/ \(\w+\)$/u, "")));
    });
    await vscode.screenshot("15-outline");
    // The declarations, the examples, and the body's branches under the renamed name.
    expect(outline.slice(outline.indexOf("variables"))).toEqual(["variables", "name", "amount", "overdue_days", "repay_url", "examples", "typical", "later", "longest", "if overdue_days <= 3", "else"]);
  });

  it("finds a variable's references, links the URLs the template holds and folds the front matter", async () => {
    // The navigation template is the active editor since the step before.
    const editor = vscode.page.locator('.monaco-editor[data-uri$="/navigate.sms.msg.njk"]').first();
    await vscode.step("references", async () => {
      await vscode.goToPosition(21, columnOf("{{ amount"), BODY);
      await vscode.page.keyboard.press("Shift+F12");
      const rows = vscode.page.locator(".peekview-widget .ref-tree .monaco-list-row");
      // The declaration, the body's use and the three examples' data (one file: no row of its own).
      await waitFor(async () => (await rows.count()) >= 5, 20_000, async () => `${await rows.count()} rows in the references view`);
      const lines = await rows.evaluateAll((elements) => elements.map((element) => element.textContent ?? ""));
      expect(lines).toHaveLength(5);
      expect(lines.some((line) => /amount:\s+\{ type: number/u.test(line))).toBe(true);
      expect(lines.some((line) => line.includes("{{ amount | money }}"))).toBe(true);
      expect(lines.filter((line) => /amount: (?:1280\.5|356\.2|999999\.99)/u.test(line))).toHaveLength(3);
    });
    await vscode.screenshot("18-references");
    await vscode.page.keyboard.press("Escape");
    await vscode.step("links", async () => {
      // The examples' URLs, on screen; a link the editor wraps is shown in parts.
      await vscode.goToLineEnd(19);
      await editor.locator(".detected-link", { hasText: /^https:\/\/pay\./u }).first().waitFor({ timeout: 20_000 });
    });
    await vscode.step("fold the front matter", async () => {
      await vscode.goToLineEnd(1);
      await vscode.page.keyboard.press("Control+Shift+BracketLeft");
      // Indentation alone could not fold the front matter from its `---`: the server's range did.
      await waitFor(async () => !(await vscode.editorText("navigate.sms.msg.njk")).includes("id: collection.overdue-navigate"), 10_000, () => "the front matter is still shown");
      expect(await vscode.editorText("navigate.sms.msg.njk")).toContain("【示例金融】");
    });
    await vscode.screenshot("19-folded");
    await vscode.runCommand("Unfold All");
  });

  it("checks on save once the writer chooses it, restarts the server and shows its output", async () => {
    const editor = vscode.page.locator('.monaco-editor[data-uri$="/navigate.sms.msg.njk"]').first();
    const output = vscode.page.locator(".part.panel .view-line");
    const said = (text: RegExp): Promise<void> => output.filter({ hasText: text }).first().waitFor({ timeout: 60_000 });
    const settings = join(home, "workspace", ".vscode", "settings.json");
    mkdirSync(join(home, "workspace", ".vscode"), { recursive: true });
    await vscode.step("show the output", async () => {
      await vscode.runCommand("Tactful: Show Output");
      await said(/started;\sit\schecks\stemplates\sas\sthey\sare\styped/u);
    });
    await vscode.step("check on save", async () => {
      // code-server saves a file a second after the last key: that would be a save.
      writeFileSync(settings, `${JSON.stringify({ "tactful.run": "onSave", "files.autoSave": "off" })}\n`);
      await said(/now\schecks\stemplates\swhen\sthey\sare\ssaved/u);
    });
    await vscode.step("nothing while typing", async () => {
      await editor.locator(".view-lines").click();
      await vscode.goToLineEnd(21);
      await vscode.type("再不还款就上门找你。");
      // Long enough for a lint as the writer types (200 ms after the last key) to have shown.
      await vscode.page.waitForTimeout(3_000);
      expect(await editor.locator(".squiggly-error").count()).toBe(0);
    });
    await vscode.step("found on save", async () => {
      await vscode.page.keyboard.press("Control+S");
      await editor.locator(".squiggly-error").first().waitFor({ timeout: 30_000 });
    });
    await vscode.step("restart the server", async () => {
      await vscode.runCommand("Tactful: Restart Server");
      // The restarted server reads the setting as it starts; the channel keeps what the first one said.
      await said(/started;\sit\schecks\stemplates\swhen\sthey\sare\ssaved/u);
      expect(await output.filter({ hasText: /started;\sit\schecks\stemplates\sas\sthey\sare\styped/u }).count()).toBeGreaterThan(0);
      // It finds the saved threat again.
      await editor.locator(".squiggly-error").first().waitFor({ timeout: 60_000 });
    });
    await vscode.screenshot("20-output-restarted");
    await vscode.step("back to checking as the writer types", async () => {
      writeFileSync(settings, "{}\n");
      await said(/now\schecks\stemplates\sas\sthey\sare\styped/u);
      await editor.locator(".view-lines").click();
      for (let undo = 0; undo < 30 && (await vscode.editorText("navigate.sms.msg.njk")).includes("上门"); undo++) await vscode.page.keyboard.press("Control+Z");
      await waitFor(async () => (await editor.locator(".squiggly-error").count()) === 0, 30_000, () => "the finding stays after the threat was taken out");
      await vscode.page.keyboard.press("Control+S");
    });
  });

  it("speaks Simplified Chinese once the writer chooses it, and lints the whole workspace into the Problems panel", async () => {
    const threat = (rows: readonly string[]): string | undefined => rows.find((row) => row.includes("tactful/no-threats"));
    // The template with a threat is open since the preview's steps.
    await vscode.step("findings in English", () => waitFor(async () => /Threat/u.test(threat(await vscode.problems()) ?? ""), 60_000, () => "no threat listed in English"));
    await vscode.step("choose Simplified Chinese", async () => {
      mkdirSync(join(home, "workspace", ".vscode"), { recursive: true });
      writeFileSync(join(home, "workspace", ".vscode", "settings.json"), `${JSON.stringify({ "tactful.language": "zh-CN" })}\n`);
    });
    await vscode.step("findings in Chinese", () => waitFor(async () => /威胁/u.test(threat(await vscode.problems()) ?? ""), 60_000, async () => `the threat reads ${threat(await vscode.problems())}`));
    await vscode.step("lint the workspace", () => vscode.runCommand("Tactful: Lint Workspace"));
    await vscode.step("said in Chinese", () => vscode.page.locator(".notifications-toasts", { hasText: /Tactful 已检查 \d+ 个模板/u }).first().waitFor({ timeout: 60_000 }));
    await vscode.screenshot("17-chinese");
    await vscode.step("back to English", async () => {
      writeFileSync(join(home, "workspace", ".vscode", "settings.json"), "{}\n");
      await waitFor(async () => /Threat/u.test(threat(await vscode.problems()) ?? ""), 60_000, async () => `the threat reads ${threat(await vscode.problems())}`);
    });
  });

  it("fixes on the first save after the window is reloaded", async () => {
    await vscode.step("reload the window", () => vscode.reloadWindow());
    await vscode.step("open, type and save at once", async () => {
      await vscode.openFile("save-fix.sms.msg.njk");
      // Tactful is active (its item shows in the status bar); its server may still be starting.
      await vscode.statusBarItem(/^\s*Tactful$|segments/u).first().waitFor({ timeout: 60_000 });
      // The writer adds a word to the body and saves.
      await vscode.goToLineEnd(21);
      await vscode.type("谢谢");
      await vscode.page.keyboard.press("Control+S");
    });
    await vscode.step("fixed on save", async () => {
      const saved = (): string => readFileSync(join(home, "workspace", "templates", "save-fix.sms.msg.njk"), "utf8");
      await waitFor(async () => saved().includes("谢谢"), 60_000, () => "the template was not saved");
      expect(saved()).toContain("【示例金融】{{ name | mask }}您好");
      await waitFor(async () => !(await vscode.problems()).some((row) => row.includes("save-fix.sms.msg.njk")), 60_000, () => "the finding is still listed");
    });
    await vscode.screenshot("16-fixed-on-save");
  });
});
