import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { git, gitRepository } from "./support/temp-repo.js";
import { CLEAN_REMINDER } from "./support/templates.js";
import { root, run, tactfulBin } from "./support/tools.js";

const eslintBin = join(root, "node_modules/eslint/bin/eslint.js");
const RECOMMENDED = 'import tactful from "@tactful/eslint-plugin";\nexport default [tactful.configs.recommended];\n';
const withRules = (rules: string): string => `import tactful from "@tactful/eslint-plugin";\nexport default [tactful.configs.recommended, { files: ["**/*.msg.njk"], rules: { ${rules} } }];\n`;
const ALLOWED_SENDERS = withRules(`"tactful/sender-identification": ["error", { allowedSenders: ["另一家金融"] }]`);

/** A git repository whose node_modules is this repository's (the packages as installed). */
function repository(files: Record<string, string>): string {
  const directory = gitRepository("tactful-config-", files);
  symlinkSync(join(root, "node_modules"), join(directory, "node_modules"), "dir");
  return directory;
}

function tactful(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  return run(process.execPath, [tactfulBin, ...args], cwd, { CI: "" });
}

type Finding = [file: string, ruleId: string | null, line: number, column: number, severity: number];

/** The findings of a JSON report, with paths relative to `base`. */
function findings(stdout: string, cwd: string, base: string): Finding[] {
  const report = JSON.parse(stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string | null; line: number; column: number; severity: number }> }>;
  return report
    .flatMap((result) => result.messages.map((message): Finding => [relative(base, resolve(cwd, result.filePath)), message.ruleId, message.line, message.column, message.severity]))
    .sort((a, b) => a.join().localeCompare(b.join()));
}

function tactfulFindings(args: string[], cwd: string, base: string): { status: number | null; found: Finding[] } {
  const result = tactful(["lint", "--format", "json", ...args], cwd);
  return { status: result.status, found: findings(result.stdout, cwd, base) };
}

function eslintFindings(args: string[], cwd: string, base: string): { status: number | null; found: Finding[] } {
  const result = run(process.execPath, [eslintBin, "--format", "json", ...args], cwd);
  return { status: result.status, found: findings(result.stdout, cwd, base) };
}

