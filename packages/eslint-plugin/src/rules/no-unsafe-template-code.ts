import { checkSafety, FILTER_NAMES, type SafetyOptions, type SafetyReason } from "@tactful/core";
import { frontMatterUsable } from "../util/message.js";
import { docsUrl, type TemplateRule } from "../util/rule.js";

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

const REFUSED = "The renderer refuses to compile a template that has it.";

const rule: TemplateRule<{ RuleOptions: [Options]; MessageIds: MessageId }> = {
  meta: {
    type: "problem",
    docs: {
      description: "Only allow-listed tags, filters, tests, names and lookups: no calls, computed keys or constructor access that could escape the renderer's sandbox",
      url: docsUrl("no-unsafe-template-code"),
      source: "the renderer's static safety gate (`checkSafety` in @tactful/core): Nunjucks is not a sandbox",
      recommended: "error",
      group: "structure",
    },
    messages: {
      call: `Unsafe template code: {{ message }}. ${REFUSED}`,
      tag: `Unsafe template code: {{ message }}. ${REFUSED}`,
      computedKey: `Unsafe template code: {{ message }}. ${REFUSED}`,
      blockedKey: `Unsafe template code: {{ message }}. ${REFUSED}`,
      filter: `Unsafe template code: {{ message }}. ${REFUSED}`,
      test: `Unsafe template code: {{ message }}. ${REFUSED}`,
      name: `Unsafe template code: {{ message }}. ${REFUSED}`,
      keywordArgument: `Unsafe template code: {{ message }}. ${REFUSED}`,
      unknownNode: `Unsafe template code: {{ message }}. ${REFUSED}`,
      regex: `Unsafe template code: {{ message }}. ${REFUSED}`,
      tooManySets: `Unbounded template code: {{ message }}. ${REFUSED}`,
      loopDepth: `Unbounded template code: {{ message }}. ${REFUSED}`,
    },
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
          context.report({ loc, messageId: MESSAGE_IDS[violation.reason], data: { message: violation.message } });
        }
      },
    };
  },
};

export default rule;
