import { execFile } from "node:child_process";
import { realpath } from "node:fs/promises";
import { promisify } from "node:util";
import { InitRefusal, type PendingChanges } from "./changes.js";
import { planHusky } from "./husky.js";
import { LEFTHOOK_FILES, planLefthook } from "./lefthook.js";
import type { NextStep } from "./next-steps.js";
import { dependsOn, readPackageJson } from "./package-json.js";
import { planSimpleGitHooks, SIMPLE_GIT_HOOKS_FILES } from "./simple-git-hooks.js";

export const HOOK_MANAGERS = ["husky", "lefthook", "simple-git-hooks"] as const;
export type HookManager = (typeof HOOK_MANAGERS)[number];

/** The hook managers this repository already uses, from its package.json and configuration files. */
export async function detectHookManagers(changes: PendingChanges): Promise<HookManager[]> {
  const pkg = await readPackageJson(changes);
  const anyFile = async (paths: readonly string[]): Promise<boolean> => {
    for (const path of paths) if (await changes.exists(path)) return true;
    return false;
  };
  const found: HookManager[] = [];
  if (dependsOn(pkg, "husky") || (await changes.exists(".husky/pre-commit"))) found.push("husky");
  if (dependsOn(pkg, "lefthook") || (await anyFile(LEFTHOOK_FILES))) found.push("lefthook");
  if (dependsOn(pkg, "simple-git-hooks") || pkg?.["simple-git-hooks"] !== undefined || (await anyFile(SIMPLE_GIT_HOOKS_FILES))) found.push("simple-git-hooks");
  return found;
}

const git = async (cwd: string, args: string[]): Promise<string | undefined> =>
  promisify(execFile)("git", args, { cwd }).then(
    ({ stdout }) => stdout.trim(),
    () => undefined,
  );

/** Sets up the pre-commit hook through the manager; the hook lives in a git repository, so init must run at its root. */
export async function planHook(changes: PendingChanges, manager: HookManager): Promise<NextStep[]> {
  const top = await git(changes.root, ["rev-parse", "--show-toplevel"]);
  if (top === undefined) throw new InitRefusal(changes.say("notGitRepository", { root: changes.root }));
  if ((await realpath(top)) !== (await realpath(changes.root))) throw new InitRefusal(changes.say("notRepositoryRoot", { top }));
  switch (manager) {
    case "husky":
      return planHusky(changes);
    case "lefthook":
      return planLefthook(changes);
    case "simple-git-hooks":
      return planSimpleGitHooks(changes);
  }
}
