import { execFileSync, fork, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TextDocument } from "vscode-languageserver-textdocument";
import { createMessageConnection, IPCMessageReader, IPCMessageWriter } from "vscode-jsonrpc/node";
import {
  CodeActionRequest,
  CompletionRequest,
  DefinitionRequest,
  DiagnosticSeverity,
  DidSaveTextDocumentNotification,
  DidChangeConfigurationNotification,
  DocumentLinkRequest,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  HoverRequest,
  ErrorCodes,
  FileChangeType,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  type Diagnostic,
  type PublishDiagnosticsParams,
  type TextEdit,
} from "vscode-languageserver-protocol";
import { lintTemplates } from "@tactful/cli";
import { compileTemplate, examplesOf } from "@tactful/renderer";
import { LspClient, uriOf } from "./support/lsp-client.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const read = (path: string): string => readFileSync(join(root, path), "utf8");

const SAMPLE = read("templates/zh-CN/collection/overdue-first-notice.sms.msg.njk");
/** The sample with its name unmasked: `pii-masking` reports it and its fix adds `| mask`. */
const UNMASKED = SAMPLE.replace("{{ name | mask }}", "{{ name }}");
/** The sample with a threat after an emoji: `no-threats` reports it and suggests a rewording. */
const THREAT = SAMPLE.replace("如非本人请忽略。", "😀再不还款就上门找你。如非本人请忽略。");

let workspace: string;
let client: LspClient;

beforeAll(async () => {
  workspace = mkdtempSync(join(tmpdir(), "tactful-lsp-"));
  mkdirSync(join(workspace, "templates"));
  client = await LspClient.start([workspace]);
});

afterAll(async () => {
  await client?.stop();
  rmSync(workspace, { recursive: true, force: true });
});

const file = (name: string): string => join(workspace, "templates", name);
/** Where the CLI's copy of an open document goes: another library, so the two are not duplicates of each other. */
const cliCopy = (name: string): string => join(mkdtempSync(join(tmpdir(), "tactful-lsp-cli-")), name);

/** What `tactful lint` reports for the same text, as 0-based LSP ranges. */
async function cliFindings(path: string, text: string): Promise<string[]> {
  writeFileSync(path, text);
  const run = await lintTemplates([path], { cwd: workspace, library: false });
  return run.results[0]!.messages.map((message) => `${message.ruleId} ${message.line - 1}:${message.column - 1}-${(message.endLine ?? message.line) - 1}:${(message.endColumn ?? message.column) - 1}`);
}

const shown = (diagnostics: Diagnostic[]): string[] => diagnostics.map((diagnostic) => `${diagnostic.code} ${diagnostic.range.start.line}:${diagnostic.range.start.character}-${diagnostic.range.end.line}:${diagnostic.range.end.character}`);

describe("diagnostics", () => {
  it("publishes what `tactful lint` finds, at the same UTF-16 positions, for unsaved text with CJK and emoji", async () => {
    const uri = uriOf(file("threat.sms.msg.njk"));
    await client.open(uri, THREAT);
    const diagnostics = await client.diagnostics(uri);
    expect(shown(diagnostics)).toEqual(await cliFindings(cliCopy("threat-on-disk.sms.msg.njk"), THREAT));
    const threat = diagnostics.find((diagnostic) => diagnostic.code === "tactful/no-threats")!;
    expect(TextDocument.create(uri, "", 1, THREAT).getText(threat.range)).toBe("上门");
    expect(threat.severity).toBe(DiagnosticSeverity.Error);
    expect(threat.codeDescription?.href).toMatch(/no-threats\.md$/);
    await client.close(uri);
  });

  it("lints each edit, and only the newest of a burst of edits", async () => {
    const uri = uriOf(file("burst.sms.msg.njk"));
    await client.open(uri, SAMPLE);
    expect(await client.diagnostics(uri)).toEqual([]);
    const slow = await LspClient.start([workspace], { debounceMs: 100 });
    try {
      await slow.open(uri, SAMPLE);
      await slow.diagnostics(uri);
      for (let edit = 0; edit < 10; edit++) await slow.edit(uri, [{ range: { start: slow.positionOf(uri, "如非本人"), end: slow.positionOf(uri, "如非本人") }, newText: "骗子" }]);
      const last = slow.version(uri);
      const diagnostics = await slow.diagnostics(uri, last);
      expect(diagnostics.map((diagnostic) => diagnostic.code)).toContain("tactful/no-abusive-language");
      // The versions in between were never linted: their results would be stale.
      expect(slow.published.filter((params) => params.uri === uri).map((params) => params.version)).toEqual([1, last]);
    } finally {
      await slow.stop();
    }
    await client.close(uri);
  });

  it("clears a closed document's diagnostics", async () => {
    const uri = uriOf(file("closing.sms.msg.njk"));
    await client.open(uri, UNMASKED);
    expect(await client.diagnostics(uri)).not.toEqual([]);
    await client.close(uri);
    await expect.poll(() => client.published.findLast((params) => params.uri === uri)?.diagnostics).toEqual([]);
  });
});

describe("diagnostics in the editor's display language", () => {
  /** The sample without its wrong-recipient line, and with a threat: findings of two rules. */
  const FINDINGS = THREAT.replace("如非本人请忽略。", "");

  for (const [locale, expected, absent] of [
    ["zh-cn", ["威胁：“上门”。", "消息没有告诉非本人收件者该怎么做"], ["威脅", "Threat"]],
    ["zh-tw", ["威脅：「上门」。", "訊息沒有告知非本人收件者該如何處理"], ["威胁", "Threat"]],
  ] as const) {
    it(`speaks ${locale} to a client whose locale is ${locale}, with the rules' own codes`, async () => {
      const speaker = await LspClient.start([workspace], { locale });
      try {
        const uri = uriOf(file(`${locale}.sms.msg.njk`));
        await speaker.open(uri, FINDINGS);
        const diagnostics = await speaker.diagnostics(uri);
        const messages = diagnostics.map((diagnostic) => diagnostic.message).join("\n");
        expect(diagnostics.map((diagnostic) => diagnostic.code)).toEqual(expect.arrayContaining(["tactful/no-threats", "tactful/recipient-identification"]));
        for (const text of expected) expect(messages).toContain(text);
        const firstLines = diagnostics.map((diagnostic) => String(diagnostic.message).split("\n")[0]).join("\n");
        for (const text of absent) expect(firstLines).not.toContain(text);
        // Not a word of the English messages on a first line.
        for (const diagnostic of diagnostics) expect(String(diagnostic.message).split("\n")[0]).not.toMatch(/\b(?:the|is|not|message)\b/iu);
      } finally {
        await speaker.stop();
      }
    });
  }
});

