import { childrenOf, entrySummary, personalNumbers, type Expression, type IdentifierNode, type Node, type OutputNode, type Catalog } from "@tactful/core";
import { citationText, type PiiKind } from "@tactful/policies";
import { applicable, frontMatterUsable } from "../util/message.js";
import { sectionSourcesOf } from "../util/pack-sources.js";
import { localeOf, reportForEntry, ruleMessages } from "../util/report.js";
import { docsUrl, sourcesOf, type TemplateRule } from "../util/rule.js";

const KINDS: Catalog<PiiKind> = {
  name: { en: "name", "zh-CN": "姓名", "zh-TW": "姓名" },
  phone: { en: "phone number", "zh-CN": "电话号码", "zh-TW": "電話號碼" },
  id: { en: "identity number", "zh-CN": "证件号码", "zh-TW": "證件號碼" },
  card: { en: "card or account number", "zh-CN": "卡号或账号", "zh-TW": "卡號或帳號" },
  email: { en: "email address", "zh-CN": "邮箱地址", "zh-TW": "電子郵件地址" },
  default: { en: "piece of personal data", "zh-CN": "个人信息", "zh-TW": "個人資料" },
};

/** A value that reaches an output, with the filters it passes through on the way. */
interface Flow {
  root: IdentifierNode;
  filters: string[];
}

/** The identifiers whose values flow into an expression's result (not those only tested or passed as arguments). */
function flowsOf(node: Expression, filters: string[] = []): Flow[] {
  switch (node.type) {
    case "Identifier":
      return [{ root: node, filters }];
    case "Member": {
      let object: Expression = node;
      while (object.type === "Member") object = object.object;
      return object.type === "Identifier" ? [{ root: object, filters }] : [];
    }
    case "Filter":
      return flowsOf(node.input, [node.name, ...filters]);
    case "Unary":
      return node.operator === "not" ? [] : flowsOf(node.argument, filters);
    case "Binary":
      return node.operator === "in" ? [] : [...flowsOf(node.left, filters), ...flowsOf(node.right, filters)];
    case "Conditional":
      return [...flowsOf(node.consequent, filters), ...(node.alternate ? flowsOf(node.alternate, filters) : [])];
    case "ArrayExpression":
      return node.elements.flatMap((element) => flowsOf(element, filters));
    case "DictExpression":
      return node.entries.flatMap((entry) => flowsOf(entry.value, filters));
    default:
      return [];
  }
}

/** `{{ name }}` or `{{ name.path[0] }}`: a plain lookup, where adding `| mask` is the whole fix. */
function isPlainLookup(expression: Expression): boolean {
  let current = expression;
  while (current.type === "Member") {
    if (current.property.type !== "Literal") return false;
    current = current.object;
  }
  return current.type === "Identifier";
}

type MessageIds = "unmasked" | "unmaskedCopy" | "literal";

const MESSAGES = {
  unmasked: {
    en: "`{{ name }}` is personal data (`pii: true`) but `{{ path }}` is output without `mask`.\nIt would reach the message in full. Pass it through `mask`. Source: {{ source }}.",
    "zh-CN": "`{{ name }}` 是个人信息（`pii: true`），但 `{{ path }}` 未经 `mask` 脱敏就输出。\n消息中会出现完整信息，请加上 `mask` 过滤器。依据：{{ source }}。",
    "zh-TW": "`{{ name }}` 是個人資料（`pii: true`），但 `{{ path }}` 未經 `mask` 遮蔽就輸出。\n訊息中會出現完整資料，請加上 `mask` 篩選器。依據：{{ source }}。",
  },
  unmaskedCopy: {
    en: "This output renders `{{ local }}`, which holds the personal data `{{ name }}` unmasked.\nIt would reach the message in full (`pii: true`). Pass it through `mask`. Source: {{ source }}.",
    "zh-CN": "此处输出的 `{{ local }}` 含有未脱敏的个人信息 `{{ name }}`。\n消息中会出现完整信息（`pii: true`），请加上 `mask` 过滤器。依据：{{ source }}。",
    "zh-TW": "此處輸出的 `{{ local }}` 含有未遮蔽的個人資料 `{{ name }}`。\n訊息中會出現完整資料（`pii: true`），請加上 `mask` 篩選器。依據：{{ source }}。",
  },
  literal: {
    en: "Full {{ what }} written in the message: `{{ text }}`. Mask it (show only the last digits).\nOr output a `pii: true` variable through `mask`. {{ summary }} Source: {{ source }} ({{ entry }}).",
    "zh-CN": "消息中写有完整的{{ what }}：“{{ text }}”。请脱敏（只显示末几位）。\n或改为用 `mask` 输出 `pii: true` 的变量。{{ summary }} 依据：{{ source }}（{{ entry }}）。",
    "zh-TW": "訊息中寫有完整的{{ what }}：「{{ text }}」。請遮蔽（只顯示末幾碼）。\n或改為以 `mask` 輸出 `pii: true` 的變數。{{ summary }} 依據：{{ source }}（{{ entry }}）。",
  },
} satisfies Catalog;

