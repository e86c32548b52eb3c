import type {
  ContainerNode,
  ContentNode,
  Expression,
  ForNode,
  IdentifierNode,
  IfNode,
  Node,
  OutputNode,
  Range,
  SetNode,
  TagNode,
  TemplateNode,
  TextField,
  TextNode,
} from "./ast.js";
import { childrenOf } from "./ast.js";

/** One step on the way from the top of a body to a node: which branch of which construct. */
export type BranchStep =
  | { node: IfNode; branch: "consequent" | "alternate" }
  | { node: ForNode; branch: "body" | "fallback" }
  | { node: SetNode; branch: "capture" }
  | { node: TagNode; branch: "body" };

/** A use of a template variable (loop variables, `loop` and `set` targets are not variables). */
export interface VariableReference {
  /** The variable: the root of `user.name`. */
  name: string;
  /** The path used: `user.name`, `items[0]`, `a[*]` for a computed key. */
  path: string;
  /** The root identifier. */
  node: IdentifierNode;
  /** The whole lookup chain (`user.name`), or the identifier itself. */
  expression: Expression;
  /** The output the value is rendered into, or null when it only feeds a condition, a loop, a `set` or an argument. */
  output: OutputNode | null;
  /** Filters applied to the value on its way to the output, in the order they run. */
  filters: string[];
  field: TextField;
  branchPath: readonly BranchStep[];
}

/** A run of literal text and outputs with no tag between them: what tone rules read. */
export interface ProseSegment {
  field: TextField;
  /** The text, with each output replaced by one OBJECT REPLACEMENT CHARACTER (U+FFFC). */
  text: string;
  parts: ProsePart[];
  branchPath: readonly BranchStep[];
  /** The file range of `text.slice(start, end)`. */
  sourceRange(start: number, end: number): Range;
}

export interface ProsePart {
  kind: "text" | "placeholder";
  /** Where the part is in the segment's text. */
  start: number;
  end: number;
  node: TextNode | OutputNode;
}

export const PLACEHOLDER = "\uFFFC";

export interface Analysis {
  parents: Map<Node, Node>;
  branchPaths: Map<Node, readonly BranchStep[]>;
  references: VariableReference[];
  prose: ProseSegment[];
}

/** File range of character `index` of a Text node's value. */
export type TextSpan = (node: TextNode, index: number) => Range;

class Scope {
  readonly #names = new Set<string>();
  constructor(readonly parent: Scope | null) {}
  add(name: string): void {
    this.#names.add(name);
  }
  has(name: string): boolean {
    return this.#names.has(name) || (this.parent?.has(name) ?? false);
  }
}

interface Context {
  path: readonly BranchStep[];
  scope: Scope;
  field: TextField;
}

interface ExpressionContext extends Context {
  output: OutputNode | null;
  filters: string[];
}

const NOTHING: readonly BranchStep[] = Object.freeze([]);

