import { relative, sep } from "node:path";
import { parseTemplate, translator, type Catalog, type Locale } from "@tactful/core";
import { waiversIn, type TemplateWaiver } from "@tactful/eslint-plugin";
import { ProjectFiles } from "@tactful/eslint-plugin/files";
import type { PolicyPack } from "@tactful/policies";
import { packWaivers } from "@tactful/policies/load";
import type { TemplateLibrary } from "./library.js";
import type { Workspace } from "./workspace.js";

export const MESSAGES = {
  title: { en: "Tactful waiver register", "zh-CN": "Tactful 豁免登记", "zh-TW": "Tactful 豁免登記" },
  none: { en: "No suppressions.", "zh-CN": "没有停用指令。", "zh-TW": "沒有停用指令。" },
  header: { en: "| Where | Directive | Rules | Reason | Suppressed |", "zh-CN": "| 位置 | 指令 | 规则 | 理由 | 已停用问题 |", "zh-TW": "| 位置 | 指令 | 規則 | 理由 | 已停用問題 |" },
  allRules: { en: "(all rules)", "zh-CN": "（所有规则）", "zh-TW": "（所有規則）" },
  noRules: { en: "**no rule named: not honoured**", "zh-CN": "**未写规则：不生效**", "zh-TW": "**未寫規則：不生效**" },
  noReason: { en: "**no reason: not honoured**", "zh-CN": "**未写理由：不生效**", "zh-TW": "**未寫理由：不生效**" },
  packWaiver: { en: "(policy pack {jurisdiction}: {overlay})", "zh-CN": "（政策包 {jurisdiction}：{overlay}）", "zh-TW": "（政策包 {jurisdiction}：{overlay}）" },
  count: { en: "{count} suppression(s).", "zh-CN": "共 {count} 条停用指令。", "zh-TW": "共 {count} 條停用指令。" },
} as const satisfies Catalog;

/**
 * The waiver register of the workspace, as `tactful lint --suppressions` lists it: every
 * waiver of the policy pack overlays the templates are checked against, then every
 * suppression directive of every template (the editor's text for open ones), with its reason
 * and how many findings it suppressed, as Markdown.
 */
export async function waiverRegister(workspace: Workspace, library: TemplateLibrary, openFiles: readonly string[], locale: Locale): Promise<string> {
  const t = translator(MESSAGES, locale);
  const rows: string[] = [];
  const packs = new Set<PolicyPack>();
  const packRows: string[] = [];
  for (const root of workspace.roots) {
    const onDisk = await (await ProjectFiles.open([root])).find(root);
    // Open templates not saved yet are in the register too.
    const files = new Set([...onDisk, ...openFiles.filter((filePath) => workspace.rootOf(filePath) === root && filePath.endsWith(".msg.njk"))]);
    for (const filePath of [...files].sort()) {
      const text = await library.read(filePath);
      if (text === undefined) continue;
      for (const pack of (await workspace.packs(filePath)).packs) {
        if (packs.has(pack)) continue;
        packs.add(pack);
        for (const waiver of packWaivers(pack)) packRows.push(packRow(waiver.file ? relative(root, waiver.file).split(sep).join("/") : waiver.overlay, waiver, t));
      }
      const template = parseTemplate(text, { filePath });
      if (template.comments.length === 0) continue;
      const [result] = await workspace.linter(filePath).eslint.lintText(text, { filePath, warnIgnored: false });
      const name = relative(root, filePath).split(sep).join("/");
      for (const waiver of waiversIn(template.comments, result?.suppressedMessages ?? [])) rows.push(row(name, waiver, t));
    }
  }
  rows.unshift(...packRows);
  const body = rows.length === 0 ? [t("none")] : [t("header"), "|---|---|---|---|---:|", ...rows, "", t("count", { count: rows.length })];
  return [`# ${t("title")}`, "", ...body, ""].join("\n");
}

const cell = (text: string): string => text.replace(/[\\|`*_[\]<>]/gu, (char) => `\\${char}`);

/** A waiver of a pack overlay: it relaxes a base entry for every template of the jurisdiction, so it suppresses no counted finding. */
function packRow(name: string, waiver: ReturnType<typeof packWaivers>[number], t: ReturnType<typeof translator<keyof typeof MESSAGES>>): string {
  return `| ${cell(name)}${waiver.line === undefined ? "" : `:${waiver.line}`} | waives | ${cell(waiver.entry)} ${t("packWaiver", { jurisdiction: waiver.jurisdiction, overlay: cell(waiver.overlay) })} | ${cell(waiver.reason)} | — |`;
}

function row(name: string, waiver: TemplateWaiver, t: ReturnType<typeof translator<keyof typeof MESSAGES>>): string {
  const rules = waiver.rules.length > 0 ? waiver.rules.map(cell).join(", ") : t(waiver.refused === "needsRules" ? "noRules" : "allRules");
  // Markdown previews do not follow file: links, so the place is plain text, as the CLI prints it.
  return `| ${cell(name)}:${waiver.line} | ${cell(waiver.directive)} | ${rules} | ${waiver.reason ? cell(waiver.reason) : t("noReason")} | ${waiver.suppressed} |`;
}
