import { ESLint } from "eslint";
import plugin from "./index.js";
import { NAMESPACE } from "./language/directives.js";

/** Where a template's configuration comes from: the project's `eslint.config.*`, or the built-in recommended one. */
export type ConfigSource = { kind: "project"; file: string } | { kind: "built-in" };

export interface TemplateEslint {
  eslint: ESLint;
  config: ConfigSource;
}

/**
 * An ESLint for templates, configured the way `tactful lint` and the editor agree on: the
 * project's `eslint.config.*` when `cwd` has one (unless running the project's own code is not
 * allowed, as in an untrusted editor workspace), else the built-in recommended config.
 */
export async function createTemplateEslint(options: ESLint.Options & { cwd: string }, { projectConfig = true }: { projectConfig?: boolean } = {}): Promise<TemplateEslint> {
  const file = projectConfig ? await new ESLint({ cwd: options.cwd }).findConfigFile() : undefined;
  if (file) return { eslint: new ESLint(options), config: { kind: "project", file } };
  return { eslint: new ESLint({ ...options, overrideConfigFile: true, overrideConfig: [plugin.configs.recommended] }), config: { kind: "built-in" } };
}

/** What to tell the user when linting failed: the configuration does not load, or a rule in it throws. */
export function lintFailureMessage(config: ConfigSource, error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const reason = text.split("\n")[0];
  const ruleId = error instanceof Error && "ruleId" in error && typeof error.ruleId === "string" ? error.ruleId : undefined;
  if (ruleId) {
    const where = /Occurred while linting (.+)$/mu.exec(text)?.[1];
    // A rule of another plugin applied to templates (a config block without `files`) expects JavaScript.
    const hint = ruleId.startsWith(`${NAMESPACE}/`) ? "" : ` (it is not a template rule: give the config block that turns it on a \`files\` pattern that leaves out *.msg.njk)`;
    return `the rule ${ruleId} failed${where ? ` while linting ${where}` : ""}: ${reason}${hint}`;
  }
  return config.kind === "project" ? `the ESLint configuration ${config.file} could not be used: ${reason}` : `linting failed: ${reason}`;
}

export { checkMessages, messageTemplate, type FinishedMessage, type MessageFinding, type MessageSender, type MessageTemplate } from "./check.js";
