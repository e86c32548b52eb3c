import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { createGuard, createSqliteStore } from "@tactful/guard";
import { packDigest, type PolicyPack } from "@tactful/policies";
import { loadPacks } from "@tactful/policies/load";
import { loadRelease, Release } from "@tactful/renderer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LspClient, uriOf } from "./support/lsp-client.js";
import { ACME_NOTICE } from "./support/templates.js";
import { root, run, tactfulBin } from "./support/tools.js";

/**
 * A policy pack Tactful does not ship, given by the configuration: from a folder outside the
 * project, and from an npm package installed from its tarball. Plain ESLint, `tactful lint`,
 * the language server, `tactful render` and `tactful release` all read the templates with it, and a release
 * carries it to the sending service: the fixture
 * pack's entry IE-TONE-BAILIFF reports “bailiff squad”, which no built-in pack knows.
 */

const FIXTURE_PACKAGE = join(root, "test/fixtures/packs/tactful-pack-acme");
const eslintBin = join(root, "node_modules/eslint/bin/eslint.js");
const CLEAN_NOTICE = ACME_NOTICE.replace("collection.notice", "collection.clean").replace(" Our bailiff squad will be in touch.", "");
const ENTRY = "Threatening a visit by bailiffs that no court has ordered. Source: Acme collections code §4 (IE-TONE-BAILIFF).";

/** A project whose configuration names the packs `packs`; its node_modules holds Tactful as installed. */
function project(packs: string[], directory = mkdtempSync(join(tmpdir(), "tactful-packs-project-"))): string {
  const config = `import tactful from "@tactful/eslint-plugin";\nexport default [tactful.configs.recommended, { files: ["**/*.msg.njk"], languageOptions: { packs: ${JSON.stringify(packs)} } }];\n`;
  writeFileSync(join(directory, "eslint.config.js"), config);
  writeFileSync(join(directory, "notice.sms.msg.njk"), ACME_NOTICE);
  mkdirSync(join(directory, "node_modules"), { recursive: true });
  for (const name of ["@tactful", "eslint"]) symlinkSync(join(root, "node_modules", name), join(directory, "node_modules", name), "dir");
  return directory;
}

const made: string[] = [];
const sources: Record<string, () => { directory: string; packs: string[] }> = {
  "a folder outside the project": () => {
    const outside = mkdtempSync(join(tmpdir(), "tactful-packs-outside-"));
    cpSync(join(FIXTURE_PACKAGE, "pack.yaml"), join(outside, "acme.yaml"));
    made.push(outside);
    // Relative to the configuration's folder.
    const packs = ["cn", "us", `../${basename(outside)}/acme.yaml`];
    return { directory: project(packs), packs };
  },
  "an npm package installed from its tarball": () => {
    const directory = mkdtempSync(join(tmpdir(), "tactful-packs-project-"));
    const packed = run("npm", ["pack", "--silent", "--pack-destination", directory, FIXTURE_PACKAGE], directory);
    expect(packed.status, packed.output).toBe(0);
    writeFileSync(join(directory, "package.json"), '{ "private": true, "type": "module" }\n');
    const installed = run("npm", ["install", "--offline", "--no-audit", "--no-fund", "--ignore-scripts", join(directory, packed.stdout.trim())], directory);
    expect(installed.status, installed.output).toBe(0);
    const packs = ["cn", "us", "@acme/tactful-pack-acme"];
    return { directory: project(packs, directory), packs };
  },
};

