import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { builtInPacks, type PolicyPack } from "@tactful/policies";
import { loadRelease, Release } from "@tactful/renderer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LspClient } from "./support/lsp-client.js";
import { root, run, tactfulBin } from "./support/tools.js";

/**
 * An organisation's overlay of the CN pack (test/fixtures/packs/overlay/acme-cn.yaml) adds a
 * required role (the loan's reference number, ORG-COL-REF) and a banned phrase (“强制清收”,
 * ORG-TONE-FORCED-RECOVERY): a CN template is checked against both, through `tactful lint` and
 * plain ESLint. An overlay that widens the statutory send window without a waiver
 * (weakens-cn.yaml) stops the run; the same with `waives:` (waives-cn.yaml) is accepted, listed in
 * the waiver register and carried in the release.
 */

const FIXTURES = join(root, "test/fixtures/packs/overlay");
const eslintBin = join(root, "node_modules/eslint/bin/eslint.js");

/** A CN collection SMS, clean under the CN pack alone. */
const CLEAN = `---
id: collection.notice
version: 1
channel: sms
locale: zh-CN
category: collection
audience: borrower
sender: { name: 示例消费金融, role: creditor }
send: { window: "09:00-20:00", maxPerDay: 1 }
variables:
  name:      { type: string, minLength: 1, maxLength: 4, role: recipient-name, pii: true, example: 张三 }
  amount:    { type: number, minimum: 0.01, maximum: 99999.99, role: amount-due, example: 1280.5 }
  days:      { type: integer, minimum: 1, maximum: 30, role: days-overdue, example: 3 }
  loan:      { type: string, minLength: 1, maxLength: 8, role: reference-number, example: L0001234 }
---
【示例消费金融】{{ name | mask }}您好，您的借款（编号{{ loan }}）{{ amount | money }}元已逾期{{ days }}天，请通过示例消费金融APP还款，有疑问请致电400-000-0000。如非本人请忽略。
`;

/** The same without the reference number, and with the phrase the overlay bans. */
const NOTICE = CLEAN.replace("（编号{{ loan }}）", "").replace(/ {2}loan: .*\n/u, "").replace("有疑问请致电", "逾期将进入强制清收，有疑问请致电");

const REASON = "Borrowers in this programme asked in writing to be reached until 23:00.";
const REFUSAL = "CN-COL-TIME-011: `window` 08:00-22:00 → 07:00-23:00 relaxes the base pack. Only a stricter value is accepted; to relax it, list CN-COL-TIME-011 under `waives` with a reason.";

type Report = Array<{ messages: Array<{ ruleId: string | null; message: string; line: number; column: number; fatal?: boolean }> }>;

let directory: string;
beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), "tactful-overlay-"));
  cpSync(FIXTURES, directory, { recursive: true });
  mkdirSync(join(directory, "templates"));
  writeFileSync(join(directory, "templates/notice.sms.msg.njk"), NOTICE);
});
afterAll(() => rmSync(directory, { recursive: true, force: true }));

/** A project beside the fixtures whose configuration names the CN pack, the US pack and this overlay. */
function projectNaming(overlay: string, name: string): string {
  const project = join(directory, name);
  mkdirSync(join(project, "node_modules"), { recursive: true });
  for (const module of ["@tactful", "eslint"]) symlinkSync(join(root, "node_modules", module), join(project, "node_modules", module), "dir");
  writeFileSync(join(project, "notice.sms.msg.njk"), NOTICE);
  const packs = JSON.stringify(["cn", "us", overlay]);
  writeFileSync(join(project, "eslint.config.js"), `import tactful from "@tactful/eslint-plugin";\nexport default [tactful.configs.recommended, { files: ["**/*.msg.njk"], languageOptions: { packs: ${packs} } }];\n`);
  return project;
}

const tactful = (...args: string[]) => run(process.execPath, [tactfulBin, ...args], directory, { CI: "" });

/** The rule and the entry each finding cites: `(ORG-COL-REF)` ends its reason. */
const cited = (report: Report) => report[0]!.messages.map((message) => [message.ruleId, /\(([A-Z]+-[A-Z0-9-]+)\)\.$/u.exec(message.message)?.[1]]);

const EXPECTED = [
  ["tactful/required-disclosures", "ORG-COL-REF"],
  ["tactful/no-pressure-tactics", "ORG-TONE-FORCED-RECOVERY"],
];

