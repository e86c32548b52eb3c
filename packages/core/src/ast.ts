/**
 * The positioned AST of a template. Every node has `range` (UTF-16 offsets into the text
 * given to `parseTemplate`, end exclusive) and `loc` (1-based line and column as an editor
 * shows them: a leading BOM is not counted, and `\r\n`, `\r` and `\n` each end a line).
 */

/** [start, end) in UTF-16 code units of the text given to `parseTemplate`. */
export type Range = [start: number, end: number];

/** 1-based line, 1-based column in UTF-16 code units. */
export interface Position {
  line: number;
  column: number;
}

export interface SourceLocation {
  start: Position;
  end: Position;
}

interface BaseNode {
  range: Range;
  loc: SourceLocation;
  /**
   * Set on an expression written in parentheses. nunjucks evaluates operators as the JavaScript
   * it generates does, where only these parentheses group: the renderer needs to know them.
   */
  parenthesized?: true;
}

// ── Document structure ───────────────────────────────────────────────────────

export interface TemplateNode extends BaseNode {
  type: "Template";
  frontMatter: FrontMatterNode | null;
  body: BodyNode;
}

/** The `---` … `---` block. Its Nunjucks strings (subject, title) are parsed like the body. */
export interface FrontMatterNode extends BaseNode {
  type: "FrontMatter";
  subject: StringTemplateNode | null;
  title: StringTemplateNode | null;
}

/** A Nunjucks string inside the front matter, positioned where its characters are in the file. */
export interface StringTemplateNode extends BaseNode {
  type: "StringTemplate";
  field: StringField;
  children: ContentNode[];
}

export type StringField = "subject" | "title";
export type TextField = "body" | StringField;

export interface BodyNode extends BaseNode {
  type: "Body";
  children: ContentNode[];
}

/** The content of one branch: an `if`/`elif`/`else` arm, a `for` body or its `else`. */
export interface BlockNode extends BaseNode {
  type: "Block";
  children: ContentNode[];
}

export type ContainerNode = BodyNode | BlockNode | StringTemplateNode;

// ── Content ──────────────────────────────────────────────────────────────────

export type ContentNode = TextNode | OutputNode | IfNode | ForNode | SetNode | CommentNode | TagNode;

/** Literal text. `value` is what is rendered (after whitespace control and YAML unescaping). */
export interface TextNode extends BaseNode {
  type: "Text";
  value: string;
}

/** `{{ expression }}` */
export interface OutputNode extends BaseNode {
  type: "Output";
  expression: Expression;
}

/** `{% if %}` … `{% endif %}`. An `elif` is an `If` in `alternate`, as in ESTree. */
export interface IfNode extends BaseNode {
  type: "If";
  test: Expression;
  consequent: BlockNode;
  alternate: IfNode | BlockNode | null;
}

/** `{% for a, b in iterable %}` … `{% else %}` … `{% endfor %}` */
export interface ForNode extends BaseNode {
  type: "For";
  targets: IdentifierNode[];
  iterable: Expression;
  body: BlockNode;
  fallback: BlockNode | null;
}

/** `{% set a = value %}` or the block form `{% set a %}` … `{% endset %}` */
export interface SetNode extends BaseNode {
  type: "Set";
  targets: IdentifierNode[];
  value: Expression | null;
  body: BlockNode | null;
}

/** `{# … #}`; `value` is the text inside, without the delimiters and whitespace-control dashes. */
export interface CommentNode extends BaseNode {
  type: "Comment";
  value: string;
}

/** Any other tag (`include`, `macro`, `call`, `filter`, `block`, `extends`, `import`, `switch`…). */
export interface TagNode extends BaseNode {
  type: "Tag";
  name: string;
  children: Array<BlockNode | Expression>;
}

// ── Expressions ──────────────────────────────────────────────────────────────

export type Expression =
  | LiteralNode
  | IdentifierNode
  | MemberNode
  | FilterNode
  | CallNode
  | KeywordArgumentNode
  | UnaryNode
  | BinaryNode
  | CompareNode
  | TestNode
  | ConditionalNode
  | ArrayExpressionNode
  | DictExpressionNode
  | DictEntryNode;

