import { rules } from "@tactful/eslint-plugin";
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

/** The rule catalog: each rule, its group, its level in `recommended`, and where its requirement comes from. */
export function ruleCatalog(): RuleRow[] {
  const rows: RuleRow[] = [];
  for (const [name, rule] of Object.entries(rules)) {
    const docs = rule.meta!.docs!;
    rows.push({ id: `tactful/${name}`, group: docs.group, recommended: docs.recommended || "off", description: docs.description, source: docs.source, url: ruleDocsUrl(name), scope: docs.scope ?? "file" });
  }
  const order = ["structure", "disclosure", "opt-out", "tone", "channel"];
  return rows.sort((a, b) => order.indexOf(a.group) - order.indexOf(b.group) || a.id.localeCompare(b.id));
}

export function formatCatalog(rows: readonly RuleRow[], asJson: boolean): string {
  if (asJson) return `${JSON.stringify(rows, null, 2)}\n`;
  const lines: string[] = [];
  let group = "";
  for (const row of rows) {
    if (row.group !== group) {
      group = row.group;
      lines.push("", `${group}`);
    }
    lines.push(`  ${row.id}  [${row.recommended}${row.scope === "library" ? ", across the library" : ""}]`, `    ${row.description}.`, `    Source: ${row.source}`, `    Docs: ${row.url}`);
  }
  return `${lines.join("\n").trimStart()}\n`;
}
