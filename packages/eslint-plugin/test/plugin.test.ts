import { mkdtempSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { builtInPacks, packSet, type PolicyPack } from "@tactful/policies";
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import plugin, { pluginVersion, rules, VERSION } from "../src/index.js";
import packageJson from "../package.json" with { type: "json" };
import { template } from "./rule-tester.js";

const { packs } = builtInPacks;

describe("the plugin", () => {
  it("declares its language, processor, namespace and version", () => {
    expect(plugin.meta.namespace).toBe("tactful");
    expect(VERSION).toBe(packageJson.version);
    expect(plugin.meta.version.startsWith(`${VERSION}+packs.`)).toBe(true);
    expect(Object.keys(plugin.languages)).toEqual(["template"]);
    expect(Object.keys(plugin.processors)).toEqual(["policy-severity", "strict-severity"]);
  });

  it("changes its version, and so invalidates ESLint's cache, when a pack or its code changes", () => {
    const code = mkdtempSync(join(tmpdir(), "tactful-code-"));
    writeFileSync(join(code, "rule.js"), "a");
    const base = pluginVersion(builtInPacks, code);
    expect(pluginVersion(packSet(structuredClone(packs) as PolicyPack[]), code)).toBe(pluginVersion(packSet(structuredClone(packs) as PolicyPack[]), code));
    const changedLaw = structuredClone(packs) as PolicyPack[];
    changedLaw[0]!.sms.maxSegments += 1;
    expect(pluginVersion(packSet(changedLaw), code)).not.toBe(pluginVersion(packSet(structuredClone(packs) as PolicyPack[]), code));
    writeFileSync(join(code, "rule.js"), "ab");
    expect(pluginVersion(builtInPacks, code)).not.toBe(base);
    utimesSync(join(code, "rule.js"), new Date(0), new Date(0));
    expect(pluginVersion(builtInPacks, code)).not.toBe(base);
  });

  it("builds recommended from each rule's metadata and strict with every rule an error", () => {
    const recommended = plugin.configs.recommended.rules!;
    const strict = plugin.configs.strict.rules!;
    for (const [name, rule] of Object.entries(rules)) {
      expect(recommended[`tactful/${name}`]).toBe(rule.meta!.docs!.recommended);
      expect(strict[`tactful/${name}`]).toBe("error");
    }
    expect(plugin.configs.recommended.files).toEqual(["**/*.msg.njk"]);
    expect(plugin.configs.recommended.language).toBe("tactful/template");
    expect(plugin.configs.recommended.processor).toBe("tactful/policy-severity");
    expect(plugin.configs.strict.processor).toBe("tactful/strict-severity");
  });
});

describe("the level of a finding", () => {
  // A reminder without its amount and due date: the pack's entry for them only warns (CN-REM-DUE-021).
  const reminder = template({ category: "reminder", variables: [], body: "【示例金融】您好，请按时通过示例金融APP还款，详询400-000-0000。" });
  const organisation: Linter.Config = { files: ["**/*.msg.njk"], rules: { "tactful/required-disclosures": ["error", { require: [{ roles: ["reference-number"], reason: "our auditors trace every message" }] }] } };
  const levels = (config: Linter.Config[]): Array<[string | undefined, number, string]> =>
    new Linter({ configType: "flat" })
      .verify(reminder, config, { filename: "reminder.msg.njk" })
      .filter((message) => message.ruleId === "tactful/required-disclosures")
      .map((message) => [message.messageId, message.severity, /Role `([^`]+)`/u.exec(message.message)![1]!]);

  it("is the finding's own: a blocking requirement beside an advisory one at the same position stays an error", () => {
    const found = levels([plugin.configs.recommended, organisation]);
    expect(new Set(found.map(([messageId]) => messageId))).toEqual(new Set(["missing"]));
    expect(found.map(([, severity, role]) => [role, severity]).sort()).toEqual([
      ["amount-due", 1],
      ["due-date", 1],
      ["reference-number", 2],
    ]);
  });

  it("is an error for every finding under strict, with the rule's own messageIds", () => {
    expect(levels([plugin.configs.strict, organisation]).map(([messageId, severity]) => [messageId, severity])).toEqual([
      ["missing", 2],
      ["missing", 2],
      ["missing", 2],
    ]);
  });
});
