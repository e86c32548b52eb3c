import { dirname } from "node:path";
import type { CommentNode } from "@tactful/core";
import plugin from "@tactful/eslint-plugin";
import type { ProjectFiles } from "@tactful/eslint-plugin/files";
import { writeFileAtomic } from "./write.js";

/** What a run keeps of a template (see `LintedTemplate` in lint.ts). */
export interface TemplateSummary {
  locale: string | undefined;
  comments: readonly CommentNode[];
}

/**
 * What `--cache` keeps of each template beside ESLint's cache (in `<cache file>.templates`): its
 * locale and comments, by the SHA-256 of its text. ESLint does not lint an unchanged template
 * again, and with this the run does not parse it either. The plugin's version (which changes
 * with its code and the policy packs) is part of the file: another version's summaries are not
 * used. An unreadable or foreign file is ignored and replaced.
 */
export class SummaryCache {
  private readonly kept = new Map<string, TemplateSummary>();

  private constructor(
    private readonly file: string,
    private readonly before: ReadonlyMap<string, TemplateSummary>,
  ) {}

  static async open(cacheFile: string, project: ProjectFiles, maxBytes: number): Promise<SummaryCache> {
    const file = `${cacheFile}.templates`;
    const read = await project.readBytes(file, maxBytes);
    const before = new Map<string, TemplateSummary>();
    if ("bytes" in read) {
      try {
        const stored = JSON.parse(read.bytes.toString("utf8")) as { version?: unknown; templates?: unknown };
        if (stored.version === plugin.meta.version && isRecord(stored.templates)) {
          for (const [sha256, summary] of Object.entries(stored.templates)) if (isSummary(summary)) before.set(sha256, summary);
        }
      } catch {
        // Not a summary cache: it is replaced when the run ends.
      }
    }
    return new SummaryCache(file, before);
  }

  /** The summary of a text with this SHA-256 from the last run, kept for the next. */
  get(sha256: string): TemplateSummary | undefined {
    const summary = this.before.get(sha256);
    if (summary) this.kept.set(sha256, summary);
    return summary;
  }

  set(sha256: string, summary: TemplateSummary): void {
    this.kept.set(sha256, summary);
  }

  /** Writes the summaries of this run's templates; a cache that cannot be written only costs the next run time. */
  async save(): Promise<void> {
    const templates = Object.fromEntries(this.kept);
    // Never through a link out of the cache's directory.
    await writeFileAtomic(this.file, JSON.stringify({ version: plugin.meta.version, templates }), { within: dirname(this.file) }).catch(() => undefined);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const isPosition = (value: unknown): boolean => isRecord(value) && Number.isInteger(value["line"]) && Number.isInteger(value["column"]);

function isComment(value: unknown): value is CommentNode {
  if (!isRecord(value) || value["type"] !== "Comment" || typeof value["value"] !== "string") return false;
  const { range, loc } = value;
  return Array.isArray(range) && range.length === 2 && range.every(Number.isInteger) && isRecord(loc) && isPosition(loc["start"]) && isPosition(loc["end"]);
}

function isSummary(value: unknown): value is TemplateSummary {
  return isRecord(value) && (value["locale"] === undefined || typeof value["locale"] === "string") && Array.isArray(value["comments"]) && value["comments"].every(isComment);
}