describe("the client's output", () => {
  it("says which server started and how it checks, and when that changes, in the editor's display language", async () => {
    for (const [locale, run, expected] of [
      ["en", "onType", /^Tactful language server \d+\.\d+\.\d+ started; it checks templates as they are typed \(workspace folders: 1\)\.$/u],
      ["zh-cn", "onSave", /^Tactful 语言服务器 \d+\.\d+\.\d+ 已启动，保存时检查模板（工作区文件夹：1 个）。$/u],
    ] as const) {
      const speaker = await LspClient.start([workspace], { locale, initializationOptions: { run } });
      try {
        await expect.poll(() => speaker.logged).toEqual([expect.stringMatching(expected)]);
        if (locale === "en") {
          await speaker.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { tactful: { run: "onSave" } } });
          await expect.poll(() => speaker.logged.at(-1)).toBe("Tactful now checks templates when they are saved.");
        }
      } finally {
        await speaker.stop();
      }
    }
  });
});

describe("the parser's problems in the editor's display language", () => {
  it("are said in zh-CN: the front matter's, and a body that does not parse", async () => {
    const speaker = await LspClient.start([workspace], { locale: "zh-cn" });
    try {
      const schema = uriOf(file("schema-zh.sms.msg.njk"));
      await speaker.open(schema, SAMPLE.replace("channel: sms", "channel: SMS"));
      expect((await speaker.diagnostics(schema)).map((diagnostic) => diagnostic.message)).toContain("头部信息不符合模板格式：`channel` 必须是 sms, email, push 之一（当前为 `SMS`）。");
      const broken = uriOf(file("broken-zh.sms.msg.njk"));
      await speaker.open(broken, `${SAMPLE.trimEnd()}{{ name `);
      const [diagnostic] = await speaker.diagnostics(broken);
      expect(diagnostic!.message).toMatch(/^无法解析：模板语法错误（.+）$/u);
    } finally {
      await speaker.stop();
    }
  });
});

describe("code actions", () => {
  it("applies a fix, and the finding is gone", async () => {
    const uri = uriOf(file("fix.sms.msg.njk"));
    await client.open(uri, UNMASKED);
    const [finding] = (await client.diagnostics(uri)).filter((diagnostic) => diagnostic.code === "tactful/pii-masking");
    const actions = await client.codeActions(uri, [finding!]);
    const fix = actions.find((action) => action.isPreferred)!;
    expect(fix.title).toMatch(/^Fix: /);
    const version = await client.apply(fix);
    expect(client.text(uri)).toBe(SAMPLE);
    expect(await client.diagnostics(uri, version)).toEqual([]);
    await client.close(uri);
  });

  it("offers the pack's compliant wording as a suggestion", async () => {
    const uri = uriOf(file("reword.sms.msg.njk"));
    await client.open(uri, THREAT);
    const threat = (await client.diagnostics(uri)).find((diagnostic) => diagnostic.code === "tactful/no-threats")!;
    const reword = (await client.codeActions(uri, [threat])).find((action) => action.title.startsWith("Reword"))!;
    const version = await client.apply(reword);
    // The sentence with the threat, emoji included, is replaced.
    expect(client.text(uri)).toContain("400-000-0000。为避免产生更多逾期费用，请尽快还款或联系我们协商还款安排。如非本人请忽略。");
    expect((await client.diagnostics(uri, version)).map((diagnostic) => diagnostic.code)).not.toContain("tactful/no-threats");
    await client.close(uri);
  });

  it("disables a rule on a line only once the writer gives a reason", async () => {
    const uri = uriOf(file("waiver.sms.msg.njk"));
    await client.open(uri, THREAT);
    const threat = (await client.diagnostics(uri)).find((diagnostic) => diagnostic.code === "tactful/no-threats")!;
    const disable = (await client.codeActions(uri, [threat])).find((action) => action.title.startsWith("Disable tactful/no-threats"))!;
    let version = await client.apply(disable);
    const waiting = await client.diagnostics(uri, version);
    expect(waiting.map((diagnostic) => diagnostic.code ?? diagnostic.message)).toEqual(expect.arrayContaining(["tactful/no-threats", expect.stringMatching(/needs a reason/)]));
    const reasonAt = client.positionOf(uri, "--  -#}", 3);
    version = await client.edit(uri, [{ range: { start: reasonAt, end: reasonAt }, newText: "quoted from the customer's own complaint" }]);
    expect(await client.diagnostics(uri, version)).toEqual([]);
    // The directive adds nothing to the message.
    const template = compileTemplate(client.text(uri));
    expect(template.render(examplesOf(template)[0]!.data)).toMatchObject({ channel: "sms" });
    await client.close(uri);
  });

  it("fixes everything at once as `tactful lint --fix` does", async () => {
    const uri = uriOf(file("fix-all.sms.msg.njk"));
    const text = UNMASKED.replace("sender: { name: 示例金融, role: creditor }", "sender: { name: 示例金融, role: creditor }\n");
    await client.open(uri, text);
    await client.diagnostics(uri);
    const [fixAll] = await client.codeActions(uri, [], ["source.fixAll"]);
    expect(fixAll?.kind).toBe("source.fixAll.tactful");
    await client.apply(fixAll!);
    const onDisk = cliCopy("fix-all-on-disk.sms.msg.njk");
    writeFileSync(onDisk, text);
    await lintTemplates([onDisk], { cwd: workspace, fix: true, library: false });
    expect(client.text(uri)).toBe(readFileSync(onDisk, "utf8"));
    await client.close(uri);
  });
});

