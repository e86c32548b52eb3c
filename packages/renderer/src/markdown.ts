import type { Content, Parent, Root } from "mdast";
import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

/**
 * Email bodies are Markdown. A value rendered into one must stay text: its line breaks become
 * spaces (so it cannot start a heading, a list or a new paragraph) and every character
 * Markdown gives meaning to is escaped (so `[x](javascript:…)`, `**`, `<script>` and `<https://…>`
 * are shown, not interpreted). Bare URLs are never turned into links (no GFM autolinks).
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\r\n]+/g, " ").replace(/[\\`*_{}[\]()#+\-.!|<>~&]/g, "\\$&");
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
