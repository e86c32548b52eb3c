import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { analyzeText } from "@tactful/core";
import { builtInPacks } from "@tactful/policies";
import { checkPack, packProblemText } from "@tactful/policies/check";
import { loadPacks, PackLoadError, packLoadErrorText } from "@tactful/policies/load";

const { packs } = builtInPacks;

/**
 * `tone.adopt`: a market takes another pack's wording of threats in a language, with its own law
 * cited for each category, and adds its own words to the language's rules.
 */

const FIXTURE = readFileSync(fileURLToPath(new URL("../../../test/fixtures/packs/tactful-pack-acme/pack.yaml", import.meta.url)), "utf8");
const us = packs.find((pack) => pack.id === "US")!;

/** The fixture market with this `adopt` block, and these lines added to its own English rules. */
function adopting(adopt: string, englishRules = "{ negators: [not, never] }"): string {
  const text = FIXTURE.replace("tone:\n  languages:\n    en: { negators: [not, never] }\n", `tone:\n  adopt:\n${adopt}  languages:\n    en: ${englishRules}\n`);
  expect(text).not.toBe(FIXTURE);
  return text;
}

const THREATS = "    - from: us\n      language: en\n      sources: { threat: [{ ref: IE-S1, articles: \"§7\" }] }\n";

let project: string;
beforeEach(() => {
  project = mkdtempSync(join(tmpdir(), "tactful-adopt-"));
});
afterEach(() => rmSync(project, { recursive: true, force: true }));