describe("configuration per template, as ESLint 10 resolves it", () => {
  const monorepo = (): string =>
    repository({
      "eslint.config.js": RECOMMENDED,
      "package.json": '{ "private": true, "type": "module" }\n',
      "packages/messages/eslint.config.mjs": ALLOWED_SENDERS,
      "packages/messages/templates/due-soon.sms.msg.njk": CLEAN_REMINDER,
      "templates/due-soon.sms.msg.njk": CLEAN_REMINDER.replace("reminder.due-soon", "reminder.root"),
    });

  it("applies a package's own config from the repository root: tactful lint, tactful release and eslint agree", () => {
    const repo = monorepo();
    const template = "packages/messages/templates/due-soon.sms.msg.njk";
    const lint = tactful(["lint", "packages/messages/templates"], repo);
    expect(lint.stdout).toContain("tactful/sender-identification");
    expect(lint.stdout).toContain("1 template checked (zh-CN 1) with the config packages/messages/eslint.config.mjs: 0 clean.");
    expect(lint.status).toBe(1);

    const expected: Finding[] = [[template, "tactful/sender-identification", 8, 17, 2]];
    expect(tactfulFindings(["packages/messages/templates"], repo, repo)).toEqual({ status: 1, found: expected });
    expect(tactfulFindings(["templates"], join(repo, "packages/messages"), repo)).toEqual({ status: 1, found: expected });
    // Plain ESLint, from the root and from the package: the same findings at the same levels.
    expect(eslintFindings(["packages/messages/templates"], repo, repo)).toEqual({ status: 1, found: expected });
    expect(eslintFindings(["templates"], join(repo, "packages/messages"), repo)).toEqual({ status: 1, found: expected });

    const release = tactful(["release", "packages/messages/templates", "--out", "bundle.json"], repo);
    expect(release.stdout).toContain("No release: fix the errors above first.");
    expect(release.status).toBe(1);
  });

  it("applies a package's own config from a root that has none", () => {
    const repo = monorepo();
    rmSync(join(repo, "eslint.config.js"));
    expect(tactfulFindings(["packages/messages/templates"], repo, repo)).toEqual({ status: 1, found: [["packages/messages/templates/due-soon.sms.msg.njk", "tactful/sender-identification", 8, 17, 2]] });
    expect(tactful(["release", "packages/messages/templates", "--out", "bundle.json"], repo).status).toBe(1);
  });

  it("says which configurations applied to how many templates, in the summary, the JSON and the release", () => {
    const repo = monorepo();
    writeFileSync(join(repo, "packages/messages/eslint.config.mjs"), RECOMMENDED);
    const lint = tactful(["lint", "."], repo);
    expect(lint.stdout).toBe("2 templates checked (zh-CN 2) with 2 configurations (1 template: packages/messages/eslint.config.mjs; 1 template: eslint.config.js): 2 clean.\n");
    expect(lint.status).toBe(0);
    const json = JSON.parse(tactful(["lint", "--format", "json", "."], repo).stdout) as Array<{ filePath: string; config: string }>;
    expect(json.map(({ filePath, config }) => [filePath, config])).toEqual([
      ["packages/messages/templates/due-soon.sms.msg.njk", "packages/messages/eslint.config.mjs"],
      ["templates/due-soon.sms.msg.njk", "eslint.config.js"],
    ]);
    const release = tactful(["release", ".", "--out", "bundle.json"], repo);
    expect(release.status).toBe(0);
    const bundle = JSON.parse(readFileSync(join(repo, "bundle.json"), "utf8")) as { lint: { configs: unknown } };
    expect(bundle.lint.configs).toEqual([
      { config: "packages/messages/eslint.config.mjs", templates: 1 },
      { config: "eslint.config.js", templates: 1 },
    ]);
  });

  it("says, on every run and in the release, which blocking rules a configuration turns off or lowers for which templates", () => {
    const threat = CLEAN_REMINDER.replace("请通过示例金融APP还款", "再不还款我们就上门找你，请通过示例金融APP还款");
    const repo = repository({
      "eslint.config.js": 'import tactful from "@tactful/eslint-plugin";\nexport default [tactful.configs.recommended, { files: ["legacy/**"], rules: { "tactful/no-threats": "off", "tactful/pii-masking": "warn" } }];\n',
      "package.json": '{ "private": true, "type": "module" }\n',
      "legacy/due-soon.sms.msg.njk": threat,
      "templates/due-soon.sms.msg.njk": CLEAN_REMINDER.replace("reminder.due-soon", "reminder.current"),
    });
    expect(threat).not.toBe(CLEAN_REMINDER);
    const lint = tactful(["lint", "."], repo);
    expect(lint.stdout).toBe("2 templates checked (zh-CN 2) with the config eslint.config.js: 2 clean.\neslint.config.js turns off or lowers 2 rules that recommended makes errors, for 1 template: no-threats, pii-masking.\n");
    expect(lint.status).toBe(0);
    expect(tactful(["lint", "--lang", "zh-CN", "."], repo).stdout).toContain("\neslint.config.js 关闭或降低了 2 条在推荐配置中为错误级别的规则，涉及1 个模板：no-threats, pii-masking。\n");
    // Templates it does not relax them for are linted as before.
    expect(tactful(["lint", "templates"], repo).stdout).toBe("1 template checked (zh-CN 1) with the config eslint.config.js: 1 clean.\n");
    const release = tactful(["release", ".", "--out", "bundle.json"], repo);
    expect(release.stdout).toContain("eslint.config.js turned off or lowered rules that recommended makes errors: no-threats, pii-masking (recorded in the bundle).\n");
    const bundle = JSON.parse(readFileSync(join(repo, "bundle.json"), "utf8")) as { lint: { configs: unknown } };
    expect(bundle.lint.configs).toEqual([{ config: "eslint.config.js", templates: 2, relaxed: ["no-threats", "pii-masking"] }]);
  });

  it("lints a folder outside the project with its own nearest config, or the built-in one, said as such", () => {
    const repo = repository({ "eslint.config.js": withRules(`"tactful/no-unused-variables": "off"`), "package.json": '{ "type": "module" }\n' });
    const outside = mkdtempSync(join(tmpdir(), "tactful-outside-"));
    writeFileSync(join(outside, "a.sms.msg.njk"), CLEAN_REMINDER);
    const builtIn = tactful(["lint", outside], repo);
    expect(builtIn.stderr).toBe("");
    expect(builtIn.stdout).toMatch(/^1 template checked \(zh-CN 1\) with the built-in recommended config: 1 clean\.\n$/);
    expect(builtIn.status).toBe(0);

    const own = mkdtempSync(join(tmpdir(), "tactful-outside-own-"));
    symlinkSync(join(root, "node_modules"), join(own, "node_modules"), "dir");
    writeFileSync(join(own, "eslint.config.mjs"), ALLOWED_SENDERS);
    writeFileSync(join(own, "a.sms.msg.njk"), CLEAN_REMINDER);
    const ownConfig = tactful(["lint", own], repo);
    expect(ownConfig.stdout).toContain("tactful/sender-identification");
    expect(ownConfig.stdout).toContain(`with the config ${relative(repo, join(own, "eslint.config.mjs"))}: 0 clean.`);
    expect(ownConfig.status).toBe(1);
  });
});

