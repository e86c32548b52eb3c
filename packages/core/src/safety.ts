import { childrenOf, type Node, type TemplateNode } from "./ast.js";
import { FILTER_NAMES } from "./filters.js";

/**
 * The static safety gate. Nunjucks is not a sandbox: a lookup such as `"".constructor.constructor`
 * reaches `Function`, and a call runs it. A template may therefore use only text, outputs,
 * `if`, `for`, `set`, comments, variables, literal lookups and allow-listed filters: no calls,
 * no computed keys, no keys that lead to constructors or prototypes, no other tags, and
 * bounded `set` and loop nesting. The linter reports what this finds; the renderer refuses
 * to compile a template that has any of it.
 */

export type SafetyReason = "call" | "tag" | "computed-key" | "blocked-key" | "filter" | "regex" | "too-many-sets" | "loop-depth";

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

/** Keys that reach constructors, prototypes or the call stack instead of data. */
const BLOCKED_KEYS = new Set(["constructor", "prototype", "caller", "callee", "arguments"]);

export function isBlockedKey(key: string): boolean {
  return BLOCKED_KEYS.has(key) || key.startsWith("__");
}

export function checkSafety(root: TemplateNode, options: SafetyOptions = {}): SafetyViolation[] {
  const allowed = new Set<string>([...FILTER_NAMES, ...(options.allowFilters ?? [])]);
  const maxSets = options.maxSets ?? 32;
  const maxLoopDepth = options.maxLoopDepth ?? 3;
  const violations: SafetyViolation[] = [];
  let sets = 0;
  const visit = (node: Node, loops: number): void => {
    let depth = loops;
    switch (node.type) {
      case "Call":
        violations.push({ node, reason: "call", message: "calls are not allowed: a template may not run functions or methods" });
        break;
      case "Tag":
        violations.push({ node, reason: "tag", message: `the {% ${node.name} %} tag is not allowed: only if, for and set are` });
        break;
      case "Member":
        if (node.computed && !(node.property.type === "Literal" && (typeof node.property.value === "number" || typeof node.property.value === "string"))) {
          violations.push({ node: node.property, reason: "computed-key", message: "keys computed at render time are not allowed: use a literal key such as `.name`, `['name']` or `[0]`" });
        } else if (node.property.type === "Literal" && typeof node.property.value === "string" && isBlockedKey(node.property.value)) {
          violations.push({ node: node.property, reason: "blocked-key", message: `the key \`${node.property.value}\` is not allowed: it reaches the runtime, not data` });
        }
        break;
      case "Identifier":
        if (isBlockedKey(node.name)) violations.push({ node, reason: "blocked-key", message: `the name \`${node.name}\` is not allowed: it reaches the runtime, not data` });
        break;
      case "Filter":
        if (!allowed.has(node.name)) {
          violations.push({ node, reason: "filter", message: `the filter \`${node.name}\` is not allowed (allowed: ${[...allowed].join(", ")})` });
        }
        break;
      case "Literal":
        if (node.regex) violations.push({ node, reason: "regex", message: "regular-expression literals are not allowed" });
        break;
      case "Set":
        sets += 1;
        if (sets === maxSets + 1) violations.push({ node, reason: "too-many-sets", message: `more than ${maxSets} {% set %} tags: the output could grow without bound` });
        break;
      case "For":
        depth += 1;
        if (depth === maxLoopDepth + 1) violations.push({ node, reason: "loop-depth", message: `loops nested deeper than ${maxLoopDepth}` });
        break;
      default:
        break;
    }
    for (const child of childrenOf(node)) visit(child, depth);
  };
  visit(root, 0);
  return violations;
}
