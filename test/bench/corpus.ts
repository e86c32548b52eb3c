import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { Converter } from "opencc-js/cn2t";
import { Random } from "./random.js";
import { KINDS, type Draft, type Language } from "./template-kinds.js";

/**
 * The benchmark corpus: N templates across locales (zh-CN, zh-TW, en-US), channels and
 * categories, the same for a given N and seed on every machine. About a third carry findings
 * of one to three rules, most of them tone findings, the way a library under review does.
 */

export type Locale = "zh-CN" | "zh-TW" | "en-US";

export interface CorpusTemplate {
  /** Relative to the corpus directory. */
  path: string;
  locale: Locale;
  channel: Draft["channel"];
  category: Draft["category"];
  /** The rules whose findings were put in (empty for a clean template). */
  expected: string[];
  text: string;
  /** What a prose linter reads: subject or title, then the body. */
  prose: string;
}

const LOCALES: ReadonlyArray<readonly [Locale, number]> = [
  ["zh-CN", 45],
  ["en-US", 40],
  ["zh-TW", 15],
];

/** Share of templates with findings. */
const WITH_FINDINGS = 0.35;

interface Injection {
  rule: string;
  tone: boolean;
  applies(draft: Draft, language: Language): boolean;
  apply(draft: Draft, language: Language, random: Random): void;
}

/** A sentence (SMS, push) or paragraph (email) added before the closing lines. */
function sentence(rule: string, wording: Partial<Record<Language, string[]>>, applies: (draft: Draft) => boolean = () => true): Injection {
  return {
    rule,
    tone: true,
    applies: (draft, language) => (wording[language]?.length ?? 0) > 0 && applies(draft),
    apply: (draft, language, random) => draft.parts.push(random.pick(wording[language]!)),
  };
}

const INJECTIONS: readonly Injection[] = [
  sentence("no-threats", {
    zh: ["否则我们将安排人员上门催收。", "再不还款我们就通知您的家人和单位。"],
    en: ["If you don't pay, we will contact your employer.", "We know where you live."],
  }),
  sentence("no-abusive-language", { zh: ["别再当老赖了。", "你这个骗子。"], en: ["Stop acting like a deadbeat.", "Only a loser ignores this."] }),
  sentence("no-false-legal-claims", {
    zh: ["法院已立案，即将强制执行。", "公安已介入调查。"],
    en: ["A warrant for your arrest will be issued.", "The police have been notified."],
  }),
  sentence("no-false-credit-claims", { zh: ["逾期将被列入征信黑名单。"], en: ["We will ruin your credit forever.", "You will be blacklisted."] }),
  sentence("no-pressure-tactics", { zh: ["限你24小时内还清！！"], en: ["FINAL WARNING!!! Pay within 24 hours."] }),
  sentence("no-misleading-marketing", { zh: ["秒批秒到账，不看征信。"], en: ["Instant approval, no credit check!"] }, (draft) => draft.category === "marketing"),
  sentence("no-third-party-disclosure", { zh: ["其借款已逾期，请督促其尽快还款。"] }, (draft) => draft.audience === "third-party"),
  {
    rule: "no-undeclared-variables",
    tone: false,
    applies: () => true,
    apply: (draft, language) => draft.parts.push(language === "zh" ? "客户编号：{{ customer_no }}。" : "Customer number: {{ customer_no }}."),
  },
  {
    rule: "no-link-shorteners",
    tone: false,
    applies: () => true,
    apply: (draft, language) => draft.parts.push(language === "zh" ? "详情见https://bit.ly/3xYzAb 。" : "See https://bit.ly/3xYzAb for details."),
  },
  {
    rule: "sms-encoding",
    tone: false,
    applies: (draft, language) => language === "en" && draft.channel === "sms",
    apply: (draft) => draft.parts.push("It’s quick and easy."),
  },
  {
    rule: "pii-masking",
    tone: false,
    applies: (draft) => draft.parts.some((part) => part.includes("{{ name | mask }}")),
    apply: (draft) => {
      draft.parts = draft.parts.map((part) => part.replace("{{ name | mask }}", "{{ name }}"));
    },
  },
  {
    rule: "sender-identification",
    tone: false,
    applies: (draft, language) => language === "zh" && draft.channel === "sms",
    apply: (draft) => {
      draft.parts[0] = draft.parts[0]!.replace(`【${draft.senderName}】`, "");
    },
  },
  {
    rule: "opt-out-instruction",
    tone: false,
    applies: (draft) => draft.category === "marketing" && draft.channel === "sms",
    apply: (draft) => {
      draft.closing = draft.closing.filter((line) => !/拒收|STOP/.test(line));
    },
  },
];

