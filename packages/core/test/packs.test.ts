import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { builtInPacks } from "@tactful/policies";
import { loadPacks } from "@tactful/policies/load";
import { parseTemplate, toneFindings } from "../src/index.js";

const ACME_PACK = fileURLToPath(new URL("../../../test/fixtures/packs/tactful-pack-acme/pack.yaml", import.meta.url));
const acme = loadPacks(["cn", ACME_PACK], { cwd: process.cwd() });

const message = (locale: string, body: string, sender: string): string =>
  `---\nid: t.notice\nversion: 1\nchannel: sms\nlocale: ${locale}\ncategory: collection\naudience: borrower\nsender: { name: ${sender}, role: creditor }\n---\n${body}\n`;
const BAILIFFS = message("en-IE", "Acme Loans: our bailiff squad will be in touch.", "Acme Loans");

describe("the packs a template is parsed with", () => {
  it("are the built-in ones unless given, and the document carries the pack it was parsed with", () => {
    const document = parseTemplate(BAILIFFS);
    expect(document.packs).toBe(builtInPacks);
    expect([document.jurisdiction, document.pack]).toEqual([null, null]);
    const defaults = builtInPacks.packs.map((pack) => `${pack.id}: ${pack.locales.join("/")}`).join("; ");
    expect(document.problems.map((problem) => problem.message)).toEqual([`no policy pack covers locale \`en-IE\` by default; set \`jurisdiction\` (${defaults})`]);

    const withAcme = parseTemplate(BAILIFFS, { packs: acme });
    expect(withAcme.packs).toBe(acme);
    expect([withAcme.jurisdiction, withAcme.pack?.name]).toEqual(["IE", "Acme fixture market"]);
    expect(withAcme.problems).toEqual([]);
  });

  it("name the packs a jurisdiction may be", () => {
    const document = parseTemplate(BAILIFFS.replace("locale: en-IE", "locale: en-IE\njurisdiction: US"), { packs: acme });
    expect(document.problems.map((problem) => problem.message)).toEqual(["there is no policy pack for jurisdiction `US` (packs: CN, IE)"]);
  });

  it("are what the tone engine reads", () => {
    expect(toneFindings(parseTemplate(BAILIFFS, { packs: acme })).map((finding) => [finding.entry.id, finding.matched])).toEqual([["IE-TONE-BAILIFF", "bailiff squad"]]);
    expect(toneFindings(parseTemplate(BAILIFFS))).toEqual([]);
  });
});
