import type { SuggestedEdit } from "@eslint/core";
import { entrySummary, toneFindings, toneLanguage, type Catalog, type ToneFinding } from "@tactful/core";
import { citationText, type LexiconEntry, type ToneCategory } from "@tactful/policies";
import { frontMatterUsable } from "./message.js";
import { localeOf, reportForEntry, ruleMessages } from "./report.js";
import { describeRole } from "./roles.js";
import { docsUrl, sourcesOf, type TemplateRule, type TemplateRuleDocs } from "./rule.js";

/** What a finding of each category is called in a message. */
const CATEGORY_NAMES: Catalog<ToneCategory> = {
  threat: { en: "Threat", "zh-CN": "威胁", "zh-TW": "威脅" },
  abusive: { en: "Abusive language", "zh-CN": "辱骂", "zh-TW": "辱罵" },
  "false-legal": { en: "False legal claim", "zh-CN": "虚假法律后果", "zh-TW": "不實法律後果" },
  "false-credit": { en: "False credit claim", "zh-CN": "虚假征信说法", "zh-TW": "不實信用紀錄說法" },
  pressure: { en: "Pressure tactic", "zh-CN": "施压话术", "zh-TW": "施壓話術" },
  "third-party-debt": { en: "Debt disclosed to a third party", "zh-CN": "向第三方透露债务", "zh-TW": "向第三人透露債務" },
  "misleading-marketing": { en: "Misleading marketing", "zh-CN": "误导性营销", "zh-TW": "誤導性行銷" },
};

const MESSAGES = {
  literal: {
    en: "{{ kind }}: “{{ matched }}”.\n{{ summary }} Source: {{ source }} ({{ entry }}).",
    "zh-CN": "{{ kind }}：“{{ matched }}”。\n{{ summary }} 依据：{{ source }}（{{ entry }}）。",
    "zh-TW": "{{ kind }}：「{{ matched }}」。\n{{ summary }} 依據：{{ source }}（{{ entry }}）。",
  },
  composed: {
    en: "{{ kind }}: “{{ matched }}”.\nMatched {{ slots }}. {{ summary }} Source: {{ source }} ({{ entry }}).",
    "zh-CN": "{{ kind }}：“{{ matched }}”。\n匹配：{{ slots }}。{{ summary }} 依据：{{ source }}（{{ entry }}）。",
    "zh-TW": "{{ kind }}：「{{ matched }}」。\n比對：{{ slots }}。{{ summary }} 依據：{{ source }}（{{ entry }}）。",
  },
  learned: {
    en: "{{ kind }}, as a model reads it: “{{ matched }}”.\nA model trained on labelled messages weighed the words {{ evidence }}; a reviewer decides. {{ summary }} Source: {{ source }} ({{ entry }}).",
    "zh-CN": "模型读作{{ kind }}：“{{ matched }}”。\n依据已标注消息训练的模型，起作用的词为 {{ evidence }}；由审核人员判断。{{ summary }} 依据：{{ source }}（{{ entry }}）。",
    "zh-TW": "模型讀作{{ kind }}：「{{ matched }}」。\n依據已標註訊息訓練的模型，起作用的詞為 {{ evidence }}；由審核人員判斷。{{ summary }} 依據：{{ source }}（{{ entry }}）。",
  },
  rendered: {
    en: "{{ kind }}: this output can render “{{ value }}”, which contains “{{ matched }}”.\nThe value comes from the template's examples or allowed values. {{ summary }} Source: {{ source }} ({{ entry }}).",
    "zh-CN": "{{ kind }}：此处输出可能为“{{ value }}”，其中含有“{{ matched }}”。\n该值来自模板的示例或允许值。{{ summary }} 依据：{{ source }}（{{ entry }}）。",
    "zh-TW": "{{ kind }}：此處輸出可能為「{{ value }}」，其中含有「{{ matched }}」。\n該值來自範本的範例或允許值。{{ summary }} 依據：{{ source }}（{{ entry }}）。",
  },
  role: {
    en: "{{ kind }}: `{{ variable }}` carries {{ what }}, which this audience must not be told.\nRole `{{ role }}`. {{ summary }} Source: {{ source }} ({{ entry }}).",
    "zh-CN": "{{ kind }}：`{{ variable }}` 含有{{ what }}，不得告知此类收件人。\n角色 `{{ role }}`。{{ summary }} 依据：{{ source }}（{{ entry }}）。",
    "zh-TW": "{{ kind }}：`{{ variable }}` 含有{{ what }}，不得告知此類收件人。\n角色 `{{ role }}`。{{ summary }} 依據：{{ source }}（{{ entry }}）。",
  },
  reword: { en: "Reword: “{{ suggestion }}”", "zh-CN": "改写为：“{{ suggestion }}”", "zh-TW": "改寫為：「{{ suggestion }}」" },
} satisfies Catalog;

