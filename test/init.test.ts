import { mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { gitRepository } from "./support/temp-repo.js";
import { readmeBlock, root, run, tactfulBin } from "./support/tools.js";

const tactful = (args: string[], cwd: string) => run(process.execPath, [tactfulBin, ...args], cwd);

/** Every file below a directory (but .git and node_modules) with its bytes. */
function snapshot(directory: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir)) {
      if (entry === ".git" || entry === "node_modules") continue;
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(directory, path)] = readFileSync(path, "latin1");
    }
  };
  walk(directory);
  return files;
}

/** A git repository whose node_modules is this repository's, so configs and templates can be linted. */
function repository(files: Record<string, string>): string {
  const directory = gitRepository("tactful-init-", files);
  symlinkSync(join(root, "node_modules"), join(directory, "node_modules"), "dir");
  return directory;
}

const PACKAGE = `${JSON.stringify({ name: "messages", private: true, type: "module", devDependencies: { "@tactful/cli": "0.1.0", "@tactful/eslint-plugin": "0.1.0" } }, null, 2)}\n`;

describe("tactful init", () => {
  it("writes the README's two-line ESLint config and a sample that lints clean; a second run changes nothing", () => {
    const directory = repository({ "package.json": PACKAGE });
    const first = tactful(["init", "--locale", "en-US"], directory);
    expect(first.status, first.output).toBe(0);
    expect(readFileSync(join(directory, "eslint.config.js"), "utf8")).toBe(readmeBlock("### With ESLint", "js").replace("// eslint.config.js\n", ""));
    expect(first.stdout).toContain("choose a pre-commit hook manager: tactful init --hooks husky|lefthook|simple-git-hooks");
    const lint = tactful(["lint"], directory);
    expect(lint.stdout).toBe("1 template checked (en-US 1) with the config eslint.config.js: 1 clean.\n");
    const before = snapshot(directory);
    const second = tactful(["init", "--locale", "en-US"], directory);
    expect(second.status).toBe(0);
    expect(snapshot(directory)).toEqual(before);
    expect(second.stdout).not.toMatch(/^(created|updated)/m);
  });

  it("writes eslint.config.mjs in a CommonJS package", () => {
    const directory = repository({ "package.json": PACKAGE.replace('"type": "module",\n', "") });
    expect(tactful(["init", "--no-sample"], directory).status).toBe(0);
    expect(readdirSync(directory)).toContain("eslint.config.mjs");
  });

  it("adds Tactful to an existing config array, in its style, and the result lints templates", () => {
    const config = 'import js from "@eslint/js";\n\n// the project\'s rules\nexport default [\n  { files: ["**/*.js"], ...js.configs.recommended },\n  { files: ["**/*.js"], rules: { eqeqeq: "error" } },\n];\n';
    const directory = repository({ "package.json": PACKAGE, "eslint.config.js": config });
    expect(tactful(["init"], directory).status).toBe(0);
    expect(readFileSync(join(directory, "eslint.config.js"), "utf8")).toBe(
      'import js from "@eslint/js";\nimport tactful from "@tactful/eslint-plugin";\n\n// the project\'s rules\nexport default [\n  { files: ["**/*.js"], ...js.configs.recommended },\n  { files: ["**/*.js"], rules: { eqeqeq: "error" } },\n  tactful.configs.recommended,\n];\n',
    );
    expect(tactful(["lint"], directory).stdout).toBe("1 template checked (zh-CN 1) with the config eslint.config.js: 1 clean.\n");
  });

  it("adds Tactful to defineConfig(...) and tseslint.config(...) calls", () => {
    const define = repository({ "eslint.config.mjs": 'import { defineConfig } from "eslint/config";\nexport default defineConfig({ files: ["**/*.js"] });\n' });
    expect(tactful(["init", "--no-sample"], define).status).toBe(0);
    expect(readFileSync(join(define, "eslint.config.mjs"), "utf8")).toBe(
      'import { defineConfig } from "eslint/config";\nimport tactful from "@tactful/eslint-plugin";\nexport default defineConfig({ files: ["**/*.js"] }, tactful.configs.recommended);\n',
    );
    const ts = repository({ "eslint.config.js": 'import tseslint from "typescript-eslint";\nexport default tseslint.config([\n  tseslint.configs.recommended\n]);\n' });
    expect(tactful(["init", "--no-sample"], ts).status).toBe(0);
    expect(readFileSync(join(ts, "eslint.config.js"), "utf8")).toContain("  tseslint.configs.recommended,\n  tactful.configs.recommended\n]);");
  });

  it("keeps a common config's JavaScript rules and globals off templates: tactful lint and npx eslint both pass", () => {
    const config = 'import js from "@eslint/js";\nimport globals from "globals";\nimport { defineConfig } from "eslint/config";\nexport default defineConfig([js.configs.recommended, { languageOptions: { globals: globals.node } }]);\n';
    const directory = repository({ "package.json": PACKAGE, "eslint.config.js": config, "index.js": "console.log(process.argv.length);\n" });
    const init = tactful(["init"], directory);
    expect(init.status, init.output).toBe(0);
    expect(readFileSync(join(directory, "eslint.config.js"), "utf8")).toContain('defineConfig([{ ignores: ["**/*.msg.njk"], extends: [js.configs.recommended] }, { languageOptions: { globals: globals.node } }, tactful.configs.recommended]);');
    expect(tactful(["lint"], directory).stdout).toBe("1 template checked (zh-CN 1) with the config eslint.config.js: 1 clean.\n");
    const eslint = run(process.execPath, [join(root, "node_modules/eslint/bin/eslint.js"), "."], directory);
    expect(eslint.status, eslint.output).toBe(0);
  });

  it("lints what it wrote with the project's config, and puts every file back when JavaScript rules would run on templates", () => {
    const files = { "package.json": PACKAGE, "eslint.config.js": 'import js from "@eslint/js";\nexport default [js.configs.recommended];\n' };
    const directory = repository(files);
    const init = tactful(["init", "--hooks", "lefthook"], directory);
    expect(init.status).toBe(2);
    expect(init.stderr).toMatch(/^tactful: the rule [a-z-]+ failed while linting .*: Error while loading rule '[a-z-]+': .* \(it is not a template rule: give the config block that turns it on a `files` pattern that leaves out \*\.msg\.njk\)\. tactful init checked the result, put every file back as it was, and wrote nothing\n$/);
    expect(snapshot(directory)).toEqual(files);
  });

  it("has git check templates out with LF and never commit the release key", () => {
    const directory = repository({ "package.json": PACKAGE, ".gitignore": "node_modules/" });
    expect(tactful(["init", "--no-sample"], directory).status).toBe(0);
    expect(readFileSync(join(directory, ".gitattributes"), "utf8")).toBe("*.msg.njk text eol=lf\n");
    expect(readFileSync(join(directory, ".gitignore"), "utf8")).toBe("node_modules/\nrelease-key.pem\n");
    writeFileSync(join(directory, "release-key.pem"), "secret");
    expect(run("git", ["check-ignore", "release-key.pem"], directory).status).toBe(0);
  });

  it("says the hook is not active yet, why, and the command that activates it", () => {
    const directory = repository({ "package.json": PACKAGE });
    const init = tactful(["init", "--hooks", "husky", "--no-sample"], directory);
    expect(init.status, init.output).toBe(0);
    expect(init.stdout).toContain('\n  npx husky   # activates the pre-commit hook: git\'s core.hooksPath is not set, where husky needs ".husky/_"\n');
    const lefthook = repository({ "package.json": PACKAGE });
    expect(tactful(["init", "--hooks", "lefthook", "--no-sample"], lefthook).stdout).toContain("\n  npx lefthook install   # activates the pre-commit hook: there is no pre-commit hook at .git/hooks/pre-commit\n");
  });

  it("refuses a config it cannot edit safely, writes nothing, and exits 2", () => {
    const files = { "package.json": PACKAGE, "eslint.config.js": "const configs = [];\nexport default configs;\n" };
    const directory = repository(files);
    const { status, stderr } = tactful(["init", "--hooks", "husky"], directory);
    expect(status).toBe(2);
    expect(stderr).toMatch(/^tactful: cannot add Tactful to eslint\.config\.js safely: its default export is neither an array literal nor a defineConfig\(\.\.\.\) call\. Add it yourself: .*Nothing was written\.\n$/);
    expect(snapshot(directory)).toEqual(files);
  });

  it("refuses to replace a hook or a task that is already there", () => {
    const husky = repository({ "package.json": PACKAGE, ".husky/pre-commit": "npm test\n" });
    const hook = tactful(["init", "--hooks", "husky"], husky);
    expect(hook.status).toBe(2);
    expect(hook.stderr).toContain(".husky/pre-commit exists and does not run lint-staged: add the line `npx lint-staged` to it yourself");
    expect(readdirSync(husky)).not.toContain("eslint.config.js");

    const task = repository({ "package.json": PACKAGE.replace('"private": true,', '"private": true,\n  "lint-staged": { "*.msg.njk": "prettier --check" },') });
    const taken = tactful(["init", "--hooks", "simple-git-hooks"], task);
    expect(taken.status).toBe(2);
    expect(taken.stderr).toContain('package.json already has a lint-staged task for "*.msg.njk" ("prettier --check")');
  });

  it("merges into lefthook.yml, keeping its comments and jobs", () => {
    const lefthook = "# team hooks\npre-commit:\n  commands:\n    prettier:\n      glob: \"*.md\"\n      run: npx prettier --check {staged_files}\n";
    const directory = repository({ "package.json": PACKAGE, "lefthook.yml": lefthook });
    const result = tactful(["init", "--no-sample"], directory);
    expect(result.status, result.output).toBe(0);
    expect(readFileSync(join(directory, "lefthook.yml"), "utf8")).toBe(`${lefthook}    tactful:\n      glob: "*.msg.njk"\n      run: npx --no-install tactful lint {staged_files}\n`);
    expect(result.stdout).toContain("npm install -D lefthook");
  });

  it("asks which hook manager when the repository has several, and runs only at the repository's root", () => {
    const both = repository({ "package.json": PACKAGE, "lefthook.yml": "", ".husky/pre-commit": "npx lint-staged\n" });
    const several = tactful(["init"], both);
    expect(several.status).toBe(2);
    expect(several.stderr).toContain("more than one git hook manager (husky, lefthook): choose the one for Tactful with --hooks");
    mkdirSync(join(both, "sub"));
    const nested = tactful(["init", "--hooks", "lefthook"], join(both, "sub"));
    expect(nested.status).toBe(2);
    expect(nested.stderr).toContain("run tactful init at the root of the git repository");
  });

  it("ships samples identical to the sample library's, and knows no locale it has no sample for", () => {
    for (const locale of ["zh-CN", "zh-TW", "en-US"]) {
      const path = `${locale}/reminder/due-soon.sms.msg.njk`;
      expect(readFileSync(join(root, "packages/cli/samples", path), "utf8")).toBe(readFileSync(join(root, "templates", path), "utf8"));
    }
    const { status, stderr } = tactful(["init", "--locale", "fr-FR"], repository({}));
    expect(status).toBe(2);
    expect(stderr).toContain("there is no sample template for the locale fr-FR (there are: en-US, zh-CN, zh-TW)");
  });
});

describe("tactful init in the writer's language", () => {
  it("says what it wrote and what is left in Traditional Chinese with --lang zh-TW", () => {
    const directory = repository({ "package.json": PACKAGE });
    const { status, stdout } = tactful(["init", "--locale", "zh-TW", "--hooks", "none", "--lang", "zh-TW"], directory);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^已建立 {2}eslint\.config\.js +使用 @tactful\/eslint-plugin 建議設定的 ESLint 設定$/mu);
    expect(stdout).toMatch(/^已建立 {2}\.gitattributes +簽出的範本使用 LF 換行$/mu);
    expect(stdout).toContain("\n接下來：\n  git add ");
  });

  it("refuses in Simplified Chinese, and writes nothing", () => {
    const directory = repository({ "package.json": PACKAGE });
    const before = snapshot(directory);
    const { status, stderr } = tactful(["init", "--locale", "fr-FR", "--lang", "zh-CN"], directory);
    expect(stderr).toBe("tactful: 没有 fr-FR 的示例模板（现有：en-US, zh-CN, zh-TW）。未写入任何内容。\n");
    expect(status).toBe(2);
    expect(snapshot(directory)).toEqual(before);
  });
});
