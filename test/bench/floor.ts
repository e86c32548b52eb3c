import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The floor: the least a lexicon check can do. Reads every template under a directory and
 * runs one combined regular expression of the lexicon over it. Prints what it read and found.
 *
 *   node floor.js <directory> <pattern-file>
 */
const [directory, patternFile] = process.argv.slice(2);
if (!directory || !patternFile) throw new Error("usage: floor.js <directory> <pattern-file>");
const lexicon = new RegExp(readFileSync(patternFile, "utf8"), "gi");
let files = 0;
let characters = 0;
let matches = 0;
for (const name of readdirSync(directory, { recursive: true, encoding: "utf8" })) {
  if (!name.endsWith(".msg.njk")) continue;
  const text = readFileSync(join(directory, name), "utf8");
  files += 1;
  characters += text.length;
  for (const _ of text.matchAll(lexicon)) matches += 1;
}
process.stdout.write(`${JSON.stringify({ files, characters, matches })}\n`);
