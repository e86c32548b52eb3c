import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { generateCorpus, writeCorpus } from "./bench/corpus.js";

/**
 * Every finding of `tactful lint` on the fixtures and on a generated library, compared with
 * a snapshot: how the linter reads files, parses them and caches results may change; what it
 * finds, where, and what it would fix may not.
 */

const root = fileURLToPath(new URL("..", import.meta.url));
const work = mkdtempSync(join(tmpdir(), "tactful-findings-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Message {
  ruleId: string | null;
  severity: number;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  message: string;
  fix?: { range: [number, number]; text: string };
  suggestions?: unknown[];
}

function lint(cwd: string, args: readonly string[]): { status: number | null; findings: string } {
  const run = spawnSync(process.execPath, [join(root, "packages/cli/bin/tactful.js"), "lint", "--format", "json", ...args], { cwd, encoding: "utf8", maxBuffer: 1 << 28, env: { ...process.env, NO_COLOR: "1" } });
  const results = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Message[] }>;
  const lines = results.flatMap((result) =>
    result.messages.map((message) => {
      const fix = message.fix ? ` fix ${message.fix.range.join("-")} ${JSON.stringify(message.fix.text)}` : "";
      const suggestions = message.suggestions?.length ? ` suggestions ${message.suggestions.length}` : "";
      return `${relative(cwd, resolve(cwd, result.filePath))}:${message.line}:${message.column}-${message.endLine ?? ""}:${message.endColumn ?? ""} ${message.severity} ${message.ruleId} ${message.message}${fix}${suggestions}`;
    }),
  );
  return { status: run.status, findings: `${lines.join("\n")}\n` };
}

describe("tactful lint finds what it found before", () => {
  // Each lint is a fresh process over hundreds of templates: minutes on a busy machine.
  it("on test/fixtures", { timeout: 600_000 }, async () => {
    const { status, findings } = lint(root, ["test/fixtures"]);
    expect(status).toBe(1);
    await expect(findings).toMatchFileSnapshot("snapshots/fixtures-findings.txt");
  });

  it("on a generated library, without a cache and with a warm one", { timeout: 600_000 }, async () => {
    const directory = join(work, "corpus");
    await writeCorpus(directory, generateCorpus(200));
    const cold = lint(directory, ["templates"]);
    expect(cold.status).toBe(1);
    await expect(cold.findings).toMatchFileSnapshot("snapshots/corpus-findings.txt");
    const cache = ["--cache", "--cache-location", join(work, "cache"), "templates"];
    expect(lint(directory, cache).findings).toBe(cold.findings);
    expect(lint(directory, cache).findings).toBe(cold.findings);
  });
});

describe("tactful lint on several threads finds what it finds on one", () => {
  it("on test/fixtures, whose projects have configurations of their own", { timeout: 600_000 }, async () => {
    const { status, findings } = lint(root, ["--concurrency", "3", "test/fixtures"]);
    expect(status).toBe(1);
    await expect(findings).toMatchFileSnapshot("snapshots/fixtures-findings.txt");
  });

  it("on a generated library", { timeout: 600_000 }, async () => {
    const directory = join(work, "threads");
    await writeCorpus(directory, generateCorpus(200));
    await expect(lint(directory, ["--concurrency", "2", "templates"]).findings).toMatchFileSnapshot("snapshots/corpus-findings.txt");
  });

  it("leaves out of the library checks the drafts the configuration ignores, on every thread", { timeout: 600_000 }, () => {
    const directory = join(work, "ignored-drafts");
    mkdirSync(join(directory, "templates", "drafts"), { recursive: true });
    symlinkSync(join(root, "node_modules"), join(directory, "node_modules"), "dir");
    writeFileSync(join(directory, "eslint.config.js"), 'import tactful from "@tactful/eslint-plugin";\nexport default [tactful.configs.recommended, { ignores: ["templates/drafts/**"] }];\n');
    const templates = generateCorpus(12);
    for (const template of templates) writeFileSync(join(directory, "templates", template.path.replaceAll("/", "-")), template.text);
    // A draft of each published template, under the same id: compared, each would be a duplicate.
    for (const template of templates) writeFileSync(join(directory, "templates", "drafts", template.path.replaceAll("/", "-")), template.text);
    const one = lint(directory, ["--concurrency", "off", "templates"]);
    const three = lint(directory, ["--concurrency", "3", "templates"]);
    expect(one.findings).not.toContain("unique-template-id");
    expect(three).toEqual(one);
  });

  it("when a thread cannot load the configuration, the first thread lints its share", { timeout: 600_000 }, () => {
    const directory = join(work, "main-thread-only");
    mkdirSync(join(directory, "templates"), { recursive: true });
    symlinkSync(join(root, "node_modules"), join(directory, "node_modules"), "dir");
    const config = 'import { isMainThread } from "node:worker_threads";\nimport tactful from "@tactful/eslint-plugin";\nif (!isMainThread) throw new Error("not in a thread");\nexport default [tactful.configs.recommended];\n';
    writeFileSync(join(directory, "eslint.config.js"), config);
    for (const template of generateCorpus(12)) writeFileSync(join(directory, "templates", `${template.path.replaceAll("/", "-")}`), template.text);
    const one = lint(directory, ["--concurrency", "off", "templates"]);
    const three = lint(directory, ["--concurrency", "3", "templates"]);
    expect(one.findings.split("\n").length).toBeGreaterThan(5);
    expect(three).toEqual(one);
  });
});
