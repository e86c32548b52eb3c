import type { Linter } from "eslint";
import { MarkupKind, type Hover, type Position, type Range } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { entrySummary, FILTER_DOCS, FILTER_NAMES, toneFindings, translator, type Catalog, type FilterName, type Locale, type Range as OffsetRange, type TemplateDocument } from "@tactful/core";
import { ruleDescription } from "@tactful/eslint-plugin";
import { citationText } from "@tactful/policies";
import { describeVariable } from "./describe.js";
import { contains, toDiagnostic } from "./diagnostics.js";
import type { LintState } from "./linting.js";
import { descriptionOf, enumMeaning, schemaAt } from "./schema.js";
import { yamlContext } from "./yaml-context.js";

export const MESSAGES = {
  why: { en: "*Why:* {text}", "zh-CN": "*原因：* {text}", "zh-TW": "*原因：* {text}" },
  source: { en: "*Source ({jurisdiction}):* {text}", "zh-CN": "*依据（{jurisdiction}）：* {text}", "zh-TW": "*依據（{jurisdiction}）：* {text}" },
  example: { en: "*Compliant wording:* {text}", "zh-CN": "*合规措辞：* {text}", "zh-TW": "*合規措辭：* {text}" },
  rulePage: { en: "Rule page", "zh-CN": "规则说明", "zh-TW": "規則說明" },
  undeclared: { en: "**{name}** is not declared in the front matter `variables`.", "zh-CN": "**{name}** 未在前言的 `variables` 中声明。", "zh-TW": "**{name}** 未在前言的 `variables` 中宣告。" },
} as const satisfies Catalog;

/**
 * Hover: on a finding, what the Problems list does not say (why, the source in the template's
 * jurisdiction, a compliant wording, the rule page in the Markdown preview); on a variable, its
 * declaration; on a filter, what it does; on a front-matter key or value, the schema's meaning.
 */
export function hover(document: TextDocument, position: Position, state: LintState | undefined, template: TemplateDocument, locale: Locale = "en"): Hover | null {
  const t = translator(MESSAGES, locale);
  const findings = state ? findingsAt(document, position, state, t, locale) : [];
  if (findings.length > 0) return markdown(findings.join("\n\n---\n\n"));
  const offset = document.offsetAt(position);
  const within = (range: OffsetRange): boolean => range[0] <= offset && offset <= range[1];
  const reference = template.references.find((candidate) => within(candidate.node.range));
  const variable = reference ? template.variables.get(reference.name) : [...template.variables.values()].find((candidate) => within(candidate.key));
  const rangeOf = (range: OffsetRange): Range => ({ start: document.positionAt(range[0]), end: document.positionAt(range[1]) });
  if (variable) return markdown(describeVariable(variable, locale).markdown, rangeOf(reference?.node.range ?? variable.key));
  if (reference) return markdown(t("undeclared", { name: reference.name }));
  const filter = filterAt(template, offset);
  if (filter) return markdown(`**${filter.name}** — \`${FILTER_DOCS[filter.name].usage}\`\n\n${FILTER_DOCS[filter.name].description[locale]}`, rangeOf(filter.range));
  return frontMatterHover(document, position, template, locale);
}

function markdown(value: string, range?: Range): Hover {
  return { contents: { kind: MarkupKind.Markdown, value }, ...(range ? { range } : {}) };
}

type Translate = ReturnType<typeof translator<keyof typeof MESSAGES>>;

function findingsAt(document: TextDocument, position: Position, state: LintState, t: Translate, locale: Locale): string[] {
  return state.messages.flatMap((message, index) => {
    const range = toDiagnostic(message, index, document, undefined).range;
    if (!contains(range, position)) return [];
    const docs = message.ruleId ? state.rules[message.ruleId] : undefined;
    const { jurisdiction } = state.document;
    const entry = toneEntryAt(document, state.document, message, range, locale);
    const lines = [`**${message.ruleId ?? "tactful"}**`];
    const why = entry?.summary ?? ruleDescription(docs, locale);
    if (why) lines.push("", t("why", { text: why.replace(/(?<![.。])$/u, locale === "en" ? "." : "。") }));
    const source = entry ? entry.source : docs && jurisdiction ? sourceIn(docs.source, jurisdiction) : undefined;
    if (source && jurisdiction) lines.push("", t("source", { jurisdiction, text: source }));
    if (entry?.wording) lines.push("", t("example", { text: entry.wording }));
    if (docs?.url) lines.push("", `[${t("rulePage")}](${previewLink(docs.url)})`);
    return [lines.join("\n")];
  });
}

