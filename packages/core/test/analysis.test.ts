import { coverage, distinctPaths, parseTemplate, PLACEHOLDER, skeletonOf, type IfNode, type Node, type Reader, type TemplateDocument } from "@tactful/core";
import { describe, expect, it } from "vitest";
import { allNodes, frontMatter } from "./helpers.js";

const VARIABLES = `variables:
  name: { type: string, maxLength: 4, pii: true, example: 张三 }
  amount: { type: number, example: 1 }
  days: { type: integer, example: 1 }
  items: { type: array, example: [] }
  user: { type: object, example: {} }
`;

function parse(body: string, extra = VARIABLES, channel: "sms" | "email" = "sms"): TemplateDocument {
  const document = parseTemplate(frontMatter(extra, channel) + body);
  expect(document.problems, JSON.stringify(document.problems)).toEqual([]);
  return document;
}

function source(document: TemplateDocument, node: Node): string {
  return document.text.slice(node.range[0], node.range[1]);
}

/** The branch path of a node as text: "if(days > 30)/consequent > for(items)/body". */
function pathOf(document: TemplateDocument, node: Node): string {
  return document
    .branchPath(node)
    .map((step) => {
      const head = step.node.type === "If" ? `if(${source(document, step.node.test)})` : step.node.type === "For" ? `for(${source(document, step.node.iterable)})` : step.node.type;
      return `${head}/${step.branch}`;
    })
    .join(" > ");
}

describe("branch paths", () => {
  const document = parse(
    "A{% if days > 30 %}B{% for i in items %}C{{ i }}{% if i.ok %}D{% else %}E{% endif %}{% else %}F{% endfor %}{% elif days > 3 %}G{% else %}H{% endif %}I",
  );
  const text = (value: string): Node => allNodes(document).find((node) => node.type === "Text" && node.value === value)!;

  it("gives each node the branches it sits in, outermost first", () => {
    expect(pathOf(document, text("A"))).toBe("");
    expect(pathOf(document, text("B"))).toBe("if(days > 30)/consequent");
    expect(pathOf(document, text("C"))).toBe("if(days > 30)/consequent > for(items)/body");
    expect(pathOf(document, text("D"))).toBe("if(days > 30)/consequent > for(items)/body > if(i.ok)/consequent");
    expect(pathOf(document, text("E"))).toBe("if(days > 30)/consequent > for(items)/body > if(i.ok)/alternate");
    expect(pathOf(document, text("F"))).toBe("if(days > 30)/consequent > for(items)/fallback");
    expect(pathOf(document, text("G"))).toBe("if(days > 30)/alternate > if(days > 3)/consequent");
    expect(pathOf(document, text("H"))).toBe("if(days > 30)/alternate > if(days > 3)/alternate");
    expect(pathOf(document, text("I"))).toBe("");
  });

  it("links every node to its parent", () => {
    const d = text("D");
    const block = document.parent(d)!;
    expect(block.type).toBe("Block");
    expect(document.parent(block)!.type).toBe("If");
    expect(document.parent(document.ast)).toBeNull();
  });

  it("ranges each branch between its tags", () => {
    const outer = document.ast.body.children.find((child): child is IfNode => child.type === "If")!;
    expect(source(document, outer.consequent)).toBe("B{% for i in items %}C{{ i }}{% if i.ok %}D{% else %}E{% endif %}{% else %}F{% endfor %}");
    expect(outer.alternate?.type).toBe("If");
    expect(source(document, outer.alternate!)).toBe("{% elif days > 3 %}G{% else %}H{% endif %}");
  });
});

describe("coverage", () => {
  /** A question that reads the skeleton text of each way through. */
  const textReader: Reader<string> = { read: (text, node) => text + (node.type === "Text" ? node.value : PLACEHOLDER), key: (text) => text };
  const covers = (document: TemplateDocument, test: (text: string) => boolean) => coverage(textReader, document.ast.body, [""], test);
  const has = (word: string) => (text: string) => text.includes(word);

  it("is always covered when the text is outside any branch", () => {
    const document = parse("X{% if days %}Y{% endif %}");
    expect(covers(document, has("X"))).toEqual({ always: true, partial: [], limit: null });
  });

  it("needs every branch, including an else, and reports the outermost partial if", () => {
    const onlyIf = parse("A{% if days %}X{% endif %}");
    const result = covers(onlyIf, has("X"));
    expect(result.always).toBe(false);
    expect(result.partial.map((node) => source(onlyIf, node))).toEqual(["{% if days %}X{% endif %}"]);

    const both = parse("{% if days %}X1{% elif amount %}X2{% else %}X3{% endif %}");
    expect(covers(both, has("X")).always).toBe(true);

    const nested = parse("{% if days %}{% if amount %}X{% else %}Y{% endif %}{% else %}X{% endif %}");
    const nestedResult = covers(nested, has("X"));
    expect(nestedResult.always).toBe(false);
    expect(nestedResult.partial).toHaveLength(1);
    expect(nestedResult.partial[0]!.loc.start.column).toBe(1);
  });

  it("sees wording that an output splits in two", () => {
    const document = parse("受{{ name }}委托{% if days %}，逾期{% endif %}");
    expect(covers(document, (text) => /受.{1,24}委托/u.test(text)).always).toBe(true);
  });

  it("sees wording that an if splits in two, when every branch completes it", () => {
    const document = parse("Reply {% if days %}STOP{% else %}STOP now{% endif %} to opt out");
    expect(covers(document, (text) => /\bReply STOP\b/u.test(text)).always).toBe(true);
    expect(covers(parse("Reply {% if days %}STOP{% else %}STOPPED{% endif %}"), (text) => /\bReply STOP\b/u.test(text)).always).toBe(false);
  });

  it("lists each distinct way through, with the branch taken at each if and for", () => {
    const document = parse("A{% if days %}B{% elif amount %}C{% endif %}{% for i in items %}D{% else %}E{% endfor %}");
    expect(distinctPaths(document.ast.body).map(skeletonOf).sort()).toEqual(["ABD", "ABE", "ACD", "ACE", "AD", "AE"]);
  });

  it("does not count a loop body, which may run zero times, unless its else has it too", () => {
    expect(covers(parse("{% for i in items %}X{% endfor %}"), has("X")).always).toBe(false);
    expect(covers(parse("{% for i in items %}X{% else %}X{% endfor %}"), has("X")).always).toBe(true);
  });

  it("ignores what a set captures: it is not in the message until output", () => {
    expect(covers(parse("{% set note %}X{% endset %}"), has("X")).always).toBe(false);
  });
});

