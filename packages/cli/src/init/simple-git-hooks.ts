import { InitRefusal, type PendingChanges } from "./changes.js";
import { planLintStaged } from "./lint-staged.js";
import { installStep, lintStagedSpec, type NextStep } from "./next-steps.js";
import { dependsOn, editPackageJson, parseJsonObject, readPackageJson, stringifyLike, type Json } from "./package-json.js";

const KEY = "simple-git-hooks";
const JSON_FILES = [".simple-git-hooks.json", "simple-git-hooks.json"];
export const SIMPLE_GIT_HOOKS_FILES = [...JSON_FILES, ".simple-git-hooks.cjs", ".simple-git-hooks.js", ".simple-git-hooks.mjs", "simple-git-hooks.cjs", "simple-git-hooks.js", "simple-git-hooks.mjs"];
const RUN_LINT_STAGED = "npx lint-staged";
function checkHook(changes: PendingChanges, path: string, hooks: Record<string, Json>): boolean {
  const command = hooks["pre-commit"];
  if (command === undefined) return false;
  if (typeof command === "string" && command.includes("lint-staged")) return true;
  throw new InitRefusal(changes.say("hookConflict", { path, command: JSON.stringify(command), run: RUN_LINT_STAGED }));
}

/** simple-git-hooks runs lint-staged before each commit, which runs tactful lint on the staged templates. */
export async function planSimpleGitHooks(changes: PendingChanges): Promise<NextStep[]> {
  const WHAT = changes.say("hookRunsLintStaged");
  const pkg = await readPackageJson(changes);
  const inPackage = pkg?.[KEY];
  const files = [];
  for (const path of SIMPLE_GIT_HOOKS_FILES) if (await changes.exists(path)) files.push(path);
  if (inPackage !== undefined) {
    if (typeof inPackage !== "object" || inPackage === null || Array.isArray(inPackage)) throw new InitRefusal(changes.say("keyNotObject", { key: KEY }));
    if (checkHook(changes, "package.json", inPackage)) changes.keep("package.json", WHAT);
    else await editPackageJson(changes, WHAT, (edited) => ((edited[KEY] as Record<string, Json>)["pre-commit"] = RUN_LINT_STAGED));
  } else if (files.length > 0) {
    const path = files[0]!;
    if (!JSON_FILES.includes(path)) throw new InitRefusal(changes.say("simpleGitHooksScript", { path, run: RUN_LINT_STAGED }));
    const text = (await changes.read(path))!;
    const config = parseJsonObject(path, text, changes.say);
    if (checkHook(changes, path, config)) changes.keep(path, WHAT);
    else await changes.write(path, stringifyLike(text, { ...config, "pre-commit": RUN_LINT_STAGED }), WHAT);
  } else {
    await editPackageJson(changes, WHAT, (edited) => (edited[KEY] = { "pre-commit": RUN_LINT_STAGED }));
  }
  await planLintStaged(changes);

  const updated = await readPackageJson(changes);
  const missing = [KEY, "lint-staged"].filter((name) => !dependsOn(updated, name));
  return missing.length > 0 ? [installStep(missing.map((name) => (name === "lint-staged" ? lintStagedSpec() : name)))] : [];
}
