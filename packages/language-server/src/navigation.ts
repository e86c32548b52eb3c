import {
  ErrorCodes,
  ResponseError,
  SymbolKind,
  type DocumentLink,
  type DocumentSymbol,
  type FoldingRange,
  type Location,
  type Position,
  type Range,
  type TextEdit,
  type WorkspaceEdit,
} from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { isSafeName, PLACEHOLDER, translator, type Catalog, type ContentNode, type IfNode, type Locale, type Range as OffsetRange, type TemplateDocument } from "@tactful/core";
import { describeVariable } from "./describe.js";

/**
 * Navigation in a template, from the positions the parser keeps: a variable's declaration
 * under `variables:`, its uses in the body, subject and title, and the keys of the examples'
 * `data` that set it; the outline, links and folding of the file.
 */

export const MESSAGES = {
  notAVariable: {
    en: "Only a template variable can be renamed: put the cursor on a `{{ variable }}` or its declaration.",
    "zh-CN": "只能重命名模板变量：请将光标放在 `{{ 变量 }}` 或其声明上。",
    "zh-TW": "只能重新命名範本變數：請將游標放在 `{{ 變數 }}` 或其宣告上。",
  },
  badName: {
    en: "`{name}` is not a valid variable name: use letters, digits and `_`, not starting with a digit.",
    "zh-CN": "`{name}` 不是有效的变量名：请使用字母、数字和 `_`，且不能以数字开头。",
    "zh-TW": "`{name}` 不是有效的變數名稱：請使用字母、數字和 `_`，且不能以數字開頭。",
  },
  taken: {
    en: "`{name}` is already declared under `variables`: choose another name.",
    "zh-CN": "`variables` 中已声明 `{name}`：请换一个名称。",
    "zh-TW": "`variables` 中已宣告 `{name}`：請換一個名稱。",
  },
  broken: {
    en: "Fix the template's errors first: until it parses, not every use of the variable can be found.",
    "zh-CN": "请先修正模板中的错误：模板能解析之前，无法找到该变量的所有用法。",
    "zh-TW": "請先修正範本中的錯誤：範本能解析之前，無法找到該變數的所有用法。",
  },
  unwritable: {
    en: "`{name}` is written in a way that cannot be renamed safely (an escaped key): rename it by hand.",
    "zh-CN": "`{name}` 的写法（转义的键）无法安全地自动重命名：请手动修改。",
    "zh-TW": "`{name}` 的寫法（跳脫的鍵）無法安全地自動重新命名：請手動修改。",
  },
  frontMatter: { en: "front matter", "zh-CN": "前置元数据", "zh-TW": "前置中繼資料" },
  example: { en: "example {number}", "zh-CN": "示例 {number}", "zh-TW": "範例 {number}" },
} as const satisfies Catalog;

type MessageId = keyof typeof MESSAGES;

/** Where a variable is written: its declaration's key, its uses, and the example data keys that set it. */
interface Occurrences {
  name: string;
  declaration: OffsetRange | undefined;
  uses: OffsetRange[];
  exampleKeys: OffsetRange[];
}

/** The variable at an offset: a use, its declaration's key, or an example's data key. */
function variableAt(template: TemplateDocument, offset: number): string | undefined {
  const within = (range: OffsetRange | null | undefined): boolean => range !== null && range !== undefined && range[0] <= offset && offset <= range[1];
  const use = template.references.find((reference) => within(reference.node.range));
  if (use) return use.name;
  for (const variable of template.variables.values()) if (within(variable.key)) return variable.name;
  return exampleDataKeys(template).find(({ key }) => within(key))?.name;
}

/** Every key of every example's `data`, where it is written. */
function exampleDataKeys(template: TemplateDocument): Array<{ name: string; key: OffsetRange }> {
  const data = template.data as { examples?: unknown } | null;
  if (!Array.isArray(data?.examples)) return [];
  return data.examples.flatMap((example: unknown, index) => {
    const values = (example as { data?: unknown } | null)?.data;
    if (typeof values !== "object" || values === null || Array.isArray(values)) return [];
    return Object.keys(values).flatMap((name) => {
      const key = template.locate(`/examples/${index}/data/${escapePointer(name)}`)?.key;
      return key ? [{ name, key }] : [];
    });
  });
}

