import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { ToneLanguage } from "./normalize.js";

/**
 * What compiling a lexicon derives from a pack's strings: each term's normalised form, each
 * pattern's literal anchors, and the characters the Traditional → Simplified conversion can
 * change. Remembered for the process and, for the built-in packs, computed at build time
 * (scripts/compile-tone.mjs writes dist/generated/tone.json): deriving them was a tenth of a
 * one-file lint. The table is used only when it was derived by this very code (the built
 * normaliser and anchor reader, the OpenCC and regexpp versions, the Unicode version of this
 * Node.js); otherwise everything is derived at run time, as when running from the sources.
 */
interface Tables {
  forms: Record<ToneLanguage, Map<string, string>>;
  anchors: Map<string, readonly string[] | null>;
  convertible: readonly string[] | undefined;
}

/** dist/generated/tone.json: the tables as JSON, and the key of what derived them. */
export interface PreparedTone {
  key: string;
  forms: Record<ToneLanguage, Record<string, string>>;
  anchors: Record<string, readonly string[] | null>;
  convertible: readonly string[];
}

const requireHere = createRequire(import.meta.url);
let tables: Tables | undefined;

/** The key of the code a table must have been derived by; undefined when it cannot be read (running from the sources). */
export function derivationKey(): string | undefined {
  try {
    const hash = createHash("sha256");
    for (const module of ["./normalize.js", "./pattern-anchors.js"]) hash.update(readFileSync(new URL(module, import.meta.url)));
    for (const dependency of ["opencc-js/t2cn", "@eslint-community/regexpp"]) hash.update(`\u0000${packageVersion(dependency)}`);
    return hash.update(`\u0000${process.versions.unicode ?? ""}`).digest("hex");
  } catch {
    return undefined;
  }
}

/** The version of the package a module specifier resolves into (its package.json may not be exported). */
function packageVersion(specifier: string): string {
  const name = specifier.startsWith("@") ? specifier.split("/").slice(0, 2).join("/") : specifier.split("/")[0]!;
  for (let directory = dirname(requireHere.resolve(specifier)); directory !== dirname(directory); directory = dirname(directory)) {
    const manifest = join(directory, "package.json");
    if (!existsSync(manifest)) continue;
    const { name: found, version } = JSON.parse(readFileSync(manifest, "utf8")) as { name?: string; version?: string };
    if (found === name && version) return version;
  }
  throw new Error(`${name}: no version`);
}

function loaded(): Tables {
  if (tables) return tables;
  let prepared: PreparedTone | undefined;
  try {
    prepared = requireHere("../generated/tone.json") as PreparedTone;
  } catch {
    prepared = undefined;
  }
  const usable = prepared !== undefined && prepared.key === derivationKey() ? prepared : undefined;
  return (tables = {
    forms: { zh: new Map(Object.entries(usable?.forms.zh ?? {})), en: new Map(Object.entries(usable?.forms.en ?? {})) },
    anchors: new Map(Object.entries(usable?.anchors ?? {})),
    convertible: usable?.convertible,
  });
}

/** A lexicon string's normalised form: from the table, or derived by `derive` and remembered. */
export function preparedForm(text: string, language: ToneLanguage, derive: (text: string) => string): string {
  const forms = loaded().forms[language];
  let form = forms.get(text);
  if (form === undefined) forms.set(text, (form = derive(text)));
  return form;
}

/** A pattern's literal anchors: from the table, or derived by `derive` and remembered. */
export function preparedAnchors(pattern: RegExp, derive: (pattern: RegExp) => string[] | undefined): readonly string[] | undefined {
  const anchors = loaded().anchors;
  const key = `${pattern.flags}/${pattern.source}`;
  let found = anchors.get(key);
  if (found === undefined) anchors.set(key, (found = derive(pattern) ?? null));
  return found ?? undefined;
}

/** The characters the Traditional → Simplified conversion can change, if the table has them. */
export function preparedConvertible(): readonly string[] | undefined {
  return loaded().convertible;
}

/** Everything derived in this process, as the table the build writes (with the convertible characters given). */
export function preparedTable(key: string, convertible: readonly string[]): PreparedTone {
  const { forms, anchors } = loaded();
  const sorted = <T>(map: Map<string, T>): Record<string, T> => Object.fromEntries([...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { key, forms: { zh: sorted(forms.zh), en: sorted(forms.en) }, anchors: sorted(anchors), convertible: [...convertible].sort() };
}
