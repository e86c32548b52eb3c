import { builtInPacks, compilePattern, recognizerPattern } from "@tactful/policies";
import { readFileSync } from "node:fs";
const [packId, role, file] = process.argv.slice(2);
const pack = builtInPacks.packFor(packId);
const lines = readFileSync(file, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l).text);
lines.forEach((text, i) => {
  (pack.recognizers[role] ?? []).forEach((r, k) => {
    const p = recognizerPattern(r);
    if (!p) return;
    const m = compilePattern(p, r.ignoreCase).exec(text.replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
    if (m) console.log(i + 1, k, JSON.stringify(m[0]), (r.description ?? "").slice(0, 60));
  });
});
