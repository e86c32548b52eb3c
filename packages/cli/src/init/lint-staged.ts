import { parseDocument, isMap } from "yaml";
import { InitRefusal, type PendingChanges } from "./changes.js";
import { LINT_COMMAND, TEMPLATE_GLOB } from "./next-steps.js";
import { editPackageJson, parseJsonObject, readPackageJson, stringifyLike, type Json } from "./package-json.js";

/** lint-staged's own search order, after package.json's "lint-staged" key. */
const JSON_FILES = [".lintstagedrc", ".lintstagedrc.json"];
const YAML_FILES = [".lintstagedrc.yaml", ".lintstagedrc.yml"];
const SCRIPT_FILES = [".lintstagedrc.mjs", ".lintstagedrc.js", ".lintstagedrc.cjs", "lint-staged.config.mjs", "lint-staged.config.js", "lint-staged.config.cjs"];


/** Whether a lint-staged task already runs tactful lint. */
function runsTactful(task: unknown): boolean {
  return [task].flat().some((command) => typeof command === "string" && command.includes(LINT_COMMAND));
}

function conflict(changes: PendingChanges, path: string, task: unknown): never {
  throw new InitRefusal(changes.say("lintStagedTaskExists", { path, glob: TEMPLATE_GLOB, task: JSON.stringify(task), command: LINT_COMMAND }));
}

/** Adds `"*.msg.njk": "tactful lint"` to the lint-staged configuration, wherever it lives. */
export async function planLintStaged(changes: PendingChanges): Promise<void> {
  const WHAT = changes.say("runsOnStaged", { tool: "lint-staged", command: LINT_COMMAND, glob: TEMPLATE_GLOB });
  const pkg = await readPackageJson(changes);
  if (pkg?.["lint-staged"] !== undefined) {
    const config = pkg["lint-staged"];
    if (typeof config !== "object" || config === null || Array.isArray(config)) throw new InitRefusal(changes.say("lintStagedNotObject", { glob: TEMPLATE_GLOB, command: LINT_COMMAND }));
    if (config[TEMPLATE_GLOB] !== undefined && !runsTactful(config[TEMPLATE_GLOB])) conflict(changes, "package.json", config[TEMPLATE_GLOB]);
    await editPackageJson(changes, WHAT, (edited) => {
      (edited["lint-staged"] as Record<string, Json>)[TEMPLATE_GLOB] ??= LINT_COMMAND;
    });
    return;
  }
  for (const path of [...JSON_FILES, ...YAML_FILES, ...SCRIPT_FILES]) {
    const text = await changes.read(path);
    if (text === undefined) continue;
    if (SCRIPT_FILES.includes(path)) {
      if (text.includes(LINT_COMMAND)) return changes.keep(path, WHAT);
      throw new InitRefusal(changes.say("lintStagedScript", { path, glob: TEMPLATE_GLOB, command: LINT_COMMAND }));
    }
    // .lintstagedrc may be JSON or YAML: JSON is edited as JSON to keep it JSON.
    if (JSON_FILES.includes(path) && (path.endsWith(".json") || /^\s*\{/.test(text))) {
      const config = parseJsonObject(path, text, changes.say);
      if (config[TEMPLATE_GLOB] !== undefined && !runsTactful(config[TEMPLATE_GLOB])) conflict(changes, path, config[TEMPLATE_GLOB]);
      config[TEMPLATE_GLOB] ??= LINT_COMMAND;
      await changes.write(path, JSON.stringify(parseJsonObject(path, text, changes.say)) === JSON.stringify(config) ? text : stringifyLike(text, config), WHAT);
      return;
    }
    const document = parseDocument(text);
    if (document.errors.length > 0 || !isMap(document.contents)) throw new InitRefusal(changes.say("lintStagedNotMapping", { path, glob: TEMPLATE_GLOB, command: LINT_COMMAND }));
    const existing: unknown = document.get(TEMPLATE_GLOB);
    if (existing !== undefined) {
      if (!runsTactful(document.toJS()[TEMPLATE_GLOB])) conflict(changes, path, document.toJS()[TEMPLATE_GLOB]);
      return changes.keep(path, WHAT);
    }
    document.set(TEMPLATE_GLOB, LINT_COMMAND);
    await changes.write(path, document.toString(), WHAT);
    return;
  }
  await editPackageJson(changes, WHAT, (edited) => {
    edited["lint-staged"] = { [TEMPLATE_GLOB]: LINT_COMMAND };
  });
}
