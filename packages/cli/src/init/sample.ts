import { readdir, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { glob } from "tinyglobby";
import { InitRefusal, type PendingChanges } from "./changes.js";

/** Compliant sample templates, one per locale, laid out as a template library is (`<locale>/<category>/<name>.<channel>.msg.njk`). */
const SAMPLES = fileURLToPath(new URL("../../samples/", import.meta.url));

export async function sampleLocales(): Promise<string[]> {
  // One directory per locale; beside them, the samples' own eslint.config.js.
  return (await readdir(SAMPLES, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** Writes the locale's sample template under templates/, unless a file is already there. */
export async function planSample(changes: PendingChanges, locale: string): Promise<void> {
  const locales = await sampleLocales();
  if (!locales.includes(locale)) throw new InitRefusal(`there is no sample template for the locale ${locale} (there are: ${locales.join(", ")})`);
  for (const relative of await glob("**/*.msg.njk", { cwd: `${SAMPLES}${locale}` })) {
    const path = `templates/${locale}/${relative}`;
    const sample = await readFile(`${SAMPLES}${locale}/${relative}`, "utf8");
    const existing = await changes.read(path);
    if (existing !== undefined && existing !== sample) changes.keep(path, "a template is already there: kept as it is");
    else await changes.write(path, sample, `a compliant ${locale} sample template`);
  }
}
