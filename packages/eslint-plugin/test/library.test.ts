import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { ESLint } from "eslint";
import fc from "fast-check";
import { parse as parseYaml } from "yaml";
import { describe, expect, it } from "vitest";
import plugin from "../src/index.js";
import { frontMatterIdentity } from "../src/library.js";
import { template } from "./rule-tester.js";

const variables = ["amount: { type: number, maximum: 999, role: amount-due, example: 1 }", "ref: { type: string, maxLength: 4, role: reference-number, example: '1234' }"];

/** A library on disk (a git repository, so it is the library's root): files by relative path. */
function library(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "tactful-library-"));
  mkdirSync(join(root, ".git"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** Lints some files of a library with the recommended config: [file, rule, line, column, severity, message] of the library rules. */
async function lint(root: string, files: string[], extra: string[] = []): Promise<Array<[string, string | null, number, number, number, string]>> {
  const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: [plugin.configs.recommended] });
  const results = await eslint.lintFiles(files.map((file) => join(root, file)));
  return results.flatMap((result) =>
    result.messages
      .filter((message) => [...extra, "tactful/unique-template-id", "tactful/consistent-locale-variants"].includes(message.ruleId ?? ""))
      .map((message): [string, string | null, number, number, number, string] => [result.filePath.slice(root.length + 1), message.ruleId, message.line, message.column, message.severity, message.message]),
  );
}

describe("unique-template-id", () => {
  const text = template({ body: "【示例金融】您好。" });

  it("reports every file that shares (id, locale, channel), at its id, naming the others", async () => {
    const root = library({ "a.msg.njk": text, "b.msg.njk": text, "c.msg.njk": text.replace("locale: zh-CN", "locale: zh-TW\njurisdiction: CN") });
    expect(await lint(root, ["a.msg.njk", "b.msg.njk", "c.msg.njk"])).toEqual([
      ["a.msg.njk", "tactful/unique-template-id", 2, 5, 2, expect.stringContaining("locale zh-CN and channel sms: b.msg.njk.")],
      ["b.msg.njk", "tactful/unique-template-id", 2, 5, 2, expect.stringContaining(": a.msg.njk.")],
    ]);
  });

  it("reports the new file when only it is linted, against the whole library", async () => {
    const root = library({ "templates/zh-CN/old.sms.msg.njk": text, "templates/zh-CN/new.sms.msg.njk": text });
    expect(await lint(root, ["templates/zh-CN/new.sms.msg.njk"])).toEqual([["templates/zh-CN/new.sms.msg.njk", "tactful/unique-template-id", 2, 5, 2, expect.stringContaining(": templates/zh-CN/old.sms.msg.njk.")]]);
  });

  it("honours a directive with a reason that opens the body, and records it", async () => {
    const waived = text.replace("---\n【", "---\n{# tactful-disable unique-template-id -- replaced by a.msg.njk at the next release #}\n【");
    const root = library({ "a.msg.njk": text, "b.msg.njk": waived });
    const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: [plugin.configs.recommended] });
    const [result] = await eslint.lintFiles([join(root, "b.msg.njk")]);
    expect(result!.messages.filter((message) => message.ruleId === "tactful/unique-template-id")).toEqual([]);
    expect(result!.suppressedMessages.map((message) => [message.ruleId, message.suppressions])).toEqual([
      ["tactful/unique-template-id", [{ kind: "directive", justification: "replaced by a.msg.njk at the next release" }]],
    ]);
  });

  it("leaves templates in other libraries, node_modules and hidden directories alone", async () => {
    const root = library({ "a.msg.njk": text, "node_modules/x/a.msg.njk": text, ".cache/a.msg.njk": text, "other/eslint.config.js": "export default [];\n", "other/a.msg.njk": text });
    expect(await lint(root, ["a.msg.njk"])).toEqual([]);
  });
});

describe("consistent-locale-variants", () => {
  const zh = template({ variables, body: "【示例金融】借款{{ amount }}元，尾号{{ ref }}。" });

  it("reports a variant that drops a role (error) or a variable (warning) its sibling carries", async () => {
    const en = template({ locale: "en-US", sender: "{ name: Example Lending, role: creditor }", variables: variables.slice(0, 1), body: "Example Lending: you owe {{ amount }}." });
    const root = library({ "zh.msg.njk": zh, "en.msg.njk": en });
    expect(await lint(root, ["en.msg.njk"])).toEqual([
      ["en.msg.njk", "tactful/consistent-locale-variants", 2, 5, 2, expect.stringContaining("does not disclose a masked account, card or case reference on every path")],
      ["en.msg.njk", "tactful/consistent-locale-variants", 2, 5, 1, expect.stringContaining("does not take the variable `ref`")],
    ]);
  });

  it("accepts variants that say the same in their own words", async () => {
    const en = template({ locale: "en-US", sender: "{ name: Example Lending, role: creditor }", variables, body: "Example Lending: loan ending {{ ref }}, you owe {{ amount }}." });
    const root = library({ "zh.msg.njk": zh, "en.msg.njk": en });
    expect(await lint(root, ["zh.msg.njk", "en.msg.njk"])).toEqual([]);
  });

  it("skips library files that do not parse", async () => {
    const root = library({ "zh.msg.njk": zh, "broken.msg.njk": zh.replace("locale: zh-CN", "locale: en-US").replace("【", "{% if %}") });
    expect(await lint(root, ["zh.msg.njk"])).toEqual([]);
  });
});

describe("reading a template's identity for the index", () => {
  const value = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom("zh-CN", "sms", "a#b", "a # b", "'q'", '"q"', "x: y", "- z", "123", "true", "~"));
  const written = fc.constantFrom("plain", "double", "single", "json");
  const line = (key: string, text: string, style: string): string =>
    `${key}: ${style === "double" ? `"${text}"` : style === "single" ? `'${text}'` : style === "json" ? JSON.stringify(text) : text}`;

  it("agrees with the YAML parser on every front matter whose identity it reads", () => {
    fc.assert(
      fc.property(fc.tuple(value, written), fc.tuple(value, written), fc.tuple(value, written), ([id, a], [locale, b], [channel, c]) => {
        const yaml = `${line("id", id, a)}\n${line("locale", locale, b)}\n${line("channel", channel, c)}\nversion: 1\n`;
        let parsed: Record<string, unknown> | undefined;
        try {
          parsed = parseYaml(yaml, { logLevel: "silent" }) as Record<string, unknown>;
        } catch {
          parsed = undefined;
        }
        const expected =
          parsed && typeof parsed.id === "string" && typeof parsed.locale === "string" && typeof parsed.channel === "string" && parsed.id && parsed.locale && parsed.channel
            ? { id: parsed.id, locale: parsed.locale, channel: parsed.channel }
            : undefined;
        expect(frontMatterIdentity(`---\n${yaml}---\nbody\n`)).toEqual(expected);
      }),
    );
  });
});
