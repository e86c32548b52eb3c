import type { RuleTextEditor } from "@eslint/core";
import type { Range } from "@tactful/core";
import { citationText } from "@tactful/policies";
import { applicable, frontMatterUsable, LIMIT_MESSAGE, matchAllWordings, messagePaths, textRangeOnPath } from "../util/message.js";
import { reportForEntry } from "../util/report.js";
import { docsUrl, sourcesOf, type TemplateRule } from "../util/rule.js";
import { rangeKey, spanOnPath } from "../util/text-edit.js";

/**
 * The range a removal takes out: the wording, plus the blank space before it when nothing but
 * blank space or the end of a line follows (so no dangling space is left behind).
 */
function removalRange(text: string, [start, end]: Range): Range {
  let from = start;
  if (end >= text.length || /[\s]/u.test(text[end]!)) {
    while (from > 0 && (text[from - 1] === " " || text[from - 1] === "\t")) from--;
  }
  return [from, end];
}

const rule: TemplateRule<{ RuleOptions: []; MessageIds: "forbidden" | "remove" | "tooComplex" }> = {
  meta: {
    type: "problem",
    hasSuggestions: true,
    docs: {
      description: "Service messages do not carry the marketing refusal keyword that blocks every later message from the signature",
      url: docsUrl("no-marketing-opt-out-in-service"),
      source: sourcesOf((pack) => pack.serviceOptOut),
      recommended: "warn",
      group: "opt-out",
    },
    messages: {
      forbidden:
        "`{{ text }}` is the marketing opt-out, and this is a {{ category }} message: a reply would put the recipient on the signature's refusal list and block later notices they need. {{ instead }}{{ entry }}: {{ summary }} Source: {{ source }}.",
      remove: "Remove `{{ text }}`.",
      tooComplex: LIMIT_MESSAGE,
    },
    schema: [],
    languages: ["tactful/template"],
  },
  create(context) {
    const { sourceCode } = context;
    return {
      Template() {
        if (!frontMatterUsable(sourceCode)) return;
        const pack = sourceCode.policy;
        if (!pack) return;
        const channel = sourceCode.applicability.channel;
        const { paths, limit } = messagePaths(sourceCode);
        for (const entry of applicable(sourceCode, pack.serviceOptOut)) {
          if (limit) {
            context.report({ loc: limit.loc, messageId: "tooComplex", data: { what: "no way through it carries the marketing opt-out" } });
            return;
          }
          const reported = new Set<string>();
          for (const path of paths) {
            for (const match of matchAllWordings(entry.forbidden, path.text, channel)) {
              // Removable only when the wording lies in one stretch of literal text (not across a tag or an output).
              const literal = textRangeOnPath(sourceCode, path, match.index, match.length);
              const range = literal ?? spanOnPath(sourceCode, path, match.index, match.length);
              if (reported.has(rangeKey(range))) continue;
              reported.add(rangeKey(range));
              const text = path.text.slice(match.index, match.index + match.length);
              const data = {
                text,
                category: sourceCode.applicability.category ?? "service",
                instead: entry.instead ? `Write instead: ${entry.instead} ` : "",
                entry: entry.id,
                summary: entry.summary,
                source: citationText(pack, entry.sources),
              };
              const removal = literal ? removalRange(sourceCode.text, literal) : null;
              const suggest = removal ? [{ messageId: "remove" as const, data: { text }, fix: (fixer: RuleTextEditor) => fixer.removeRange(removal) }] : [];
              reportForEntry(context, { loc: sourceCode.document.lines.locOf(range), messageId: "forbidden", data, suggest }, entry);
            }
          }
        }
      },
    };
  },
};

export default rule;
