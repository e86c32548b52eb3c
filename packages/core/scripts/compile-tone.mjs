#!/usr/bin/env node
// Writes, after `tsc -b` built dist/, what compiling the built-in packs' lexicons derives from
// their strings (each term's normalised form, each pattern's literal anchors, the disclosure
// wordings' anchors too) and the characters
// OpenCC's Traditional → Simplified conversion can change into dist/generated/tone.json, under the
// key of the code that derived them: a run then derives none of it for the built-in packs, and
// loads OpenCC only for text that holds such a character. See src/tone/prepared.ts.
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { builtInPacks, compilePattern, recognizerPattern } from "@tactful/policies";

const { packs } = builtInPacks;

const generated = join(dirname(fileURLToPath(import.meta.url)), "..", "dist", "generated");
const file = join(generated, "tone.json");
// Derived afresh: a table of earlier packs would keep what they no longer hold.
rmSync(file, { force: true });
const { compileLexicon } = await import("../dist/tone/engine.js");
const { convertibleCharacters } = await import("../dist/tone/normalize.js");
const { patternAnchors } = await import("../dist/tone/pattern-anchors.js");
const { derivationKey, preparedAnchors, preparedTable } = await import("../dist/tone/prepared.js");

for (const pack of packs) for (const language of Object.keys(pack.tone.languages)) compileLexicon(pack, language);
// A disclosure's wordings and recognizers, as the linter compiles them to rule out those a text cannot match.
const visit = (value) => {
  if (Array.isArray(value)) return value.forEach(visit);
  if (typeof value !== "object" || value === null) return;
  const pattern = recognizerPattern(value);
  if (typeof pattern === "string") preparedAnchors(compilePattern(pattern, value.ignoreCase === true), patternAnchors);
  Object.values(value).forEach(visit);
};
visit(packs);
const key = derivationKey();
const convertible = convertibleCharacters();
if (key === undefined || convertible === null) {
  console.error("compile-tone: the built normaliser or OpenCC's dictionaries cannot be read; nothing written.");
  process.exit(1);
}
mkdirSync(generated, { recursive: true });
writeFileSync(`${file}.tmp`, `${JSON.stringify(preparedTable(key, [...convertible]))}\n`);
renameSync(`${file}.tmp`, file);
