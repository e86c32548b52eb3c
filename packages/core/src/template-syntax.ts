import lexer from "nunjucks/src/lexer.js";
import type nodes from "nunjucks/src/nodes.js";
import parser from "nunjucks/src/parser.js";
import type {
  BinaryOperator,
  BlockNode,
  CommentNode,
  ContentNode,
  Expression,
  ForNode,
  IdentifierNode,
  IfNode,
  Range,
  SetNode,
  TagNode,
  TextNode,
} from "./ast.js";
import { childrenOf } from "./ast.js";
import { tooDeep, tooManyTagTokens, type ParseLimits } from "./limits.js";
import type { ParseMessage } from "./parse-messages.js";
import { NewlineIndex, type LineIndex } from "./lines.js";

type NunjucksNode = nodes.NunjucksNode;

/**
 * Where the characters of a parsed string are in the file. `start(i)` is the file offset of
 * character `i`; `end(i)` is the file offset just after character `i - 1`. For the body both
 * are `base + i`; for a YAML string they follow its quotes, escapes and folded lines.
 */
export interface OffsetMap {
  start(index: number): number;
  end(index: number): number;
}

export interface ParsedTemplateSource {
  children: ContentNode[];
  comments: CommentNode[];
  /** Set when the source is not valid Nunjucks, or nested too deeply; `children` is then empty. */
  error: { code: "template-syntax" | "too-deep" | "too-complex"; message: ParseMessage; range: Range } | null;
  /** File range of each character of each Text node's value. */
  textSpans: Map<TextNode, (index: number) => Range>;
}

interface RecordedToken {
  type: string;
  start: number;
  end: number;
  value: lexer.Token["value"];
  key: string;
}

interface TagInfo {
  name: string;
  start: number;
  end: number;
  nameToken: number;
  /** The next tag of the same construct (`elif`, `else`, the end tag). */
  next: TagInfo | null;
  /** The tag that opened the construct this tag continues or closes. */
  opener: TagInfo | null;
  closer: TagInfo | null;
}

const OPENERS = new Set(["if", "ifAsync", "for", "asyncEach", "asyncAll", "macro", "call", "filter", "block", "switch"]);
const MIDDLES = new Set(["elif", "elseif", "else", "case", "default"]);
const CLOSERS = new Set(["endif", "endfor", "endeach", "endall", "endmacro", "endcall", "endfilter", "endblock", "endswitch", "endset"]);
const OPENING_BRACKETS = new Set(["left-paren", "left-bracket", "left-curly"]);
const CLOSING_BRACKETS = new Set(["right-paren", "right-bracket", "right-curly"]);

/** nunjucks' comparison operators; each compiles to the JavaScript operator of the same name. */
const COMPARE_OPERATORS = new Set(["==", "===", "!=", "!==", "<", ">", "<=", ">="]);

const BINARY_OPERATORS: Readonly<Record<string, BinaryOperator>> = {
  And: "and",
  Or: "or",
  In: "in",
  Add: "+",
  Sub: "-",
  Mul: "*",
  Div: "/",
  FloorDiv: "//",
  Mod: "%",
  Pow: "**",
  Concat: "~",
};

/**
 * Parses a Nunjucks source with the nunjucks lexer and parser and builds the positioned AST.
 * nunjucks gives nodes only a 0-based start line and column; the tokenizer is wrapped so that
 * every token also records its exact offsets, from which every node gets its full range.
 */
