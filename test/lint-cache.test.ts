import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, unlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it, vi } from "vitest";
import { lintTemplates, type LintOptions } from "@tactful/cli";
import plugin, { codeDigest } from "@tactful/eslint-plugin";
import { ACME_NOTICE, CLEAN_REMINDER } from "./support/templates.js";

/**
 * `--cache` answers a template from the last run only when nothing its result depends on
 * changed. Each test empties the findings kept in the cache file: a run that shows them again
 * linted the template again; one that shows none was answered from the cache.
 */

const root = fileURLToPath(new URL("..", import.meta.url));
const UNDECLARED = CLEAN_REMINDER.replace("{{ amount | money }}", "{{ amount | money }}{{ amout }}");
const OTHER = UNDECLARED.replace("reminder.due-soon", "reminder.other");
const ACME = readFileSync(join(root, "test/fixtures/packs/tactful-pack-acme/pack.yaml"), "utf8");

function library(files: Record<string, string>, withNodeModules = false): string {
  const directory = mkdtempSync(join(tmpdir(), "tactful-cache-"));
  for (const [path, text] of Object.entries(files)) writeFileSync(join(directory, path), text);
  if (withNodeModules) symlinkSync(join(root, "node_modules"), join(directory, "node_modules"), "dir");
  return directory;
}

type Finding = [file: string, ruleId: string | null, line: number, column: number, severity: number, message: string];

async function findings(directory: string, files: readonly string[], options: Partial<LintOptions> = {}): Promise<Finding[]> {
  const run = await lintTemplates(
    files.map((file) => join(directory, file)),
    { cwd: directory, cache: true, ...options },
  );
  return run.results.flatMap((result) => result.messages.map((message): Finding => [relative(directory, result.filePath), message.ruleId, message.line, message.column, message.severity, message.message]));
}