describe("an overlay that adds a required role and a banned phrase", () => {
  it("is what `tactful lint --pack` checks a CN template against, with the CN pack's own entries", () => {
    const linted = tactful("lint", "--format", "json", "--pack", "./acme-cn.yaml", "templates");
    expect(linted.status, linted.output).toBe(1);
    expect(cited(JSON.parse(linted.stdout) as Report)).toEqual(EXPECTED);
    // The CN pack alone knows neither.
    const builtIn = tactful("lint", "--format", "json", "--pack", "cn", "templates");
    expect(builtIn.status, builtIn.output).toBe(0);
    // A template that gives the reference and leaves out the phrase passes the overlay.
    writeFileSync(join(directory, "templates/clean.sms.msg.njk"), CLEAN.replace("collection.notice", "collection.clean"));
    const clean = tactful("lint", "--format", "json", "--pack", "./acme-cn.yaml", "templates/clean.sms.msg.njk");
    rmSync(join(directory, "templates/clean.sms.msg.njk"));
    expect(clean.status, clean.output).toBe(0);
  });

  it("is what plain `eslint` checks against when the configuration names it beside its base", () => {
    const project = projectNaming("../acme-cn.yaml", "eslint");
    const result = run(process.execPath, [eslintBin, "--format", "json", "notice.sms.msg.njk"], project);
    expect(result.status, result.output).toBe(1);
    expect(cited(JSON.parse(result.stdout) as Report)).toEqual(EXPECTED);
  });

  it("passes `tactful pack check` and `tactful pack test`, which run its own examples", () => {
    expect(tactful("pack", "check", "acme-cn.yaml")).toMatchObject({ status: 0, stdout: "acme-cn.yaml: 0 errors, 0 warnings.\n" });
    expect(tactful("pack", "test", "acme-cn.yaml")).toMatchObject({ status: 0, stdout: "acme-cn.yaml: 2 of 2 examples pass.\n" });
  });
});

describe("an overlay that widens a statutory send window", () => {
  it("without `waives:` stops `tactful lint` with the entry and its line, exit 2, no stack trace", () => {
    const linted = tactful("lint", "--pack", "./weakens-cn.yaml", "templates");
    expect(linted.status).toBe(2);
    expect(linted.stdout).toBe("");
    expect(linted.stderr).toBe(`tactful: ${join(directory, "weakens-cn.yaml")}:9:5: the policy pack is not valid: ${REFUSAL}\n`);
    expect(tactful("lint", "--lang", "zh-CN", "--pack", "./weakens-cn.yaml", "templates").stderr).toContain("`window` 由 08:00-22:00 改为 07:00-23:00，放宽了基础政策包");
  });

  it("without `waives:` fails `tactful pack check` at its line", () => {
    expect(tactful("pack", "check", "weakens-cn.yaml")).toMatchObject({ status: 1, stdout: `weakens-cn.yaml:9:5  error  ${REFUSAL}\nweakens-cn.yaml: 1 errors, 0 warnings.\n` });
  });

  it("with `waives:` is accepted, listed in the waiver register, and said and carried by the release", async () => {
    expect(tactful("pack", "check", "waives-cn.yaml")).toMatchObject({ status: 0 });
    const register = tactful("lint", "--suppressions", "--pack", "./waives-cn.yaml", "templates");
    expect(register.stdout).toBe(`waives-cn.yaml:6  waives CN-COL-TIME-011  — ${REASON}  [policy pack CN: Late-night collections]\n1 suppression.\n`);
    const json = JSON.parse(tactful("lint", "--suppressions", "--format", "json", "--pack", "./waives-cn.yaml", "templates").stdout) as unknown[];
    expect(json).toEqual([{ file: "waives-cn.yaml", line: 6, directive: "waives", entry: "CN-COL-TIME-011", jurisdiction: "CN", overlay: "Late-night collections", reason: REASON }]);

    writeFileSync(join(directory, "templates/notice.sms.msg.njk"), CLEAN);
    const released = tactful("release", "templates", "--pack", "./waives-cn.yaml", "-o", "release.json", "--report", "review");
    expect(released.status, released.output).toBe(0);
    expect(released.stdout).toContain(`The CN policy pack waives CN-COL-TIME-011 (Late-night collections): ${REASON} (recorded in the bundle).\n`);
    // The review report names the overlays and what they waive beside the pack's version.
    const page = readFileSync(join(directory, "review/index.html"), "utf8");
    expect(page).toContain(`CN ${builtInPacks.packFor("CN")!.version} · with the overlay 示例消费金融 house rules 2026.12.0 · with the overlay Late-night collections 2026.12.1<ul><li>waives CN-COL-TIME-011: ${REASON}</li></ul>`);
    const bundle = JSON.parse(readFileSync(join(directory, "release.json"), "utf8")) as { policies: Array<{ id: string; pack: PolicyPack }> };
    expect(bundle.policies.map((policy) => [policy.id, policy.pack.overlays])).toEqual([
      [
        "CN",
        [
          { name: "示例消费金融 house rules", version: "2026.12.0", waives: [] },
          { name: "Late-night collections", version: "2026.12.1", waives: [{ entry: "CN-COL-TIME-011", reason: REASON }] },
        ],
      ],
    ]);
    // A sending service opens it with the merged pack it carries.
    await expect(loadRelease(join(directory, "release.json"), { acceptUnverified: true })).resolves.toBeInstanceOf(Release);
  });

  it("with `waives:` is in the editor's waiver register", { timeout: 60_000 }, async () => {
    const client = await LspClient.start([projectNaming("../waives-cn.yaml", "editor")]);
    try {
      const register = await client.request<string>("tactful/waivers");
      expect(register).toContain(`| ../waives-cn.yaml:6 | waives | CN-COL-TIME-011 (policy pack CN: Late-night collections) | ${REASON} | — |`);
    } finally {
      await client.stop();
    }
  });
});
