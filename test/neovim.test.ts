import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { LspClient, uriOf } from "./support/lsp-client.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const SERVER = join(root, "packages/language-server/bin/tactful-language-server.js");

/** Neovim from the system (scripts/install-test-tools.sh installs it); CI requires it. */
const nvim = spawnSync("nvim", ["--version"], { encoding: "utf8" }).status === 0;
if (!nvim) {
  if (process.env["TACTFUL_REQUIRE_TOOLS"]) throw new Error("nvim is not installed: run scripts/install-test-tools.sh");
  console.warn("Skipping the Neovim client test: nvim is not installed (scripts/install-test-tools.sh installs it).");
}

const SAMPLE = readFileSync(join(root, "templates/zh-CN/collection/overdue-first-notice.sms.msg.njk"), "utf8");
/** Findings after CJK text and an emoji, where UTF-16 and byte columns differ. */
const TEXT = SAMPLE.replace("{{ name | mask }}", "{{ name }}").replace("如非本人请忽略。", "😀再不还款就上门找你。如非本人请忽略。");

describe.skipIf(!nvim)("a second LSP client (Neovim)", () => {
  it("sees the diagnostics and code actions the protocol test sees, at the same places", async () => {
    const folder = mkdtempSync(join(tmpdir(), "tactful-nvim-"));
    const file = join(folder, "notice.sms.msg.njk");
    writeFileSync(file, TEXT);
    try {
      const out = join(folder, "out.txt");
      execFileSync("nvim", ["--headless", "-u", "NONE", "-i", "NONE", "-c", `luafile ${join(root, "test/neovim/smoke.lua")}`], {
        env: { ...process.env, TACTFUL_OUT: out, TACTFUL_SERVER: SERVER, TACTFUL_NODE: process.execPath, TACTFUL_ROOT: folder, TACTFUL_FILE: file },
        timeout: 60_000,
      });
      const lines = readFileSync(out, "utf8").trimEnd().split("\n");

      const client = await LspClient.start([folder]);
      try {
        const uri = uriOf(file);
        await client.open(uri, TEXT);
        const diagnostics = await client.diagnostics(uri);
        const textLines = TEXT.split("\n");
        // Neovim shows byte columns: the server's UTF-16 characters, counted in UTF-8.
        const bytes = (line: number, character: number): number => Buffer.byteLength(textLines[line]!.slice(0, character));
        const expected = diagnostics.map(
          // The smoke script writes one line per diagnostic: a message's line breaks become spaces.
          ({ range: { start, end }, code, message }) => `diagnostic ${start.line} ${bytes(start.line, start.character)} ${end.line} ${bytes(end.line, end.character)} ${code} ${String(message).replaceAll("\n", " ")}`,
        );
        expect(expected.map((line) => line.split(" ")[5])).toEqual(["tactful/pii-masking", "tactful/no-threats"]);
        expect(lines.filter((line) => line.startsWith("diagnostic "))).toEqual(expected);
        const onFirstLine = diagnostics.filter((diagnostic) => diagnostic.range.start.line === diagnostics[0]!.range.start.line);
        const actions = await client.codeActions(uri, onFirstLine);
        expect(lines.filter((line) => line.startsWith("action "))).toEqual(actions.map((action) => `action ${action.title}`));
        expect(actions.length).toBeGreaterThan(0);
      } finally {
        await client.stop();
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