/** The pack entry behind a tone finding: its summary, citation in the template's pack, and compliant wording. */
function toneEntryAt(document: TextDocument, template: TemplateDocument, message: Linter.LintMessage, range: Range, locale: Locale): { summary: string; source: string; wording?: string } | undefined {
  const { pack } = template;
  if (!pack || template.fatal) return undefined;
  const at = toneFindings(template).filter((finding) => {
    const start = document.positionAt(finding.range[0]);
    return start.line === range.start.line && start.character === range.start.character;
  });
  const finding = at.find((candidate) => message.message.includes(entrySummary(candidate.entry, locale))) ?? at[0];
  if (!finding) return undefined;
  const { entry } = finding;
  const wording = finding.reword?.text ?? entry.suggestion;
  return { summary: entrySummary(entry, locale), source: entry.sources.length > 0 ? citationText(pack, entry.sources) : "", ...(wording ? { wording } : {}) };
}

/** A rule's `docs.source` ("CN: … | US: …") for one jurisdiction only. */
function sourceIn(source: string, jurisdiction: string): string | undefined {
  const prefix = `${jurisdiction}: `;
  return source.split(" | ").find((part) => part.startsWith(prefix))?.slice(prefix.length);
}

/** A link that opens a rule's Markdown page rendered, in VS Code's Markdown preview. */
function previewLink(url: string): string {
  const { pathname } = new URL(url);
  // A command link's arguments are JSON; `$mid: 1` makes VS Code revive the object as a URI.
  const argument = url.startsWith("file:") ? { $mid: 1, scheme: "file", path: decodeURIComponent(pathname) } : url;
  return `command:markdown.showPreview?${encodeURIComponent(JSON.stringify([argument]))}`;
}

/** The built-in filter whose name is at `offset`. */
function filterAt(template: TemplateDocument, offset: number): { name: FilterName; range: OffsetRange } | undefined {
  for (const reference of template.references) {
    let node: unknown = reference.output?.expression;
    while (node && typeof node === "object" && (node as { type?: string }).type === "Filter") {
      const filter = node as { name: string; nameRange: OffsetRange; input: unknown };
      if (filter.nameRange[0] <= offset && offset <= filter.nameRange[1] && (FILTER_NAMES as readonly string[]).includes(filter.name)) {
        return { name: filter.name as FilterName, range: filter.nameRange };
      }
      node = filter.input;
    }
  }
  return undefined;
}

/** A front-matter key's description, or an enum value's meaning, from the template schema. */
function frontMatterHover(document: TextDocument, position: Position, template: TemplateDocument, locale: Locale): Hover | null {
  const frontMatter = template.ast.frontMatter;
  if (!frontMatter) return null;
  const offset = document.offsetAt(position);
  if (offset < frontMatter.range[0] || offset > frontMatter.range[1]) return null;
  const text = document.getText();
  const lines = text.split(/\r\n|\r|\n/u);
  const open = document.positionAt(frontMatter.range[0]).line;
  const line = lines[position.line] ?? "";
  const word = /[\w-]+/gu;
  let found: RegExpExecArray | null;
  while ((found = word.exec(line)) && found.index + found[0].length < position.character);
  if (!found || found.index > position.character) return null;
  const end = found.index + found[0].length;
  const context = yamlContext(lines.slice(open + 1), position.line - open - 1, end);
  const range: Range = { start: { line: position.line, character: found.index }, end: { line: position.line, character: end } };
  if (context.kind === "key") {
    const description = descriptionOf(schemaAt([...context.path, found[0]]), locale);
    return description ? markdown(`**${found[0]}** — ${description}`, range) : null;
  }
  const schema = context.key ? schemaAt([...context.path, context.key]) : undefined;
  // The value's own meaning, else what the key says of its values.
  const meaning = enumMeaning(schema, found[0], locale) ?? (schema?.enum?.includes(found[0]) ? descriptionOf(schema, locale) : undefined);
  return meaning ? markdown(`**${found[0]}** — ${meaning}`, range) : null;
}
