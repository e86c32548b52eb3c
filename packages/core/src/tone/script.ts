import { createRequire } from "node:module";
import type * as Cn2t from "opencc-js/cn2t";

export type Variant = "tw" | "hk";

const requireHere = createRequire(import.meta.url);
const converters: Partial<Record<Variant, (text: string) => string>> = {};

/**
 * The built-in packs' Chinese wordings already in each Traditional variant, written at build time
 * by scripts/compile-traditional.mjs into dist/generated/: OpenCC's dictionaries are tens of
 * megabytes once loaded, kept for the whole run. Absent when running from the sources.
 */
let converted: Partial<Record<Variant, Record<string, string>>> | undefined;

function convertedWordings(): Partial<Record<Variant, Record<string, string>>> {
  if (!converted) {
    try {
      converted = requireHere("../generated/traditional.json") as Partial<Record<Variant, Record<string, string>>>;
    } catch {
      converted = {};
    }
  }
  return converted;
}

/** OpenCC's converter from Simplified Chinese to a Traditional variant, made when first asked (it loads its dictionaries). */
export function traditionalConverter(variant: Variant): (text: string) => string {
  return (converters[variant] ??= (requireHere("opencc-js/cn2t") as typeof Cn2t).Converter({ from: "cn", to: variant }));
}

/** The Traditional variant a Chinese locale is written in (zh-TW, zh-Hant, zh-HK, zh-MO), if any. */
function traditionalVariant(locale: string): Variant | undefined {
  const [language, ...subtags] = locale.split("-");
  if (language?.toLowerCase() !== "zh") return undefined;
  const tags = subtags.map((tag) => tag.toUpperCase());
  if (tags.includes("HK") || tags.includes("MO")) return "hk";
  if (tags.includes("TW") || tags.includes("HANT")) return "tw";
  return undefined;
}

/** Simplified Chinese text (a pack's wording) written the way a template of `locale` writes it. */
export function inLocaleScript(text: string, locale: string | undefined): string {
  const variant = locale ? traditionalVariant(locale) : undefined;
  if (!variant) return text;
  return convertedWordings()[variant]?.[text] ?? traditionalConverter(variant)(text);
}