describe.each(Object.keys(sources))("a policy pack from %s", (source) => {
  let directory: string;
  let packs: string[];
  beforeAll(() => {
    ({ directory, packs } = sources[source]!());
    made.push(directory);
  }, 60_000);
  afterAll(() => {
    for (const path of made.splice(0)) rmSync(path, { recursive: true, force: true });
  });

  it("is what plain `npx eslint` checks against", () => {
    const result = run(process.execPath, [eslintBin, "--format", "json", "notice.sms.msg.njk"], directory);
    const [report] = JSON.parse(result.stdout) as Array<{ messages: Array<{ ruleId: string; messageId: string; message: string; line: number; column: number }> }>;
    expect(report!.messages).toEqual([expect.objectContaining({ ruleId: "tactful/no-false-legal-claims", messageId: "literal", message: `False legal claim: “bailiff squad”.\n${ENTRY}`, line: 11, column: 39 })]);
    expect(result.status).toBe(1);
  });

  it("is what `tactful lint` checks against, and only that pack reports the phrase", () => {
    const linted = run(process.execPath, [tactfulBin, "lint", "--format", "json", "."], directory, { CI: "" });
    const [report] = JSON.parse(linted.stdout) as Array<{ messages: Array<{ ruleId: string; message: string }> }>;
    expect(report!.messages).toEqual([expect.objectContaining({ ruleId: "tactful/no-false-legal-claims", message: `False legal claim: “bailiff squad”.\n${ENTRY}` })]);
    // With the built-in packs only (`--pack`), the template has no pack, and nothing reports the phrase.
    const builtIn = run(process.execPath, [tactfulBin, "lint", "--format", "json", "--pack", "cn", "--pack", "us", "."], directory, { CI: "" });
    const [without] = JSON.parse(builtIn.stdout) as Array<{ messages: Array<{ ruleId: string; message: string }> }>;
    expect(without!.messages.map((message) => message.ruleId)).toEqual(["tactful/valid-front-matter"]);
    expect(without!.messages[0]!.message).toContain("No policy pack covers locale `en-IE`");
  });

  it("is what the language server checks against", { timeout: 60_000 }, async () => {
    const client = await LspClient.start([directory]);
    try {
      const uri = uriOf(join(directory, "notice.sms.msg.njk"));
      await client.open(uri, readFileSync(join(directory, "notice.sms.msg.njk"), "utf8"));
      const diagnostics = await client.diagnostics(uri);
      expect(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.message, diagnostic.range.start])).toEqual([["tactful/no-false-legal-claims", `False legal claim: “bailiff squad”.\n${ENTRY}`, { line: 10, character: 38 }]]);
      // Hover on the finding quotes the pack's own entry.
      const hover = await client.hover(uri, client.positionOf(uri, "bailiff squad"));
      expect(JSON.stringify(hover?.contents)).toContain("Acme collections code §4");
    } finally {
      await client.stop();
    }
  });

  it("is what `tactful render` reads the template with (without it the template has no pack and does not render)", () => {
    const rendered = run(process.execPath, [tactfulBin, "render", "notice.sms.msg.njk"], directory, { CI: "" });
    expect(rendered.status, rendered.output).toBe(0);
    expect(rendered.stdout).toContain("Acme Loans: your payment is late.");
  });

  it("is what `tactful release` checks against, the bundle carries it, and a sending service reads with it", async () => {
    const refused = run(process.execPath, [tactfulBin, "release", ".", "-o", "release.json"], directory, { CI: "" });
    expect(refused.status).toBe(1);
    expect(refused.stdout).toContain("False legal claim: “bailiff squad”.");
    writeFileSync(join(directory, "notice.sms.msg.njk"), CLEAN_NOTICE);
    const released = run(process.execPath, [tactfulBin, "release", ".", "-o", "release.json"], directory, { CI: "" });
    expect(released.status, released.output).toBe(0);
    const bundle = JSON.parse(readFileSync(join(directory, "release.json"), "utf8")) as { format: number; policies: Array<{ id: string; version: string; sha256: string; pack: PolicyPack }>; templates: Array<{ id: string }> };
    const acme = loadPacks(packs, { cwd: directory }).packFor("IE")!;
    expect(bundle.format).toBe(3);
    expect(bundle.policies.map((policy) => policy.id)).toEqual(["CN", "IE", "US"]);
    expect(bundle.policies[1]).toEqual({ id: "IE", version: "2026.1.0", sha256: packDigest(acme), pack: acme });
    expect(bundle.templates.map((template) => template.id)).toEqual(["collection.clean"]);
    // Opened with the packs it carries: nothing to give, and the same packs given change nothing (released unsigned here).
    const release = await loadRelease(join(directory, "release.json"), { acceptUnverified: true });
    expect(release.render("collection.clean", { locale: "en-IE", channel: "sms" }, {})).toMatchObject({ text: "Acme Loans: your payment is late. Call 0800 000 000." });
    await expect(loadRelease(join(directory, "release.json"), { acceptUnverified: true, compile: { packs: loadPacks(packs, { cwd: directory }) } })).resolves.toBeInstanceOf(Release);
    // The guard reads with the released IE pack, which no built-in pack replaces: the message goes out.
    const guard = createGuard({ release, store: createSqliteStore({ path: join(directory, "guard.db") }), audit: { append: () => {} }, salt: "salt-0123456789abcdef" });
    const result = await guard.check({ template: "collection.clean", data: {}, recipient: { id: "r-1", timeZone: "Europe/Dublin", role: "borrower" }, now: new Date("2026-06-01T10:00:00Z") });
    await guard.close();
    expect(result).toMatchObject({ decision: "send", reasons: [] });
  });
});

