import { parseTemplate, type Node, type TemplateDocument } from "@tactful/core";
import { describe, expect, it } from "vitest";
import { allNodes, referencePosition } from "./helpers.js";

const TEMPLATE = [
  "---",
  "id: collection.overdue-notice",
  "version: 1",
  "channel: email",
  "locale: zh-CN",
  "category: collection",
  "audience: borrower",
  "sender: { name: 示例金融, role: creditor }",
  'subject: "您的借款 \\"{{ amount | money }}\\" 已逾期 😀{{ days }}天"',
  "variables:",
  "  name: { type: string, maxLength: 4, role: recipient-name, pii: true, example: 张三 }",
  "  amount: { type: number, role: amount-due, example: 1280.5 }",
  "  days: { type: integer, role: days-overdue, example: 15 }",
  "---",
  "【示例金融】👨‍👩‍👧{{ name | mask }}您好，",
  "{% if days > 30 %}您已逾期{{ days }}天😀{% elif days > 3 %}请尽快还款{% else %}温馨提醒{% endif %}",
  "{# tactful-disable-next-line sms-length -- 测试 #}",
  "金额{{ amount | money }}元。",
  "",
].join("\n");

function find(document: TemplateDocument, predicate: (node: Node, source: string) => boolean): Node {
  const found = allNodes(document).find((node) => predicate(node, document.text.slice(node.range[0], node.range[1])));
  if (!found) throw new Error("node not found");
  return found;
}

function variants(text: string): Record<string, string> {
  return {
    LF: text,
    CRLF: text.replace(/\n/g, "\r\n"),
    "lone CR": text.replace(/\n/g, "\r"),
    "BOM + CRLF": `\uFEFF${text.replace(/\n/g, "\r\n")}`,
  };
}

describe("positions", () => {
  it("places nodes exactly on LF text with CJK and emoji (UTF-16 columns)", () => {
    const document = parseTemplate(TEMPLATE);
    expect(document.problems).toEqual([]);
    const mask = find(document, (node) => node.type === "Output" && TEMPLATE.slice(node.range[0], node.range[1]).includes("mask"));
    // 【示例金融】 is 6 units, 👨‍👩‍👧 is 8 units (three surrogate pairs and two ZWJ).
    expect(mask.loc).toEqual({ start: { line: 15, column: 15 }, end: { line: 15, column: 32 } });
    const ifNode = find(document, (node) => node.type === "If" && TEMPLATE.slice(node.range[0], node.range[0] + 5) === "{% if");
    expect(ifNode.loc).toEqual({ start: { line: 16, column: 1 }, end: { line: 16, column: 85 } });
    const days = find(document, (node, source) => node.type === "Identifier" && source === "days" && node.loc.start.line === 16 && node.loc.start.column > 20);
    expect(days.loc.start).toEqual({ line: 16, column: 26 });
  });

  it("places subject nodes inside the YAML string, through escapes and emoji", () => {
    const document = parseTemplate(TEMPLATE);
    const subject = document.ast.frontMatter!.subject!;
    expect(TEMPLATE.slice(...subject.range)).toBe('"您的借款 \\"{{ amount | money }}\\" 已逾期 😀{{ days }}天"');
    const outputs = subject.children.filter((child) => child.type === "Output");
    expect(outputs.map((output) => TEMPLATE.slice(...output.range))).toEqual(["{{ amount | money }}", "{{ days }}"]);
    expect(outputs[0]!.loc.start).toEqual({ line: 9, column: 18 });
    expect(outputs[1]!.loc.start).toEqual({ line: 9, column: 47 });
    const text = subject.children[0]!;
    expect(text.type === "Text" && text.value).toBe('您的借款 "');
    expect(TEMPLATE.slice(...text.range)).toBe('您的借款 \\"');
  });

  for (const [name, text] of Object.entries(variants(TEMPLATE))) {
    it(`gives every node the same line and column in ${name} text as an independent count`, () => {
      const document = parseTemplate(text);
      expect(document.problems).toEqual([]);
      const nodes = allNodes(document);
      expect(nodes.length).toBeGreaterThan(40);
      for (const node of nodes) {
        expect(node.loc.start, `${node.type} start`).toEqual(referencePosition(text, node.range[0]));
        expect(node.loc.end, `${node.type} end`).toEqual(referencePosition(text, node.range[1]));
      }
    });
  }

  it("keeps the same positions across line endings and a BOM, with ranges on the text as given", () => {
    const base = parseTemplate(TEMPLATE);
    for (const [name, text] of Object.entries(variants(TEMPLATE))) {
      const document = parseTemplate(text);
      const nodes = allNodes(document);
      const baseNodes = allNodes(base);
      expect(nodes.map((node) => `${node.type} ${node.loc.start.line}:${node.loc.start.column}`), name).toEqual(
        baseNodes.map((node) => `${node.type} ${node.loc.start.line}:${node.loc.start.column}`),
      );
      for (const [index, node] of nodes.entries()) {
        if (node.type !== "Identifier" && node.type !== "Output") continue;
        // The same source, whatever the line endings (outputs never span a line here).
        expect(text.slice(...node.range), name).toBe(TEMPLATE.slice(...baseNodes[index]!.range));
      }
    }
  });

  it("reports a problem after CJK and emoji at its exact column", () => {
    const text = TEMPLATE.replace("{% else %}温馨提醒{% endif %}", "{% else %}温馨提醒");
    for (const [name, variant] of Object.entries(variants(text))) {
      const document = parseTemplate(variant);
      const problem = document.problems.find((candidate) => candidate.code === "template-syntax");
      expect(problem, name).toBeDefined();
      // It points at the `{% if %}` that is never closed.
      expect(problem!.loc.start, name).toEqual({ line: 16, column: 1 });
      expect(problem!.message).toContain("never closed");
    }
  });
});