describe("a pack that adopts another's tone entries", () => {
  it("takes the entries of the categories it cites, under its own id and citations, and the language's rules with its own words added", () => {
    const { pack, problems } = checkPack(adopting(THREATS, "{ negators: [hindi], classes: { others: { terms: [kapitbahay] } } }"));
    expect(problems).toEqual([]);
    const adopted = pack!.tone.lexicon.filter((entry) => entry.id.startsWith("IE-US-"));
    const threats = us.tone.lexicon.filter((entry) => entry.category === "threat" && entry.language === "en");
    expect(adopted.map((entry) => entry.id)).toEqual(threats.map((entry) => `IE-${entry.id}`));
    expect(adopted.map((entry) => entry.adoptedFrom)).toEqual(threats.map((entry) => entry.id));
    expect(new Set(adopted.map((entry) => JSON.stringify(entry.sources)))).toEqual(new Set([JSON.stringify([{ ref: "IE-S1", articles: "§7" }])]));
    expect(pack!.tone.lexicon.some((entry) => entry.id === "IE-TONE-BAILIFF")).toBe(true);
    expect(pack!.tone).not.toHaveProperty("adopt");
    const english = pack!.tone.languages.en!;
    expect(english.negators).toEqual([...new Set([...us.tone.languages.en!.negators!, "hindi"])]);
    expect(english.classes!["others"]!.terms).toEqual([...us.tone.languages.en!.classes!["others"]!.terms!, "kapitbahay"]);
    expect(english.classes!["tell"]).toEqual(us.tone.languages.en!.classes!["tell"]);
  });

  it("reads a threat with the adopted words, and the words it added, as its own finding", () => {
    const { pack } = checkPack(adopting(THREATS, "{ negators: [hindi], classes: { others: { terms: [kapitbahay] } } }"));
    const found = (text: string, by = pack!) => analyzeText(text, by, "en", { category: "collection" }).map((match) => match.entry.id);
    expect(found("Acme Loans: pay today or we will tell your employer about this debt.")).toEqual(["IE-US-TONE-CONTACT-OTHERS"]);
    const neighbours = "Acme Loans: pay today or we will tell your kapitbahay about this debt.";
    expect(found(neighbours)).toEqual([expect.stringMatching(/^IE-US-TONE-/u)]);
    expect(found(neighbours, checkPack(adopting(THREATS)).pack!)).toEqual([]);
    expect(found("Acme Loans: we will not tell your employer or anyone else about this account.")).toEqual([]);
  });

  it("leaves out what it excepts, and an own entry of an adopted id replaces it", () => {
    const own = FIXTURE.replace("    - id: IE-TONE-BAILIFF", "    - id: IE-US-TONE-VIOLENCE");
    const text = adopting(`${THREATS}      except: [US-TONE-EXPOSURE]\n`).replace(FIXTURE.slice(FIXTURE.indexOf("  lexicon:")), own.slice(own.indexOf("  lexicon:")));
    const { pack, problems } = checkPack(text);
    expect(problems).toEqual([]);
    const ids = pack!.tone.lexicon.map((entry) => entry.id);
    expect(ids).not.toContain("IE-US-TONE-EXPOSURE");
    expect(ids.filter((id) => id === "IE-US-TONE-VIOLENCE")).toHaveLength(1);
    expect(pack!.tone.lexicon.find((entry) => entry.id === "IE-US-TONE-VIOLENCE")!.terms).toEqual(["bailiff squad"]);
  });

  it("refuses, at its line, a pack it cannot read, a language the other pack lacks and an exception that names no entry", () => {
    const problems = (adopt: string) =>
      checkPack(adopting(adopt)).problems.map((problem) => `${problem.line}:${problem.column} ${packProblemText(problem)}`);
    expect(problems("    - from: xx\n      language: en\n      sources: { threat: [{ ref: IE-S1 }] }\n")).toEqual([
      "30:7 `from` names xx, which is not a policy pack that can be read: a built-in id (cn, gb, hk, in, ke, ph, us), a path from this file or an installed npm package.",
    ]);
    expect(problems("    - from: us\n      language: zh\n      sources: { threat: [{ ref: IE-S1 }] }\n")).toEqual([
      "31:7 Pack US has no tone rules for language zh: there is nothing to adopt.",
    ]);
    expect(problems(`${THREATS}      except: [US-TONE-EXPOSUER]\n`)).toEqual([
      "33:16 `except` names US-TONE-EXPOSUER, which pack US does not have: a misspelt id would adopt the entry it meant to leave out.",
    ]);
    expect(problems("    - from: us\n      language: en\n      sources: { threat: [{ ref: IE-S9 }] }\n")).toEqual([expect.stringMatching(/^32:\d+ .*IE-S9/u)]);
  });

  it("adopts from a pack file named by its path, and a load refuses a cycle with the files on the way", () => {
    writeFileSync(join(project, "base.yaml"), adopting(THREATS).replace("id: IE", "id: NZ").replaceAll("IE-", "NZ-"));
    writeFileSync(join(project, "market.yaml"), adopting("    - from: ./base.yaml\n      language: en\n      sources: { threat: [{ ref: IE-S1 }] }\n"));
    const loaded = loadPacks(["./market.yaml"], { cwd: project }).packFor("IE")!;
    expect(loaded.tone.lexicon.filter((entry) => entry.id.startsWith("IE-NZ-US-")).length).toBeGreaterThan(0);

    writeFileSync(join(project, "base.yaml"), adopting("    - from: ./market.yaml\n      language: en\n      sources: { threat: [{ ref: IE-S1 }] }\n").replace("id: IE", "id: NZ"));
    const refusal = (() => {
      try {
        loadPacks(["./market.yaml"], { cwd: project });
      } catch (error) {
        if (error instanceof PackLoadError) return packLoadErrorText(error);
        throw error;
      }
      return "loaded";
    })();
    expect(refusal).toMatch(/`adopt` leads back to this pack: market\.yaml → base\.yaml → market\.yaml/u);
  });

  it("cannot be set by an overlay: the base's languages are its own", () => {
    const overlay = `extends: us\nname: Acme rules\nversion: 2026.1.0\ntone:\n  adopt:\n    - from: cn\n      language: zh\n      sources: { threat: [{ ref: US-S1 }] }\n  lexicon: []\n`;
    expect(checkPack(overlay).problems.map((problem) => packProblemText(problem))).toContain("`tone.adopt` comes from the base pack: an overlay cannot set it.");
  });
});