describe("variables", () => {
  it("lists references with their path, filters in order and the output they render into", () => {
    const document = parse("{{ name | mask }}{{ user.profile[0].city | mask | upper }}{% if days > 3 %}{{ amount | money }}{% endif %}");
    expect(document.references.map((reference) => [reference.path, reference.filters.join("|"), reference.output ? "output" : "-"])).toEqual([
      ["name", "mask", "output"],
      ["user.profile[0].city", "mask|upper", "output"],
      ["days", "", "-"],
      ["amount", "money", "output"],
    ]);
  });

  it("does not count loop variables, loop, set targets or test names as variables", () => {
    const document = parse("{% for i in items %}{{ loop.index }}{{ i.x }}{% endfor %}{% set total = amount ~ days %}{{ total }}{% if name is defined %}x{% endif %}");
    expect(document.references.map((reference) => reference.name).sort()).toEqual(["amount", "days", "items", "name"]);
  });

  it("sees a set target used before its set as a variable", () => {
    const document = parse("{{ later }}{% set later = 1 %}{{ later }}", VARIABLES + "  later: { type: integer, example: 1 }\n");
    expect(document.references.filter((reference) => reference.name === "later")).toHaveLength(1);
  });

  it("does not render a value used only in a condition, a comparison or an argument", () => {
    const document = parse("{{ amount if days > 1 else 0 }}{{ 5 | money(name) }}");
    const rendered = Object.fromEntries(document.references.map((reference) => [reference.name, reference.output !== null]));
    expect(rendered).toEqual({ amount: true, days: false, name: false });
  });

  it("finds references in the subject, marked as such", () => {
    const document = parseTemplate(frontMatter(VARIABLES, "email").replace('subject: "账单提醒"', 'subject: "{{ name | mask }}，账单{{ amount }}"') + "正文");
    expect(document.references.map((reference) => `${reference.field}:${reference.name}`)).toEqual(["subject:name", "subject:amount"]);
  });

  it("reports a computed key as a dynamic path and still sees the key's own variables", () => {
    const document = parse("{{ user[name] }}");
    expect(document.references.map((reference) => reference.path)).toEqual(["user[*]", "name"]);
  });
});

describe("prose", () => {
  it("joins text and outputs between tags, with a placeholder per output", () => {
    const document = parse("您好{{ name | mask }}，您的借款{% if days %}已逾期{{ days }}天{% endif %}请还款。{# 注释 #}谢谢");
    expect(document.prose.map((segment) => [segment.text, segment.branchPath.length])).toEqual([
      [`您好${PLACEHOLDER}，您的借款`, 0],
      [`已逾期${PLACEHOLDER}天`, 1],
      ["请还款。谢谢", 0],
    ]);
  });

  it("maps a match in the prose back to the original characters", () => {
    const document = parse("您好{{ name | mask }}，上 门催收");
    const segment = document.prose[0]!;
    const at = segment.text.indexOf("上 门");
    expect(document.text.slice(...segment.sourceRange(at, at + 3))).toBe("上 门");
    const placeholder = segment.text.indexOf(PLACEHOLDER);
    expect(document.text.slice(...segment.sourceRange(placeholder, placeholder + 1))).toBe("{{ name | mask }}");
  });

  it("maps subject prose through YAML escapes", () => {
    const document = parseTemplate(frontMatter(VARIABLES, "email").replace('subject: "账单提醒"', 'subject: "请\\u8fd8款 \\"老赖\\""') + "正文");
    const segment = document.prose.find((candidate) => candidate.field === "subject")!;
    expect(segment.text).toBe('请还款 "老赖"');
    expect(document.text.slice(...segment.sourceRange(1, 2))).toBe("\\u8fd8");
    const at = segment.text.indexOf("老赖");
    expect(document.text.slice(...segment.sourceRange(at, at + 2))).toBe("老赖");
  });
});
