import { LOCALES, localeOfEnvironment, translate, type Catalog, type Locale } from "@tactful/core";

/** The report's languages: its own text and the lint findings are in each; template text is shown as it is. */
export const REPORT_LANGUAGES = LOCALES;
export type ReportLanguage = Locale;

/** The report page's own text, by id, in each language. `{name}` marks a value filled in. */
export const TEXT = {
  titleRelease: { en: "Release {sequence}: review report", "zh-CN": "第 {sequence} 版发布：审阅报告", "zh-TW": "第 {sequence} 版發布：審閱報告" },
  titleDraft: { en: "Template library: review report", "zh-CN": "模板库：审阅报告", "zh-TW": "範本庫：審閱報告" },
  library: { en: "Library", "zh-CN": "模板库", "zh-TW": "範本庫" },
  generated: { en: "Generated", "zh-CN": "生成时间", "zh-TW": "產生時間" },
  skip: { en: "Skip to the templates", "zh-CN": "跳到模板列表", "zh-TW": "跳到範本清單" },
  contents: { en: "Contents", "zh-CN": "目录", "zh-TW": "目錄" },
  signOff: { en: "Sign-off", "zh-CN": "签核", "zh-TW": "簽核" },
  bundleHash: { en: "Bundle hash (SHA-256)", "zh-CN": "发布包哈希（SHA-256）", "zh-TW": "發布包雜湊（SHA-256）" },
  bundleHashHelp: {
    en: "Name this hash when you approve: it identifies exactly the bundle reviewed here (its canonical JSON without the signature, the bytes the signature covers).",
    "zh-CN": "审批时请注明此哈希：它唯一标识本报告审阅的发布包（不含签名的规范 JSON，即签名所覆盖的内容）。",
    "zh-TW": "核准時請註明此雜湊：它唯一識別本報告審閱的發布包（不含簽章的標準 JSON，即簽章所涵蓋的內容）。",
  },
  draftNotice: {
    en: "This report shows templates as they are in the library, not a release: there is no bundle to sign off. Build the report with `tactful release --report` to review a release.",
    "zh-CN": "本报告显示模板库的当前内容，并非发布包：没有可签核的发布包。要审阅发布，请用 `tactful release --report` 生成报告。",
    "zh-TW": "本報告顯示範本庫目前的內容，並非發布包：沒有可簽核的發布包。要審閱發布，請用 `tactful release --report` 產生報告。",
  },
  identity: { en: "Release", "zh-CN": "发布信息", "zh-TW": "發布資訊" },
  sequence: { en: "Sequence", "zh-CN": "序号", "zh-TW": "序號" },
  createdAt: { en: "Created", "zh-CN": "创建时间", "zh-TW": "建立時間" },
  keyId: { en: "Signature key id", "zh-CN": "签名密钥 ID", "zh-TW": "簽章金鑰 ID" },
  unsigned: { en: "unsigned", "zh-CN": "未签名", "zh-TW": "未簽章" },
  notRelease: { en: "not a release", "zh-CN": "非发布", "zh-TW": "非發布" },
  tool: { en: "Tool", "zh-CN": "工具", "zh-TW": "工具" },
  policies: { en: "Policy packs", "zh-CN": "政策包", "zh-TW": "政策包" },
  configurations: { en: "Configuration", "zh-CN": "配置", "zh-TW": "設定" },
  overlay: { en: "with the overlay {name} {version}", "zh-CN": "叠加 {name} {version}", "zh-TW": "疊加 {name} {version}" },
  overlayWaives: { en: "waives {entry}: {reason}", "zh-CN": "豁免 {entry}：{reason}", "zh-TW": "豁免 {entry}：{reason}" },
  configUse: { en: "{config} ({count} templates)", "zh-CN": "{config}（{count} 个模板）", "zh-TW": "{config}（{count} 個範本）" },
  lintSummary: { en: "Lint", "zh-CN": "检查结果", "zh-TW": "檢查結果" },
  lintCounts: { en: "{errors} errors, {warnings} warnings", "zh-CN": "{errors} 个错误，{warnings} 个警告", "zh-TW": "{errors} 個錯誤，{warnings} 個警告" },
  changes: { en: "Changes since release {sequence}", "zh-CN": "自第 {sequence} 版以来的变更", "zh-TW": "自第 {sequence} 版以來的變更" },
  previousRelease: { en: "Previous release", "zh-CN": "上一版", "zh-TW": "上一版" },
  added: { en: "Added", "zh-CN": "新增", "zh-TW": "新增" },
  removed: { en: "Removed", "zh-CN": "删除", "zh-TW": "刪除" },
  changed: { en: "Changed", "zh-CN": "修改", "zh-TW": "修改" },
  unchanged: { en: "Unchanged", "zh-CN": "未变", "zh-TW": "未變" },
  none: { en: "None.", "zh-CN": "无。", "zh-TW": "無。" },
  sourceDiff: { en: "Source", "zh-CN": "源文件", "zh-TW": "原始檔" },
  exampleDiff: { en: "Example “{name}” as sent", "zh-CN": "示例“{name}”的发送内容", "zh-TW": "範例「{name}」的發送內容" },
  exampleNew: { en: "new example", "zh-CN": "新增示例", "zh-TW": "新增範例" },
  exampleGone: { en: "example removed", "zh-CN": "示例已删除", "zh-TW": "範例已刪除" },
  unchangedLines: { en: "… {count} unchanged lines …", "zh-CN": "……{count} 行未变……", "zh-TW": "……{count} 行未變……" },
  insertion: { en: "added:", "zh-CN": "新增：", "zh-TW": "新增：" },
  deletion: { en: "removed:", "zh-CN": "删除：", "zh-TW": "刪除：" },
  templates: { en: "Templates", "zh-CN": "模板", "zh-TW": "範本" },
  filter: { en: "Filter", "zh-CN": "筛选", "zh-TW": "篩選" },
  search: { en: "Search", "zh-CN": "搜索", "zh-TW": "搜尋" },
  allChannels: { en: "All channels", "zh-CN": "全部渠道", "zh-TW": "全部管道" },
  flaggedOnly: { en: "Only with findings or waivers", "zh-CN": "仅显示有问题或豁免的", "zh-TW": "僅顯示有問題或豁免的" },
  shownCount: { en: "{shown} of {total} templates shown", "zh-CN": "显示 {shown} / {total} 个模板", "zh-TW": "顯示 {shown} / {total} 個範本" },
  id: { en: "Id", "zh-CN": "ID", "zh-TW": "ID" },
  locale: { en: "Locale", "zh-CN": "语言区域", "zh-TW": "語言區域" },
  channel: { en: "Channel", "zh-CN": "渠道", "zh-TW": "管道" },
  category: { en: "Category", "zh-CN": "类别", "zh-TW": "類別" },
  audience: { en: "Audience", "zh-CN": "受众", "zh-TW": "受眾" },
  sender: { en: "Sender", "zh-CN": "发送方", "zh-TW": "發送方" },
  version: { en: "Version", "zh-CN": "版本", "zh-TW": "版本" },
  path: { en: "File", "zh-CN": "文件", "zh-TW": "檔案" },
  findings: { en: "Findings", "zh-CN": "问题", "zh-TW": "問題" },
  waivers: { en: "Waivers", "zh-CN": "豁免", "zh-TW": "豁免" },
  change: { en: "Change", "zh-CN": "变更", "zh-TW": "變更" },
  noFindings: { en: "No findings.", "zh-CN": "没有问题。", "zh-TW": "沒有問題。" },
  noWaivers: { en: "No waivers.", "zh-CN": "没有豁免。", "zh-TW": "沒有豁免。" },
  line: { en: "Line", "zh-CN": "行", "zh-TW": "行" },
  level: { en: "Level", "zh-CN": "级别", "zh-TW": "級別" },
  error: { en: "error", "zh-CN": "错误", "zh-TW": "錯誤" },
  warning: { en: "warning", "zh-CN": "警告", "zh-TW": "警告" },
  reason: { en: "Reason", "zh-CN": "原因", "zh-TW": "原因" },
  rule: { en: "Rule", "zh-CN": "规则", "zh-TW": "規則" },
  legalSource: { en: "Legal source", "zh-CN": "法律依据", "zh-TW": "法律依據" },
  directive: { en: "Directive", "zh-CN": "指令", "zh-TW": "指令" },
  allRules: { en: "(all rules)", "zh-CN": "（全部规则）", "zh-TW": "（全部規則）" },
  noRules: { en: "no rule named: not honoured", "zh-CN": "未写规则：不生效", "zh-TW": "未寫規則：不生效" },
  noReason: { en: "no reason given: not honoured", "zh-CN": "未给出原因：不生效", "zh-TW": "未提供原因：不生效" },
  suppressed: { en: "Findings waived", "zh-CN": "被豁免的问题数", "zh-TW": "被豁免的問題數" },
  examples: { en: "Examples as sent", "zh-CN": "示例（发送效果）", "zh-TW": "範例（發送效果）" },
  worstCase: { en: "Worst case", "zh-CN": "最坏情况", "zh-TW": "最壞情況" },
  worstCaseUnbounded: {
    en: "Some values have no length limit; measured with their longest example.",
    "zh-CN": "部分变量没有长度上限，按其最长示例计算。",
    "zh-TW": "部分變數沒有長度上限，依其最長範例計算。",
  },
  smsMeasure: { en: "{encoding} · {segments} segments · {length} characters ({perSegment} per segment)", "zh-CN": "{encoding} · {segments} 条 · {length} 字符（每条 {perSegment}）", "zh-TW": "{encoding} · {segments} 則 · {length} 字元（每則 {perSegment}）" },
  subject: { en: "Subject", "zh-CN": "主题", "zh-TW": "主旨" },
  emailFrame: { en: "Email body of example “{name}”", "zh-CN": "示例“{name}”的邮件正文", "zh-TW": "範例「{name}」的郵件內文" },
  lockScreen: { en: "Lock screen", "zh-CN": "锁屏", "zh-TW": "鎖定畫面" },
  lockScreenCuts: { en: "The lock screen cuts {parts}. The full text:", "zh-CN": "锁屏会截断{parts}。完整内容：", "zh-TW": "鎖定畫面會截斷{parts}。完整內容：" },
  lockScreenWhole: { en: "Shown whole on the lock screen.", "zh-CN": "锁屏上完整显示。", "zh-TW": "鎖定畫面上完整顯示。" },
  pushTitle: { en: "the title", "zh-CN": "标题", "zh-TW": "標題" },
  pushBody: { en: "the body", "zh-CN": "正文", "zh-TW": "內文" },
  and: { en: " and ", "zh-CN": "和", "zh-TW": "和" },
  notRendered: { en: "This template cannot be rendered:", "zh-CN": "此模板无法渲染：", "zh-TW": "此範本無法算繪：" },
  exampleFails: { en: "This example does not render:", "zh-CN": "此示例无法渲染：", "zh-TW": "此範例無法算繪：" },
  sha256: { en: "SHA-256 of the source", "zh-CN": "源文件 SHA-256", "zh-TW": "原始檔 SHA-256" },
  footer: { en: "Made by {tool} {version}. This page loads nothing from the network and runs no template code.", "zh-CN": "由 {tool} {version} 生成。本页面不从网络加载任何内容，也不运行模板代码。", "zh-TW": "由 {tool} {version} 產生。本頁面不從網路載入任何內容，也不執行範本程式碼。" },
} satisfies Catalog;

export type TextId = keyof typeof TEXT;

/** The page's text in one language, with `{name}` filled in from `values`. */
export function textIn(language: ReportLanguage): (id: TextId, values?: Record<string, string | number>) => string {
  return (id, values) => translate(TEXT, id, language, values);
}

/** The language from the locale environment (`LC_ALL`, `LC_MESSAGES`, then `LANG`), as every command reads it. */
export function languageFromEnvironment(env: Record<string, string | undefined>): ReportLanguage {
  return localeOfEnvironment(undefined, env);
}
