import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { commit, git, gitRepository, packTactful } from "./support/temp-repo.js";
import { readmeBlock, root, run, testToolsInstalled, toolAvailable } from "./support/tools.js";

/**
 * A new team adopting Tactful: the packages packed as a registry serves them, installed into a
 * fresh git repository with no hook manager, and the README's commands run as written.
 */
const sample = (locale: string): string => readFileSync(join(root, `packages/cli/samples/${locale}/reminder/due-soon.sms.msg.njk`), "utf8");
/** The zh-CN sample without its 【signature】, under another id: no commit may bring it in. */
const UNSIGNED = sample("zh-CN").replace("【示例金融】", "").replace("id: reminder.due-soon", "id: collection.unsigned");
const UNSIGNED_PATH = "templates/zh-CN/collection/unsigned.sms.msg.njk";
const SIGNATURE_FINDING = /error +The message does not start with the sender's signature[\s\S]*tactful\/sender-identification/;

const QUIET_NPM = ["--prefer-offline", "--no-audit", "--no-fund"];
const NPM_CACHE_FIRST = { npm_config_prefer_offline: "true", npm_config_audit: "false", npm_config_fund: "false" };

/** The lines of a README code block that are commands, without their comments. */
function commands(heading: string, contains: string): string[][] {
  return readmeBlock(heading, "sh", contains)
    .split("\n")
    .map((line) => line.replace(/\s+#.*$/, "").trim())
    .filter(Boolean)
    .map((line) => line.split(/\s+/));
}

function write(directory: string, path: string, text: string): void {
  mkdirSync(join(directory, path, ".."), { recursive: true });
  writeFileSync(join(directory, path), text);
}

describe.runIf(toolAvailable("the git hook managers", testToolsInstalled()))("a new team follows the README with the packed packages", () => {
  let tarballs: string[];
  let repository: string;
  /** The installed commands, as `tactful …` in the README runs them. */
  let env: Record<string, string>;

  beforeAll(() => {
    tarballs = packTactful();
    repository = gitRepository("tactful-adoption-", { ".gitignore": "node_modules/\n", "package.json": `${JSON.stringify({ name: "messages", private: true, type: "module" }, null, 2)}\n` });
    env = { ...NPM_CACHE_FIRST, PATH: `${join(repository, "node_modules/.bin")}:${process.env["PATH"]}` };
  }, 180_000);

  it("installs, sets up the hook with init, and git commit refuses a template with an error", () => {
    const [install, init] = commands("### Git hooks", "tactful init");
    const packages = install!.filter((arg) => !arg.startsWith("@tactful/"));
    // The packages the README installs depend on the others, which are not on a registry here; the
    // send-time guard is a service's dependency, not a template repository's.
    const dependencies = tarballs.filter((tarball) => !/tactful-guard-/.test(tarball));
    const installed = run(packages[0]!, [...packages.slice(1), ...dependencies, ...QUIET_NPM], repository);
    expect(installed.status, installed.output).toBe(0);
    const initialised = run(init![0]!, init!.slice(1), repository, env);
    expect(initialised.status, initialised.output).toBe(0);
    expect(git(repository, ["config", "core.hooksPath"]).trim()).toBe(".husky/_");
    git(repository, ["add", "--all"]);
    expect(commit(repository, "Add Tactful").status).toBe(0);

    write(repository, UNSIGNED_PATH, UNSIGNED);
    git(repository, ["add", "--all"]);
    const refused = commit(repository, "Add an unsigned template");
    expect(refused.status).not.toBe(0);
    expect(refused.output).toMatch(SIGNATURE_FINDING);
    expect(git(repository, ["log", "--format=%s"]).trim()).toBe("Add Tactful");
  }, 400_000);

  it("lints quoted globs as a shell would have expanded them", () => {
    const lint = run("npx", ["--no-install", "tactful", "lint", "templates/**/*.msg.njk"], repository, env);
    expect(lint.status, lint.output).toBe(1);
    expect(lint.stdout).toContain(UNSIGNED_PATH);
    expect(lint.stdout).toMatch(/2 templates checked \(zh-CN 2\)/);
  });

  it("releases with the README's commands, signed, and the key never reaches git", () => {
    git(repository, ["rm", "--cached", "--quiet", UNSIGNED_PATH]);
    rmSync(join(repository, UNSIGNED_PATH));
    for (const [command, ...args] of commands("### `tactful release`", "tactful release")) {
      const result = run(command!, args, repository, env);
      expect(result.status, `${command} ${args.join(" ")}\n${result.output}`).toBe(0);
    }
    expect((JSON.parse(readFileSync(join(repository, "release.json"), "utf8")) as { signature?: unknown }).signature).toBeDefined();
    git(repository, ["add", "--all"]);
    const staged = git(repository, ["diff", "--cached", "--name-only"]).split("\n");
    expect(staged).toContain("release.json");
    expect(staged).not.toContain("release-key.pem");
  }, 120_000);

  it("tells a template in a locale no pack covers that no law was chosen, instead of applying another country's", () => {
    // Ireland and Macau: markets no built-in pack is for.
    write(repository, "templates/en-IE/reminder/due-soon.sms.msg.njk", sample("en-US").replace(/^locale: en-US$/m, "locale: en-IE"));
    write(repository, "templates/zh-MO/reminder/due-soon.sms.msg.njk", sample("zh-TW").replace(/^locale: zh-TW$/m, "locale: zh-MO").replace(/^jurisdiction: .*\n/m, ""));
    const lint = run("npx", ["--no-install", "tactful", "lint", "templates/en-IE", "templates/zh-MO"], repository, env);
    expect(lint.status).toBe(1);
    for (const locale of ["en-IE", "zh-MO"]) expect(lint.stdout).toMatch(new RegExp(`No policy pack covers locale \`${locale}\`: tone and disclosure rules are not checked until \`jurisdiction\` is set`));
    rmSync(join(repository, "templates/en-IE"), { recursive: true });
    rmSync(join(repository, "templates/zh-MO"), { recursive: true });
  }, 60_000);

  it("works with plain ESLint 9 and from CommonJS", () => {
    const installed = run("npm", ["install", "-D", "eslint@9", ...QUIET_NPM], repository, NPM_CACHE_FIRST);
    expect(installed.status, installed.output).toBe(0);
    write(repository, UNSIGNED_PATH, UNSIGNED);
    expect(run("npx", ["--no-install", "eslint", "--version"], repository).stdout).toMatch(/^v9\./);
    const eslint = run("npx", ["--no-install", "eslint", "templates"], repository);
    expect(eslint.status, eslint.output).toBe(1);
    expect(eslint.stdout).toMatch(SIGNATURE_FINDING);
    const required = run(process.execPath, ["-e", 'const tactful = require("@tactful/eslint-plugin"); console.log(tactful.meta.name, Object.keys(tactful.rules).length > 0, tactful.configs.recommended.language)'], repository);
    expect(required.stderr).toBe("");
    expect(required.stdout).toBe("@tactful/eslint-plugin true tactful/template\n");
  }, 300_000);

  it("ships every package with engines, a README and a LICENSE, no source maps, and public types that resolve", () => {
    for (const tarball of tarballs) {
      const files = execFileSync("tar", ["tzf", tarball], { encoding: "utf8" }).split("\n");
      expect(files, tarball).toEqual(expect.arrayContaining(["package/README.md", "package/LICENSE", "package/package.json"]));
      expect(files.filter((file) => file.endsWith(".map")), tarball).toEqual([]);
      const manifest = JSON.parse(execFileSync("tar", ["xzOf", tarball, "package/package.json"], { encoding: "utf8" })) as { engines?: { node?: string } };
      expect(manifest.engines?.node, tarball).toBe(">=20.19");
    }
    // A Node.js service in TypeScript using the public types, checking the packages' declarations too.
    write(repository, "types-check/check.ts", 'import { loadRelease } from "@tactful/renderer";\nimport tactful from "@tactful/eslint-plugin";\nimport { parseTemplate } from "@tactful/core";\nexport const used = [loadRelease, tactful, parseTemplate];\n');
    write(repository, "types-check/tsconfig.json", JSON.stringify({ compilerOptions: { module: "nodenext", target: "es2023", strict: true, noEmit: true, skipLibCheck: false, types: ["node"] }, files: ["check.ts"] }));
    const tsc = run(process.execPath, [join(root, "node_modules/typescript/bin/tsc"), "-p", "types-check"], repository);
    expect(tsc.stdout).not.toMatch(/node_modules\/@tactful\/[^(]*\(\d+,\d+\): error/);
  }, 120_000);
});

/**
 * The pre-commit framework installs the root package, which bundles the workspace packages and
 * what they depend on from the root's node_modules: a dependency npm installed only inside a
 * package (another version is at the root) is left out, and the hook fails to start.
 */
describe("the root package the pre-commit framework installs", () => {
  it("has every dependency of the workspace packages it ships installed at the root, none only inside a package", () => {
    const manifest = (directory: string): { name: string; dependencies?: Record<string, string> } => JSON.parse(readFileSync(join(directory, "package.json"), "utf8")) as { name: string; dependencies?: Record<string, string> };
    const workspaces = new Map(
      readdirSync(join(root, "packages"), { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && existsSync(join(root, "packages", entry.name, "package.json")))
        .map((entry) => [manifest(join(root, "packages", entry.name)).name, join(root, "packages", entry.name)] as const),
    );
    const shipped = new Set<string>();
    const pending = Object.keys(manifest(root).dependencies ?? {});
    const unbundled: string[] = [];
    while (pending.length > 0) {
      const name = pending.pop()!;
      const directory = workspaces.get(name);
      if (shipped.has(name) || !directory) continue;
      shipped.add(name);
      for (const dependency of Object.keys(manifest(directory).dependencies ?? {})) {
        pending.push(dependency);
        if (workspaces.has(dependency)) continue;
        if (existsSync(join(directory, "node_modules", dependency))) unbundled.push(`${name} → ${dependency}: installed inside the package only`);
        if (!existsSync(join(root, "node_modules", dependency, "package.json"))) unbundled.push(`${name} → ${dependency}: not installed at the root`);
      }
    }
    expect(shipped.size).toBeGreaterThan(3);
    expect(unbundled).toEqual([]);
  });
});
