import { entrySummary, normalize, toneLanguage, wordingDescription, type Catalog, type Normalized } from "@tactful/core";
import { citationText, type Channel, type RateDisclosure, type Wording } from "@tactful/policies";
import { applicable, LIMIT_MESSAGE, matchAllWordings, messagePaths, outputsRole, textRangeOnPath } from "../util/message.js";
import { localeOf, reportForEntry, ruleMessages } from "../util/report.js";
import { anyOf, describeWordings, phrase } from "../util/roles.js";
import { docsUrl, policyVisitor, sourcesOf, type TemplateRule } from "../util/rule.js";
import { rangeKey, spanOnPath } from "../util/text-edit.js";

const MESSAGES = {
  missing: {
    en: "`{{ trigger }}` mentions pricing ({{ what }}) but the message shows no annualized rate.\nAccepted: {{ accepted }}{{ roles }}. {{ summary }} Source: {{ source }} ({{ entry }}).",
    "zh-CN": "“{{ trigger }}”涉及价格（{{ what }}），但消息中没有展示年化利率。\n可接受的写法：{{ accepted }}{{ roles }}。{{ summary }} 依据：{{ source }}（{{ entry }}）。",
    "zh-TW": "「{{ trigger }}」涉及價格（{{ what }}），但訊息中沒有揭露年化利率。\n可接受的寫法：{{ accepted }}{{ roles }}。{{ summary }} 依據：{{ source }}（{{ entry }}）。",
  },
  tooComplex: LIMIT_MESSAGE,
} satisfies Catalog;

type Found = { wording: Wording; index: number; length: number };

/**
 * The first of the wordings in a message, as written or as the tone normaliser reads it (低 息
 * as 低息, 利 率 as 利率), placed in the text as written.
 */
function firstWording(wordings: readonly Wording[], text: string, normalized: Normalized, channel: Channel | undefined): Found | undefined {
  const [written] = matchAllWordings(wordings, text, channel);
  const [read] = matchAllWordings(wordings, normalized.cased, channel);
  const mapped = read && { wording: read.wording, index: normalized.starts[read.index]!, length: normalized.ends[read.index + read.length - 1]! - normalized.starts[read.index]! };
  return written && (!mapped || written.index <= mapped.index) ? written : mapped;
}

/**
 * How far a rate's figure may stand from its name, in columns (a Han character takes two): after
 * the name, in the same clause ("APR as low as 5.99%", 年化利率（单利）最低7.2%); before it, only a
 * word or two ("29.9% variable APR", 0%實際年利率), so that a monthly rate ending the words before
 * is not taken for the annual one (月平息0.15%（實際年利率詳見App）).
 */
const REACH_AFTER = 20;
const REACH_BEFORE = 10;
const CLAUSE_END = /[,;.!?\n，；。．！？、]/u;
const WORDS_ONLY = /^[\p{L}\p{M}\s]*$/u;
const WIDE = /[\p{Script=Han}\u3000-\u30ff\uff00-\uffef]/u;

function columns(text: string): number {
  let width = 0;
  for (const character of text) width += WIDE.test(character) ? 2 : 1;
  return width;
}

/** Whether an accepted wording is in a text: with the entry's `figures`, a name of the annual rate standing with its figure. */
function rateShown(entry: RateDisclosure, text: string, channel: Channel | undefined): boolean {
  const names = matchAllWordings(entry.accepted, text, channel);
  if (names.length === 0 || !entry.figures) return names.length > 0;
  const figures = matchAllWordings(entry.figures, text, channel);
  return names.some((name) =>
    figures.some((figure) => {
      const nameEnd = name.index + name.length;
      const figureEnd = figure.index + figure.length;
      if (figure.index >= nameEnd) {
        const gap = text.slice(nameEnd, figure.index);
        return columns(gap) <= REACH_AFTER && !CLAUSE_END.test(gap);
      }
      if (figureEnd <= name.index) {
        const gap = text.slice(figureEnd, name.index);
        return columns(gap) <= REACH_BEFORE && WORDS_ONLY.test(gap);
      }
      return true;
    }),
  );
}

const rule: TemplateRule<{ RuleOptions: []; MessageIds: "missing" | "tooComplex" }> = {
  meta: {
    type: "problem",
    docs: {
      description: "Loan marketing that mentions a rate, fee or instalment shows the annualized rate / APR",
      descriptions: { "zh-CN": "提及利率、费用或分期金额的贷款营销信息须展示年化利率（APR）", "zh-TW": "提及利率、費用或分期金額的貸款行銷訊息須揭露年化利率（APR）" },
      url: docsUrl("apr-disclosure"),
      get source() {
        return sourcesOf((pack) => pack.rateDisclosure);
      },
      recommended: "error",
      group: "disclosure",
    },
    messages: ruleMessages(MESSAGES),
    schema: [],
    languages: ["tactful/template"],
  },
  create(context) {
    const { sourceCode } = context;
    return policyVisitor(sourceCode, (pack) => {
      const channel = sourceCode.applicability.channel;
      const { paths, limit } = messagePaths(sourceCode);
      // Folded as the tone rules read the locale; a locale no language of the pack reads is reported by valid-front-matter.
      const language = toneLanguage(sourceCode.document.meta.locale, pack) ?? "en";
      const locale = localeOf(context);
      for (const entry of applicable(sourceCode, pack.rateDisclosure)) {
        if (limit) {
          context.report({ loc: limit.loc, messageId: "tooComplex" });
          return;
        }
        const roles = entry.roles ?? [];
        const reported = new Set<string>();
        for (const path of paths) {
          const normalized = normalize(path.text, { language });
          const trigger = firstWording(entry.triggers, path.text, normalized, channel);
          if (!trigger) continue;
          if (rateShown(entry, path.text, channel) || rateShown(entry, normalized.cased, channel) || roles.some((role) => outputsRole(sourceCode, path, role))) continue;
          // Help negotiating debts already owed sells no credit, unless the message offers credit too.
          if (entry.debtHelp && firstWording(entry.debtHelp, path.text, normalized, channel) && !firstWording(entry.creditOffer ?? [], path.text, normalized, channel)) continue;
          const range = textRangeOnPath(sourceCode, path, trigger.index, trigger.length) ?? spanOnPath(sourceCode, path, trigger.index, trigger.length);
          if (reported.has(rangeKey(range))) continue;
          reported.add(rangeKey(range));
          const data = {
            trigger: path.text.slice(trigger.index, trigger.index + trigger.length),
            what: wordingDescription(trigger.wording, locale) ?? phrase("pricingTerm", locale),
            entry: entry.id,
            accepted: describeWordings(entry.accepted, locale),
            roles: roles.length > 0 ? phrase("noOutputWithRole", locale, { roles: anyOf(roles.map((role) => `\`${role}\``), locale) }) : "",
            summary: entrySummary(entry, locale),
            source: citationText(pack, entry.sources),
          };
          reportForEntry(context, { loc: sourceCode.document.lines.locOf(range), messageId: "missing", data }, entry);
        }
      }
    });
  },
};

export default rule;
