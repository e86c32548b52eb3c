import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { root, run, tactfulBin, toolAvailable, toolBin } from "./support/tools.js";

const multitool = toolBin("@microsoft/sarif-multitool/bin.js");

describe.runIf(toolAvailable("@microsoft/sarif-multitool", existsSync(multitool)))("SARIF output, checked by Microsoft's SARIF validator", () => {
  it("has no error-level result from `sarif-multitool validate`", () => {
    const directory = mkdtempSync(join(tmpdir(), "tactful-sarif-"));
    const log = join(directory, "tactful.sarif");
    const lint = run(process.execPath, [tactfulBin, "lint", "test/fixtures/syntax", "test/fixtures/rules/sender-identification", "--format", "sarif"], root);
    expect(lint.status).toBe(1);
    writeFileSync(log, lint.stdout);
    const validation = join(directory, "validation.sarif");
    // The validator is a .NET single-file program; without ICU it runs in invariant mode.
    const result = run(process.execPath, [multitool, "validate", log, "--output", validation, "--log", "ForceOverwrite"], directory, { DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: "1" });
    expect(result.status, result.output).toBe(0);
    const findings = (JSON.parse(readFileSync(validation, "utf8")) as { runs: Array<{ results?: Array<{ level?: string; ruleId: string; message: { text?: string; arguments?: string[] } }> }> }).runs.flatMap((entry) => entry.results ?? []);
    const errors = findings.filter((finding) => (finding.level ?? "warning") === "error").map((finding) => `${finding.ruleId}: ${finding.message.text ?? finding.message.arguments?.join(", ")}`);
    expect(errors).toEqual([]);
  });
});
