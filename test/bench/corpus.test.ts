import { tmpdir } from "node:os";
import { join } from "node:path";
import { ESLint } from "eslint";
import plugin from "@tactful/eslint-plugin";
import { describe, expect, it } from "vitest";
import { generateCorpus } from "./corpus.js";

/** The benchmark measures real work only while its corpus is what it says: clean templates clean, planned findings found. */
describe("the benchmark corpus", () => {
  it("is the same for the same size on every run, and spreads across locales, channels and categories", () => {
    const corpus = generateCorpus(300);
    expect(generateCorpus(300)).toEqual(corpus);
    expect(new Set(corpus.map((template) => template.locale))).toEqual(new Set(["zh-CN", "zh-TW", "en-US"]));
    expect(new Set(corpus.map((template) => template.channel))).toEqual(new Set(["sms", "email", "push"]));
    expect(new Set(corpus.map((template) => template.category))).toEqual(new Set(["collection", "reminder", "marketing", "transactional"]));
    expect(new Set(corpus.map((template) => template.path)).size).toBe(300);
    const withFindings = corpus.filter((template) => template.expected.length > 0);
    expect(withFindings.length / corpus.length).toBeGreaterThan(0.25);
    expect(withFindings.length / corpus.length).toBeLessThan(0.45);
    expect(withFindings.filter((template) => template.expected.length > 1).length).toBeGreaterThan(20);
    expect(new Set(withFindings.flatMap((template) => template.expected))).toContain("tactful/no-threats");
  });

  it("repeats its sentences, unless asked for every sentence distinct but each template's closing line", () => {
    const sentences = (distinct: boolean): string[] => generateCorpus(300, { distinct }).flatMap((template) => template.prose.split(/(?<=[。！？.!?])\s*/u).filter((sentence) => sentence.length > 12));
    const share = (list: string[]): number => new Set(list).size / list.length;
    expect(share(sentences(false))).toBeLessThan(0.3);
    expect(share(sentences(true))).toBeGreaterThan(0.7);
  });

  it.each([false, true])("has no findings in the templates built clean, and the planned findings in the others (every sentence distinct: %s)", async (distinct) => {
    const eslint = new ESLint({ cwd: tmpdir(), overrideConfigFile: true, overrideConfig: [plugin.configs.recommended] });
    const corpus = generateCorpus(80, { distinct });
    const outcome = await Promise.all(
      corpus.map(async (template) => {
        const [result] = await eslint.lintText(template.text, { filePath: join(tmpdir(), "corpus", template.path) });
        const found = new Set(result!.messages.map((message) => message.ruleId ?? `parse error: ${message.message}`));
        // A reference in each sentence lengthens an SMS near its budget: nothing else may change.
        if (distinct) found.delete("tactful/sms-length");
        return { path: template.path, missing: template.expected.filter((rule) => !found.has(rule)), unexpected: template.expected.length === 0 ? [...found] : [] };
      }),
    );
    expect(outcome.filter((template) => template.missing.length > 0 || template.unexpected.length > 0)).toEqual([]);
  });
});