export interface LiteralNode extends BaseNode {
  type: "Literal";
  value: string | number | boolean | null;
  /** Set for regular-expression literals (`r/…/`). */
  regex?: { pattern: string; flags: string };
}

export interface IdentifierNode extends BaseNode {
  type: "Identifier";
  name: string;
}

/** `object.property` (`computed: false`, property is a string Literal) or `object[property]`. */
export interface MemberNode extends BaseNode {
  type: "Member";
  object: Expression;
  property: Expression;
  computed: boolean;
}

/** `input | name(arguments)` */
export interface FilterNode extends BaseNode {
  type: "Filter";
  name: string;
  /** Where the filter's name is written. */
  nameRange: Range;
  input: Expression;
  arguments: Expression[];
}

/** `callee(arguments)` */
export interface CallNode extends BaseNode {
  type: "Call";
  callee: Expression;
  arguments: Expression[];
}

/** `name=value` inside the arguments of a call or filter. */
export interface KeywordArgumentNode extends BaseNode {
  type: "KeywordArgument";
  name: string;
  value: Expression;
}

export interface UnaryNode extends BaseNode {
  type: "Unary";
  operator: "not" | "-" | "+";
  argument: Expression;
}

export type BinaryOperator = "and" | "or" | "in" | "+" | "-" | "*" | "/" | "//" | "%" | "**" | "~";

export interface BinaryNode extends BaseNode {
  type: "Binary";
  operator: BinaryOperator;
  left: Expression;
  right: Expression;
}

/** `a < b <= c`: `operators[i]` sits between `operands[i]` and `operands[i + 1]`. */
export interface CompareNode extends BaseNode {
  type: "Compare";
  operands: Expression[];
  operators: string[];
}

/** `argument is name` or `argument is name(arguments)`; the name is a test, not a variable. */
export interface TestNode extends BaseNode {
  type: "Test";
  argument: Expression;
  name: string;
  arguments: Expression[];
}

/** `consequent if test else alternate` */
export interface ConditionalNode extends BaseNode {
  type: "Conditional";
  test: Expression;
  consequent: Expression;
  alternate: Expression | null;
}

export interface ArrayExpressionNode extends BaseNode {
  type: "ArrayExpression";
  elements: Expression[];
}

export interface DictExpressionNode extends BaseNode {
  type: "DictExpression";
  entries: DictEntryNode[];
}

export interface DictEntryNode extends BaseNode {
  type: "DictEntry";
  key: Expression;
  value: Expression;
}

export type Node =
  | TemplateNode
  | FrontMatterNode
  | StringTemplateNode
  | BodyNode
  | BlockNode
  | ContentNode
  | Expression;

export type NodeType = Node["type"];

/** Child keys of each node type, in source order. Traversal and selectors use them. */
export const visitorKeys: Readonly<Record<NodeType, readonly string[]>> = {
  Template: ["frontMatter", "body"],
  FrontMatter: ["subject", "title"],
  StringTemplate: ["children"],
  Body: ["children"],
  Block: ["children"],
  Text: [],
  Output: ["expression"],
  If: ["test", "consequent", "alternate"],
  For: ["targets", "iterable", "body", "fallback"],
  Set: ["targets", "value", "body"],
  Comment: [],
  Tag: ["children"],
  Literal: [],
  Identifier: [],
  Member: ["object", "property"],
  Filter: ["input", "arguments"],
  Call: ["callee", "arguments"],
  KeywordArgument: ["value"],
  Unary: ["argument"],
  Binary: ["left", "right"],
  Compare: ["operands"],
  Test: ["argument", "arguments"],
  Conditional: ["consequent", "test", "alternate"],
  ArrayExpression: ["elements"],
  DictExpression: ["entries"],
  DictEntry: ["key", "value"],
};

/** The direct children of a node, in source order. */
export function childrenOf(node: Node): Node[] {
  const children: Node[] = [];
  const record = node as unknown as Record<string, unknown>;
  for (const key of visitorKeys[node.type]) {
    const value = record[key];
    // A loop, not push(...value): a body may have more children than a call takes arguments.
    if (Array.isArray(value)) for (const child of value as Node[]) children.push(child);
    else if (value) children.push(value as Node);
  }
  return children;
}
