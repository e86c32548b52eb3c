/** The recipient's local time, read through Intl so daylight-saving changes are the platform's, not ours. */

export interface LocalTime {
  /** YYYY-MM-DD in the recipient's time zone: the day daily caps count in. */
  date: string;
  /** Minutes since local midnight. */
  minute: number;
  /** Milliseconds until the local day ends. */
  untilMidnight: number;
}

const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatterFor(timeZone: string): Intl.DateTimeFormat | null {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat("en-US", {
        timeZone,
        hourCycle: "h23",
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
        hour: "2-digit",
        minute: "2-digit",
        second: "2-digit",
      });
    } catch {
      formatter = null;
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The local time at `now` in an IANA time zone, or undefined when the zone is unknown. */
export function localTime(now: Date, timeZone: string): LocalTime | undefined {
  const formatter = typeof timeZone === "string" && timeZone !== "" ? formatterFor(timeZone) : null;
  if (!formatter) return undefined;
  const parts: Record<string, string> = {};
  for (const part of formatter.formatToParts(now)) parts[part.type] = part.value;
  const minute = Number(parts["hour"]) * 60 + Number(parts["minute"]);
  const second = Number(parts["second"]) + (now.getTime() % 1000) / 1000;
  return {
    date: `${parts["year"]}-${parts["month"]}-${parts["day"]}`,
    minute,
    untilMidnight: Math.max(0, Math.round(((24 * 60 - minute) * 60 - second) * 1000)),
  };
}

/** A window `HH:MM-HH:MM` as minutes; a start after its end wraps past midnight. */
export function parseWindow(window: string): { start: number; end: number } | undefined {
  const match = /^([01][0-9]|2[0-3]):([0-5][0-9])-(?:([01][0-9]|2[0-3]):([0-5][0-9])|(24):00)$/.exec(window);
  if (!match) return undefined;
  const start = Number(match[1]) * 60 + Number(match[2]);
  const end = match[5] ? 24 * 60 : Number(match[3]) * 60 + Number(match[4]);
  return { start, end };
}

export function inWindow(minute: number, window: { start: number; end: number }): boolean {
  return window.start <= window.end ? minute >= window.start && minute < window.end : minute >= window.start || minute < window.end;
}

export function formatMinute(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
}
