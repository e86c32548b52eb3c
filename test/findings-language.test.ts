import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { packs } from "@tactful/policies";

/**
 * A writer who reads Chinese gets findings in Chinese: not only the messages, but what rules put
 * into them (a budget's source, a list joined with "or", what a length is made of). What may stay
 * in another language: the packs' own text (summaries, sources, descriptions, until a pack gives
 * them in Chinese), what the template says (in code spans or quotes), file and character names,
 * the values a key takes, and the words of the YAML and Nunjucks libraries after a translated lead.
 */
const root = fileURLToPath(new URL("..", import.meta.url));
const packText = [...new Set(JSON.stringify(packs).match(/"(?:[^"\\]|\\.)*"/gu)!.map((literal) => JSON.parse(literal) as string))]
  // Phrases (a summary, a source, a description), not single words that also occur in file names.
  .filter((text) => /[A-Za-z]{3}/u.test(text) && /\S\s+\S+\s+\S/u.test(text))
  .sort((a, b) => b.length - a.length);
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
    expect(messages.flatMap(({ ruleId, message }) => englishIn(message, ruleId).map((english) => `${ruleId}: ${english}`))).toEqual([]);
  });
});
