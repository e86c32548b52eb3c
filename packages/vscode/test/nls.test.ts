import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const read = (name: string): string => readFileSync(new URL(`../${name}`, import.meta.url), "utf8");

describe("the extension's contributed text", () => {
  const keys = [...read("package.json").matchAll(/"%([\w.]+)%"/gu)].map((match) => match[1]!).sort();

  it.each(["package.nls.json", "package.nls.zh-cn.json", "package.nls.zh-tw.json"])("%s has every string package.json names, and no other", (file) => {
    const strings = JSON.parse(read(file)) as Record<string, string>;
    expect(Object.keys(strings).sort()).toEqual(keys);
    for (const text of Object.values(strings)) expect(text.trim()).not.toBe("");
  });

  it("ships the translations in the .vsix", () => {
    expect(read(".vscodeignore")).toMatch(/^!package\.nls\*\.json$/mu);
  });
});
