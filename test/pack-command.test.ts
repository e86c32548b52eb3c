import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { run, type Io } from "@tactful/cli";
import { describe, expect, it } from "vitest";

const PACKS = fileURLToPath(new URL("../packages/policies/packs/", import.meta.url));
const US = readFileSync(join(PACKS, "us.yaml"), "utf8");

async function tactful(args: string[], cwd = PACKS): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io: Io = { stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) }, cwd, env: {} };
  const code = await run(args, io);
  return { code, stdout, stderr };
}

/** The `pack.yaml:line:column` of the first place `marker` stands in a pack's text. */
function where(text: string, marker: string): string {
  const offset = text.indexOf(marker);
  if (offset < 0) throw new Error(`marker not in the fixture: ${marker}`);
  const before = text.slice(0, offset).split("\n");
  return `pack.yaml:${before.length}:${before.at(-1)!.length + 1}`;
}

/** A pack file in a fresh directory, and where `marker` stands in it. */
function fixture(text: string, marker: string): { directory: string; at: string } {
  const directory = mkdtempSync(join(tmpdir(), "tactful-pack-"));
  writeFileSync(join(directory, "pack.yaml"), text);
  return { directory, at: where(text, marker) };
}

/** The US pack with one replacement, which must apply. */
function usWith(search: string, replacement: string): string {
  if (!US.includes(search)) throw new Error(`not in us.yaml: ${search}`);
  return US.replace(search, replacement);
}

