import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

/** The names ESLint 10 looks for, in its order. */
export const CONFIG_FILES = ["eslint.config.js", "eslint.config.mjs", "eslint.config.cjs", "eslint.config.ts", "eslint.config.mts", "eslint.config.cts"];

/** The nearest `eslint.config.*` from the file's directory up to the file system's root, as ESLint 10 finds it. */
export function nearestConfigFile(filePath: string): string | undefined {
  return nearestUp(filePath, (directory) => CONFIG_FILES.map((name) => join(directory, name)).find((candidate) => existsSync(candidate)));
}

/** The first answer `find` gives for the file's directory or one above it. */
export function nearestUp<T>(filePath: string, find: (directory: string) => T | undefined): T | undefined {
  for (let directory = dirname(filePath); ; directory = dirname(directory)) {
    const found = find(directory);
    if (found !== undefined) return found;
    if (dirname(directory) === directory) return undefined;
  }
}
