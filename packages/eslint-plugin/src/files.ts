import { createHash } from "node:crypto";
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync, type Stats } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import { isAbsolute, join, relative, resolve } from "node:path";
import { DEFAULT_PARSE_LIMITS, FILE_KIND_MESSAGES, fileKind, formatSize, tooLargeMessage, translator, type Catalog, type Locale, type MessageData } from "@tactful/core";

/**
 * How the tools read a project's files, the CLI and the editor alike: only regular files, never
 * more than a limit, and never through a symbolic link that leaves the project unless asked to.
 * A `stat` size is not trusted (`/dev/zero` and files under `/proc` report 0): at most the limit
 * plus one byte is read from the open descriptor.
 */

/** The suffix the tools recognise as a template. */
export const TEMPLATE_SUFFIX = ".msg.njk";

/** Never searched for templates: dependencies, git's own files, and hidden directories. */
const SKIPPED = (name: string): boolean => name === "node_modules" || name.startsWith(".");

/** Why a file is not read, by id: the CLI and the editor show these on the file. */
export const FILE_MESSAGES = {
  ...FILE_KIND_MESSAGES,
  missing: { en: "cannot read the file: it does not exist", "zh-CN": "无法读取文件：文件不存在", "zh-TW": "無法讀取檔案：檔案不存在" },
  denied: { en: "cannot read the file: permission denied", "zh-CN": "无法读取文件：没有权限", "zh-TW": "無法讀取檔案：沒有權限" },
  notRegular: { en: "cannot read the file: it is {kind}, not a regular file", "zh-CN": "无法读取文件：它是{kind}，不是普通文件", "zh-TW": "無法讀取檔案：它是{kind}，不是一般檔案" },
  leaves: {
    en: "not read: it leads to {target}, outside the project, through a symbolic link (--follow-symlinks allows it)",
    "zh-CN": "未读取：它通过符号链接指向项目之外的 {target}（--follow-symlinks 可允许读取）",
    "zh-TW": "未讀取：它透過符號連結指向專案之外的 {target}（--follow-symlinks 可允許讀取）",
  },
  grew: { en: "the file is larger than {limit}; the limit is {limit}", "zh-CN": "文件超过 {limit}；上限为 {limit}", "zh-TW": "檔案超過 {limit}；上限為 {limit}" },
  changed: { en: "the file changed while it was being read", "zh-CN": "读取过程中文件被修改", "zh-TW": "讀取過程中檔案被修改" },
  invalidUtf8: { en: "the file is not valid UTF-8 (byte {byte})", "zh-CN": "文件不是有效的 UTF-8（第 {byte} 字节）", "zh-TW": "檔案不是有效的 UTF-8（第 {byte} 位元組）" },
  failed: { en: "cannot read the file: {code}", "zh-CN": "无法读取文件：{code}", "zh-TW": "無法讀取檔案：{code}" },
} as const satisfies Catalog;

type Say = (id: keyof typeof FILE_MESSAGES, data?: MessageData) => string;

/** What identifies the content of a file as read: a later read with the same fingerprint saw the same file. */
export interface Fingerprint {
  dev: number;
  ino: number;
  size: number;
  mtimeMs: number;
  sha256: string;
}

export function sameFingerprint(a: Fingerprint, b: Fingerprint): boolean {
  return a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs && a.sha256 === b.sha256;
}

export type BytesRead = { bytes: Buffer; fingerprint: Fingerprint } | { error: string };

/** A read template: its text, or why it cannot be read, positioned for a finding. */
export type TemplateRead = { text: string; fingerprint: Fingerprint } | { error: string; line: number; column: number };

export interface ProjectOptions {
  /** Follow symbolic links wherever they lead (`--follow-symlinks`). */
  followSymlinks?: boolean;
  /** The language of the reasons a file is not read; English by default. */
  locale?: Locale;
}

function kindOf(info: Stats, say: Say): string {
  return say(fileKind(info));
}

function reasonOf(error: unknown, say: Say): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT" || code === "ENOTDIR") return say("missing");
  if (code === "EACCES" || code === "EPERM") return say("denied");
  // O_NOFOLLOW met a link that was not there a moment ago.
  if (code === "ELOOP") return say("changed");
  return say("failed", { code: code ?? (error instanceof Error ? error.message : String(error)) });
}

/** Whether `path` is `root` or inside it (both absolute and resolved). */
export function isInside(root: string, path: string): boolean {
  const inside = relative(root, path);
  return inside === "" || (!inside.startsWith("..") && !isAbsolute(inside));
}

/** A project: the directories whose files the tools may read, and how. */
export class ProjectFiles {
  private constructor(
    /** Real paths of the project's directories. */
    readonly roots: readonly string[],
    private readonly followSymlinks: boolean,
    private readonly locale: Locale,
  ) {}

