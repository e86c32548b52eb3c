import { LOCALES, translate, type Catalog, type Locale } from "@tactful/core";

/**
 * Why a message is refused: a stable code and a short message in each locale. Codes are part
 * of the audit log and of `tactful guard report`; the wording may change, the codes do not.
 * The source (a pack entry's citation) stays in its own language: it is data.
 */
export const REASONS = {
  "template-not-found": { en: "The release has no template {template}.", "zh-CN": "发布包中没有模板 {template}。", "zh-TW": "發布包中沒有範本 {template}。" },
  "no-policy-pack": {
    en: "No policy pack for jurisdiction {jurisdiction}: the send limits and opt-outs cannot be checked.",
    "zh-CN": "没有适用于司法辖区 {jurisdiction} 的政策包：无法检查发送限制和退订。",
    "zh-TW": "沒有適用於司法管轄區 {jurisdiction} 的政策包：無法檢查傳送限制和退訂。",
  },
  "no-tone-language": {
    en: "Policy pack {jurisdiction} has no language for locale {locale}: threats and insults in the message cannot be checked.",
    "zh-CN": "政策包 {jurisdiction} 没有适用于语言区域 {locale} 的语言：无法检查消息中的威胁和侮辱。",
    "zh-TW": "政策包 {jurisdiction} 沒有適用於語言地區 {locale} 的語言：無法檢查訊息中的威脅和侮辱。",
  },
  "data-invalid": { en: "The data does not render: {detail}", "zh-CN": "数据无法渲染：{detail}", "zh-TW": "資料無法算繪：{detail}" },
  "time-zone-invalid": {
    en: "The recipient's time zone {timeZone} is not a known IANA time zone.",
    "zh-CN": "收件人的时区 {timeZone} 不是已知的 IANA 时区。",
    "zh-TW": "收件人的時區 {timeZone} 不是已知的 IANA 時區。",
  },
  "outside-send-window": {
    en: "It is {localTime} in {timeZone}, outside the send window {window} ({source}).",
    "zh-CN": "{timeZone} 当地时间 {localTime}，不在允许发送的时段 {window} 内（{source}）。",
    "zh-TW": "{timeZone} 當地時間 {localTime}，不在允許傳送的時段 {window} 內（{source}）。",
  },
  "daily-cap-reached": {
    en: "This template already reached this recipient {limit} time(s) today ({source}).",
    "zh-CN": "此模板今天已向该收件人发送 {limit} 次（{source}）。",
    "zh-TW": "此範本今天已向該收件人傳送 {limit} 次（{source}）。",
  },
  "category-cap-reached": {
    en: "This recipient already received {limit} {category} message(s) today ({source}).",
    "zh-CN": "该收件人今天已收到 {limit} 条 {category} 类消息（{source}）。",
    "zh-TW": "該收件人今天已收到 {limit} 則 {category} 類訊息（{source}）。",
  },
  "opted-out": {
    en: "The recipient opted out of {category} messages on {channel} ({source}).",
    "zh-CN": "收件人已退订 {channel} 渠道的 {category} 类消息（{source}）。",
    "zh-TW": "收件人已退訂 {channel} 管道的 {category} 類訊息（{source}）。",
  },
  "audience-mismatch": {
    en: "This template is for {audience} recipients; the recipient is marked {role}.",
    "zh-CN": "此模板面向 {audience} 收件人；该收件人标记为 {role}。",
    "zh-TW": "此範本適用於 {audience} 收件人；該收件人標記為 {role}。",
  },
  "rendered-tone": {
    en: "The rendered message contains “{matched}”: {summary} ({source}).",
    "zh-CN": "渲染后的消息包含“{matched}”：{summary}（{source}）。",
    "zh-TW": "算繪後的訊息包含「{matched}」：{summary}（{source}）。",
  },
  "rendered-personal-data": {
    en: "The rendered message contains a full {kind}: {summary} ({source}).",
    "zh-CN": "渲染后的消息包含完整的{kind}：{summary}（{source}）。",
    "zh-TW": "算繪後的訊息包含完整的{kind}：{summary}（{source}）。",
  },
  "rendered-invisible-character": {
    en: "The rendered message contains an invisible character ({code}), which hides words from the rules.",
    "zh-CN": "渲染后的消息包含不可见字符（{code}），它会让规则读不出其中的词。",
    "zh-TW": "算繪後的訊息包含不可見字元（{code}），它會讓規則讀不出其中的詞。",
  },
  "rendered-lookalike-letters": {
    en: "The rendered message writes “{word}” with a look-alike letter of another script (“{letter}”, {code}).",
    "zh-CN": "渲染后的消息中“{word}”含有形似拉丁字母的其他文字字母（“{letter}”，{code}）。",
    "zh-TW": "算繪後的訊息中「{word}」含有形似拉丁字母的其他文字字母（「{letter}」，{code}）。",
  },
  "store-inconsistent": {
    en: "The store did not reserve a place under the daily caps although nothing refused the send.",
    "zh-CN": "没有任何规则拒绝发送，但存储未在每日上限内预留名额。",
    "zh-TW": "沒有任何規則拒絕傳送，但儲存區未在每日上限內預留名額。",
  },
} as const satisfies Catalog;

export type ReasonCode = keyof typeof REASONS;

export interface Reason {
  code: ReasonCode;
  message: string;
  /** The pack entry or template setting the reason comes from, when there is one. */
  source?: string;
}

export type ReasonMaker = (code: ReasonCode, data: Record<string, string | number>, source?: string) => Reason;

