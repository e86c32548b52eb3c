import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { FILTER_DOCS, LOCALES, parseTemplate, problemMessage, type Localized } from "@tactful/core";
import { rules } from "@tactful/eslint-plugin";
import { describe, expect, it } from "vitest";

/**
 * Every text table the tools speak from, outside the rules (whose messages `messages.test.ts`
 * checks): the CLI, the renderer, the guard, the language server, and what they share (core's
 * limits, the project file reader, the lint engine's failures, the policy pack loader). Each `Catalog` declared in their sources must be exported,
 * so that this test reaches it, and must say each message in every locale with the same data.
 */
const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SOURCES = ["packages/cli/src", "packages/renderer/src", "packages/guard/src", "packages/language-server/src", "packages/core/src", "packages/eslint-plugin/src/files.ts", "packages/eslint-plugin/src/engine.ts", "packages/eslint-plugin/src/language/directives.ts", "packages/eslint-plugin/src/util/roles.ts", "packages/policies/src/load.ts"];

function sourceFiles(path: string): string[] {
  const absolute = join(ROOT, path);
  if (absolute.endsWith(".ts")) return [absolute];
  return readdirSync(absolute, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".ts"))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** How many catalogs a source declares: `… satisfies Catalog` or `name: Catalog<…> = …` (or, in policies, which core depends on, `satisfies Record<string, Localized>`). */
const DECLARATION = /satisfies (?:Catalog\b|Record<string, Localized>)|:\s*Catalog(?:<[^>]*>)?\s*=/gu;

const isLocalized = (value: unknown): value is Localized =>
  typeof value === "object" && value !== null && Object.keys(value).sort().join() === [...LOCALES].sort().join();

const isCatalog = (value: unknown): value is Record<string, Localized> =>
  typeof value === "object" && value !== null && Object.keys(value).length > 0 && Object.values(value).every(isLocalized);

/** The `{name}` placeholders of a text, sorted. */
const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/gu)].map((match) => match[1]!).sort();

const files = SOURCES.flatMap(sourceFiles).filter((file) => (readFileSync(file, "utf8").match(DECLARATION) ?? []).length > 0);

const catalogs = await Promise.all(
  files.map(async (file) => {
    const exported = Object.entries((await import(file)) as Record<string, unknown>).filter(([, value]) => isCatalog(value)) as Array<[string, Record<string, Localized>]>;
    return { file: relative(ROOT, file), declared: (readFileSync(file, "utf8").match(DECLARATION) ?? []).length, exported };
  }),
);

const messages = catalogs.flatMap(({ file, exported }) =>
  exported.flatMap(([name, catalog]) => Object.entries(catalog).map(([id, texts]) => [`${file} ${name}.${id}`, texts] as const)),
);

/**
 * Not lines of output, so not held to a line's length: the review page's paragraphs, the help's
 * descriptions (the help wraps them), and one refusal whose whole English text callers already match.
 */
const NOT_A_LINE = [/^packages\/cli\/src\/report\/text\.ts /u, /^packages\/cli\/src\/help\.ts /u, /RENDERER_MESSAGES\.formatOlder$/u];

