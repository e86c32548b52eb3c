import { cpSync, existsSync, mkdtempSync, readFileSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { readmeBlock, root, run } from "./support/tools.js";

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}

describe("the README's GitHub Actions job", () => {
  const workflow = parse(readmeBlock("### GitHub Actions", "yaml", "jobs:")) as { jobs: Record<string, { steps: Step[]; permissions: Record<string, string> }> };
  const job = Object.values(workflow.jobs)[0]!;

  it("uploads the SARIF file its lint step writes, with the permission code scanning needs", () => {
    const upload = job.steps.find((step) => step.uses?.startsWith("github/codeql-action/upload-sarif"));
    expect(upload?.with?.["sarif_file"]).toBe("tactful.sarif");
    expect(job.steps.some((step) => step.run?.includes("> tactful.sarif"))).toBe(true);
    expect(job.permissions["security-events"]).toBe("write");
  });

  it("runs: its tactful steps succeed on the sample library, annotate, write SARIF and release", () => {
    const workspace = mkdtempSync(join(tmpdir(), "tactful-actions-"));
    // The zh-CN part of the sample library keeps the run short.
    cpSync(join(root, "templates/zh-CN"), join(workspace, "templates/zh-CN"), { recursive: true });
    symlinkSync(join(root, "node_modules"), join(workspace, "node_modules"), "dir");
    const steps = job.steps.filter((step) => step.run?.includes("tactful"));
    expect(steps.length).toBe(3);
    for (const step of steps) {
      const result = run("sh", ["-e", "-c", step.run!], workspace, { CI: "true", GITHUB_ACTIONS: "true" });
      expect(result.status, `${step.run}\n${result.output}`).toBe(0);
      if (step.run!.includes("--format github")) expect(result.stdout).toBe("8 templates checked: 0 errors, 0 warnings.\n");
    }
    expect(JSON.parse(readFileSync(join(workspace, "tactful.sarif"), "utf8")).version).toBe("2.1.0");
    expect(existsSync(join(workspace, "release.json"))).toBe(true);
  });
});
