import type { BlockNode, ContainerNode, ContentNode, ForNode, IfNode, OutputNode, TextNode } from "./ast.js";
import { PLACEHOLDER } from "./analysis.js";

/**
 * Reading a template: every way through a body is read from left to right, one text or output
 * at a time, by a question that keeps only the state it needs. Ways that leave the question in
 * the same state are merged where branches join, so ten `if`s that change nothing for the
 * question cost what one does, instead of 2¹⁰ paths. Nothing is enumerated and nothing is cut
 * off: when the distinct states at one point exceed `MAX_STATES`, reading stops with an
 * `AnalysisLimit` at that point, which callers report as an error.
 *
 * Semantics (what "a way through" is): an `if` takes one of its branches (a missing `else` is
 * an empty branch); a `for` runs its body once or, when its iterable is empty, its `else` (or
 * nothing); `set` captures, comments and other tags put nothing in the message.
 */

export type Choice = "consequent" | "alternate" | "body" | "skip";

/** How a question reads one way through a template. */
export interface Reader<S> {
  /** The state after one more piece of literal text or one more output. */
  read(state: S, node: TextNode | OutputNode): S;
  /** The state on entering a branch (a reader that does not care about branches returns `state`). */
  choose?(state: S, node: IfNode | ForNode, choice: Choice): S;
  /**
   * States with the same key give the same answer after any continuation: where branches join,
   * only one of them is kept. Asked only there, so a costly key costs little.
   */
  key(state: S): unknown;
}

/** The states a question can be in at one point of a template. */
export type States<S> = readonly S[];

/** Beyond this many distinct states at one point, analysis stops with an error rather than guess. */
export const MAX_STATES = 4096;

/** Reading stopped at `node`: the template has more distinct ways through it than `MAX_STATES`. */
export class AnalysisLimit extends Error {
  constructor(readonly node: ContentNode) {
    super(`more than ${MAX_STATES} distinct ways through the template at this point`);
    this.name = "AnalysisLimit";
  }
}


/** The states after reading a sequence of nodes from each of `from`. Throws `AnalysisLimit`. */
export function readThrough<S>(reader: Reader<S>, children: readonly ContentNode[], from: States<S>): States<S> {
  let states = from;
  for (const child of children) states = readNode(reader, child, states);
  return states;
}

function readNode<S>(reader: Reader<S>, node: ContentNode, states: States<S>): States<S> {
  switch (node.type) {
    case "Text":
    case "Output":
      return states.map((state) => reader.read(state, node));
    case "If":
    case "For":
      return join(
        reader,
        node,
        armsOf(node).map((arm) => readArm(reader, states, arm)),
      );
    default:
      return states;
  }
}

/** A branch of an `if` chain or a `for`: the choices that lead into it, and its content. */
interface Arm {
  choices: ReadonlyArray<readonly [IfNode | ForNode, Choice]>;
  children: readonly ContentNode[];
}

function armsOf(node: IfNode | ForNode): Arm[] {
  if (node.type === "For") {
    return [
      { choices: [[node, "body"]], children: node.body.children },
      { choices: [[node, "skip"]], children: node.fallback?.children ?? [] },
    ];
  }
  // An elif chain: each link's consequent is reached through the alternate of every link before it.
  const arms: Arm[] = [];
  const before: Array<readonly [IfNode, Choice]> = [];
  for (let link: IfNode | null = node; link; link = link.alternate?.type === "If" ? link.alternate : null) {
    arms.push({ choices: [...before, [link, "consequent"]], children: link.consequent.children });
    before.push([link, "alternate"]);
    if (link.alternate?.type !== "If") arms.push({ choices: [...before], children: link.alternate?.children ?? [] });
  }
  return arms;
}

/** The states on entering an arm. */
function enter<S>(reader: Reader<S>, states: States<S>, arm: Arm): States<S> {
  const choose = reader.choose;
  if (!choose) return states;
  return states.map((state) => arm.choices.reduce((current, [node, choice]) => choose(current, node, choice), state));
}

/** The states after reading an arm from each of `states`. */
function readArm<S>(reader: Reader<S>, states: States<S>, arm: Arm): States<S> {
  return readThrough(reader, arm.children, enter(reader, states, arm));
}

/** The states of all branches, one per key. */
function join<S>(reader: Reader<S>, node: ContentNode, parts: ReadonlyArray<States<S>>): States<S> {
  const joined = new Map<unknown, S>();
  for (const part of parts) {
    for (const state of part) {
      joined.set(reader.key(state), state);
      if (joined.size > MAX_STATES) throw new AnalysisLimit(node);
    }
  }
  return [...joined.values()];
}

/** Whether a question holds on every way through a body, and if not, which `if`s to blame. */
export interface Coverage {
  always: boolean;
  /**
   * The outermost `if`s whose branches disagree: on every way through some branch it holds,
   * through another it does not. This is where "present in one branch only" is reported.
   */
  partial: IfNode[];
  /** Set when reading stopped at this node (`AnalysisLimit`): then nothing is known. */
  limit: ContentNode | null;
}

