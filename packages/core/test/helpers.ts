import { childrenOf, type Node, type Position, type TemplateDocument } from "@tactful/core";

/** Every node of a document's AST, depth first. */
export function allNodes(document: TemplateDocument): Node[] {
  const out: Node[] = [];
  const visit = (node: Node): void => {
    out.push(node);
    for (const child of childrenOf(node)) visit(child);
  };
  visit(document.ast);
  return out;
}

/**
 * An independent reference for positions: split on CRLF, CR or LF and count UTF-16 units,
 * not counting a leading BOM (what ESLint, LSP and editors show).
 */
export function referencePosition(text: string, offset: number): Position {
  const bom = text.startsWith("\uFEFF") ? 1 : 0;
  const before = text.slice(bom, Math.max(offset, bom));
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: lines.at(-1)!.length + 1 };
}

/** `referencePosition` for many offsets of one large text: the same rule, with the line starts found once. */
export function referencePositions(text: string): (offset: number) => Position {
  const bom = text.startsWith("\uFEFF") ? 1 : 0;
  const starts = [bom];
  for (const match of text.slice(bom).matchAll(/\r\n|\r|\n/g)) starts.push(bom + match.index + match[0].length);
  return (offset) => {
    const at = Math.max(offset, bom);
    let line = 0;
    for (let step = 1 << 20; step > 0; step >>= 1) if (line + step < starts.length && starts[line + step]! <= at) line += step;
    return { line: line + 1, column: at - starts[line]! + 1 };
  };
}

/** A minimal valid front matter for a channel, to build test templates from. */
export function frontMatter(extra = "", channel: "sms" | "email" | "push" = "sms", locale = "zh-CN"): string {
  const channelKey = channel === "email" ? 'subject: "账单提醒"\n' : channel === "push" ? "title: 还款提醒\n" : "";
  return [
    "---",
    "id: test.example",
    "version: 1",
    `channel: ${channel}`,
    `locale: ${locale}`,
    "category: reminder",
    "audience: borrower",
    "sender: { name: 示例金融, role: creditor }",
    channelKey + extra,
    "---",
    "",
  ]
    .join("\n")
    .replace(/\n\n+---/, "\n---");
}
