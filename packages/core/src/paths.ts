import type { BlockNode, ContainerNode, ContentNode, ForNode, IfNode, OutputNode, TextNode } from "./ast.js";
import { PLACEHOLDER } from "./analysis.js";

export type Choice = "consequent" | "alternate" | "body" | "skip";

/** One way through a body: the text and outputs met, and the branch taken at each `if` and `for`. */
export interface ExecutionPath {
  nodes: ReadonlyArray<TextNode | OutputNode>;
  choices: ReadonlyMap<IfNode | ForNode, Choice>;
}

export interface PathSet {
  paths: ExecutionPath[];
  /** False when the template has more paths than are enumerated (`MAX_PATHS`). */
  complete: boolean;
}

/** Beyond this many ways through one template, analysis says it is incomplete rather than slow. */
export const MAX_PATHS = 1024;

/**
 * Every way through a body or branch. An `if` forks into its branches (a missing `else` is an
 * empty branch); a `for` forks into running its body (once) and skipping it (its `else`).
 */
export function executionPaths(container: ContainerNode | BlockNode): PathSet {
  let complete = true;
  const expand = (children: readonly ContentNode[], from: ExecutionPath[]): ExecutionPath[] => {
    let paths = from;
    for (const child of children) {
      switch (child.type) {
        case "Text":
        case "Output":
          paths = paths.map((path) => ({ nodes: [...path.nodes, child], choices: path.choices }));
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
      if (paths.length > MAX_PATHS) {
        complete = false;
        paths = paths.slice(0, MAX_PATHS);
      }
    }
    return paths;
  };
  const forkIf = (node: IfNode, paths: ExecutionPath[]): ExecutionPath[] => {
    const consequent = expand(node.consequent.children, paths.map((path) => choose(path, node, "consequent")));
    const otherwise = paths.map((path) => choose(path, node, "alternate"));
    const alternate = node.alternate === null ? otherwise : node.alternate.type === "If" ? forkIf(node.alternate, otherwise) : expand(node.alternate.children, otherwise);
    return [...consequent, ...alternate];
  };
  const paths = expand(container.children, [{ nodes: [], choices: new Map() }]);
  return { paths, complete };
}

function choose(path: ExecutionPath, node: IfNode | ForNode, choice: Choice): ExecutionPath {
  const choices = new Map(path.choices);
  choices.set(node, choice);
  return { nodes: path.nodes, choices };
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
