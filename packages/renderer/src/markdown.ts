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
  const spaced = text.replace(/[\r\n]+/g, " ");
  let escaped = "";
  for (let index = 0; index < spaced.length; ) {
    const code = spaced.codePointAt(index)!;
    const next = index + (code > 0xffff ? 2 : 1);
    if (isAsciiPunctuation(code)) {
      escaped += `\\${spaced[index]}`;
    } else {
      const kept = carried(code) ? code : 0xfffd;
      escaped += index === 0 || next === spaced.length || isWhitespace(code) ? `&#${kept};` : String.fromCodePoint(kept);
    }
    index = next;
  }
  return escaped;
}

const isAsciiPunctuation = (code: number): boolean => (code >= 33 && code <= 47) || (code >= 58 && code <= 64) || (code >= 91 && code <= 96) || (code >= 123 && code <= 126);

/** JavaScript's `\s`. */
const isWhitespace = (code: number): boolean => code === 32 || (code >= 9 && code <= 13) || (code >= 0xa0 && /\s/u.test(String.fromCodePoint(code)));

/** What a value escaped by `escapeMarkdown` reads as once parsed, where Markdown is decoded (text, link destinations): line breaks as spaces, what cannot be carried as U+FFFD. */
export function shownText(text: string): string {
  const spaced = text.replace(/[\r\n]+/g, " ");
  // Code units all carried (no surrogate among them) are code points all carried.
  let index = 0;
  while (index < spaced.length && carried(spaced.charCodeAt(index))) index++;
  if (index === spaced.length) return spaced;
  let shown = spaced.slice(0, index);
  for (const character of spaced.slice(index)) shown += carried(character.codePointAt(0)!) ? character : "\uFFFD";
  return shown;
}

/** Whether a numeric character reference carries the code point (as micromark decodes them): not C0 or C1 controls but tab, line feed, form feed and carriage return; not a lone surrogate; not a noncharacter. */
function carried(code: number): boolean {
  const control = code < 9 || code === 11 || (code > 13 && code < 32) || (code > 126 && code < 160);
  return !control && !(code >= 0xd800 && code <= 0xdfff) && !(code >= 0xfdd0 && code <= 0xfdef) && (code & 0xfffe) !== 0xfffe;
}

const parser = unified().use(remarkParse).freeze();
const toHtml = unified().use(remarkRehype).use(rehypeSanitize).use(rehypeStringify).freeze();

export function parseMarkdown(markdown: string): Root {
  return parser.parse(markdown) as Root;
}

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

/** HTML for the email from a parsed tree (remark-rehype, rehype-sanitize, rehype-stringify), which it changes. */
export function htmlOf(tree: Root): string {
  return String(toHtml.stringify(toHtml.runSync(tree))).trim();
}

/** The plain-text part from a parsed tree. */
export function textOf(tree: Root): string {
  return tidyText(blocks(tree.children as Content[]).join("\n\n"));
}

/** The plain-text part's last step: no more than one blank line in a row, no space around it. */
export function tidyText(text: string): string {
  return text.replace(/\n{3,}/g, "\n\n").trim();
}

/** A link in the plain-text part: its text, then its destination unless they are the same. */
export function linkText(label: string, url: string): string {
  return label === url ? url : `${label} (${url})`;
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
    case "link":
      return linkText(inlineText(node), node.url);
    case "image":
      return node.alt ?? "";
    case "html":
      return "";
    default:
      return "children" in node ? inlineText(node as Parent) : "";
  }
}

/** The plain text of an element's inline content. */
export function inlineText(node: Parent): string {
  return (node.children as Content[]).map(inline).join("");
}
