import type { BlockNode, ContainerNode, ContentNode, ForNode, IfNode, OutputNode, TextNode } from "./ast.js";
import { PLACEHOLDER } from "./analysis.js";

export type Choice = "consequent" | "alternate" | "body" | "skip";

/** One way through a body: the text and outputs met, and the branch taken at each `if` and `for`. */
export interface ExecutionPath {
  nodes: ReadonlyArray<TextNode | OutputNode>;
  choices: ReadonlyMap<IfNode | ForNode, Choice>;
}

export interface PathSet {
  readonly paths: readonly ExecutionPath[];
  /** False when the template has more paths than are enumerated (`limit`). */
  complete: boolean;
  /** How many paths were enumerated at most: `MAX_PATHS`, or fewer for a very large template. */
  limit: number;
}

/** Beyond this many ways through one template, analysis says it is incomplete rather than slow. */
export const MAX_PATHS = 1024;

/**
 * The most text, outputs and branch choices all enumerated paths may hold together. A template
 * of ordinary size gets `MAX_PATHS` paths; a very large one gets fewer, so that enumerating
 * them takes bounded time and memory whatever the file.
 */
const MAX_PATH_ITEMS = 1 << 21;

/** A path while it is being built: its nodes and choices as shared linked lists, so a fork copies nothing. */
interface Trail<T> {
  readonly item: T;
  readonly previous: Trail<T> | null;
}

interface PathInProgress {
  nodes: Trail<TextNode | OutputNode> | null;
  choices: Trail<readonly [IfNode | ForNode, Choice]> | null;
}

function toArray<T>(trail: Trail<T> | null): T[] {
  const items: T[] = [];
  for (let link = trail; link; link = link.previous) items.push(link.item);
  return items.reverse();
}

/** How many nodes a walk of the container meets: the cost of one path, at most. */
function sizeOf(children: readonly ContentNode[]): number {
  let size = 0;
  for (const child of children) {
    size += 1;
    if (child.type === "If") {
      for (let link: IfNode["alternate"] = child; link; link = link.type === "If" ? link.alternate : null) {
        size += sizeOf(link.type === "If" ? link.consequent.children : link.children);
      }
    } else if (child.type === "For") {
      size += sizeOf(child.body.children) + (child.fallback ? sizeOf(child.fallback.children) : 0);
    }
  }
  return size;
}

/** Paths by container: every rule asks for the same ones, and the tree never changes. */
const enumerated = new WeakMap<ContainerNode | BlockNode, PathSet>();

/**
 * Every way through a body or branch. An `if` forks into its branches (a missing `else` is an
 * empty branch); a `for` forks into running its body (once) and skipping it (its `else`).
 */
export function executionPaths(container: ContainerNode | BlockNode): PathSet {
  let found = enumerated.get(container);
  if (!found) enumerated.set(container, (found = enumerate(container)));
  return found;
}

function enumerate(container: ContainerNode | BlockNode): PathSet {
  const limit = Math.max(1, Math.min(MAX_PATHS, Math.floor(MAX_PATH_ITEMS / Math.max(1, sizeOf(container.children)))));
  let complete = true;
  const expand = (children: readonly ContentNode[], from: PathInProgress[]): PathInProgress[] => {
    let paths = from;
    for (const child of children) {
      switch (child.type) {
        case "Text":
        case "Output":
          paths = paths.map((path) => ({ nodes: { item: child, previous: path.nodes }, choices: path.choices }));
          break;
        case "If":
          paths = forkIf(child, paths);
          break;
        case "For": {
          const taken = expand(child.body.children, paths.map((path) => choose(path, child, "body")));
          const skipped = paths.map((path) => choose(path, child, "skip"));
          paths = [...taken, ...(child.fallback ? expand(child.fallback.children, skipped) : skipped)];
          break;
        }
        default:
          break;
      }
      if (paths.length > limit) {
        complete = false;
        paths = paths.slice(0, limit);
      }
    }
    return paths;
  };
  const forkIf = (node: IfNode, paths: PathInProgress[]): PathInProgress[] => {
    const consequent = expand(node.consequent.children, paths.map((path) => choose(path, node, "consequent")));
    const otherwise = paths.map((path) => choose(path, node, "alternate"));
    const alternate = node.alternate === null ? otherwise : node.alternate.type === "If" ? forkIf(node.alternate, otherwise) : expand(node.alternate.children, otherwise);
    return [...consequent, ...alternate];
  };
  const paths = expand(container.children, [{ nodes: null, choices: null }]).map((path) => ({ nodes: toArray(path.nodes), choices: new Map(toArray(path.choices)) }));
  return { paths, complete, limit };
}

function choose(path: PathInProgress, node: IfNode | ForNode, choice: Choice): PathInProgress {
  return { nodes: path.nodes, choices: { item: [node, choice], previous: path.choices } };
}

/** The text of a path with each output as one OBJECT REPLACEMENT CHARACTER (U+FFFC). */
export function skeletonOf(path: ExecutionPath): string {
  return path.nodes.map((node) => (node.type === "Text" ? node.value : PLACEHOLDER)).join("");
}

/** Whether something required is on every path, and if not, which `if` to blame. */
export interface Coverage {
  always: boolean;
  /** No path has it at all. */
  never: boolean;
  /**
   * The outermost `if`s whose branches disagree: some branch always has it and another does
   * not. This is where "present in one branch only" is reported.
   */
  partial: IfNode[];
  complete: boolean;
}

/** Decides whether every path through `container` satisfies a test. */
export function coverage(container: ContainerNode | BlockNode, satisfies: (path: ExecutionPath) => boolean): Coverage {
  const { paths, complete } = executionPaths(container);
  const results = new Map(paths.map((path) => [path, satisfies(path)]));
  const always = paths.every((path) => results.get(path));
  const never = paths.every((path) => !results.get(path));
  const partial: IfNode[] = [];
  if (!always && !never) {
    const visit = (children: readonly ContentNode[]): void => {
      for (const child of children) {
        if (child.type === "If") {
          if (disagrees(child, paths, results)) partial.push(child);
          else for (const block of branchesOf(child)) visit(block.children);
        } else if (child.type === "For") {
          visit(child.body.children);
          if (child.fallback) visit(child.fallback.children);
        }
      }
    };
    visit(container.children);
  }
  return { always, never, partial, complete };
}

function branchesOf(node: IfNode): BlockNode[] {
  const blocks = [node.consequent];
  if (node.alternate?.type === "If") blocks.push(...branchesOf(node.alternate));
  else if (node.alternate) blocks.push(node.alternate);
  return blocks;
}

/** Whether the paths through one branch of an if chain always satisfy and those through another do not. */
function disagrees(node: IfNode, paths: readonly ExecutionPath[], results: ReadonlyMap<ExecutionPath, boolean>): boolean {
  const outcomes: boolean[] = [];
  for (let link: IfNode | null = node; link; link = link.alternate?.type === "If" ? link.alternate : null) {
    const through = paths.filter((path) => path.choices.get(link!) === "consequent");
    if (through.length > 0) outcomes.push(through.every((path) => results.get(path)));
    if (link.alternate?.type !== "If") {
      const rest = paths.filter((path) => path.choices.get(link!) === "alternate");
      if (rest.length > 0) outcomes.push(rest.every((path) => results.get(path)));
    }
  }
  return outcomes.includes(true) && outcomes.includes(false);
}
