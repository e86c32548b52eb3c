import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import plugin, { rules } from "@tactful/eslint-plugin";
import Ajv04 from "ajv-draft-04";
import { describe, expect, it } from "vitest";
import { compareFindings, expectationsOf, templateFiles } from "./support/annotations.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const fixtures = templateFiles(`${root}test/fixtures`);
const templates = templateFiles(`${root}templates`);
const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: [plugin.configs.recommended!] });

/** Annotated rules this plugin has (the tone rules are checked where they are built). */
const known = (ruleId: string): boolean => ruleId === "parsing-error" || ruleId in rules;

describe("the linter on the fixtures", () => {
  for (const file of fixtures) {
    it(`${relative(root, file)} gets exactly its annotated findings`, async () => {
      const [result] = await eslint.lintFiles([file]);
      const expected = expectationsOf(readFileSync(file, "utf8")).filter((expectation) => known(expectation.ruleId));
      const findings = result!.messages
        .map((message) => ({ ...message, ruleId: message.ruleId?.replace(/^tactful\//, "") ?? null }))
        .filter((message) => message.ruleId === null || known(message.ruleId));
      expect(compareFindings(expected, findings)).toEqual({ missing: [], extra: [] });
    });
  }
});

describe("the linter on the sample library", () => {
  it("reports nothing", async () => {
    const results = await eslint.lintFiles(templates);
    const findings = results.flatMap((result) => result.messages.map((message) => `${relative(root, result.filePath)}:${message.line}:${message.column} ${message.ruleId} ${message.message}`));
    expect(findings).toEqual([]);
  });
});

describe("tactful lint test/fixtures, in every format", () => {
  const expected = new Map(fixtures.map((file) => [relative(root, file), expectationsOf(readFileSync(file, "utf8")).filter((expectation) => known(expectation.ruleId))]));
  const run = (format: string): { status: number | null; stdout: string } => {
    const result = spawnSync(process.execPath, [join(root, "packages/cli/bin/tactful.js"), "lint", "test/fixtures", "--format", format], { cwd: root, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    return { status: result.status, stdout: result.stdout };
  };
  type Found = { file: string; ruleId: string | null; line: number; column: number; message: string };
  const compareAll = (found: Found[]): void => {
    const problems: string[] = [];
    for (const [file, expectations] of expected) {
      const findings = found.filter((finding) => finding.file === file).map((finding) => ({ ...finding, ruleId: finding.ruleId?.replace(/^tactful\//, "") ?? null })).filter((finding) => finding.ruleId === null || known(finding.ruleId));
      const { missing, extra } = compareFindings(expectations, findings);
      for (const item of missing) problems.push(`${file}: missing ${item}`);
      for (const item of extra) problems.push(`${file}: extra ${item}`);
    }
    expect(problems).toEqual([]);
  };

  it("json", () => {
    const { status, stdout } = run("json");
    expect(status).toBe(1);
    compareAll((JSON.parse(stdout) as Array<{ filePath: string; messages: Found[] }>).flatMap((result) => result.messages.map((message) => ({ ...message, file: result.filePath }))));
  });

  it("stylish", () => {
    const found: Found[] = [];
    let file = "";
    for (const line of run("stylish").stdout.split("\n")) {
      const finding = /^ {2}(\d+):(\d+) +(?:error|warning) +(.*?)(?: {2}(tactful\/[a-z-]+))?$/.exec(line);
      if (finding) found.push({ file, line: Number(finding[1]), column: Number(finding[2]), message: finding[3]!, ruleId: finding[4] ?? null });
      else if (/^test\/fixtures\//.test(line)) file = line;
    }
    compareAll(found);
  });

  it("github", () => {
    const found: Found[] = [];
    for (const line of run("github").stdout.split("\n")) {
      const finding = /^::(?:error|warning) file=([^,]*),line=(\d+),col=(\d+).*?,title=([^:]*)::(.*)$/.exec(line);
      if (finding) found.push({ file: finding[1]!, line: Number(finding[2]), column: Number(finding[3]), ruleId: finding[4] === "parsing error" ? null : finding[4]!, message: finding[5]! });
    }
    compareAll(found);
  });

  it("sarif, valid against the SARIF 2.1.0 schema", () => {
    const log = JSON.parse(run("sarif").stdout);
    const ajv = new Ajv04.default({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false });
    const validate = ajv.compile(JSON.parse(readFileSync(join(root, "node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"), "utf8")));
    expect(validate(log) ? [] : validate.errors).toEqual([]);
    const [sarifRun] = log.runs;
    expect(sarifRun.columnKind).toBe("utf16CodeUnits");
    const disclosures = sarifRun.tool.driver.rules.find((rule: { id: string }) => rule.id === "tactful/required-disclosures");
    expect(disclosures.properties.legalSource).toMatch(/CN-COL-ID-018/);
    expect(disclosures.helpUri).toMatch(/docs\/rules\/required-disclosures\.md$/);
    compareAll(
      sarifRun.results.map((result: { ruleId: string; message: { text: string }; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }> }) => ({
        file: result.locations[0]!.physicalLocation.artifactLocation.uri,
        line: result.locations[0]!.physicalLocation.region.startLine,
        column: result.locations[0]!.physicalLocation.region.startColumn,
        ruleId: result.ruleId === "parsing-error" ? null : result.ruleId,
        message: result.message.text,
      })),
    );
  });
});
