import { generateKeyPairSync } from "node:crypto";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleHash, compileTemplate, examplesOf, type ReleaseBundle } from "@tactful/renderer";
import { templateFiles } from "./support/annotations.js";
import { root, run, tactfulBin, toolAvailable } from "./support/tools.js";

/**
 * The compliance reviewer's report, opened in Debian's Chromium as a reviewer opens it from a
 * CI artifact: a file, offline. Screenshots go to test-artifacts/report/.
 */
const CHROMIUM = "/usr/bin/chromium";
const artifacts = join(root, "test-artifacts/report");
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const keys = generateKeyPairSync("ed25519");

const DUE_SOON = "zh-CN/reminder/due-soon.sms.msg.njk";
/** Added in release 2: an unused variable (a finding) and a waived finding, with markup in the waiver's reason. */
const WAIVER_REASON = 'the carrier requires the keyword on this route "><img src=x onerror=alert(1)> </iframe><script>alert(1)</script>';
const dueToday = (): string =>
  readFileSync(join(root, "templates", DUE_SOON), "utf8")
    .replace("id: reminder.due-soon", "id: reminder.due-today")
    .replace("  autopay:   { type: boolean", '  extra: { type: string, maxLength: 3, example: "x" }\n  autopay:   { type: boolean')
    .replace("【示例金融】", `{# tactful-disable-next-line no-marketing-opt-out-in-service -- ${WAIVER_REASON} #}\n【示例金融】`)
    .replace(/\n$/, "回T退订\n");

function tactful(args: string[], cwd: string, env: Record<string, string> = {}): string {
  const result = run(process.execPath, [tactfulBin, ...args], cwd, env);
  expect(result.output).not.toContain("internal error");
  expect(result.status, result.output).toBe(0);
  return result.stdout;
}

interface Opened {
  page: Page;
  /** Every request the page made, but the report file itself. */
  requests: string[];
  /** What the console reported as errors (a Content-Security-Policy violation is one). */
  errors: string[];
}

async function open(browser: Browser, file: string): Promise<Opened> {
  const url = pathToFileURL(file).href;
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const requests: string[] = [];
  const errors: string[] = [];
  page.on("request", (request) => void (request.url() === url || requests.push(request.url())));
  page.on("console", (message) => void (message.type() === "error" && errors.push(message.text())));
  page.on("pageerror", (error) => void errors.push(error.message));
  // Anything but the report itself would leave the page: refused, and recorded above.
  await page.route("**/*", (route) => (route.request().url() === url ? route.continue() : route.abort()));
  await page.goto(url);
  return { page, requests, errors };
}

/** axe-core's serious and critical violations. It is evaluated, not added as a script: the page's policy allows no other script. */
async function accessibilityProblems(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  // The sandboxed email frames run no script, so axe cannot look inside them; they have titles.
  const violations = (await page.evaluate(
    "axe.run(document, { iframes: false }).then((result) => result.violations.map((violation) => ({ id: violation.id, impact: violation.impact, targets: violation.nodes.slice(0, 3).map((node) => JSON.stringify(node.target)) })))",
  )) as Array<{ id: string; impact: string; targets: string[] }>;
  return violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical").map((violation) => `${violation.id}: ${violation.targets.join(", ")}`);
}

