import type { RuleContext } from "@eslint/core";
import { LOCALES, resolveLocale, type Catalog, type Locale, type Localized, type SourceLocation } from "@tactful/core";
import { effectiveSeverity, type Entry, type Severity } from "@tactful/policies";

/**
 * The level of a finding travels in the finding itself: a finding whose policy entry only
 * warns (advisory, or unverified) is reported with its messageId plus this marker. The level
 * processors read the marker after the rules ran and remove it; nothing is remembered between
 * findings, so two findings at one position keep their own levels, also from ESLint's cache.
 */
const ADVISORY = ":advisory";

type Messages = Record<string, string>;

/** A rule's messages with the advisory variant of each, so ESLint accepts the marked messageIds. */
export function withAdvisoryMessages<M extends Messages>(messages: M): M {
  const variants = Object.fromEntries(Object.entries(messages).filter(([id]) => !id.endsWith(ADVISORY)).map(([id, text]) => [`${id}${ADVISORY}`, text]));
  return { ...messages, ...variants };
}

/** The messageId as the rule named it, and whether the finding only warns. */
export function findingLevel(messageId: string | undefined): { messageId: string | undefined; advisory: boolean } {
  if (messageId?.endsWith(ADVISORY)) return { messageId: messageId.slice(0, -ADVISORY.length), advisory: true };
  return { messageId, advisory: false };
}

type ReportDescriptor = Parameters<RuleContext["report"]>[0] & { loc: SourceLocation; messageId: string };

/** Reports a finding that a policy entry requires, marked advisory when the entry only warns. An unverified entry never blocks. */
export function reportForEntry(context: RuleContext, descriptor: ReportDescriptor, entry: Pick<Entry, "severity" | "unverified">, fallback: Severity = "block"): void {
  reportAtLevel(context, descriptor, effectiveSeverity(entry, fallback) !== "block");
}

/** Reports a finding, marked advisory when it only warns under the `recommended` config. */
export function reportAtLevel(context: RuleContext, descriptor: ReportDescriptor, advisory: boolean): void {
  context.report(advisory ? { ...descriptor, messageId: `${descriptor.messageId}${ADVISORY}` } : descriptor);
}

/**
 * A finding in another locale than English carries it in its messageId (`missing@zh-CN`), so
 * ESLint picks that text from `meta.messages`; the level processors remove it again, so every
 * locale reports the rule's own messageIds. The locale comes from `settings.tactful.locale`.
 */
const LOCALE_MARK = "@";

/** A rule's `meta.messages` from its catalog: English under each id, every other locale under `id@locale`. */
export function ruleMessages<Id extends string>(catalog: Catalog<Id>): Record<Id, string> {
  const messages: Record<string, string> = {};
  for (const [id, text] of Object.entries<Localized>(catalog)) {
    messages[id] = text.en;
    for (const locale of LOCALES) if (locale !== "en") messages[`${id}${LOCALE_MARK}${locale}`] = text[locale];
  }
  return messages as Record<Id, string>;
}

/** The locale findings are reported in: `settings.tactful.locale`, English when not set. */
export function localeOf(context: Pick<RuleContext, "settings">): Locale {
  const setting = (context.settings?.["tactful"] as { locale?: unknown } | undefined)?.locale;
  return typeof setting === "string" ? resolveLocale(setting) : "en";
}

function inLocale(messageId: string, locale: Locale): string {
  if (locale === "en") return messageId;
  const { messageId: base, advisory } = findingLevel(messageId);
  return `${base}${LOCALE_MARK}${locale}${advisory ? ADVISORY : ""}`;
}

/** The rule, reporting its findings and suggestions in the locale of the settings. */
export function speakingLocale(rule: { create(context: RuleContext): unknown }): void {
  const create = rule.create.bind(rule);
  rule.create = (context: RuleContext) => {
    const locale = localeOf(context);
    if (locale === "en") return create(context);
    const report = (descriptor: Parameters<RuleContext["report"]>[0]): void =>
      context.report({
        ...descriptor,
        ...("messageId" in descriptor && descriptor.messageId ? { messageId: inLocale(descriptor.messageId, locale) } : {}),
        ...(descriptor.suggest ? { suggest: descriptor.suggest.map((suggestion) => ("messageId" in suggestion && suggestion.messageId ? { ...suggestion, messageId: inLocale(suggestion.messageId, locale) } : suggestion)) } : {}),
      });
    return create(Object.create(context, { report: { value: report } }) as RuleContext);
  };
}

/** The messageId of a finding without its locale (see `speakingLocale`). */
export function withoutLocale(messageId: string): string {
  const at = messageId.lastIndexOf(LOCALE_MARK);
  return at > 0 && (LOCALES as readonly string[]).includes(messageId.slice(at + 1)) ? messageId.slice(0, at) : messageId;
}
