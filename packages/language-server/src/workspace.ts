import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { createTemplateEslint, type TemplateEslint } from "@tactful/eslint-plugin/engine";

/**
 * A workspace folder: one ESLint for linting and one for fixing, created on first use and
 * dropped when the folder's configuration changes. ESLint finds each file's `eslint.config.*`
 * from the file's directory up, as `tactful lint` does.
 */
export class Folder {
  private linting: Promise<TemplateEslint> | undefined;
  private fixing: Promise<TemplateEslint> | undefined;

  constructor(
    readonly path: string,
    private readonly projectConfig: boolean,
  ) {}

  linter(): Promise<TemplateEslint> {
    return (this.linting ??= createTemplateEslint({ cwd: this.path, warnIgnored: true }, { projectConfig: this.projectConfig }));
  }

  fixer(): Promise<TemplateEslint> {
    return (this.fixing ??= createTemplateEslint({ cwd: this.path, warnIgnored: false, fix: true }, { projectConfig: this.projectConfig }));
  }

  /** Forget the engines: the configuration changed. */
  reset(): void {
    this.linting = undefined;
    this.fixing = undefined;
  }

  contains(filePath: string): boolean {
    const inside = relative(this.path, filePath);
    return inside !== "" && !inside.startsWith("..") && !inside.startsWith(sep) && !/^[A-Za-z]:/.test(inside);
  }
}

/** The workspace folders the client opened, and a folder for each loose file outside them. */
export class Workspace {
  private readonly folders = new Map<string, Folder>();
  private readonly loose = new Map<string, Folder>();

  constructor(private readonly projectConfig: boolean) {}

  /** Paths of the workspace folders. */
  get roots(): string[] {
    return [...this.folders.keys()];
  }

  addFolder(uri: string): void {
    const path = pathOfUri(uri);
    if (path && !this.folders.has(path)) this.folders.set(path, new Folder(path, this.projectConfig));
  }

  removeFolder(uri: string): void {
    const path = pathOfUri(uri);
    if (path) this.folders.delete(path);
  }

  /** The innermost workspace folder holding the file; a file outside them all is linted from its own directory. */
  folderFor(filePath: string): Folder {
    let best: Folder | undefined;
    for (const folder of this.folders.values()) {
      if (folder.contains(filePath) && (!best || folder.path.length > best.path.length)) best = folder;
    }
    if (best) return best;
    const directory = dirname(filePath);
    let folder = this.loose.get(directory);
    if (!folder) this.loose.set(directory, (folder = new Folder(directory, this.projectConfig)));
    return folder;
  }

  /** Every folder's configuration may have changed. */
  resetEngines(): void {
    for (const folder of [...this.folders.values(), ...this.loose.values()]) folder.reset();
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