  static async open(roots: readonly string[], { followSymlinks = false, locale = "en" }: ProjectOptions = {}): Promise<ProjectFiles> {
    const real = await Promise.all(roots.map((root) => realpath(resolve(root)).catch(() => resolve(root))));
    return new ProjectFiles([...new Set(real)], followSymlinks, locale);
  }

  /** Whether a real path may be read: inside the project, or anywhere when links are followed. */
  allows(realPath: string): boolean {
    return this.followSymlinks || this.roots.some((root) => isInside(root, realPath));
  }

  /**
   * Reads at most `maxBytes` of a regular file inside the project. The file is opened without
   * following a last link (its real path was checked) and without blocking (a FIFO would wait
   * for a writer), and checked again on the open descriptor. The calls are synchronous: a
   * template is small and its pages are usually cached, and six round trips through the thread
   * pool cost a run of thousands more time than the reads themselves.
   */
  async readBytes(file: string, maxBytes: number): Promise<BytesRead> {
    const say = translator(FILE_MESSAGES, this.locale);
    try {
      const path = resolve(file);
      const link = lstatSync(path);
      if (!link.isSymbolicLink() && !link.isFile()) return { error: say("notRegular", { kind: kindOf(link, say) }) };
      const target = realpathSync.native(path);
      if (!this.allows(target)) return { error: say("leaves", { target }) };
      const descriptor = openSync(target, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0));
      try {
        const info = fstatSync(descriptor);
        if (!info.isFile()) return { error: say("notRegular", { kind: kindOf(info, say) }) };
        // Refused unread when it says it is too large; read with a bound when it says it is not.
        if (info.size > maxBytes) return { error: tooLargeMessage(info.size, maxBytes, this.locale) };
        const chunks: Buffer[] = [];
        let total = 0;
        for (let want = info.size + 1; ; want = Math.min(1 << 16, maxBytes + 1 - total)) {
          const chunk = Buffer.allocUnsafe(want);
          const bytesRead = readSync(descriptor, chunk, 0, want, null);
          if (bytesRead === 0) break;
          chunks.push(chunk.subarray(0, bytesRead));
          total += bytesRead;
          if (total > maxBytes) return { error: say("grew", { limit: formatSize(maxBytes) }) };
        }
        const bytes = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
        const sha256 = createHash("sha256").update(bytes).digest("hex");
        return { bytes, fingerprint: { dev: info.dev, ino: info.ino, size: info.size, mtimeMs: info.mtimeMs, sha256 } };
      } finally {
        closeSync(descriptor);
      }
    } catch (error) {
      return { error: reasonOf(error, say) };
    }
  }

  /**
   * Reads a template as UTF-8, within the parser's size limit. Invalid UTF-8 is reported at its
   * first bad byte rather than decoded into replacement characters, so a corrupted file is never
   * linted as if it were fine.
   */
  async read(file: string): Promise<TemplateRead> {
    const read = await this.readBytes(file, DEFAULT_PARSE_LIMITS.maxBytes);
    if ("error" in read) return { error: read.error, line: 1, column: 1 };
    const { bytes, fingerprint } = read;
    try {
      return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes), fingerprint };
    } catch {
      const bad = firstInvalidUtf8(bytes);
      const before = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes.subarray(0, bad));
      const lines = before.split(/\r\n|\r|\n/);
      return { error: translator(FILE_MESSAGES, this.locale)("invalidUtf8", { byte: bad }), line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
    }
  }

  /**
   * The templates under a directory, each file once: directories are walked by real path (a
   * link loop is visited once), and a file reached by two paths is listed under the first. A
   * directory that leaves the project is not entered but listed, so that reading it reports why.
   */
  async find(directory: string): Promise<string[]> {
    const found = new Map<string, string>();
    const visited = new Set<string>();
    const queue = [resolve(directory)];
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      const real = await realpath(next).catch(() => undefined);
      if (real === undefined || visited.has(real)) continue;
      visited.add(real);
      if (!this.allows(real)) {
        found.set(next, next);
        continue;
      }
      const entries = await readdir(next, { withFileTypes: true }).catch(() => []);
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const entry of entries) {
        if (SKIPPED(entry.name)) continue;
        const path = join(next, entry.name);
        const linked = entry.isSymbolicLink() ? await stat(path).catch(() => undefined) : undefined;
        if (entry.isDirectory() || linked?.isDirectory()) {
          queue.push(path);
          continue;
        }
        if (!entry.name.endsWith(TEMPLATE_SUFFIX)) continue;
        const key = entry.isSymbolicLink() ? await realpath(path).catch(() => path) : join(real, entry.name);
        if (!found.has(key)) found.set(key, path);
      }
    }
    return [...found.values()].sort();
  }
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  // Streaming validity is monotonic (an unfinished sequence at the end is still valid), so
  // the longest valid prefix can be found by bisection.
  const validPrefix = (length: number): boolean => {
    try {
      new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes.subarray(0, length), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (validPrefix(mid)) low = mid;
    else high = mid - 1;
  }
  return Math.min(low, Math.max(bytes.length - 1, 0));
}
