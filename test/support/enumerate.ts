import { PLACEHOLDER, type BlockNode, type ContainerNode, type ContentNode, type ForNode, type IfNode, type OutputNode, type TextNode } from "@tactful/core";

/**
 * The reference the coverage tests compare against: every path through a body, listed one by
 * one (no merging, no limit), as Tactful enumerated them before coverage was answered by
 * reading. Only for templates small enough to list.
 */
export interface ListedPath {
  nodes: Array<TextNode | OutputNode>;
  choices: Map<IfNode | ForNode, "consequent" | "alternate" | "body" | "skip">;
}

export function listPaths(container: ContainerNode | BlockNode): ListedPath[] {
  const expand = (children: readonly ContentNode[], from: ListedPath[]): ListedPath[] => {
    let paths = from;
    for (const child of children) {
      if (child.type === "Text" || child.type === "Output") paths = paths.map((path) => ({ nodes: [...path.nodes, child], choices: path.choices }));
      else if (child.type === "If") paths = forkIf(child, paths);
      else if (child.type === "For") {
        const taken = expand(child.body.children, paths.map((path) => choose(path, child, "body")));
        const skipped = paths.map((path) => choose(path, child, "skip"));
        paths = [...taken, ...(child.fallback ? expand(child.fallback.children, skipped) : skipped)];
      }
    }
    return paths;
  };
  const forkIf = (node: IfNode, paths: ListedPath[]): ListedPath[] => {
    const consequent = expand(node.consequent.children, paths.map((path) => choose(path, node, "consequent")));
    const otherwise = paths.map((path) => choose(path, node, "alternate"));
    const alternate = node.alternate === null ? otherwise : node.alternate.type === "If" ? forkIf(node.alternate, otherwise) : expand(node.alternate.children, otherwise);
    return [...consequent, ...alternate];
  };
  return expand(container.children, [{ nodes: [], choices: new Map() }]);
}

function choose(path: ListedPath, node: IfNode | ForNode, choice: "consequent" | "alternate" | "body" | "skip"): ListedPath {
  return { nodes: path.nodes, choices: new Map([...path.choices, [node, choice]]) };
}

export function textOf(path: { nodes: ReadonlyArray<TextNode | OutputNode> }): string {
  return path.nodes.map((node) => (node.type === "Text" ? node.value : PLACEHOLDER)).join("");
}

/** Whether every listed path satisfies a test, and the outermost `if`s whose branches disagree. */
export function listedCoverage(paths: readonly ListedPath[], body: ContainerNode | BlockNode, satisfies: (path: ListedPath) => boolean): { always: boolean; partial: IfNode[] } {
  const results = new Map(paths.map((path) => [path, satisfies(path)]));
  const always = paths.every((path) => results.get(path));
  const partial: IfNode[] = [];
  if (always) return { always, partial };
  const visit = (children: readonly ContentNode[]): void => {
    for (const child of children) {
      if (child.type === "If") {
        if (disagrees(child)) partial.push(child);
        else for (const block of branchesOf(child)) visit(block.children);
      } else if (child.type === "For") {
        visit(child.body.children);
        if (child.fallback) visit(child.fallback.children);
      }
    }
  };
  const disagrees = (node: IfNode): boolean => {
    const outcomes: boolean[] = [];
    for (let link: IfNode | null = node; link; link = link.alternate?.type === "If" ? link.alternate : null) {
      const current: IfNode = link;
      const through = paths.filter((path) => path.choices.get(current) === "consequent");
      if (through.length > 0) outcomes.push(through.every((path) => results.get(path)));
      if (current.alternate?.type !== "If") {
        const rest = paths.filter((path) => path.choices.get(current) === "alternate");
        if (rest.length > 0) outcomes.push(rest.every((path) => results.get(path)));
      }
    }
    return outcomes.includes(true) && outcomes.includes(false);
  };
  visit(body.children);
  return { always, partial };
}

function branchesOf(node: IfNode): BlockNode[] {
  const blocks = [node.consequent];
  if (node.alternate?.type === "If") blocks.push(...branchesOf(node.alternate));
  else if (node.alternate) blocks.push(node.alternate);
  return blocks;
}
