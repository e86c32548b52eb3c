/**
 * Why a message is refused: a stable code and a short English message for each. Codes are part
 * of the audit log and of `tactful guard report`; the wording may change, the codes do not.
 */
export const REASONS = {
  "template-not-found": "The release has no template {template}.",
  "no-policy-pack": "No policy pack for jurisdiction {jurisdiction}: the send limits and opt-outs cannot be checked.",
  "data-invalid": "The data does not render: {detail}",
  "time-zone-invalid": "The recipient's time zone {timeZone} is not a known IANA time zone.",
  "outside-send-window": "It is {localTime} in {timeZone}, outside the send window {window} ({source}).",
  "daily-cap-reached": "This template already reached this recipient {limit} time(s) today ({source}).",
  "category-cap-reached": "This recipient already received {limit} {category} message(s) today ({source}).",
  "opted-out": "The recipient opted out of {category} messages on {channel} ({source}).",
  "audience-mismatch": "This template is for {audience} recipients; the recipient is marked {role}.",
  "rendered-tone": "The rendered message contains “{matched}”: {summary} ({source}).",
  "rendered-personal-data": "The rendered message contains a full {kind}: {summary} ({source}).",
  "store-inconsistent": "The store did not reserve a place under the daily caps although nothing refused the send.",
} as const;

export type ReasonCode = keyof typeof REASONS;

export interface Reason {
  code: ReasonCode;
  message: string;
  /** The pack entry or template setting the reason comes from, when there is one. */
  source?: string;
}

export function reason(code: ReasonCode, data: Record<string, string | number>, source?: string): Reason {
  const message = REASONS[code].replace(/\{(\w+)\}/g, (_, key: string) => String(data[key] ?? source ?? ""));
  return source === undefined ? { code, message } : { code, message, source };
}

/** Errors in how the guard is set up or called (not refusals: those are decisions). */
export class GuardConfigError extends Error {
  override name = "GuardConfigError";
}