let toTraditional: ((text: string) => string) | undefined;

/**
 * The corpus for a size and seed, in memory. Its prose comes from a few hundred sentences, as a
 * library's boilerplate repeats; with `distinct`, the template's reference (Q1a) at the end of every
 * sentence but the last makes each its own, so that nothing read once is read again for free.
 */
export function generateCorpus(count: number, options: { seed?: number; distinct?: boolean } = {}): CorpusTemplate[] {
  const { seed = 20260601, distinct = false } = options;
  const width = String(count - 1).length;
  return Array.from({ length: count }, (_, index) => generateTemplate(index, String(index).padStart(width, "0"), new Random(seed + index * 7919), distinct));
}

function generateTemplate(index: number, number: string, random: Random, distinct: boolean): CorpusTemplate {
  const locale = random.weighted(LOCALES);
  const language: Language = locale.startsWith("zh") ? "zh" : "en";
  const kind = random.weighted(KINDS.filter((candidate) => candidate.language === language).map((candidate) => [candidate, candidate.weight] as const));
  const draft = kind.build(random);
  const expected: string[] = [];
  if (random.chance(WITH_FINDINGS)) {
    const applicable = INJECTIONS.filter((injection) => injection.applies(draft, language));
    const tone = applicable.filter((injection) => injection.tone);
    const other = applicable.filter((injection) => !injection.tone);
    const wanted = random.integer(1, 3);
    while (expected.length < wanted) {
      const pool = (random.chance(0.65) ? tone : other).filter((injection) => !expected.includes(`tactful/${injection.rule}`));
      if (pool.length === 0) break;
      const injection = random.pick(pool);
      injection.apply(draft, language, random);
      expected.push(`tactful/${injection.rule}`);
    }
  }
  let { text, prose } = write(draft, locale, index, distinct);
  if (locale === "zh-TW") {
    const convert = (toTraditional ??= Converter({ from: "cn", to: "tw" }));
    text = convert(text);
    prose = convert(prose);
  }
  const name = draft.id.slice(draft.id.indexOf(".") + 1);
  return { path: `${locale}/${draft.category}/${name}-${number}.${draft.channel}.msg.njk`, locale, channel: draft.channel, category: draft.category, expected: expected.sort(), text, prose };
}

function write(draft: Draft, locale: Locale, index: number, distinct: boolean): { text: string; prose: string } {
  const separator = draft.channel === "email" ? "\n\n" : locale === "en-US" ? " " : "";
  const joined = [...draft.parts, ...draft.closing].filter((part) => part.length > 0).join(separator);
  const body = distinct ? referenced(joined, index) : joined;
  const lines = [
    "---",
    `id: ${draft.id}-${index}`,
    "version: 1",
    `channel: ${draft.channel}`,
    `locale: ${locale}`,
    ...(locale === "zh-TW" ? ["jurisdiction: CN"] : []),
    `category: ${draft.category}`,
    `audience: ${draft.audience}`,
    `sender: ${draft.sender}`,
    ...(draft.subject ? [`subject: ${draft.subject}`] : []),
    ...(draft.title ? [`title: ${draft.title}`] : []),
    `description: ${draft.description}`,
    ...(draft.send ? [`send: ${draft.send}`] : []),
    "variables:",
    ...draft.variables,
    "examples:",
    ...draft.examples,
    "---",
    body,
    "",
  ];
  const heading = (draft.subject ?? draft.title)?.replace(/^"|"$/g, "");
  return { text: lines.join("\n"), prose: heading ? `${heading}\n\n${body}\n` : `${body}\n` };
}

/** The body with a reference of the template's own before each sentence end but the last. */
function referenced(body: string, index: number): string {
  // Not after the last sentence, which may need to end the message (an opt-out line).
  return body.replace(/(?<=[\p{L}\p{N})*}])(?:[。！？]|[.!?](?= |\n))(?!\s*$)/gu, (end) => `${/[.!?]/u.test(end) ? " " : ""}Q${index.toString(36)}${end}`);
}

/** Writes the templates under `directory/templates` and, for prose linters, their subject or title and body as `directory/prose/<path>.txt`. */
export async function writeCorpus(directory: string, templates: readonly CorpusTemplate[]): Promise<void> {
  const files = templates.flatMap((template) => [
    [join(directory, "templates", template.path), template.text],
    [join(directory, "prose", `${template.path}.txt`), template.prose],
  ]);
  for (const folder of new Set(files.map(([path]) => dirname(path!)))) await mkdir(folder, { recursive: true });
  for (const [path, text] of files) await writeFile(path!, text!);
}
