import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { patternFilter } from "@tactful/core";
import type { FloorLexicon } from "./lexicon.js";

/**
 * The floor: the least a lexicon check can do. Reads every template under a directory, runs
 * the terms as one expression and each pattern that can match (one whose literal anchors occur
 * in the text, found in one pass, or one without anchors) over it. Prints what it read and found.
 *
 *   node floor.js <directory> <lexicon-file>
 */
const [directory, lexiconFile] = process.argv.slice(2);
if (!directory || !lexiconFile) throw new Error("usage: floor.js <directory> <lexicon-file>");
const lexicon = JSON.parse(readFileSync(lexiconFile, "utf8")) as FloorLexicon;
const terms = new RegExp(lexicon.terms, "gi");
const patterns = lexicon.patterns.map(({ source, flags }) => new RegExp(source, flags));
const filter = patternFilter(patterns);
let files = 0;
let characters = 0;
let matches = 0;
for (const name of readdirSync(directory, { recursive: true, encoding: "utf8" })) {
  if (!name.endsWith(".msg.njk")) continue;
  const text = readFileSync(join(directory, name), "utf8");
  files += 1;
  characters += text.length;
  for (const _ of text.matchAll(terms)) matches += 1;
  const possible = filter.possible(text);
  patterns.forEach((pattern, index) => {
    if (possible[index] === 1) for (const _ of text.matchAll(pattern)) matches += 1;
  });
}
process.stdout.write(`${JSON.stringify({ files, characters, matches })}\n`);