/** Makes reasons in one locale (the guard's `locale` option; English by default). A placeholder without data takes the source. */
export function reasonsIn(locale: Locale = "en"): ReasonMaker {
  return (code, data, source) => {
    const message = translate(REASONS, code, locale, Object.fromEntries([...REASONS[code].en.matchAll(/\{(\w+)\}/g)].map(([, key]) => [key!, data[key!] ?? source ?? ""])));
    return source === undefined ? { code, message } : { code, message, source };
  };
}

/** What is wrong with how the guard is set up or called, by a stable code. */
export const CONFIG_ERRORS = {
  "no-options": { en: "createGuard needs options", "zh-CN": "createGuard 需要选项", "zh-TW": "createGuard 需要選項" },
  "weak-salt": {
    en: "`salt` must be a secret string of at least 16 characters",
    "zh-CN": "`salt` 必须是至少 16 个字符的保密字符串",
    "zh-TW": "`salt` 必須是至少 16 個字元的保密字串",
  },
  "no-store": {
    en: "createGuard needs a `store` (createSqliteStore or createRedisStore)",
    "zh-CN": "createGuard 需要 `store`（createSqliteStore 或 createRedisStore）",
    "zh-TW": "createGuard 需要 `store`（createSqliteStore 或 createRedisStore）",
  },
  "release-or-templates": {
    en: "give createGuard either `release` or `templates`",
    "zh-CN": "请给 createGuard 提供 `release` 或 `templates` 之一",
    "zh-TW": "請給 createGuard 提供 `release` 或 `templates` 其中之一",
  },
  "bad-audit": {
    en: "`audit` must be a file path or a sink with `append`",
    "zh-CN": "`audit` 必须是文件路径，或带有 `append` 的记录目标",
    "zh-TW": "`audit` 必須是檔案路徑，或帶有 `append` 的記錄目標",
  },
  "ambiguous-template": {
    en: "template {template} exists for several locales or channels; give `locale` and `channel`",
    "zh-CN": "模板 {template} 有多个语言或渠道的版本：请提供 `locale` 和 `channel`",
    "zh-TW": "範本 {template} 有多個語言或管道的版本：請提供 `locale` 和 `channel`",
  },
  "bad-now": { en: "`now` is not a valid date", "zh-CN": "`now` 不是有效的日期", "zh-TW": "`now` 不是有效的日期" },
  "no-recipient-id": { en: "the recipient needs an `id`", "zh-CN": "收件人需要 `id`", "zh-TW": "收件人需要 `id`" },
  "bad-reply-text": { en: "`text` must be the reply's text", "zh-CN": "`text` 必须是回复的文本", "zh-TW": "`text` 必須是回覆的文字" },
  "no-reply-keywords": {
    en: "no policy pack with reply keywords for {jurisdiction}",
    "zh-CN": "没有适用于 {jurisdiction} 且带回复关键词的政策包",
    "zh-TW": "沒有適用於 {jurisdiction} 且帶回覆關鍵詞的政策包",
  },
  "pack-not-released": {
    en: "policy pack {jurisdiction} {version} differs from the release's ({released}): leave it out, or set `overrideReleasePacks: true`",
    "zh-CN": "政策包 {jurisdiction} {version} 与发布包中的（{released}）不同：请不要提供它，或设置 `overrideReleasePacks: true`",
    "zh-TW": "政策包 {jurisdiction} {version} 與發布包中的（{released}）不同：請不要提供它，或設定 `overrideReleasePacks: true`",
  },
  "pack-version-not-released": {
    en: "the release was checked against policy pack {jurisdiction} {released}; the guard has {version}\nRelease again to carry the packs, or set `overrideReleasePacks: true`",
    "zh-CN": "发布包依据政策包 {jurisdiction} {released} 检查；守卫使用的是 {version}\n请重新发布以带上政策包，或设置 `overrideReleasePacks: true`",
    "zh-TW": "發布包依據政策包 {jurisdiction} {released} 檢查；守衛使用的是 {version}\n請重新發布以帶上政策包，或設定 `overrideReleasePacks: true`",
  },
  "sqlite-no-path": { en: "the SQLite store needs a file path (`path`)", "zh-CN": "SQLite 存储需要文件路径（`path`）", "zh-TW": "SQLite 儲存區需要檔案路徑（`path`）" },
  "redis-no-client": {
    en: "the Redis store needs a connected client (`client`) or a URL (`url`)",
    "zh-CN": "Redis 存储需要已连接的客户端（`client`）或 URL（`url`）",
    "zh-TW": "Redis 儲存區需要已連線的用戶端（`client`）或 URL（`url`）",
  },
} as const satisfies Catalog;

export type ConfigErrorCode = keyof typeof CONFIG_ERRORS;

/**
 * Errors in how the guard is set up or called (not refusals: those are decisions). `code` is
 * stable; `message` is in the locale the guard or store was given, `messageIn` says it in another.
 */
export class GuardConfigError extends Error {
  override name = "GuardConfigError";

  constructor(
    readonly code: ConfigErrorCode,
    readonly data: Readonly<Record<string, string>> = {},
    locale: Locale = "en",
  ) {
    // A locale the caller's JavaScript got wrong must not hide what went wrong.
    super(translate(CONFIG_ERRORS, code, LOCALES.includes(locale) ? locale : "en", data));
  }

  messageIn(locale: Locale): string {
    return translate(CONFIG_ERRORS, this.code, locale, this.data);
  }
}