describe("a finding's level is its own", () => {
  it("keeps an organisation's blocking requirement an error beside an advisory pack finding at the same position", () => {
    // No amount and no due date: the CN pack only warns for those (CN-REM-DUE-021). The organisation requires a reference number.
    const reminder = CLEAN_REMINDER.replace(/\n {2}amount:.*\n {2}due_date:.*/u, " {}").replace("您尾号6688的借款本期应还{{ amount | money }}元，还款日为{{ due_date | date }}，", "请按时还款，");
    const repo = repository({
      "eslint.config.js": withRules(`"tactful/required-disclosures": ["error", { require: [{ roles: ["reference-number"], reason: "our auditors trace every message" }] }]`),
      "package.json": '{ "type": "module" }\n',
      "templates/reminder.sms.msg.njk": reminder,
    });
    const levels = (found: Finding[]): Array<[string | null, number]> => found.map(([, ruleId, , , severity]): [string | null, number] => [ruleId, severity]).sort();
    // Nor whom it is for: the pack warns for that too (CN-REM-RECIPIENT).
    const expected = [
      ["tactful/recipient-identification", 1],
      ["tactful/required-disclosures", 1],
      ["tactful/required-disclosures", 1],
      ["tactful/required-disclosures", 2],
    ];
    const lint = tactfulFindings(["templates"], repo, repo);
    expect(levels(lint.found)).toEqual(expected);
    expect(lint.status).toBe(1);
    // The same positions: all three at the message's first line.
    expect(new Set(lint.found.map(([, , line, column]) => `${line}:${column}`)).size).toBe(1);
    const eslint = eslintFindings(["templates"], repo, repo);
    expect(levels(eslint.found)).toEqual(expected);
    expect(eslint.status).toBe(1);
    // Also from ESLint's cache.
    expect(levels(tactfulFindings(["--cache", "templates"], repo, repo).found)).toEqual(expected);
    expect(levels(tactfulFindings(["--cache", "templates"], repo, repo).found)).toEqual(expected);
  });
});

