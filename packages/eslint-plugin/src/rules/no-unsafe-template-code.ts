import { checkSafety, FILTER_NAMES, safetyDetailText, type SafetyOptions, type SafetyReason, type Catalog } from "@tactful/core";
import { frontMatterUsable } from "../util/message.js";
import { docsUrl, type TemplateRule } from "../util/rule.js";
import { localeOf, ruleMessages } from "../util/report.js";

export interface Options {
  /** Filters allowed besides the built-in ones; the renderer must register them too. */
  allowFilters?: string[];
  /** Most `{% set %}` tags a template may have. */
  maxSets?: number;
  /** Deepest nesting of `{% for %}` loops. */
  maxLoopDepth?: number;
}

type MessageId = "call" | "tag" | "computedKey" | "blockedKey" | "filter" | "test" | "name" | "keywordArgument" | "regex" | "tooManySets" | "loopDepth" | "unknownNode";

const MESSAGE_IDS: Record<SafetyReason, MessageId> = {
  call: "call",
  tag: "tag",
  "computed-key": "computedKey",
  "blocked-key": "blockedKey",
  filter: "filter",
  test: "test",
  name: "name",
  "keyword-argument": "keywordArgument",
  regex: "regex",
  "too-many-sets": "tooManySets",
  "loop-depth": "loopDepth",
  "unknown-node": "unknownNode",
};

/** What each kind of refused code is called, in each locale. */
const KINDS: Record<MessageId, readonly [unbounded: boolean, zhCN: string, zhTW: string]> = {
  call: [false, "函数调用", "函式呼叫"],
  tag: [false, "不允许的标签", "不允許的標籤"],
  computedKey: [false, "动态属性名", "動態屬性名稱"],
  blockedKey: [false, "被禁止的属性", "被禁止的屬性"],
  filter: [false, "未列入允许清单的过滤器", "未列入允許清單的篩選器"],
  test: [false, "不允许的测试", "不允許的測試"],
  name: [false, "不允许的名称", "不允許的名稱"],
  keywordArgument: [false, "关键字参数", "關鍵字引數"],
  unknownNode: [false, "无法识别的语法", "無法識別的語法"],
  regex: [false, "正则表达式", "正規表示式"],
  tooManySets: [true, "`set` 过多", "`set` 過多"],
  loopDepth: [true, "循环嵌套过深", "迴圈巢狀過深"],
};

const MESSAGES = Object.fromEntries(
  Object.entries(KINDS).map(([id, [unbounded, zhCN, zhTW]]) => [
    id,
    {
      en: `${unbounded ? "Unbounded" : "Unsafe"} template code: {{ message }}.\nThe renderer refuses to compile a template that has it.`,
      "zh-CN": `${unbounded ? "模板代码无上限" : "不安全的模板代码"}（${zhCN}）：渲染器会拒绝编译此模板。\n{{ message }}。`,
      "zh-TW": `${unbounded ? "範本程式碼無上限" : "不安全的範本程式碼"}（${zhTW}）：產生器會拒絕編譯此範本。\n{{ message }}。`,
    },
  ]),
) as Catalog<MessageId>;

const rule: TemplateRule<{ RuleOptions: [Options]; MessageIds: MessageId }> = {
  meta: {
    type: "problem",
    docs: {
      description: "Only allow-listed tags, filters, tests, names and lookups: no calls, computed keys or constructor access that could escape the renderer's sandbox",
      descriptions: { "zh-CN": "只允许白名单内的标签、过滤器、测试、名称和属性访问：不得有可能逃出渲染沙箱的调用、计算键或构造函数访问", "zh-TW": "只允許白名單內的標籤、篩選器、測試、名稱和屬性存取：不得有可能逃出算繪沙箱的呼叫、計算鍵或建構函式存取" },
      url: docsUrl("no-unsafe-template-code"),
      source: "the renderer's static safety gate (`checkSafety` in @tactful/core): Nunjucks is not a sandbox",
      recommended: "error",
      group: "structure",
    },
    messages: ruleMessages(MESSAGES),
    schema: [
      {
        type: "object",
        additionalProperties: false,
        properties: {
          allowFilters: {
            description: `Filters allowed besides ${FILTER_NAMES.join(", ")}. The renderer's configuration must allow (and register) the same ones.`,
            type: "array",
            items: { type: "string", pattern: "^[A-Za-z_][A-Za-z0-9_]*$" },
            uniqueItems: true,
          },
          maxSets: { description: "Most `{% set %}` tags a template may have; the same value as the renderer's.", type: "integer", minimum: 0 },
          maxLoopDepth: { description: "Deepest nesting of `{% for %}` loops; the same value as the renderer's.", type: "integer", minimum: 0 },
        },
      },
    ],
    defaultOptions: [{ allowFilters: [], maxSets: 32, maxLoopDepth: 3 }],
    languages: ["tactful/template"],
  },
  create(context) {
    const { sourceCode } = context;
    const [options] = context.options;
    return {
      Template(node) {
        if (!frontMatterUsable(sourceCode)) return;
        const safety: SafetyOptions = { allowFilters: options.allowFilters ?? [] };
        if (options.maxSets !== undefined) safety.maxSets = options.maxSets;
        if (options.maxLoopDepth !== undefined) safety.maxLoopDepth = options.maxLoopDepth;
        for (const violation of checkSafety(node, safety)) {
          // A filter that is not allowed: its name, not the value it filters.
          const loc = violation.node.type === "Filter" ? sourceCode.document.lines.locOf(violation.node.nameRange) : violation.node.loc;
          context.report({ loc, messageId: MESSAGE_IDS[violation.reason], data: { message: safetyDetailText(violation, localeOf(context)) } });
        }
      },
    };
  },
};

export default rule;
