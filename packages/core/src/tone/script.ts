import { createRequire } from "node:module";
import type * as Cn2t from "opencc-js/cn2t";

type Variant = "tw" | "hk";

const converters: Partial<Record<Variant, (text: string) => string>> = {};

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
  // Loaded when a Traditional Chinese template is first read.
  return (converters[variant] ??= (createRequire(import.meta.url)("opencc-js/cn2t") as typeof Cn2t).Converter({ from: "cn", to: variant }))(text);
}
