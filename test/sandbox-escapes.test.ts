import { spawnSync } from "node:child_process";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PreviewResult } from "@tactful/language-server/protocol";
import {
  escapePayloads,
  escapeTemplate,
  expectNothingEscaped,
  injectedValues,
  injectionHeaderTemplate,
  injectionPayloads,
  placeInjection,
  plantSentinel,
  type Sentinel,
} from "./support/escapes.js";
import { LspClient, uriOf } from "./support/lsp-client.js";

/**
 * Every known escape from a Nunjucks template, in template bodies and in example data, run
 * through the tools that render templates outside the renderer's own tests: `tactful lint`
 * (which reads examples and allowed values), `tactful render`, and the language server's
 * preview. The secret they aim at is in the environment the tools inherit and in a file.
 */

const root = fileURLToPath(new URL("..", import.meta.url));
const bin = join(root, "packages/cli/bin/tactful.js");

let sentinel: Sentinel;
let project: string;
let payloads: Array<[string, string]>;
let injections: Array<[string, string]>;
/** Each injected name in its own library: in a branch of the body, in an email's subject, in a push title. */
const injectionFiles = (index: number): Array<[string, string]> => {
  const fragment = injections[index]![1];
  return [
    [`injection-${index}/body.sms.msg.njk`, escapeTemplate(`injection.body${index}`, placeInjection(fragment, "if branch"))],
    [`injection-${index}/subject.email.msg.njk`, injectionHeaderTemplate(`injection.subject${index}`, "subject", fragment)],
    [`injection-${index}/title.push.msg.njk`, injectionHeaderTemplate(`injection.title${index}`, "title", fragment)],
  ];
};
const fileOf = (index: number): string => `escape-${String(index).padStart(2, "0")}.sms.msg.njk`;
const INJECTION = "injection.sms.msg.njk";

function tactful(args: string[]): { status: number | null; output: string; stdout: string } {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: project, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", CI: "" } });
  return { status: result.status, output: result.stdout + result.stderr, stdout: result.stdout };
}

beforeAll(() => {
  sentinel = plantSentinel();
  project = join(sentinel.directory, "project");
  mkdirSync(join(project, "templates"), { recursive: true });
  symlinkSync(join(root, "node_modules"), join(project, "node_modules"), "dir");
  payloads = escapePayloads(sentinel);
  payloads.forEach(([, body], index) => writeFileSync(join(project, "templates", fileOf(index)), escapeTemplate(`escape.e${index}`, body)));
  writeFileSync(join(project, "templates", INJECTION), escapeTemplate("escape.injection", "{{ user.name }}|{% for x in items %}{{ x }}{% endfor %}", injectedValues(sentinel)));
  injections = injectionPayloads(sentinel);
  injections.forEach((_, index) => {
    mkdirSync(join(project, `injection-${index}`));
    for (const [path, text] of injectionFiles(index)) writeFileSync(join(project, path), text);
  });
});

afterAll(() => sentinel?.remove());

describe("tactful lint", () => {
  it("reports every escape as an error and lets none reach the secret or a file", () => {
    const run = tactful(["lint", "templates", "--format", "json"]);
    expect(run.status).toBe(1);
    expectNothingEscaped(sentinel, [run.output]);
    const results = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string | null; severity: number }> }>;
    const errorsIn = (name: string): string[] => results.find((result) => result.filePath.endsWith(name))!.messages.filter((message) => message.severity === 2).map((message) => message.ruleId ?? "parse");
    // Doubling a value is not code that escapes: the renderer's output limit stops it (see the preview below).
    payloads.forEach(([name], index) => name === "doubling a value" || expect(errorsIn(fileOf(index)), name).not.toEqual([]));
    // Template code in data is data: nothing about it is unsafe.
    expect(errorsIn(INJECTION)).not.toContain("tactful/no-unsafe-template-code");
  });
});

describe("tactful render", () => {
  it("prints data that holds template code as the text it is", () => {
    const values = injectedValues(sentinel);
    values.forEach((value, index) => {
      const run = tactful(["render", `templates/${INJECTION}`, "--example", `value-${index}`, "--format", "json"]);
      expect(run.status, run.output).toBe(0);
      expect((JSON.parse(run.stdout) as { text: string }).text).toBe(`Example Lending: ${value}|${value}`);
      expectNothingEscaped(sentinel, [run.output]);
    });
  });

  it("refuses escapes in the template, saying where, without reaching the secret", () => {
    const bodyLine = escapeTemplate("x", "").split("\n").findIndex((line) => line.startsWith("Example Lending:")) + 1;
    for (const name of ["string literal", "set through __proto__", "include a file", "require child_process"]) {
      const run = tactful(["render", `templates/${fileOf(payloads.findIndex(([candidate]) => candidate === name))}`]);
      expect(run.status, name).toBe(1);
      expect(run.output, name).toMatch(new RegExp(`cannot be rendered:\n {2}${bodyLine}:\\d+ {2}`));
      expectNothingEscaped(sentinel, [run.output]);
    }
  });
});

