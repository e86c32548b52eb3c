import { gsmSeptets, platformSignature, translator, worstCaseSms, type BlockNode, type ContentNode, type ExecutionPath, type Expression, type OutputNode, type SmsEncoding, type TemplateDocument, type Catalog, type UnboundedBecause } from "@tactful/core";
import { citationText } from "@tactful/policies";
import { frontMatterUsable, LIMIT_MESSAGE, messageLocation } from "../util/message.js";
import { docsUrl, sourcesOf, type TemplateRule } from "../util/rule.js";
import { localeOf, ruleMessages } from "../util/report.js";

export interface Options {
  /** The organisation's own segment budget, instead of the pack's. */
  maxSegments?: number;
}

type MessageIds = "tooLong" | "unbounded" | "unboundedOutput" | "incomplete";

/** The pack's budget when there is no pack and no option. */
const DEFAULT_MAX_SEGMENTS = 3;

const SINGLE = { "GSM-7": 160, "UCS-2": 70 } as const;
const PART = { "GSM-7": 153, "UCS-2": 67 } as const;

/** How much of a segment budget a text takes, in the unit of its encoding (septets or UTF-16 code units). */
function units(text: string, encoding: SmsEncoding): number {
  if (encoding === "UCS-2") return text.length;
  let count = 0;
  for (const char of text) count += gsmSeptets(char) || 1;
  return count;
}

