import { childrenOf, type Node, type TemplateNode } from "./ast.js";
import { FILTER_NAMES } from "./filters.js";

/**
 * The static safety gate. Nunjucks is not a sandbox: a lookup such as `"".constructor.constructor`
 * reaches `Function`, a call runs it, and nunjucks' compiler pastes names into the JavaScript it
 * generates. A template may therefore use only text, outputs, `if`, `for`, `set`, comments,
 * variables, literals, lists, dictionaries with literal keys, operators, literal lookups,
 * allow-listed filters and allow-listed tests: no calls, no computed keys, no keys that lead to
 * constructors or prototypes, no keyword arguments, no other tags, every name in the identifier
 * grammar, and bounded `set` and loop nesting. Every node type has a case here: a type the gate
 * does not know is refused. The linter reports what this finds; the renderer refuses to render
 * a template that has any of it, and renders the rest from this same AST.
 */

export type SafetyReason =
  | "call"
  | "tag"
  | "computed-key"
  | "blocked-key"
  | "filter"
  | "test"
  | "name"
  | "keyword-argument"
  | "regex"
  | "too-many-sets"
  | "loop-depth"
  | "unknown-node";

export interface SafetyViolation {
  node: Node;
  reason: SafetyReason;
  message: string;
}

export interface SafetyOptions {
  /** Filters allowed besides `money`, `date`, `number` and `mask`. */
  allowFilters?: readonly string[];
  /** Most `set` tags a template may have (repeated `set s = s ~ s` doubles the output each time). */
  maxSets?: number;
  /** Deepest nesting of `for` loops. */
  maxLoopDepth?: number;
}

/**
 * The tests a template may use (`x is defined`): nunjucks' tests that are pure and read only
 * their arguments. `callable`, `escaped`, `iterable`, `mapping`, `lower` and `upper` are left
 * out: they ask about functions and runtime objects, or call methods of the value.
 */
export const TEST_NAMES = [
  "defined",
  "undefined",
  "null",
  "number",
  "string",
  "truthy",
  "falsy",
  "odd",
  "even",
  "divisibleby",
  "equalto",
  "eq",
  "sameas",
  "ne",
  "lt",
  "lessthan",
  "gt",
  "greaterthan",
  "le",
  "ge",
] as const;

/** A name a template may use for a variable, a loop or `set` target, a key after `.`, a filter or a test. */
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Keys that reach constructors, prototypes or the call stack instead of data. */
const BLOCKED_KEYS = new Set(["constructor", "prototype", "caller", "callee", "arguments"]);

export function isBlockedKey(key: string): boolean {
  return BLOCKED_KEYS.has(key) || key.startsWith("__");
}

/** Whether `name` is in the identifier grammar and not a blocked key. */
export function isSafeName(name: string): boolean {
  return IDENTIFIER.test(name) && !isBlockedKey(name);
}

export function checkSafety(root: TemplateNode, options: SafetyOptions = {}): SafetyViolation[] {
  const allowed = new Set<string>([...FILTER_NAMES, ...(options.allowFilters ?? [])]);
  const tests = new Set<string>(TEST_NAMES);
  const maxSets = options.maxSets ?? 32;
  const maxLoopDepth = options.maxLoopDepth ?? 3;
  const violations: SafetyViolation[] = [];
  const refuse = (node: Node, reason: SafetyReason, message: string): void => {
    violations.push({ node, reason, message });
  };
  /** A name outside the grammar is refused as such; a blocked one (`__proto__`) as reaching the runtime. */
  const checkName = (node: Node, name: string, what: string): boolean => {
    if (!IDENTIFIER.test(name)) refuse(node, "name", `the ${what} \`${name}\` is not allowed: names are letters, digits and _, not starting with a digit`);
    else if (isBlockedKey(name)) refuse(node, "blocked-key", `the ${what} \`${name}\` is not allowed: it reaches the runtime, not data`);
    else return true;
    return false;
  };
  let sets = 0;
  const visit = (node: Node, loops: number): void => {
    let depth = loops;
    switch (node.type) {
      case "Template":
      case "FrontMatter":
      case "StringTemplate":
      case "Body":
      case "Block":
      case "Text":
      case "Comment":
      case "Output":
      case "If":
      case "Unary":
      case "Binary":
      case "Compare":
      case "Conditional":
      case "ArrayExpression":
      case "DictExpression":
        break;
      case "Call":
        refuse(node, "call", "calls are not allowed: a template may not run functions or methods");
        break;
      case "Tag":
        refuse(node, "tag", `the {% ${node.name} %} tag is not allowed: only if, for and set are`);
        break;
      case "Member":
        if (node.computed && !(node.property.type === "Literal" && (typeof node.property.value === "number" || typeof node.property.value === "string"))) {
          refuse(node.property, "computed-key", "keys computed at render time are not allowed: use a literal key such as `.name`, `['name']` or `[0]`");
        } else if (node.property.type === "Literal" && typeof node.property.value === "string") {
          if (node.computed) {
            if (isBlockedKey(node.property.value)) refuse(node.property, "blocked-key", `the key \`${node.property.value}\` is not allowed: it reaches the runtime, not data`);
          } else {
            checkName(node.property, node.property.value, "key");
          }
        }
        // The property is a key, not a variable: only the object is visited further.
        visit(node.object, depth);
        if (node.property.type !== "Literal") visit(node.property, depth);
        return;
      case "Identifier":
        checkName(node, node.name, "name");
        break;
      case "Filter":
        if (checkName(node, node.name, "filter") && !allowed.has(node.name)) {
          refuse(node, "filter", `the filter \`${node.name}\` is not allowed (allowed: ${[...allowed].join(", ")})`);
        }
        break;
      case "Test":
        if (checkName(node, node.name, "test") && !tests.has(node.name)) {
          refuse(node, "test", `the test \`${node.name}\` is not allowed (allowed: ${TEST_NAMES.join(", ")})`);
        }
        break;
      case "KeywordArgument":
        refuse(node, "keyword-argument", `keyword arguments (\`${node.name}=…\`) are not allowed: pass arguments in order`);
        break;
      case "DictEntry":
        if (node.key.type !== "Literal" || typeof node.key.value !== "string") refuse(node.key, "computed-key", "dictionary keys must be literal strings");
        else checkName(node.key, node.key.value, "key");
        // The key is a string, not a variable.
        visit(node.value, depth);
        return;
      case "Literal":
        if (node.regex) refuse(node, "regex", "regular-expression literals are not allowed");
        break;
      case "Set":
        sets += 1;
        if (sets === maxSets + 1) refuse(node, "too-many-sets", `more than ${maxSets} {% set %} tags: the output could grow without bound`);
        break;
      case "For":
        depth += 1;
        if (depth === maxLoopDepth + 1) refuse(node, "loop-depth", `loops nested deeper than ${maxLoopDepth}`);
        break;
      default: {
        // A node type added to the AST without a case here is refused until it has one.
        const unknown: { type: string } = node satisfies never;
        refuse(node as Node, "unknown-node", `\`${unknown.type}\` is not something the sandbox knows`);
        return;
      }
    }
    for (const child of childrenOf(node)) visit(child, depth);
  };
  visit(root, 0);
  return violations;
}
