import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadPacks, PackLoadError, packLoadErrorText, packWaivers } from "@tactful/policies/load";

/**
 * Overlays: a pack that `extends` another adds and tightens, and what it would relax in its base
 * is refused at its line unless it `waives` the entry with a reason.
 */

const ACME_PACK = readFileSync(fileURLToPath(new URL("../../../test/fixtures/packs/tactful-pack-acme/pack.yaml", import.meta.url)), "utf8");

let project: string;
beforeEach(() => {
  project = mkdtempSync(join(tmpdir(), "tactful-overlay-"));
});
afterEach(() => rmSync(project, { recursive: true, force: true }));

const HEADER = "extends: cn\nname: Acme house rules\nversion: 2026.12.0\n";

/** The CN collection send window, restated with these lines changed. */
const sendWindow = ({ window = '"08:00-22:00"', severity = "block", when = "{ category: [collection, reminder] }" } = {}): string =>
  `sendLimits:\n  - id: CN-COL-TIME-011\n    summary: Our collection window.\n    when: ${when}\n    window: ${window}\n    severity: ${severity}\n    sources: [{ ref: CN-S16 }]\n    confidence: high\n`;

function load(files: Record<string, string>, specs = ["./overlay.yaml"]) {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(project, name), text);
  return loadPacks(specs, { cwd: project });
}

/** Why loading this overlay is refused, in a language. */
function refusal(overlay: string, locale: "en" | "zh-CN" | "zh-TW" = "en", others: Record<string, string> = {}): string {
  try {
    load({ ...others, "overlay.yaml": overlay });
  } catch (error) {
    if (error instanceof PackLoadError) return packLoadErrorText(error, locale);
    throw error;
  }
  throw new Error("the overlay loaded");
}