function block(children: BlockNode["children"], at: OutputNode | null): BlockNode {
  const range = at?.range ?? [0, 0];
  const loc = at?.loc ?? { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
  return { type: "Block", children, range, loc };
}

/** Template code for a message, shortened when long (passed through `data`: it holds `{{`). */
function codeOf(text: string, node: OutputNode): string {
  const code = text.slice(...node.range).replace(/\s+/gu, " ");
  return code.length > 40 ? `${code.slice(0, 37)}…` : code;
}

/** How many times the worst path repeats an output: a loop body runs `maxItems` times (as `worstCaseSms` counts it). */
function repetitions(document: TemplateDocument, path: ExecutionPath, node: OutputNode): number {
  let times = 1;
  for (const [construct, choice] of path.choices) {
    if (construct.type !== "For" || choice !== "body") continue;
    if (node.range[0] < construct.body.range[0] || node.range[1] > construct.body.range[1]) continue;
    const schema = construct.iterable.type === "Identifier" ? document.variables.get(construct.iterable.name)?.schema : undefined;
    const maxItems = schema?.["maxItems"];
    times *= typeof maxItems === "number" ? Math.max(1, Math.min(maxItems, 50)) : 1;
  }
  return times;
}

/** The outputs a message can render: in the body and every `if` and `for` branch (as `executionPaths` walks them). */
function renderedOutputs(children: readonly ContentNode[]): OutputNode[] {
  return children.flatMap((child): OutputNode[] => {
    switch (child.type) {
      case "Output":
        return [child];
      case "If":
        return [...renderedOutputs(child.consequent.children), ...(child.alternate ? renderedOutputs(child.alternate.type === "If" ? [child.alternate] : child.alternate.children) : [])];
      case "For":
        return [...renderedOutputs(child.body.children), ...(child.fallback ? renderedOutputs(child.fallback.children) : [])];
      default:
        return [];
    }
  });
}

/** Set targets anywhere in a body. */
function setTargets(children: readonly ContentNode[]): Set<string> {
  const names = new Set<string>();
  const visit = (nodes: readonly ContentNode[]): void => {
    for (const child of nodes) {
      if (child.type === "Set") {
        for (const target of child.targets) names.add(target.name);
        if (child.body) visit(child.body.children);
      } else if (child.type === "If") {
        visit(child.consequent.children);
        if (child.alternate) visit(child.alternate.type === "If" ? [child.alternate] : child.alternate.children);
      } else if (child.type === "For") {
        visit(child.body.children);
        if (child.fallback) visit(child.fallback.children);
      }
    }
  };
  visit(children);
  return names;
}

/** The parts of the findings' data, in the writer's language as the findings are. */
const PARTS = {
  budgetConfiguration: { en: "your configuration", "zh-CN": "你的配置", "zh-TW": "你的設定" },
  budgetPack: { en: "the {pack} policy pack's `sms.maxSegments` ({sources})", "zh-CN": "{pack} 政策包的 `sms.maxSegments`（{sources}）", "zh-TW": "{pack} 政策包的 `sms.maxSegments`（{sources}）" },
  budgetDefault: { en: "Tactful's default (no policy pack applies to this template)", "zh-CN": "Tactful 的默认值（此模板不适用任何政策包）", "zh-TW": "Tactful 的預設值（此範本不適用任何政策包）" },
  allLiteral: { en: "All {literal} characters are literal text.", "zh-CN": "全部 {literal} 个字符都是固定文字。", "zh-TW": "全部 {literal} 個字元都是固定文字。" },
  dominant: {
    en: "Literal text takes {literal} characters, the variables at their longest {outputs} (longest: {longest}).",
    "zh-CN": "固定文字占 {literal} 个字符，变量最长时占 {outputs} 个（最长：{longest}）。",
    "zh-TW": "固定文字佔 {literal} 個字元，變數最長時佔 {outputs} 個（最長：{longest}）。",
  },
  measuredNone: { en: "it has none, so it counts as empty", "zh-CN": "没有示例，按空值计算", "zh-TW": "沒有範例，以空值計算" },
  measuredLongest: { en: "the longest is {value}", "zh-CN": "最长的是 {value}", "zh-TW": "最長的是 {value}" },
  empty: { en: "empty", "zh-CN": "空值", "zh-TW": "空值" },
  characters: { en: "{count} characters", "zh-CN": "{count} 个字符", "zh-TW": "{count} 個字元" },
  undeclared: { en: "it is not a declared variable", "zh-CN": "它不是已声明的变量", "zh-TW": "它不是已宣告的變數" },
  unknowable: { en: "its value cannot be known before rendering", "zh-CN": "它的值在渲染前无法得知", "zh-TW": "它的值在轉譯前無法得知" },
  noMaximum: { en: "`{variable}` has no `maximum`", "zh-CN": "`{variable}` 没有设定 `maximum`", "zh-TW": "`{variable}` 沒有設定 `maximum`" },
  noMaxLength: { en: "`{variable}` has no `maxLength`", "zh-CN": "`{variable}` 没有设定 `maxLength`", "zh-TW": "`{variable}` 沒有設定 `maxLength`" },
  noBoundedType: { en: "`{variable}` has no type with a bounded length", "zh-CN": "`{variable}` 的类型没有长度上限", "zh-TW": "`{variable}` 的型別沒有長度上限" },
  loopVariable: {
    en: "`{variable}` is a loop variable, which the measurement does not follow to the schema of its list's items",
    "zh-CN": "`{variable}` 是循环变量，长度计算不会追溯到其列表元素的 schema",
    "zh-TW": "`{variable}` 是迴圈變數，長度計算不會追溯到其清單元素的 schema",
  },
  setInTemplate: { en: "`{variable}` is set in the template, which the measurement does not follow", "zh-CN": "`{variable}` 在模板中用 set 赋值，长度计算不会追踪", "zh-TW": "`{variable}` 在範本中以 set 賦值，長度計算不會追蹤" },
} as const satisfies Catalog;

type Part = keyof typeof PARTS;

/** Why an output of a template-local name (a loop variable, a `set` target) is unbounded: `worstCaseSms` does not follow it. */
function localReason(document: TemplateDocument, node: OutputNode): { because: Part; variable: string } | null {
  let expression: Expression = node.expression;
  while (expression.type === "Filter" || expression.type === "Member") expression = expression.type === "Filter" ? expression.input : expression.object;
  if (expression.type !== "Identifier") return null;
  const name = expression.name;
  const loop = document.branchPath(node).find((step) => step.node.type === "For" && (name === "loop" || step.node.targets.some((target) => target.name === name)));
  if (loop) return { because: "loopVariable", variable: name };
  if (setTargets(document.ast.body.children).has(name)) return { because: "setInTemplate", variable: name };
  return null;
}

const MESSAGES = {
  tooLong: {
    en: "At its longest this SMS is {{ length }} characters in {{ encoding }}: {{ segments }} segments, over the budget of {{ budget }}.\nThe budget ({{ capacity }} characters in {{ encoding }}) is set by {{ budgetSource }}. {{ dominant }} Shorten the text or tighten the variables' bounds.",
    "zh-CN": "这条短信最长 {{ length }} 个字符（{{ encoding }}），共 {{ segments }} 条，超出 {{ budget }} 条的上限。\n上限（{{ encoding }} {{ capacity }} 个字符）来自 {{ budgetSource }}。{{ dominant }} 请精简文字或收紧变量长度。",
    "zh-TW": "這則簡訊最長 {{ length }} 個字元（{{ encoding }}），共 {{ segments }} 則，超出 {{ budget }} 則的上限。\n上限（{{ encoding }} {{ capacity }} 個字元）來自 {{ budgetSource }}。{{ dominant }} 請精簡文字或收緊變數長度。",
  },
  unbounded: {
    en: "{{ reason }}, so the worst-case SMS length was measured from its examples ({{ measured }}).\nGive the variable a bound in its schema (`maxLength` for a string, `maximum` for a number).",
    "zh-CN": "{{ reason }}，因此短信最长长度按示例估算（{{ measured }}）。\n请在变量的 schema 中设定上限（字符串用 `maxLength`，数字用 `maximum`）。",
    "zh-TW": "{{ reason }}，因此簡訊最長長度依範例估算（{{ measured }}）。\n請在變數的 schema 中設定上限（字串用 `maxLength`，數字用 `maximum`）。",
  },
  unboundedOutput: {
    en: "The worst-case SMS length cannot bound `{{ code }}` ({{ reason }}) and counts it as {{ measured }}.",
    "zh-CN": "无法确定 `{{ code }}` 的最大长度（{{ reason }}），短信长度按 {{ measured }} 计算。",
    "zh-TW": "無法確定 `{{ code }}` 的最大長度（{{ reason }}），簡訊長度以 {{ measured }} 計算。",
  },
  incomplete: LIMIT_MESSAGE,
} satisfies Catalog;

const rule: TemplateRule<{ RuleOptions: [Options]; MessageIds: MessageIds }> = {
  meta: {
    type: "problem",
    docs: {
      description: "An SMS's worst-case rendering fits the segment budget",
      descriptions: { "zh-CN": "短信在最长的渲染结果下也不超出分段上限", "zh-TW": "簡訊在最長的算繪結果下也不超出分段上限" },
      url: docsUrl("sms-length"),
      get source() {
        return sourcesOf((pack) => [{ id: "sms.maxSegments", summary: `at most ${pack.sms.maxSegments} segments`, sources: pack.sms.sources, confidence: pack.sms.confidence ?? "medium" }]);
      },
      recommended: "warn",
      group: "channel",
    },
    messages: ruleMessages(MESSAGES),
    schema: [
      {
        type: "object",
        additionalProperties: false,
        properties: {
          maxSegments: { description: "Your organisation's own segment budget; the policy pack's `sms.maxSegments` (else 3) when unset.", type: "integer", minimum: 1 },
        },
      },
    ],
    defaultOptions: [{}],
    languages: ["tactful/template"],
  },
  create(context) {
    const { sourceCode } = context;
    const [options] = context.options;
    return {
      Template() {
        if (!frontMatterUsable(sourceCode)) return;
        const { document } = sourceCode;
        if (document.meta.channel !== "sms") return;
        const pack = sourceCode.policy;
        const worst = worstCaseSms(document);
        const { measurement } = worst;
        const signature = platformSignature(document);

        const budget = options.maxSegments ?? pack?.sms.maxSegments ?? DEFAULT_MAX_SEGMENTS;
        const say = translator(PARTS, localeOf(context));
        const reasonOf = ({ because, variable }: { because: UnboundedBecause | Part; variable?: string | undefined }): string => say(because, { variable: variable ?? "" });
        const budgetSource =
          options.maxSegments !== undefined ? say("budgetConfiguration") : pack ? say("budgetPack", { pack: pack.id, sources: citationText(pack, pack.sms.sources) }) : say("budgetDefault");

        if (measurement.segments > budget) {
          const capacity = budget === 1 ? SINGLE[measurement.encoding] : budget * PART[measurement.encoding];
          context.report({
            loc: messageLocation(sourceCode),
            messageId: "tooLong",
            data: { length: measurement.length, encoding: measurement.encoding, segments: measurement.segments, budget, capacity, budgetSource, dominant: dominant() },
          });
        }

        // Each variable with no bound once (at its declaration), each other unbounded output at itself.
        // Outputs off the longest path count too: with a longer value their branch may be the longest.
        const onWorstPath = new Set(worst.path.nodes);
        const unboundedOutputs = [
          ...worst.unbounded,
          ...renderedOutputs(document.ast.body.children)
            .filter((node) => !onWorstPath.has(node))
            .flatMap((node) => worstCaseSms(document, block([node], node)).unbounded),
        ];
        const seen = new Set<string | OutputNode>();
        // An undeclared variable is no-undeclared-variables' finding; declaring it (with a bound) settles both.
        for (const reference of document.references) if (reference.output && !document.variables.has(reference.name)) seen.add(reference.output);
        for (const unbounded of unboundedOutputs) {
          const declaration = unbounded.variable ? document.variables.get(unbounded.variable) : undefined;
          if (declaration) {
            if (seen.has(declaration.name)) continue;
            seen.add(declaration.name);
            context.report({ loc: document.lines.locOf(declaration.key), messageId: "unbounded", data: { reason: capitalise(reasonOf(unbounded)), measured: measuredFrom(declaration.name) } });
          } else {
            if (seen.has(unbounded.node)) continue;
            seen.add(unbounded.node);
            const value = valueOf(unbounded.node);
            context.report({
              loc: unbounded.node.loc,
              messageId: "unboundedOutput",
              data: { code: codeOf(sourceCode.text, unbounded.node), reason: reasonOf(localReason(document, unbounded.node) ?? unbounded), measured: value === "" ? say("empty") : say("characters", { count: units(value, measurement.encoding) }) },
            });
          }
        }

        if (worst.limit) context.report({ loc: worst.limit.loc, messageId: "incomplete" });

        /** The longest value of one output, as `worstCaseSms` takes it. */
        function valueOf(node: OutputNode): string {
          const text = worstCaseSms(document, block([node], node)).text;
          return text.startsWith(signature) ? text.slice(signature.length) : text;
        }

        /** What the worst case is made of: literal text against the outputs, the longest outputs first. */
        function dominant(): string {
          const outputs = worst.path.nodes.filter((node): node is OutputNode => node.type === "Output");
          const parts = outputs.map((node) => {
            const times = repetitions(document, worst.path, node);
            return { code: codeOf(sourceCode.text, node), each: units(valueOf(node), measurement.encoding), times };
          });
          const fromOutputs = parts.reduce((sum, part) => sum + part.each * part.times, 0);
          const literal = Math.max(0, measurement.length - fromOutputs);
          if (parts.length === 0) return say("allLiteral", { literal });
          const longest = [...parts]
            .sort((a, b) => b.each * b.times - a.each * a.times)
            .slice(0, 3)
            .map((part) => `${part.code} ${part.each}${part.times > 1 ? ` × ${part.times}` : ""}`);
          return say("dominant", { literal, outputs: fromOutputs, longest: longest.join(", ") });
        }

        /** Which example the length of an unbounded variable came from. */
        function measuredFrom(name: string): string {
          const declaration = document.variables.get(name);
          const values = [...(declaration?.examples ?? []), ...document.meta.examples.map((example) => example.data[name])]
            .filter((value) => value !== undefined && value !== null)
            .map((value) => (typeof value === "object" ? JSON.stringify(value) : String(value)));
          if (values.length === 0) return say("measuredNone");
          const longest = values.reduce((best, value) => (value.length > best.length ? value : best));
          return say("measuredLongest", { value: JSON.stringify(longest) });
        }
      },
    };
  },
};

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export default rule;