describe("`--pack` on the command line, without a configuration", () => {
  let directory: string;
  beforeAll(() => {
    directory = mkdtempSync(join(tmpdir(), "tactful-packs-flag-"));
    cpSync(join(FIXTURE_PACKAGE, "pack.yaml"), join(directory, "acme.yaml"));
    writeFileSync(join(directory, "sent.txt"), "Acme Loans: our bailiff squad will be in touch.\n");
    writeFileSync(join(directory, "notice.sms.msg.njk"), CLEAN_NOTICE);
  });
  afterAll(() => rmSync(directory, { recursive: true, force: true }));
  const tactful = (...args: string[]) => run(process.execPath, [tactfulBin, ...args], directory, { CI: "" });

  it("is what `tactful check` checks sent messages against", () => {
    const check = ["check", "sent.txt", "--locale", "en-IE", "--sender", "Acme Loans", "--format", "json"];
    const [report] = JSON.parse(tactful(...check, "--pack", "./acme.yaml").stdout) as Array<{ messages: Array<{ ruleId: string; message: string; column: number }> }>;
    expect(report!.messages).toEqual([expect.objectContaining({ ruleId: "tactful/no-false-legal-claims", message: `False legal claim: “bailiff squad”.\n${ENTRY}`, column: 17 })]);
    const [builtIn] = JSON.parse(tactful(...check).stdout) as Array<{ messages: Array<{ ruleId: string; message: string }> }>;
    expect(builtIn!.messages.map((message) => message.message)).toEqual([expect.stringContaining("No policy pack covers locale `en-IE`")]);
  });

  it("is what `tactful render` reads the template with", () => {
    const rendered = tactful("render", "notice.sms.msg.njk", "--pack", "./acme.yaml");
    expect(rendered.status, rendered.output).toBe(0);
    expect(rendered.stdout).toContain("Acme Loans: your payment is late.");
    expect(tactful("render", "notice.sms.msg.njk").stdout).toContain("no policy pack covers locale `en-IE`");
  });

  it("refuses a pack that does not load as `tactful lint` does: the reason, exit code 2", () => {
    for (const command of [["check", "sent.txt"], ["render", "notice.sms.msg.njk"], ["lint", "notice.sms.msg.njk"]]) {
      const missing = tactful(...command, "--pack", "./missing.yaml");
      expect(missing.status, command[0]).toBe(2);
      expect(missing.stderr, command[0]).toBe(`tactful: The policy pack file ${join(directory, "missing.yaml")} cannot be read: no such file.\n`);
      const unknown = tactful(...command, "--pack", "fr");
      expect(unknown.status, command[0]).toBe(2);
      expect(unknown.stderr, command[0]).toBe("tactful: There is no built-in policy pack fr (built in: cn, gb, hk, in, ke, ph, us). A pack file is named by its path (./fr.yaml).\n");
    }
  });
});
