import { relative, sep } from "node:path";
import { translator, type Catalog, type Locale } from "@tactful/core";
import { waiversIn, type DirectiveRefusal } from "@tactful/eslint-plugin";
import type { PolicyPack } from "@tactful/policies";
import { packWaivers } from "@tactful/policies/load";
import type { LintRun } from "./lint.js";

export interface Waiver {
  file: string;
  line: number;
  directive: string;
  rules: string[];
  reason: string;
  /** Why the directive is not honoured, or null when it is. */
  refused: DirectiveRefusal | null;
  /** Findings this directive suppressed in this run. */
  suppressed: number;
}

/** A base entry a policy pack overlay relaxes, with its reason: it applies to every template of the jurisdiction. */
export interface PackWaiver {
  /** The overlay file, and the line of the waiver in it. */
  file: string;
  line: number | null;
  directive: "waives";
  entry: string;
  jurisdiction: string;
  /** The overlay's name. */
  overlay: string;
  reason: string;
}

/** The waivers of the policy pack overlays the templates were checked against. */
export function packWaiverRegister(run: LintRun, cwd: string): PackWaiver[] {
  const packs = new Set<PolicyPack>([...run.packs.values()].flatMap((set) => set.packs));
  return [...packs].flatMap((pack) =>
    packWaivers(pack).map(({ file, line, entry, jurisdiction, overlay, reason }) => ({ file: file ? relative(cwd, file).split(sep).join("/") : overlay, line: line ?? null, directive: "waives" as const, entry, jurisdiction, overlay, reason })),
  );
}

/** Every suppression directive in the linted templates: the waiver register. */
export function waivers(run: LintRun, cwd: string): Waiver[] {
  return run.results.flatMap((result) => {
    const file = relative(cwd, result.filePath).split(sep).join("/");
    return waiversIn(run.templates.get(result.filePath)?.comments ?? [], result.suppressedMessages).map((waiver) => ({ file, ...waiver }));
  });
}

/** The waiver register's words, by id. */
export const WAIVER_MESSAGES = {
  none: { en: "No suppressions.", "zh-CN": "没有停用指令。", "zh-TW": "沒有停用指令。" },
  allRules: { en: "(all rules)", "zh-CN": "（所有规则）", "zh-TW": "（所有規則）" },
  noRules: { en: "NO RULE NAMED (not honoured)", "zh-CN": "未写规则（不生效）", "zh-TW": "未寫規則（不生效）" },
  noReason: { en: "NO REASON (not honoured)", "zh-CN": "未写原因（不生效）", "zh-TW": "未寫原因（不生效）" },
  suppressed: { en: "[suppressed {count}]", "zh-CN": "[已停用 {count} 项]", "zh-TW": "[已停用 {count} 項]" },
  packWaiver: { en: "[policy pack {jurisdiction}: {overlay}]", "zh-CN": "[政策包 {jurisdiction}：{overlay}]", "zh-TW": "[政策包 {jurisdiction}：{overlay}]" },
  totalOne: { en: "{count} suppression.", "zh-CN": "共 {count} 条停用指令。", "zh-TW": "共 {count} 條停用指令。" },
  totalOther: { en: "{count} suppressions.", "zh-CN": "共 {count} 条停用指令。", "zh-TW": "共 {count} 條停用指令。" },
} as const satisfies Catalog;

/** The register: the policy packs' waivers (each relaxes a rule of law for a whole jurisdiction), then the templates'. */
export function formatWaivers(register: readonly Waiver[], asJson: boolean, locale: Locale = "en", packRegister: readonly PackWaiver[] = []): string {
  if (asJson) return `${JSON.stringify([...packRegister, ...register], null, 2)}\n`;
  const say = translator(WAIVER_MESSAGES, locale);
  const total = packRegister.length + register.length;
  if (total === 0) return `${say("none")}\n`;
  const lines = [
    ...packRegister.map((waiver) => `${waiver.file}${waiver.line === null ? "" : `:${waiver.line}`}  waives ${waiver.entry}  — ${waiver.reason}  ${say("packWaiver", { jurisdiction: waiver.jurisdiction, overlay: waiver.overlay })}`),
    ...register.map(
      (waiver) =>
        `${waiver.file}:${waiver.line}  ${waiver.directive} ${waiver.rules.join(", ") || say(waiver.refused === "needsRules" ? "noRules" : "allRules")}  — ${waiver.reason || say("noReason")}  ${say("suppressed", { count: waiver.suppressed })}`,
    ),
  ];
  return `${lines.join("\n")}\n${say(total === 1 ? "totalOne" : "totalOther", { count: total })}\n`;
}