describe("the tools' own text", () => {
  it("finds the catalogs of every package that speaks to people", () => {
    for (const path of ["packages/core/src/parse-messages.ts", "packages/cli/src/main.ts", "packages/cli/src/format.ts", "packages/renderer/src/errors.ts", "packages/guard/src/messages.ts", "packages/language-server/src/hover.ts", "packages/cli/src/check-command.ts", "packages/cli/src/commander-text.ts", "packages/eslint-plugin/src/language/directives.ts"]) {
      expect(catalogs.map((catalog) => catalog.file)).toContain(path);
    }
  });

  it.each(catalogs.map((catalog) => [catalog.file, catalog] as const))("%s exports each catalog it declares", (_, { declared, exported }) => {
    expect(exported.length).toBe(declared);
  });

  it.each(messages)("%s: every locale, the same placeholders, a short first line", (name, texts) => {
    const english = texts.en;
    // Words to translate: anything but placeholders, punctuation, numbers, flags, commands and code.
    const words = english.replace(/\{\w+\}|`[^`]*`|--[\w-]+|\([^)]*\b(?:openssl|npx)\b[^)]*\)|-----[A-Z ]+-----|\b(?:I[Dd]|SHA-256|UTF-8|JSON|PEM|IANA|Ed25519|SPKI|DER|base64|sha256|UTC|FIFO|SMS|YAML|Tactful|tactful|@tactful\/\w+)\b/gu, "");
    for (const locale of LOCALES) {
      const text = texts[locale];
      expect(text, locale).toBeTypeOf("string");
      expect(text.trim(), locale).not.toBe("");
      expect(placeholders(text), locale).toEqual(placeholders(english));
      const firstLine = text.split("\n")[0]!;
      if (!NOT_A_LINE.some((pattern) => pattern.test(name))) expect(firstLine.replace(/\{\w+\}/gu, "xxxx").length, `${locale}: ${firstLine}`).toBeLessThanOrEqual(120);
      // A translation, not a copy of the English.
      if (locale !== "en" && /[A-Za-z]{2,}/u.test(words)) expect(text, locale).toMatch(/\p{Script=Han}/u);
    }
  });
});

/** Files the parser finds something wrong with, one way each. */
const head = (lines: string[]): string => ["---", "id: t.x", "version: 1", "channel: sms", "locale: zh-CN", "category: reminder", "audience: borrower", "sender: { name: 示例金融, role: creditor }", ...lines, "---"].join("\n");
const BROKEN: Record<string, string> = {
  "no front matter": "您好\n",
  "front matter never closed": "---\nid: t.x\n",
  "NUL bytes": `${head([])}\n\u0000`,
  "too large": `${head([])}\n${"好".repeat(400_000)}`,
  "duplicate key (YAML)": `${head(["version: 2"])}\n您好`,
  "tab as indentation (YAML)": `${head(["send:", "\twindow: 09:00-20:00"])}\n您好`,
  "aliases nesting without end": `${head(["x: &a [*a]"])}\n您好`,
  "front matter too deep": `${head([`x: ${"[".repeat(120)}${"]".repeat(120)}`])}\n您好`,
  "unknown key, a guess": `${head(["descriptoin: x"])}\n您好`,
  "unknown key, no guess": `${head(["zzzzzz: x"])}\n您好`,
  "enum value": head([]).replace("channel: sms", "channel: fax") + "\n您好",
  "wrong type": head([]).replace("version: 1", "version: one") + "\n您好",
  "pattern with a hint": head([]).replace("id: t.x", "id: T X") + "\n您好",
  "variable name": `${head(["variables: { 1x: { type: string } }"])}\n您好`,
  "required when": head([]).replace("channel: sms", "channel: email") + "\n您好",
  "no pack for the jurisdiction": `${head(["jurisdiction: XX"])}\n您好`,
  "no pack for the locale": head([]).replace("locale: zh-CN", "locale: zh-TW") + "\n您好",
  "Nunjucks syntax": `${head([])}\n{{ a b }}`,
  "tag never closed": `${head([])}\n{% if a %}您好`,
  "tag name at the end": `${head([])}\n您好{%`,
  "set to a lookup": `${head([])}\n{% set a.b = 1 %}`,
  "a list in parentheses": `${head([])}\n{{ (a, b) }}`,
  "three loop names": `${head([])}\n{% for a, b, c in d %}{% endfor %}`,
  "too many tokens in a tag": `${head([])}\n{{ ${Array.from({ length: 600 }, (_, i) => `a${i}`).join(" + ")} }}`,
  "template too deep": `${head([])}\n{{ ${"(".repeat(120)}a${")".repeat(120)} }}`,
  "in the subject": head(["subject: \"{{ a b }}\""]).replace("channel: sms", "channel: email") + "\n您好",
};

describe("the parser's problems", () => {
  it.each(Object.entries(BROKEN))("%s: said in every locale, the English as the document says it", (_, text) => {
    const { problems } = parseTemplate(text);
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) {
      expect(problemMessage(problem, "en")).toBe(problem.message);
      for (const locale of ["zh-CN", "zh-TW"] as const) {
        const said = problemMessage(problem, locale);
        expect(said, `${problem.messageId} in ${locale}`).toMatch(/\p{Script=Han}/u);
        expect(said, `${problem.messageId} in ${locale}`).not.toMatch(/\{\w+\}/u);
      }
      expect(problemMessage(problem, "zh-TW")).not.toBe(problemMessage(problem, "zh-CN"));
    }
  });

  it("has a translation of each hint of the template schema", () => {
    const schema = readFileSync(join(ROOT, "schemas/template.schema.json"), "utf8");
    const hints = [...schema.matchAll(/"x-hint": "((?:[^"\\]|\\.)*)"/gu)].map((match) => JSON.parse(`"${match[1]}"`) as string);
    expect(hints.length).toBeGreaterThan(0);
    const said = catalogs.flatMap(({ exported }) => exported.flatMap(([, catalog]) => Object.values(catalog).map((texts) => texts.en)));
    for (const hint of hints) expect(said, hint).toContain(hint);
  });
});

/** Chinese text, not a copy of the English: it holds Han characters. */
const CHINESE = /\p{Script=Han}/u;

describe("what the rules, the filters and the template schema say they are", () => {
  it.each(Object.entries(rules))("rule %s says what it requires in Simplified and Traditional Chinese", (_, rule) => {
    const docs = rule.meta!.docs!;
    expect(docs.description).not.toMatch(CHINESE);
    expect(Object.keys(docs.descriptions).sort()).toEqual(["zh-CN", "zh-TW"]);
    for (const text of Object.values(docs.descriptions)) expect(text).toMatch(CHINESE);
  });

  it.each(Object.entries(FILTER_DOCS))("filter %s says what it does in every locale", (_, { description }) => {
    expect(Object.keys(description).sort()).toEqual([...LOCALES].sort());
    expect(description.en).not.toMatch(CHINESE);
    for (const locale of ["zh-CN", "zh-TW"] as const) expect(description[locale]).toMatch(CHINESE);
  });

  /** Each object of the template schema with the path to it. */
  const schemaNodes = (value: unknown, path = "#"): Array<[string, Record<string, unknown>]> => {
    if (typeof value !== "object" || value === null) return [];
    const own: Array<[string, Record<string, unknown>]> = Array.isArray(value) ? [] : [[path, value as Record<string, unknown>]];
    return [...own, ...Object.entries(value).flatMap(([key, child]) => schemaNodes(child, `${path}/${key}`))];
  };
  const nodes = schemaNodes(JSON.parse(readFileSync(join(ROOT, "schemas/template.schema.json"), "utf8")));
  const described = nodes.filter(([, node]) => typeof node["description"] === "string");
  const enumerated = nodes.filter(([, node]) => node["x-enumDescriptions"] !== undefined);

  it("finds the schema's descriptions and enum meanings", () => {
    expect(described.length).toBeGreaterThan(30);
    expect(enumerated.map(([path]) => path)).toEqual(["#/properties/category", "#/properties/audience", "#/$defs/variable/properties/role"]);
  });

  it.each(described)("%s gives its description in Simplified and Traditional Chinese (x-descriptions)", (_, node) => {
    const translations = node["x-descriptions"] as Record<string, string> | undefined;
    expect(Object.keys(translations ?? {}).sort()).toEqual(["zh-CN", "zh-TW"]);
    for (const text of Object.values(translations!)) expect(text).toMatch(CHINESE);
  });

  it.each(nodes.filter(([, node]) => typeof node["title"] === "string"))("%s gives its title in Simplified and Traditional Chinese (x-titles)", (_, node) => {
    const translations = node["x-titles"] as Record<string, string> | undefined;
    expect(Object.keys(translations ?? {}).sort()).toEqual(["zh-CN", "zh-TW"]);
    for (const text of Object.values(translations!)) expect(text).toMatch(CHINESE);
  });

  it.each(enumerated)("%s gives each value's meaning in Simplified and Traditional Chinese (x-enumDescriptions-zh-CN, -zh-TW)", (_, node) => {
    const values = Object.keys(node["x-enumDescriptions"] as object).sort();
    expect(values).toEqual((node["enum"] as string[]).slice().sort());
    for (const locale of ["zh-CN", "zh-TW"]) {
      const meanings = (node[`x-enumDescriptions-${locale}`] ?? {}) as Record<string, string>;
      expect(Object.keys(meanings).sort(), locale).toEqual(values);
      for (const text of Object.values(meanings)) expect(text, locale).toMatch(CHINESE);
    }
  });
});