const rule: TemplateRule<{ RuleOptions: []; MessageIds: MessageIds }> = {
  meta: {
    type: "problem",
    fixable: "code",
    docs: {
      description: "Personal data passes through `mask`, and no full ID, card or phone number is written literally",
      descriptions: { "zh-CN": "个人信息须经 `mask` 处理，不得直接写出完整的证件号、卡号或手机号", "zh-TW": "個人資料須經 `mask` 處理，不得直接寫出完整的證件號碼、卡號或手機號碼" },
      url: docsUrl("pii-masking"),
      get source() {
        return [sectionSourcesOf("masking", (pack) => pack.pii.sources), sourcesOf((pack) => pack.pii.literals)].filter(Boolean).join(" | ");
      },
      recommended: "error",
      group: "channel",
    },
    messages: ruleMessages(MESSAGES),
    schema: [],
    languages: ["tactful/template"],
  },
  create(context) {
    const { sourceCode } = context;
    const { document } = sourceCode;
    return {
      Template(root) {
        if (!frontMatterUsable(sourceCode)) return;
        const pack = sourceCode.policy;
        const source = pack && pack.pii.sources && pack.pii.sources.length > 0 ? citationText(pack, pack.pii.sources) : "template format v1 (`pii: true` variables are masked wherever they are output)";
        const isPii = (name: string): boolean => document.variables.get(name)?.pii === true;
        const reported = new Set<string>();

        const reportOutput = (output: OutputNode, messageId: "unmasked" | "unmaskedCopy", data: Record<string, string>): void => {
          const key = `${output.range[0]}|${data["local"] ?? data["name"]}`;
          if (reported.has(key)) return;
          reported.add(key);
          const expression = output.expression;
          context.report({
            node: output,
            messageId,
            data: { ...data, source },
            fix: isPlainLookup(expression) ? (fixer) => fixer.insertTextAfterRange(expression.range, " | mask") : null,
          });
        };

        // (a) Outputs of pii variables without `mask`.
        const variableRoots = new Set<IdentifierNode>();
        for (const reference of document.references) {
          variableRoots.add(reference.node);
          if (reference.output === null || !isPii(reference.name) || reference.filters.includes("mask")) continue;
          reportOutput(reference.output, "unmasked", { name: reference.name, path: reference.path });
        }

        // ...and through a copy: `{% set who = name %}{{ who }}`.
        const copies = new Map<string, string>();
        const unmaskedSource = (flow: Flow): string | undefined => {
          if (flow.filters.includes("mask")) return undefined;
          if (variableRoots.has(flow.root)) return isPii(flow.root.name) ? flow.root.name : undefined;
          return copies.get(flow.root.name);
        };
        const visit = (node: Node): void => {
          if (node.type === "Set" && node.value) {
            const from = flowsOf(node.value).map(unmaskedSource).find((name) => name !== undefined);
            for (const target of node.targets) {
              if (from) copies.set(target.name, from);
              else copies.delete(target.name);
            }
          } else if (node.type === "Output" && copies.size > 0) {
            for (const flow of flowsOf(node.expression)) {
              if (variableRoots.has(flow.root) || flow.filters.includes("mask")) continue;
              const name = copies.get(flow.root.name);
              if (name) reportOutput(node, "unmaskedCopy", { local: flow.root.name, name });
            }
          }
          for (const child of childrenOf(node)) visit(child);
        };
        visit(root);

        // (b) Personal data written out in the text.
        if (!pack) return;
        const entries = applicable(sourceCode, pack.pii.literals);
        if (entries.length === 0) return;
        for (const segment of document.prose) {
          for (const { start, end, text, entry } of personalNumbers(segment.text, entries, pack.pii.owners)) {
            reportForEntry(
              context,
              {
                loc: document.lines.locOf(segment.sourceRange(start, end)),
                messageId: "literal",
                data: { what: KINDS[entry.kind][localeOf(context)], text, entry: entry.id, summary: entrySummary(entry, localeOf(context)), source: citationText(pack, entry.sources) },
              },
              entry,
            );
          }
        }
      },
    };
  },
};

export default rule;
