import { childrenOf, isSafeName, type TEST_NAMES, type ContentNode, type Expression, type FilterNode, type ForNode, type IfNode, type BlockNode, type Node, type SetNode, type Filter } from "@tactful/core";
import { RenderError, type SaidValue } from "./errors.js";
import { Budget, isObject, lookup, primitive, renderFailed, toText, type Limits } from "./sandbox.js";

/**
 * Renders the AST the safety gate checked, without nunjucks' compiler: no template text ever
 * becomes JavaScript, and what was checked is exactly what runs. It reproduces nunjucks 3.2.4
 * for the subset the gate allows (its differential test renders random templates both ways):
 *
 * - operators evaluate as the JavaScript nunjucks generates, where only written parentheses
 *   group (`not a == b` is `(!a) == b`; `a + b - c` is `(a + b) - c`), with JavaScript's
 *   coercions, but only ever on data: a list becomes its text, anything else object-like
 *   "[object Object]", and no method of a value is called;
 * - a `for` pushes a scope, an `if` does not; `set` writes into the nearest scope that has the
 *   name, else the current one; loop names are bound where they are written, as nunjucks binds
 *   them to JavaScript variables;
 * - undefined and null print as "", lists as their items joined with commas.
 *
 * Every unit of work is charged to the render's budget (see sandbox.ts) before it is done.
 */

type Evaluate = (state: State) => unknown;
type Run = (state: State) => void;

interface Frame {
  /** Names set at render time, looked up through the frames. */
  variables: Record<string, unknown>;
  parent: Frame | null;
  /** The values of the loop's names, read where the loop binds them. */
  slots: unknown[];
  /** The `loop` object this frame's loop made: the only one it writes to. */
  loop: Record<string, unknown> | null;
}

interface State {
  frame: Frame;
  data: object;
  /** Names set at the top level of the template, which shadow the data. */
  globals: Record<string, unknown>;
  budget: Budget;
  out: string;
  /** When outputs are collected: the output with each printed value replaced by `SLOT` (null inside a `{% set %}` block, whose text is a value). */
  skeleton: string | null;
  /** The values printed into the skeleton's slots, in order. */
  values: PrintedValue[];
}

export interface InterpretOptions {
  filters: Readonly<Record<string, Filter>>;
  /** How outputs are escaped (Markdown for email bodies); text is never escaped. */
  escape?: ((text: string) => string) | undefined;
}

/** A compiled part of a template (body, subject or title): renders data within limits. */
export type RenderPart = (data: object, limits: Limits) => string;

export function interpret(children: readonly ContentNode[], options: InterpretOptions): RenderPart {
  const run = runner(children, options, false);
  return (data, limits) => run(data, limits).out;
}

/** Where a printed value stands in a skeleton. */
export const SLOT = "\uFFFF";

/** A value printed by the template: its text, and the text as escaped into the output. */
export interface PrintedValue {
  text: string;
  escaped: string;
}

export interface SlottedOutput {
  /** The output, as `interpret` renders it. */
  out: string;
  /** The template's own text of the output, with `SLOT` where each non-empty value was printed: the same for all data that takes the same path through the template. */
  skeleton: string;
  values: PrintedValue[];
}

/** `interpret`, also telling the template's text from the values printed into it. */
export function interpretSlotted(children: readonly ContentNode[], options: InterpretOptions): (data: object, limits: Limits) => SlottedOutput {
  const run = runner(children, options, true);
  return (data, limits) => {
    const state = run(data, limits);
    return { out: state.out, skeleton: state.skeleton!, values: state.values };
  };
}

function runner(children: readonly ContentNode[], options: InterpretOptions, slotted: boolean): (data: object, limits: Limits) => State {
  const run = new Compiler(options).content(children);
  return (data, limits) => {
    const state: State = {
      frame: newFrame(null),
      data,
      globals: Object.create(null) as Record<string, unknown>,
      budget: new Budget(limits),
      out: "",
      skeleton: slotted ? "" : null,
      values: [],
    };
    try {
      run(state);
    } catch (error) {
      throw asRenderError(error, null);
    }
    return state;
  };
}

function newFrame(parent: Frame | null): Frame {
  return { variables: Object.create(null) as Record<string, unknown>, parent, slots: [], loop: null };
}

function asRenderError(error: unknown, at: Node | null): RenderError {
  if (error instanceof RenderError) return error;
  const reason: SaidValue = error instanceof RangeError ? { id: "tooDeep" } : error instanceof Error && !BUILT_IN_ERRORS.has(error.constructor) ? error.message.replace(/\s+/g, " ").trim() : { id: "unexpected" };
  return renderFailed(reason, at ? whereIs(at) : undefined);
}

