import { existsSync, readdirSync } from "node:fs";
import { dirname, join, parse } from "node:path";

/** The names ESLint 10 looks for, in its order. */
export const CONFIG_FILES = ["eslint.config.js", "eslint.config.mjs", "eslint.config.cjs", "eslint.config.ts", "eslint.config.mts", "eslint.config.cts"];

/** The nearest `eslint.config.*` from the file's directory up to the file system's root, as ESLint 10 finds it. */
export function nearestConfigFile(filePath: string): string | undefined {
  return nearestUp(filePath, (directory) => CONFIG_FILES.map((name) => join(directory, name)).find((candidate) => existsSync(candidate)));
}

/**
 * The folders whose `eslint.config.*` a template linted from `cwd` can take its pack files
 * from: the nearest at or above `cwd` (else `cwd` itself, as for a configuration given by
 * `--config`), and each one below it (but in `node_modules` and hidden folders, which ESLint
 * does not lint).
 */
export function configDirectories(cwd: string): string[] {
  const nearest = nearestConfigFile(join(cwd, "_"));
  const found = [nearest ? dirname(nearest) : cwd];
  const below = (directory: string): void => {
    let entries;
    try {
      entries = readdirSync(directory, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (!entry.isDirectory() || entry.name.startsWith(".") || entry.name === "node_modules") continue;
      const folder = join(directory, entry.name);
      if (CONFIG_FILES.some((name) => existsSync(join(folder, name)))) found.push(folder);
      below(folder);
    }
  };
  below(cwd);
  return found;
}

/** The first answer `find` gives for the file's directory or one above it. */
export function nearestUp<T>(filePath: string, find: (directory: string) => T | undefined): T | undefined {
  for (let directory = dirname(filePath); ; directory = dirname(directory)) {
    const found = find(directory);
    if (found !== undefined) return found;
    if (dirname(directory) === directory) return undefined;
  }
}

/** Where a template's configuration comes from: an `eslint.config.*`, or the built-in recommended one. */
export type ConfigSource = { kind: "project"; file: string } | { kind: "built-in" };

/** The configuration of a set of templates, and the directory ESLint resolves its patterns from. */
export interface TemplateConfig {
  source: ConfigSource;
  cwd: string;
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
