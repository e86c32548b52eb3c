import { ConfigCommentParser } from "@eslint/plugin-kit";
import type { CommentNode } from "@tactful/core";

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
  /** Full rule ids (`tactful/sms-length`); empty for every rule. */
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
  const parsed = parser.parseDirective(comment.value);
  const kind = parsed ? LABEL.exec(parsed.label)?.[1] : undefined;
  if (!parsed || !kind) return null;
  const rules = Object.keys(parser.parseListConfig(parsed.value)).map(qualifiedRuleId);
  return { comment, label: parsed.label, kind: kind as DirectiveKind, rules, reason: parsed.justification };
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

/** Why an inline configuration of a compliance rule is not applied, and what to write instead. */
export function inlineConfigRefused(ruleId: string): string {
  const name = ruleId.slice(NAMESPACE.length + 1);
  return `Inline configuration cannot turn off, lower or change the options of ${ruleId}: waive a finding with {# ${NAMESPACE}-disable-next-line ${name} -- why this is acceptable #} (recorded in the waiver register), or change the rule in eslint.config.*.`;
}
