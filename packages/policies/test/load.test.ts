import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { builtInPacks } from "@tactful/policies";
import { loadPacks, PackLoadError, packLoadErrorText, packOfContent } from "@tactful/policies/load";
import { parse } from "yaml";

const FIXTURE = fileURLToPath(new URL("../../../test/fixtures/packs/tactful-pack-acme", import.meta.url));
const ACME = readFileSync(join(FIXTURE, "pack.yaml"), "utf8");

let project: string;
beforeEach(() => {
  project = mkdtempSync(join(tmpdir(), "tactful-load-"));
});
afterEach(() => rmSync(project, { recursive: true, force: true }));

/** The error loading these names throws, in a language. */
function refusal(specs: unknown[], locale: "en" | "zh-CN" | "zh-TW" = "en"): string {
  try {
    loadPacks(specs as string[], { cwd: project });
  } catch (error) {
    if (error instanceof PackLoadError) return packLoadErrorText(error, locale);
    throw error;
  }
  throw new Error("the packs loaded");
}

describe("loadPacks", () => {
  it("gives the built-in packs by their ids", () => {
    const set = loadPacks(["cn", "us"], { cwd: project });
    expect(set.packs.map((pack) => pack.id)).toEqual(["CN", "US"]);
    expect(set.packFor("US")).toEqual(builtInPacks.packFor("US"));
    expect(set.jurisdictionForLocale("zh-CN")).toBe("CN");
  });

  it("reads a pack file relative to the configuration's folder, and a package's pack by its package.json", () => {
    mkdirSync(join(project, "policies"));
    writeFileSync(join(project, "policies", "acme.yaml"), ACME);
    const fromFile = loadPacks(["us", "./policies/acme.yaml"], { cwd: project });
    expect(fromFile.packs.map((pack) => pack.id)).toEqual(["US", "IE"]);
    expect(fromFile.jurisdictionForLocale("en-IE")).toBe("IE");

    // Installed in a folder above the configuration's, as npm installs for a workspace.
    cpSync(FIXTURE, join(project, "node_modules", "@acme", "tactful-pack-acme"), { recursive: true });
    mkdirSync(join(project, "packages", "messages"), { recursive: true });
    const fromPackage = loadPacks(["@acme/tactful-pack-acme"], { cwd: join(project, "packages", "messages") });
    expect(fromPackage.packFor("IE")?.tone.lexicon.map((entry) => entry.id)).toEqual(["IE-TONE-BAILIFF"]);
  });

  it("gives another set, with another digest, when a pack file changes", () => {
    writeFileSync(join(project, "acme.yaml"), ACME);
    const before = loadPacks(["./acme.yaml"], { cwd: project });
    expect(loadPacks(["./acme.yaml"], { cwd: project })).toBe(before);
    writeFileSync(join(project, "acme.yaml"), ACME.replace("terms: [bailiff squad]", "terms: [bailiff squad, bailiff team]"));
    const after = loadPacks(["./acme.yaml"], { cwd: project });
    expect(after.digest).not.toBe(before.digest);
    expect(after.packFor("IE")!.tone.lexicon[0]!.terms).toEqual(["bailiff squad", "bailiff team"]);
  });

  it("refuses a missing file, an invalid pack (where it is wrong), a package without its pack, and two packs of one jurisdiction", () => {
    expect(refusal(["./missing.yaml"])).toBe("The policy pack file ./missing.yaml cannot be read: no such file.");
    writeFileSync(join(project, "slow.yaml"), ACME.replace("terms: [bailiff squad]", 'patterns: ["(a+)+b"]'));
    const line = ACME.split("\n").findIndex((text) => text.includes("terms: [bailiff squad]")) + 1;
    expect(refusal(["./slow.yaml"])).toBe(
      `./slow.yaml:${line}:18: the policy pack is not valid: The pattern can take exponential time: on a text with many “a” in a row, \`(a+)+\` can match them in ever more ways. Rewrite it so that each character can be matched one way only.`,
    );
    expect(refusal(["./slow.yaml"], "zh-CN")).toMatch(new RegExp(`^\\./slow\\.yaml:${line}:18：政策包无效：该模式的匹配时间可能呈指数增长`, "u"));
    writeFileSync(join(project, "schema.yaml"), ACME.replace("timezone: Europe/Dublin\n", ""));
    expect(refusal(["./schema.yaml"])).toMatch(/^\.\/schema\.yaml:\d+:1: the policy pack is not valid: `timezone` is required here\.$/u);

    expect(refusal(["@acme/not-installed"])).toBe(`The policy pack package @acme/not-installed is not installed (looked for node_modules/@acme/not-installed from ${project} up).`);
    mkdirSync(join(project, "node_modules", "no-entry"), { recursive: true });
    writeFileSync(join(project, "node_modules", "no-entry", "package.json"), '{ "name": "no-entry", "version": "1.0.0" }');
    expect(refusal(["no-entry"])).toBe('The package no-entry does not name its pack file: its package.json needs "tactful": { "pack": "./pack.yaml" }.');

    writeFileSync(join(project, "a.yaml"), ACME);
    writeFileSync(join(project, "b.yaml"), ACME.replace("name: Acme fixture market", "name: Another"));
    expect(refusal(["./a.yaml", "./b.yaml"])).toBe("Two policy packs are for jurisdiction IE: ./a.yaml and ./b.yaml. Name one pack per jurisdiction.");
    expect(refusal(["us", "us"], "zh-TW")).toBe("有兩個政策包都適用於管轄區域 US：us 和 us。每個管轄區域只能指定一個政策包。");
  });

  it("says where a pack given as data is wrong by its JSON Pointer, not a line of text it never had", () => {
    const pack = parse(ACME.replace("timezone: Europe/Dublin\n", "")) as Record<string, unknown>;
    let error: unknown;
    try {
      packOfContent(pack, "/policies/0/pack");
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(PackLoadError);
    expect(packLoadErrorText(error as PackLoadError)).toBe("/policies/0/pack: the policy pack is not valid: `timezone` is required here.");
    expect(packLoadErrorText(error as PackLoadError, "zh-CN")).toMatch(/^\/policies\/0\/pack：政策包无效：/u);
    expect(() => packOfContent(parse(ACME.replace("terms: [bailiff squad]", 'patterns: ["(a+)+b"]')), "/policies/0/pack")).toThrow(/^\/policies\/0\/pack\/tone\/lexicon\/0\/patterns\/0: the policy pack is not valid: The pattern can take exponential time/u);
  });

  it("refuses a name that cannot be a pack", () => {
    expect(refusal(["fr"])).toBe("There is no built-in policy pack fr (built in: cn, gb, hk, in, ke, ph, us). A pack file is named by its path (./fr.yaml).");
    expect(refusal(["US"])).toBe("There is no built-in policy pack US (built in: cn, gb, hk, in, ke, ph, us). A pack file is named by its path (./US.yaml).");
    expect(refusal(["not a package"])).toBe("A policy pack is named by a built-in id (cn, gb, hk, in, ke, ph, us), a path to a pack file or an npm package name; got not a package.");
    expect(refusal([""])).toBe('A policy pack is named by a built-in id (cn, gb, hk, in, ke, ph, us), a path to a pack file or an npm package name; got "".');
  });
});