export interface ToneRuleOptions {
  /** An organisation's own phrases for this category, checked like the pack's. */
  terms?: string[];
}

type MessageIds = "literal" | "composed" | "learned" | "rendered" | "role" | "reword";

/**
 * A tone rule: the findings of one category from core's tone engine (literal text, each
 * output rendered with the template's example values, outputs of revealing roles), reported
 * at the words or the output, at the level the pack entry sets, citing the entry's source and
 * offering its compliant wording in place of the sentence (or of the clause, when the sentence
 * holds a variable, which stays).
 */
export function toneRule(name: string, category: ToneCategory, description: string, descriptions: TemplateRuleDocs["descriptions"]): TemplateRule<{ RuleOptions: [ToneRuleOptions]; MessageIds: MessageIds }> {
  return {
    meta: {
      type: "problem",
      hasSuggestions: true,
      docs: {
        description,
        descriptions,
        url: docsUrl(name),
        get source() {
          return sourcesOf((pack) => pack.tone.lexicon.filter((entry) => entry.category === category));
        },
        recommended: "error",
        group: "tone",
      },
      messages: ruleMessages(MESSAGES),
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
      const locale = localeOf(context);
      return {
        Template() {
          const pack = sourceCode.policy;
          if (!pack || !frontMatterUsable(sourceCode)) return;
          const { document } = sourceCode;
          const language = toneLanguage(document.meta.locale, pack);
          // valid-front-matter reports a locale the pack has no language for.
          if (!language) return;
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
        const common = { kind: CATEGORY_NAMES[category][locale], summary: entrySummary(entry, locale), entry: entry.id, source };
        const loc = sourceCode.document.lines.locOf(finding.range);
        const suggest: Array<SuggestedEdit<"reword">> = [];
        if (finding.reword) {
          const { range, text } = finding.reword;
          suggest.push({ messageId: "reword", data: { suggestion: text }, fix: (fixer) => fixer.replaceTextRange(range, text) });
        }
        if (!finding.via && entry.model && finding.slots) {
          const evidence = finding.slots.map(({ text }) => `“${text}”`).join(locale === "en" ? ", " : "、");
          reportForEntry(context, { loc, messageId: "learned", data: { ...common, matched: shortened(finding.matched), evidence }, suggest }, entry);
        } else if (!finding.via && finding.slots) {
          const slots = finding.slots.map(({ slot, text }) => `${slot} “${text}”`).join(" + ");
          reportForEntry(context, { loc, messageId: "composed", data: { ...common, matched: finding.matched, slots }, suggest }, entry);
        } else if (!finding.via) {
          reportForEntry(context, { loc, messageId: "literal", data: { ...common, matched: finding.matched }, suggest }, entry);
        } else if ("value" in finding.via) {
          reportForEntry(context, { loc, messageId: "rendered", data: { ...common, matched: finding.matched, value: finding.via.value } }, entry);
        } else {
          const { variable, role } = finding.via;
          reportForEntry(context, { loc, messageId: "role", data: { ...common, variable, role, what: describeRole(role as Parameters<typeof describeRole>[0], locale) } }, entry);
        }
      }
    },
  };
}

/** How much of a model's match the first line quotes: it spans from its first named word to its last, which can be most of a sentence. */
const MAX_QUOTE = 60;

function shortened(text: string): string {
  const characters = [...text];
  return characters.length <= MAX_QUOTE ? text : `${characters.slice(0, MAX_QUOTE - 1).join("").trimEnd()}…`;
}

/** The messages every pack entry of a category is limited to (a third-party audience): an organisation's own phrases for it apply there too. */
function sharedWhen(entries: readonly LexiconEntry[]): LexiconEntry["when"] {
  const [first, ...rest] = entries;
  const key = JSON.stringify(first?.when);
  return first?.when && rest.every((entry) => JSON.stringify(entry.when) === key) ? first.when : undefined;
}
