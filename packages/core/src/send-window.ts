/**
 * Send windows (`HH:MM-HH:MM`, the recipient's wall-clock time) as minutes after local
 * midnight, and the arithmetic the linter and the send-time guard do on them. Daylight-saving
 * changes are the caller's: a window is read against the local clock, whatever its offset.
 *
 * A window whose start equals its end could mean no time or the whole day. Each check reads it
 * the way that refuses it: at send time it is never open, and against a policy's limit it
 * covers the whole day, so it lies outside any limit.
 */

const DAY = 24 * 60;
const WINDOW = /^([01][0-9]|2[0-3]):([0-5][0-9])-(?:([01][0-9]|2[0-3]):([0-5][0-9])|(24):(00))$/u;

/** A time range in minutes after midnight; `end` may be 1440 (24:00). `start > end` wraps past midnight. */
export interface SendWindow {
  start: number;
  end: number;
}

/** How a window overreaches an allowed one, for a message to put in words. */
export interface Overreach {
  /** It runs past midnight (or the allowed one does), so the ends cannot be compared. */
  pastMidnight: boolean;
  /** It opens before the allowed window does. */
  startsEarly: boolean;
  /** It closes after the allowed window does. */
  endsLate: boolean;
}

/** A window read from `HH:MM-HH:MM`, or null when the text is not one. */
export function parseSendWindow(text: string | undefined): SendWindow | null {
  const match = text === undefined ? null : WINDOW.exec(text);
  if (!match) return null;
  const start = Number(match[1]) * 60 + Number(match[2]);
  const end = match[5] ? DAY : Number(match[3]) * 60 + Number(match[4]);
  return { start, end };
}

/** Minutes after midnight as `HH:MM`. */
export function formatMinute(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

export function formatSendWindow(window: SendWindow): string {
  return `${formatMinute(window.start)}-${formatMinute(window.end)}`;
}

/** Whether the window is open at `minute` after local midnight (never, when its start equals its end). */
export function inWindow(minute: number, window: SendWindow): boolean {
  return window.start <= window.end ? minute >= window.start && minute < window.end : minute >= window.start || minute < window.end;
}

/** The stretches of one day a window covers (all of it, when its start equals its end). */
export function windowStretches(window: SendWindow): Array<[number, number]> {
  if (window.start < window.end) return [[window.start, window.end]];
  if (window.start === window.end) return [[0, DAY]];
  const parts: Array<[number, number]> = [
    [window.start, DAY],
    [0, window.end],
  ];
  return parts.filter(([from, to]) => from < to);
}

/** How many minutes of a day the window covers. */
export function windowMinutes(window: SendWindow): number {
  return windowStretches(window).reduce((sum, [from, to]) => sum + to - from, 0);
}

/** Whether every minute of `inner` lies in `outer`. */
export function windowWithin(inner: SendWindow, outer: SendWindow): boolean {
  const allowed = windowStretches(outer);
  return windowStretches(inner).every(([from, to]) => allowed.some(([start, end]) => from >= start && to <= end));
}

/** How `declared` overreaches `allowed`. */
export function overreach(declared: SendWindow, allowed: SendWindow): Overreach {
  if (declared.start >= declared.end || allowed.start >= allowed.end) return { pastMidnight: true, startsEarly: false, endsLate: false };
  return { pastMidnight: false, startsEarly: declared.start < allowed.start, endsLate: declared.end > allowed.end };
}

/** The narrowest window every one allows, or null when there is none (or one runs past midnight: those are not combined). */
export function commonWindow(windows: readonly SendWindow[]): SendWindow | null {
  if (windows.length === 0 || windows.some((window) => window.start >= window.end)) return null;
  const start = Math.max(...windows.map((window) => window.start));
  const end = Math.min(...windows.map((window) => window.end));
  return start < end ? { start, end } : null;
}

/** `declared` cut down to `allowed`, keeping the author's narrower bounds (its longest stretch inside). */
export function clampWindow(declared: SendWindow, allowed: SendWindow): SendWindow {
  let best: SendWindow | null = null;
  for (const [from, to] of windowStretches(declared)) {
    const start = Math.max(from, allowed.start);
    const end = Math.min(to, allowed.end);
    if (start < end && (!best || end - start > best.end - best.start)) best = { start, end };
  }
  return best ?? allowed;
}
