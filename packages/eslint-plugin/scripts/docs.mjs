// Rewrites the generated pack facts of each rule page from the compiled packs (run `npm run build` first).
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { packFactsSection, withPackFacts } from "../dist/docs/pack-facts.js";
import { rules } from "../dist/index.js";

const docsDir = fileURLToPath(new URL("../docs/rules/", import.meta.url));
for (const name of Object.keys(rules)) {
  const section = packFactsSection(name);
  if (!section) continue;
  const file = `${docsDir}${name}.md`;
  const page = readFileSync(file, "utf8");
  const updated = withPackFacts(page, section);
  if (updated !== page) {
    writeFileSync(file, updated);
    console.log(`updated ${name}.md`);
  }
}
