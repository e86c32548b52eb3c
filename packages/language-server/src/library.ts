import { setImmediate as yieldToRequests } from "node:timers/promises";
import type { TemplateDocument } from "@tactful/core";
import { frontMatterIdentity, libraryIdentity, type LibraryIdentity } from "@tactful/eslint-plugin";
import { ProjectFiles } from "@tactful/eslint-plugin/files";

const BATCH = 50;

/**
 * The identities of the workspace's templates, so that the open documents that share an id
 * with a changed template are linted again: the rules across the library (duplicate ids,
 * locale variants) judge them against it.
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
   * Records a template as it is now: its text (of which only the front matter is read, as the
   * rules across the library read it), or its parsed document (undefined when it was deleted).
   * Returns the ids it had before and has now: the groups it affects.
   */
  update(filePath: string, template: TemplateDocument | string | undefined): string[] {
    const before = this.identities.get(filePath);
    const after = template === undefined ? undefined : typeof template === "string" ? frontMatterIdentity(template) : libraryIdentity(template);
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

  /** A template's text: the editor's buffer when it is open, else the file (undefined when it cannot be read). */
  async read(filePath: string): Promise<string | undefined> {
    const open = this.openText(filePath);
    if (open !== undefined) return open;
    const read = await (await ProjectFiles.open([this.rootOf(filePath)])).read(filePath);
    return "text" in read ? read.text : undefined;
  }
}
