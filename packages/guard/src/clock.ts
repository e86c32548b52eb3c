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

/** The last minute read per time zone: the checks of one minute share it (reading parts through Intl is slow). */
const lastMinute = new Map<string, { utcMinute: number; date: string; minute: number }>();

/** The local time at `now` in an IANA time zone, or undefined when the zone is unknown. */
export function localTime(now: Date, timeZone: string): LocalTime | undefined {
  const formatter = typeof timeZone === "string" && timeZone !== "" ? formatterFor(timeZone) : null;
  if (!formatter) return undefined;
  const time = now.getTime();
  const utcMinute = Math.floor(time / 60_000);
  // Seconds into the local minute: those of the UTC minute, for an offset of whole minutes.
  let second = (time - utcMinute * 60_000) / 1000;
  let local = lastMinute.get(timeZone);
  if (local?.utcMinute !== utcMinute) {
    const parts: Record<string, string> = {};
    for (const part of formatter.formatToParts(now)) parts[part.type] = part.value;
    local = { utcMinute, date: `${parts["year"]}-${parts["month"]}-${parts["day"]}`, minute: Number(parts["hour"]) * 60 + Number(parts["minute"]) };
    // Only such an offset keeps the local minute for the whole UTC minute (some zones' old offsets had seconds).
    if (Number(parts["second"]) === now.getUTCSeconds()) lastMinute.set(timeZone, local);
    else second = Number(parts["second"]) + (((time % 1000) + 1000) % 1000) / 1000;
  }
  return { date: local.date, minute: local.minute, untilMidnight: Math.max(0, Math.round(((24 * 60 - local.minute) * 60 - second) * 1000)) };
}
