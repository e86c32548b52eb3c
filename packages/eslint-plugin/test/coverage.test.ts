import { parseTemplate, PLACEHOLDER, type ContentNode, type IfNode, type OutputNode, type TextNode } from "@tactful/core";
import { compilePattern } from "@tactful/policies";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { listedCoverage, listPaths, type ListedPath } from "../../../test/support/enumerate.js";
import { TemplateSourceCode } from "../src/language/template-source-code.js";
import { messageCoverage, signatureOf, type Evidence } from "../src/util/message.js";
import { template } from "./rule-tester.js";

const VARIABLES = [
  "name: { type: string, maxLength: 4, role: recipient-name, pii: true, example: Ann }",
  "amount: { type: number, maximum: 99, role: amount-due, example: 1 }",
  "flag: { type: boolean, example: true }",
  "items: { type: array, maxItems: 3, items: { type: string, maxLength: 3 }, example: [a] }",
];

/** Pieces chosen so that wordings form across outputs, tags and branches. */
const piece = fc.constantFrom("Reply", " ", "STOP", "x", "A", "B", "AB", "【", "】", "\n", "{{ name }}", "{{ amount }}", "{{ x }}");

const { content } = fc.letrec<{ content: string; node: string }>((tie) => ({
  content: fc.array(tie("node"), { maxLength: 4 }).map((nodes) => nodes.join("")),
  node: fc.oneof(
    { maxDepth: 3, depthSize: "small", withCrossShrink: true },
    piece,
    fc
      .tuple(tie("content"), fc.array(tie("content"), { maxLength: 2 }), fc.option(tie("content"), { nil: undefined }))
      .map(([then, elifs, otherwise]) => `{% if flag %}${then}${elifs.map((branch) => `{% elif amount %}${branch}`).join("")}${otherwise === undefined ? "" : `{% else %}${otherwise}`}{% endif %}`),
    fc
      .tuple(tie("content"), fc.option(tie("content"), { nil: undefined }))
      .map(([body, otherwise]) => `{% for item in items %}${body}${otherwise === undefined ? "" : `{% else %}${otherwise}`}{% endfor %}`),
    tie("content").map((captured) => `{% set note %}${captured}{% endset %}`),
  ),
}));

/** The questions rules ask: wordings (with lookarounds, word boundaries and anchors), roles, literal names, a signature. */
const QUESTIONS: ReadonlyArray<readonly Evidence[]> = [
  [{ wordings: [{ pattern: "\\b(?:reply|text)\\s+STOP\\b", ignoreCase: true }] }],
  [{ wordings: [{ pattern: "STOP(?![A-Z])" }] }, { role: "recipient-name" }],
  [{ wordings: [{ pattern: "(?<=x)A(?=B)" }] }],
  [{ wordings: [{ pattern: "^A|B$" }] }],
  [{ wordings: [{ pattern: "(?<!\\n)A" }] }],
  [{ wordings: [{ pattern: "B(?!\\n)" }] }, { phrase: "STOP" }],
  [{ wordings: [{ pattern: "A.{1,3}B" }] }, { phrase: "【x】" }],
  [{ role: "amount-due" }, { role: "recipient-name" }],
  [{ phrase: "AB" }],
  [{ signature: { open: "【", close: "】" } }],
  [{ signature: { open: "【", close: "】" } }, { wordings: [{ pattern: "STOP" }] }],
];

/** The reference: list every pair of a subject path and a body path, and test the text each reads. */
function listedAnswer(sourceCode: TemplateSourceCode, evidence: readonly Evidence[]): { always: boolean; partial: IfNode[] } {
  const { ast, references, variables } = sourceCode.document;
  const heads = ast.frontMatter?.subject ? listPaths(ast.frontMatter.subject) : [{ nodes: [], choices: new Map() } as ListedPath];
  const read = (head: ListedPath, body: ListedPath): { text: string; bodyStart: number; nodes: Array<TextNode | OutputNode> } => {
    let text = "";
    let bodyStart = 0;
    const nodes = [...head.nodes, ...body.nodes];
    nodes.forEach((node, index) => {
      if (index === head.nodes.length && index > 0) {
        text += "\n";
        bodyStart = text.length;
      }
      text += node.type === "Text" ? node.value : PLACEHOLDER;
    });
    return { text, bodyStart, nodes };
  };
  const satisfied = (path: ReturnType<typeof read>): boolean =>
    evidence.some((item) => {
      if ("role" in item) return references.some((reference) => reference.output !== null && path.nodes.includes(reference.output) && variables.get(reference.name)?.role === item.role);
      if ("wordings" in item) return item.wordings.some((wording) => compilePattern(wording.pattern, wording.ignoreCase).test(path.text));
      if ("phrase" in item) return path.text.includes(item.phrase);
      if ("signature" in item) return signatureOf(path, item.signature.open, item.signature.close).kind === "found";
      return true;
    });
  return listedCoverage(listPaths(ast.body), ast.body, (body) => heads.every((head) => satisfied(read(head, body))));
}

/** How many paths `listPaths` would list. */
function pathCount(children: readonly ContentNode[]): number {
  return children.reduce((product, child) => {
    if (child.type === "If") {
      let arms = 0;
      for (let link: IfNode | null = child; link; link = link.alternate?.type === "If" ? link.alternate : null) {
        arms += pathCount(link.consequent.children);
        if (link.alternate?.type !== "If") arms += link.alternate ? pathCount(link.alternate.children) : 1;
      }
      return product * arms;
    }
    if (child.type === "For") return product * (pathCount(child.body.children) + (child.fallback ? pathCount(child.fallback.children) : 1));
    return product;
  }, 1);
}

