import { dirname, join, resolve } from "node:path";
import { isInside } from "@tactful/eslint-plugin/files";
import { fileURLToPath } from "node:url";
import type { Locale } from "@tactful/core";
import { configFor, configKey, configuredPacks, createTemplateEslint, type TemplateEslint } from "@tactful/eslint-plugin/engine";
import { packSet, type PackSet } from "@tactful/policies";
import { preparePackChecks } from "@tactful/policies/load";

/**
 * The workspace folders the client opened, and an ESLint per configuration: each document is
 * linted with its nearest `eslint.config.*` (or the built-in recommended config), as
 * `tactful lint` and ESLint 10 resolve it, whatever folder it is in.
 */
export class Workspace {
  private readonly folders = new Set<string>();
  private readonly engines = new Map<string, { linting?: TemplateEslint; fixing?: TemplateEslint }>();

  /** `locale`: the language of the findings, the client's display language. */
  constructor(
    private readonly projectConfig: boolean,
    readonly locale: Locale = "en",
  ) {}

  /** Paths of the workspace folders. */
  get roots(): string[] {
    return [...this.folders];
  }

  addFolder(uri: string): void {
    const path = pathOfUri(uri);
    if (path) this.folders.add(path);
  }

  removeFolder(uri: string): void {
    const path = pathOfUri(uri);
    if (path) this.folders.delete(path);
  }

  /** The innermost workspace folder holding the file (its own directory when outside them all): links out of it are not followed. */
  rootOf(filePath: string): string {
    const holding = this.roots.filter((root) => isInside(root, filePath));
    return holding.sort((a, b) => b.length - a.length)[0] ?? dirname(filePath);
  }

  /** The ESLint that lints this file. */
  linter(filePath: string): TemplateEslint {
    const engine = this.enginesFor(filePath);
    return (engine.engines.linting ??= createTemplateEslint(engine.config, { warnIgnored: true, locale: this.locale }));
  }

  /**
   * The policy packs the file's configuration names (`languageOptions.packs`). When they do not
   * load, none: the file's lint reports why, and hover and preview show no pack's facts.
   */
  async packs(filePath: string): Promise<PackSet> {
    try {
      await preparePackChecks();
      return await configuredPacks(this.linter(filePath), filePath);
    } catch {
      return packSet([]);
    }
  }

  /** The ESLint that fixes this file. */
  fixer(filePath: string): TemplateEslint {
    const engine = this.enginesFor(filePath);
    return (engine.engines.fixing ??= createTemplateEslint(engine.config, { warnIgnored: false, fix: true, locale: this.locale }));
  }

  /**
   * Creates the fixing ESLint of this file's configuration, if it is not there yet, and has it
   * fix the text once: its first real use is then as fast as the next.
   */
  warmFixer(filePath: string, text: string): void {
    if (this.enginesFor(filePath).engines.fixing) return;
    void this.fixer(filePath).eslint.lintText(text, { filePath, warnIgnored: false }).catch(() => undefined);
  }

  private enginesFor(filePath: string): { config: ReturnType<typeof configFor>; engines: { linting?: TemplateEslint; fixing?: TemplateEslint } } {
    const config = configFor(filePath, { projectConfig: this.projectConfig });
    const key = configKey(config);
    let engines = this.engines.get(key);
    if (!engines) this.engines.set(key, (engines = {}));
    return { config, engines };
  }

  /** A configuration changed (or one was added or removed): create the engines again. */
  resetEngines(): void {
    this.engines.clear();
  }

  /**
   * The file path ESLint lints a document as. An unsaved, untitled document is linted as a
   * template in the first workspace folder, so the folder's configuration applies.
   */
  filePathOf(uri: string): string {
    const path = pathOfUri(uri);
    if (path) return path;
    const name = decodeURIComponent(uri.replace(/^[a-z-]+:/i, "")).replace(/[^\w.-]+/g, "-") || "untitled";
    return join(this.roots[0] ?? process.cwd(), name.endsWith(".msg.njk") ? name : `${name}.msg.njk`);
  }
}

/** The file system path of a `file:` URI, or undefined for other schemes. */
export function pathOfUri(uri: string): string | undefined {
  if (!uri.startsWith("file:")) return undefined;
  try {
    return resolve(fileURLToPath(uri));
  } catch {
    return undefined;
  }
}