/** Empties every result the cache keeps, as if the templates had been clean. */
function emptyCachedFindings(directory: string): void {
  const file = join(directory, ".tactfulcache");
  const cache = JSON.parse(readFileSync(file, "utf8")) as { entries: Record<string, { result: Record<string, unknown> }> };
  for (const entry of Object.values(cache.entries)) Object.assign(entry.result, { messages: [], errorCount: 0, warningCount: 0, fatalErrorCount: 0 });
  writeFileSync(file, JSON.stringify(cache));
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("lint --cache", () => {
  it("gives the same findings cold, warm and without a cache, and answers unchanged templates from the cache", { timeout: 60_000 }, async () => {
    const directory = library({ "a.msg.njk": UNDECLARED, "b.msg.njk": OTHER });
    const files = ["a.msg.njk", "b.msg.njk"];
    const uncached = await findings(directory, files, { cache: false });
    expect(uncached.map(([file, ruleId]) => [file, ruleId])).toEqual([
      ["a.msg.njk", "tactful/no-undeclared-variables"],
      ["b.msg.njk", "tactful/no-undeclared-variables"],
    ]);
    expect(await findings(directory, files)).toEqual(uncached);
    expect(await findings(directory, files)).toEqual(uncached);
    emptyCachedFindings(directory);
    expect(await findings(directory, files)).toEqual([]);
  });

  it("lints a template again when its text changed, and only that one", { timeout: 60_000 }, async () => {
    const directory = library({ "a.msg.njk": UNDECLARED, "b.msg.njk": OTHER });
    const files = ["a.msg.njk", "b.msg.njk"];
    await findings(directory, files);
    emptyCachedFindings(directory);
    // Same size, same findings, another text.
    writeFileSync(join(directory, "a.msg.njk"), UNDECLARED.replace("详询", "咨询"));
    expect((await findings(directory, files)).map(([file, ruleId]) => [file, ruleId])).toEqual([["a.msg.njk", "tactful/no-undeclared-variables"]]);
  });

  it("lints again when the plugin changed (its version carries the policy packs and its code)", { timeout: 60_000 }, async () => {
    const directory = library({ "a.msg.njk": UNDECLARED });
    const cold = await findings(directory, ["a.msg.njk"]);
    emptyCachedFindings(directory);
    const version = plugin.meta.version;
    vi.spyOn(plugin.meta, "version", "get").mockReturnValue(`${version}.another-pack`);
    expect(await findings(directory, ["a.msg.njk"])).toEqual(cold);
  });

  it("is keyed on the code of the plugin's packages: a changed module changes the digest, a source map does not", () => {
    const directory = library({ "engine.js": "export const x = 1;\n", "engine.js.map": "{}" });
    const before = codeDigest(directory);
    writeFileSync(join(directory, "engine.js.map"), '{"version":3}');
    expect(codeDigest(directory)).toBe(before);
    writeFileSync(join(directory, "engine.js"), "export const x = 22;\n");
    expect(codeDigest(directory)).not.toBe(before);
  });

  it("lints again in another language, with --no-library and with --fix", { timeout: 60_000 }, async () => {
    const directory = library({ "a.msg.njk": UNDECLARED });
    const english = await findings(directory, ["a.msg.njk"]);
    emptyCachedFindings(directory);
    const chinese = await findings(directory, ["a.msg.njk"], { locale: "zh-CN" });
    expect(chinese.map(([, ruleId, line, column]) => [ruleId, line, column])).toEqual(english.map(([, ruleId, line, column]) => [ruleId, line, column]));
    expect(chinese[0]![5]).toContain("未在 `variables` 中声明");
    emptyCachedFindings(directory);
    expect(await findings(directory, ["a.msg.njk"], { library: false, locale: "zh-CN" })).toEqual(chinese);
    emptyCachedFindings(directory);
    expect(await findings(directory, ["a.msg.njk"], { fix: true })).toEqual(english);
  });

  it("lints again when the project's configuration changed", { timeout: 60_000 }, async () => {
    const config = (level: string): string =>
      `import tactful from "@tactful/eslint-plugin";\nexport default [tactful.configs.recommended, { files: ["**/*.msg.njk"], rules: { "tactful/no-undeclared-variables": "${level}" } }];\n`;
    const directory = library({ "eslint.config.js": config("off"), "package.json": '{ "type": "module" }\n', "a.msg.njk": UNDECLARED }, true);
    expect(await findings(directory, ["a.msg.njk"])).toEqual([]);
    writeFileSync(join(directory, "eslint.config.js"), config("warn"));
    // ESLint imports a configuration again when its modification time changed.
    utimesSync(join(directory, "eslint.config.js"), new Date(), new Date(Date.now() + 5000));
    expect((await findings(directory, ["a.msg.njk"])).map(([, ruleId, , , severity]) => [ruleId, severity])).toEqual([["tactful/no-undeclared-variables", 1]]);
    expect((await findings(directory, ["a.msg.njk"])).map(([, ruleId, , , severity]) => [ruleId, severity])).toEqual([["tactful/no-undeclared-variables", 1]]);
  });

  it("lints again when a pack the configuration names changed, under the same name", { timeout: 60_000 }, async () => {
    const config = 'import tactful from "@tactful/eslint-plugin";\nexport default [tactful.configs.recommended, { files: ["**/*.msg.njk"], languageOptions: { packs: ["us", "./acme.yaml"] } }];\n';
    const team = ACME_NOTICE.replace("bailiff squad", "bailiff team");
    const directory = library({ "eslint.config.js": config, "package.json": '{ "type": "module" }\n', "acme.yaml": ACME, "a.msg.njk": team }, true);
    expect(await findings(directory, ["a.msg.njk"])).toEqual([]);
    writeFileSync(join(directory, "acme.yaml"), ACME.replace("terms: [bailiff squad]", "terms: [bailiff squad, bailiff team]"));
    expect((await findings(directory, ["a.msg.njk"])).map(([, ruleId, , , , message]) => [ruleId, message.split("\n")[0]])).toEqual([["tactful/no-false-legal-claims", "False legal claim: “bailiff team”."]]);
    // And with the packs given on the command line (`--pack`), without a configuration.
    const bare = library({ "acme.yaml": ACME, "a.msg.njk": team });
    const packs = [join(bare, "acme.yaml")];
    expect(await findings(bare, ["a.msg.njk"], { packs })).toEqual([]);
    writeFileSync(join(bare, "acme.yaml"), ACME.replace("terms: [bailiff squad]", "terms: [bailiff team]"));
    expect((await findings(bare, ["a.msg.njk"], { packs })).map(([, ruleId]) => ruleId)).toEqual(["tactful/no-false-legal-claims"]);
  });

  /** What a fresh `eslint --cache` run reports, by template: the rules and the first line of each message. */
  const eslintCache = (directory: string, args: readonly string[]): Record<string, string[]> => {
    const run = spawnSync(process.execPath, [join(root, "node_modules/eslint/bin/eslint.js"), "--cache", "--format", "json", ...args], { cwd: directory, encoding: "utf8" });
    expect(run.stderr).toBe("");
    const results = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string | null; message: string }> }>;
    return Object.fromEntries(results.map((result) => [relative(directory, result.filePath), result.messages.map((message) => `${message.ruleId}: ${message.message.split("\n")[0]}`)]));
  };

  it("plain `eslint --cache` lints again when a pack a configuration names by path changed, at the root or in a subfolder", { timeout: 120_000 }, () => {
    const config = 'import tactful from "@tactful/eslint-plugin";\nexport default [tactful.configs.recommended, { files: ["**/*.msg.njk"], languageOptions: { packs: ["us", "./acme.yaml"] } }];\n';
    const team = ACME_NOTICE.replace("bailiff squad", "bailiff team");
    const directory = library({ "eslint.config.js": config, "package.json": '{ "type": "module" }\n', "acme.yaml": ACME, "a.msg.njk": team }, true);
    mkdirSync(join(directory, "branch"));
    for (const [file, text] of Object.entries({ "eslint.config.js": config, "acme.yaml": ACME, "b.msg.njk": team })) writeFileSync(join(directory, "branch", file), text);
    const eslint = (): Record<string, string[]> => eslintCache(directory, ["a.msg.njk", "branch/b.msg.njk"]);
    expect(eslint()).toEqual({ "a.msg.njk": [], "branch/b.msg.njk": [] });
    // Nothing changed: the cache answers, under the same key.
    const cached = readFileSync(join(directory, ".eslintcache"), "utf8");
    expect(eslint()).toEqual({ "a.msg.njk": [], "branch/b.msg.njk": [] });
    expect(readFileSync(join(directory, ".eslintcache"), "utf8")).toBe(cached);
    writeFileSync(join(directory, "acme.yaml"), ACME.replace("terms: [bailiff squad]", "terms: [bailiff squad, bailiff team]"));
    expect(eslint()).toEqual({ "a.msg.njk": ["tactful/no-false-legal-claims: False legal claim: “bailiff team”."], "branch/b.msg.njk": [] });
    writeFileSync(join(directory, "branch", "acme.yaml"), ACME.replace("terms: [bailiff squad]", "terms: [bailiff team]"));
    expect(eslint()).toEqual({ "a.msg.njk": ["tactful/no-false-legal-claims: False legal claim: “bailiff team”."], "branch/b.msg.njk": ["tactful/no-false-legal-claims: False legal claim: “bailiff team”."] });
  });

  it("plain `eslint --cache --config` lints again when a pack its configuration names changed", { timeout: 60_000 }, () => {
    const config = 'import tactful from "@tactful/eslint-plugin";\nexport default [tactful.configs.recommended, { files: ["**/*.msg.njk"], languageOptions: { packs: ["us", "./acme.yaml"] } }];\n';
    const directory = library({ "lint.config.js": config, "package.json": '{ "type": "module" }\n', "acme.yaml": ACME, "a.msg.njk": ACME_NOTICE.replace("bailiff squad", "bailiff team") }, true);
    const args = ["--config", "lint.config.js", "a.msg.njk"];
    expect(eslintCache(directory, args)).toEqual({ "a.msg.njk": [] });
    writeFileSync(join(directory, "acme.yaml"), ACME.replace("terms: [bailiff squad]", "terms: [bailiff team]"));
    expect(eslintCache(directory, args)).toEqual({ "a.msg.njk": ["tactful/no-false-legal-claims: False legal claim: “bailiff team”."] });
  });

  it("keeps what it knows of templates a run did not lint, while they exist", { timeout: 60_000 }, async () => {
    const directory = library({ "a.msg.njk": UNDECLARED, "b.msg.njk": OTHER });
    await findings(directory, ["a.msg.njk", "b.msg.njk"]);
    emptyCachedFindings(directory);
    // As a pre-commit hook does: only the staged template.
    expect(await findings(directory, ["a.msg.njk"])).toEqual([]);
    expect(await findings(directory, ["b.msg.njk"])).toEqual([]);
    unlinkSync(join(directory, "b.msg.njk"));
    await findings(directory, ["a.msg.njk"]);
    expect(Object.keys((JSON.parse(readFileSync(join(directory, ".tactfulcache"), "utf8")) as { entries: object }).entries)).toEqual([join(directory, "a.msg.njk")]);
  });

  it("ignores entries that are not results, and lints those templates again", { timeout: 60_000 }, async () => {
    const directory = library({ "a.msg.njk": UNDECLARED });
    const cold = await findings(directory, ["a.msg.njk"]);
    const file = join(directory, ".tactfulcache");
    const cache = JSON.parse(readFileSync(file, "utf8")) as { entries: Record<string, { result: Record<string, unknown> }> };
    for (const entry of Object.values(cache.entries)) entry.result["messages"] = [{ message: "not a finding" }];
    writeFileSync(file, JSON.stringify(cache));
    expect(await findings(directory, ["a.msg.njk"])).toEqual(cold);
  });

  describe("the identities of the library's templates", () => {
    /** `tactful lint --cache <file>` in a fresh process, as a pre-commit hook runs it: the rules that reported. */
    const hookLint = (directory: string, file: string): string[] => {
      const run = spawnSync(process.execPath, [join(root, "packages/cli/bin/tactful.js"), "lint", "--cache", "--format", "json", file], { cwd: directory, encoding: "utf8" });
      const [result] = JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string | null }> }>;
      return result!.messages.map((message) => message.ruleId ?? "fatal");
    };
    const cacheOf = (directory: string): { libraries: Record<string, Record<string, string[]>> } => JSON.parse(readFileSync(join(directory, ".tactfulcache"), "utf8")) as never;
    /** The id the cache keeps for a template of the directory's library. */
    const cachedId = (directory: string, file: string): string | undefined => cacheOf(directory).libraries[directory]?.[file]?.[1];
    const SAME_ID = CLEAN_REMINDER.replace("详询", "咨询");
    const OTHER_ID = CLEAN_REMINDER.replace("reminder.due-soon", "reminder.other");

    it("are kept for the next run, which still sees a template changed since", { timeout: 60_000 }, () => {
      const directory = library({ "a.msg.njk": CLEAN_REMINDER, "b.msg.njk": OTHER_ID });
      expect(hookLint(directory, "a.msg.njk")).toEqual([]);
      expect(cachedId(directory, "b.msg.njk")).toBe("reminder.other");
      writeFileSync(join(directory, "b.msg.njk"), SAME_ID);
      expect(hookLint(directory, "a.msg.njk")).toEqual(["tactful/unique-template-id"]);
      expect(cachedId(directory, "b.msg.njk")).toBe("reminder.due-soon");
    });

    it("answer for a template whose size and modification time are unchanged: it is not read again", { timeout: 60_000 }, () => {
      const directory = library({ "a.msg.njk": CLEAN_REMINDER, "b.msg.njk": OTHER_ID });
      hookLint(directory, "a.msg.njk");
      const cache = cacheOf(directory);
      cache.libraries[directory]!["b.msg.njk"]![1] = "reminder.due-soon";
      writeFileSync(join(directory, ".tactfulcache"), JSON.stringify(cache));
      expect(hookLint(directory, "a.msg.njk")).toEqual(["tactful/unique-template-id"]);
    });

    it("that are not identities are ignored, and those templates read again", { timeout: 60_000 }, () => {
      const directory = library({ "a.msg.njk": CLEAN_REMINDER, "b.msg.njk": SAME_ID });
      expect(hookLint(directory, "a.msg.njk")).toEqual(["tactful/unique-template-id"]);
      const cache = cacheOf(directory);
      cache.libraries[directory]!["b.msg.njk"] = [cache.libraries[directory]!["b.msg.njk"]![0]!, 7, "zh-CN", "sms"] as never;
      writeFileSync(join(directory, ".tactfulcache"), JSON.stringify(cache));
      expect(hookLint(directory, "a.msg.njk")).toEqual(["tactful/unique-template-id"]);
      expect(cachedId(directory, "b.msg.njk")).toBe("reminder.due-soon");
    });
  });
});
