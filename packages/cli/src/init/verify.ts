import { join } from "node:path";
import { ESLint } from "eslint";
import { lintFailureMessage } from "@tactful/eslint-plugin/engine";
import type { Locale } from "@tactful/core";
import { initWords } from "./messages.js";
import { TEMPLATE_GLOB } from "./next-steps.js";

export type ConfigCheck = { ok: true } | { ok: false; problem: string } | { ok: "unchecked"; reason: string };

/**
 * Lints a sample template with the project's ESLint configuration as written, the way both
 * `tactful lint` and `npx eslint` will: the configuration must load, apply Tactful's language
 * to templates, and run no other plugin's rules on them.
 */
export async function checkTemplateConfig(root: string, configFile: string, sample: { path: string; text: string }, locale: Locale): Promise<ConfigCheck> {
  const say = initWords(locale);
  let results: ESLint.LintResult[];
  try {
    results = await new ESLint({ cwd: root }).lintText(sample.text, { filePath: join(root, sample.path), warnIgnored: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // Not installed yet: nothing can load the config, whatever it says.
    if (code === "ERR_MODULE_NOT_FOUND" && String((error as Error).message).includes("@tactful/eslint-plugin")) {
      return { ok: "unchecked", reason: say("pluginNotInstalled") };
    }
    return { ok: false, problem: lintFailureMessage({ kind: "project", file: configFile }, error, locale) };
  }
  const messages = results.flatMap((result) => result.messages);
  const ignored = messages.find((message) => message.ruleId === null && /ignored/i.test(message.message));
  if (ignored) return { ok: false, problem: say("configIgnoresTemplates", { config: configFile, glob: TEMPLATE_GLOB, reason: ignored.message }) };
  const foreign = [...new Set(messages.map((message) => message.ruleId).filter((id): id is string => id !== null && !id.startsWith("tactful/")))];
  if (foreign.length > 0) {
    return { ok: false, problem: say("foreignRules", { config: configFile, rules: foreign.join(", "), glob: TEMPLATE_GLOB }) };
  }
  return { ok: true };
}
