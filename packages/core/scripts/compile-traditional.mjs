#!/usr/bin/env node
// Writes, after `tsc -b` built dist/, the built-in packs' Chinese wordings (the compliant
// rewordings of the Chinese lexicon, the Simplified summaries and wording descriptions without a
// Traditional one) in each Traditional variant into dist/generated/traditional.json, converted as
// `inLocaleScript` converts them: a run then never loads OpenCC's dictionaries (tens of megabytes,
// kept for the whole run) for the built-in packs. Text it does not hold is converted at run time.
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { builtInPacks } from "@tactful/policies";
import { traditionalConverter } from "../dist/tone/script.js";

const { packs } = builtInPacks;

const generated = join(dirname(fileURLToPath(import.meta.url)), "..", "dist", "generated");
const wordings = { tw: new Set(), hk: new Set() };
const visit = (value) => {
  if (Array.isArray(value)) return value.forEach(visit);
  if (typeof value !== "object" || value === null) return;
  // A finding's rewording in a zh-TW or zh-HK template; a summary or a wording's description shown in zh-TW.
  if (value.language === "zh" && typeof value.suggestion === "string") for (const set of Object.values(wordings)) set.add(value.suggestion);
  for (const translations of [value.summaries, value.descriptions]) {
    if (typeof translations?.["zh-CN"] === "string" && translations["zh-TW"] === undefined) wordings.tw.add(translations["zh-CN"]);
  }
  Object.values(value).forEach(visit);
};
visit(packs);
const table = Object.fromEntries(Object.entries(wordings).map(([variant, texts]) => [variant, Object.fromEntries([...texts].sort().map((text) => [text, traditionalConverter(variant)(text)]))]));
mkdirSync(generated, { recursive: true });
const file = join(generated, "traditional.json");
writeFileSync(`${file}.tmp`, `${JSON.stringify(table)}\n`);
renameSync(`${file}.tmp`, file);
