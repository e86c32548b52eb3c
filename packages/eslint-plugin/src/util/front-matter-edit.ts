import type { TemplateSourceCode } from "../language/template-source-code.js";

/**
 * Where and what to insert to declare a new variable in the front matter: after the last
 * variable of a block mapping (same indentation), or a new `variables:` block before the
 * closing fence. Null when `variables` is written in flow style, which a line edit cannot extend safely.
 */
export function declareVariableEdit(sourceCode: TemplateSourceCode, name: string, definition = "{ type: string }"): { at: number; text: string } | null {
  const { document, text } = sourceCode;
  const newline = /\r\n|\r|\n/u.exec(text)?.[0] ?? "\n";
  const variables = document.locate("/variables");
  if (!variables) {
    const frontMatter = document.ast.frontMatter;
    if (!frontMatter) return null;
    const fence = text.lastIndexOf("---", frontMatter.range[1]);
    return { at: fence, text: `variables:${newline}  ${name}: ${definition}${newline}` };
  }
  if (text[variables.value[0]] === "{") return null;
  const declared = [...document.variables.values()];
  const last = declared.at(-1);
  if (!last) return null;
  const lineStart = text.lastIndexOf("\n", last.key[0]) + 1;
  const indent = text.slice(lineStart, last.key[0]);
  if (!/^[ \t]*$/u.test(indent)) return null;
  return { at: last.range[1], text: `${newline}${indent}${name}: ${definition}` };
}

/**
 * Where and what to insert to add `line` (`key: value`) right after the front-matter entry at
 * `pointer`, on a line of its own with the same indentation. Null when that entry does not
 * start its own line (flow style), which a line edit cannot extend safely.
 */
export function insertAfterEntryEdit(sourceCode: TemplateSourceCode, pointer: string, line: string): { at: number; text: string } | null {
  const { document, text } = sourceCode;
  const entry = document.locate(pointer);
  if (!entry?.key) return null;
  const lineStart = Math.max(text.lastIndexOf("\n", entry.key[0] - 1), text.lastIndexOf("\r", entry.key[0] - 1)) + 1;
  const indent = text.slice(lineStart, entry.key[0]);
  const lineBreak = /\r\n|\r|\n/u.exec(text.slice(entry.value[1]));
  if (!/^[ \t]*$/u.test(indent) || !lineBreak) return null;
  return { at: entry.value[1] + lineBreak.index, text: `${lineBreak[0]}${indent}${line}` };
}