function occurrencesOf(template: TemplateDocument, name: string): Occurrences {
  return {
    name,
    declaration: template.variables.get(name)?.key,
    uses: template.references.filter((reference) => reference.name === name).map((reference) => reference.node.range),
    exampleKeys: exampleDataKeys(template).filter((key) => key.name === name).map((key) => key.key),
  };
}

/** Go to definition: from a use or an example's data key to the declaration under `variables:`. */
export function definition(document: TextDocument, position: Position, template: TemplateDocument): Location | null {
  const name = variableAt(template, document.offsetAt(position));
  const declaration = name === undefined ? undefined : template.variables.get(name)?.key;
  return declaration ? { uri: document.uri, range: rangeOf(document, declaration) } : null;
}

/** Find references: every use of the variable, its example data keys and (if asked) its declaration. */
export function references(document: TextDocument, position: Position, template: TemplateDocument, includeDeclaration: boolean): Location[] {
  const name = variableAt(template, document.offsetAt(position));
  if (name === undefined) return [];
  const found = occurrencesOf(template, name);
  const ranges = [...(includeDeclaration && found.declaration ? [found.declaration] : []), ...found.uses, ...found.exampleKeys];
  return ranges.sort((a, b) => a[0] - b[0]).map((range) => ({ uri: document.uri, range: rangeOf(document, range) }));
}

/**
 * What a rename would change, or a refusal that says why: only a declared variable whose name
 * is in the identifier grammar, in a template that parses (otherwise some uses may be missed),
 * written plainly enough that every occurrence is exactly its name.
 */
function renameTarget(document: TextDocument, position: Position, template: TemplateDocument, locale: Locale): { occurrences: Occurrences; range: Range } {
  const say = translator(MESSAGES, locale);
  const refuse = (id: MessageId, data?: Record<string, string>): ResponseError<void> => new ResponseError(ErrorCodes.InvalidRequest, say(id, data));
  if (template.fatal) throw refuse("broken");
  const offset = document.offsetAt(position);
  const name = variableAt(template, offset);
  if (name === undefined || !template.variables.has(name)) throw refuse("notAVariable");
  if (!isSafeName(name)) throw refuse("badName", { name });
  const occurrences = occurrencesOf(template, name);
  const all = [occurrences.declaration!, ...occurrences.uses, ...occurrences.exampleKeys];
  if (all.some((range) => writtenName(template.text, range, name) === undefined)) throw refuse("unwritable", { name });
  const here = all.find((range) => range[0] <= offset && offset <= range[1])!;
  return { occurrences, range: rangeOf(document, writtenName(template.text, here, name)!) };
}

/** The name under the cursor and what to offer as the new one, or a refusal that says why. */
export function prepareRename(document: TextDocument, position: Position, template: TemplateDocument, locale: Locale): { range: Range; placeholder: string } {
  const { occurrences, range } = renameTarget(document, position, template, locale);
  return { range, placeholder: occurrences.name };
}

/** Renames the variable in its declaration, every use and the examples' data. */
export function rename(document: TextDocument, position: Position, newName: string, template: TemplateDocument, locale: Locale): WorkspaceEdit {
  const say = translator(MESSAGES, locale);
  const { occurrences } = renameTarget(document, position, template, locale);
  if (!isSafeName(newName)) throw new ResponseError(ErrorCodes.InvalidParams, say("badName", { name: newName }));
  if (newName !== occurrences.name && template.variables.has(newName)) throw new ResponseError(ErrorCodes.InvalidParams, say("taken", { name: newName }));
  const ranges = [occurrences.declaration!, ...occurrences.uses, ...occurrences.exampleKeys];
  const edits: TextEdit[] = ranges.map((range) => ({ range: rangeOf(document, writtenName(template.text, range, occurrences.name)!), newText: newName }));
  return { changes: { [document.uri]: edits } };
}