export function parseTemplateSource(source: string, offsets: OffsetMap, lines: LineIndex, limits: Pick<ParseLimits, "maxDepth" | "maxTagTokens">): ParsedTemplateSource {
  const { maxDepth, maxTagTokens } = limits;
  // nunjucks counts lines on "\n" only; a lone "\r" becomes "\n" (same length, same offsets).
  const normalized = source.replace(/\r(?!\n)/g, "\n");
  const tokens: RecordedToken[] = [];
  const tokenizer = lexer.lex(normalized);
  const nextToken = tokenizer.nextToken.bind(tokenizer);
  let tagStart = -1;
  let tagTokens = 0;
  tokenizer.nextToken = () => {
    const start = tokenizer.index;
    const token = nextToken();
    if (!token) return token;
    tokens.push({ type: token.type, value: token.value, start, end: tokenizer.index, key: `${token.lineno}:${token.colno}` });
    if (token.type === "block-start" || token.type === "variable-start") [tagStart, tagTokens] = [start, 0];
    else if (token.type === "block-end" || token.type === "variable-end") tagStart = -1;
    else if (tagStart >= 0 && token.type !== "whitespace" && ++tagTokens > maxTagTokens) throw new TagTooLong(tagStart);
    return token;
  };

  const builder = new AstBuilder(source, normalized, tokens, offsets, lines);
  let root: NunjucksNode;
  try {
    root = new parser.Parser(tokenizer).parseAsRoot();
  } catch (error) {
    if (error instanceof TagTooLong) {
      const range: Range = [offsets.start(error.start), offsets.end(error.start + 2)];
      return { children: [], comments: builder.comments(), error: { code: "too-complex", message: tooManyTagTokens(maxTagTokens), range }, textSpans: new Map() };
    }
    return { children: [], comments: builder.comments(), error: builder.syntaxError(error, normalized, tokenizer.index, maxDepth), textSpans: new Map() };
  }
  // Everything after this point walks the tree recursively: refuse a tree deeper than the limit first.
  const deepest = deeperThan(root, maxDepth);
  if (deepest) {
    const start = new NewlineIndex(normalized).offsetAt(deepest.lineno, deepest.colno);
    const at = Math.min(Math.max(start, 0), normalized.length);
    const range: Range = [offsets.start(at), offsets.end(Math.min(at + 1, normalized.length))];
    return { children: [], comments: builder.comments(), error: { code: "too-deep", message: tooDeep("template", maxDepth), range }, textSpans: new Map() };
  }
  const children = builder.contentList(root.children ?? []);
  const comments = builder.comments();
  // Fail closed: a node, field or name the AST cannot hold is refused, never dropped.
  if (builder.unsupported) return { children: [], comments, error: { code: "template-syntax", ...builder.unsupported }, textSpans: new Map() };
  placeComments(children, comments);
  return { children, comments, error: null, textSpans: builder.textSpans };
}

/** Thrown from inside the parser when a tag holds more tokens than the limit; `start` is where the tag opens. */
class TagTooLong extends Error {
  constructor(readonly start: number) {
    super("tag too long");
  }
}

class AstBuilder {
  readonly #source: string;
  readonly #normalized: string;
  readonly #tokens: RecordedToken[];
  readonly #offsets: OffsetMap;
  readonly #lines: LineIndex;
  readonly #tokenAt = new Map<string, number>();
  readonly #matchingBracket = new Map<number, number>();
  readonly #tagByNameToken = new Map<number, TagInfo>();
  readonly #tags: TagInfo[] = [];
  readonly textSpans = new Map<TextNode, (index: number) => Range>();
  /** The first construct that could not be mapped; the template is then refused with it. */
  unsupported: { message: ParseMessage; range: Range } | null = null;
  /** Inside a tag other than if, for and set: the gate refuses the whole tag, so its parts are best effort. */
  #lenient = 0;

  constructor(source: string, normalized: string, tokens: RecordedToken[], offsets: OffsetMap, lines: LineIndex) {
    this.#source = source;
    this.#normalized = normalized;
    this.#tokens = tokens;
    this.#offsets = offsets;
    this.#lines = lines;
  }

