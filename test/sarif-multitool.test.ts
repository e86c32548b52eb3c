import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CLEAN_REMINDER } from "./support/templates.js";
import { root, run, tactfulBin, toolAvailable, toolBin } from "./support/tools.js";

const multitool = toolBin("@microsoft/sarif-multitool/bin.js");

/** Runs Microsoft's validator on a SARIF log; returns its error-level results. */
function validatorErrors(sarifText: string): string[] {
  const directory = mkdtempSync(join(tmpdir(), "tactful-sarif-"));
  const log = join(directory, "tactful.sarif");
  writeFileSync(log, sarifText);
  const validation = join(directory, "validation.sarif");
  // The validator is a .NET single-file program; without ICU it runs in invariant mode.
  const result = run(process.execPath, [multitool, "validate", log, "--output", validation, "--log", "ForceOverwrite"], directory, { DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: "1" });
  expect(result.status, result.output).toBe(0);
  const findings = (JSON.parse(readFileSync(validation, "utf8")) as { runs: Array<{ results?: Array<{ level?: string; ruleId: string; message: { text?: string; arguments?: string[] } }> }> }).runs.flatMap((entry) => entry.results ?? []);
  return findings.filter((finding) => (finding.level ?? "warning") === "error").map((finding) => `${finding.ruleId}: ${finding.message.text ?? finding.message.arguments?.join(", ")}`);
}

describe.runIf(toolAvailable("@microsoft/sarif-multitool", existsSync(multitool)))("SARIF output, checked by Microsoft's SARIF validator", () => {
  it("has no error-level result from `sarif-multitool validate`", () => {
    const lint = run(process.execPath, [tactfulBin, "lint", "test/fixtures/syntax", "test/fixtures/rules/sender-identification", "--format", "sarif"], root);
    expect(lint.status).toBe(1);
    expect(validatorErrors(lint.stdout)).toEqual([]);
  });

  it("is valid for a library with CJK and space-containing paths, and links to documentation anyone can open", () => {
    const library = mkdtempSync(join(tmpdir(), "tactful-sarif-paths-"));
    const unsigned = CLEAN_REMINDER.replace("【示例金融】", "");
    for (const path of ["templates/zh-CN/催收/提醒.sms.msg.njk", "templates/zh-CN/due soon/reminder 1.sms.msg.njk"]) {
      mkdirSync(join(library, path, ".."), { recursive: true });
      writeFileSync(join(library, path), unsigned.replace("reminder.due-soon", `reminder.${path.length}`));
    }
    const lint = run(process.execPath, [tactfulBin, "lint", "templates", "--format", "sarif"], library);
    expect(lint.status, lint.output).toBe(1);
    expect(validatorErrors(lint.stdout)).toEqual([]);
    const log = JSON.parse(lint.stdout) as { runs: Array<{ tool: { driver: { informationUri?: string; rules: Array<{ helpUri?: string }> } }; results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }> };
    const uris = log.runs[0]!.results.map((result) => result.locations[0]!.physicalLocation.artifactLocation.uri);
    expect(new Set(uris)).toEqual(new Set(["templates/zh-CN/%E5%82%AC%E6%94%B6/%E6%8F%90%E9%86%92.sms.msg.njk", "templates/zh-CN/due%20soon/reminder%201.sms.msg.njk"]));
    const { driver } = log.runs[0]!.tool;
    expect(driver.informationUri).toMatch(/^https:\/\//);
    for (const rule of driver.rules) expect(rule.helpUri ?? "https://").toMatch(/^https:\/\/(?!.*node_modules)/);
  });
});

describe("tactful rules", () => {
  it("links each rule to its page in the published package, never to a file on this machine", () => {
    const catalog = JSON.parse(run(process.execPath, [tactfulBin, "rules", "--format", "json"], root).stdout) as Array<{ id: string; url: string }>;
    expect(catalog.length).toBeGreaterThan(10);
    for (const rule of catalog) expect(rule.url).toBe(`https://unpkg.com/@tactful/eslint-plugin@0.1.0/docs/rules/${rule.id.slice("tactful/".length)}.md`);
    for (const rule of catalog) expect(existsSync(join(root, "packages/eslint-plugin/docs/rules", `${rule.id.slice("tactful/".length)}.md`)), rule.id).toBe(true);
  });
});