describe("completion", () => {
  const uri = (): string => uriOf(file("complete.sms.msg.njk"));

  it("offers declared variables inside an output and filters after `|`", async () => {
    await client.open(uri(), SAMPLE.replace("{{ days }}天", "{{ da }}天{{ amount | }}"));
    const variables = await client.complete(uri(), client.positionOf(uri(), "{{ da }}", 5));
    expect(variables.map((item) => item.label)).toEqual(["name", "amount", "days", "repay_url"]);
    expect(variables.find((item) => item.label === "days")!.textEdit).toMatchObject({ newText: "days", range: { start: { character: client.positionOf(uri(), "{{ da }}", 3).character } } });
    const filters = await client.complete(uri(), client.positionOf(uri(), "{{ amount | }}", 11));
    expect(filters.map((item) => item.label)).toEqual(["money", "date", "number", "mask"]);
    expect(filters[0]!.detail).toContain("money");
    await client.close(uri());
  });

  it("offers front-matter keys, enum values with their meaning, and the variables an example sets", async () => {
    const text = SAMPLE.replace("send: {", "au\nsend: {").replace("role: creditor }", "role:  }").replace("data: { name: 张三,", "data: { name: 张三, ");
    await client.open(uri(), text);
    const keys = (await client.complete(uri(), client.positionOf(uri(), "au\n", 2))).map((item) => item.label);
    expect(keys).toEqual(expect.arrayContaining(["subject", "title", "jurisdiction"]));
    expect(keys).not.toContain("channel");
    const roles = await client.complete(uri(), client.positionOf(uri(), "role:  }", 6));
    expect(roles.map((item) => item.label)).toEqual(["creditor", "collection-agency"]);
    const exampleKeys = await client.complete(uri(), client.positionOf(uri(), "张三, ", 4));
    expect(exampleKeys.map((item) => item.label)).toEqual(["amount", "days", "repay_url"]);
    const variableRoles = await client.complete(uri(), client.positionOf(uri(), "role: recipient-name", 6));
    const amountDue = variableRoles.find((item) => item.label === "amount-due")!;
    expect(amountDue.documentation).toBe("the amount owed");
    await client.close(uri());
  });
});

describe("hover", () => {
  it("explains a finding with its rule and legal source, and a variable with its declaration", async () => {
    const uri = uriOf(file("hover.sms.msg.njk"));
    await client.open(uri, THREAT);
    const threat = (await client.diagnostics(uri)).find((diagnostic) => diagnostic.code === "tactful/no-threats")!;
    const finding = await client.hover(uri, threat.range.start);
    expect(finding?.contents).toMatchObject({ kind: "markdown", value: expect.stringContaining("*Source (CN):*") });
    expect(JSON.stringify(finding?.contents)).toContain("治安管理处罚法");
    const variable = await client.hover(uri, client.positionOf(uri, "{{ amount", 4));
    expect(JSON.stringify(variable?.contents)).toContain("role amount-due");
    expect(JSON.stringify(variable?.contents)).toContain("maximum: 999999.99");
    await client.close(uri);
  });
});

describe("preview", () => {
  it("renders every example as the renderer does, with the worst-case SMS", async () => {
    const uri = uriOf(file("preview.sms.msg.njk"));
    await client.open(uri, SAMPLE);
    const preview = await client.connection.sendRequest<{ examples: Array<{ name: string; message: unknown }>; worstCase: { segments: number; encoding: string } }>("tactful/preview", { textDocument: { uri } });
    const compiled = compileTemplate(SAMPLE);
    expect(preview.examples).toEqual(examplesOf(compiled).map((example) => expect.objectContaining({ name: example.name, message: compiled.render(example.data) })));
    expect(preview.worstCase).toMatchObject({ encoding: "UCS-2", segments: 2 });
    await client.close(uri);
  });

  it("marks the examples that show a finding, with its words, and says when the worst case is over the segment budget", async () => {
    const uri = uriOf(file("preview-marks.sms.msg.njk"));
    const text = THREAT.replace("{% if days <= 3 %}", "请按时还款，".repeat(30) + "{% if days <= 3 %}");
    await client.open(uri, text);
    type Marked = { examples: Array<{ name: string; findings?: Array<{ ruleId: string; words?: string }> }>; worstCase: { overBudget?: string } };
    const preview = await client.connection.sendRequest<Marked>("tactful/preview", { textDocument: { uri } });
    for (const example of preview.examples) expect(example.findings, example.name).toEqual(expect.arrayContaining([expect.objectContaining({ ruleId: "tactful/no-threats", words: "上门" })]));
    expect(preview.worstCase.overBudget).toMatch(/segments/u);
    await client.replace(uri, SAMPLE);
    const clean = await client.connection.sendRequest<Marked>("tactful/preview", { textDocument: { uri } });
    expect(clean.examples.flatMap((example) => example.findings ?? [])).toEqual([]);
    expect(clean.worstCase.overBudget).toBeUndefined();
    await client.close(uri);
  });

  it("says why a template cannot be rendered, with positions", async () => {
    const uri = uriOf(file("unsafe.sms.msg.njk"));
    await client.open(uri, SAMPLE.replace("{{ days }}", "{{ days.constructor }}"));
    const preview = await client.connection.sendRequest<{ channel: null; problems: Array<{ message: string; range: unknown }> }>("tactful/preview", { textDocument: { uri } });
    expect(preview.channel).toBeNull();
    expect(preview.problems).toEqual([{ message: expect.stringContaining("`constructor` is not allowed"), range: { start: client.positionOf(uri, "constructor"), end: client.positionOf(uri, "constructor", 11) } }]);
    await client.close(uri);
  });

  it("answers a preview of a document that is not open with an error, and keeps serving", async () => {
    await expect(client.connection.sendRequest("tactful/preview", { textDocument: { uri: "file:///nowhere.msg.njk" } })).rejects.toMatchObject({ code: ErrorCodes.InvalidParams });
    await expect(client.connection.sendRequest("tactful/preview", { nonsense: true })).rejects.toMatchObject({ code: ErrorCodes.InvalidParams });
    const uri = uriOf(file("after-error.sms.msg.njk"));
    await client.open(uri, UNMASKED);
    expect((await client.diagnostics(uri)).length).toBeGreaterThan(0);
    await client.close(uri);
  });
});