  /** Indexes the recorded tokens; called once the parser has pulled them all. */
  #index(): void {
    if (this.#tokenAt.size > 0 || this.#tokens.length === 0) return;
    const brackets: number[] = [];
    const open: TagInfo[] = [];
    const chainEnd = new Map<TagInfo, TagInfo>();
    for (let i = 0; i < this.#tokens.length; i++) {
      const token = this.#tokens[i]!;
      if (!this.#tokenAt.has(token.key)) this.#tokenAt.set(token.key, i);
      if (OPENING_BRACKETS.has(token.type)) brackets.push(i);
      else if (CLOSING_BRACKETS.has(token.type) && brackets.length > 0) this.#matchingBracket.set(brackets.pop()!, i);
      if (token.type !== "block-start") continue;
      const tag = this.#readTag(i);
      if (!tag) continue;
      this.#tags.push(tag);
      this.#tagByNameToken.set(tag.nameToken, tag);
      const top = open.at(-1);
      if (OPENERS.has(tag.name) || (tag.name === "set" && !this.#hasAssignment(tag))) {
        open.push(tag);
        chainEnd.set(tag, tag);
      } else if (top && MIDDLES.has(tag.name)) {
        chainEnd.get(top)!.next = tag;
        chainEnd.set(top, tag);
        tag.opener = top;
      } else if (top && CLOSERS.has(tag.name)) {
        open.pop();
        chainEnd.get(top)!.next = tag;
        top.closer = tag;
        tag.opener = top;
      }
    }
  }

  #readTag(blockStart: number): TagInfo | null {
    const nameToken = this.#nextSignificant(blockStart);
    const name = this.#tokens[nameToken];
    if (!name || name.type !== "symbol") return null;
    let end = nameToken;
    while (end < this.#tokens.length && this.#tokens[end]!.type !== "block-end") end++;
    const endToken = this.#tokens[end];
    let endOffset = endToken ? endToken.end : this.#source.length;
    if (name.value === "raw" || name.value === "verbatim") {
      // nunjucks consumes raw content and its end tag without tokens: the tag spans the gap.
      endOffset = this.#tokens[end + 1]?.start ?? this.#source.length;
    }
    return { name: String(name.value), start: this.#tokens[blockStart]!.start, end: endOffset, nameToken, next: null, opener: null, closer: null };
  }

  #hasAssignment(tag: TagInfo): boolean {
    for (let i = tag.nameToken + 1; i < this.#tokens.length; i++) {
      const token = this.#tokens[i]!;
      if (token.type === "block-end") return false;
      if (token.type === "operator" && token.value === "=") return true;
    }
    return false;
  }

  #nextSignificant(index: number): number {
    let i = index + 1;
    while (i < this.#tokens.length && this.#tokens[i]!.type === "whitespace") i++;
    return i;
  }

  #tokenIndexOf(node: NunjucksNode): number | undefined {
    this.#index();
    return this.#tokenAt.get(`${node.lineno}:${node.colno}`);
  }

  /** File range of a local [start, end). */
  #range(start: number, end: number): Range {
    const fileStart = this.#offsets.start(start);
    return [fileStart, end > start ? this.#offsets.end(end) : fileStart];
  }

  /** Records a construct the AST cannot hold (the first one is reported) and returns a placeholder. */
  #refuse(node: NunjucksNode | null, message: ParseMessage): Expression {
    const index = node ? this.#tokenIndexOf(node) : undefined;
    const token = index === undefined ? undefined : this.#tokens[index];
    const range = token ? this.#range(token.start, token.end) : this.#range(0, 0);
    if (this.#lenient === 0 && !this.unsupported) this.unsupported = { message, range };
    return this.#node({ type: "Literal", value: null }, range);
  }

  #node<const T extends { type: string }>(fields: T, range: Range): T & { range: Range; loc: ReturnType<LineIndex["locOf"]> } {
    return { ...fields, range, loc: this.#lines.locOf(range) };
  }

  /** The local range of the token a node is positioned at, through its matching bracket. */
  #ownRange(node: NunjucksNode): [number, number] | null {
    const index = this.#tokenIndexOf(node);
    if (index === undefined) return null;
    const token = this.#tokens[index]!;
    if (OPENING_BRACKETS.has(token.type)) {
      const match = this.#matchingBracket.get(index);
      return [token.start, match === undefined ? token.end : this.#tokens[match]!.end];
    }
    if (token.type === "operator" && token.value === ".") {
      const name = this.#tokens[this.#nextSignificant(index)];
      return [token.start, name ? name.end : token.end];
    }
    return [token.start, token.end];
  }

  #hull(own: [number, number] | null, parts: ReadonlyArray<{ range: Range } | null>): Range {
    let start = Infinity;
    let end = -Infinity;
    if (own) [start, end] = this.#range(own[0], own[1]);
    for (const part of parts) {
      if (!part) continue;
      start = Math.min(start, part.range[0]);
      end = Math.max(end, part.range[1]);
    }
    if (start === Infinity) {
      const fallback = this.#offsets.start(0);
      return [fallback, fallback];
    }
    return [start, end];
  }

  // ── Content ────────────────────────────────────────────────────────────────

  contentList(list: readonly NunjucksNode[]): ContentNode[] {
    const out: ContentNode[] = [];
    for (const node of list) {
      const converted = this.#content(node);
      if (converted) out.push(converted);
    }
    return out;
  }