/**
 * Whether every way through `container`, read on from each of `from`, ends in a state that
 * `holds`. Answered by reading, never by listing paths.
 */
export function coverage<S>(reader: Reader<S>, container: ContainerNode | BlockNode, from: States<S>, holds: (state: S) => boolean): Coverage {
  const allHold = (states: States<S>): boolean => states.every(holds);
  try {
    if (allHold(readThrough(reader, container.children, from))) return { always: true, partial: [], limit: null };
    const partial: IfNode[] = [];
    /** What remains to read after a node: the rest of its sequence, then of each enclosing one. */
    type Rest = ReadonlyArray<readonly ContentNode[]>;
    const finish = (states: States<S>, rest: Rest): States<S> => rest.reduce((current, children) => readThrough(reader, children, current), states);
    const visit = (children: readonly ContentNode[], rest: Rest, entry: States<S>): void => {
      let states = entry;
      children.forEach((child, index) => {
        const after: Rest = [children.slice(index + 1), ...rest];
        if (child.type === "If") {
          const arms = armsOf(child);
          const outcomes = arms.map((arm) => allHold(finish(readArm(reader, states, arm), after)));
          if (outcomes.includes(true) && outcomes.includes(false)) partial.push(child);
          else for (const arm of arms) visit(arm.children, after, enter(reader, states, arm));
        } else if (child.type === "For") {
          // A loop is not blamed as a whole (as before): the ifs inside it are.
          for (const arm of armsOf(child)) visit(arm.children, after, enter(reader, states, arm));
        }
        states = readNode(reader, child, states);
      });
    };
    visit(container.children, [], from);
    return { always: false, partial, limit: null };
  } catch (error) {
    if (error instanceof AnalysisLimit) return { always: false, partial: [], limit: error.node };
    throw error;
  }
}

/** One way through a body: the text and outputs met, and the branch taken at each `if` and `for`. */
export interface ExecutionPath {
  nodes: ReadonlyArray<TextNode | OutputNode>;
  choices: ReadonlyMap<IfNode | ForNode, Choice>;
}

/** A path while it is read: nodes and choices as shared linked lists, so a fork copies nothing. */
interface Trail<T> {
  readonly item: T;
  readonly previous: Trail<T> | null;
}

interface PathInProgress {
  nodes: Trail<TextNode | OutputNode> | null;
  /** The `for` bodies taken, which repeat when rendered; other choices are kept but do not tell paths apart. */
  loops: Trail<ForNode> | null;
  choices: Trail<readonly [IfNode | ForNode, Choice]> | null;
}

function toArray<T>(trail: Trail<T> | null): T[] {
  const items: T[] = [];
  for (let link = trail; link; link = link.previous) items.push(link.item);
  return items.reverse();
}

/**
 * Every distinct way through a body (paths that meet the same text, outputs and loop bodies
 * are one), for questions that must look at whole paths. Throws `AnalysisLimit` beyond
 * `MAX_STATES` of them.
 */
export function distinctPaths(container: ContainerNode | BlockNode): ExecutionPath[] {
  // Equal node sequences share one trail object, so a trail is its own key.
  const interned = new Map<unknown, Map<unknown, Trail<never>>>();
  const extend = <T>(previous: Trail<T> | null, item: T): Trail<T> => {
    let next = interned.get(previous);
    if (!next) interned.set(previous, (next = new Map()));
    let trail = next.get(item) as Trail<T> | undefined;
    if (!trail) next.set(item, (trail = { item, previous } as Trail<never>));
    return trail;
  };
  const keys = new Map<unknown, Map<unknown, object>>();
  const reader: Reader<PathInProgress> = {
    read: (path, node) => ({ ...path, nodes: extend(path.nodes, node) }),
    choose: (path, node, choice) => ({
      nodes: path.nodes,
      loops: node.type === "For" && choice === "body" ? extend(path.loops, node) : path.loops,
      choices: { item: [node, choice], previous: path.choices },
    }),
    key: (path) => {
      let byLoops = keys.get(path.nodes);
      if (!byLoops) keys.set(path.nodes, (byLoops = new Map()));
      let key = byLoops.get(path.loops);
      if (!key) byLoops.set(path.loops, (key = {}));
      return key;
    },
  };
  const states = readThrough(reader, container.children, [{ nodes: null, loops: null, choices: null }]);
  return states.map((path) => ({ nodes: toArray(path.nodes), choices: new Map(toArray(path.choices)) }));
}

/** The text of a path with each output as one OBJECT REPLACEMENT CHARACTER (U+FFFC). */
export function skeletonOf(path: ExecutionPath): string {
  return path.nodes.map((node) => (node.type === "Text" ? node.value : PLACEHOLDER)).join("");
}
