import { spawnSync } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { builtInPacks } from "@tactful/policies";
import { traditionalConverter } from "../packages/core/src/tone/script.js";

const { packs } = builtInPacks;

const built = pathToFileURL(fileURLToPath(new URL("../packages/core/dist/tone/script.js", import.meta.url))).href;

describe("the built-in packs' wordings in Traditional Chinese", () => {
  it("are written as OpenCC writes them, without loading its dictionaries in a run", () => {
    const suggestions = packs.flatMap((pack) => pack.tone.lexicon.flatMap((entry) => (entry.language === "zh" && entry.suggestion ? [entry.suggestion] : [])));
    expect(suggestions.length).toBeGreaterThan(20);
    const script = `
      import { createRequire } from "node:module";
      import { inLocaleScript } from ${JSON.stringify(built)};
      const texts = JSON.parse(process.argv[1]);
      const converted = ["zh-TW", "zh-HK"].map((locale) => texts.map((text) => inLocaleScript(text, locale)));
      const loaded = Object.keys(createRequire(import.meta.url).cache).filter((file) => file.includes("opencc-js"));
      process.stdout.write(JSON.stringify({ converted, loaded }));`;
    const run = spawnSync(process.execPath, ["--input-type=module", "-e", script, JSON.stringify(suggestions)], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    const { converted, loaded } = JSON.parse(run.stdout) as { converted: string[][]; loaded: string[] };
    expect(loaded).toEqual([]);
    expect(converted).toEqual([suggestions.map(traditionalConverter("tw")), suggestions.map(traditionalConverter("hk"))]);
    expect(converted[0]!.some((text, index) => text !== suggestions[index])).toBe(true);
  });

  it("include the summaries and wording descriptions a zh-TW finding shows, converted from Simplified", () => {
    const simplified: string[] = [];
    const collect = (value: unknown): void => {
      if (Array.isArray(value)) return value.forEach(collect);
      if (typeof value !== "object" || value === null) return;
      for (const key of ["summaries", "descriptions"]) {
        const translations = (value as Record<string, Record<string, string> | undefined>)[key];
        if (translations?.["zh-CN"] !== undefined && translations["zh-TW"] === undefined) simplified.push(translations["zh-CN"]);
      }
      Object.values(value).forEach(collect);
    };
    collect(packs);
    expect(simplified.length).toBeGreaterThan(300);
    const script = `
      import { createRequire } from "node:module";
      import { inLocaleScript } from ${JSON.stringify(built)};
      const converted = JSON.parse(process.argv[1]).map((text) => inLocaleScript(text, "zh-TW"));
      const loaded = Object.keys(createRequire(import.meta.url).cache).filter((file) => file.includes("opencc-js"));
      process.stdout.write(JSON.stringify({ converted, loaded }));`;
    const run = spawnSync(process.execPath, ["--input-type=module", "-e", script, JSON.stringify(simplified)], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    const { converted, loaded } = JSON.parse(run.stdout) as { converted: string[]; loaded: string[] };
    expect(loaded).toEqual([]);
    expect(converted).toEqual(simplified.map(traditionalConverter("tw")));
  });
});
