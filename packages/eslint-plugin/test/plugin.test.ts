import { mkdtempSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { packs } from "@tactful/policies";
import { describe, expect, it } from "vitest";
import plugin, { pluginVersion, rules, VERSION } from "../src/index.js";
import packageJson from "../package.json" with { type: "json" };

describe("the plugin", () => {
  it("declares its language, processor, namespace and version", () => {
    expect(plugin.meta.namespace).toBe("tactful");
    expect(VERSION).toBe(packageJson.version);
    expect(plugin.meta.version.startsWith(`${VERSION}+packs.`)).toBe(true);
    expect(Object.keys(plugin.languages)).toEqual(["template"]);
    expect(Object.keys(plugin.processors)).toEqual(["policy-severity"]);
  });

  it("changes its version, and so invalidates ESLint's cache, when a pack or its code changes", () => {
    const code = mkdtempSync(join(tmpdir(), "tactful-code-"));
    writeFileSync(join(code, "rule.js"), "a");
    const base = pluginVersion(packs, code);
    expect(pluginVersion(packs, code)).toBe(base);
    const changedLaw = structuredClone(packs) as unknown as Array<{ sms: { maxSegments: number } }>;
    changedLaw[0]!.sms.maxSegments += 1;
    expect(pluginVersion(changedLaw, code)).not.toBe(base);
    writeFileSync(join(code, "rule.js"), "ab");
    expect(pluginVersion(packs, code)).not.toBe(base);
    utimesSync(join(code, "rule.js"), new Date(0), new Date(0));
    expect(pluginVersion(packs, code)).not.toBe(base);
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
    expect(plugin.configs.strict.processor).toBeUndefined();
  });
});
