import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { commit, git, gitRepository, packTactful } from "./support/temp-repo.js";
import { readmeBlock, root, run, testToolsInstalled, toolAvailable, toolVersion } from "./support/tools.js";

const SAMPLE = "templates/zh-CN/reminder/due-soon.sms.msg.njk";
const sample = readFileSync(join(root, "packages/cli/samples/zh-CN/reminder/due-soon.sms.msg.njk"), "utf8");
/** The sample without its 【signature】, under another id: a template no commit may bring in. */
const unsigned = sample.replace("【示例金融】", "").replace("id: reminder.due-soon", "id: reminder.due-soon-unsigned");

/** The README's `tactful init` line, for one hook manager. */
function readmeInit(manager: string): string[] {
  const line = readmeBlock("### Git hooks", "sh", "tactful init").split("\n").find((candidate) => candidate.startsWith("npx tactful init"))!;
  return line.replace(/\s+#.*$/, "").replace("--hooks husky", `--hooks ${manager}`).split(/\s+/).slice(2);
}

const MANAGERS: Record<string, string[]> = {
  husky: ["husky", "lint-staged"],
  lefthook: ["lefthook"],
  "simple-git-hooks": ["simple-git-hooks", "lint-staged"],
};

describe.runIf(toolAvailable("the git hook managers", testToolsInstalled()))("a commit through each hook manager, set up by tactful init", () => {
  let tarballs: string[];
  beforeAll(() => {
    tarballs = packTactful();
  }, 120_000);

  for (const [manager, packages] of Object.entries(MANAGERS)) {
    it(`${manager}: refuses a template with an error, with the finding, and accepts a compliant one`, () => {
      const repository = gitRepository(`tactful-${manager}-`, { ".gitignore": "node_modules/\n", "package.json": `${JSON.stringify({ name: "messages", private: true, type: "module" }, null, 2)}\n` });
      // Tactful as a user installs it (here from its packed tarballs), the hook manager from the registry.
      const install = run("npm", ["install", "--save-dev", "--prefer-offline", "--no-audit", "--no-fund", ...tarballs, ...packages.map((name) => `${name}@${toolVersion(name)}`)], repository);
      expect(install.status, install.output).toBe(0);

      const init = run("npx", ["--no-install", "tactful", ...readmeInit(manager)], repository);
      expect(init.status, init.output).toBe(0);
      expect(init.stdout).toContain(`created    ${SAMPLE}`);
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