describe("across the library", () => {
  it("reports a template whose id another template in the workspace already has", async () => {
    writeFileSync(file("a-first.sms.msg.njk"), SAMPLE);
    const library = await LspClient.start([workspace]);
    try {
      const uri = uriOf(file("b-second.sms.msg.njk"));
      await library.open(uri, SAMPLE);
      await expect.poll(async () => (await library.diagnostics(uri, library.version(uri))).map((diagnostic) => diagnostic.code), { timeout: 20_000 }).toContain("tactful/unique-template-id");
    } finally {
      await library.stop();
      rmSync(file("a-first.sms.msg.njk"));
    }
  });

  it("leaves out a draft the workspace's eslint.config.js ignores, and still reports a template it does not ignore", async () => {
    const project = mkdtempSync(join(tmpdir(), "tactful-lsp-drafts-"));
    const pluginEntry = uriOf(join(root, "packages/eslint-plugin/dist/index.js"));
    writeFileSync(join(project, "eslint.config.js"), `import tactful from ${JSON.stringify(pluginEntry)};\nexport default [{ ignores: ["drafts/**"] }, tactful.configs.recommended];\n`);
    mkdirSync(join(project, "drafts"));
    writeFileSync(join(project, "drafts/a-draft.sms.msg.njk"), SAMPLE);
    const library = await LspClient.start([project]);
    try {
      const uri = uriOf(join(project, "b-second.sms.msg.njk"));
      await library.open(uri, SAMPLE);
      expect((await library.diagnostics(uri, library.version(uri))).map((diagnostic) => diagnostic.code)).not.toContain("tactful/unique-template-id");
      writeFileSync(join(project, "c-published.sms.msg.njk"), SAMPLE);
      await library.filesChanged([{ uri: uriOf(join(project, "c-published.sms.msg.njk")), type: FileChangeType.Created }]);
      await expect.poll(async () => (await library.diagnostics(uri, library.version(uri))).map((diagnostic) => diagnostic.code), { timeout: 20_000 }).toContain("tactful/unique-template-id");
    } finally {
      await library.stop();
    }
  });

  it("indexes a workspace with a link to /dev/zero, a FIFO and a directory link loop: each template once, and the server keeps serving", async () => {
    const project = mkdtempSync(join(tmpdir(), "tactful-lsp-hostile-"));
    writeFileSync(join(project, "a-first.sms.msg.njk"), SAMPLE);
    symlinkSync("/dev/zero", join(project, "zero.sms.msg.njk"));
    execFileSync("mkfifo", [join(project, "pipe.sms.msg.njk")]);
    symlinkSync(".", join(project, "again"), "dir");
    const library = await LspClient.start([project]);
    try {
      const uri = uriOf(join(project, "b-second.sms.msg.njk"));
      await library.open(uri, SAMPLE);
      const duplicates = async (): Promise<string[]> =>
        (await library.diagnostics(uri, library.version(uri))).filter((diagnostic) => diagnostic.code === "tactful/unique-template-id").map((diagnostic) => String(diagnostic.message));
      await expect.poll(duplicates, { timeout: 30_000 }).toEqual([expect.stringMatching(/ channel sms: a-first\.sms\.msg\.njk\.\n/)]);
    } finally {
      await library.stop();
      rmSync(project, { recursive: true, force: true });
    }
  });
});

describe("transports", () => {
  it("serves over node IPC as well as stdio, as VS Code starts it", async () => {
    const child = fork(join(root, "packages/language-server/bin/tactful-language-server.js"), ["--node-ipc"], { stdio: ["ignore", "ignore", "pipe", "ipc"], env: { ...process.env, TACTFUL_LSP_DEBOUNCE_MS: "0" } });
    const connection = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    const published = new Promise<PublishDiagnosticsParams>((resolve) => connection.onNotification(PublishDiagnosticsNotification.type, resolve));
    connection.listen();
    try {
      const initialized = await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: uriOf(workspace), capabilities: {}, workspaceFolders: null });
      expect(initialized.serverInfo?.name).toBe("tactful-language-server");
      await connection.sendNotification(InitializedNotification.type, {});
      const uri = uriOf(file("ipc.sms.msg.njk"));
      await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: "tactful-template", version: 1, text: UNMASKED.replace("overdue-first-notice", "ipc") } });
      expect((await published).diagnostics.map((diagnostic) => diagnostic.code)).toEqual(["tactful/pii-masking"]);
    } finally {
      connection.dispose();
      child.kill();
    }
  });
});