describe("tactful pack check", () => {
  it("passes the shipped packs, warning of the patterns that can take more than linear time", async () => {
    for (const pack of ["us.yaml", "cn.yaml"]) {
      const { code, stdout } = await tactful(["pack", "check", pack, "--lang", "en"]);
      expect(code, stdout).toBe(0);
      expect(stdout).toMatch(new RegExp(`^${pack}: 0 errors, \\d+ warnings\\.$`, "mu"));
    }
  });

  it("reports a pattern that does not compile, where it is written", async () => {
    const { directory, at } = fixture(usWith('pattern: "\\\\bHELP\\\\b"', 'pattern: "\\\\bHELP(\\\\b"'), 'pattern: "\\\\bHELP(');
    const { code, stdout } = await tactful(["pack", "check", "pack.yaml", "--lang", "en"], directory);
    expect(code).toBe(1);
    expect(stdout).toContain(`${at}  error  The pattern is not a regular expression with the u flag: Invalid regular expression: /\\bHELP(\\b/u: Unterminated group`);
  });

  it("reports a pattern that can take exponential time", async () => {
    const { directory, at } = fixture(usWith('pattern: "\\\\bHELP\\\\b"', 'pattern: "\\\\bH(?:E+)+LP\\\\b"'), 'pattern: "\\\\bH(?:E+)+');
    const { code, stdout } = await tactful(["pack", "check", "pack.yaml", "--lang", "en"], directory);
    expect(code).toBe(1);
    expect(stdout).toContain(`${at}  error  The pattern can take exponential time: on a text with many “E” in a row, \`(?:E+)+\` can match them in ever more ways.`);
  });

  it("reports a citation of a source the register lacks, at its ref", async () => {
    const { directory, at } = fixture(usWith("- { ref: US-S4 }", "- { ref: US-S99 }"), "ref: US-S99");
    const { code, stdout } = await tactful(["pack", "check", "pack.yaml", "--lang", "en"], directory);
    expect(code).toBe(1);
    expect(stdout).toContain(`${at}  error  Cites US-S99, which is not in the source register (\`sources\`).`);
  });

  it("reports a misspelled field with the field it most likely meant, in the language asked for", async () => {
    const { directory, at } = fixture(usWith("      negatable: true\n      suggestion: Please contact us", "      negatible: true\n      suggestion: Please contact us"), "negatible");
    const english = await tactful(["pack", "check", "pack.yaml", "--lang", "en"], directory);
    expect(english.code).toBe(1);
    expect(english.stdout).toContain(`${at}  error  Unknown field \`negatible\`. Did you mean \`negatable\`?`);
    const chinese = await tactful(["pack", "check", "pack.yaml", "--lang", "zh-CN"], directory);
    expect(chinese.stdout).toContain(`${at}  错误  未知字段 \`negatible\`。是否应为 \`negatable\`？`);
    const traditional = await tactful(["pack", "check", "pack.yaml", "--lang", "zh-TW"], directory);
    expect(traditional.stdout).toContain(`${at}  錯誤  未知欄位 \`negatible\`。是否應為 \`negatable\`？`);
  });

  it("refuses examples on an entry no rule runs on a message (send limits)", async () => {
    const { directory, at } = fixture(usWith("    window: \"08:00-21:00\"\n", "    window: \"08:00-21:00\"\n    examples: { report: [late] }\n"), "examples: { report: [late] }");
    const { code, stdout } = await tactful(["pack", "check", "pack.yaml", "--lang", "en"], directory);
    expect(code).toBe(1);
    expect(stdout).toContain(`${at}  error  Unknown field \`examples\`.`);
  });

  it("exits 2 when the file cannot be read", async () => {
    const { code, stdout, stderr } = await tactful(["pack", "check", "missing.yaml", "--lang", "en"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe("tactful: no such file: missing.yaml\n");
  });
});

describe("tactful pack test", () => {
  const shipped = readdirSync(PACKS).filter((name) => name.endsWith(".yaml"));

  it("finds the shipped packs", () => {
    expect(shipped.length).toBeGreaterThanOrEqual(7);
  });

  // One test per pack: each pack's examples are a run of their own.
  for (const pack of shipped) {
    it(`passes the examples of the shipped ${pack}`, async () => {
      const { code, stdout } = await tactful(["pack", "test", pack, "--lang", "en"]);
      expect(code, stdout).toBe(0);
      expect(stdout).toMatch(new RegExp(`^${pack}: (\\d+) of \\1 examples pass\\.$`, "mu"));
    });
  }

  it("fails a report example its entry does not report, and a pass example it does, each where it is written", async () => {
    const missed = "Example Lending: your account is with our collections team now.";
    const flagged = "Example Lending: the sheriff has a copy of your file.";
    const text = usWith(
      '          - "Example Lending: your payment of $45.00 was received. Thank you."',
      `          - "Example Lending: your payment of $45.00 was received. Thank you."\n          - "${flagged}"`,
    ).replace('          - "Example Lending: a federal agent will review your account this week."', `          - "${missed}"`);
    const { directory } = fixture(text, missed);
    const { code, stdout } = await tactful(["pack", "test", "pack.yaml", "--lang", "en"], directory);
    expect(code).toBe(1);
    expect(stdout).toContain(`${where(text, `"${missed}"`)}  error  US-TONE-GOVERNMENT: no-false-legal-claims does not report this example, which it should: “${missed}”.`);
    expect(stdout).toContain(`${where(text, `"${flagged}"\n`)}  error  US-TONE-GOVERNMENT: no-false-legal-claims reports this example, which should pass: “${flagged}”.\n    False legal claim: “sheriff”.`);
    // The two changed examples fail and every other example of the pack passes.
    const [, passed, total] = /^pack\.yaml: (\d+) of (\d+) examples pass\.$/mu.exec(stdout) ?? [];
    expect(Number(total) - Number(passed), stdout).toBe(2);
  });

  it("fails an example whose facts the template format refuses rather than pass it unchecked", async () => {
    const example = '{ text: "We are not the police.", locale: english }';
    const { directory, at } = fixture(usWith('          - "Example Lending: your payment of $45.00 was received. Thank you."', `          - ${example}`), example);
    const { code, stdout } = await tactful(["pack", "test", "pack.yaml", "--lang", "en"], directory);
    expect(code).toBe(1);
    expect(stdout).toContain(`${at}  error  US-TONE-GOVERNMENT: this example cannot be checked, so it proves nothing: \`locale\` must be a BCP 47 tag`);
  });

  it("runs the examples against the file as given, not the built-in pack of its id", async () => {
    const example = '"Example Lending: the police department has been told about your unpaid balance."';
    const { directory, at } = fixture(usWith("terms: [police, police department,", "terms: ["), example);
    const { code, stdout } = await tactful(["pack", "test", "pack.yaml", "--lang", "en"], directory);
    expect(code).toBe(1);
    expect(stdout).toContain(`${at}  error  US-TONE-GOVERNMENT: no-false-legal-claims does not report this example, which it should: “Example Lending: the police department has been told about your unpaid balance.”.`);
  });

  it("runs the examples of a pack written outside Tactful", async () => {
    const { code, stdout } = await tactful(["pack", "test", fileURLToPath(new URL("fixtures/packs/tactful-pack-acme/pack.yaml", import.meta.url)), "--lang", "en"]);
    expect(code, stdout).toBe(0);
    expect(stdout).toMatch(/tactful-pack-acme\/pack\.yaml: 2 of 2 examples pass\.$/mu);
  });

  it("runs the examples of a pack for a market that is not built in", async () => {
    const { directory } = fixture(usWith("id: US\n", "id: XX\n"), "id: XX");
    const { code, stdout } = await tactful(["pack", "test", "pack.yaml", "--lang", "en"], directory);
    expect(code, stdout).toBe(0);
    expect(stdout).toMatch(/^pack\.yaml: (\d+) of \1 examples pass\.$/mu);
  });

  it("fails a pack without examples: nothing tested is not a pass", async () => {
    const text = US.replace(/^( +)examples:\n(?:\1 .*\n)+/gmu, "");
    const { directory } = fixture(text, "id: US");
    const { code, stdout } = await tactful(["pack", "test", "pack.yaml", "--lang", "en"], directory);
    expect(code).toBe(1);
    expect(stdout).toContain("error  The pack has no examples: nothing was tested.");
  });
});