describe("names nunjucks would paste into JavaScript", () => {
  it("tactful lint reports each as an error, in the body, the subject and the title", () => {
    const run = tactful(["lint", ...injections.map((_, index) => `injection-${index}`), "--format", "json"]);
    expect(run.status).toBe(1);
    expectNothingEscaped(sentinel, [run.output]);
    const results = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ severity: number }> }>;
    injections.forEach(([name], index) => {
      for (const [path] of injectionFiles(index)) {
        const result = results.find((candidate) => candidate.filePath.endsWith(path));
        expect(result?.messages.some((message) => message.severity === 2), `${name}: ${path}`).toBe(true);
      }
    });
  });

  it("tactful render and tactful release refuse each without running it", { timeout: 900_000 }, () => {
    // Each command is a process of its own: every name is rendered from the body; the subject,
    // the title and a release (which renders every example) for one name of each kind.
    const everywhere = new Set(["test name (string)", "test name (symbol)", "loop target (symbol)", "set target (string)", "variable (symbol)", "filter name (symbol)"]);
    const outputs: string[] = [];
    injections.forEach(([name], index) => {
      const files = injectionFiles(index);
      for (const [path] of everywhere.has(name) ? files : files.slice(0, 1)) {
        const render = tactful(["render", path]);
        expect(render.status, `${name}: ${path}: ${render.output}`).toBe(1);
        outputs.push(render.output);
      }
      if (!everywhere.has(name)) return;
      const release = tactful(["release", `injection-${index}`, "--out", `injection-${index}.json`]);
      expect(release.status, `${name}: ${release.output}`).toBe(1);
      outputs.push(release.output);
    });
    expectNothingEscaped(sentinel, outputs);
  });

  it("the language server previews each without running it, and keeps serving", { timeout: 300_000 }, async () => {
    const client = await LspClient.start([project]);
    try {
      const outputs: string[] = [];
      for (const index of injections.keys()) {
        for (const [path, text] of injectionFiles(index)) {
          const uri = uriOf(join(project, path));
          await client.open(uri, text);
          outputs.push(JSON.stringify(await client.connection.sendRequest<PreviewResult>("tactful/preview", { textDocument: { uri } })), JSON.stringify(await client.diagnostics(uri)));
          await client.close(uri);
        }
      }
      expectNothingEscaped(sentinel, [...outputs, client.log]);
      const later = uriOf(join(project, "templates", "later.sms.msg.njk"));
      await client.open(later, escapeTemplate("escape.later", "{{ user.name }}"));
      expect(await client.connection.sendRequest<PreviewResult>("tactful/preview", { textDocument: { uri: later } })).toMatchObject({ examples: [{ message: { text: "Example Lending: Jane" } }] });
    } finally {
      await client.stop();
    }
  });
});

describe("the language server's preview", () => {
  it("previews every escape without reaching the secret or a file, and keeps serving", async () => {
    const client = await LspClient.start([project]);
    try {
      const previews: string[] = [];
      for (const index of payloads.keys()) {
        const uri = uriOf(join(project, "templates", fileOf(index)));
        await client.open(uri, escapeTemplate(`escape.e${index}`, payloads[index]![1]));
        const preview = await client.connection.sendRequest<PreviewResult>("tactful/preview", { textDocument: { uri } });
        previews.push(JSON.stringify(preview), JSON.stringify(await client.diagnostics(uri)));
        await client.close(uri);
      }
      const uri = uriOf(join(project, "templates", INJECTION));
      const values = injectedValues(sentinel);
      await client.open(uri, escapeTemplate("escape.injection", "{{ user.name }}|{% for x in items %}{{ x }}{% endfor %}", values));
      const preview = await client.connection.sendRequest<PreviewResult>("tactful/preview", { textDocument: { uri } });
      expect(preview.examples.map((example) => example.message?.channel === "sms" && example.message.text)).toEqual(values.map((value) => `Example Lending: ${value}|${value}`));
      expectNothingEscaped(sentinel, [...previews, JSON.stringify(preview), client.log]);
      expect(previews[2 * payloads.findIndex(([name]) => name === "doubling a value")]).toContain("a value exceeds 100000 characters");
      // Still serving, with its own prototypes intact: a later document is linted as usual.
      const later = uriOf(join(project, "templates", "later.sms.msg.njk"));
      await client.open(later, escapeTemplate("escape.later", "{{ user.name }}"));
      expect(await client.diagnostics(later)).toEqual(expect.any(Array));
      expect(await client.connection.sendRequest<PreviewResult>("tactful/preview", { textDocument: { uri: later } })).toMatchObject({ examples: [{ message: { text: "Example Lending: Jane" } }] });
    } finally {
      await client.stop();
    }
  });
});