describe("raw messages over stdio", () => {
  /** The built server over stdio, spoken to byte for byte. */
  function rawServer(): { write: (text: string) => void; frame: (message: object) => string; stdout: () => string; stderr: () => string; exited: Promise<number | null>; kill: () => void } {
    const child = spawn(process.execPath, [join(root, "packages/language-server/bin/tactful-language-server.js"), "--stdio"], { stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const frame = (message: object): string => {
      const body = JSON.stringify({ jsonrpc: "2.0", ...message });
      return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
    };
    return {
      write: (text) => child.stdin.write(text),
      frame,
      stdout: () => stdout,
      stderr: () => stderr,
      exited: new Promise((resolve) => child.on("exit", resolve)),
      kill: () => child.kill(),
    };
  }

  it("answers null params to hover, completion and code actions with InvalidParams", async () => {
    const server = rawServer();
    try {
      server.write(server.frame({ id: 1, method: "initialize", params: { processId: null, rootUri: null, capabilities: {} } }));
      for (const [id, method] of [[2, "textDocument/hover"], [3, "textDocument/completion"], [4, "textDocument/codeAction"]] as const) server.write(server.frame({ id, method, params: null }));
      const answer = (id: number): { code: number; message: string } | undefined =>
        server.stdout().split(/Content-Length: \d+\r\n\r\n/).flatMap((body) => (body ? [JSON.parse(body) as { id?: number; error?: { code: number; message: string } }] : [])).find((message) => message.id === id)?.error;
      await expect.poll(() => answer(4), { timeout: 20_000 }).toBeDefined();
      for (const id of [2, 3, 4]) {
        expect(answer(id)?.code, String(id)).toBe(ErrorCodes.InvalidParams);
        expect(answer(id)?.message).toMatch(/`textDocument\.uri` must be a string$/);
      }
    } finally {
      server.kill();
    }
  });

  it("stops with a clear message on a Content-Length it cannot read, instead of going silent", async () => {
    const server = rawServer();
    try {
      server.write(server.frame({ id: 1, method: "initialize", params: { processId: null, rootUri: null, capabilities: {} } }));
      await expect.poll(server.stdout, { timeout: 20_000 }).toContain('"id":1');
      const shutdown = JSON.stringify({ jsonrpc: "2.0", id: 2, method: "shutdown" });
      server.write(`Content-Length: 1e2\r\n\r\n${shutdown}${server.frame({ id: 3, method: "shutdown" })}`);
      const code = await Promise.race([server.exited, new Promise<string>((resolve) => setTimeout(() => resolve("still running"), 20_000))]);
      expect(code).toBe(1);
      expect(server.stderr()).toContain('tactful-language-server: the client sent a message header without a valid Content-Length ("Content-Length: 1e2"); the messages after it cannot be told apart, so the server stops.');
    } finally {
      server.kill();
    }
  });
});

describe("watching the workspace", () => {
  it("lints open templates again when the configuration or another template changes on disk", async () => {
    const project = mkdtempSync(join(tmpdir(), "tactful-lsp-watch-"));
    const config = join(project, "eslint.config.js");
    const pluginEntry = uriOf(join(root, "packages/eslint-plugin/dist/index.js"));
    const writeConfig = (rules: string): void => writeFileSync(config, `import tactful from ${JSON.stringify(pluginEntry)};\nexport default [tactful.configs.recommended, { rules: { ${rules} } }];\n`);
    writeConfig("");
    const watching = await LspClient.start([project], { watchFiles: true });
    try {
      await expect.poll(() => watching.registrations.map((registration) => registration.method)).toContain("workspace/didChangeWatchedFiles");
      const uri = uriOf(join(project, "open.sms.msg.njk"));
      await watching.open(uri, UNMASKED);
      expect((await watching.diagnostics(uri)).map((diagnostic) => diagnostic.code)).toEqual(["tactful/pii-masking"]);

      writeConfig(`"tactful/pii-masking": "off"`);
      const before = watching.published.length;
      await watching.filesChanged([{ uri: uriOf(config), type: FileChangeType.Changed }]);
      await expect.poll(() => watching.published.slice(before).findLast((params) => params.uri === uri)?.diagnostics).toEqual([]);

      // A template saved elsewhere with the same id: the open one is now a duplicate.
      const other = join(project, "a-saved.sms.msg.njk");
      writeFileSync(other, SAMPLE);
      await watching.filesChanged([{ uri: uriOf(other), type: FileChangeType.Created }]);
      await expect.poll(() => watching.published.findLast((params) => params.uri === uri)?.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(["tactful/unique-template-id"]);
      rmSync(other);
      await watching.filesChanged([{ uri: uriOf(other), type: FileChangeType.Deleted }]);
      await expect.poll(() => watching.published.findLast((params) => params.uri === uri)?.diagnostics).toEqual([]);
    } finally {
      await watching.stop();
      rmSync(project, { recursive: true, force: true });
    }
  });
});

describe("resilience", () => {
  it("reports a rule that throws in the file it failed on, and goes on serving", async () => {
    const project = mkdtempSync(join(tmpdir(), "tactful-lsp-crash-"));
    const pluginEntry = uriOf(join(root, "packages/eslint-plugin/dist/index.js"));
    writeFileSync(
      join(project, "eslint.config.js"),
      `import tactful from ${JSON.stringify(pluginEntry)};
const boom = { meta: { type: "problem", languages: ["tactful/template"] }, create: () => ({ Template(node) { if (node.range[1] > 2000) throw new TypeError("too long for me"); } }) };
export default [tactful.configs.recommended, { files: ["**/*.msg.njk"], plugins: { local: { rules: { boom } } }, rules: { "local/boom": "error" } }];
`,
    );
    const crashing = await LspClient.start([project]);
    try {
      const long = uriOf(join(project, "long.sms.msg.njk"));
      await crashing.open(long, SAMPLE + "{# " + "x".repeat(2000) + " #}\n");
      const [problem] = await crashing.diagnostics(long);
      expect(problem).toMatchObject({ severity: DiagnosticSeverity.Error, message: expect.stringMatching(/^the rule local\/boom failed while linting .*long\.sms\.msg\.njk:1: too long for me \(it is not a template rule: give the config block that turns it on a `files` pattern that leaves out \*\.msg\.njk\)$/) });
      const short = uriOf(join(project, "short.sms.msg.njk"));
      await crashing.open(short, UNMASKED.replace("overdue-first-notice", "short-notice"));
      expect((await crashing.diagnostics(short)).map((diagnostic) => diagnostic.code)).toEqual(["tactful/pii-masking"]);
      // Once the file no longer makes the rule throw, it is linted as usual.
      const version = await crashing.replace(long, UNMASKED.replace("overdue-first-notice", "another-notice"));
      expect((await crashing.diagnostics(long, version)).map((diagnostic) => diagnostic.code)).toEqual(["tactful/pii-masking"]);
    } finally {
      await crashing.stop();
      rmSync(project, { recursive: true, force: true });
    }
  });
});

describe("resilience to bad requests and hostile documents", () => {
  /** The server still lints: an open document gets its findings. */
  async function stillServing(name: string): Promise<void> {
    const uri = uriOf(file(name));
    await client.open(uri, UNMASKED.replace("overdue-first-notice", name.split(".")[0]!));
    expect((await client.diagnostics(uri)).map((diagnostic) => diagnostic.code)).toEqual(["tactful/pii-masking"]);
    await client.close(uri);
  }

  it("answers hover, completion, code actions and preview for a document that is not open with nothing, or an error", async () => {
    const uri = uriOf(file("never-opened.sms.msg.njk"));
    const position = { line: 0, character: 0 };
    expect(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position })).toBeNull();
    expect(await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position })).toBeNull();
    expect(await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [] } })).toEqual([]);
    await expect(client.connection.sendRequest("tactful/preview", { textDocument: { uri } })).rejects.toMatchObject({ code: ErrorCodes.InvalidParams });
    await stillServing("after-unknown.sms.msg.njk");
  });

  it("answers malformed requests with an error that says what is wrong, and keeps serving", async () => {
    const uri = uriOf(file("malformed.sms.msg.njk"));
    await client.open(uri, SAMPLE);
    const malformed: Array<[string, unknown]> = [
      ["textDocument/hover", {}],
      ["textDocument/hover", { textDocument: { uri } }],
      ["textDocument/hover", { textDocument: { uri }, position: { line: "x", character: null } }],
      ["textDocument/completion", { textDocument: {} }],
      ["textDocument/completion", { textDocument: { uri }, position: { line: -5, character: -1 } }],
      ["textDocument/codeAction", { textDocument: { uri } }],
      ["textDocument/codeAction", { textDocument: { uri }, range: null, context: { diagnostics: "none" } }],
      ["tactful/preview", null],
      ["tactful/preview", [1, 2, 3]],
      ["tactful/no-such-method", {}],
    ];
    for (const [method, params] of malformed) {
      const answer = await client.connection.sendRequest(method, params).then(
        (result: unknown) => ({ result }),
        (error: { code: number; message: string }) => ({ error: { code: error.code, message: error.message } }),
      );
      // Either nothing (a position outside the text has nothing to offer) or a JSON-RPC error naming the problem.
      if ("error" in answer) {
        expect([ErrorCodes.InvalidParams, ErrorCodes.MethodNotFound], `${method} ${JSON.stringify(params)}: ${answer.error.message}`).toContain(answer.error.code);
        expect(answer.error.message).not.toMatch(/Cannot read propert|is not a function|\n\s+at /);
      } else {
        expect([null, []], `${method} ${JSON.stringify(params)}`).toContainEqual(answer.result === undefined ? null : answer.result);
      }
    }
    // Positions past the end of the text are answered as the end.
    expect(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 10_000, character: 10_000 } })).toBeNull();
    await client.close(uri);
    await stillServing("after-malformed.sms.msg.njk");
  });

  it("survives notifications about documents it does not have, and ones with no text", async () => {
    const uri = uriOf(file("ghost.sms.msg.njk"));
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ text: "x" }] });
    await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: uriOf(file("no-text.sms.msg.njk")), languageId: "tactful-template", version: 1 } } as never);
    await client.connection.sendNotification("textDocument/didSave", {});
    await stillServing("after-notifications.sms.msg.njk");
  });

  it("reports documents that the parser refuses (too large, too deep, binary, broken) on the document, and keeps serving the others", async () => {
    const head = SAMPLE.slice(0, SAMPLE.indexOf("\n---", 3) + 5);
    const hostile: Record<string, string> = {
      "too-large.sms.msg.njk": head + "还款".repeat(200_000),
      "too-deep.sms.msg.njk": head + "{{ " + "(".repeat(50_000) + "a" + ")".repeat(50_000) + " }}",
      "deep-yaml.sms.msg.njk": head.replace("---\n", "---\ndeep: " + "[".repeat(50_000) + "]".repeat(50_000) + "\n"),
      "laughs.sms.msg.njk": head.replace("---\n", "---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"),
      "binary.sms.msg.njk": head + "\u0000\u0001\uD800\uFFFF",
      "ends-in-tag.sms.msg.njk": head + "x{%",
    };
    for (const [name, text] of Object.entries(hostile)) {
      const uri = uriOf(file(name));
      await client.open(uri, text);
      const diagnostics = await client.diagnostics(uri);
      expect(diagnostics.length, name).toBeGreaterThan(0);
      expect(diagnostics.map((diagnostic) => diagnostic.message).join("\n"), name).not.toMatch(/Cannot read propert|is not a function|Maximum call stack/);
      const preview = await client.connection.sendRequest<{ channel: unknown; problems: unknown[] }>("tactful/preview", { textDocument: { uri } });
      expect(preview.problems.length, name).toBeGreaterThan(0);
      await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 1, character: 2 } });
      await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 1, character: 2 } });
      await client.codeActions(uri, diagnostics);
      await client.close(uri);
    }
    await stillServing("after-hostile.sms.msg.njk");
  });
});

