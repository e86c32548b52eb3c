import { readdir, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { glob } from "tinyglobby";
import { InitRefusal, type PendingChanges } from "./changes.js";
import type { InitSay } from "./messages.js";

/** Compliant sample templates, one per locale, laid out as a template library is (`<locale>/<category>/<name>.<channel>.msg.njk`). */
const SAMPLES = fileURLToPath(new URL("../../samples/", import.meta.url));

export async function sampleLocales(): Promise<string[]> {
  // One directory per locale; beside them, the samples' own eslint.config.js.
  return (await readdir(SAMPLES, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** The locale's sample templates, at the paths init writes them to. */
export async function sampleTemplates(locale: string, say: InitSay): Promise<Array<{ path: string; text: string }>> {
  const locales = await sampleLocales();
  if (!locales.includes(locale)) throw new InitRefusal(say("noSample", { locale, locales: locales.join(", ") }));
  const samples = [];
  for (const relative of (await glob("**/*.msg.njk", { cwd: `${SAMPLES}${locale}` })).sort()) {
    samples.push({ path: `templates/${locale}/${relative}`, text: await readFile(`${SAMPLES}${locale}/${relative}`, "utf8") });
  }
  return samples;
}

/** Writes the locale's sample template under templates/, unless a file is already there. */
export async function planSample(changes: PendingChanges, samples: ReadonlyArray<{ path: string; text: string }>, locale: string): Promise<void> {
  for (const { path, text } of samples) {
    const existing = await changes.read(path);
    if (existing !== undefined && existing !== text) changes.keep(path, changes.say("sampleKept"));
    else await changes.write(path, text, changes.say("sample", { locale }));
  }
}
