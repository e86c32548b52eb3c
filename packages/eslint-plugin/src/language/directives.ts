import { ConfigCommentParser } from "@eslint/plugin-kit";
import { translator, type Catalog, type CommentNode, type Locale } from "@tactful/core";

/** The plugin's namespace: rules are `tactful/<name>`. */
export const NAMESPACE = "tactful";

const parser = new ConfigCommentParser();

export type DirectiveKind = "disable" | "enable" | "disable-line" | "disable-next-line";

/** A suppression comment: `{# tactful-disable-next-line sms-length -- the carrier splits it anyway #}`. */
export interface DirectiveComment {
  comment: CommentNode;
  /** As written: `tactful-disable-next-line` or `eslint-disable-next-line`. */
  label: string;
  kind: DirectiveKind;
  /** Full rule ids (`tactful/sms-length`); empty when it names none (every rule). */
  rules: string[];
  /** What follows ` -- `; empty when the writer gave none. */
  reason: string;
}

const LABEL = /^(?:tactful|eslint)-(disable|enable|disable-line|disable-next-line)$/u;

/** The rule id a directive means: a bare name is one of this plugin's rules. */
export function qualifiedRuleId(name: string): string {
  return name.includes("/") ? name : `${NAMESPACE}/${name}`;
}

/** Reads a comment as a suppression directive, or returns null when it is not one. */
export function parseDirective(comment: CommentNode): DirectiveComment | null {
  // The comment's text is trimmed: the space after it lets a ` --` that ends it (a reason left blank) end the rules.
  const parsed = parser.parseDirective(`${comment.value} `);
  const kind = parsed ? LABEL.exec(parsed.label)?.[1] : undefined;
  if (!parsed || !kind) return null;
  const rules = Object.keys(parser.parseListConfig(parsed.value)).map(qualifiedRuleId);
  return { comment, label: parsed.label, kind: kind as DirectiveKind, rules, reason: parsed.justification };
}

/** Why a suppression directive is reported and not applied, by id (see `DIRECTIVE_MESSAGES`). */
export type DirectiveRefusal = "needsRules" | "needsReason" | "spansLines";

/**
 * Why a directive is not applied, or null when it is. A directive that turns rules off must name
 * them (one that names none would silence every compliance rule at once) and say why; an
 * `enable` only turns rules back on, so it needs neither.
 */
export function directiveRefusal({ kind, rules, reason, comment }: DirectiveComment): DirectiveRefusal | null {
  if (kind === "enable") return null;
  if (rules.length === 0) return "needsRules";
  if (reason === "") return "needsReason";
  if (kind === "disable-line" && comment.loc.start.line !== comment.loc.end.line) return "spansLines";
  return null;
}

/** What a refused directive is reported with, by id: `{example}` is the directive as it should be written. */
export const DIRECTIVE_MESSAGES = {
  needsRules: {
    en: "{label} must name the rules it turns off; without them it would turn off every rule, so it is not applied: {example}",
    "zh-CN": "{label} 必须写明要停用的规则；不写则会停用所有规则，因此不生效：{example}",
    "zh-TW": "{label} 必須寫明要停用的規則；不寫則會停用所有規則，因此不生效：{example}",
  },
  needsReason: { en: "{label} needs a reason: {example}", "zh-CN": "{label} 需要写明理由：{example}", "zh-TW": "{label} 需要寫明理由：{example}" },
  spansLines: { en: "{label} comment should not span multiple lines.", "zh-CN": "{label} 注释不应跨越多行。", "zh-TW": "{label} 註解不應跨越多行。" },
  ruleName: { en: "rule-name", "zh-CN": "规则名", "zh-TW": "規則名稱" },
  whyAcceptable: { en: "why this is acceptable", "zh-CN": "为何可以接受", "zh-TW": "為何可以接受" },
} as const satisfies Catalog;

/** The message a refused directive is reported with, with the directive as it should be written: its rules and its reason, or what to write in their place. */
export function directiveRefusalMessage(directive: DirectiveComment, refusal: DirectiveRefusal, locale: Locale): string {
  const say = translator(DIRECTIVE_MESSAGES, locale);
  const rules = directive.rules.length > 0 ? directive.rules.join(", ") : say("ruleName");
  const example = `{# ${directive.label} ${rules} -- ${directive.reason || say("whyAcceptable")} #}`;
  return say(refusal, { label: directive.label, example });
}

const CONFIG = /^\s*(?:eslint|tactful)\s+\S/u;

/** Whether a comment is an inline configuration (`{# tactful sms-length: ["error", { maxSegments: 3 }] #}`). */
export function isInlineConfig(comment: CommentNode): boolean {
  return CONFIG.test(comment.value) && parseDirective(comment) === null;
}

/** The rules and settings of an inline configuration comment, with bare rule names qualified. */
export function parseInlineConfig(comment: CommentNode): { ok: true; rules: Record<string, unknown> } | { ok: false; message: string } {
  const body = comment.value.replace(/^\s*(?:eslint|tactful)\s+/u, "");
  const result = parser.parseJSONLikeConfig(body);
  if (!result.ok) return { ok: false, message: result.error.message };
  const rules: Record<string, unknown> = {};
  for (const [name, setting] of Object.entries(result.config)) rules[qualifiedRuleId(name)] = setting;
  return { ok: true, rules };
}

/** Whether an inline setting only makes a rule an error, with the options the configuration gave it. */
export function onlyRaisesToError(setting: unknown): boolean {
  const [severity, ...options] = Array.isArray(setting) ? setting : [setting];
  return options.length === 0 && (severity === "error" || severity === 2);
}

/** Why an inline configuration is not applied, by id. */
export const INLINE_CONFIG_MESSAGES = {
  refused: {
    en: "Inline configuration cannot turn off, lower or reconfigure {rule}: waive the finding with {example}, or edit eslint.config.*.",
    "zh-CN": "行内配置不能停用、降低或重新配置 {rule}：请用 {example} 豁免该问题，或修改 eslint.config.*。",
    "zh-TW": "行內設定不能停用、降低或重新設定 {rule}：請用 {example} 豁免該問題，或修改 eslint.config.*。",
  },
  unreadable: {
    en: "This inline configuration cannot be read, so it is not applied: {reason}",
    "zh-CN": "无法读取此行内配置，因此不生效：{reason}",
    "zh-TW": "無法讀取此行內設定，因此不生效：{reason}",
  },
} as const satisfies Catalog;

/** Why an inline configuration of a compliance rule is not applied, and what to write instead (a waiver with its reason). */
export function inlineConfigRefused(ruleId: string, locale: Locale): string {
  const name = ruleId.slice(NAMESPACE.length + 1);
  const example = `{# ${NAMESPACE}-disable-next-line ${name} -- ${translator(DIRECTIVE_MESSAGES, locale)("whyAcceptable")} #}`;
  return translator(INLINE_CONFIG_MESSAGES, locale)("refused", { rule: ruleId, example });
}
