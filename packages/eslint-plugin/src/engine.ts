import { dirname, parse } from "node:path";
import { ESLint, type Linter } from "eslint";
import type { Locale } from "@tactful/core";
import plugin from "./index.js";
import { NAMESPACE } from "./language/directives.js";
import { nearestConfigFile } from "./util/config-file.js";

export { CONFIG_FILES, nearestConfigFile } from "./util/config-file.js";

/** Where a template's configuration comes from: an `eslint.config.*`, or the built-in recommended one. */
export type ConfigSource = { kind: "project"; file: string } | { kind: "built-in" };

/** The configuration of a set of templates, and the directory ESLint resolves its patterns from. */
export interface TemplateConfig {
  source: ConfigSource;
  cwd: string;
}

export interface TemplateEslint {
  eslint: ESLint;
  config: ConfigSource;
}

/**
 * The configuration of one template: its nearest `eslint.config.*` (unless running the
 * project's own code is not allowed, as in an untrusted editor workspace), else the built-in
 * recommended config.
 */
export function configFor(filePath: string, { projectConfig = true }: { projectConfig?: boolean } = {}): TemplateConfig {
  const file = projectConfig ? nearestConfigFile(filePath) : undefined;
  // Patterns of a config are relative to its directory; the built-in one matches templates anywhere.
  return file ? { source: { kind: "project", file }, cwd: dirname(file) } : { source: { kind: "built-in" }, cwd: parse(filePath).root };
}

/** One key per distinct configuration, to share an ESLint between the templates it applies to. */
export function configKey({ source, cwd }: TemplateConfig): string {
  return source.kind === "project" ? source.file : `built-in\u0000${cwd}`;
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
