import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseTemplate } from "@tactful/core";
import { describe, expect, it } from "vitest";
import { templateFiles } from "./support/annotations.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const templates = templateFiles(`${root}templates`);

describe("the sample library", () => {
  it("has at least 14 templates across zh-CN, zh-TW and en-US, SMS, email and push", () => {
    expect(templates.length).toBeGreaterThanOrEqual(14);
    const documents = templates.map((file) => parseTemplate(readFileSync(file, "utf8")));
    expect(new Set(documents.map((document) => document.meta.locale))).toEqual(new Set(["zh-CN", "zh-TW", "en-US"]));
    expect(new Set(documents.map((document) => document.meta.channel))).toEqual(new Set(["sms", "email", "push"]));
    expect(new Set(documents.map((document) => document.meta.category))).toEqual(new Set(["collection", "reminder", "marketing", "transactional"]));
  });

  for (const file of templates) {
    it(`${relative(root, file)} validates against the template schema and resolves a policy pack`, () => {
      const document = parseTemplate(readFileSync(file, "utf8"), { filePath: file });
      expect(document.problems).toEqual([]);
      expect(document.jurisdiction).toMatch(/^(CN|US)$/);
      // Every variable it declares is used, and every variable it uses is declared.
      const used = new Set(document.references.map((reference) => reference.name));
      expect([...used].filter((name) => !document.variables.has(name))).toEqual([]);
      expect([...document.variables.keys()].filter((name) => !used.has(name))).toEqual([]);
    });
  }
});