describe("an overlay", () => {
  it("applies to its base's jurisdiction, stands for the base named beside it, and keeps the base's id and version", () => {
    const overlay = `${HEADER}${sendWindow({ window: '"09:00-20:00"' })}`;
    const alone = load({ "overlay.yaml": overlay });
    expect(alone.packs.map((pack) => pack.id)).toEqual(["CN"]);
    const withBase = loadPacks(["cn", "us", "./overlay.yaml"], { cwd: project });
    expect(withBase.packs.map((pack) => pack.id).sort()).toEqual(["CN", "US"]);
    const cn = withBase.packFor("CN")!;
    expect(cn.version).toBe(alone.packFor("CN")!.version);
    expect(cn.sendLimits.find((limit) => limit.id === "CN-COL-TIME-011")!.window).toBe("09:00-20:00");
    expect(cn.overlays).toEqual([{ name: "Acme house rules", version: "2026.12.0", waives: [] }]);
  });

  it("is read again when its base file changes", () => {
    const first = load({ "base.yaml": `extends: cn\nname: Group rules\nversion: 2026.1.0\n${sendWindow({ window: '"09:00-21:00"' })}`, "overlay.yaml": "extends: ./base.yaml\nname: Team rules\nversion: 2026.1.0\n" });
    writeFileSync(join(project, "base.yaml"), `extends: cn\nname: Group rules\nversion: 2026.1.1\n${sendWindow({ window: '"09:00-20:00"' })}`);
    const second = loadPacks(["./overlay.yaml"], { cwd: project });
    expect([first, second].map((set) => set.packFor("CN")!.sendLimits[0]!.window)).toEqual(["09:00-21:00", "09:00-20:00"]);
    expect(second.packFor("CN")!.overlays!.map((record) => record.name)).toEqual(["Group rules", "Team rules"]);
  });

  it.each([
    ["a wider send window", sendWindow({ window: '"07:00-23:00"' }), "./overlay.yaml:8:5: the policy pack is not valid: CN-COL-TIME-011: `window` 08:00-22:00 → 07:00-23:00 relaxes the base pack."],
    ["a lower severity", sendWindow({ severity: "warn" }), "./overlay.yaml:9:5: the policy pack is not valid: CN-COL-TIME-011: `severity` block → warn relaxes the base pack."],
    ["fewer templates", sendWindow({ when: "{ category: [collection] }" }), "./overlay.yaml:7:5: the policy pack is not valid: CN-COL-TIME-011: `when.category` leaves out reminder, where the base pack's entry applies."],
    [
      "a higher daily cap",
      "sendLimits:\n  - id: CN-COL-FREQ-012\n    summary: Three a day.\n    when: { category: [collection], channel: [sms] }\n    maxPerDay: 3\n    severity: warn\n    sources: [{ ref: CN-S16 }]\n    confidence: low\n",
      "./overlay.yaml:8:5: the policy pack is not valid: CN-COL-FREQ-012: `maxPerDay` 1 → 3 relaxes the base pack.",
    ],
    ["a bigger segment budget", "sms:\n  maxSegments: 3\n  sources: [{ ref: CN-S23 }]\n", "./overlay.yaml:5:3: the policy pack is not valid: sms.maxSegments: `maxSegments` 2 → 3 relaxes the base pack."],
    [
      "a dropped required role",
      "disclosures:\n  - id: CN-COL-ID-018\n    summary: Fewer facts.\n    when: { category: [collection], audience: [borrower], channel: [sms, email] }\n    roles: [creditor, amount-due, days-overdue, repayment-channel]\n    severity: block\n    sources: [{ ref: CN-S11 }]\n    confidence: medium\n",
      "./overlay.yaml:8:5: the policy pack is not valid: CN-COL-ID-018: drops “contact” from `roles`, which the base pack requires.",
    ],
    ["more wordings for a role the base recognises", "recognizers:\n  contact:\n    - { pattern: 随时联系 }\n", "./overlay.yaml:5:3: the policy pack is not valid: recognizers.contact: adds “随时联系” to `recognizers`, which widens what the base pack accepts."],
  ])("is refused when it relaxes a base entry without a waiver: %s", (_, body, message) => {
    const said = refusal(`${HEADER}${body}`);
    expect(said.slice(0, message.length)).toBe(message);
    expect(said).toMatch(/list \S+ under `waives` with a reason\.$/u);
  });

  it("asks one of a base's alternative roles alone, but cannot turn a required role into alternatives", () => {
    const roles = (list: string) =>
      `disclosures:\n  - id: CN-COL-ID-018\n    summary: Our facts.\n    when: { category: [collection], audience: [borrower], channel: [sms, email] }\n    roles: ${list}\n    severity: block\n    sources: [{ ref: CN-S11 }]\n    confidence: medium\n`;
    const narrowed = load({ "overlay.yaml": `${HEADER}${roles("[creditor, amount-due, days-overdue, repayment-channel, contact]")}` });
    expect(narrowed.packFor("CN")!.disclosures.find((entry) => entry.id === "CN-COL-ID-018")!.roles).toContain("days-overdue");
    expect(refusal(`${HEADER}${roles("[[creditor, contact], amount-due, [days-overdue, due-date], repayment-channel]")}`)).toMatch(
      /^\.\/overlay\.yaml:8:5: the policy pack is not valid: CN-COL-ID-018: drops “creditor”, “contact” from `roles`/u,
    );
  });

  it("says a base entry's wordings its own way, in its own languages, and still cannot add one", () => {
    const agency = (accepted: string) =>
      `debtCollectorDisclosure:\n  - id: CN-COL-AGENCY-018\n    summary: Our agencies name the creditor.\n    summaries: { zh-CN: "我们的催收机构写明委托的债权人。" }\n    when: { category: [collection], senderRole: [collection-agency] }\n    accepted:\n${accepted}    insert: 受{creditor}委托，\n    severity: block\n    sources: [{ ref: CN-S11 }]\n    confidence: high\n`;
    const ours = '      - { pattern: "受.{1,24}委托|受.{1,24}委託", description: the creditor who entrusted us, descriptions: { zh-CN: 委托我们的债权人, zh-TW: 委託本公司的債權人 } }\n';
    const entry = (load({ "overlay.yaml": `${HEADER}${agency(ours)}` }).packFor("CN")!.debtCollectorDisclosure ?? []).find((candidate) => candidate.id === "CN-COL-AGENCY-018")!;
    expect(entry.accepted[0]!.descriptions).toEqual({ "zh-CN": "委托我们的债权人", "zh-TW": "委託本公司的債權人" });
    expect(entry.summaries).toEqual({ "zh-CN": "我们的催收机构写明委托的债权人。" });
    expect(refusal(`${HEADER}${agency(`${ours}      - { pattern: "代表", description: on behalf of, descriptions: { zh-CN: 代表 } }\n`)}`)).toMatch(/CN-COL-AGENCY-018: adds “代表” to `accepted`, which widens what the base pack accepts\./u);
  });

  it("says the refusal in Chinese too", () => {
    expect(refusal(`${HEADER}${sendWindow({ severity: "info" })}`, "zh-CN")).toBe(
      "./overlay.yaml:9:5：政策包无效：CN-COL-TIME-011：`severity` 由 block 改为 info，放宽了基础政策包。只接受更严格的值；如需放宽，请在 `waives` 中列出 CN-COL-TIME-011 并写明原因。",
    );
    expect(refusal(`${HEADER}${sendWindow({ severity: "info" })}`, "zh-TW")).toContain("放寬了基礎政策包");
  });

  it("relaxes an entry it waives with a reason, and drops one it waives without restating it", () => {
    const waives = "waives:\n  - entry: CN-COL-TIME-011\n    reason: These borrowers agreed in writing.\n  - entry: CN-COL-FREQ-012\n    reason: The daily cap is kept by the dialler.\n";
    const cn = load({ "overlay.yaml": `${HEADER}${waives}${sendWindow({ window: '"07:00-23:00"' })}` }).packFor("CN")!;
    expect(cn.sendLimits.map((limit) => `${limit.id} ${limit.window ?? ""}`)).toEqual(["CN-COL-TIME-011 07:00-23:00", "CN-COL-TIME-011-DEFAULT 08:00-21:00", "CN-MKT-TIME-007 08:00-20:00"]);
    expect(packWaivers(cn)).toEqual([
      { jurisdiction: "CN", entry: "CN-COL-TIME-011", reason: "These borrowers agreed in writing.", overlay: "Acme house rules", file: join(project, "overlay.yaml"), line: 5 },
      { jurisdiction: "CN", entry: "CN-COL-FREQ-012", reason: "The daily cap is kept by the dialler.", overlay: "Acme house rules", file: join(project, "overlay.yaml"), line: 7 },
    ]);
  });

  it.each([
    ["a waiver without a reason", `waives:\n  - entry: CN-COL-TIME-011\n    reason: "  "\n${sendWindow({ window: '"07:00-23:00"' })}`, "./overlay.yaml:6:5: the policy pack is not valid: The waiver of CN-COL-TIME-011 gives no reason: say why the entry is relaxed."],
    ["a waiver of an entry the base lacks", "waives:\n  - entry: CN-NO-SUCH\n    reason: Because.\n", "./overlay.yaml:5:5: the policy pack is not valid: Waives CN-NO-SUCH, which the base pack does not have."],
    ["a waiver of an entry an overlay cannot change", "waives:\n  - entry: CN-INBOUND-OPTOUT\n    reason: Because.\n", "./overlay.yaml:5:5: the policy pack is not valid: Waives CN-INBOUND-OPTOUT, which this overlay does not change: remove the waiver."],
    ["a field of the base's", "locales: [zh-CN]\n", "./overlay.yaml:4:1: the policy pack is not valid: `locales` comes from the base pack: an overlay cannot set it."],
    ["a base source redefined", "sources:\n  CN-S16:\n    title: Our own reading\n    confidence: high\n", "./overlay.yaml:5:3: the policy pack is not valid: The base pack already has source CN-S16: cite it, or give yours another key."],
    ["a base that does not exist", "extends: ./missing.yaml\nname: Acme\nversion: 2026.1.0\n", "./overlay.yaml:1:1: the policy pack is not valid: `extends` names ./missing.yaml, which is not a policy pack that can be read: a built-in id (cn, gb, hk, in, ke, ph, us), a path from this file or an installed npm package."],
    [
      "an entry under another section than its base's",
      "disclosures:\n  - id: CN-COL-TIME-011\n    summary: Not a send limit.\n    when: { category: [collection] }\n    roles: [contact]\n    sources: [{ ref: CN-S16 }]\n    confidence: high\n",
      "./overlay.yaml:5:5: the policy pack is not valid: CN-COL-TIME-011 is an entry of `sendLimits` in the base pack: an entry with its id belongs there.",
    ],
    ["the record a loader writes", "overlays: []\n", "./overlay.yaml:4:1: the policy pack is not valid: `overlays` is written when an overlay is merged into its base, not in a pack file: use `extends`."],
  ])("is refused with %s", (_, body, message) => {
    expect(refusal(body.startsWith("extends") ? body : `${HEADER}${body}`)).toBe(message);
  });

  it("is refused when `extends` leads back to it, at the line of `extends`", () => {
    const others = { "a.yaml": "extends: ./overlay.yaml\nname: A\nversion: 2026.1.0\n" };
    expect(refusal("extends: ./a.yaml\nname: Acme\nversion: 2026.1.0\n", "en", others)).toBe("./a.yaml:1:1: the policy pack is not valid: `extends` leads back to this pack: overlay.yaml → a.yaml → overlay.yaml.");
  });

  it("refuses a base that is not valid at the base's own line", () => {
    const others = { "base.yaml": "extends: cn\nname: Base\nversion: 2026.1.0\nlocales: [zh-CN]\n" };
    expect(refusal("extends: ./base.yaml\nname: Acme\nversion: 2026.1.0\n", "en", others)).toBe("./base.yaml:4:1: the policy pack is not valid: `locales` comes from the base pack: an overlay cannot set it.");
  });

  it("is the only kind of pack that may waive", () => {
    writeFileSync(join(project, "gb.yaml"), `${ACME_PACK}\nwaives:\n  - { entry: IE-TONE-BAILIFF, reason: Because. }\n`);
    expect(() => loadPacks(["./gb.yaml"], { cwd: project })).toThrow(/`waives` relaxes entries of a base pack, but this pack `extends` none\./u);
  });
});
