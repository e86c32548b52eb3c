import { ESLint } from "eslint";
import plugin from "./index.js";

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

/** What to tell the user when linting with a configuration failed (it does not load, or a rule in it breaks). */
export function configurationError(config: ConfigSource, error: unknown): string {
  const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
  return config.kind === "project" ? `the ESLint configuration ${config.file} could not be used: ${reason}` : `linting failed: ${reason}`;
}
