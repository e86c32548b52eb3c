import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { applies, builtInPacks, citationText, compilePattern, effectiveSeverity, recognizerPattern, type PolicyPack } from "@tactful/policies";
import { checkPack, packProblemText } from "@tactful/policies/check";

const { packs } = builtInPacks;

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const packFiles = readdirSync(join(packageDir, "packs")).filter((file) => file.endsWith(".yaml"));
const schema = JSON.parse(readFileSync(join(packageDir, "../../schemas/policy.schema.json"), "utf8"));

describe("policy packs", () => {
  it("each validate against schemas/policy.schema.json, read straight from YAML", () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
    const validate = ajv.compile(schema);
    expect(packFiles.sort()).toEqual(["cn.yaml", "gb.yaml", "hk.yaml", "in.yaml", "ke.yaml", "ph.yaml", "us.yaml"]);
    for (const file of packFiles) {
      const pack = parse(readFileSync(join(packageDir, "packs", file), "utf8"));
      expect(validate(pack) ? [] : validate.errors, file).toEqual([]);
    }
  });

  it("are what the package exports", () => {
    expect(packs.map((pack) => pack.id)).toEqual(["CN", "GB", "HK", "IN", "KE", "PH", "US"]);
    for (const file of packFiles) {
      // As written, with what it adopts resolved: the package carries no adoption left to resolve.
      const text = readFileSync(join(packageDir, "packs", file), "utf8");
      expect(builtInPacks.packFor((parse(text) as PolicyPack).id)).toEqual(checkPack(text).pack);
    }
  });

  it("cite only sources in their register, with patterns that compile", () => {
    for (const pack of packs) {
      const citations = JSON.stringify(pack).match(/"ref":"[^"]+"/g) ?? [];
      for (const citation of citations) expect(Object.keys(pack.sources), `${pack.id} ${citation}`).toContain(citation.slice(7, -1));
      for (const entry of pack.tone.lexicon) for (const pattern of entry.patterns ?? []) expect(() => compilePattern(pattern)).not.toThrow();
    }
  });

  it("cover every tone category in each market's language", () => {
    const categories = ["threat", "abusive", "false-legal", "false-credit", "pressure", "third-party-debt", "misleading-marketing"];
    expect(new Set(builtInPacks.packFor("CN")!.tone.lexicon.filter((entry) => entry.language === "zh").map((entry) => entry.category))).toEqual(new Set(categories));
    expect(new Set(builtInPacks.packFor("US")!.tone.lexicon.filter((entry) => entry.language === "en").map((entry) => entry.category))).toEqual(new Set(categories));
  });

  it("mark what the research flags as unverified so it warns rather than blocks", () => {
    const cn = builtInPacks.packFor("CN")!;
    expect(cn.sources["CN-S1b"]?.unverified).toBe(true);
    expect(cn.sources["CN-S22"]?.unverified).toBe(true);
    expect(effectiveSeverity({ severity: "block", unverified: true })).toBe("warn");
    expect(effectiveSeverity({ severity: "block" })).toBe("block");
    expect(effectiveSeverity({ severity: "info", unverified: true })).toBe("info");
  });

  it("give every entry's summary in Simplified Chinese, and keep `summary` English", () => {
    for (const pack of packs) {
      const entries: Array<{ id: string; summary: string; summaries?: Record<string, string> }> = [];
      const collect = (value: unknown): void => {
        if (Array.isArray(value)) value.forEach(collect);
        else if (typeof value === "object" && value !== null) {
          if ("summary" in value && "id" in value) entries.push(value as (typeof entries)[number]);
          Object.values(value).forEach(collect);
        }
      };
      collect(pack);
      expect(entries.length, pack.id).toBeGreaterThan(30);
      for (const entry of entries) {
        expect(entry.summaries?.["zh-CN"], entry.id).toMatch(/\p{Script=Han}.*。$/u);
        expect(entry.summary, entry.id).toMatch(/^[A-Z“]/u);
      }
    }
  });

  it("describe in Simplified Chinese every wording a finding names (pricing triggers, accepted and rejected wordings, wrong-recipient lines)", () => {
    for (const pack of packs) {
      const wordings = [
        ...(pack.rateDisclosure ?? []).flatMap((entry) => [...entry.triggers, ...entry.accepted].map((wording) => [entry.id, wording] as const)),
        ...(pack.debtCollectorDisclosure ?? []).flatMap((entry) => entry.accepted.map((wording) => [entry.id, wording] as const)),
        ...pack.optOut.flatMap((entry) => [...(entry.accepted ?? []), ...(entry.rejected ?? [])].map((wording) => [entry.id, wording] as const)),
        ...pack.recipientIdentification.flatMap((entry) => (entry.wrongRecipient ?? []).map((wording) => [entry.id, wording] as const)),
      ];
      expect(wordings.length, pack.id).toBeGreaterThan(10);
      for (const [id, wording] of wordings) {
        expect(wording.description, `${id} /${wording.pattern}/`).toMatch(/\S/u);
        expect(wording.descriptions?.["zh-CN"], `${id} /${wording.pattern}/`).toMatch(/\p{Script=Han}/u);
      }
    }
  });

  it("carry the recognisers the sample library relies on", () => {
    const cn = builtInPacks.packFor("CN")!;
    const contact = cn.recognizers.contact!.map((recognizer) => compilePattern(recognizerPattern(recognizer)!));
    expect(contact.some((pattern) => pattern.test("客服{客服电话}"))).toBe(true);
    expect(contact.some((pattern) => pattern.test("详询400-000-0000。"))).toBe(true);
    expect(contact.some((pattern) => pattern.test("尾号13812345678"))).toBe(false);
    const optOut = cn.optOut.find((entry) => entry.id === "CN-MKT-OPTOUT-002")!;
    expect(optOut.accepted!.some((wording) => compilePattern(wording.pattern).test("拒收請回復R"))).toBe(true);
    const mobile = cn.pii.literals.find((literal) => literal.kind === "phone")!;
    const wholeMobile = compilePattern(`^(?:${mobile.pattern})$`);
    expect(wholeMobile.test("13812345678")).toBe(true);
    expect(wholeMobile.test("4000000000")).toBe(false);
  });
});