  #content(node: NunjucksNode): ContentNode | null {
    const index = this.#tokenIndexOf(node);
    const token = index === undefined ? undefined : this.#tokens[index];
    const tag = index === undefined ? undefined : this.#tagByNameToken.get(index);
    if (tag) {
      switch (node.typename) {
        case "If":
          return this.#if(node, tag);
        case "For":
          return this.#for(node, tag);
        case "Set":
          return this.#set(node, tag);
        default:
          return this.#tag(node, tag);
      }
    }
    if (!token) return this.#unknown(node, null);
    // A statement positioned inside its tag rather than at its name ({% filter upper %} sits at `upper`).
    const enclosing = token.type === "symbol" ? this.#tags.find((candidate) => candidate.start <= token.start && token.start < candidate.end) : undefined;
    if (enclosing) return this.#tag(node, enclosing);
    if (node.typename !== "Output") return this.#unknown(node, token);
    const data = node.children?.[0];
    if (token.type === "variable-start") {
      let end = index! + 1;
      while (end < this.#tokens.length && this.#tokens[end]!.type !== "variable-end") end++;
      const close = this.#tokens[end];
      const expression = data && node.children!.length === 1 ? this.#expression(data) : this.#refuse(node, { id: "oneExpressionPerOutput" });
      const range = this.#range(token.start, close ? close.end : token.end);
      return this.#node({ type: "Output", expression }, range);
    }
    if (data?.typename !== "TemplateData" || node.children!.length !== 1) return this.#unmapped(node);
    const value = String(data.value ?? "");
    if (token.type === "data") {
      // Whitespace control may trim the rendered value at either end; the kept part starts
      // at its first occurrence, since only whitespace can have been cut before it.
      if (value.length === 0) return null;
      const start = token.start + Math.max(0, this.#normalized.slice(token.start, token.end).indexOf(value));
      return this.#text(start, start + value.length);
    }
    if (token.type === "block-end") {
      // {% raw %}…{% endraw %}: the content follows the raw tag's "%}".
      if (value.length === 0) return null;
      return this.#text(token.end, token.end + value.length);
    }
    return this.#unmapped(node);
  }

  #unmapped(node: NunjucksNode): null {
    this.#refuse(node, { id: "notSupportedHere", data: { construct: node.typename } });
    return null;
  }