describe.runIf(toolAvailable("chromium", existsSync(CHROMIUM)))("the review report in Chromium", () => {
  let browser: Browser;
  let directory: string;
  let second: ReleaseBundle;
  let releaseOutput: string;

  beforeAll(async () => {
    rmSync(artifacts, { recursive: true, force: true });
    mkdirSync(artifacts, { recursive: true });
    directory = mkdtempSync(join(tmpdir(), "tactful-report-"));
    symlinkSync(join(root, "node_modules"), join(directory, "node_modules"), "dir");
    writeFileSync(join(directory, "key.pem"), keys.privateKey.export({ type: "pkcs8", format: "pem" }));
    tactful(["report", join(root, "templates"), "--out", "library-report", "--lang", "en"], directory);

    // Release 1 is the project's library; release 2 changes a template, removes one and adds one.
    cpSync(join(root, "templates"), join(directory, "lib"), { recursive: true });
    tactful(["release", "lib", "--out", "release-1.json", "--key", "key.pem"], directory);
    const dueSoon = join(directory, "lib", DUE_SOON);
    writeFileSync(dueSoon, readFileSync(dueSoon, "utf8").replace("如已还款请忽略，", "如已还款请忽略本短信，"));
    rmSync(join(directory, "lib/en-US/marketing/rate-offer.sms.msg.njk"));
    writeFileSync(join(directory, "lib/zh-CN/reminder/due-today.sms.msg.njk"), dueToday());
    releaseOutput = tactful(["release", "lib", "--out", "release-2.json", "--key", "key.pem", "--previous", "release-1.json", "--report", "release-report"], directory, { LANG: "zh_TW.UTF-8" });
    second = JSON.parse(readFileSync(join(directory, "release-2.json"), "utf8")) as ReleaseBundle;

    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"] });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("shows the library: every template, SMS segments as measured, email in a sandboxed frame; filters by keyboard; loads nothing", async () => {
    const { page, requests, errors } = await open(browser, join(directory, "library-report/index.html"));
    const library = templateFiles(join(root, "templates")).length;
    await expect.poll(() => page.locator("#template-index tbody tr").count()).toBe(library);
    await expect(page.locator("#sign-off").textContent()).resolves.toContain("not a release");

    const source = readFileSync(join(root, "templates", DUE_SOON), "utf8");
    const compiled = compileTemplate(source, { filePath: DUE_SOON });
    const longest = examplesOf(compiled).find((example) => example.name === "longest")!;
    const message = compiled.render(longest.data);
    if (message.channel !== "sms") throw new Error("due-soon is an SMS");
    expect(message.segments).toBeGreaterThan(1);
    const article = page.locator("article.template", { has: page.locator("h3", { hasText: "reminder.due-soon · zh-CN · sms" }) });
    const example = article.locator('[data-example="longest"]');
    await expect(example.locator(".bubble").textContent()).resolves.toBe(message.text);
    await expect(example.locator(".sms-measure").textContent()).resolves.toBe(`${message.encoding} · ${message.segments} segments · ${message.length} characters (${message.perSegment} per segment)`);

    // The email is in a frame with a sandbox that allows nothing, and it rendered there.
    const frame = page.locator('iframe[sandbox=""]').first();
    await expect(frame.getAttribute("title")).resolves.toMatch(/^Email body of example/);
    const frameTexts = await Promise.all(page.frames().slice(1).map((child) => child.locator("body").textContent()));
    expect(frameTexts.some((text) => text?.includes("We received your payment"))).toBe(true);

    // Keyboard: the skip link comes first, then the filter narrows the index and says how many are shown.
    await page.keyboard.press("Tab");
    await expect(page.evaluate("document.activeElement.textContent")).resolves.toBe("Skip to the templates");
    await page.locator("#filter-words").focus();
    await page.keyboard.type("rate-offer");
    await expect(page.locator("#filter-status").textContent()).resolves.toBe(`2 of ${library} templates shown`);
    await expect(page.locator("#template-index tbody tr:visible").count()).resolves.toBe(2);
    await page.screenshot({ path: join(artifacts, "library-filtered.png") });
    await page.locator("#filter-words").fill("");
    await article.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(artifacts, "library-sms.png") });

    expect(await accessibilityProblems(page)).toEqual([]);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("shows the release: the hash to approve, its identity, findings, waivers and what changed since release 1", async () => {
    // LANG chose the language of the command's own output too.
    expect(releaseOutput).toContain(`待核准的發布包雜湊為 ${bundleHash(second)}`);
    const { page, requests, errors } = await open(browser, join(directory, "release-report/index.html"));
    // LANG chose the language of the page's own text.
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("zh-TW");
    await expect(page.locator("h1").textContent()).resolves.toBe("第 2 版發布：審閱報告");
    await expect(page.locator("#bundle-hash").textContent()).resolves.toBe(bundleHash(second));
    const identity = await page.locator("#release").textContent();
    expect(identity).toContain(second.signature!.keyId);
    for (const pack of second.policies) expect(identity).toContain(`${pack.id} ${pack.version}`);

    const added = page.locator("article.template", { has: page.locator("h3", { hasText: "reminder.due-today · zh-CN · sms" }) });
    const finding = added.locator("table.findings tbody tr");
    await expect(finding.count()).resolves.toBe(1);
    await expect(finding.textContent()).resolves.toContain("`extra` 已在 `variables` 中宣告但從未使用");
    await expect(finding.locator("td").nth(3).textContent()).resolves.toBe("tactful/no-unused-variables");
    await expect(finding.locator("td").nth(4).textContent()).resolves.toContain("template format v1");
    const waiver = added.locator("table.waivers tbody tr");
    await expect(waiver.locator("td").nth(3).textContent()).resolves.toBe(WAIVER_REASON);
    await expect(waiver.locator("td").nth(4).textContent()).resolves.toBe("1");
    // The markup in the waiver's reason stayed text.
    await expect(page.locator("script").count()).resolves.toBe(1);
    await expect(page.locator("img").count()).resolves.toBe(0);

    const changes = page.locator("#changes");
    await expect(changes.locator("h3", { hasText: "新增" }).locator("+ ul").textContent()).resolves.toBe("reminder.due-today · zh-CN · sms");
    await expect(changes.locator("h3", { hasText: "刪除" }).locator("+ ul").textContent()).resolves.toBe("marketing.rate-offer · en-US · sms");
    const changed = changes.locator("section.change");
    await expect(changed.count()).resolves.toBe(1);
    await expect(changed.locator("h3").textContent()).resolves.toBe("reminder.due-soon · zh-CN · sms");
    await expect(changed.locator("pre.diff del").textContent()).resolves.toContain("- 【示例金融】您尾号");
    await expect(changed.locator("pre.diff ins").textContent()).resolves.toContain("如已还款请忽略本短信，");
    // Each example's message, word by word: what was added in every one of them.
    await expect(changed.locator("p.diff-text").count()).resolves.toBe(3);
    for (const text of await changed.locator("p.diff-text ins").allTextContents()) expect(text).toContain("本短信");
    await changed.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(artifacts, "release-changes.png") });
    await added.locator("table.findings").scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(artifacts, "release-findings.png") });
    // Printed for the file: without the navigation and the filters.
    await page.emulateMedia({ media: "print" });
    await expect(page.locator("nav.contents").isVisible()).resolves.toBe(false);
    await expect(page.locator("#filters").isVisible()).resolves.toBe(false);
    await expect(page.locator("#bundle-hash").isVisible()).resolves.toBe(true);
    await page.screenshot({ path: join(artifacts, "release-print.png") });
    await page.emulateMedia({ media: "screen" });

    expect(await accessibilityProblems(page)).toEqual([]);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe("tactful report: what it refuses, and what is not a change", () => {
  const workspace = (): string => {
    const directory = mkdtempSync(join(tmpdir(), "tactful-report-"));
    symlinkSync(join(root, "node_modules"), join(directory, "node_modules"), "dir");
    cpSync(join(root, "templates/zh-CN/reminder"), join(directory, "lib"), { recursive: true });
    return directory;
  };

  it("refuses an earlier release that does not verify, a missing library, a report directory that is a file and an unknown language (exit 2, nothing written)", () => {
    const directory = workspace();
    writeFileSync(join(directory, "key.pem"), keys.privateKey.export({ type: "pkcs8", format: "pem" }));
    tactful(["release", "lib", "--out", "release.json", "--key", "key.pem"], directory);
    writeFileSync(join(directory, "release.json"), readFileSync(join(directory, "release.json"), "utf8").replace("如已还款请忽略", "如已还款请勿忽略"));
    const cases: Array<[string[], string]> = [
      [["report", "lib", "--out", "out", "--since", "release.json"], "tactful: --since: release.json has an invalid signature: it was changed after it was signed\n"],
      [["report", "missing", "--out", "out"], "tactful: no such directory: missing\n"],
      [["release", "lib", "--out", "next.json", "--since", "release.json"], "tactful: --since compares the report with an earlier release: give --report too\n"],
      [["release", "lib", "--out", "next.json", "--report", "key.pem"], "tactful: --report: key.pem is not a directory\n"],
    ];
    for (const [args, stderr] of cases) {
      const result = run(process.execPath, [tactfulBin, ...args], directory);
      expect(result.stderr).toBe(stderr);
      expect(result.status).toBe(2);
    }
    const language = run(process.execPath, [tactfulBin, "report", "lib", "--out", "out", "--lang", "fr"], directory);
    expect(language.stderr).toContain("argument 'fr' is invalid. Allowed choices are en, zh-CN, zh-TW.");
    expect(language.status).toBe(2);
    expect(existsSync(join(directory, "out"))).toBe(false);
    expect(existsSync(join(directory, "next.json"))).toBe(false);
  });

  it("does not show a template checked out with CRLF line endings as changed since the release made from LF", () => {
    const directory = workspace();
    tactful(["release", "lib", "--out", "release.json"], directory);
    const file = join(directory, "lib/due-soon.sms.msg.njk");
    writeFileSync(file, readFileSync(file, "utf8").replace(/\n/g, "\r\n"));
    expect(tactful(["report", "lib", "--out", "out", "--since", "release.json", "--lang", "en"], directory)).toBe("Wrote the review report of 1 template to out/index.html.\n");
    const html = readFileSync(join(directory, "out/index.html"), "utf8");
    expect(html).toContain("Changes since release 1");
    expect(html).not.toContain('class="change"');
  });
});
