import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { commit, git, gitRepository, packTactful } from "./support/temp-repo.js";
import { readmeBlock, root, run, testToolsInstalled, toolAvailable } from "./support/tools.js";

const SAMPLE = "templates/zh-CN/reminder/due-soon.sms.msg.njk";
const sample = readFileSync(join(root, "packages/cli/samples/zh-CN/reminder/due-soon.sms.msg.njk"), "utf8");
/** The sample without its 【signature】, under another id: a template no commit may bring in. */
const unsigned = sample.replace("【示例金融】", "").replace("id: reminder.due-soon", "id: reminder.due-soon-unsigned");

/** A line of the README's `tactful init` block, without its comment, as arguments. */
function readmeLine(start: string): string[] {
  const line = readmeBlock("### Git hooks", "sh", "tactful init").split("\n").find((candidate) => candidate.startsWith(start))!;
  return line.replace(/\s+#.*$/, "").split(/\s+/);
}

/**
 * The hook managers, each in a repository as a new user's is: none installed. lefthook's runs
 * with `ignore-scripts=true` (common hardening), where no install script installs a hook.
 */
const MANAGERS: Record<string, { npmrc: string }> = {
  husky: { npmrc: "" },
  lefthook: { npmrc: "ignore-scripts=true\n" },
  "simple-git-hooks": { npmrc: "" },
};

const QUIET_NPM = ["--prefer-offline", "--no-audit", "--no-fund"];
/** npm as init runs it: from the cache the test tools filled, the registry only for what it lacks. */
const NPM_CACHE_FIRST = { npm_config_prefer_offline: "true", npm_config_audit: "false", npm_config_fund: "false" };

describe.runIf(toolAvailable("the git hook managers", testToolsInstalled()))("a commit through each hook manager, set up by tactful init", () => {
  let tarballs: string[];
  beforeAll(() => {
    tarballs = packTactful();
  }, 120_000);

  for (const [manager, { npmrc }] of Object.entries(MANAGERS)) {
    it(`${manager}${npmrc ? " (ignore-scripts=true)" : ""}: after the README's two commands, refuses a template with an error, with the finding, and accepts a compliant one`, () => {
      const repository = gitRepository(`tactful-${manager}-`, { ".gitignore": "node_modules/\n", ".npmrc": npmrc, "package.json": `${JSON.stringify({ name: "messages", private: true, type: "module" }, null, 2)}\n` });
      // The README's install line, with Tactful's packed tarballs for its package names.
      const [npm, ...installArgs] = readmeLine("npm install");
      const install = run(npm!, [...installArgs.filter((arg) => !arg.startsWith("@tactful/")), ...tarballs, ...QUIET_NPM], repository);
      expect(install.status, install.output).toBe(0);

      // The README's init line as written (another --hooks): it installs the manager itself, from the npm cache.
      const [npx, ...initArgs] = readmeLine("npx tactful init");
      const init = run(npx!, initArgs.map((arg) => (arg === "husky" ? manager : arg)), repository, NPM_CACHE_FIRST);
      expect(init.status, init.output).toBe(0);
      expect(init.stdout).toContain(`created    ${SAMPLE}`);
      expect(init.stdout).not.toContain("activates the pre-commit hook");
      git(repository, ["add", "--all"]);
      const accepted = commit(repository, "Add Tactful");
      expect(accepted.status, accepted.output).toBe(0);

      mkdirSync(join(repository, "templates/zh-CN/collection"), { recursive: true });
      writeFileSync(join(repository, "templates/zh-CN/collection/unsigned.sms.msg.njk"), unsigned);
      git(repository, ["add", "--all"]);
      const refused = commit(repository, "Add an unsigned template");
      expect(refused.status).not.toBe(0);
      expect(refused.output).toMatch(/templates\/zh-CN\/collection\/unsigned\.sms\.msg\.njk[\s\S]*error +The message does not start with the sender's signature[\s\S]*tactful\/sender-identification/);
      expect(git(repository, ["log", "--format=%s"]).trim()).toBe("Add Tactful");

      // Fixed, it goes in; and a commit without templates does not run Tactful at all.
      writeFileSync(join(repository, "templates/zh-CN/collection/unsigned.sms.msg.njk"), sample.replace("id: reminder.due-soon", "id: reminder.due-soon-signed"));
      git(repository, ["add", "--all"]);
      expect(commit(repository, "Add a signed template").status).toBe(0);
      writeFileSync(join(repository, "notes.txt"), "no templates here\n");
      git(repository, ["add", "notes.txt"]);
      const unrelated = commit(repository, "Notes");
      expect(unrelated.status).toBe(0);
      expect(unrelated.output).not.toContain("templates checked");
    }, 240_000);
  }
});