  /**
   * A node this builder does not know how to place: it is kept as a Tag named after its nunjucks
   * type, never dropped, so the safety gate still sees it.
   */
  #unknown(node: NunjucksNode, token: RecordedToken | null | undefined): TagNode {
    const range = token ? this.#range(token.start, token.end) : this.#range(0, 0);
    return this.#node({ type: "Tag", name: node.typename, children: [] }, range);
  }

  #text(start: number, end: number): TextNode {
    const node = this.#node({ type: "Text" as const, value: this.#source.slice(start, end) }, this.#range(start, end));
    this.textSpans.set(node, (index) => this.#range(start + index, start + index + 1));
    return node;
  }

  #block(list: readonly NunjucksNode[], start: number, end: number): BlockNode {
    return this.#node({ type: "Block", children: this.contentList(list) }, this.#range(start, Math.max(start, end)));
  }

  #statementRange(tag: TagInfo): Range {
    const opener = tag.opener ?? tag;
    return this.#range(tag.start, (opener.closer ?? tag).end);
  }

  #if(node: NunjucksNode, tag: TagInfo): IfNode {
    const next = tag.next;
    const consequent = this.#block(childList(node["body"]), tag.end, next ? next.start : tag.end);
    const elseNode = node["else_"] as NunjucksNode | null | undefined;
    let alternate: IfNode | BlockNode | null = null;
    if (elseNode && next) {
      if (elseNode.typename === "If" && next.name !== "else") alternate = this.#if(elseNode, next);
      else alternate = this.#block(childList(elseNode), next.end, next.next ? next.next.start : next.end);
    } else if (elseNode) {
      this.#refuse(node, { id: "elseNotPlaced" });
    }
    const test = this.#expressionFrom(node["cond"], tag);
    return this.#node({ type: "If", test, consequent, alternate }, this.#statementRange(tag));
  }

  #for(node: NunjucksNode, tag: TagInfo): ForNode {
    const next = tag.next;
    const body = this.#block(childList(node["body"]), tag.end, next ? next.start : tag.end);
    const elseNode = node["else_"] as NunjucksNode | null | undefined;
    const fallback = elseNode && next && next.name === "else" ? this.#block(childList(elseNode), next.end, next.next ? next.next.start : next.end) : null;
    if (elseNode && !fallback) this.#refuse(node, { id: "elseNotPlaced" });
    const targets = this.#identifiers(node["name"], "loop");
    if (targets.length > 2) this.#refuse(node, { id: "loopNames" });
    const iterable = this.#expressionFrom(node["arr"], tag);
    return this.#node({ type: "For", targets, iterable, body, fallback }, this.#statementRange(tag));
  }

  #set(node: NunjucksNode, tag: TagInfo): SetNode {
    const targets = this.#identifiers(node["targets"], "set");
    const value = isNunjucksNode(node["value"]) ? this.#expression(node["value"]) : null;
    const capture = node["body"] as NunjucksNode | undefined;
    const body = isNunjucksNode(capture) && capture.typename === "Capture" && tag.closer ? this.#block(childList(capture["body"]), tag.end, tag.closer.start) : null;
    if ((value === null) === (body === null)) this.#refuse(node, { id: "setValueOrBlock" });
    return this.#node({ type: "Set", targets, value, body }, this.#statementRange(tag));
  }

  /** Any other tag: its content lists become blocks and the rest expressions, best effort. */
  #tag(node: NunjucksNode, tag: TagInfo): TagNode {
    const children: Array<BlockNode | Expression> = [];
    const visit = (value: unknown, asContent: boolean): void => {
      if (Array.isArray(value)) {
        for (const item of value) visit(item, asContent);
        return;
      }
      if (!isNunjucksNode(value)) return;
      if (value.typename === "Case") {
        visit(value["cond"], false);
        visit(value["body"], true);
      } else if (value.typename === "Capture") {
        visit(value["body"], true);
      } else if (value.typename === "NodeList" || value.typename === "Output") {
        if (asContent) {
          const block = this.contentList(value.typename === "Output" ? [value] : (value.children ?? []));
          if (block.length > 0) children.push(this.#node({ type: "Block", children: block }, this.#hull(null, block)));
        } else {
          for (const child of value.children ?? []) visit(child, false);
        }
      } else {
        const expression = this.#expression(value);
        if (expression) children.push(expression);
      }
    };
    this.#lenient++;
    try {
      for (const field of [...node.fields, "body"]) {
        if (field === "children" && node.typename !== "Output") continue;
        const asContent = field === "body" || field === "else_" || field === "default" || field === "cases";
        visit(field === "children" ? node.children : node[field], asContent);
      }
    } finally {
      this.#lenient--;
    }
    return this.#node({ type: "Tag", name: tag.name, children }, this.#statementRange(tag));
  }

  /** The names a `for` or `set` assigns: plain names only (nunjucks pastes them into the code it generates). */
  #identifiers(value: unknown, what: "loop" | "set"): IdentifierNode[] {
    const list = Array.isArray(value) ? value : isNunjucksNode(value) && value.typename === "Array" ? (value.children ?? []) : [value];
    const out: IdentifierNode[] = [];
    for (const item of list) {
      if (isNunjucksNode(item) && item.typename === "Symbol") out.push(this.#expression(item) as IdentifierNode);
      else this.#refuse(isNunjucksNode(item) ? item : null, { id: what === "loop" ? "loopAssignsNames" : "setAssignsNames" });
    }
    if (out.length === 0) this.#refuse(null, { id: "tagNeedsName", data: { tag: what === "loop" ? "for" : "set" } });
    return out;
  }

  // ── Expressions ────────────────────────────────────────────────────────────

  #expressionFrom(value: unknown, tag: TagInfo): Expression {
    return isNunjucksNode(value) ? this.#expression(value) : this.#refuse(null, { id: "tagNeedsExpression", data: { tag: tag.name } });
  }

  /** Positional arguments, and keyword arguments (`name=value`) as KeywordArgument nodes. */
  #arguments(list: unknown): Expression[] {
    const out: Expression[] = [];
    for (const argument of childList(list)) {
      if (argument.typename === "KeywordArgs") {
        for (const pair of argument.children ?? []) out.push(this.#keyword(pair));
      } else {
        out.push(this.#expression(argument));
      }
    }
    return out;
  }

  #keyword(pair: NunjucksNode): Expression {
    const key = pair["key"];
    if (pair.typename !== "Pair" || !isNunjucksNode(key) || key.typename !== "Symbol" || !isNunjucksNode(pair["value"])) return this.#refuse(pair, { id: "keywordArgument" });
    const value = this.#expression(pair["value"]);
    const range = this.#hull(this.#ownRange(key), [value]);
    return this.#node({ type: "KeywordArgument", name: String(key["value"]), value }, range);
  }

  /** The child expression in `field`, or a refusal when it is missing. */
  #child(node: NunjucksNode, field: string): Expression {
    const value = node[field];
    return isNunjucksNode(value) ? this.#expression(value) : this.#refuse(node, { id: "missingPart", data: { construct: node.typename, part: field } });
  }

  /**
   * Maps one nunjucks expression. The node types listed here are the only ones mapped; any
   * other type, or a mapped type with a field this cannot hold, refuses the template.
   */
  #expression(node: NunjucksNode): Expression {
    const own = this.#ownRange(node);
    switch (node.typename) {
      case "Symbol":
        return this.#node({ type: "Identifier", name: String(node["value"]) }, this.#hull(own, []));
      case "Literal": {
        const value = node["value"];
        if (value instanceof RegExp) {
          return this.#node({ type: "Literal", value: String(value), regex: { pattern: value.source, flags: value.flags } }, this.#hull(own, []));
        }
        if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean" && value !== null) return this.#refuse(node, { id: "literalNotSupported" });
        return this.#node({ type: "Literal", value }, this.#hull(own, []));
      }
      case "LookupVal": {
        const object = this.#child(node, "target");
        const property = this.#child(node, "val");
        const index = this.#tokenIndexOf(node);
        const computed = index !== undefined && this.#tokens[index]!.type === "left-bracket";
        return this.#node({ type: "Member", object, property, computed }, this.#hull(own, [object, property]));
      }
      case "FunCall": {
        const callee = this.#child(node, "name");
        const args = this.#arguments(node["args"]);
        return this.#node({ type: "Call", callee, arguments: args }, this.#hull(own, [callee, ...args]));
      }
      case "Filter":
        return this.#filter(node);
      case "Not":
      case "Neg":
      case "Pos": {
        const argument = this.#child(node, "target");
        const operator = node.typename === "Not" ? "not" : node.typename === "Neg" ? "-" : "+";
        return this.#node({ type: "Unary", operator, argument }, this.#hull(own, [argument]));
      }
      case "Is":
        return this.#test(node, own);
      case "Compare": {
        const operands: Expression[] = [this.#child(node, "expr")];
        const operators: string[] = [];
        for (const operand of childList(node["ops"])) {
          const operator = String(operand["type"]);
          if (operand.typename !== "CompareOperand" || !COMPARE_OPERATORS.has(operator)) return this.#refuse(operand, { id: "comparisonNotSupported", data: { operator } });
          operands.push(this.#child(operand, "expr"));
          operators.push(operator);
        }
        return this.#node({ type: "Compare", operands, operators }, this.#hull(own, operands));
      }
      case "InlineIf": {
        const consequent = this.#child(node, "body");
        const test = this.#child(node, "cond");
        const alternate = isNunjucksNode(node["else_"]) ? this.#expression(node["else_"]) : null;
        return this.#node({ type: "Conditional", test, consequent, alternate }, this.#hull(own, [consequent, test, alternate]));
      }
      case "Group": {
        // `(a, b)` is not a list in nunjucks (it compiles to JavaScript's comma operator).
        if (node.children?.length !== 1) return this.#refuse(node, { id: "parenthesesHoldOne" });
        const only = this.#expression(node.children[0]!);
        const range = this.#hull(own, [only]);
        return { ...only, range, loc: this.#lines.locOf(range), parenthesized: true };
      }
      case "Array": {
        const elements = (node.children ?? []).map((child) => this.#expression(child));
        return this.#node({ type: "ArrayExpression", elements }, this.#hull(own, elements));
      }
      case "Dict": {
        const entries = [];
        for (const pair of node.children ?? []) {
          const keyNode = pair["key"];
          // nunjucks turns a name key (`{ a: 1 }`) into the string "a", and refuses any other key but a string.
          const isKey = isNunjucksNode(keyNode) && (keyNode.typename === "Symbol" || (keyNode.typename === "Literal" && typeof keyNode["value"] === "string"));
          if (pair.typename !== "Pair" || !isKey) return this.#refuse(pair, { id: "dictionaryKey" });
          const key = this.#node({ type: "Literal" as const, value: String(keyNode["value"]) }, this.#hull(this.#ownRange(keyNode), []));
          const value = this.#child(pair, "value");
          entries.push(this.#node({ type: "DictEntry" as const, key, value }, this.#hull(null, [key, value])));
        }
        return this.#node({ type: "DictExpression", entries }, this.#hull(own, entries));
      }
      default: {
        const operator = BINARY_OPERATORS[node.typename];
        if (!operator) return this.#refuse(node, { id: "notSupportedInExpression", data: { construct: node.typename } });
        const left = this.#child(node, "left");
        const right = this.#child(node, "right");
        return this.#node({ type: "Binary", operator, left, right }, this.#hull(own, [left, right]));
      }
    }
  }

  #filter(node: NunjucksNode): Expression {
    const args = childList(node["args"]);
    const inputNode = args[0];
    const nameNode = node["name"];
    const nameIndex = isNunjucksNode(nameNode) ? this.#tokenIndexOf(nameNode) : undefined;
    if (!inputNode || !isNunjucksNode(nameNode) || nameNode.typename !== "Symbol" || nameIndex === undefined) return this.#refuse(node, { id: "filterForm" });
    const input = this.#expression(inputNode);
    // A filter name may be dotted (`a.b`); its arguments follow in parentheses.
    let last = nameIndex;
    for (;;) {
      const dot = this.#nextSignificant(last);
      const dotToken = this.#tokens[dot];
      if (dotToken?.type !== "operator" || dotToken.value !== ".") break;
      last = this.#nextSignificant(dot);
    }
    const nameStart = this.#tokens[nameIndex]!.start;
    const nameEnd = this.#tokens[last]?.end ?? this.#tokens[nameIndex]!.end;
    let end = nameEnd;
    const paren = this.#nextSignificant(last);
    if (this.#tokens[paren]?.type === "left-paren" && this.#matchingBracket.has(paren)) {
      end = this.#tokens[this.#matchingBracket.get(paren)!]!.end;
    }
    const rest = this.#arguments(args.slice(1));
    const range = this.#hull([nameStart, end], [input, ...rest]);
    return this.#node(
      { type: "Filter", name: String(nameNode["value"]), nameRange: this.#range(nameStart, nameEnd), input, arguments: rest },
      range,
    );
  }

  #test(node: NunjucksNode, own: [number, number] | null): Expression {
    const argument = this.#child(node, "left");
    const right = node["right"];
    // `x is defined` or `x is divisibleby(3)`: the test name is not a variable. nunjucks reads
    // the name from a symbol or a literal (`x is null`, `x is "name"`); the gate checks it.
    const call = isNunjucksNode(right) && right.typename === "FunCall";
    const nameNode = call ? right["name"] : right;
    if (!isNunjucksNode(nameNode) || (nameNode.typename !== "Symbol" && nameNode.typename !== "Literal") || nameNode["value"] instanceof RegExp) {
      return this.#refuse(isNunjucksNode(right) ? right : node, { id: "testForm" });
    }
    const args = call ? this.#arguments((right as NunjucksNode)["args"]) : [];
    const written = [this.#ownRange(right as NunjucksNode), this.#ownRange(nameNode)]
      .filter((part) => part !== null)
      .map((part) => ({ range: this.#range(part[0], part[1]) }));
    const range = this.#hull(own, [argument, ...args, ...written]);
    return this.#node({ type: "Test", argument, name: String(nameNode["value"]), arguments: args }, range);
  }

  // ── Comments and errors ────────────────────────────────────────────────────

  comments(): CommentNode[] {
    const out: CommentNode[] = [];
    for (const token of this.#tokens) {
      if (token.type !== "comment") continue;
      const value = String(token.value).replace(/^\{#-?/, "").replace(/-?#\}$/, "").trim();
      out.push(this.#node({ type: "Comment", value }, this.#range(token.start, token.end)));
    }
    return out;
  }

  syntaxError(error: unknown, normalized: string, tokenizerIndex: number, maxDepth: number): NonNullable<ParsedTemplateSource["error"]> {
    const { lineno, colno } = (error ?? {}) as { lineno?: number; colno?: number };
    const raw = error instanceof Error ? error.message : String(error);
    const detail = raw.replace(/^\w+: (?=expected|unexpected|variable)/, "").replace(/^\(unknown path\)\s*/, "");
    let message: ParseMessage = { id: "nunjucks", data: { detail } };
    let offset: number;
    if (error instanceof TypeError) {
      // The nunjucks parser reads past the last token when a file ends right after `{%`.
      message = { id: "tagNameAtEnd" };
      offset = Math.max(normalized.lastIndexOf("{%"), 0);
    } else if (typeof lineno === "number" && typeof colno === "number") {
      offset = new NewlineIndex(normalized).offsetAt(lineno - 1, colno - 1);
    } else if (/end of file/.test(raw)) {
      // "expected endif, got end of file": point at the innermost tag left open.
      this.#index();
      const unclosed = this.#innermostUnclosed();
      offset = unclosed ? unclosed.start : normalized.length;
      if (unclosed) message = { id: "nunjucksUnclosed", data: { detail, tag: unclosed.name } };
    } else {
      offset = Math.min(tokenizerIndex, normalized.length);
    }
    const start = Math.min(Math.max(offset, 0), normalized.length);
    const end = Math.min(start + 1, normalized.length);
    // The parser ran out of stack: nesting far beyond the limit.
    if (error instanceof RangeError) return { code: "too-deep", message: tooDeep("template", maxDepth), range: this.#range(start, end) };
    return { code: "template-syntax", message, range: this.#range(start, end) };
  }

  #innermostUnclosed(): TagInfo | null {
    let found: TagInfo | null = null;
    for (const tag of this.#tags) {
      const isOpener = OPENERS.has(tag.name) || (tag.name === "set" && !this.#hasAssignment(tag));
      if (isOpener && !tag.closer) found = tag;
    }
    return found;
  }
}

/**
 * The first node nested deeper than `maxDepth`, found without recursion. Lists (the bodies of
 * tags, the arguments of a filter) do not count as a level; every tag and expression does.
 */
function deeperThan(root: NunjucksNode, maxDepth: number): NunjucksNode | null {
  const stack: Array<[NunjucksNode, number, NunjucksNode]> = [[root, 0, root]];
  while (stack.length > 0) {
    const [node, depth, placed] = stack.pop()!;
    const container = node.typename === "NodeList" || node.typename === "Root" || node.typename === "KeywordArgs";
    const level = container ? depth : depth + 1;
    // A list sits at 0:0; a level is reported where the tag or expression that opens it is.
    const at = container ? placed : node;
    if (level > maxDepth) return at;
    for (const field of node.fields) {
      for (const child of [node[field]].flat()) if (isNunjucksNode(child)) stack.push([child, level, at]);
    }
  }
  return null;
}

function isNunjucksNode(value: unknown): value is NunjucksNode {
  return typeof value === "object" && value !== null && typeof (value as { typename?: unknown }).typename === "string";
}

function childList(value: unknown): NunjucksNode[] {
  if (Array.isArray(value)) return value.filter(isNunjucksNode);
  if (isNunjucksNode(value)) return (value.children ?? []).filter(isNunjucksNode);
  return [];
}

/**
 * Puts each comment (in source order) into the innermost body or branch that contains it, in
 * source order: one merge of two sorted lists, so that any number of comments costs linear time.
 */
function placeComments(children: ContentNode[], comments: readonly CommentNode[]): void {
  const merged: ContentNode[] = [];
  let next = 0;
  for (const child of children) {
    while (next < comments.length && comments[next]!.range[1] <= child.range[0] && comments[next]!.range[0] < child.range[0]) merged.push(comments[next++]!);
    const inside: CommentNode[] = [];
    while (next < comments.length && child.range[0] <= comments[next]!.range[0] && comments[next]!.range[1] <= child.range[1]) inside.push(comments[next++]!);
    merged.push(child);
    if (inside.length === 0) continue;
    const blocks = childrenOf(child).filter((inner): inner is BlockNode => inner.type === "Block");
    for (const comment of inside) {
      const block = blocks.find((inner) => inner.range[0] <= comment.range[0] && comment.range[1] <= inner.range[1]);
      // A comment in no branch of the tag stays beside it.
      if (!block) merged.push(comment);
    }
    for (const block of blocks) {
      placeComments(block.children, inside.filter((comment) => block.range[0] <= comment.range[0] && comment.range[1] <= block.range[1]));
    }
  }
  while (next < comments.length) merged.push(comments[next++]!);
  children.length = 0;
  for (const node of merged) children.push(node);
}