describe("the shipped packs' own regression suites", () => {
  it("hold at least 20 examples (report and pass) for each tone category a pack has entries of", () => {
    const short = packs.flatMap((pack) => {
      const counts = new Map<string, number>();
      for (const entry of pack.tone.lexicon) counts.set(entry.category, (counts.get(entry.category) ?? 0) + (entry.examples?.report?.length ?? 0) + (entry.examples?.pass?.length ?? 0));
      return [...counts].filter(([, count]) => count < 20).map(([category, count]) => `${pack.id} ${category}: ${count}`);
    });
    expect(short).toEqual([]);
  });
});

describe("jurisdictions and applicability", () => {
  it("default a jurisdiction from the locale a pack lists", () => {
    expect(builtInPacks.jurisdictionForLocale("zh-CN")).toBe("CN");
    expect(builtInPacks.jurisdictionForLocale("en-US")).toBe("US");
    expect(builtInPacks.jurisdictionForLocale("zh-TW")).toBeUndefined();
    expect(builtInPacks.jurisdictionForLocale("en-GB")).toBe("GB");
    expect(builtInPacks.jurisdictionForLocale("fil-PH")).toBe("PH");
    expect(builtInPacks.jurisdictionForLocale("en-IE")).toBeUndefined();
  });

  it("select entries by category, audience, channel and sender role", () => {
    const when = { category: ["collection" as const], channel: ["sms" as const, "email" as const] };
    expect(applies(when, { category: "collection", channel: "sms" })).toBe(true);
    expect(applies(when, { category: "collection", channel: "push" })).toBe(false);
    expect(applies(when, { category: "marketing", channel: "sms" })).toBe(false);
    expect(applies(when, { channel: "sms" })).toBe(false);
    expect(applies(undefined, {})).toBe(true);
    expect(applies({ senderRole: ["collection-agency"] }, { senderRole: "creditor" })).toBe(false);
  });

  it("cite sources by title and article", () => {
    const cn = builtInPacks.packFor("CN")!;
    expect(citationText(cn, [{ ref: "CN-S4", articles: "Art. 43" }, { ref: "CN-S23" }])).toBe(
      "广告法 (2021 amendment) Art. 43; SMS platform and carrier template rules (Alibaba Cloud, Tencent Cloud, Huawei Cloud, Qiniu, Volcengine)",
    );
  });
});

