import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lintTemplates, type LintRun } from "@tactful/cli";
import { compileTemplate, examplesOf } from "@tactful/renderer";

interface Snippet {
  prefix: string[];
  body: string[];
}

const snippets = JSON.parse(readFileSync(new URL("../snippets/tactful-template.code-snippets", import.meta.url), "utf8")) as Record<string, Snippet>;
const directory = mkdtempSync(join(tmpdir(), "tactful-snippets-"));
const fileOf = (snippet: Snippet): string => join(directory, `${snippet.prefix[0]}.msg.njk`);
let run: LintRun;

beforeAll(async () => {
  for (const snippet of Object.values(snippets)) writeFileSync(fileOf(snippet), expand(snippet.body));
  run = await lintTemplates(Object.values(snippets).map(fileOf), { cwd: directory, library: false });
}, 120_000);
afterAll(() => rmSync(directory, { recursive: true, force: true }));

/** The text VS Code inserts when the writer accepts every placeholder as it is. */
function expand(body: string[]): string {
  const defaults = new Map<string, string>();
  const text = body.join("\n");
  for (const [, index, value] of text.matchAll(/\$\{(\d+):([^}]*)\}/gu)) if (!defaults.has(index!)) defaults.set(index!, value!);
  return `${text
    .replace(/\$\{(\d+):([^}]*)\}/gu, (_, index: string) => defaults.get(index)!)
    .replace(/\$\{(\d+)\}|\$(\d+)/gu, (_, braced: string | undefined, bare: string | undefined) => defaults.get(braced ?? bare!) ?? "")
    .replace(/\\\$/gu, "$")}\n`;
}

describe("snippets", () => {
  it("offer a skeleton for every channel and category, in each market's first locale", () => {
    const prefixes = Object.values(snippets).flatMap((snippet) => snippet.prefix);
    for (const channel of ["sms", "email", "push"]) {
      for (const category of ["collection", "reminder", "marketing", "transactional"]) {
        for (const language of ["zh", "en"]) expect(prefixes).toContain(`tactful-${channel}-${category}-${language}`);
      }
    }
  });

  it.each(Object.entries(snippets))("%s expands to a template that passes every rule and renders its examples", (name, snippet) => {
    const text = expand(snippet.body);
    const [, channel, category, language] = /^tactful-(\w+)-(\w+)-(\w+)$/u.exec(snippet.prefix[0]!)!;
    expect(text).toContain(`channel: ${channel}\n`);
    expect(text).toContain(`category: ${category}\n`);
    expect(text).toContain(`locale: ${language === "zh" ? "zh-CN" : "en-US"}\n`);
    const result = run.results.find((candidate) => candidate.filePath.endsWith(`${snippet.prefix[0]}.msg.njk`))!;
    expect(result.messages.map((message) => `${message.ruleId} ${message.line}: ${message.message}`), name).toEqual([]);
    const template = compileTemplate(text);
    for (const example of examplesOf(template)) expect(template.render(example.data)).toMatchObject({ channel });
  });
});
