import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { LOCALES, type Localized } from "@tactful/core";
import { describe, expect, it } from "vitest";

/**
 * Every text table the tools speak from, outside the rules (whose messages `messages.test.ts`
 * checks): the CLI, the renderer, the guard, the language server, and what they share (core's
 * limits, the project file reader, the lint engine's failures, the policy pack loader). Each `Catalog` declared in their sources must be exported,
 * so that this test reaches it, and must say each message in every locale with the same data.
 */
const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SOURCES = ["packages/cli/src", "packages/renderer/src", "packages/guard/src", "packages/language-server/src", "packages/core/src", "packages/eslint-plugin/src/files.ts", "packages/eslint-plugin/src/engine.ts", "packages/policies/src/load.ts"];

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
    for (const path of ["packages/cli/src/main.ts", "packages/cli/src/format.ts", "packages/renderer/src/errors.ts", "packages/guard/src/messages.ts", "packages/language-server/src/hover.ts"]) {
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
