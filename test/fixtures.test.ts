import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import plugin, { rules } from "@tactful/eslint-plugin";
import { describe, expect, it } from "vitest";
import { compareFindings, expectationsOf, templateFiles } from "./support/annotations.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const fixtures = templateFiles(`${root}test/fixtures`);
const templates = templateFiles(`${root}templates`);
const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: [plugin.configs.recommended!] });

/** Annotated rules this plugin has (the tone rules are checked where they are built). */
const known = (ruleId: string): boolean => ruleId === "parsing-error" || ruleId in rules;

describe("the linter on the fixtures", () => {
  for (const file of fixtures) {
    it(`${relative(root, file)} gets exactly its annotated findings`, async () => {
      const [result] = await eslint.lintFiles([file]);
      const expected = expectationsOf(readFileSync(file, "utf8")).filter((expectation) => known(expectation.ruleId));
      const findings = result!.messages
        .map((message) => ({ ...message, ruleId: message.ruleId?.replace(/^tactful\//, "") ?? null }))
        .filter((message) => message.ruleId === null || known(message.ruleId));
      expect(compareFindings(expected, findings)).toEqual({ missing: [], extra: [] });
    });
  }
});

describe("the linter on the sample library", () => {
  it("reports nothing", async () => {
    const results = await eslint.lintFiles(templates);
    const findings = results.flatMap((result) => result.messages.map((message) => `${relative(root, result.filePath)}:${message.line}:${message.column} ${message.ruleId} ${message.message}`));
    expect(findings).toEqual([]);
  });
});
