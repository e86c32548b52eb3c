import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem, type Position } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { FILTER_DOCS, FILTER_NAMES, translator, type Catalog, type Locale, type TemplateDocument, type VariableDeclaration } from "@tactful/core";
import { describeVariable } from "./describe.js";
import { descriptionOf, enumMeaning, schemaAt, titleOf, TEMPLATE_SCHEMA, type Schema, type SchemaRoot } from "./schema.js";
import { yamlContext, type YamlContext } from "./yaml-context.js";

/** What completion says of an item beyond the schema's and the filters' own words, by id. */
export const MESSAGES = {
  ownFilter: { en: "{name} (allowed by your configuration)", "zh-CN": "{name}（由您的配置允许）", "zh-TW": "{name}（由您的設定允許）" },
  undeclared: { en: "used in the template, not declared", "zh-CN": "模板中已使用，但未声明", "zh-TW": "範本中已使用，但未宣告" },
} as const satisfies Catalog;

/** The tags a template may use (the safety gate refuses the others). */
const TAGS = ["if", "elif", "else", "endif", "for", "endfor", "set"];

/**
 * Completion where a writer needs it: declared variables inside `{{ }}` and `{% %}`, filters
 * after `|`, front-matter keys and values from the template schema (enums with their
 * meanings, examples), and the variables an example's `data` can set.
 */
export function complete(document: TextDocument, position: Position, template: TemplateDocument, extraFilters: readonly string[], locale: Locale = "en"): CompletionItem[] {
  const text = document.getText();
  const offset = document.offsetAt(position);
  const lines = text.split(/\r\n|\r|\n/u);
  const tag = openTag(text.slice(0, offset));
  if (tag) return completeInTag(tag, position, template, extraFilters, locale);
  const fences = frontMatterLines(lines);
  if (fences && position.line > fences.open && position.line < fences.close) {
    const context = yamlContext(lines.slice(fences.open + 1, fences.close), position.line - fences.open - 1, position.character);
    return completeYaml(context, position, template, locale);
  }
  return [];
}

interface OpenTag {
  kind: "output" | "statement";
  /** The tag's text from its opening to the cursor. */
  inside: string;
}

/** The `{{` or `{%` the cursor is in, if it is not closed before the cursor. */
function openTag(before: string): OpenTag | undefined {
  const output = before.lastIndexOf("{{");
  const statement = before.lastIndexOf("{%");
  const start = Math.max(output, statement);
  if (start === -1) return undefined;
  const inside = before.slice(start + 2);
  if (/[}%]\}/u.test(inside) || inside.includes("#}")) return undefined;
  return { kind: start === output ? "output" : "statement", inside: inside.replace(/^-/u, "") };
}

function completeInTag(tag: OpenTag, position: Position, template: TemplateDocument, extraFilters: readonly string[], locale: Locale): CompletionItem[] {
  const filter = /\|\s*([A-Za-z_]\w*)?$/u.exec(tag.inside);
  if (filter) {
    const prefix = filter[1] ?? "";
    const builtIn = FILTER_NAMES.map((name) => item(name, CompletionItemKind.Function, prefix, position, { detail: FILTER_DOCS[name].usage, documentation: FILTER_DOCS[name].description[locale] }));
    const own = extraFilters.map((name) => item(name, CompletionItemKind.Function, prefix, position, { detail: translator(MESSAGES, locale)("ownFilter", { name }) }));
    return [...builtIn, ...own];
  }
  const word = /(?:^|[^\w.])([A-Za-z_]\w*)?$/u.exec(tag.inside);
  if (!word) return [];
  const prefix = word[1] ?? "";
  const variables = [...template.variables.values()].map((variable) => variableItem(variable, prefix, position, locale));
  if (tag.kind === "statement" && /^\s*\w*$/u.test(tag.inside)) return TAGS.map((name) => item(name, CompletionItemKind.Keyword, prefix, position, {}));
  return variables;
}

