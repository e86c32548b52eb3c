import { relative } from "node:path";
import { setImmediate as yieldToRequests } from "node:timers/promises";
import { parseTemplate, type TemplateDocument } from "@tactful/core";
import { checkLibrary, libraryIdentity, type LibraryFinding, type LibraryIdentity } from "@tactful/eslint-plugin";
import { ProjectFiles } from "@tactful/eslint-plugin/files";

const BATCH = 50;

/**
 * The templates of the workspace, for the checks across a library (duplicate ids, locale
 * variants). It keeps only each file's identity; the few templates that share an id with a
 * document being linted are parsed when needed, from the editor's buffer when open.
 */
export class TemplateLibrary {
  private readonly identities = new Map<string, LibraryIdentity>();
  private readonly byId = new Map<string, Set<string>>();

  constructor(
    private readonly openText: (filePath: string) => string | undefined,
    /** The workspace folder a file belongs to: links out of it are not followed. */
    private readonly rootOf: (filePath: string) => string,
  ) {}

  /**
   * Reads every template under the roots, a batch at a time so requests are served meanwhile;
   * as `tactful lint` reads them: regular files only, within the size limit, each once.
   */
  async index(roots: readonly string[]): Promise<void> {
    for (const root of roots) {
      const files = await (await ProjectFiles.open([root])).find(root);
      for (let start = 0; start < files.length; start += BATCH) {
        await Promise.all(files.slice(start, start + BATCH).map(async (file) => this.update(file, await this.read(file))));
        await yieldToRequests();
      }
    }
  }

  /**
   * Records a template as it is now: its text, or its parsed document (undefined when it was
   * deleted). Returns the ids it had before and has now: the groups it affects.
   */
  update(filePath: string, template: TemplateDocument | string | undefined): string[] {
    const before = this.identities.get(filePath);
    const after = template === undefined ? undefined : libraryIdentity(typeof template === "string" ? parseTemplate(template, { filePath }) : template);
    if (before) this.byId.get(before.id)?.delete(filePath);
    if (after) {
      this.identities.set(filePath, after);
      let group = this.byId.get(after.id);
      if (!group) this.byId.set(after.id, (group = new Set()));
      group.add(filePath);
    } else {
      this.identities.delete(filePath);
    }
    return [...new Set([before?.id, after?.id].filter((id): id is string => id !== undefined))];
  }

  /** The library findings of one template, against the other templates with its id; paths in messages are relative to `root`. */
  async findingsFor(filePath: string, document: TemplateDocument, root: string): Promise<LibraryFinding[]> {
    const id = document.meta.id;
    if (!id) return [];
    const entries = [{ filePath: relative(root, filePath), document }];
    for (const other of this.byId.get(id) ?? []) {
      if (other === filePath) continue;
      const text = await this.read(other);
      if (text !== undefined) entries.push({ filePath: relative(root, other), document: parseTemplate(text, { filePath: other }) });
    }
    if (entries.length < 2) return [];
    return checkLibrary(entries).filter((finding) => finding.filePath === entries[0]!.filePath);
  }

  /** A template's text: the editor's buffer when it is open, else the file (undefined when it cannot be read). */
  async read(filePath: string): Promise<string | undefined> {
    const open = this.openText(filePath);
    if (open !== undefined) return open;
    const read = await (await ProjectFiles.open([this.rootOf(filePath)])).read(filePath);
    return "text" in read ? read.text : undefined;
  }
}
