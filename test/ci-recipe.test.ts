import { generateKeyPairSync } from "node:crypto";
import { cpSync, mkdtempSync, readdirSync, readFileSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { bundleHash, loadRelease } from "@tactful/renderer";
import { describe, expect, it } from "vitest";
import { readmeBlock, root, run } from "./support/tools.js";

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
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

  it("runs: its tactful steps succeed on the sample library, annotate, write SARIF and a release signed with the key from a secret", async () => {
    const workspace = mkdtempSync(join(tmpdir(), "tactful-actions-"));
    // The zh-CN part of the sample library keeps the run short.
    cpSync(join(root, "templates/zh-CN"), join(workspace, "templates/zh-CN"), { recursive: true });
    symlinkSync(join(root, "node_modules"), join(workspace, "node_modules"), "dir");
    const steps = job.steps.filter((step) => step.run?.includes("tactful"));
    expect(steps.length).toBe(3);
    // What GitHub gives the step: the secret in its env, a temporary directory outside the checkout.
    const { privateKey, publicKey } = generateKeyPairSync("ed25519");
    const secrets: Record<string, string> = { "secrets.TACTFUL_RELEASE_KEY": privateKey.export({ type: "pkcs8", format: "pem" }).toString() };
    const runnerTemp = mkdtempSync(join(tmpdir(), "tactful-runner-temp-"));
    for (const step of steps) {
      const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([name, value]) => [name, value.replace(/^\$\{\{ (.+) \}\}$/, (_, expression: string) => secrets[expression]!)]));
      const result = run("sh", ["-e", "-c", step.run!], workspace, { CI: "true", GITHUB_ACTIONS: "true", RUNNER_TEMP: runnerTemp, ...env });
      expect(result.status, `${step.run}\n${result.output}`).toBe(0);
      if (step.run!.includes("--format github")) expect(result.stdout).toBe("8 templates checked: 0 errors, 0 warnings.\n");
    }
    expect(JSON.parse(readFileSync(join(workspace, "tactful.sarif"), "utf8")).version).toBe("2.1.0");
    // The service's snippet loads it with the public key: it must be signed by that key.
    const release = await loadRelease(join(workspace, "release.json"), { publicKey: publicKey.export({ type: "spki", format: "pem" }).toString() });
    expect(release.list().length).toBe(8);
    expect(readdirSync(workspace).filter((name) => name.endsWith(".pem"))).toEqual([]);
    // The release's review report, uploaded as an artifact of its own.
    expect(readFileSync(join(workspace, "report/index.html"), "utf8")).toContain(bundleHash(release.bundle));
    expect(job.steps.some((step) => step.uses?.startsWith("actions/upload-artifact") && step.with?.["path"] === "report/")).toBe(true);
  });
});
