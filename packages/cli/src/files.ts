import { readFile, stat } from "node:fs/promises";
import { resolve } from "node:path";
import { glob } from "tinyglobby";
import { DEFAULT_PARSE_LIMITS, tooLargeMessage } from "@tactful/core";

/** The suffix the tools recognise as a template. */
export const TEMPLATE_SUFFIX = ".msg.njk";

export interface FileSelection {
  files: string[];
  /** Paths given on the command line that do not exist. */
  missing: string[];
}

/** Expands paths into template files: directories are searched for `*.msg.njk`, files are taken as given. */
export async function findTemplates(paths: readonly string[], cwd: string): Promise<FileSelection> {
  const files = new Set<string>();
  const missing: string[] = [];
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    const info = await stat(absolute).catch(() => null);
    if (!info) {
      missing.push(path);
    } else if (info.isDirectory()) {
      const found = await glob(`**/*${TEMPLATE_SUFFIX}`, { cwd: absolute, absolute: true, ignore: ["**/node_modules/**", "**/.git/**"] });
      for (const file of found) files.add(resolve(file));
    } else {
      files.add(absolute);
    }
  }
  return { files: [...files].sort(), missing };
}

export type ReadResult = { text: string } | { error: string; line: number; column: number };

/**
 * Reads a file as UTF-8. Invalid UTF-8 is reported at its first bad byte rather than
 * decoded into replacement characters, so a corrupted file is never linted as if it were fine.
 */
export async function readTemplate(file: string): Promise<ReadResult> {
  let bytes: Buffer;
  try {
    // A file over the size limit is refused unread: it could be gigabytes.
    const { size } = await stat(file);
    if (size > DEFAULT_PARSE_LIMITS.maxBytes) return { error: tooLargeMessage(size, DEFAULT_PARSE_LIMITS.maxBytes), line: 1, column: 1 };
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "EACCES" ? "permission denied" : code === "EISDIR" ? "it is a directory" : code ?? String(error);
    return { error: `cannot read the file: ${reason}`, line: 1, column: 1 };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const before = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes.subarray(0, bad));
    const lines = before.split(/\r\n|\r|\n/);
    return { error: `the file is not valid UTF-8 (byte ${bad})`, line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
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
