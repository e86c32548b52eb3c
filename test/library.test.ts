import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseTemplate } from "@tactful/core";
import { builtInPacks } from "@tactful/policies";
import { describe, expect, it } from "vitest";
import { templateFiles } from "./support/annotations.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const templates = templateFiles(`${root}templates`);

describe("the sample library", () => {
  it("has templates for every built-in market, SMS, email and push", () => {
    expect(templates.length).toBeGreaterThanOrEqual(14);
    const documents = templates.map((file) => parseTemplate(readFileSync(file, "utf8")));
    expect(new Set(documents.map((document) => document.jurisdiction))).toEqual(new Set(builtInPacks.packs.map((pack) => pack.id)));
    expect(new Set(documents.map((document) => document.meta.locale))).toEqual(new Set(["zh-CN", "zh-TW", "en-US", "en-GB", "en-HK", "zh-HK", "en-IN", "en-KE", "sw-KE", "en-PH", "fil-PH"]));
    expect(new Set(documents.map((document) => document.meta.channel))).toEqual(new Set(["sms", "email", "push"]));
    expect(new Set(documents.map((document) => document.meta.category))).toEqual(new Set(["collection", "reminder", "marketing", "transactional"]));
  });

  for (const file of templates) {
    it(`${relative(root, file)} validates against the template schema and resolves a policy pack`, () => {
      const document = parseTemplate(readFileSync(file, "utf8"), { filePath: file });
      expect(document.problems).toEqual([]);
      expect(builtInPacks.packFor(document.jurisdiction ?? "")).toBeDefined();
      // Every variable it declares is used, and every variable it uses is declared.
      const used = new Set(document.references.map((reference) => reference.name));
      expect([...used].filter((name) => !document.variables.has(name))).toEqual([]);
      expect([...document.variables.keys()].filter((name) => !used.has(name))).toEqual([]);
    });
  }
});
