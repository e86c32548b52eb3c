import type { Content, Parent, Root } from "mdast";
import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

/**
 * Email bodies are Markdown. A value rendered into one must stay text wherever it lands (a
 * paragraph, the line under a paragraph, a list item, a heading, emphasis, a link's text or
 * destination), so no value can add, remove or change structure:
 * - its line breaks become spaces, so it never starts a line (no heading, list, quote, fence,
 *   table, setext underline, thematic break or code block);
 * - every ASCII punctuation character is backslash-escaped (CommonMark lets every one be), so
 *   none is a marker, a delimiter, a tag, an entity or a link;
 * - every whitespace character is a numeric character reference: it is text, never indentation,
 *   a hard line break, the end of a link destination, or whitespace next to the template's own
 *   `*`/`_` (which decides whether they emphasise);
 * - its first and last characters, unless escaped punctuation, are character references too, so
 *   every non-empty value starts and ends with ASCII punctuation for the template's delimiters
 *   next to it, whatever the value is;
 * - control characters, lone surrogates and noncharacters, which Markdown and HTML do not carry,
 *   become U+FFFD.
 * An empty value is nothing: the template reads as if it were not there. Bare URLs are never
 * turned into links (no GFM autolinks). Inside a code span or code block of the template,
 * escapes are shown as written.
 */
export function escapeMarkdown(text: string): string {
  const characters = [...text.replace(/[\r\n]+/g, " ")];
  const last = characters.length - 1;
  return characters
    .map((character, index) => {
      if (ASCII_PUNCTUATION.test(character)) return `\\${character}`;
      const code = carried(character.codePointAt(0)!) ? character.codePointAt(0)! : 0xfffd;
      return index === 0 || index === last || /\s/u.test(character) ? `&#${code};` : String.fromCodePoint(code);
    })
    .join("");
}

const ASCII_PUNCTUATION = /^[!-/:-@[-`{-~]$/u;

/** Whether a numeric character reference carries the code point (as micromark decodes them): not C0 or C1 controls but tab, line feed, form feed and carriage return; not a lone surrogate; not a noncharacter. */
function carried(code: number): boolean {
  const control = code < 9 || code === 11 || (code > 13 && code < 32) || (code > 126 && code < 160);
  return !control && !(code >= 0xd800 && code <= 0xdfff) && !(code >= 0xfdd0 && code <= 0xfdef) && (code & 0xfffe) !== 0xfffe;
}

const parser = unified().use(remarkParse).freeze();
const toHtml = unified().use(remarkRehype).use(rehypeSanitize).use(rehypeStringify).freeze();

/** An email's HTML and plain-text parts from one parse of its Markdown (parsing is most of the cost). */
export function markdownToParts(markdown: string): { html: string; text: string } {
  const tree = parser.parse(markdown) as Root;
  // Text first: turning the tree into HTML works on it.
  const text = textOf(tree);
  return { html: htmlOf(tree), text };
}

/** HTML for the email: Markdown through remark and rehype, sanitized (raw HTML in the template is dropped). */
export function markdownToHtml(markdown: string): string {
  return htmlOf(parser.parse(markdown) as Root);
}

/** The plain-text part of the email: blocks separated by blank lines, links as "text (url)". */
export function markdownToText(markdown: string): string {
  return textOf(parser.parse(markdown) as Root);
}

function htmlOf(tree: Root): string {
  return String(toHtml.stringify(toHtml.runSync(tree))).trim();
}

function textOf(tree: Root): string {
  return blocks(tree.children as Content[])
    .join("\n\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

function blocks(nodes: readonly Content[]): string[] {
  const out: string[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case "list":
        out.push(
          node.children
            .map((item, index) => `${node.ordered ? `${(node.start ?? 1) + index}.` : "-"} ${blocks(item.children as Content[]).join("\n  ")}`)
            .join("\n"),
        );
        break;
      case "blockquote":
        out.push(blocks(node.children as Content[]).map((line) => `> ${line}`).join("\n"));
        break;
      case "code":
        out.push(node.value);
        break;
      case "thematicBreak":
        out.push("---");
        break;
      case "html":
        break;
      default:
        out.push(inline(node));
    }
  }
  return out.filter((block) => block.length > 0);
}

function inline(node: Content): string {
  switch (node.type) {
    case "text":
    case "inlineCode":
      return node.value;
    case "break":
      return "\n";
    case "link": {
      const label = children(node);
      return label === node.url ? node.url : `${label} (${node.url})`;
    }
    case "image":
      return node.alt ?? "";
    case "html":
      return "";
    default:
      return "children" in node ? children(node as Parent) : "";
  }
}

function children(node: Parent): string {
  return (node.children as Content[]).map(inline).join("");
}
