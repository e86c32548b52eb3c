import { citationText } from "@tactful/policies";
import { applicable, frontMatterUsable, LIMIT_MESSAGE, matchAllWordings, matchWording, messagePaths, outputsRole, textRangeOnPath } from "../util/message.js";
import { reportForEntry } from "../util/report.js";
import { docsUrl, sourcesOf, type TemplateRule } from "../util/rule.js";
import { rangeKey, spanOnPath } from "../util/text-edit.js";

const rule: TemplateRule<{ RuleOptions: []; MessageIds: "missing" | "tooComplex" }> = {
  meta: {
    type: "problem",
    docs: {
      description: "Loan marketing that mentions a rate, fee or instalment shows the annualized rate / APR",
      url: docsUrl("apr-disclosure"),
      source: sourcesOf((pack) => pack.rateDisclosure),
      recommended: "error",
      group: "disclosure",
    },
    messages: {
      missing:
        "`{{ trigger }}` ({{ what }}) needs the annualized rate on the same message, but {{ where }} shows none: no wording {{ entry }} accepts ({{ accepted }}){{ roles }}. {{ summary }} Source: {{ source }}.",
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
        const branched = paths.length > 1;
        for (const entry of applicable(sourceCode, pack.rateDisclosure)) {
          if (limit) {
            context.report({ loc: limit.loc, messageId: "tooComplex", data: { what: "every way through it that mentions a rate or fee shows the annualized rate" } });
            return;
          }
          const roles = entry.roles ?? [];
          const reported = new Set<string>();
          for (const path of paths) {
            const [trigger] = matchAllWordings(entry.triggers, path.text, channel);
            if (!trigger) continue;
            if (matchWording(entry.accepted, path.text, channel) || roles.some((role) => outputsRole(sourceCode, path, role))) continue;
            const range = textRangeOnPath(sourceCode, path, trigger.index, trigger.length) ?? spanOnPath(sourceCode, path, trigger.index, trigger.length);
            if (reported.has(rangeKey(range))) continue;
            reported.add(rangeKey(range));
            const data = {
              trigger: path.text.slice(trigger.index, trigger.index + trigger.length),
              what: trigger.wording.description ?? "a pricing term",
              where: branched ? "a way through this message" : "the message",
              entry: entry.id,
              accepted: entry.accepted.map((wording) => wording.description ?? `/${wording.pattern}/`).join(", "),
              roles: roles.length > 0 ? ` and no output of a variable with role ${roles.map((role) => `\`${role}\``).join(" or ")}` : "",
              summary: entry.summary,
              source: citationText(pack, entry.sources),
            };
            reportForEntry(context, { loc: sourceCode.document.lines.locOf(range), messageId: "missing", data }, entry);
          }
        }
      },
    };
  },
};

export default rule;