describe("inline configuration of a compliance rule", () => {
  const threatening = CLEAN_REMINDER.replace("---\n【", '---\n{# eslint tactful/no-threats: "off" #}\n【').replace("详询", "再不还款就上门找你家人，详询");

  it.each([["eslint tactful/no-threats: \"off\""], ["tactful no-threats: off"]])("is refused, in tactful lint and in eslint (%s)", (setting) => {
    const repo = repository({ "eslint.config.js": RECOMMENDED, "package.json": '{ "type": "module" }\n', "templates/threat.sms.msg.njk": threatening.replace('eslint tactful/no-threats: "off"', setting) });
    const lint = tactful(["lint", "templates"], repo);
    expect(lint.stdout).toContain("Inline configuration cannot turn off, lower or reconfigure tactful/no-threats: waive the finding with {# tactful-disable-next-line no-threats -- why this is acceptable #}");
    expect(lint.stdout).toContain("tactful/no-threats");
    expect(lint.status).toBe(1);
    const eslint = eslintFindings(["templates"], repo, repo);
    expect(eslint.found.map(([, ruleId, , , severity]) => [ruleId, severity])).toEqual(expect.arrayContaining([[null, 2], ["tactful/no-threats", 2]]));
    expect(eslint.status).toBe(1);
    // Nothing was waived, so the register has nothing to record.
    expect(tactful(["lint", "--suppressions", "templates"], repo).stdout).toBe("No suppressions.\n");
  });
});

describe("the rules across the library", () => {
  it("report a duplicate id on the new file when only it is linted, as a pre-commit hook does", () => {
    const repo = repository({ "eslint.config.js": RECOMMENDED, "package.json": '{ "type": "module" }\n', "templates/zh-CN/due-soon.sms.msg.njk": CLEAN_REMINDER });
    git(repo, ["add", "-A"]);
    git(repo, ["commit", "--quiet", "-m", "first"]);
    mkdirSync(join(repo, "templates/zh-CN/copy"));
    writeFileSync(join(repo, "templates/zh-CN/copy/due-soon-copy.sms.msg.njk"), CLEAN_REMINDER);
    git(repo, ["add", "-A"]);
    const lint = tactful(["lint", "templates/zh-CN/copy/due-soon-copy.sms.msg.njk"], repo);
    expect(lint.stdout).toContain("templates/zh-CN/copy/due-soon-copy.sms.msg.njk\n  2:5  error    Another template has the same id `reminder.due-soon`, locale zh-CN and channel sms: templates/zh-CN/due-soon.sms.msg.njk.");
    expect(lint.status).toBe(1);
    const eslint = eslintFindings(["templates/zh-CN/copy/due-soon-copy.sms.msg.njk"], repo, repo);
    expect(eslint.found).toEqual([["templates/zh-CN/copy/due-soon-copy.sms.msg.njk", "tactful/unique-template-id", 2, 5, 2]]);
  });

  it("are not served stale from the cache when a namesake appears", () => {
    const repo = repository({ "eslint.config.js": RECOMMENDED, "package.json": '{ "type": "module" }\n', "templates/a.sms.msg.njk": CLEAN_REMINDER, "templates/b.sms.msg.njk": CLEAN_REMINDER.replace("reminder.due-soon", "reminder.other") });
    expect(tactful(["lint", "--cache", "templates"], repo).status).toBe(0);
    writeFileSync(join(repo, "templates/b.sms.msg.njk"), CLEAN_REMINDER);
    const lint = tactfulFindings(["--cache", "templates"], repo, repo);
    expect(lint.found.map(([file, ruleId]) => [file, ruleId])).toEqual([
      ["templates/a.sms.msg.njk", "tactful/unique-template-id"],
      ["templates/b.sms.msg.njk", "tactful/unique-template-id"],
    ]);
    expect(lint.status).toBe(1);
  });

  it("honour a directive with a reason, which the waiver register records", () => {
    const waived = CLEAN_REMINDER.replace("---\n【", "---\n{# tactful-disable unique-template-id -- replaces due-soon at the next release #}\n【");
    const repo = repository({ "eslint.config.js": RECOMMENDED, "package.json": '{ "type": "module" }\n', "templates/a.sms.msg.njk": CLEAN_REMINDER, "templates/b.sms.msg.njk": waived });
    const lint = tactful(["lint", "templates/b.sms.msg.njk"], repo);
    expect(lint.stdout).not.toContain("was not found");
    expect(lint.status).toBe(0);
    expect(tactful(["lint", "--suppressions", "templates/b.sms.msg.njk"], repo).stdout).toBe(
      "templates/b.sms.msg.njk:14  tactful-disable tactful/unique-template-id  — replaces due-soon at the next release  [suppressed 1]\n1 suppression.\n",
    );
  });
});