describe("a pack that adopts another's recognizers", () => {
  /** The fixture market with these recognizers. */
  const recognizing = (recognizers: string): string => {
    const text = FIXTURE.replace("recognizers: {}\n", `recognizers:\n${recognizers}`);
    expect(text).not.toBe(FIXTURE);
    return text;
  };
  const ownHotline = "  contact:\n    - { pattern: \"\\\\b1800 [0-9]{3} [0-9]{3}\\\\b\", description: an Irish freephone number }\n";

  it("takes the other pack's recognizers of the roles it names, before its own, and no other role's", () => {
    const { pack, problems } = checkPack(recognizing(`  adopt:\n    - { from: us, roles: [contact, due-date] }\n${ownHotline}`));
    expect(problems).toEqual([]);
    expect(pack!.recognizers).not.toHaveProperty("adopt");
    expect(Object.keys(pack!.recognizers).sort()).toEqual(["contact", "due-date"]);
    expect(pack!.recognizers["due-date"]).toEqual(us.recognizers["due-date"]);
    expect(pack!.recognizers.contact!.map((recognizer) => recognizer.description)).toEqual([...us.recognizers.contact!.map((recognizer) => recognizer.description), "an Irish freephone number"]);
  });

  it("keeps one of a recognizer it also has itself, however it is described", () => {
    const [first] = us.recognizers.contact!;
    const own = `  contact:\n    - ${JSON.stringify({ ...first, description: "the same, in other words" })}\n`;
    const { pack } = checkPack(recognizing(`  adopt:\n    - { from: us, roles: [contact] }\n${own}`));
    expect(pack!.recognizers.contact).toEqual(us.recognizers.contact);
  });

  it("refuses, at its line, a pack it cannot read, a role the other pack does not recognise and an adoption without roles", () => {
    const problems = (adopt: string) =>
      checkPack(recognizing(`  adopt:\n${adopt}`)).problems.map((problem) => `${problem.line}:${problem.column} ${packProblemText(problem)}`);
    expect(problems("    - { from: xx, roles: [contact] }\n")).toEqual([expect.stringMatching(/^13:9 `from` names xx, which is not a policy pack/u)]);
    expect(problems("    - { from: us, roles: [contact, days-overdue] }\n")).toEqual(["13:36 Pack US has no recognizers of role days-overdue: there is nothing to adopt."]);
    expect(problems("    - { from: us }\n")).toEqual([expect.stringMatching(/^13:7 .*roles/u)]);
  });

  it("cannot be set by an overlay: the base's recognizers are its own", () => {
    const overlay = `extends: hk\nname: Acme rules\nversion: 2026.1.0\nrecognizers:\n  adopt:\n    - { from: gb, roles: [contact] }\n`;
    expect(checkPack(overlay).problems.map((problem) => packProblemText(problem))).toContain("`recognizers.adopt` comes from the base pack: an overlay cannot set it.");
  });

  it("gives Hong Kong the CN and US packs' wordings as they are there, mended or not", () => {
    const hk = packs.find((pack) => pack.id === "HK")!;
    const cn = packs.find((pack) => pack.id === "CN")!;
    for (const role of ["contact", "repayment-channel", "amount-due", "due-date"] as const) {
      expect(hk.recognizers[role], role).toEqual(expect.arrayContaining([...cn.recognizers[role]!, ...us.recognizers[role]!]));
    }
  });
});

describe("a pack that adopts another's words for whose a number is", () => {
  /** The fixture market with these number owners' words. */
  const owning = (owners: string): string => {
    const text = FIXTURE.replace("pii:\n  literals: []\n", `pii:\n  literals: []\n  owners:\n${owners}`);
    expect(text).not.toBe(FIXTURE);
    return text;
  };

  it("takes the other pack's words before its own, once each", () => {
    const { pack, problems } = checkPack(owning(`    adopt: [us]\n    personal: ["\\\\bPPSN\\\\b", "\\\\b(?:your|ur|yours)\\\\b"]\n`));
    expect(problems).toEqual([]);
    expect(pack!.pii.owners).not.toHaveProperty("adopt");
    expect(pack!.pii.owners!.personal).toEqual([...us.pii.owners!.personal, "\\bPPSN\\b"]);
    expect(pack!.pii.owners!.sender).toEqual(us.pii.owners!.sender);
    expect(pack!.pii.owners!.personalAfter).toEqual(us.pii.owners!.personalAfter);
  });

  it("refuses, at its line, a pack it cannot read and a pack that has no such words", () => {
    const unknown = checkPack(owning("    adopt: [xx]\n")).problems.map((problem) => `${problem.line}:${problem.column} ${packProblemText(problem)}`);
    expect(unknown).toEqual([expect.stringMatching(/^20:13 `from` names xx, which is not a policy pack/u)]);
    writeFileSync(join(project, "base.yaml"), FIXTURE.replace("id: IE", "id: NZ"));
    writeFileSync(join(project, "market.yaml"), owning("    adopt: [./base.yaml]\n"));
    expect(() => loadPacks(["./market.yaml"], { cwd: project })).toThrow(PackLoadError);
    try {
      loadPacks(["./market.yaml"], { cwd: project });
    } catch (error) {
      expect(packLoadErrorText(error as PackLoadError)).toContain("Pack NZ has no `pii.owners`: there is nothing to adopt.");
    }
  });

  it("gives Hong Kong every word of the CN and US packs, as they are there, and its own", () => {
    const hk = packs.find((pack) => pack.id === "HK")!;
    const cn = packs.find((pack) => pack.id === "CN")!;
    for (const key of ["personal", "sender"] as const) {
      expect(hk.pii.owners![key], key).toEqual(expect.arrayContaining([...cn.pii.owners![key], ...us.pii.owners![key]]));
    }
    expect(hk.pii.owners!.personal).toContain("身份證號碼|身分證號碼|HKID|\\bID (?:card )?(?:no\\.?|number)");
  });
});
