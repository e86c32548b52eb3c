import { ESLint, type Linter } from "eslint";
import type { Locale } from "@tactful/core";
import plugin from "./index.js";
import { NAMESPACE } from "./language/directives.js";
import type { ConfigSource, TemplateConfig } from "./util/config-file.js";

export { CONFIG_FILES, configFor, configKey, nearestConfigFile, type ConfigSource, type TemplateConfig } from "./util/config-file.js";

export interface TemplateEslint {
  eslint: ESLint;
  config: ConfigSource;
}

/**
 * An ESLint that lints templates with exactly this configuration, from any working directory.
 * `locale` is the language of the findings (`settings.tactful.locale`, which also keys ESLint's
 * cache, so a result cached in one language is never replayed in another).
 */
export function createTemplateEslint(
  { source, cwd }: TemplateConfig,
  { overrideConfig, locale, ...options }: Omit<ESLint.Options, "cwd" | "overrideConfigFile" | "overrideConfig"> & { overrideConfig?: Linter.Config; locale?: Locale } = {},
): TemplateEslint {
  const overrides = [...(overrideConfig ? [overrideConfig] : []), ...(locale ? [{ settings: { tactful: { locale } } }] : [])];
  const eslint =
    source.kind === "project"
      ? new ESLint({ ...options, cwd, overrideConfigFile: source.file, ...(overrides.length > 0 ? { overrideConfig: overrides } : {}) })
      : new ESLint({ ...options, cwd, overrideConfigFile: true, overrideConfig: [plugin.configs.recommended, ...overrides] });
  return { eslint, config: source };
}

/** What to tell the user when linting failed: the configuration does not load, or a rule in it throws. */
export function lintFailureMessage(config: ConfigSource, error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const reason = text.split("\n")[0];
  // A rule that throws while running carries its id; one that throws while being created is named in the message.
  const ruleId = error instanceof Error && "ruleId" in error && typeof error.ruleId === "string" ? error.ruleId : /^Error while loading rule '([^']+)'/.exec(text)?.[1];
  if (ruleId) {
    const where = /Occurred while linting (.+)$/mu.exec(text)?.[1];
    // A rule of another plugin applied to templates (a config block without `files`) expects JavaScript.
    const hint = ruleId.startsWith(`${NAMESPACE}/`) ? "" : ` (it is not a template rule: give the config block that turns it on a \`files\` pattern that leaves out *.msg.njk)`;
    return `the rule ${ruleId} failed${where ? ` while linting ${where}` : ""}: ${reason}${hint}`;
  }
  return config.kind === "project" ? `the ESLint configuration ${config.file} could not be used: ${reason}` : `linting failed: ${reason}`;
}

export { checkMessages, messageTemplate, type FinishedMessage, type MessageFinding, type MessageSender, type MessageTemplate } from "./check.js";