/** The part of `range` that is the name itself: the range, or inside its quotes; undefined otherwise. */
function writtenName(text: string, range: OffsetRange, name: string): OffsetRange | undefined {
  const written = text.slice(range[0], range[1]);
  if (written === name) return range;
  if (/^(["']).*\1$/su.test(written) && written.slice(1, -1) === name) return [range[0] + 1, range[1] - 1];
  return undefined;
}

/**
 * The outline: the front matter's keys (variables and examples each listed), then the body's
 * branches (`if`, `elif`, `else`, `for`) as they nest.
 */
export function documentSymbols(document: TextDocument, template: TemplateDocument, locale: Locale): DocumentSymbol[] {
  const say = translator(MESSAGES, locale);
  const symbols: DocumentSymbol[] = [];
  const frontMatter = template.ast.frontMatter;
  const data = template.data;
  if (frontMatter) {
    const children: DocumentSymbol[] = [];
    if (isRecord(data)) {
      for (const [key, value] of Object.entries(data)) {
        const at = template.locate(`/${escapePointer(key)}`);
        if (!at?.key) continue;
        const symbol = symbolOf(document, key, SymbolKind.Property, [at.key[0], at.value[1]], at.key);
        if (key === "variables") symbol.children = variableSymbols(document, template, locale);
        else if (key === "examples" && Array.isArray(value)) symbol.children = exampleSymbols(document, template, value, say);
        else if (isRecord(value)) symbol.children = Object.keys(value).flatMap((child) => {
          const inner = template.locate(`/${escapePointer(key)}/${escapePointer(child)}`);
          return inner?.key ? [symbolOf(document, child, SymbolKind.Property, [inner.key[0], inner.value[1]], inner.key)] : [];
        });
        else if (typeof value !== "object") symbol.detail = String(value);
        children.push(symbol);
      }
    }
    symbols.push({ ...symbolOf(document, say("frontMatter"), SymbolKind.Module, frontMatter.range, frontMatter.range), children });
  }
  symbols.push(...branchSymbols(document, template.text, template.ast.body.children));
  return symbols;
}

function variableSymbols(document: TextDocument, template: TemplateDocument, locale: Locale): DocumentSymbol[] {
  return [...template.variables.values()].map((variable) => ({ ...symbolOf(document, variable.name, SymbolKind.Variable, [variable.key[0], variable.range[1]], variable.key), detail: describeVariable(variable, locale).summary }));
}

function exampleSymbols(document: TextDocument, template: TemplateDocument, examples: unknown[], say: (id: MessageId, data?: Record<string, string | number>) => string): DocumentSymbol[] {
  return examples.flatMap((example, index) => {
    const at = template.locate(`/examples/${index}`);
    if (!at) return [];
    const name = isRecord(example) && typeof example["name"] === "string" ? example["name"] : say("example", { number: index + 1 });
    const symbol = symbolOf(document, name, SymbolKind.Object, at.value, template.locate(`/examples/${index}/name`)?.value ?? at.value);
    if (isRecord(example) && typeof example["description"] === "string") symbol.detail = example["description"];
    return [symbol];
  });
}

/** The `if`/`for` constructs among nodes, each with the branches nested in it. */
function branchSymbols(document: TextDocument, text: string, nodes: readonly ContentNode[]): DocumentSymbol[] {
  const symbols: DocumentSymbol[] = [];
  for (const node of nodes) {
    if (node.type === "If") symbols.push(...ifSymbols(document, text, node, "if"));
    else if (node.type === "For") {
      const targets = node.targets.map((target) => target.name).join(", ");
      const symbol = symbolOf(document, `for ${targets} in ${source(text, node.iterable.range)}`, SymbolKind.Array, node.range, node.iterable.range);
      symbol.children = [...branchSymbols(document, text, node.body.children), ...(node.fallback ? [{ ...symbolOf(document, "else", SymbolKind.Array, node.fallback.range, node.fallback.range), children: branchSymbols(document, text, node.fallback.children) }] : [])];
      symbols.push(symbol);
    } else if (node.type === "Set" && node.body) symbols.push(...branchSymbols(document, text, node.body.children));
  }
  return symbols;
}

/** An `if` and its `elif`s and `else`, each a symbol of its own (an `elif` is nested in the AST, not in the text). */
function ifSymbols(document: TextDocument, text: string, node: IfNode, keyword: "if" | "elif"): DocumentSymbol[] {
  const consequentEnd = node.alternate ? node.alternate.range[0] : node.range[1];
  const symbol = symbolOf(document, `${keyword} ${source(text, node.test.range)}`, SymbolKind.Boolean, [node.range[0], Math.max(consequentEnd, node.test.range[1])], node.test.range);
  symbol.children = branchSymbols(document, text, node.consequent.children);
  const rest: DocumentSymbol[] = [];
  if (node.alternate?.type === "If") rest.push(...ifSymbols(document, text, node.alternate, "elif"));
  else if (node.alternate) rest.push({ ...symbolOf(document, "else", SymbolKind.Boolean, node.alternate.range, node.alternate.range), children: branchSymbols(document, text, node.alternate.children) });
  return [symbol, ...rest];
}

/** Links for the URLs written in the text the customer reads (body, subject, title) and in front-matter values. */
export function documentLinks(document: TextDocument, template: TemplateDocument): DocumentLink[] {
  const links: DocumentLink[] = [];
  const seen = new Set<number>();
  const add = (range: OffsetRange, target: string): void => {
    if (seen.has(range[0])) return;
    seen.add(range[0]);
    links.push({ range: rangeOf(document, range), target });
  };
  for (const segment of template.prose) {
    for (const match of segment.text.matchAll(URL_IN_PROSE)) add(segment.sourceRange(match.index, match.index + match[0].length), trimTrailingPunctuation(match[0]));
  }
  const visit = (value: unknown, pointer: string): void => {
    if (typeof value === "string") {
      const at = template.locate(pointer)?.value;
      const written = at && writtenName(template.text, at, value);
      if (written && /^https?:\/\/\S+$/u.test(value)) add(written, value);
    } else if (Array.isArray(value)) value.forEach((item, index) => visit(item, `${pointer}/${index}`));
    else if (isRecord(value)) for (const [key, item] of Object.entries(value)) visit(item, `${pointer}/${escapePointer(key)}`);
  };
  visit(template.data, "");
  return links.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** A URL in prose ends at whitespace, an output (the placeholder) or closing punctuation. */
const URL_IN_PROSE = new RegExp(String.raw`https?://[^\s<>"'()（）\[\]【】，。；！？、${PLACEHOLDER}]+`, "gu");

function trimTrailingPunctuation(url: string): string {
  return url.replace(/[.,;:!?]+$/u, "");
}

/** Folding: the front matter, and each `if`/`for` and multi-line comment of the body. */
export function foldingRanges(template: TemplateDocument): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  // loc lines are 1-based; the closing line stays visible.
  const fold = (loc: { start: { line: number }; end: { line: number } }, kind?: string): void => {
    if (loc.end.line - 1 > loc.start.line - 1) ranges.push({ startLine: loc.start.line - 1, endLine: loc.end.line - 2, ...(kind ? { kind } : {}) });
  };
  if (template.ast.frontMatter) fold({ start: template.ast.frontMatter.loc.start, end: { line: template.ast.frontMatter.loc.end.line + 1 } });
  const visit = (nodes: readonly ContentNode[]): void => {
    for (const node of nodes) {
      if (node.type === "If") {
        fold(node.loc);
        visit(node.consequent.children);
        if (node.alternate?.type === "If") visit([node.alternate]);
        else if (node.alternate) visit(node.alternate.children);
      } else if (node.type === "For") {
        fold(node.loc);
        visit(node.body.children);
        if (node.fallback) visit(node.fallback.children);
      } else if (node.type === "Set" && node.body) visit(node.body.children);
      else if (node.type === "Comment") fold({ start: node.loc.start, end: { line: node.loc.end.line + 1 } }, "comment");
    }
  };
  visit(template.ast.body.children);
  return ranges;
}

function symbolOf(document: TextDocument, name: string, kind: SymbolKind, range: OffsetRange, selection: OffsetRange): DocumentSymbol {
  const whole = rangeOf(document, range);
  const selected = rangeOf(document, [Math.max(range[0], selection[0]), Math.min(range[1], selection[1])]);
  return { name: name || " ", kind, range: whole, selectionRange: selected };
}

function source(text: string, range: OffsetRange): string {
  return text.slice(range[0], range[1]).replace(/\s+/gu, " ").trim();
}

function rangeOf(document: TextDocument, range: OffsetRange): Range {
  return { start: document.positionAt(range[0]), end: document.positionAt(range[1]) };
}

function escapePointer(segment: string): string {
  return segment.replace(/~/gu, "~0").replace(/\//gu, "~1");
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
