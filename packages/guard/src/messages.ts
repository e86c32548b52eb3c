import { translate, type Catalog, type Locale } from "@tactful/core";

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

/** Errors in how the guard is set up or called (not refusals: those are decisions). */
export class GuardConfigError extends Error {
  override name = "GuardConfigError";
}
