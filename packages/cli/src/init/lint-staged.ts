import { parseDocument, isMap } from "yaml";
import { InitRefusal, type PendingChanges } from "./changes.js";
import { LINT_COMMAND, TEMPLATE_GLOB } from "./next-steps.js";
import { editPackageJson, parseJsonObject, readPackageJson, stringifyLike, type Json } from "./package-json.js";

/** lint-staged's own search order, after package.json's "lint-staged" key. */
const JSON_FILES = [".lintstagedrc", ".lintstagedrc.json"];
const YAML_FILES = [".lintstagedrc.yaml", ".lintstagedrc.yml"];
const SCRIPT_FILES = [".lintstagedrc.mjs", ".lintstagedrc.js", ".lintstagedrc.cjs", "lint-staged.config.mjs", "lint-staged.config.js", "lint-staged.config.cjs"];

const WHAT = `lint-staged runs ${LINT_COMMAND} on staged ${TEMPLATE_GLOB} files`;

/** Whether a lint-staged task already runs tactful lint. */
function runsTactful(task: unknown): boolean {
  return [task].flat().some((command) => typeof command === "string" && command.includes(LINT_COMMAND));
}

function conflict(path: string, task: unknown): never {
  throw new InitRefusal(`${path} already has a lint-staged task for "${TEMPLATE_GLOB}" (${JSON.stringify(task)}): add "${LINT_COMMAND}" to it yourself`);
}

/** Adds `"*.msg.njk": "tactful lint"` to the lint-staged configuration, wherever it lives. */
export async function planLintStaged(changes: PendingChanges): Promise<void> {
  const pkg = await readPackageJson(changes);
  if (pkg?.["lint-staged"] !== undefined) {
    const config = pkg["lint-staged"];
    if (typeof config !== "object" || config === null || Array.isArray(config)) throw new InitRefusal(`package.json's "lint-staged" is not an object: add "${TEMPLATE_GLOB}": "${LINT_COMMAND}" to it yourself`);
    if (config[TEMPLATE_GLOB] !== undefined && !runsTactful(config[TEMPLATE_GLOB])) conflict("package.json", config[TEMPLATE_GLOB]);
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
      throw new InitRefusal(`lint-staged is configured in ${path}, a script tactful init does not edit: add "${TEMPLATE_GLOB}": "${LINT_COMMAND}" to it yourself`);
    }
    // .lintstagedrc may be JSON or YAML: JSON is edited as JSON to keep it JSON.
    if (JSON_FILES.includes(path) && (path.endsWith(".json") || /^\s*\{/.test(text))) {
      const config = parseJsonObject(path, text);
      if (config[TEMPLATE_GLOB] !== undefined && !runsTactful(config[TEMPLATE_GLOB])) conflict(path, config[TEMPLATE_GLOB]);
      config[TEMPLATE_GLOB] ??= LINT_COMMAND;
      await changes.write(path, JSON.stringify(parseJsonObject(path, text)) === JSON.stringify(config) ? text : stringifyLike(text, config), WHAT);
      return;
    }
    const document = parseDocument(text);
    if (document.errors.length > 0 || !isMap(document.contents)) throw new InitRefusal(`${path} is not a YAML mapping of globs to tasks: add "${TEMPLATE_GLOB}": "${LINT_COMMAND}" to it yourself`);
    const existing: unknown = document.get(TEMPLATE_GLOB);
    if (existing !== undefined) {
      if (!runsTactful(document.toJS()[TEMPLATE_GLOB])) conflict(path, document.toJS()[TEMPLATE_GLOB]);
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
