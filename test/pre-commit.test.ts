import { cpSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { git, gitRepository } from "./support/temp-repo.js";
import { onPath, readmeBlock, root, run, toolAvailable } from "./support/tools.js";

const sample = readFileSync(join(root, "packages/cli/samples/zh-CN/reminder/due-soon.sms.msg.njk"), "utf8");

/** This checkout as pre-commit would clone it: its files (committed or not, never ignored ones) in a repository of their own. */
function snapshot(): { repository: string; rev: string } {
  const files = git(root, ["ls-files", "-z", "--cached", "--others", "--exclude-standard"]).split("\0").filter(Boolean);
  const repository = gitRepository("tactful-snapshot-");
  for (const file of files) {
    mkdirSync(join(repository, file, ".."), { recursive: true });
    cpSync(join(root, file), join(repository, file), { errorOnExist: false });
  }
  git(repository, ["add", "--all"]);
  git(repository, ["commit", "--quiet", "--no-verify", "-m", "snapshot"]);
  return { repository, rev: git(repository, ["rev-parse", "HEAD"]).trim() };
}

describe("the README's pre-commit entry", () => {
  it("pins a revision that exists in this repository and has the hook", () => {
    const { repos } = parse(readmeBlock("### The pre-commit framework", "yaml", "repos:")) as { repos: Array<{ rev: string }> };
    const rev = repos[0]!.rev;
    // A tag or a full commit: pre-commit fetches exactly that revision.
    expect(rev).toMatch(/^(v\d+\.\d+\.\d+|[0-9a-f]{40})$/);
    expect(run("git", ["cat-file", "-e", `${rev}:.pre-commit-hooks.yaml`], root).status).toBe(0);
  });
});

describe.runIf(toolAvailable("pre-commit", onPath("pre-commit")))("the pre-commit framework with .pre-commit-hooks.yaml", () => {
  it("installs Tactful from the repository and refuses a commit with an error, with the finding, accepting a compliant one", () => {
    const tactful = snapshot();
    // The README's entry, pointed at this checkout.
    const config = parse(readmeBlock("### The pre-commit framework", "yaml", "repos:")) as { repos: Array<{ repo: string; rev: string; hooks: Array<{ id: string }> }> };
    expect(config.repos[0]!.hooks).toEqual([{ id: "tactful" }]);
    config.repos[0]!.repo = tactful.repository;
    config.repos[0]!.rev = tactful.rev;
    const repository = gitRepository("tactful-pre-commit-", { ".pre-commit-config.yaml": JSON.stringify(config) });
    const env = { PRE_COMMIT_HOME: mkdtempSync(join(tmpdir(), "tactful-pre-commit-home-")) };
    expect(run("pre-commit", ["install"], repository, env).status).toBe(0);

    mkdirSync(join(repository, "templates/zh-CN/reminder"), { recursive: true });
    writeFileSync(join(repository, "templates/zh-CN/reminder/due-soon.sms.msg.njk"), sample);
    git(repository, ["add", "--all"]);
    const accepted = run("git", ["commit", "--quiet", "-m", "Add a reminder"], repository, env);
    expect(accepted.status, accepted.output).toBe(0);
    expect(accepted.output).toMatch(/tactful lint\.+Passed/);

    writeFileSync(join(repository, "templates/zh-CN/reminder/due-soon.sms.msg.njk"), sample.replace("【示例金融】", ""));
    git(repository, ["add", "--all"]);
    const refused = run("git", ["commit", "--quiet", "-m", "Drop the signature"], repository, env);
    expect(refused.status).toBe(1);
    expect(refused.output).toMatch(/tactful lint\.+Failed[\s\S]*exit code: 1[\s\S]*templates\/zh-CN\/reminder\/due-soon\.sms\.msg\.njk[\s\S]*error +The message does not start with the sender's signature[\s\S]*tactful\/sender-identification/);
    expect(git(repository, ["log", "--format=%s"]).trim()).toBe("Add a reminder");
  }, 600_000);
});
