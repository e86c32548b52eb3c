import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LspClient, uriOf } from "../../../test/support/lsp-client.js";

// The language server as the .vsix ships it: one bundle with ESLint, the plugin, the policy
// packs and the renderer, run from the unpacked package with nothing else beside it.
const root = fileURLToPath(new URL("../../..", import.meta.url));
const SAMPLE = readFileSync(join(root, "templates/zh-CN/collection/overdue-first-notice.sms.msg.njk"), "utf8");
const UNMASKED = SAMPLE.replace("{{ name | mask }}", "{{ name }}");

let unpacked: string;
let extension: string;
let workspace: string;
let server: string;

beforeAll(() => {
  const vsix = execFileSync(process.execPath, [join(root, "packages/vscode/scripts/package.mjs"), "--no-root-build"], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim().split("\n").at(-1)!;
  unpacked = mkdtempSync(join(tmpdir(), "tactful-vsix-"));
  for (const [name, content] of Object.entries(unzipSync(readFileSync(vsix)))) {
    if (name.endsWith("/")) continue;
    mkdirSync(dirname(join(unpacked, name)), { recursive: true });
    writeFileSync(join(unpacked, name), content);
  }
  extension = join(unpacked, "extension");
  server = join(extension, "dist/server/tactful-language-server.mjs");
  workspace = mkdtempSync(join(tmpdir(), "tactful-vsix-workspace-"));
}, 120_000);

afterAll(() => {
  rmSync(unpacked, { recursive: true, force: true });
  rmSync(workspace, { recursive: true, force: true });
});

describe("the server bundled in the .vsix", () => {
  it("ships alone: no node_modules, only its bundles and assets", () => {
    expect(existsSync(join(extension, "node_modules"))).toBe(false);
    const manifest = JSON.parse(readFileSync(join(extension, "package.json"), "utf8")) as { main: string; contributes: { snippets: Array<{ path: string }>; grammars: Array<{ path: string }> } };
    for (const path of [manifest.main, ...manifest.contributes.snippets.map((entry) => entry.path), ...manifest.contributes.grammars.map((entry) => entry.path)]) expect(existsSync(join(extension, path)), path).toBe(true);
  });

  it("lints with the built-in configuration, links each finding to its page inside the extension, and fixes", async () => {
    const client = await LspClient.start([workspace], { server });
    try {
      const uri = uriOf(join(workspace, "unmasked.sms.msg.njk"));
      await client.open(uri, UNMASKED);
      const [finding] = (await client.diagnostics(uri)).filter((diagnostic) => diagnostic.code === "tactful/pii-masking");
      expect(finding?.codeDescription?.href).toBe(pathToFileURL(join(extension, "docs/rules/pii-masking.md")).href);
      expect(readFileSync(fileURLToPath(finding!.codeDescription!.href), "utf8")).toMatch(/^# tactful\/pii-masking/);
      const fix = (await client.codeActions(uri, [finding!])).find((action) => action.isPreferred)!;
      const version = await client.apply(fix);
      expect(client.text(uri)).toBe(SAMPLE);
      expect(await client.diagnostics(uri, version)).toEqual([]);
    } finally {
      await client.stop();
    }
  });

  it("renders previews with the bundled renderer and measures the worst-case SMS", async () => {
    const client = await LspClient.start([workspace], { server });
    try {
      const uri = uriOf(join(workspace, "preview.sms.msg.njk"));
      await client.open(uri, SAMPLE);
      const preview = await client.connection.sendRequest<{ examples: Array<{ name: string; message?: { text: string } }>; worstCase: { encoding: string; segments: number } }>("tactful/preview", { textDocument: { uri } });
      expect(preview.examples.map((example) => example.name)).toEqual(["typical", "later", "longest"]);
      expect(preview.examples[0]!.message!.text).toMatch(/^【示例金融】张\*您好/u);
      expect(preview.worstCase).toMatchObject({ encoding: "UCS-2", segments: 2 });
    } finally {
      await client.stop();
    }
  });

  it("loads the workspace's own eslint.config.js when trusted, and not when untrusted", async () => {
    const project = join(workspace, "project");
    mkdirSync(project);
    const plugin = uriOf(join(root, "packages/eslint-plugin/dist/index.js"));
    writeFileSync(join(project, "eslint.config.js"), `import tactful from ${JSON.stringify(plugin)};\nexport default [tactful.configs.recommended, { rules: { "tactful/pii-masking": "off" } }];\n`);
    const uri = uriOf(join(project, "unmasked.sms.msg.njk"));
    const trusted = await LspClient.start([project], { server });
    const untrusted = await LspClient.start([project], { server, initializationOptions: { projectConfig: false } });
    try {
      await trusted.open(uri, UNMASKED);
      await untrusted.open(uri, UNMASKED);
      expect((await trusted.diagnostics(uri)).map((diagnostic) => diagnostic.code)).not.toContain("tactful/pii-masking");
      expect((await untrusted.diagnostics(uri)).map((diagnostic) => diagnostic.code)).toContain("tactful/pii-masking");
    } finally {
      await trusted.stop();
      await untrusted.stop();
    }
  });
});
