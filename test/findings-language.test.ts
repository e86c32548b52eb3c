import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { builtInPacks } from "@tactful/policies";

const { packs } = builtInPacks;

/**
 * A writer who reads Chinese gets findings in Chinese: not only the messages, but what rules put
 * into them (a budget's source, a list joined with "or", what a length is made of) and what the
 * packs put into them (an entry's summary, what a wording is). What may stay in another language:
 * the packs' sources (legal citations stay in their own language) and the wording a pack gives a
 * template to write (an insert, a rewording, in the template's language), what the template says
 * (in code spans or quotes), file and character names, the values a key takes, and the words of
 * the YAML and Nunjucks libraries after a translated lead.
 */
const root = fileURLToPath(new URL("..", import.meta.url));
/** The keys of a pack's sources and citations, and of the wording it gives a template to write. */
const CITED_OR_WRITTEN = new Set(["title", "issuer", "number", "status", "articles", "insert", "instead", "suggestion"]);
const packText = [...new Set(packs.flatMap((pack) => stringsUnder(pack, CITED_OR_WRITTEN)))]
  // Phrases (a source, a wording), not single words that also occur in file names.
  .filter((text) => /[A-Za-z]{3}/u.test(text) && /\S\s+\S+\s+\S/u.test(text))
  .sort((a, b) => b.length - a.length);

/** Every string held under one of the keys, anywhere in a value. */
function stringsUnder(value: unknown, keys: ReadonlySet<string>): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => stringsUnder(item, keys));
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, item]) => (keys.has(key) && typeof item === "string" ? [item] : stringsUnder(item, keys)));
}

/** Findings whose second line quotes a library's own words (YAML, Nunjucks). */
const LIBRARY_WORDS = new Set([null, "tactful/valid-front-matter"]);

function englishIn(message: string, ruleId: string | null): string[] {
  let text = message;
  for (const own of packText) text = text.split(own).join("");
  text = text
    .replace(/`[^`]*`|“[^”]*”|「[^」]*」|"[^"]*"/gu, "")
    .replace(/(?:依据|依據)：.*$/gmu, "")
    .replace(/[\w./-]+\.msg\.njk/gu, "")
    .replace(/\b[A-Z][A-Z -]*[A-Z]\b/gu, "")
    // The values a key takes (creditor, collection-agency), as they are written.
    .replace(/\b[a-z-]+(?:, [a-z-]+)+\b/gu, "");
  if (LIBRARY_WORDS.has(ruleId)) text = text.split("\n")[0]!.replace(/（[^）]*）/gu, "");
  return text.match(/[A-Za-z]+(?:[ ,.'-]+[A-Za-z]+){2,}/gu) ?? [];
}

describe("findings in Chinese", () => {
  it.each(["zh-CN", "zh-TW"])("%s: nothing a rule adds is said in English", { timeout: 600_000 }, (locale) => {
    const run = spawnSync(process.execPath, [`${root}/packages/cli/bin/tactful.js`, "lint", "--lang", locale, "--format", "json", "test/fixtures", "templates"], { cwd: root, encoding: "utf8", maxBuffer: 1 << 28 });
    const results = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string | null; message: string }> }>;
    const messages = results.flatMap((result) => result.messages);
    expect(messages.length).toBeGreaterThan(50);
    // Findings of every built-in pack's entries, which end with the entry's id: each pack's summaries and wordings are read.
    const cited = new Set(messages.flatMap(({ message }) => [...message.matchAll(/[（(]([A-Z]{2,3})-[A-Z0-9-]+[）)]/gu)].map((match) => match[1])));
    expect([...cited].sort()).toEqual(expect.arrayContaining(packs.map((pack) => pack.id)));
    expect(messages.flatMap(({ ruleId, message }) => englishIn(message, ruleId).map((english) => `${ruleId}: ${english}`))).toEqual([]);
  });
});
