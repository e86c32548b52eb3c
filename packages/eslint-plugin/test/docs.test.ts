import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import { packFactsSection, withPackFacts } from "../src/docs/pack-facts.js";
import plugin, { rules } from "../src/index.js";

const docsDir = fileURLToPath(new URL("../docs/rules/", import.meta.url));

/** The ```njk example under a `## Heading` of a doc page. */
function example(page: string, heading: string): string | undefined {
  const section = page.split(/^## /m).find((part) => part.startsWith(`${heading}\n`));
  return section ? /```njk\n([\s\S]*?)```/.exec(section)?.[1] : undefined;
}

function lint(name: string, code: string): Linter.LintMessage[] {
  const linter = new Linter({ configType: "flat" });
  return linter.verify(code, [{ files: ["**/*.msg.njk"], plugins: { tactful: plugin }, language: "tactful/template", rules: { [`tactful/${name}`]: "error" } }], { filename: "example.msg.njk" });
}

describe("rule documentation", () => {
  for (const [name, rule] of Object.entries(rules)) {
    describe(name, () => {
      const file = `${docsDir}${name}.md`;

      it("has a doc page that the rule's metadata links to", () => {
        expect(existsSync(file)).toBe(true);
        expect(rule.meta?.docs?.url).toBe(new URL(`${name}.md`, `file://${docsDir}`).href);
        const page = readFileSync(file, "utf8");
        expect(page.startsWith(`# tactful/${name}\n`)).toBe(true);
        for (const heading of ["Why", "What it checks", "Compliant", "Non-compliant", "Options", "Sources"]) expect(page).toContain(`\n## ${heading}\n`);
      });

      const packFacts = packFactsSection(name);
      it("lists in its pack facts every pack entry its metadata cites", () => {
        const source = rule.meta?.docs?.source ?? "";
        const cited = [...source.matchAll(/(?:^|: |; |\| )([A-Z]{2}-[A-Z0-9-]+) \(/g)].map((match) => match[1]!);
        if (cited.length > 0) expect(packFacts, "pack facts").toBeDefined();
        for (const id of cited) expect(packFacts, id).toContain(`\`${id}\``);
      });
      if (packFacts) {
        it("states the pack facts the packs hold today", () => {
          const page = readFileSync(file, "utf8");
          expect(page, `docs/rules/${name}.md: its pack facts differ from the packs; run \`npm run build && npm run docs\``).toBe(withPackFacts(page, packFacts));
        });
      }

      // A rule across the library compares files: library.test.ts runs it over libraries on disk.
      if (rule.meta?.docs?.scope === "library") return;
      it("has a compliant example the rule accepts and a non-compliant one it reports", () => {
        const page = readFileSync(file, "utf8");
        const compliant = example(page, "Compliant");
        const nonCompliant = example(page, "Non-compliant");
        expect(compliant, "compliant example").toBeDefined();
        expect(nonCompliant, "non-compliant example").toBeDefined();
        expect(lint(name, compliant!)).toEqual([]);
        const findings = lint(name, nonCompliant!);
        expect(findings.length).toBeGreaterThan(0);
        expect(findings.every((finding) => finding.ruleId === `tactful/${name}`)).toBe(true);
      });
    });
  }
});