function whereIs(node: Node): { line: number; column: number } {
  return { line: node.loc.start.line, column: node.loc.start.column };
}

/** Refuses, at compile time, what the gate refuses: the interpreter runs nothing it does not know. */
function unsafe(node: Node, what: string): never {
  throw new RenderError("template-unsafe", `${node.loc.start.line}:${node.loc.start.column} ${what} cannot be rendered`);
}

/** Elements of the lists and dictionaries a render built, counted through the lists they hold. */
const sizes = new WeakMap<object, number>();

const sizeOf = (value: unknown): number => (isObject(value) ? (sizes.get(value) ?? 0) : 0);

/** Line endings of template text are "\n" whatever the checkout. */
const lf = (text: string): string => text.replace(/\r\n?/g, "\n");

/** Nodes below a node: what one run of a loop body costs at least. */
function weight(node: Node): number {
  let count = 1;
  for (const child of childrenOf(node)) count += weight(child);
  return count;
}

// ── Operators, as the JavaScript nunjucks generates evaluates them ─────────────

type Token = { op: string } | { value: Evaluate };

const PRECEDENCE: Readonly<Record<string, number>> = {
  "||": 1,
  "&&": 2,
  "==": 3,
  "!=": 3,
  "===": 3,
  "!==": 3,
  "<": 4,
  ">": 4,
  "<=": 4,
  ">=": 4,
  "+": 5,
  "-": 5,
  "*": 6,
  "/": 6,
  "%": 6,
};

const EMITTED: Readonly<Record<string, string>> = { and: "&&", or: "||", "+": "+", "-": "-", "*": "*", "/": "/", "%": "%" };

/** Comparing two strings reads them: charged by the shorter one. */
function chargeComparison(left: unknown, right: unknown, budget: Budget): void {
  if (typeof left === "string" && typeof right === "string") budget.chargeFor(Math.min(left.length, right.length));
}

function strictEquals(left: unknown, right: unknown, budget: Budget): boolean {
  chargeComparison(left, right, budget);
  return left === right;
}

function looseEquals(left: unknown, right: unknown, budget: Budget): boolean {
  if (isObject(left) && isObject(right)) return left === right;
  const x = primitive(left, budget);
  const y = primitive(right, budget);
  chargeComparison(x, y, budget);
  // eslint-disable-next-line eqeqeq -- nunjucks' `==` is JavaScript's, on primitives here.
  return x == y;
}

function textLength(value: unknown): number {
  return typeof value === "string" ? value.length : String(value).length;
}

function binary(op: string, left: Evaluate, right: Evaluate): Evaluate {
  switch (op) {
    case "||":
      return (s) => left(s) || right(s);
    case "&&":
      return (s) => left(s) && right(s);
    case "===":
      return (s) => strictEquals(left(s), right(s), s.budget);
    case "!==":
      return (s) => !strictEquals(left(s), right(s), s.budget);
    case "==":
      return (s) => looseEquals(left(s), right(s), s.budget);
    case "!=":
      return (s) => !looseEquals(left(s), right(s), s.budget);
    case "+":
      return (s) => {
        const a = left(s);
        const b = right(s);
        const x = primitive(a, s.budget) as number;
        const y = primitive(b, s.budget) as number;
        if (typeof x === "string" || typeof y === "string") {
          const length = textLength(x) + textLength(y);
          s.budget.checkLength(length);
          s.budget.chargeFor(length);
        }
        return x + y;
      };
    default: {
      const apply = arithmetic(op);
      return (s) => {
        const a = left(s);
        const b = right(s);
        const x = primitive(a, s.budget);
        const y = primitive(b, s.budget);
        chargeComparison(x, y, s.budget);
        return apply(x as number, y as number);
      };
    }
  }
}

function arithmetic(op: string): (x: number, y: number) => number | boolean {
  switch (op) {
    case "-":
      return (x, y) => x - y;
    case "*":
      return (x, y) => x * y;
    case "/":
      return (x, y) => x / y;
    case "%":
      return (x, y) => x % y;
    case "<":
      return (x, y) => x < y;
    case ">":
      return (x, y) => x > y;
    case "<=":
      return (x, y) => x <= y;
    case ">=":
      return (x, y) => x >= y;
    default:
      throw renderFailed({ id: "unknownOperator", data: { operator: op } });
  }
}