describe("the pack compiler", () => {
  it("refuses an invalid pack with the file, line and column of each problem", () => {
    const directory = mkdtempSync(join(tmpdir(), "tactful-packs-"));
    const valid = readFileSync(join(packageDir, "packs", "us.yaml"), "utf8");
    writeFileSync(join(directory, "xx.yaml"), valid.replace("id: US\n", "id: XX\n").replace("maxSegments: 3", "maxSegments: three").replace("{ ref: US-S4 }", "{ ref: US-S99 }"));
    let output = "";
    try {
      execFileSync(process.execPath, [join(packageDir, "scripts", "compile-packs.mjs"), "--check", "--packs", directory], { stdio: "pipe" });
    } catch (error) {
      output = String((error as { stderr: Buffer }).stderr);
      expect((error as { status: number }).status).toBe(1);
    }
    expect(output).toMatch(/xx\.yaml:\d+:\d+: `sms\.maxSegments` must be of type integer\./);
  });

  it("refuses a citation of a source the register lacks", () => {
    const directory = mkdtempSync(join(tmpdir(), "tactful-packs-"));
    const valid = readFileSync(join(packageDir, "packs", "us.yaml"), "utf8");
    writeFileSync(join(directory, "xx.yaml"), valid.replace("- { ref: US-S8 }\n  confidence: medium\n\ntone:", "- { ref: US-S99 }\n  confidence: medium\n\ntone:"));
    const run = (): Buffer => execFileSync(process.execPath, [join(packageDir, "scripts", "compile-packs.mjs"), "--check", "--packs", directory], { stdio: "pipe" });
    expect(run).toThrow(/xx\.yaml:\d+:\d+: Cites US-S99, which is not in the source register/);
  });

  it("refuses a slot that names no word class of the entry's language", () => {
    const directory = mkdtempSync(join(tmpdir(), "tactful-packs-"));
    const valid = readFileSync(join(packageDir, "packs", "us.yaml"), "utf8");
    writeFileSync(join(directory, "xx.yaml"), valid.replace("slots: [go, your-place]", "slots: [go, their-place]"));
    const run = (): Buffer => execFileSync(process.execPath, [join(packageDir, "scripts", "compile-packs.mjs"), "--check", "--packs", directory], { stdio: "pipe" });
    expect(run).toThrow(/xx\.yaml:\d+:\d+: Slot their-place is not a word class of tone\.languages\.en\.classes/);
  });

  it("refuses a cited class that names no word class of the entry's language", () => {
    const directory = mkdtempSync(join(tmpdir(), "tactful-packs-"));
    const valid = readFileSync(join(packageDir, "packs", "us.yaml"), "utf8");
    writeFileSync(join(directory, "xx.yaml"), valid.replace("cites: [named-court, case-number]", "cites: [named-court, docket]"));
    const run = (): Buffer => execFileSync(process.execPath, [join(packageDir, "scripts", "compile-packs.mjs"), "--check", "--packs", directory], { stdio: "pipe" });
    expect(run).toThrow(/xx\.yaml:\d+:\d+: Cited class docket is not a word class of tone\.languages\.en\.classes/);
  });
});

describe("checkPack", () => {
  const us = readFileSync(join(packageDir, "packs", "us.yaml"), "utf8");

  it("finds no error in a shipped pack", () => {
    for (const file of packFiles) {
      const errors = checkPack(readFileSync(join(packageDir, "packs", file), "utf8")).problems.filter((problem) => problem.severity === "error");
      expect(errors.map((problem) => `${file}:${problem.line}: ${packProblemText(problem)}`)).toEqual([]);
    }
  });

  it("reports a second use of an entry id where it is, naming the line of the first", () => {
    const text = us.replace("- id: US-TONE-FAKE-PROCESS", "- id: US-TONE-GOVERNMENT");
    const first = text.slice(0, text.indexOf("- id: US-TONE-GOVERNMENT")).split("\n").length;
    const second = text.slice(0, text.lastIndexOf("- id: US-TONE-GOVERNMENT")).split("\n").length;
    const problem = checkPack(text).problems.find((candidate) => candidate.messageId === "duplicateId");
    expect(problem).toMatchObject({ severity: "error", line: second, column: 7 });
    expect(packProblemText(problem!)).toBe(`Entry id US-TONE-GOVERNMENT is used twice (also on line ${first}).`);
  });

  it("warns of a pattern whose backtracking takes polynomial time, and leaves the pack usable", () => {
    const checked = checkPack(us.replace('pattern: "\\\\bHELP\\\\b"', 'pattern: "\\\\bHELP\\\\s*\\\\s*!"'));
    expect(checked.pack).not.toBeNull();
    const problem = checked.problems.find((candidate) => candidate.messageId === "polynomialPattern");
    expect(problem?.severity).toBe("warning");
    expect(packProblemText(problem!, "zh-CN")).toContain("`\\s*` / `\\s*`");
  });

  it("checks a placeholder recognizer's words as the pattern they make, where the placeholder is written", () => {
    const text = us.replace('placeholder: { names: "link|url|portal|site|pay_?page"', 'placeholder: { names: "link|(url"');
    const problem = checkPack(text).problems.find((candidate) => candidate.messageId === "badPattern");
    expect(problem).toMatchObject({ severity: "error", line: text.slice(0, text.indexOf('names: "link|(url"')).split("\n").length });
    expect(packProblemText(problem!)).toContain("Unterminated group");
  });

  it("refuses a personal-data shape that needs what the pack does not give", () => {
    const directory = mkdtempSync(join(tmpdir(), "tactful-packs-"));
    const valid = readFileSync(join(packageDir, "packs", "us.yaml"), "utf8");
    writeFileSync(join(directory, "xx.yaml"), valid.replace("      needs: checksum\n      checksum: luhn\n", "      needs: checksum\n"));
    const run = (): Buffer => execFileSync(process.execPath, [join(packageDir, "scripts", "compile-packs.mjs"), "--check", "--packs", directory], { stdio: "pipe" });
    expect(run).toThrow(/xx\.yaml:\d+:\d+: .*needs a checksum, but names no `checksum` algorithm/);
  });
});