function completeYaml(context: YamlContext, position: Position, template: TemplateDocument, locale: Locale): CompletionItem[] {
  const { path, kind, prefix } = context;
  const inExampleData = path.length === 3 && path[0] === "examples" && path[1] === "[]" && path[2] === "data";
  if (kind === "key" && inExampleData) {
    return [...template.variables.values()].filter((variable) => !context.siblings.includes(variable.name)).map((variable) => variableItem(variable, prefix, position, locale, `${variable.name}: `));
  }
  if (kind === "key" && path.length === 1 && path[0] === "variables") {
    // Names the body uses but the front matter does not declare yet.
    const undeclared = new Set(template.references.map((reference) => reference.name).filter((name) => !template.variables.has(name) && !context.siblings.includes(name)));
    return [...undeclared].map((name) => item(name, CompletionItemKind.Variable, prefix, position, { detail: translator(MESSAGES, locale)("undeclared"), insertText: `${name}: { type: string, maxLength: 20, example: "" }` }));
  }
  return completeFromSchema(context, position, TEMPLATE_SCHEMA, locale);
}

/** The keys a mapping may have, or the values a key takes, as the schema describes them (in the writer's language where it says it in Chinese too). */
export function completeFromSchema(context: YamlContext, position: Position, root: SchemaRoot, locale: Locale = "en"): CompletionItem[] {
  const { path, kind, prefix } = context;
  const schema = schemaAt(kind === "key" ? path : [...path, context.key!], root);
  if (!schema) return [];
  if (kind === "key") {
    return Object.entries(schema.properties ?? {})
      .filter(([key]) => !context.siblings.includes(key) && key !== "$comment" && key !== "$schema")
      .map(([key, property]) => item(key, CompletionItemKind.Property, prefix, position, { detail: titleOf(property, locale), documentation: descriptionOf(property, locale), insertText: `${key}: ` }));
  }
  return valuesOf(schema, locale).map(({ value, description }) => item(value, CompletionItemKind.EnumMember, prefix, position, { documentation: description }));
}

/** The values a schema lists: its enum (with their meanings), const, booleans, or its examples. */
function valuesOf(schema: Schema, locale: Locale): Array<{ value: string; description?: string }> {
  const branches = [schema, ...(schema.anyOf ?? []), ...(schema.oneOf ?? [])];
  const values: Array<{ value: string; description?: string }> = [];
  for (const branch of branches) {
    for (const value of branch.enum ?? []) {
      const description = enumMeaning(branch, String(value), locale);
      values.push(description === undefined ? { value: String(value) } : { value: String(value), description });
    }
    if (branch.const !== undefined) values.push({ value: String(branch.const) });
    if (branch.type === "boolean") values.push({ value: "true" }, { value: "false" });
  }
  if (values.length === 0) for (const example of schema.examples ?? []) if (typeof example !== "object") values.push({ value: String(example) });
  return values;
}

function variableItem(variable: VariableDeclaration, prefix: string, position: Position, locale: Locale, insertText?: string): CompletionItem {
  const { summary, markdown } = describeVariable(variable, locale);
  return item(variable.name, CompletionItemKind.Variable, prefix, position, { detail: summary, documentation: markdown, markdown: true, ...(insertText ? { insertText } : {}) });
}

function item(
  label: string,
  kind: CompletionItemKind,
  prefix: string,
  position: Position,
  { detail, documentation, insertText, markdown }: { detail?: string; documentation?: string; insertText?: string; markdown?: boolean },
): CompletionItem {
  const completion: CompletionItem = {
    label,
    kind,
    insertTextFormat: InsertTextFormat.PlainText,
    // Replace what is typed, whatever the editor counts as a word (role values have dashes).
    textEdit: { range: { start: { line: position.line, character: position.character - prefix.length }, end: position }, newText: insertText ?? label },
  };
  if (detail) completion.detail = detail;
  if (documentation) completion.documentation = markdown ? { kind: MarkupKind.Markdown, value: documentation } : documentation;
  return completion;
}

/** The lines of the front matter's opening and closing `---`. */
export function frontMatterLines(lines: readonly string[]): { open: number; close: number } | undefined {
  if (!/^\uFEFF?---\s*$/u.test(lines[0] ?? "")) return undefined;
  const close = lines.findIndex((line, index) => index > 0 && /^(?:---|\.\.\.)\s*$/u.test(line));
  return { open: 0, close: close === -1 ? lines.length : close };
}
