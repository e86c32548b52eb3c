import type { SuggestedEdit } from "@eslint/core";
import { toneFindings, toneLanguage, type ToneFinding } from "@tactful/core";
import { citationText, type LexiconEntry, type ToneCategory } from "@tactful/policies";
import { frontMatterUsable } from "./message.js";
import { reportForEntry } from "./report.js";
import { describeRole } from "./roles.js";
import { docsUrl, sourcesOf, type TemplateRule } from "./rule.js";

/** What a finding of each category is called in a message. */
const CATEGORY_NAMES: Record<ToneCategory, string> = {
  threat: "Threat",
  abusive: "Abusive language",
  "false-legal": "False legal claim",
  "false-credit": "False credit claim",
  pressure: "Pressure tactic",
  "third-party-debt": "Debt disclosed to a third party",
  "misleading-marketing": "Misleading marketing",
};

export interface ToneRuleOptions {
  /** An organisation's own phrases for this category, checked like the pack's. */
  terms?: string[];
}

type MessageIds = "literal" | "composed" | "rendered" | "role" | "reword";

/**
 * A tone rule: the findings of one category from core's tone engine (literal text, each
 * output rendered with the template's example values, outputs of revealing roles), reported
 * at the words or the output, at the level the pack entry sets, citing the entry's source and
 * offering its compliant wording in place of the sentence (or of the clause, when the sentence
 * holds a variable, which stays).
 */
export function toneRule(name: string, category: ToneCategory, description: string): TemplateRule<{ RuleOptions: [ToneRuleOptions]; MessageIds: MessageIds }> {
  return {
    meta: {
      type: "problem",
      hasSuggestions: true,
      docs: {
        description,
        url: docsUrl(name),
        source: sourcesOf((pack) => pack.tone.lexicon.filter((entry) => entry.category === category)),
        recommended: "error",
        group: "tone",
      },
      messages: {
        literal: "{{ kind }}: “{{ matched }}”. {{ summary }} ({{ entry }}; {{ source }}).",
        composed: "{{ kind }}: “{{ matched }}” ({{ slots }}). {{ summary }} ({{ entry }}; {{ source }}).",
        rendered: "{{ kind }}: this output can render “{{ value }}” (from the template's examples or allowed values), which contains “{{ matched }}”. {{ summary }} ({{ entry }}; {{ source }}).",
        role: "{{ kind }}: `{{ variable }}` carries {{ what }} (role `{{ role }}`), which this audience must not be told. {{ summary }} ({{ entry }}; {{ source }}).",
        reword: "Reword: “{{ suggestion }}”",
      },
      schema: [
        {
          type: "object",
          additionalProperties: false,
          properties: {
            terms: { description: "Your organisation's own phrases for this category.", type: "array", items: { type: "string", minLength: 1 }, uniqueItems: true },
          },
        },
      ],
      defaultOptions: [{ terms: [] }],
      languages: ["tactful/template"],
    },
    create(context) {
      const { sourceCode } = context;
      const [options] = context.options;
      return {
        Template() {
          const pack = sourceCode.policy;
          if (!pack || !frontMatterUsable(sourceCode)) return;
          const { document } = sourceCode;
          const language = toneLanguage(document.meta.locale);
          const when = sharedWhen(pack.tone.lexicon.filter((entry) => entry.category === category && entry.language === language));
          const extra: LexiconEntry[] = (options.terms ?? []).length
            ? [
                {
                  id: "organisation",
                  summary: "A phrase your organisation does not allow.",
                  category,
                  language,
                  ...(when ? { when } : {}),
                  terms: options.terms,
                  negatable: false,
                  severity: "block",
                  sources: [],
                  confidence: "high",
                },
              ]
            : [];
          const findings = [...toneFindings(document), ...(extra.length ? toneFindings(document, extra) : [])].filter((finding) => finding.category === category);
          for (const finding of findings) report(finding);
        },
      };

      function report(finding: ToneFinding): void {
        const pack = sourceCode.policy!;
        const { entry } = finding;
        const source = entry.sources.length > 0 ? citationText(pack, entry.sources) : "your configuration";
        const common = { kind: CATEGORY_NAMES[category], summary: entry.summary, entry: entry.id, source };
        const loc = sourceCode.document.lines.locOf(finding.range);
        const suggest: Array<SuggestedEdit<"reword">> = [];
        if (finding.reword) {
          const { range, text } = finding.reword;
          suggest.push({ messageId: "reword", data: { suggestion: text }, fix: (fixer) => fixer.replaceTextRange(range, text) });
        }
        if (!finding.via && finding.slots) {
          const slots = finding.slots.map(({ slot, text }) => `${slot} “${text}”`).join(" + ");
          reportForEntry(context, { loc, messageId: "composed", data: { ...common, matched: finding.matched, slots }, suggest }, entry);
        } else if (!finding.via) {
          reportForEntry(context, { loc, messageId: "literal", data: { ...common, matched: finding.matched }, suggest }, entry);
        } else if ("value" in finding.via) {
          reportForEntry(context, { loc, messageId: "rendered", data: { ...common, matched: finding.matched, value: finding.via.value } }, entry);
        } else {
          const { variable, role } = finding.via;
          reportForEntry(context, { loc, messageId: "role", data: { ...common, variable, role, what: describeRole(role as Parameters<typeof describeRole>[0]) } }, entry);
        }
      }
    },
  };
}

/** The messages every pack entry of a category is limited to (a third-party audience): an organisation's own phrases for it apply there too. */
function sharedWhen(entries: readonly LexiconEntry[]): LexiconEntry["when"] {
  const [first, ...rest] = entries;
  const key = JSON.stringify(first?.when);
  return first?.when && rest.every((entry) => JSON.stringify(entry.when) === key) ? first.when : undefined;
}
