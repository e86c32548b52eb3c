import { mkdir, readFile, rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { Locale } from "@tactful/core";
import { writeFileAtomic } from "../write.js";
import { initWords, type InitSay } from "./messages.js";

/** `tactful init` cannot add Tactful to this repository without guessing: nothing is written, exit 2. */
export class InitRefusal extends Error {}

export interface Change {
  /** Relative to the repository, with forward slashes. */
  path: string;
  action: "create" | "update" | "unchanged";
  /** What the change does, for the summary. */
  what: string;
}

/**
 * The files `tactful init` means to write, kept in memory until every step has agreed: a
 * refusal in any step leaves the repository untouched. Later steps read earlier steps' edits
 * (two steps may edit package.json).
 */
export class PendingChanges {
  readonly #root: string;
  readonly #originals = new Map<string, string | undefined>();
  readonly #contents = new Map<string, string>();
  readonly #changes: Change[] = [];
  /** Directories commit() created, removed again by rollback(). */
  readonly #createdDirectories: string[] = [];

  /** The words of the summary and the refusals, in the user's locale. */
  readonly say: InitSay;

  constructor(root: string, locale: Locale = "en") {
    this.#root = root;
    this.say = initWords(locale);
  }

  get root(): string {
    return this.#root;
  }

  /** The file's content as the earlier steps left it, or undefined when it does not exist. */
  async read(path: string): Promise<string | undefined> {
    if (this.#contents.has(path)) return this.#contents.get(path);
    return this.#original(path);
  }

  async exists(path: string): Promise<boolean> {
    return (await this.read(path)) !== undefined;
  }

  /** Records the file's new content; writing the same content again is not a change. */
  async write(path: string, content: string, what: string): Promise<void> {
    const before = await this.read(path);
    this.#contents.set(path, content);
    this.#changes.push({ path, what, action: before === content ? "unchanged" : before === undefined ? "create" : "update" });
  }

  /** Records that a file already says what Tactful needs. */
  keep(path: string, what: string): void {
    this.#changes.push({ path, what, action: "unchanged" });
  }

  changes(): readonly Change[] {
    return this.#changes;
  }

  /** Writes every changed file atomically. */
  async commit(): Promise<void> {
    for (const [path, content] of this.#contents) {
      if (content === this.#originals.get(path)) continue;
      const file = join(this.#root, path);
      const created = await mkdir(dirname(file), { recursive: true });
      if (created !== undefined) this.#createdDirectories.push(created);
      await writeFileAtomic(file, content);
    }
  }

  /** Puts back every file commit() wrote as it was before (removing the ones it created). */
  async rollback(): Promise<void> {
    for (const [path, content] of this.#contents) {
      const original = this.#originals.get(path);
      if (content === original) continue;
      const file = join(this.#root, path);
      if (original === undefined) await rm(file, { force: true });
      else await writeFileAtomic(file, original);
    }
    for (const directory of this.#createdDirectories) await rm(directory, { recursive: true, force: true });
  }

  async #original(path: string): Promise<string | undefined> {
    if (!this.#originals.has(path)) {
      const text = await readFile(join(this.#root, path), "utf8").catch((error: NodeJS.ErrnoException) => {
        if (error.code === "ENOENT") return undefined;
        throw new InitRefusal(this.say("cannotRead", { path, reason: error.code ?? error.message }));
      });
      this.#originals.set(path, text);
    }
    return this.#originals.get(path);
  }
}