describe("coverage of a message", () => {
  it("is what listing every path says, for any small template, subject and question", () => {
    fc.assert(
      fc.property(content, fc.option(content, { nil: undefined }), fc.constantFrom(...QUESTIONS), (body, subject, evidence) => {
        const text = template({ channel: subject === undefined ? "sms" : "email", locale: "en-US", variables: VARIABLES, body, ...(subject === undefined ? {} : { subject }) });
        const document = parseTemplate(text);
        expect(document.problems.filter((problem) => problem.fatal)).toEqual([]);
        const sourceCode = new TemplateSourceCode({ text, document });
        // The reference lists paths one by one: keep to templates it can list.
        fc.pre(pathCount(document.ast.body.children) * (document.ast.frontMatter?.subject ? pathCount(document.ast.frontMatter.subject.children) : 1) <= 2000);
        const read = messageCoverage(sourceCode, evidence);
        const listed = listedAnswer(sourceCode, evidence);
        expect(read.limit).toBeNull();
        expect(read.always).toBe(listed.always);
        expect(read.partial.map((node) => node.range)).toEqual(listed.partial.map((node) => node.range));
      }),
      { numRuns: 300 },
    );
  });

  it("reads a wording whole, with what stands before and after it on every way through", () => {
    const covered = (subject: string | undefined, body: string, pattern: string): boolean => {
      const text = template({ channel: subject === undefined ? "sms" : "email", locale: "en-US", variables: VARIABLES, body, ...(subject === undefined ? {} : { subject }) });
      return messageCoverage(new TemplateSourceCode({ text, document: parseTemplate(text) }), [{ wordings: [{ pattern }] }]).always;
    };
    // The subject and a line break come before the body.
    expect(covered("Hi", "AB", "(?<!\\n)A")).toBe(false);
    expect(covered(undefined, "AB", "(?<!\\n)A")).toBe(true);
    // A word before the phrase on one way through breaks its word boundary.
    expect(covered(undefined, "{% if flag %}x{% endif %}Reply STOP", "\\bReply STOP")).toBe(false);
    expect(covered(undefined, "{% if flag %}x {% endif %}Reply STOP", "\\bReply STOP")).toBe(true);
    // A phrase split across an if, whole on every way through.
    expect(covered(undefined, "Reply {% if flag %}STOP{% else %}STOP now{% endif %}", "\\bReply STOP\\b")).toBe(true);
    expect(covered(undefined, "Reply {% if flag %}STOP{% else %}STOPPED{% endif %}", "\\bReply STOP\\b")).toBe(false);
  });

  it("finds a wording made for one channel only on that channel, whatever was read before with the same text", () => {
    const pushOnly: Evidence[] = [{ wordings: [{ pattern: "\\bReply STOP\\b", channel: ["push"] }] }];
    const covered = (channel: "push" | "sms"): boolean => {
      const text = template({ channel, locale: "en-US", variables: VARIABLES, body: "Hi {{ name }}, Reply STOP to end.", ...(channel === "push" ? { title: "Hi" } : {}) });
      return messageCoverage(new TemplateSourceCode({ text, document: parseTemplate(text) }), pushOnly).always;
    };
    expect([covered("push"), covered("sms"), covered("push"), covered("sms")]).toEqual([true, false, true, false]);
  });

  it("reads forty ifs, each with its own text, without listing their 2⁴⁰ paths", () => {
    const body = Array.from({ length: 40 }, (_, index) => `{% if flag %}Note ${index}: {{ amount }}. {% endif %}`).join("") + "Reply STOP to opt out.";
    const text = template({ locale: "en-US", variables: VARIABLES, body });
    const sourceCode = new TemplateSourceCode({ text, document: parseTemplate(text) });
    const ifs = sourceCode.document.ast.body.children.filter((node) => node.type === "If");
    expect(messageCoverage(sourceCode, [{ wordings: [{ pattern: "\\breply\\s+STOP\\b", ignoreCase: true }] }])).toEqual({ always: true, partial: [], limit: null });
    // Each if decides whether the amount is shown at all when the ifs after it are skipped.
    expect(messageCoverage(sourceCode, [{ role: "amount-due" }])).toEqual({ always: false, partial: ifs, limit: null });
    expect(messageCoverage(sourceCode, [{ role: "recipient-name" }])).toEqual({ always: false, partial: [], limit: null });
  });

  it("stops with an error at the if where the distinct texts to tell apart pass the limit, never with a pass", () => {
    const body = Array.from({ length: 40 }, (_, index) => `{% if flag %}Note ${index}. {% endif %}`).join("") + "{% if flag %}Reply STOP to opt out.{% endif %}";
    const text = template({ locale: "en-US", variables: VARIABLES, body });
    const sourceCode = new TemplateSourceCode({ text, document: parseTemplate(text) });
    const ifs = sourceCode.document.ast.body.children.filter((node) => node.type === "If");
    // 2¹² distinct texts after the twelfth if; the thirteenth passes 4,096.
    expect(messageCoverage(sourceCode, [{ wordings: [{ pattern: "\\breply\\s+STOP\\b", ignoreCase: true }] }])).toEqual({ always: false, partial: [], limit: ifs[12] });
  });
});
