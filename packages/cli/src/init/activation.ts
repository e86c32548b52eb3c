import { execFile } from "node:child_process";
import { constants } from "node:fs";
import { access, readFile } from "node:fs/promises";
import { isAbsolute, join } from "node:path";
import { promisify } from "node:util";
import type { HookManager } from "./hooks.js";
import type { InitSay } from "./messages.js";
import type { NextStep } from "./next-steps.js";

/**
 * How each manager puts the pre-commit hook where git runs it, and how to tell it did. A
 * package install does not do it reliably: `npm install -D <pkg>` never runs the project's
 * `prepare` script (husky), and with `ignore-scripts=true` no install script runs (lefthook).
 */
const ACTIVATIONS: Record<HookManager, { step: NextStep; hooksPath?: string; marker?: string }> = {
  husky: { step: { text: "npx husky", run: ["npx", "--no-install", "husky"] }, hooksPath: ".husky/_" },
  lefthook: { step: { text: "npx lefthook install", run: ["npx", "--no-install", "lefthook", "install"] }, marker: "lefthook" },
  "simple-git-hooks": { step: { text: "npx simple-git-hooks", run: ["npx", "--no-install", "simple-git-hooks"] }, marker: "lint-staged" },
};

export function activationStep(manager: HookManager): NextStep {
  return ACTIVATIONS[manager].step;
}

async function git(cwd: string, args: string[]): Promise<string | undefined> {
  return promisify(execFile)("git", args, { cwd }).then(
    ({ stdout }) => stdout.trim(),
    () => undefined,
  );
}

/** What keeps git from running the manager's pre-commit hook in this repository, or undefined when it runs. */
export async function hookProblem(root: string, manager: HookManager, say: InitSay): Promise<string | undefined> {
  const { hooksPath, marker } = ACTIVATIONS[manager];
  if (hooksPath !== undefined) {
    const configured = await git(root, ["config", "core.hooksPath"]);
    if (configured !== hooksPath) return configured ? say("hooksPathOther", { configured, manager, hooksPath }) : say("hooksPathNotSet", { manager, hooksPath });
  }
  // Where git looks for the hook, after core.hooksPath.
  const relative = (await git(root, ["rev-parse", "--git-path", "hooks/pre-commit"])) ?? ".git/hooks/pre-commit";
  const hook = isAbsolute(relative) ? relative : join(root, relative);
  const text = await readFile(hook, "utf8").catch(() => undefined);
  if (text === undefined) return say("noHook", { path: relative });
  if (!(await access(hook, constants.X_OK).then(() => true, () => false))) return say("hookNotExecutable", { path: relative });
  if (marker !== undefined && !text.includes(marker)) return say("hookDoesNotRun", { path: relative, marker });
  return undefined;
}
