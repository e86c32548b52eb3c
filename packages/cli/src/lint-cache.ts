import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { dirname } from "node:path";
import type { ESLint, Linter } from "eslint";
import type { CommentNode } from "@tactful/core";
import { writeFileAtomic } from "./write.js";

/** What a run keeps of a template (see `LintedTemplate` in lint.ts). */
export interface TemplateSummary {
  locale: string | undefined;
  comments: readonly CommentNode[];
}

/** A file's lint result as the cache keeps it: everything but its path (and the text, which was read again). */
export type CachedResult = Omit<ESLint.LintResult, "filePath" | "source" | "output" | "stats">;

interface Entry {
  /** Digest of the run's key and the text's SHA-256: anything else that decided the result. */
  key: string;
  summary: TemplateSummary;
  result: CachedResult;
}

/** Marks the file as this cache's, in this layout; any other file at the location is replaced. */
const FORMAT = "tactful-lint-cache/1";

/**
 * What `--cache` keeps of each template between runs, by its path: its lint result and its
 * summary (locale and comments), with the key they were made under. The key digests everything
 * a result depends on, which the caller gives as the run's key (the plugin's version with the
 * packs and code, ESLint's, the configuration as resolved for the file, the language of the
 * findings, the library's namesakes, `--fix`, `--no-library`), and the SHA-256 of the text as
 * read: a template whose text or key changed is linted again, never served from here. An
 * unreadable or foreign file is ignored and replaced.
 */
export class LintCache {
  /** Paths this run looked up. */
  private readonly seen = new Set<string>();
  private changed = false;

  private constructor(
    private readonly file: string,
    private readonly entries: Map<string, Entry>,
  ) {}

  /** The cache kept in `file`, from what was stored there (anything not this cache's is ignored, and replaced when the run ends). */
  static of(file: string, stored: unknown): LintCache {
    const entries = new Map<string, Entry>();
    const ours = isRecord(stored) && stored["format"] === FORMAT && isRecord(stored["entries"]);
    let foreign = !ours;
    if (ours) {
      for (const [path, entry] of Object.entries(stored["entries"] as Record<string, unknown>)) {
        if (isEntry(entry)) entries.set(path, entry);
        else foreign = true;
      }
    }
    const cache = new LintCache(file, entries);
    cache.changed = foreign;
    return cache;
  }

  /** The key of a text with this SHA-256 linted under this run key. */
  static key(runKey: string, sha256: string): string {
    return createHash("sha256").update(`${runKey}\u0000${sha256}`).digest("hex");
  }

  /** The last run's result and summary of a file, if they were made under this key (any other is dropped). */
  get(path: string, key: string): { summary: TemplateSummary; result: CachedResult } | undefined {
    this.seen.add(path);
    const entry = this.entries.get(path);
    if (entry?.key === key) return entry;
    if (entry) this.changed = this.entries.delete(path);
    return undefined;
  }

  set(path: string, key: string, summary: TemplateSummary, { filePath: _path, source: _source, output: _output, stats: _stats, ...result }: ESLint.LintResult): void {
    this.seen.add(path);
    this.entries.set(path, { key, summary, result });
    this.changed = true;
  }

  /**
   * Writes the entries, when they changed: this run's, and those of templates it did not lint
   * that still exist (a hook that lints the staged files keeps the rest of the library's). A
   * cache that cannot be written only costs the next run time.
   */
  async save(): Promise<void> {
    for (const path of this.entries.keys()) if (!this.seen.has(path) && !existsSync(path)) this.changed = this.entries.delete(path);
    if (!this.changed) return;
    // Never through a link out of the cache's directory.
    await writeFileAtomic(this.file, JSON.stringify({ format: FORMAT, entries: Object.fromEntries(this.entries) }), { within: dirname(this.file) }).catch(() => undefined);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const isCount = (value: unknown): boolean => Number.isInteger(value) && (value as number) >= 0;

const isPosition = (value: unknown): boolean => isRecord(value) && Number.isInteger(value["line"]) && Number.isInteger(value["column"]);

function isComment(value: unknown): value is CommentNode {
  if (!isRecord(value) || value["type"] !== "Comment" || typeof value["value"] !== "string") return false;
  const { range, loc } = value;
  return Array.isArray(range) && range.length === 2 && range.every(Number.isInteger) && isRecord(loc) && isPosition(loc["start"]) && isPosition(loc["end"]);
}

function isSummary(value: unknown): value is TemplateSummary {
  return isRecord(value) && (value["locale"] === undefined || typeof value["locale"] === "string") && Array.isArray(value["comments"]) && value["comments"].every(isComment);
}

function isMessage(value: unknown): value is Linter.LintMessage {
  return isRecord(value) && (value["severity"] === 1 || value["severity"] === 2) && typeof value["message"] === "string" && isPosition(value);
}

function isResult(value: unknown): value is CachedResult {
  if (!isRecord(value) || !Array.isArray(value["messages"]) || !Array.isArray(value["suppressedMessages"]) || !Array.isArray(value["usedDeprecatedRules"])) return false;
  const counts = ["errorCount", "fatalErrorCount", "warningCount", "fixableErrorCount", "fixableWarningCount"];
  return counts.every((count) => isCount(value[count])) && value["messages"].every(isMessage) && value["suppressedMessages"].every(isMessage);
}

function isEntry(value: unknown): value is Entry {
  return isRecord(value) && typeof value["key"] === "string" && isSummary(value["summary"]) && isResult(value["result"]);
}