/** Walks the AST once: parents, branch paths, variable references and prose segments. */
export function analyze(root: TemplateNode, textSpan: TextSpan): Analysis {
  const parents = new Map<Node, Node>();
  const branchPaths = new Map<Node, readonly BranchStep[]>();
  const references: VariableReference[] = [];
  const prose: ProseSegment[] = [];

  const record = (node: Node, parent: Node | null, path: readonly BranchStep[]): void => {
    if (parent) parents.set(node, parent);
    branchPaths.set(node, path);
  };

  const expression = (node: Expression, parent: Node, context: ExpressionContext): void => {
    record(node, parent, context.path);
    const passOn = (child: Expression, flows: boolean, filters = flows ? context.filters : []): void =>
      expression(child, node, { ...context, output: flows ? context.output : null, filters });
    switch (node.type) {
      case "Identifier":
        if (!context.scope.has(node.name)) {
          references.push({ name: node.name, path: node.name, node, expression: node, output: context.output, filters: context.filters, field: context.field, branchPath: context.path });
        }
        return;
      case "Member": {
        const chain = lookupChain(node);
        if (chain) {
          // Record every link of the chain, then the reference once, at its root.
          for (let link: Expression = node; link.type === "Member"; link = link.object) {
            record(link.object, link, context.path);
            if (link.computed && link.property.type !== "Literal") expression(link.property, link, { ...context, output: null, filters: [] });
            else record(link.property, link, context.path);
          }
          if (!context.scope.has(chain.root.name)) {
            references.push({ name: chain.root.name, path: chain.path, node: chain.root, expression: node, output: context.output, filters: context.filters, field: context.field, branchPath: context.path });
          }
          return;
        }
        passOn(node.object, false);
        passOn(node.property, false);
        return;
      }
      case "Filter":
        passOn(node.input, true, [node.name, ...context.filters]);
        for (const argument of node.arguments) passOn(argument, false);
        return;
      case "Unary":
        passOn(node.argument, node.operator !== "not");
        return;
      case "Binary":
        passOn(node.left, node.operator !== "in");
        passOn(node.right, node.operator !== "in");
        return;
      case "Conditional":
        passOn(node.consequent, true);
        passOn(node.test, false);
        if (node.alternate) passOn(node.alternate, true);
        return;
      case "ArrayExpression":
      case "DictExpression":
      case "DictEntry":
        for (const child of childrenOf(node)) passOn(child as Expression, true);
        return;
      default:
        for (const child of childrenOf(node)) passOn(child as Expression, false);
    }
  };

  const content = (node: ContentNode, parent: Node, context: Context): void => {
    record(node, parent, context.path);
    const plain: ExpressionContext = { ...context, output: null, filters: [] };
    switch (node.type) {
      case "Output":
        expression(node.expression, node, { ...context, output: node, filters: [] });
        return;
      case "If":
        expression(node.test, node, plain);
        block(node.consequent, node, { ...context, path: [...context.path, { node, branch: "consequent" }] });
        if (node.alternate?.type === "If") content(node.alternate, node, { ...context, path: [...context.path, { node, branch: "alternate" }] });
        else if (node.alternate) block(node.alternate, node, { ...context, path: [...context.path, { node, branch: "alternate" }] });
        return;
      case "For": {
        expression(node.iterable, node, plain);
        const scope = new Scope(context.scope);
        scope.add("loop");
        for (const target of node.targets) {
          scope.add(target.name);
          record(target, node, context.path);
        }
        block(node.body, node, { ...context, scope, path: [...context.path, { node, branch: "body" }] });
        if (node.fallback) block(node.fallback, node, { ...context, path: [...context.path, { node, branch: "fallback" }] });
        return;
      }
      case "Set":
        if (node.value) expression(node.value, node, plain);
        if (node.body) block(node.body, node, { ...context, path: [...context.path, { node, branch: "capture" }] });
        for (const target of node.targets) {
          record(target, node, context.path);
          context.scope.add(target.name);
        }
        return;
      case "Tag": {
        const scope = new Scope(context.scope);
        for (const child of node.children) {
          if (child.type === "Block") block(child, node, { ...context, scope, path: [...context.path, { node, branch: "body" }] });
          else if (node.name === "macro") declareNames(child, scope, (named) => record(named, node, context.path));
          else expression(child, node, { ...plain, scope });
        }
        return;
      }
      default:
        return;
    }
  };

  const block = (node: ContainerNode, parent: Node | null, context: Context): void => {
    record(node, parent, context.path);
    for (const child of node.children) content(child, node, context);
    collectProse(node, context, textSpan, branchPaths, prose);
  };

  record(root, null, NOTHING);
  const scope = new Scope(null);
  if (root.frontMatter) {
    record(root.frontMatter, root, NOTHING);
    for (const field of [root.frontMatter.subject, root.frontMatter.title]) {
      if (field) block(field, root.frontMatter, { path: NOTHING, scope: new Scope(scope), field: field.field });
    }
  }
  block(root.body, root, { path: NOTHING, scope, field: "body" });
  // Source order, whatever order the walk met them in.
  prose.sort((a, b) => a.parts[0]!.node.range[0] - b.parts[0]!.node.range[0]);
  references.sort((a, b) => a.node.range[0] - b.node.range[0]);
  return { parents, branchPaths, references, prose };
}

function declareNames(node: Expression, scope: Scope, record: (node: Node) => void): void {
  record(node);
  if (node.type === "Identifier") scope.add(node.name);
  else if (node.type === "KeywordArgument") scope.add(node.name);
}

/** `a.b[0].c` → root `a`, path `a.b[0].c`; null when the chain does not start at a variable. */
function lookupChain(node: Expression): { root: IdentifierNode; path: string } | null {
  const segments: string[] = [];
  let current: Expression = node;
  while (current.type === "Member") {
    const property = current.property;
    if (!current.computed && property.type === "Literal") segments.unshift(`.${String(property.value)}`);
    else if (property.type === "Literal" && typeof property.value === "number") segments.unshift(`[${property.value}]`);
    else if (property.type === "Literal" && typeof property.value === "string") segments.unshift(`.${property.value}`);
    else segments.unshift("[*]");
    current = current.object;
  }
  return current.type === "Identifier" ? { root: current, path: current.name + segments.join("") } : null;
}

/** Splits a container's children into prose segments: runs of text and outputs between tags. */
function collectProse(
  container: ContainerNode,
  context: Context,
  textSpan: TextSpan,
  branchPaths: Map<Node, readonly BranchStep[]>,
  out: ProseSegment[],
): void {
  let run: Array<TextNode | OutputNode> = [];
  const flush = (): void => {
    // An output alone in a branch or loop body is prose too: what its values render is read.
    if (run.length > 0) out.push(segmentOf(run, context.field, branchPaths.get(run[0]!) ?? NOTHING, textSpan));
    run = [];
  };
  for (const child of container.children) {
    if (child.type === "Text" || child.type === "Output") run.push(child);
    else if (child.type !== "Comment") flush();
  }
  flush();
}

function segmentOf(nodes: Array<TextNode | OutputNode>, field: TextField, branchPath: readonly BranchStep[], textSpan: TextSpan): ProseSegment {
  const parts: ProsePart[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let text = "";
  for (const node of nodes) {
    const start = text.length;
    if (node.type === "Text") {
      text += node.value;
      for (let i = 0; i < node.value.length; i++) {
        const [from, to] = textSpan(node, i);
        starts.push(from);
        ends.push(to);
      }
      parts.push({ kind: "text", start, end: text.length, node });
    } else {
      text += PLACEHOLDER;
      starts.push(node.range[0]);
      ends.push(node.range[1]);
      parts.push({ kind: "placeholder", start, end: text.length, node });
    }
  }
  return {
    field,
    text,
    parts,
    branchPath,
    sourceRange(start, end) {
      const from = Math.min(Math.max(start, 0), starts.length - 1);
      const to = Math.min(Math.max(end, from + 1), ends.length);
      return [starts[from] ?? 0, ends[to - 1] ?? starts[from] ?? 0];
    },
  };
}
