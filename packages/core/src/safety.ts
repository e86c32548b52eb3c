import { childrenOf, type Node, type TemplateNode } from "./ast.js";
import { FILTER_NAMES } from "./filters.js";
import { translate, type Catalog, type Locale, type MessageData } from "./i18n.js";

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
  /** What is refused and why, in English (as the renderer's errors say it). */
  message: string;
  /** The same by id and data, for `safetyDetailText` to say in another language. */
  detail: { id: SafetyDetailId; data: MessageData };
}

/** What a refusal says about the code it refuses, in each locale. */
export const SAFETY_DETAILS = {
  badName: {
    en: "the {what} `{name}` is not allowed: names are letters, digits and _, not starting with a digit",
    "zh-CN": "{what} `{name}` 不被允许：名称只能由字母、数字和 _ 组成，且不能以数字开头",
    "zh-TW": "{what} `{name}` 不被允許：名稱只能由字母、數字和 _ 組成，且不能以數字開頭",
  },
  blockedName: { en: "the {what} `{name}` is not allowed: it reaches the runtime, not data", "zh-CN": "{what} `{name}` 不被允许：它触及运行环境，而非数据", "zh-TW": "{what} `{name}` 不被允許：它觸及執行環境，而非資料" },
  call: { en: "calls are not allowed: a template may not run functions or methods", "zh-CN": "不允许调用：模板不能执行函数或方法", "zh-TW": "不允許呼叫：範本不能執行函式或方法" },
  tag: { en: "the {% {tag} %} tag is not allowed: only if, for and set are", "zh-CN": "不允许 {% {tag} %} 标签：只允许 if、for 和 set", "zh-TW": "不允許 {% {tag} %} 標籤：只允許 if、for 和 set" },
  computedKey: {
    en: "keys computed at render time are not allowed: use a literal key such as `.name`, `['name']` or `[0]`",
    "zh-CN": "不允许在渲染时计算的键：请使用字面键，例如 `.name`、`['name']` 或 `[0]`",
    "zh-TW": "不允許在轉譯時計算的鍵：請使用字面鍵，例如 `.name`、`['name']` 或 `[0]`",
  },
  filter: { en: "the filter `{name}` is not allowed (allowed: {allowed})", "zh-CN": "不允许过滤器 `{name}`（允许的有：{allowed}）", "zh-TW": "不允許篩選器 `{name}`（允許的有：{allowed}）" },
  test: { en: "the test `{name}` is not allowed (allowed: {allowed})", "zh-CN": "不允许测试 `{name}`（允许的有：{allowed}）", "zh-TW": "不允許測試 `{name}`（允許的有：{allowed}）" },
  keywordArgument: { en: "keyword arguments (`{name}=…`) are not allowed: pass arguments in order", "zh-CN": "不允许关键字参数（`{name}=…`）：请按顺序传参", "zh-TW": "不允許關鍵字引數（`{name}=…`）：請依順序傳入引數" },
  dictionaryKey: { en: "dictionary keys must be literal strings", "zh-CN": "字典的键必须是字面字符串", "zh-TW": "字典的鍵必須是字面字串" },
  regex: { en: "regular-expression literals are not allowed", "zh-CN": "不允许正则表达式字面量", "zh-TW": "不允許正規表示式字面值" },
  tooManySets: { en: "more than {max} {% set %} tags: the output could grow without bound", "zh-CN": "超过 {max} 个 {% set %} 标签：输出可能无限增长", "zh-TW": "超過 {max} 個 {% set %} 標籤：輸出可能無限增長" },
  loopDepth: { en: "loops nested deeper than {max}", "zh-CN": "循环嵌套超过 {max} 层", "zh-TW": "迴圈巢狀超過 {max} 層" },
  unknownNode: { en: "`{type}` is not something the sandbox knows", "zh-CN": "沙箱无法识别 `{type}`", "zh-TW": "沙箱無法識別 `{type}`" },
} as const satisfies Catalog;

export type SafetyDetailId = keyof typeof SAFETY_DETAILS;

/** What a name is, as a refusal of it says. */
export const NAME_KINDS = {
  key: { en: "key", "zh-CN": "键", "zh-TW": "鍵" },
  name: { en: "name", "zh-CN": "名称", "zh-TW": "名稱" },
  filter: { en: "filter", "zh-CN": "过滤器", "zh-TW": "篩選器" },
  test: { en: "test", "zh-CN": "测试", "zh-TW": "測試" },
} as const satisfies Catalog;

/** What a refusal says about the code it refuses, in a locale. */
export function safetyDetailText({ detail: { id, data } }: Pick<SafetyViolation, "detail">, locale: Locale): string {
  const what = data["what"];
  return translate(SAFETY_DETAILS, id, locale, typeof what === "string" && what in NAME_KINDS ? { ...data, what: translate(NAME_KINDS, what as keyof typeof NAME_KINDS, locale) } : data);
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
  const refuse = (node: Node, reason: SafetyReason, id: SafetyDetailId, data: MessageData = {}): void => {
    const detail = { id, data };
    violations.push({ node, reason, message: safetyDetailText({ detail }, "en"), detail });
  };
  /** A name outside the grammar is refused as such; a blocked one (`__proto__`) as reaching the runtime. */
  const checkName = (node: Node, name: string, what: keyof typeof NAME_KINDS): boolean => {
    if (!IDENTIFIER.test(name)) refuse(node, "name", "badName", { what, name });
    else if (isBlockedKey(name)) refuse(node, "blocked-key", "blockedName", { what, name });
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
        refuse(node, "call", "call");
        break;
      case "Tag":
        refuse(node, "tag", "tag", { tag: node.name });
        break;
      case "Member":
        if (node.computed && !(node.property.type === "Literal" && (typeof node.property.value === "number" || typeof node.property.value === "string"))) {
          refuse(node.property, "computed-key", "computedKey");
        } else if (node.property.type === "Literal" && typeof node.property.value === "string") {
          if (node.computed) {
            if (isBlockedKey(node.property.value)) refuse(node.property, "blocked-key", "blockedName", { what: "key", name: node.property.value });
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
          refuse(node, "filter", "filter", { name: node.name, allowed: [...allowed].join(", ") });
        }
        break;
      case "Test":
        if (checkName(node, node.name, "test") && !tests.has(node.name)) {
          refuse(node, "test", "test", { name: node.name, allowed: TEST_NAMES.join(", ") });
        }
        break;
      case "KeywordArgument":
        refuse(node, "keyword-argument", "keywordArgument", { name: node.name });
        break;
      case "DictEntry":
        if (node.key.type !== "Literal" || typeof node.key.value !== "string") refuse(node.key, "computed-key", "dictionaryKey");
        else checkName(node.key, node.key.value, "key");
        // The key is a string, not a variable.
        visit(node.value, depth);
        return;
      case "Literal":
        if (node.regex) refuse(node, "regex", "regex");
        break;
      case "Set":
        sets += 1;
        if (sets === maxSets + 1) refuse(node, "too-many-sets", "tooManySets", { max: maxSets });
        break;
      case "For":
        depth += 1;
        if (depth === maxLoopDepth + 1) refuse(node, "loop-depth", "loopDepth", { max: maxLoopDepth });
        break;
      default: {
        // A node type added to the AST without a case here is refused until it has one.
        const unknown: { type: string } = node satisfies never;
        refuse(node as Node, "unknown-node", "unknownNode", { type: unknown.type });
        return;
      }
    }
    for (const child of childrenOf(node)) visit(child, depth);
  };
  visit(root, 0);
  return violations;
}