describe("configuration", () => {
  it("uses the workspace's eslint.config.js, reports a broken one in the file, and ignores it when the workspace is not trusted", async () => {
    const project = mkdtempSync(join(tmpdir(), "tactful-lsp-config-"));
    const pluginEntry = uriOf(join(root, "packages/eslint-plugin/dist/index.js"));
    writeFileSync(join(project, "eslint.config.js"), `import tactful from ${JSON.stringify(pluginEntry)};\nexport default [tactful.configs.recommended, { rules: { "tactful/pii-masking": "off" } }];\n`);
    const uri = uriOf(join(project, "unmasked.sms.msg.njk"));
    const trusted = await LspClient.start([project]);
    const untrusted = await LspClient.start([project], { initializationOptions: { projectConfig: false } });
    try {
      await trusted.open(uri, UNMASKED);
      expect((await trusted.diagnostics(uri)).map((diagnostic) => diagnostic.code)).not.toContain("tactful/pii-masking");
      await untrusted.open(uri, UNMASKED);
      expect((await untrusted.diagnostics(uri)).map((diagnostic) => diagnostic.code)).toContain("tactful/pii-masking");

      writeFileSync(join(project, "eslint.config.js"), "export default [ { rules: { broken\n");
      const broken = await LspClient.start([project]);
      try {
        await broken.open(uri, UNMASKED);
        const [problem] = await broken.diagnostics(uri);
        expect(problem?.message).toMatch(/^the ESLint configuration .*eslint\.config\.js could not be used: /);
        // Another folder is served as before.
        const elsewhere = uriOf(file("elsewhere.sms.msg.njk"));
        await broken.open(elsewhere, UNMASKED);
        expect((await broken.diagnostics(elsewhere)).map((diagnostic) => diagnostic.code)).toContain("tactful/pii-masking");
      } finally {
        await broken.stop();
      }
    } finally {
      await trusted.stop();
      await untrusted.stop();
      rmSync(project, { recursive: true, force: true });
    }
  });
});