/** Precedence climbing over the tokens nunjucks would emit, as JavaScript parses them. */
function parseTokens(tokens: readonly Token[]): Evaluate {
  let position = 0;
  const unary = (): Evaluate => {
    const token = tokens[position++]!;
    if ("value" in token) return token.value;
    const operand = unary();
    switch (token.op) {
      case "!":
        return (s) => !operand(s);
      case "-":
        return (s) => -(primitive(operand(s), s.budget) as number);
      default:
        return (s) => +(primitive(operand(s), s.budget) as number);
    }
  };
  const climb = (minimum: number): Evaluate => {
    let left = unary();
    for (;;) {
      const token = tokens[position];
      if (!token || !("op" in token)) return left;
      const precedence = PRECEDENCE[token.op]!;
      if (precedence < minimum) return left;
      position++;
      left = binary(token.op, left, climb(precedence + 1));
    }
  };
  return climb(0);
}

// ── Tests ────────────────────────────────────────────────────────────────────

type Test = (budget: Budget, value: unknown, ...args: unknown[]) => boolean;
const number = (value: unknown, budget: Budget): number => primitive(value, budget) as number;

/** nunjucks 3.2.4's tests of the same names. */
const TESTS = {
  defined: (_, value) => value !== undefined,
  undefined: (_, value) => value === undefined,
  null: (_, value) => value === null,
  number: (_, value) => typeof value === "number",
  string: (_, value) => typeof value === "string",
  truthy: (_, value) => !!value,
  falsy: (_, value) => !value,
  odd: (budget, value) => number(value, budget) % 2 === 1,
  even: (budget, value) => number(value, budget) % 2 === 0,
  divisibleby: (budget, one, two) => number(one, budget) % number(two, budget) === 0,
  equalto: (budget, one, two) => strictEquals(one, two, budget),
  eq: (budget, one, two) => strictEquals(one, two, budget),
  sameas: (budget, one, two) => strictEquals(one, two, budget),
  ne: (budget, one, two) => !strictEquals(one, two, budget),
  lt: (budget, one, two) => number(one, budget) < number(two, budget),
  lessthan: (budget, one, two) => number(one, budget) < number(two, budget),
  gt: (budget, one, two) => number(one, budget) > number(two, budget),
  greaterthan: (budget, one, two) => number(one, budget) > number(two, budget),
  le: (budget, one, two) => number(one, budget) <= number(two, budget),
  ge: (budget, one, two) => number(one, budget) >= number(two, budget),
} satisfies Record<(typeof TEST_NAMES)[number], Test>;

// ── The compiler: AST to closures ──────────────────────────────────────────────

class Compiler {
  /** The names each enclosing loop binds, innermost last. */
  readonly #loops: Array<readonly string[]> = [];
  readonly #filters: Readonly<Record<string, Filter>>;
  readonly #escape: ((text: string) => string) | undefined;

  constructor(options: InterpretOptions) {
    this.#filters = options.filters;
    this.#escape = options.escape;
  }

  content(nodes: readonly ContentNode[]): Run {
    const runs = nodes.map((node) => this.#statement(node)).filter((run) => run !== null);
    if (runs.length === 1) return runs[0]!;
    return (s) => {
      for (const run of runs) run(s);
    };
  }

  #block(block: BlockNode): Run {
    return this.content(block.children);
  }

