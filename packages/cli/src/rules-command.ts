import { translator, type Catalog, type Locale } from "@tactful/core";
import { ruleDescription, rules } from "@tactful/eslint-plugin";
import { ruleDocsUrl } from "./documentation.js";

interface RuleRow {
  id: string;
  group: string;
  recommended: string;
  description: string;
  source: string;
  url: string;
  scope: "file" | "library";
}

/** The rule catalog: each rule, its group, its level in `recommended`, what it requires (in the locale) and where that comes from. */
export function ruleCatalog(locale: Locale = "en"): RuleRow[] {
  const rows: RuleRow[] = [];
  for (const [name, rule] of Object.entries(rules)) {
    const docs = rule.meta!.docs!;
    rows.push({ id: `tactful/${name}`, group: docs.group, recommended: docs.recommended || "off", description: ruleDescription(docs, locale) ?? docs.description, source: docs.source, url: ruleDocsUrl(name), scope: docs.scope ?? "file" });
  }
  const order = ["structure", "disclosure", "opt-out", "tone", "channel"];
  return rows.sort((a, b) => order.indexOf(a.group) - order.indexOf(b.group) || a.id.localeCompare(b.id));
}

/** The rule list's own words, by id (each rule's description is the rule's). */
export const RULES_MESSAGES = {
  requires: { en: "{description}.", "zh-CN": "{description}。", "zh-TW": "{description}。" },
  acrossLibrary: { en: ", across the library", "zh-CN": "，跨模板库", "zh-TW": "，跨範本庫" },
  source: { en: "Source: {source}", "zh-CN": "依据：{source}", "zh-TW": "依據：{source}" },
  docs: { en: "Docs: {url}", "zh-CN": "说明：{url}", "zh-TW": "說明：{url}" },
} as const satisfies Catalog;

export function formatCatalog(rows: readonly RuleRow[], asJson: boolean, locale: Locale = "en"): string {
  if (asJson) return `${JSON.stringify(rows, null, 2)}\n`;
  const say = translator(RULES_MESSAGES, locale);
  const lines: string[] = [];
  let group = "";
  for (const row of rows) {
    if (row.group !== group) {
      group = row.group;
      lines.push("", `${group}`);
    }
    lines.push(`  ${row.id}  [${row.recommended}${row.scope === "library" ? say("acrossLibrary") : ""}]`, `    ${say("requires", { description: row.description })}`, `    ${say("source", { source: row.source })}`, `    ${say("docs", { url: row.url })}`);
  }
  return `${lines.join("\n").trimStart()}\n`;
}
