/**
 * The languages Tactful speaks to writers and reviewers, and the one way to pick a message in
 * one of them. Every user-facing table is a `Catalog`: a stable id per message, its text in
 * each locale, `{name}` placeholders for data. Legal citations stay in their own language and
 * are passed in as data.
 */

export const LOCALES = ["en", "zh-CN", "zh-TW"] as const;
export type Locale = (typeof LOCALES)[number];
export type Localized = Readonly<Record<Locale, string>>;
export type Catalog<Id extends string = string> = Readonly<Record<Id, Localized>>;
export type MessageData = Readonly<Record<string, string | number>>;

/**
 * The locale nearest to a language tag: an LSP `initialize.locale` (`zh-cn`), a `--lang`
 * value, or a POSIX locale (`zh_TW.UTF-8`). Chinese in Traditional script (zh-TW, zh-HK,
 * zh-MO, zh-Hant-*) → zh-TW; other Chinese → zh-CN; anything else, or nothing, → English.
 */
export function resolveLocale(tag: string | undefined): Locale {
  // Asked once per finding: a handful of tags, each resolved once (ICU's maximize is slow).
  let locale = resolvedLocales.get(tag);
  if (!locale) {
    if (resolvedLocales.size >= MAX_RESOLVED_LOCALES) resolvedLocales.clear();
    resolvedLocales.set(tag, (locale = resolveTag(tag)));
  }
  return locale;
}

const resolvedLocales = new Map<string | undefined, Locale>();
const MAX_RESOLVED_LOCALES = 256;

function resolveTag(tag: string | undefined): Locale {
  const bcp47 = tag?.trim().replace(/[.@].*$/u, "").replaceAll("_", "-");
  if (!bcp47 || bcp47 === "C" || bcp47 === "POSIX") return "en";
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(bcp47).maximize();
  } catch {
    return "en";
  }
  if (locale.language !== "zh") return "en";
  return locale.script === "Hant" ? "zh-TW" : "zh-CN";
}

/** The locale a command-line run speaks: an explicit choice, else LC_ALL, LC_MESSAGES, LANG. */
export function localeOfEnvironment(explicit: string | undefined, environment: Readonly<Record<string, string | undefined>>): Locale {
  return resolveLocale(explicit ?? (environment["LC_ALL"] || environment["LC_MESSAGES"] || environment["LANG"]));
}

/** Fills `{name}` placeholders; a placeholder without data stays as written, so it shows. */
export function fill(text: string, data: MessageData = {}): string {
  return text.replace(/\{(\w+)\}/gu, (whole, key: string) => (Object.hasOwn(data, key) ? String(data[key]) : whole));
}

/** Message `id` of `catalog` in `locale`, with its placeholders filled. */
export function translate<Id extends string>(catalog: Catalog<Id>, id: Id, locale: Locale, data?: MessageData): string {
  return fill(catalog[id][locale], data);
}

/** A function that speaks one catalog in one locale. */
export function translator<Id extends string>(catalog: Catalog<Id>, locale: Locale): (id: Id, data?: MessageData) => string {
  return (id, data) => translate(catalog, id, locale, data);
}