  #statement(node: ContentNode): Run | null {
    switch (node.type) {
      case "Text": {
        const text = lf(node.value);
        if (text === "") return null;
        return (s) => {
          s.budget.emit(text.length);
          s.out += text;
          if (s.skeleton !== null) s.skeleton += text;
        };
      }
      case "Comment":
        return null;
      case "Output": {
        const value = this.#expression(node.expression);
        const escape = this.#escape;
        return (s) => {
          const text = toText(value(s), s.budget);
          const shown = escape && text.length <= s.budget.max ? escape(text) : text;
          s.budget.emit(shown.length);
          s.out += shown;
          if (s.skeleton !== null && shown !== "") {
            s.skeleton += SLOT;
            s.values.push({ text, escaped: shown });
          }
        };
      }
      case "If":
        return this.#if(node);
      case "For":
        return this.#for(node);
      case "Set":
        return this.#set(node);
      default:
        return unsafe(node, `the {% ${node.name} %} tag`);
    }
  }

  #if(node: IfNode): Run {
    const test = this.#expression(node.test);
    const consequent = this.#block(node.consequent);
    const alternate = node.alternate === null ? null : node.alternate.type === "If" ? this.#if(node.alternate) : this.#block(node.alternate);
    return (s) => {
      if (test(s)) consequent(s);
      else if (alternate) alternate(s);
    };
  }

  #for(node: ForNode): Run {
    const iterable = this.#expression(node.iterable);
    const names = node.targets.map((target) => this.#name(target));
    if (names.length < 1 || names.length > 2) unsafe(node, "a loop with more than two names");
    this.#loops.push(names);
    const body = this.#block(node.body);
    const fallback = node.fallback ? this.#block(node.fallback) : null;
    this.#loops.pop();
    const cost = weight(node.body);
    const [first, second] = names as [string, string | undefined];
    const iterate = (s: State, frame: Frame, index: number, length: unknown, bound: unknown): void => {
      s.budget.charge(cost);
      bindLoop(frame, index, length, bound);
      body(s);
    };
    return (s) => {
      const items = iterable(s);
      const frame = newFrame(s.frame);
      s.frame = frame;
      let length: unknown;
      if (items) {
        if (second === undefined) {
          length = lookup(items, "length");
          // Converted once: a string bound would be parsed again on every run of the body.
          const bound = Number(primitive(length, s.budget));
          for (let index = 0; index < bound; index++) {
            const item = lookup(items, index);
            frame.slots[0] = item;
            frame.variables[first] = item;
            iterate(s, frame, index, length, bound);
          }
        } else if (Array.isArray(items)) {
          length = items.length;
          for (let index = 0; index < items.length; index++) {
            const item: unknown = items[index];
            if (item === null || item === undefined) throw renderFailed({ id: "notPair", data: { index, item: String(item) } }, whereIs(node));
            // nunjucks binds a pair's names only where the loop is written, not in its scope.
            frame.slots[0] = lookup(item, 0);
            frame.slots[1] = lookup(item, 1);
            iterate(s, frame, index, length, length);
          }
        } else if (typeof items === "string") {
          // A string's keys are its indices: never materialized (that would multiply its size in memory).
          length = items.length;
          for (let index = 0; index < items.length; index++) {
            const key = String(index);
            frame.slots[0] = key;
            frame.slots[1] = frame.variables[second] = items[index];
            frame.variables[first] = key;
            iterate(s, frame, index, length, length);
          }
        } else {
          const keys = Object.keys(Object(items) as object);
          length = keys.length;
          s.budget.charge(keys.length);
          for (let index = 0; index < keys.length; index++) {
            const key = keys[index]!;
            const value = lookup(items, key);
            frame.slots[0] = key;
            frame.slots[1] = value;
            frame.variables[first] = key;
            frame.variables[second] = value;
            iterate(s, frame, index, length, length);
          }
        }
      }
      if (fallback && !length) fallback(s);
      s.frame = frame.parent!;
    };
  }

  #set(node: SetNode): Run {
    const value = node.value ? this.#expression(node.value) : null;
    const body = node.body ? this.#block(node.body) : null;
    if (!value && !body) unsafe(node, "a {% set %} without a value");
    const targets = node.targets.map((target) => ({ name: this.#name(target), slot: this.#slot(target.name) }));
    return (s) => {
      let result: unknown;
      if (value) {
        result = value(s);
      } else {
        const outside = s.out;
        const skeleton = s.skeleton;
        s.out = "";
        s.skeleton = null;
        body!(s);
        result = s.out;
        s.out = outside;
        s.skeleton = skeleton;
      }
      s.budget.charge(1);
      for (const { name, slot } of targets) {
        if (slot) slotFrame(s.frame, slot.up).slots[slot.index] = result;
        setVariable(s.frame, name, result);
        if (s.frame.parent === null) s.globals[name] = result;
      }
    };
  }

  #name(node: Expression): string {
    if (node.type !== "Identifier" || !isSafeName(node.name)) unsafe(node, "this name");
    return node.name;
  }

  /** Where the innermost loop that binds `name` keeps it: frames up from the current one, and its place. */
  #slot(name: string): { up: number; index: number } | null {
    for (let depth = this.#loops.length - 1; depth >= 0; depth--) {
      const index = this.#loops[depth]!.indexOf(name);
      if (index !== -1) return { up: this.#loops.length - 1 - depth, index };
    }
    return null;
  }

  // ── Expressions ──────────────────────────────────────────────────────────

  #expression(node: Expression): Evaluate {
    const tokens: Token[] = [];
    this.#flatten(node, tokens, true);
    return parseTokens(tokens);
  }

  /** The tokens of the JavaScript nunjucks emits for an expression: operators unparenthesized, the rest as values. */
  #flatten(node: Expression, tokens: Token[], top: boolean): void {
    if (node.parenthesized && !top) {
      tokens.push({ value: this.#expression(node) });
      return;
    }
    switch (node.type) {
      case "Binary": {
        const op = EMITTED[node.operator];
        if (op !== undefined) {
          this.#flatten(node.left, tokens, false);
          tokens.push({ op });
          this.#flatten(node.right, tokens, false);
        } else if (node.operator === "~") {
          // `a ~ b` is emitted as `a + "" + b`.
          this.#flatten(node.left, tokens, false);
          tokens.push({ op: "+" }, { value: () => "" }, { op: "+" });
          this.#flatten(node.right, tokens, false);
        } else if (node.operator === "//") {
          // `Math.floor(a / b)`: the division is one JavaScript expression inside the call.
          const inner: Token[] = [];
          this.#flatten(node.left, inner, false);
          inner.push({ op: "/" });
          this.#flatten(node.right, inner, false);
          const quotient = parseTokens(inner);
          tokens.push({ value: (s) => Math.floor(quotient(s) as number) });
        } else {
          tokens.push({ value: this.#call(node.operator, this.#expression(node.left), this.#expression(node.right)) });
        }
        return;
      }
      case "Compare":
        node.operands.forEach((operand, index) => {
          if (index > 0) tokens.push({ op: node.operators[index - 1]! });
          this.#flatten(operand, tokens, false);
        });
        return;
      case "Unary":
        tokens.push({ op: node.operator === "not" ? "!" : node.operator });
        this.#flatten(node.argument, tokens, false);
        return;
      default:
        tokens.push({ value: this.#value(node) });
    }
  }

  /** `a ** b` and `a in b`, which nunjucks emits as calls. */
  #call(operator: string, left: Evaluate, right: Evaluate): Evaluate {
    if (operator === "**") return (s) => Math.pow(primitive(left(s), s.budget) as number, primitive(right(s), s.budget) as number);
    return (s) => {
      const key = left(s);
      const container = right(s);
      if (Array.isArray(container)) return includes(container, key, s.budget);
      if (typeof container === "string") {
        const needle = String(primitive(key, s.budget));
        s.budget.chargeFor(container.length + needle.length);
        return container.indexOf(needle) !== -1;
      }
      // nunjucks asks JavaScript's `in`, which sees inherited keys too: here only own data.
      if (isObject(container)) return Object.prototype.hasOwnProperty.call(container, String(primitive(key, s.budget)));
      throw renderFailed({ id: "notSearchable", data: { key: toText(key, s.budget) } });
    };
  }

  #value(node: Expression): Evaluate {
    switch (node.type) {
      case "Literal": {
        if (node.regex) return unsafe(node, "a regular expression");
        const value = typeof node.value === "string" ? lf(node.value) : node.value;
        return () => value;
      }
      case "Identifier":
        return this.#identifier(node.name, node);
      case "Member": {
        const property = node.property;
        if (property.type !== "Literal" || (typeof property.value !== "string" && typeof property.value !== "number")) return unsafe(node, "a computed key");
        const key = property.value;
        const object = this.#expression(node.object);
        return (s) => lookup(object(s), key);
      }
      case "Filter":
        return this.#filter(node);
      case "Test": {
        const test = (TESTS as Record<string, Test>)[node.name];
        if (!test || !Object.prototype.hasOwnProperty.call(TESTS, node.name)) return unsafe(node, `the test \`${node.name}\``);
        const argument = this.#expression(node.argument);
        const args = node.arguments.map((item) => this.#argument(item));
        return (s) => test(s.budget, argument(s), ...args.map((item) => item(s))) === true;
      }
      case "Conditional": {
        const test = this.#expression(node.test);
        const consequent = this.#expression(node.consequent);
        const alternate = node.alternate ? this.#expression(node.alternate) : () => "";
        return (s) => (test(s) ? consequent(s) : alternate(s));
      }
      case "ArrayExpression": {
        const elements = node.elements.map((element) => this.#expression(element));
        return (s) => {
          const values = elements.map((element) => element(s));
          let size = values.length;
          for (const value of values) size += sizeOf(value);
          s.budget.checkSize(size);
          s.budget.charge(values.length);
          sizes.set(values, size);
          return values;
        };
      }
      case "DictExpression": {
        const entries = node.entries.map((entry) => {
          if (entry.key.type !== "Literal" || typeof entry.key.value !== "string") return unsafe(entry.key, "a computed dictionary key");
          return [entry.key.value, this.#expression(entry.value)] as const;
        });
        return (s) => {
          const dict = Object.create(null) as Record<string, unknown>;
          let size = entries.length;
          for (const [key, value] of entries) {
            const item = value(s);
            size += sizeOf(item);
            dict[key] = item;
          }
          s.budget.checkSize(size);
          s.budget.charge(entries.length);
          sizes.set(dict, size);
          return dict;
        };
      }
      default:
        return unsafe(node, node.type === "Call" ? "a call" : `\`${node.type}\``);
    }
  }

  #identifier(name: string, node: Expression): Evaluate {
    if (!isSafeName(name)) unsafe(node, `the name \`${name}\``);
    const slot = this.#slot(name);
    if (slot) {
      const { up, index } = slot;
      return (s) => slotFrame(s.frame, up).slots[index];
    }
    return (s) => {
      for (let frame: Frame | null = s.frame; frame; frame = frame.parent) {
        const value = frame.variables[name];
        if (value !== undefined) return value;
      }
      if (name in s.globals) return s.globals[name];
      return lookup(s.data, name);
    };
  }

  #argument(node: Expression): Evaluate {
    if (node.type === "KeywordArgument") unsafe(node, "a keyword argument");
    return this.#expression(node);
  }

  #filter(node: FilterNode): Evaluate {
    if (!Object.prototype.hasOwnProperty.call(this.#filters, node.name)) return unsafe(node, `the filter \`${node.name}\``);
    const filter = this.#filters[node.name]!;
    const input = this.#expression(node.input);
    const args = node.arguments.map((item) => this.#argument(item));
    return (s) => {
      const value = input(s);
      const rest = args.map((item) => item(s));
      // A filter's work grows with its input: charge it, and refuse an input no output could hold.
      if (typeof value === "string") s.budget.checkLength(value.length);
      s.budget.chargeFor(typeof value === "string" ? value.length : Array.isArray(value) ? value.length : 1);
      let result: unknown;
      try {
        result = filter(value, ...rest);
      } catch (error) {
        throw filterFailure(error, node);
      }
      if (typeof result === "string") s.budget.checkLength(result.length);
      return result;
    };
  }
}

/** `list.indexOf(key) !== -1`, each comparison charged (two long strings of one length are compared in full). */
function includes(list: readonly unknown[], key: unknown, budget: Budget): boolean {
  budget.chargeFor(list.length);
  for (let index = 0; index < list.length; index++) {
    if (Object.prototype.hasOwnProperty.call(list, index) && strictEquals(list[index], key, budget)) return true;
  }
  return false;
}

/** JavaScript's own errors (a value a filter cannot convert) say nothing a template author can use: named by the filter instead. */
const BUILT_IN_ERRORS: ReadonlySet<unknown> = new Set([Error, TypeError, RangeError, ReferenceError, SyntaxError, EvalError, URIError]);

function filterFailure(error: unknown, node: FilterNode): RenderError {
  if (error instanceof Error && !BUILT_IN_ERRORS.has(error.constructor)) return asRenderError(error, node);
  return renderFailed({ id: "filterFailed", data: { name: node.name } }, whereIs(node));
}

function slotFrame(frame: Frame, up: number): Frame {
  let current = frame;
  for (let level = up; level > 0; level--) current = current.parent!;
  return current;
}

/** nunjucks' `frame.set(name, value, true)`: the nearest frame that has the name, else the current one. */
function setVariable(frame: Frame, name: string, value: unknown): void {
  for (let current: Frame | null = frame; current; current = current.parent) {
    if (current.variables[name] !== undefined) {
      current.variables[name] = value;
      return;
    }
  }
  frame.variables[name] = value;
}

/** `loop.index`, `loop.first`…, as nunjucks sets them on each run of a loop body. */
function bindLoop(frame: Frame, index: number, length: unknown, bound: unknown): void {
  if (!frame.variables["loop"]) frame.variables["loop"] = frame.loop = Object.create(null) as Record<string, unknown>;
  const loop = frame.loop;
  // A `loop` set by the template is not written to (nunjucks would write into it, data included).
  if (!loop || frame.variables["loop"] !== loop) return;
  const total = bound as number;
  loop["index"] = index + 1;
  loop["index0"] = index;
  loop["revindex"] = total - index;
  loop["revindex0"] = total - index - 1;
  loop["first"] = index === 0;
  loop["last"] = index === total - 1;
  loop["length"] = length;
}
