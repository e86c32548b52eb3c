import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CLEAN_REMINDER } from "./support/templates.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const bin = join(root, "packages/cli/bin/tactful.js");

/** Runs the built `tactful` command as a user would. */
function tactful(args: string[], cwd = root, env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", CI: "", ...env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh project directory whose node_modules is this repository's (the packages as installed). */
function project(files: Record<string, string | Buffer>): string {
  const directory = mkdtempSync(join(tmpdir(), "tactful-cli-"));
  symlinkSync(join(root, "node_modules"), join(directory, "node_modules"), "dir");
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(directory, name, ".."), { recursive: true });
    writeFileSync(join(directory, name), content);
  }
  return directory;
}

/**
 * Lints one template alone in a fresh project as the command line does, with a preload that
 * lists the CommonJS modules and JSON files the run loaded (with / separators).
 */
function lintLoading(template: string): { found: string[]; loaded: string[] } {
  const preload = 'import { createRequire } from "node:module";\nimport { writeFileSync } from "node:fs";\nprocess.on("exit", () => writeFileSync("loaded.json", JSON.stringify(Object.keys(createRequire(import.meta.url).cache))));\n';
  const directory = project({ "modules.mjs": preload, "a.msg.njk": template });
  const result = spawnSync(process.execPath, ["--import", "./modules.mjs", bin, "lint", "--format", "json", "a.msg.njk"], { cwd: directory, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  const results = JSON.parse(result.stdout) as Array<{ messages: Array<{ ruleId: string }> }>;
  const loaded = JSON.parse(readFileSync(join(directory, "loaded.json"), "utf8")) as string[];
  return { found: results.flatMap(({ messages }) => messages.map(({ ruleId }) => ruleId)), loaded: loaded.map((file) => file.split(sep).join("/")) };
}

const CLEAN = CLEAN_REMINDER;
const UNDECLARED = CLEAN.replace("{{ amount | money }}", "{{ amount | money }}{{ amout }}");
const TWO_LINE_CONFIG = 'import tactful from "@tactful/eslint-plugin";\nexport default [tactful.configs.recommended];\n';

describe("tactful lint", () => {
  it("checks the sample library with the project's config and says what it checked", () => {
    const { status, stdout, stderr } = tactful(["lint", "templates"]);
    expect(stderr).toBe("");
    expect(stdout).toBe("49 templates checked (en-GB 6, en-HK 4, en-IN 7, en-KE 4, en-PH 4, en-US 7, fil-PH 2, sw-KE 2, zh-CN 8, zh-HK 4, zh-TW 1) with the config eslint.config.js: 49 clean.\n");
    expect(status).toBe(0);
  });

  it("says what it checked without the library checks too", () => {
    const { status, stdout } = tactful(["lint", "--no-library", "templates"]);
    expect(stdout).toBe("49 templates checked (en-GB 6, en-HK 4, en-IN 7, en-KE 4, en-PH 4, en-US 7, fil-PH 2, sw-KE 2, zh-CN 8, zh-HK 4, zh-TW 1) with the config eslint.config.js: 49 clean.\n");
    expect(status).toBe(0);
  });

  it("uses the built-in recommended config where the project has none", () => {
    const directory = project({ "a.msg.njk": CLEAN });
    const { status, stdout } = tactful(["lint"], directory);
    expect(stdout).toBe("1 template checked (zh-CN 1) with the built-in recommended config: 1 clean.\n");
    expect(status).toBe(0);
  });

  it("loads the yaml package only where a clean template's front matter is not plain", () => {
    const plain = lintLoading(CLEAN);
    expect(plain.found).toEqual([]);
    expect(plain.loaded.filter((file) => file.includes("/node_modules/yaml/"))).toEqual([]);
    const withAnchor = lintLoading(CLEAN.replace("variables:\n  amount: {", "variables:\n  amount: &amount {"));
    expect(withAnchor.found).toEqual([]);
    expect(withAnchor.loaded.filter((file) => file.includes("/node_modules/yaml/")).length).toBeGreaterThan(0);
  });

  it("reads only the policy pack of the template's jurisdiction", () => {
    const packsRead = (template: string) => lintLoading(template).loaded.flatMap((file) => /\/generated\/packs\/(\w+)\.json$/.exec(file)?.[1] ?? []);
    // CN takes the US pack's English wordings (`adopt`), HK the CN and US packs' wordings: they are read with them, and no other pack.
    expect(packsRead(CLEAN).sort()).toEqual(["cn", "index", "us"]);
    expect(packsRead(CLEAN.replace("locale: zh-CN", "locale: zh-CN\njurisdiction: HK")).sort()).toEqual(["cn", "hk", "index", "us"]);
  });

  it("lints a fresh directory with a two-line eslint.config.js, as plain eslint does", () => {
    const directory = project({ "eslint.config.js": TWO_LINE_CONFIG, "templates/bad.msg.njk": UNDECLARED });
    const ours = tactful(["lint", "--format", "json"], directory);
    const eslint = spawnSync(process.execPath, [join(root, "node_modules/eslint/bin/eslint.js"), "--format", "json", "."], { cwd: directory, encoding: "utf8" });
    expect(ours.status).toBe(1);
    expect(eslint.status).toBe(1);
    const pick = (results: Array<{ messages: Array<{ ruleId: string; line: number; column: number }> }>) =>
      results.flatMap((result) => result.messages.map((message) => `${message.ruleId} ${message.line}:${message.column}`));
    expect(pick(JSON.parse(ours.stdout))).toEqual(["tactful/no-undeclared-variables 14:44"]);
    expect(pick(JSON.parse(eslint.stdout))).toEqual(pick(JSON.parse(ours.stdout)));
  });

  it("explains a project config that does not cover templates, and exits 2", () => {
    const directory = project({ "eslint.config.js": "export default [{ files: ['**/*.js'], rules: {} }];\n", "a.msg.njk": CLEAN });
    const { status, stderr } = tactful(["lint"], directory);
    expect(stderr).toMatch(/^tactful: eslint\.config\.js does not configure template files \(a\.msg\.njk and 0 more\): add the Tactful config to it/);
    expect(status).toBe(2);
  });

  it("reports a broken project config in one line and exits 2", () => {
    const directory = project({ "eslint.config.js": "export default [{ files: ['**/*.msg.njk'], rules: { 'nope/x': 'error' } }];\n", "a.msg.njk": CLEAN });
    const { status, stderr } = tactful(["lint"], directory);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(/^tactful: the ESLint configuration .*eslint\.config\.js could not be used: /);
    expect(status).toBe(2);
  });

  it("reports findings with file, line and column and exits 1", () => {
    const { status, stdout } = tactful(["lint", "test/fixtures/syntax/unknown-key-typo.sms.msg.njk"]);
    expect(status).toBe(1);
    expect(stdout).toContain("test/fixtures/syntax/unknown-key-typo.sms.msg.njk");
    expect(stdout).toMatch(/4:1 +error +Unknown key `chanel`\. Did you mean `channel`\? +tactful\/valid-front-matter/);
  });

  it("names a missing path on stderr, still lints the rest, and exits 2", () => {
    const directory = project({ "ok.msg.njk": CLEAN });
    const { status, stdout, stderr } = tactful(["lint", "ok.msg.njk", "nope/"], directory);
    expect(stderr).toBe("tactful: no such file or directory: nope/\n");
    expect(stdout).toContain("1 template checked");
    expect(status).toBe(2);
  });

  it("refuses a named file that is not a template, says the name it likely meant, counts it as not checked, and exits 2", () => {
    const directory = project({ "ok.msg.njk": CLEAN, "reminder.TACTFUL": UNDECLARED, "notes.txt": UNDECLARED, "due.msg.nkj": UNDECLARED, "due.MSG.NJK": UNDECLARED, "due.sms.njk": UNDECLARED });
    const { status, stdout, stderr } = tactful(["lint", "ok.msg.njk", "reminder.TACTFUL", "notes.txt", "due.msg.nkj", "due.MSG.NJK", "due.sms.njk"], directory);
    expect(stderr).toBe(
      [
        "tactful: reminder.TACTFUL is not a template: templates are named *.msg.njk",
        "tactful: notes.txt is not a template: templates are named *.msg.njk",
        "tactful: due.msg.nkj is not a template: templates are named *.msg.njk. Did you mean due.msg.njk?",
        "tactful: due.MSG.NJK is not a template: templates are named *.msg.njk. Did you mean due.msg.njk?",
        "tactful: due.sms.njk is not a template: templates are named *.msg.njk. Did you mean due.sms.msg.njk?",
        "",
      ].join("\n"),
    );
    expect(stdout).toBe("1 template checked (zh-CN 1) with the built-in recommended config: 1 clean.\n");
    expect(status).toBe(2);
    // With a project configuration too, and in the user's language.
    writeFileSync(join(directory, "eslint.config.js"), TWO_LINE_CONFIG);
    const chinese = tactful(["lint", "--lang", "zh-CN", "due.msg.nkj"], directory);
    expect(chinese.stderr).toBe("tactful: due.msg.nkj 不是模板：模板文件名以 .msg.njk 结尾。是不是要写 due.msg.njk？\n");
    expect(chinese.status).toBe(2);
  });

  it("refuses a folder without templates, a pattern that matches none and a misspelt folder, as CI would run them (exit 2)", () => {
    const directory = project({ "eslint.config.js": TWO_LINE_CONFIG, "templates/README.md": "# Templates\n", "src/a.msg.njk": CLEAN });
    const cases: Array<[string[], string]> = [
      [["lint", "templates"], "tactful: no templates (*.msg.njk) in templates: nothing was checked\n"],
      [["lint", "templates/**/*.msg.njk"], "tactful: no template (*.msg.njk) matches templates/**/*.msg.njk\n"],
      [["lint", "templates/**"], "tactful: no template (*.msg.njk) matches templates/**\n"],
      [["lint", "tempaltes"], "tactful: no such file or directory: tempaltes\n"],
      [["lint", "--format", "sarif", "templates"], "tactful: no templates (*.msg.njk) in templates: nothing was checked\n"],
    ];
    for (const [args, stderr] of cases) {
      const result = tactful(args, directory);
      expect(result.stderr, args.join(" ")).toBe(stderr);
      expect(result.status, args.join(" ")).toBe(2);
    }
    expect(tactful(["lint", "templates", "src"], directory).status).toBe(2);
    expect(tactful(["lint", "src"], directory).status).toBe(0);
    // A pattern selects the templates among what it matches.
    expect(tactful(["lint", "*/*"], directory)).toMatchObject({ status: 0, stderr: "", stdout: "1 template checked (zh-CN 1) with the config eslint.config.js: 1 clean.\n" });
  });

  it("refuses a named template its configuration ignores, which ESLint would only warn of (exit 2)", () => {
    const directory = project({ "vendor/node_modules/kit/a.msg.njk": UNDECLARED });
    const { status, stdout, stderr } = tactful(["lint", "vendor/node_modules/kit/a.msg.njk"], directory);
    expect(stderr).toBe("tactful: vendor/node_modules/kit/a.msg.njk is in node_modules or .git, which ESLint ignores: it was not checked\n");
    expect(stdout).toBe(
      "0 templates checked with the built-in recommended config: 0 clean.\n1 template skipped, not checked: vendor/node_modules/kit/a.msg.njk, in node_modules or .git, which ESLint ignores.\n",
    );
    expect(status).toBe(2);
  });

  it("reports a file that is not UTF-8 at its first bad byte and still lints the others", () => {
    const directory = project({ "bad.msg.njk": Buffer.concat([Buffer.from("---\nid: a\n"), Buffer.from([0xff, 0xfe]), Buffer.from("\n---\n")]), "ok.msg.njk": CLEAN });
    const { status, stdout } = tactful(["lint", "."], directory);
    expect(status).toBe(1);
    expect(stdout).toMatch(/bad\.msg\.njk\n +3:1 +error +the file is not valid UTF-8 \(byte 10\)/);
    expect(stdout).toContain("2 templates checked");
  });

  it("fixes what can be fixed, writing only files with fixes", () => {
    const directory = project({ "fixable.msg.njk": CLEAN.replace("【示例金融】", ""), "clean.msg.njk": CLEAN });
    const before = readFileSync(join(directory, "clean.msg.njk"));
    const { stdout } = tactful(["lint", "--fix"], directory);
    expect(readFileSync(join(directory, "fixable.msg.njk"), "utf8")).toBe(CLEAN);
    expect(readFileSync(join(directory, "clean.msg.njk"))).toEqual(before);
    expect(stdout).toContain("fixed 1 file");
  });

  it("exits 1 over --max-warnings, 0 within it", () => {
    const directory = project({ "a.msg.njk": CLEAN.replace("  due_date:", "  spare: { type: string, maxLength: 3, example: x }\n  due_date:") });
    expect(tactful(["lint"], directory).status).toBe(0);
    const over = tactful(["lint", "--max-warnings", "0"], directory);
    expect(over.status).toBe(1);
    expect(over.stderr).toBe("tactful: 1 warnings, more than --max-warnings 0\n");
    expect(tactful(["lint", "--max-warnings", "1"], directory).status).toBe(0);
  });

  it("rejects an unknown option, format or count as a usage error (exit 2)", () => {
    expect(tactful(["lint", "--nope"]).status).toBe(2);
    const badFormat = tactful(["lint", "--format", "xml"]);
    expect(badFormat.status).toBe(2);
    expect(badFormat.stderr).toContain("Allowed choices are stylish, json, sarif, github");
    const badCount = tactful(["lint", "--max-warnings", "many"]);
    expect(badCount.status).toBe(2);
    expect(badCount.stderr).toContain("--max-warnings takes a whole number (got many)");
    const badThreads = tactful(["lint", "--concurrency", "0"]);
    expect(badThreads.status).toBe(2);
    expect(badThreads.stderr).toContain("--concurrency takes a number of threads, auto or off (got 0)");
  });

  it("lists every suppression with its reason", () => {
    const suppressed = CLEAN.replace("【示例金融】", "{# tactful-disable-next-line no-undeclared-variables -- the sending service always sends it #}\n【示例金融】{{ channel_name }}");
    const directory = project({ "a.msg.njk": suppressed, "b.msg.njk": CLEAN.replace("【示例金融】", "{# tactful-disable-next-line sms-length #}\n【示例金融】") });
    const { stdout } = tactful(["lint", "--suppressions"], directory);
    expect(stdout).toContain("a.msg.njk:14  tactful-disable-next-line tactful/no-undeclared-variables  — the sending service always sends it  [suppressed 1]");
    expect(stdout).toContain("b.msg.njk:14  tactful-disable-next-line tactful/sms-length  — NO REASON (not honoured)  [suppressed 0]");
    const findings = tactful(["lint", "--format", "json"], directory);
    const [, b] = JSON.parse(findings.stdout);
    expect(b.messages).toContainEqual(expect.objectContaining({ ruleId: null, line: 14, message: expect.stringContaining("tactful-disable-next-line needs a reason") }));
  });

  it("refuses a directive that names no rule, whatever its reason: at its position, in the exit code and the register, as plain eslint does", () => {
    const silenced = UNDECLARED.replace("【示例金融】", "{# eslint-disable -- ok #}\n【示例金融】");
    const directory = project({ "eslint.config.js": TWO_LINE_CONFIG, "a.msg.njk": silenced });
    const ours = tactful(["lint"], directory);
    expect(ours.stdout).toContain("a.msg.njk\n  14:1   error    eslint-disable must name the rules it turns off; without them it would turn off every rule, so it is not applied: {# eslint-disable rule-name -- ok #}\n");
    expect(ours.stdout).toMatch(/15:44 +error +`amout` is not declared in `variables`\. +tactful\/no-undeclared-variables/);
    expect(ours.status).toBe(1);
    const eslint = spawnSync(process.execPath, [join(root, "node_modules/eslint/bin/eslint.js"), "--format", "json", "a.msg.njk"], { cwd: directory, encoding: "utf8" });
    expect(eslint.status).toBe(1);
    const [result] = JSON.parse(eslint.stdout) as Array<{ messages: Array<{ ruleId: string | null; line: number; column: number; message: string }> }>;
    expect(result!.messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([
      [null, 14, 1],
      ["tactful/no-undeclared-variables", 15, 44],
    ]);
    expect(tactful(["lint", "--suppressions"], directory).stdout).toBe("a.msg.njk:14  eslint-disable NO RULE NAMED (not honoured)  — ok  [suppressed 0]\n1 suppression.\n");
    expect(JSON.parse(tactful(["lint", "--suppressions", "--format", "json"], directory).stdout)).toEqual([{ file: "a.msg.njk", line: 14, directive: "eslint-disable", rules: [], reason: "ok", refused: "needsRules", suppressed: 0 }]);
  });

  // Seven runs of the command: minutes on a busy machine.
  it("gives the same summary and waiver register from a warm --cache run, and sees an edited waiver", { timeout: 300_000 }, () => {
    const waived = CLEAN.replace("【示例金融】", "{# tactful-disable-next-line no-undeclared-variables -- always sent #}\n【示例金融】{{ channel_name }}");
    const directory = project({ "a.msg.njk": waived, "b.msg.njk": CLEAN.replace("reminder.due-soon", "reminder.other") });
    const [summary, register] = [tactful(["lint"], directory).stdout, tactful(["lint", "--suppressions"], directory).stdout];
    expect(tactful(["lint", "--cache"], directory).stdout).toBe(summary);
    expect(tactful(["lint", "--cache", "--suppressions"], directory).stdout).toBe(register);
    expect(tactful(["lint", "--cache"], directory).stdout).toBe(summary);
    writeFileSync(join(directory, "a.msg.njk"), waived.replace("always sent", "the service sends it"));
    expect(tactful(["lint", "--cache", "--suppressions"], directory).stdout).toContain("a.msg.njk:14  tactful-disable-next-line tactful/no-undeclared-variables  — the service sends it  [suppressed 1]");
    // A cache of another layout (ESLint's, as earlier versions kept) is ignored and replaced.
    writeFileSync(join(directory, ".tactfulcache"), '[{"a.msg.njk":"1"}]');
    expect(tactful(["lint", "--cache"], directory).stdout).toBe(summary);
    expect(JSON.parse(readFileSync(join(directory, ".tactfulcache"), "utf8"))).toMatchObject({ entries: expect.any(Object) });
  });

  it("finds duplicate ids across the library", () => {
    const directory = project({ "a.msg.njk": CLEAN, "b.msg.njk": CLEAN });
    const { status, stdout } = tactful(["lint"], directory);
    expect(status).toBe(1);
    expect(stdout).toMatch(/b\.msg\.njk\n +2:5 +error +Another template has the same id `reminder\.due-soon`, locale zh-CN and channel sms: a\.msg\.njk\./);
  });
});

describe("templates a project configuration ignores", () => {
  // A draft that would fail if it were linted: a run that passes did not check it.
  const DRAFTS_IGNORED = 'import tactful from "@tactful/eslint-plugin";\nexport default [{ ignores: ["templates/drafts/**"] }, tactful.configs.recommended];\n';
  const library = (): string => project({ "eslint.config.js": DRAFTS_IGNORED, "templates/a.msg.njk": CLEAN, "templates/drafts/b.msg.njk": UNDECLARED.replace("reminder.due-soon", "reminder.draft") });
  const SKIPPED = "1 template skipped, not checked: templates/drafts/b.msg.njk, ignored by eslint.config.js (`ignores`).";

  it("skips them in a folder, counted apart from the checked ones and said on every run (exit 0)", () => {
    const directory = library();
    for (const args of [["lint", "templates"], ["lint"], ["lint", "templates/**"]]) {
      expect(tactful(args, directory), args.join(" ")).toEqual({ status: 0, stderr: "", stdout: `1 template checked (zh-CN 1) with the config eslint.config.js: 1 clean.\n${SKIPPED}\n` });
    }
    // Beside JSON the summary line goes to stderr: stdout stays the report.
    const json = tactful(["lint", "--format", "json", "templates"], directory);
    expect(JSON.parse(json.stdout).map((result: { filePath: string }) => result.filePath)).toEqual(["templates/a.msg.njk"]);
    expect(json.stderr).toBe(`tactful: ${SKIPPED}\n`);
    expect(json.status).toBe(0);
    expect(tactful(["lint", "--format", "github", "templates"], directory).stdout).toBe(`1 template checked: 0 errors, 0 warnings.\n${SKIPPED}\n`);
  });

  it("refuses a named template they ignore, naming the configuration, not saying it does not configure templates (exit 2)", () => {
    const directory = library();
    const { status, stdout, stderr } = tactful(["lint", "templates/a.msg.njk", "templates/drafts/b.msg.njk"], directory);
    expect(stderr).toBe("tactful: templates/drafts/b.msg.njk is ignored by eslint.config.js (`ignores`): it was not checked\n");
    expect(stdout).toBe(`1 template checked (zh-CN 1) with the config eslint.config.js: 1 clean.\n${SKIPPED}\n`);
    expect(status).toBe(2);
    const chinese = tactful(["lint", "--lang", "zh-TW", "templates/drafts/b.msg.njk"], directory);
    expect(chinese.stderr).toBe("tactful: templates/drafts/b.msg.njk 被 eslint.config.js 忽略（`ignores`）：未檢查\n");
    expect(chinese.stdout).toBe("已檢查 0 個範本，使用設定 eslint.config.js：0 個無問題。\n已略過 1 個範本，未檢查：templates/drafts/b.msg.njk，被 eslint.config.js 忽略（`ignores`）。\n");
    expect(chinese.status).toBe(2);
  });

  it("refuses a folder they ignore whole: nothing of it was checked (exit 2)", () => {
    const directory = library();
    const { status, stdout, stderr } = tactful(["lint", "templates/drafts"], directory);
    expect(stderr).toBe("tactful: every template in templates/drafts is ignored by eslint.config.js (`ignores`): nothing was checked\n");
    expect(stdout).toBe(`0 templates checked with the config eslint.config.js: 0 clean.\n${SKIPPED}\n`);
    expect(status).toBe(2);
    // A quoted pattern selects as a folder does.
    expect(tactful(["lint", "templates/drafts/*"], directory)).toMatchObject({ status: 2, stderr: "tactful: every template in templates/drafts/* is ignored by eslint.config.js (`ignores`): nothing was checked\n" });
  });

  it("still explains a configuration without a block for templates as such", () => {
    const directory = project({ "eslint.config.js": "export default [{ ignores: ['drafts/**'] }, { files: ['**/*.js'], rules: {} }];\n", "a.msg.njk": CLEAN, "drafts/b.msg.njk": CLEAN });
    for (const args of [["lint"], ["render", "a.msg.njk"]]) {
      const { status, stderr } = tactful(args, directory);
      expect(stderr, args.join(" ")).toMatch(/^tactful: eslint\.config\.js does not configure template files \(a\.msg\.njk and /);
      expect(status, args.join(" ")).toBe(2);
    }
  });

  it("says a block for templates whose own `ignores` leaves a template out does so, and how to skip it on purpose (exit 2)", () => {
    const config = 'import tactful from "@tactful/eslint-plugin";\nexport default [{ ...tactful.configs.recommended, ignores: ["templates/drafts/**"] }];\n';
    const directory = project({ "eslint.config.js": config, "templates/a.msg.njk": CLEAN, "templates/drafts/b.msg.njk": CLEAN.replace("reminder.due-soon", "reminder.draft") });
    const { status, stderr } = tactful(["lint", "templates"], directory);
    expect(stderr).toBe(
      'tactful: eslint.config.js leaves templates/drafts/b.msg.njk and 0 more out of its blocks for templates (their `files` or `ignores`): not checked.\nTo skip templates on purpose, give `ignores` a block of its own: `{ ignores: ["templates/drafts/**"] }`\n',
    );
    expect(status).toBe(2);
  });

  it("leaves them out of the library checks: a draft sharing a published template's id fails nothing, a template not ignored still does", () => {
    const directory = project({ "eslint.config.js": DRAFTS_IGNORED, "templates/a.msg.njk": CLEAN, "templates/drafts/b.msg.njk": CLEAN });
    expect(tactful(["lint", "templates"], directory)).toEqual({ status: 0, stderr: "", stdout: `1 template checked (zh-CN 1) with the config eslint.config.js: 1 clean.\n${SKIPPED}\n` });
    // A pre-commit hook names only the published template: the draft on disk is still out of the library.
    expect(tactful(["lint", "templates/a.msg.njk"], directory)).toEqual({ status: 0, stderr: "", stdout: "1 template checked (zh-CN 1) with the config eslint.config.js: 1 clean.\n" });
    expect(tactful(["release", "templates", "--out", "release.json"], directory)).toMatchObject({ status: 0, stdout: `Released 1 templates to release.json as release 1, unsigned.\n${SKIPPED}\n` });
    writeFileSync(join(directory, "templates/b.msg.njk"), CLEAN);
    const published = tactful(["lint", "templates"], directory);
    expect(published.stdout).toContain("Another template has the same id `reminder.due-soon`, locale zh-CN and channel sms: templates/b.msg.njk.  tactful/unique-template-id");
    expect(published.status).toBe(1);
  });

  it("release leaves them out and says so, and refuses a library they ignore whole; render refuses one", () => {
    const directory = library();
    const release = tactful(["release", "templates", "--out", "release.json"], directory);
    expect(release.stdout).toBe(`Released 1 templates to release.json as release 1, unsigned.\n${SKIPPED}\n`);
    expect(release.status).toBe(0);
    const bundle = JSON.parse(readFileSync(join(directory, "release.json"), "utf8")) as { templates: Array<{ path: string }> };
    expect(bundle.templates.map((template) => template.path)).toEqual(["a.msg.njk"]);
    const drafts = tactful(["release", "templates/drafts", "--out", "drafts.json"], directory);
    expect(drafts.stderr).toBe("tactful: every template in templates/drafts is ignored by eslint.config.js (`ignores`): nothing was checked\n");
    expect(drafts.status).toBe(2);
    const render = tactful(["render", "templates/drafts/b.msg.njk"], directory);
    expect(render).toEqual({ status: 2, stdout: "", stderr: "tactful: templates/drafts/b.msg.njk is ignored by eslint.config.js (`ignores`): it was not checked\n" });
  });
});

describe("tactful lint in the writer's language", () => {
  const zhTwNoJurisdiction = CLEAN.replace("locale: zh-CN", "locale: zh-TW");
  const noLocale = { LC_ALL: "", LC_MESSAGES: "", LANG: "" };

  it("speaks Simplified Chinese with --lang zh-CN, one line a finding", () => {
    const directory = project({ "bad.msg.njk": UNDECLARED });
    const { status, stdout } = tactful(["lint", "--lang", "zh-CN"], directory, noLocale);
    expect(stdout).toContain("`amout` 未在 `variables` 中声明。  tactful/no-undeclared-variables");
    expect(stdout).not.toContain("is not declared");
    expect(status).toBe(1);
  });

  it("speaks Traditional Chinese when LANG is zh_TW.UTF-8, and English when nothing says", () => {
    const directory = project({ "bad.msg.njk": UNDECLARED });
    expect(tactful(["lint"], directory, { ...noLocale, LANG: "zh_TW.UTF-8" }).stdout).toContain("`amout` 未在 `variables` 中宣告。");
    expect(tactful(["lint"], directory, noLocale).stdout).toContain("`amout` is not declared in `variables`.");
  });

  it("does not replay a result cached in English when asked in Chinese", () => {
    const directory = project({ "bad.msg.njk": UNDECLARED });
    expect(tactful(["lint", "--cache"], directory, noLocale).stdout).toContain("is not declared");
    expect(tactful(["lint", "--cache", "--lang", "zh-CN"], directory, noLocale).stdout).toContain("未在 `variables` 中声明");
  });

  it("says a zh-TW template without jurisdiction has its tone rules unchecked, in the writer's language", () => {
    const directory = project({ "tw.msg.njk": zhTwNoJurisdiction });
    const english = tactful(["lint"], directory, noLocale);
    expect(english.stdout).toContain("No policy pack covers locale `zh-TW`: tone and disclosure rules are not checked until `jurisdiction` is set.");
    expect(english.status).toBe(1);
    expect(tactful(["lint", "--lang", "zh-TW"], directory, noLocale).stdout).toContain("設定 `jurisdiction` 之前，不會檢查語氣和揭露規則。");
  });

  it("describes each rule of a SARIF log in the writer's language", () => {
    const directory = project({ "bad.msg.njk": UNDECLARED });
    const ruleOf = (lang: string): { shortDescription: { text: string }; help: { text: string } } => {
      const log = JSON.parse(tactful(["lint", "--format", "sarif", "--lang", lang], directory, noLocale).stdout) as { runs: Array<{ tool: { driver: { rules: Array<{ id: string; shortDescription: { text: string }; help: { text: string } }> } } }> };
      return log.runs[0]!.tool.driver.rules.find((rule) => rule.id === "tactful/no-undeclared-variables")!;
    };
    const chinese = ruleOf("zh-CN");
    expect(chinese.shortDescription.text).toBe("正文、主题或标题用到的每个变量都须在 `variables` 中声明，并给出校验数据的 schema；须写成 Nunjucks 输出，而非其他系统的占位符");
    expect(chinese.help.text).toMatch(/^正文、主题或标题用到的每个变量/u);
    expect(ruleOf("zh-TW").shortDescription.text).toBe("正文、主旨或標題用到的每個變數都須在 `variables` 中宣告，並給出驗證資料的 schema；須寫成 Nunjucks 輸出，而非其他系統的佔位符");
    expect(ruleOf("en").shortDescription.text).toBe("Every variable the body, subject or title uses must be declared in `variables`, with a schema the data is validated against, and written as a Nunjucks output, not as another system's placeholder");
  });
});

describe("the command line's own words in the writer's language", () => {
  const noLocale = { LC_ALL: "", LC_MESSAGES: "", LANG: "" };
  const BAD_YAML = CLEAN.replace(/^locale: zh-CN$/mu, "locale: zh-CN\n  channel: [sms");

  it("says the summary, the levels and a missing file in Simplified Chinese with --lang zh-CN, each finding at its file and position", () => {
    const directory = project({ "bad.msg.njk": BAD_YAML });
    const { status, stdout, stderr } = tactful(["lint", "bad.msg.njk", "missing.msg.njk", "--lang", "zh-CN"], directory, noLocale);
    expect(stderr).toBe("tactful: 文件或目录不存在：missing.msg.njk\n");
    expect(stdout).toMatch(/^bad\.msg\.njk\n {2}\d+:\d+ +错误 {2}YAML 语法错误：/u);
    expect(stdout).toMatch(/\n✖ (\d+) 个问题（\1 个错误，0 个警告）\n\n已检查 1 个模板（未知 1），使用内置推荐配置：0 个无问题。\n$/u);
    expect(status).toBe(2);
  });

  it("says why the front matter or the body does not parse in the writer's language, at the same position", () => {
    const directory = project({ "enum.msg.njk": CLEAN.replace("channel: sms", "channel: fax"), "open.msg.njk": `${CLEAN.trimEnd()}{% if x %}` });
    const english = tactful(["lint", "--lang", "en"], directory, noLocale).stdout;
    const chinese = tactful(["lint", "--lang", "zh-CN"], directory, noLocale).stdout;
    const position = (stdout: string, file: string): string | undefined => new RegExp(`${file}\\n +(\\d+:\\d+)`, "u").exec(stdout)?.[1];
    for (const file of ["enum", "open"]) expect(position(chinese, file)).toBe(position(english, file));
    expect(english).toContain("`channel` must be one of");
    expect(chinese).toContain("头部信息不符合模板格式：`channel` 必须是");
    expect(chinese).toMatch(/无法解析：此处的 \{% if %\} 没有结束（expected .+, got end of file）/u);
    expect(chinese).not.toContain("Parsing error");
  });

  it("says the same in Traditional Chinese when LANG is zh_TW.UTF-8, and in English when nothing says", () => {
    const directory = project({ "bad.msg.njk": BAD_YAML });
    const traditional = tactful(["lint", "bad.msg.njk", "missing.msg.njk"], directory, { ...noLocale, LANG: "zh_TW.UTF-8" });
    expect(traditional.stderr).toBe("tactful: 檔案或目錄不存在：missing.msg.njk\n");
    expect(traditional.stdout).toContain("已檢查 1 個範本（未知 1），使用內建建議設定：0 個無問題。");
    const english = tactful(["lint", "bad.msg.njk", "missing.msg.njk"], directory, noLocale);
    expect(english.stderr).toBe("tactful: no such file or directory: missing.msg.njk\n");
    expect(english.stdout).toContain("1 template checked (unknown 1) with the built-in recommended config: 0 clean.");
  });

  it("checks finished messages in Traditional Chinese: a missing file, a line that is not JSON (where it goes wrong), the count", () => {
    const directory = project({ "sent.jsonl": `${JSON.stringify({ text: "【示例金融】您好，您的账单已出。" })}\nnot json\n` });
    const { status, stdout, stderr } = tactful(["check", "sent.jsonl", "missing.txt"], directory, { ...noLocale, LANG: "zh_TW.UTF-8" });
    expect(stderr).toBe("tactful: 檔案不存在：missing.txt\n");
    expect(stdout).toMatch(/\n {2}2:2 +錯誤 {2}此行不是 JSON：此處不能出現 `o`\n/u);
    expect(stdout).toMatch(/已檢查 1 則訊息：[01] 則無問題。\n$/u);
    expect(status).toBe(2);
  });

  it("says usage errors, unreadable files and damaged logs in the chosen language", () => {
    const directory = project({ "audit.jsonl": "{\"decision\": \"send\"}\n" });
    expect(tactful(["lint", "--max-warnings", "some", "--lang", "zh-CN"], directory, noLocale).stderr).toBe("tactful: --max-warnings 需要一个整数（收到 some）\n");
    const render = tactful(["render", "missing.msg.njk", "--lang", "zh-CN"], directory, noLocale);
    expect(render.stderr).toBe("tactful: missing.msg.njk：无法读取文件：文件不存在\n");
    expect(render.status).toBe(2);
    const report = tactful(["guard", "report", "audit.jsonl"], directory, { ...noLocale, LC_ALL: "zh_HK.UTF-8" });
    expect(report.stderr).toMatch(/^tactful guard report: .*audit\.jsonl:1：不是稽核紀錄（缺少決定或時間）/u);
    expect(report.status).toBe(2);
  });

  it("gives its help in the chosen language", () => {
    const directory = project({});
    const chinese = tactful(["lint", "--help", "--lang", "zh-CN"], directory, noLocale);
    expect(chinese.stdout).toMatch(/^用法： tactful lint \[options\] \[paths\.\.\.\]\n\n用项目的 eslint\.config\.\* 或内置推荐配置检查模板（\*\.msg\.njk）\n/u);
    expect(chinese.stdout).toContain("\n选项：\n");
    expect(tactful(["--help"], directory, { ...noLocale, LANG: "zh_TW.UTF-8" }).stdout).toContain("\n命令：\n  lint [options] [paths...]   用專案的");
    expect(tactful(["lint", "--help"], directory, noLocale).stdout).toMatch(/^Usage: tactful lint \[options\] \[paths\.\.\.\]\n\ncheck templates/u);
  });

  it("refuses a release in the chosen language, naming the key file", () => {
    const directory = project({ "templates/a.msg.njk": CLEAN, "empty.pem": "" });
    const { status, stderr } = tactful(["release", "templates", "--out", "release.json", "--key", "empty.pem", "--lang", "zh-CN"], directory, noLocale);
    expect(stderr).toMatch(/^tactful: 私钥 \S*empty\.pem：内容为空；应为 PEM 私钥（-----BEGIN PRIVATE KEY-----）\n$/u);
    expect(status).toBe(2);
  });
});

describe("tactful rules", () => {
  it("lists every rule with its level and source", () => {
    const { status, stdout } = tactful(["rules", "--format", "json"]);
    expect(status).toBe(0);
    const rows = JSON.parse(stdout) as Array<{ id: string; source: string; recommended: string }>;
    expect(rows.map((row) => row.id)).toContain("tactful/required-disclosures");
    expect(rows.find((row) => row.id === "tactful/required-disclosures")!.source).toMatch(/CN-COL-ID-018 .*\| US: US-COL-ID-001/);
    expect(rows.every((row) => row.source.length > 0)).toBe(true);
  });

  it("says what each rule requires in the writer's language", () => {
    const noLocale = { LC_ALL: "", LC_MESSAGES: "", LANG: "" };
    const chinese = tactful(["rules", "--lang", "zh-CN"], root, noLocale).stdout;
    expect(chinese).toContain("    个人信息须经 `mask` 处理，不得直接写出完整的证件号、卡号或手机号。");
    expect(chinese).not.toContain("Personal data passes through `mask`");
    const rows = JSON.parse(tactful(["rules", "--format", "json", "--lang", "zh-TW"], root, noLocale).stdout) as Array<{ id: string; description: string }>;
    expect(rows.find((row) => row.id === "tactful/sms-length")!.description).toBe("簡訊在最長的算繪結果下也不超出分段上限");
    expect(tactful(["rules"], root, noLocale).stdout).toContain("    Personal data passes through `mask`, and no full ID, card or phone number is written literally.");
  });
});