describe("navigation", () => {
  const EMAIL = read("templates/zh-CN/collection/overdue-first-notice.email.msg.njk").replace("subject: 示例金融：您的借款已逾期，请及时处理", 'subject: "示例金融：您的借款已逾期{{ days }}天"');
  const lineOf = (text: string, needle: string): number => text.slice(0, text.indexOf(needle)).split("\n").length - 1;
  type Located = { range: { start: { line: number; character: number }; end: { line: number; character: number } } };
  const at = (uri: string, location: Located): string => TextDocument.create(uri, "", 1, client.text(uri)).getText(location.range);

  it("goes from a variable's use in the body or the subject to its declaration under `variables:`", async () => {
    const uri = uriOf(file("definition.email.msg.njk"));
    await client.open(uri, EMAIL);
    const uses: Array<[string, number, string]> = [
      ["{{ amount", 4, "amount"],
      ["{{ days }}天", 4, "days"],
      ["amount: 1280.5", 2, "amount"],
    ];
    for (const [needle, after, name] of uses) {
      const target = await client.connection.sendRequest<Located & { uri: string }>(DefinitionRequest.method, { textDocument: { uri }, position: client.positionOf(uri, needle, after) });
      expect(target.uri).toBe(uri);
      expect(target.range.start.line, needle).toBe(lineOf(EMAIL, `  ${name}:`));
      expect(at(uri, target)).toBe(name);
    }
    expect(await client.connection.sendRequest(DefinitionRequest.method, { textDocument: { uri }, position: client.positionOf(uri, "您好") })).toBeNull();
    await client.close(uri);
  });

  it("finds every reference: the declaration, the uses in body and subject, and the examples' data keys", async () => {
    const uri = uriOf(file("references.email.msg.njk"));
    await client.open(uri, EMAIL);
    const found = await client.connection.sendRequest<Located[]>(ReferencesRequest.method, { textDocument: { uri }, position: client.positionOf(uri, "{{ days }}天", 4), context: { includeDeclaration: true } });
    expect(found.map((location) => `${location.range.start.line}:${at(uri, location)}`)).toEqual([
      `${lineOf(EMAIL, "subject:")}:days`,
      `${lineOf(EMAIL, "  days:")}:days`,
      `${lineOf(EMAIL, "name: typical")}:days`,
      `${lineOf(EMAIL, "name: later")}:days`,
      `${lineOf(EMAIL, "name: longest")}:days`,
      `${lineOf(EMAIL, "**{{ days }}**")}:days`,
      `${lineOf(EMAIL, "{% if days")}:days`,
    ]);
    const withoutDeclaration = await client.connection.sendRequest<Located[]>(ReferencesRequest.method, { textDocument: { uri }, position: client.positionOf(uri, "{{ days }}天", 4), context: { includeDeclaration: false } });
    expect(withoutDeclaration).toHaveLength(found.length - 1);
    await client.close(uri);
  });

  it("renames a variable everywhere: the result lints clean and renders the same messages", async () => {
    const uri = uriOf(file("rename.email.msg.njk"));
    await client.open(uri, EMAIL);
    await client.diagnostics(uri);
    const position = client.positionOf(uri, "{% if days", 6);
    const prepared = await client.connection.sendRequest<{ range: Located["range"]; placeholder: string }>(PrepareRenameRequest.method, { textDocument: { uri }, position });
    expect(prepared.placeholder).toBe("days");
    expect(at(uri, prepared)).toBe("days");
    const edit = await client.connection.sendRequest<{ changes: Record<string, TextEdit[]> }>(RenameRequest.method, { textDocument: { uri }, position, newName: "overdue_days" });
    const version = await client.edit(uri, edit.changes[uri]!);
    const renamed = client.text(uri);
    expect(renamed).not.toMatch(/(?<![\w-])days(?![\w-])/u);
    expect(renamed.match(/(?<![\w-])overdue_days(?![\w-])/gu)).toHaveLength(7);
    expect(await client.diagnostics(uri, version)).toEqual([]);
    const before = compileTemplate(EMAIL);
    const after = compileTemplate(renamed);
    expect(examplesOf(after).map((example) => after.render(example.data))).toEqual(examplesOf(before).map((example) => before.render(example.data)));
    await client.close(uri);
  });

  it("refuses to rename what is not a variable, to a name outside the grammar, or onto another variable, and says why", async () => {
    const uri = uriOf(file("rename-refused.sms.msg.njk"));
    await client.open(uri, SAMPLE);
    const answer = (method: string, params: object): Promise<{ code: number; message: string } | "ok"> =>
      client.connection.sendRequest(method, { textDocument: { uri }, ...params }).then(
        () => "ok" as const,
        (error: { code: number; message: string }) => ({ code: error.code, message: error.message }),
      );
    for (const notVariable of [client.positionOf(uri, "| mask", 3), client.positionOf(uri, "您好"), client.positionOf(uri, "channel: sms", 2)]) {
      expect(await answer(PrepareRenameRequest.method, { position: notVariable })).toEqual({ code: ErrorCodes.InvalidRequest, message: expect.stringMatching(/^Only a template variable can be renamed/u) });
    }
    const onDays = client.positionOf(uri, "{{ days", 4);
    for (const newName of ["2days", "overdue-days", "constructor", "__proto__", "", "天数"]) {
      expect(await answer(RenameRequest.method, { position: onDays, newName }), newName).toEqual({ code: ErrorCodes.InvalidParams, message: expect.stringContaining("is not a valid variable name") });
    }
    expect(await answer(RenameRequest.method, { position: onDays, newName: "amount" })).toEqual({ code: ErrorCodes.InvalidParams, message: expect.stringContaining("`amount` is already declared") });
    // Broken Nunjucks: not every use can be found, so nothing is renamed.
    await client.replace(uri, SAMPLE.replace("{% endif %}", ""));
    expect(await answer(PrepareRenameRequest.method, { position: client.positionOf(uri, "{{ days", 4) })).toEqual({ code: ErrorCodes.InvalidRequest, message: expect.stringMatching(/^Fix the template's errors first/u) });
    await client.close(uri);
  });

  it("says why in the writer's language", async () => {
    const chinese = await LspClient.start([workspace], { initializationOptions: { locale: "zh-TW" } });
    try {
      const uri = uriOf(file("rename-zh.sms.msg.njk"));
      await chinese.open(uri, SAMPLE);
      const refusal = await chinese.connection.sendRequest(RenameRequest.method, { textDocument: { uri }, position: chinese.positionOf(uri, "{{ days", 4), newName: "2天" }).catch((error: Error) => error.message);
      expect(refusal).toBe("`2天` 不是有效的變數名稱：請使用字母、數字和 `_`，且不能以數字開頭。");
    } finally {
      await chinese.stop();
    }
  });

  it("outlines the front matter (keys, variables, examples) and the body's branches", async () => {
    const uri = uriOf(file("outline.sms.msg.njk"));
    await client.open(uri, SAMPLE);
    type Symbol = { name: string; children?: Symbol[] };
    const symbols = await client.connection.sendRequest<Symbol[]>(DocumentSymbolRequest.method, { textDocument: { uri } });
    const names = (list: Symbol[] | undefined): string[] => (list ?? []).map((symbol) => symbol.name);
    expect(names(symbols)).toEqual(["front matter", "if days <= 3", "else"]);
    const frontMatter = symbols[0]!.children!;
    expect(names(frontMatter)).toEqual(["id", "version", "channel", "locale", "category", "audience", "sender", "description", "send", "variables", "examples"]);
    expect(names(frontMatter.find((symbol) => symbol.name === "variables")!.children)).toEqual(["name", "amount", "days", "repay_url"]);
    expect(names(frontMatter.find((symbol) => symbol.name === "examples")!.children)).toEqual(["typical", "later", "longest"]);
    await client.close(uri);
  });

  it("links the URLs of the body and the front matter, and folds the front matter and each branch", async () => {
    const uri = uriOf(file("links.email.msg.njk"));
    const text = EMAIL.replace("请尽快还款。", "请尽快还款：https://pay.example.com/help。");
    await client.open(uri, text);
    const links = await client.connection.sendRequest<Array<Located & { target: string }>>(DocumentLinkRequest.method, { textDocument: { uri } });
    expect(links.map((link) => [at(uri, link), link.target])).toEqual([
      ["https://pay.example.com/r", "https://pay.example.com/r"],
      ["https://pay.example.com/r/abcd", "https://pay.example.com/r/abcd"],
      ["https://pay.example.com/help", "https://pay.example.com/help"],
    ]);
    const folds = await client.connection.sendRequest<Array<{ startLine: number; endLine: number }>>(FoldingRangeRequest.method, { textDocument: { uri } });
    expect(folds).toEqual([
      { startLine: 0, endLine: lineOf(text, "---\n{{") },
      { startLine: lineOf(text, "{% if days"), endLine: lineOf(text, "{% endif %}") - 1 },
    ]);
    await client.close(uri);
  });
});

describe("settings and commands", () => {
  it("lints on save only when the writer asks for it", async () => {
    const onSave = await LspClient.start([workspace], { initializationOptions: { run: "onSave" } });
    try {
      const uri = uriOf(file("on-save.sms.msg.njk"));
      await onSave.open(uri, SAMPLE);
      expect(await onSave.diagnostics(uri)).toEqual([]);
      const version = await onSave.replace(uri, UNMASKED);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(onSave.published.filter((params) => params.uri === uri).map((params) => params.version)).toEqual([1]);
      await onSave.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
      expect((await onSave.diagnostics(uri, version)).map((diagnostic) => diagnostic.code)).toEqual(["tactful/pii-masking"]);
    } finally {
      await onSave.stop();
    }
  });

  it("lints the whole workspace into the problems list, files that are not open included", async () => {
    const project = mkdtempSync(join(tmpdir(), "tactful-lsp-workspace-"));
    writeFileSync(join(project, "clean.sms.msg.njk"), SAMPLE);
    mkdirSync(join(project, "nested"));
    writeFileSync(join(project, "nested", "unmasked.sms.msg.njk"), UNMASKED.replace("overdue-first-notice", "unmasked"));
    const server = await LspClient.start([project]);
    try {
      const result = await server.connection.sendRequest("tactful/lintWorkspace", {});
      expect(result).toEqual({ files: 2, problems: 1 });
      const published = (name: string): string[] | undefined => server.published.findLast((params) => params.uri === uriOf(join(project, name)))?.diagnostics.map((diagnostic) => String(diagnostic.code));
      expect(published("nested/unmasked.sms.msg.njk")).toEqual(["tactful/pii-masking"]);
      expect(published("clean.sms.msg.njk")).toEqual([]);
    } finally {
      await server.stop();
      rmSync(project, { recursive: true, force: true });
    }
  });
});
