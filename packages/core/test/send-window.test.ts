import { describe, expect, it } from "vitest";
import { clampWindow, commonWindow, formatSendWindow, inWindow, overreach, parseSendWindow, windowMinutes, windowWithin, type SendWindow } from "../src/index.js";

const window = (text: string): SendWindow => {
  const parsed = parseSendWindow(text);
  if (!parsed) throw new Error(`not a window: ${text}`);
  return parsed;
};

/** Minutes after local midnight at an instant, read from the platform's time-zone data. */
function localMinute(instant: string, timeZone: string): number {
  const parts = Object.fromEntries(new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", hour: "2-digit", minute: "2-digit" }).formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  return Number(parts["hour"]) * 60 + Number(parts["minute"]);
}

describe("parseSendWindow", () => {
  it("reads HH:MM-HH:MM and 24:00 as the end of the day", () => {
    expect(parseSendWindow("08:00-21:00")).toEqual({ start: 480, end: 1260 });
    expect(parseSendWindow("00:00-24:00")).toEqual({ start: 0, end: 1440 });
    expect(parseSendWindow("21:00-08:00")).toEqual({ start: 1260, end: 480 });
  });

  it("refuses what is not a window", () => {
    for (const text of ["8:00-21:00", "08:00-25:00", "24:00-08:00", "08:00 - 21:00", "09:60-10:00", "", undefined]) expect(parseSendWindow(text)).toBeNull();
  });

  it("writes back what it reads", () => {
    for (const text of ["08:00-21:00", "00:00-24:00", "22:30-07:15"]) expect(formatSendWindow(window(text))).toBe(text);
  });
});

describe("windows across midnight", () => {
  it("are open late in the evening and early in the morning, not in between", () => {
    const night = window("22:00-06:00");
    expect(inWindow(23 * 60, night)).toBe(true);
    expect(inWindow(5 * 60 + 59, night)).toBe(true);
    expect(inWindow(6 * 60, night)).toBe(false);
    expect(inWindow(12 * 60, night)).toBe(false);
    expect(windowMinutes(night)).toBe(8 * 60);
  });

  it("are open from the start up to, not at, the end", () => {
    const day = window("08:00-21:00");
    expect(inWindow(8 * 60, day)).toBe(true);
    expect(inWindow(21 * 60, day)).toBe(false);
    expect(inWindow(23 * 60 + 59, window("08:00-24:00"))).toBe(true);
  });

  it("do not fit in a daytime limit, and are said to run past midnight", () => {
    expect(windowWithin(window("20:00-02:00"), window("08:00-22:00"))).toBe(false);
    expect(overreach(window("20:00-02:00"), window("08:00-22:00"))).toEqual({ pastMidnight: true, startsEarly: false, endsLate: false });
  });

  it("fit in a limit that also runs past midnight and covers them", () => {
    expect(windowWithin(window("23:00-05:00"), window("22:00-06:00"))).toBe(true);
    expect(windowWithin(window("21:00-05:00"), window("22:00-06:00"))).toBe(false);
  });

  it("are cut down to the allowed window by their longest stretch inside it", () => {
    expect(formatSendWindow(clampWindow(window("19:00-09:00"), window("08:00-21:00")))).toBe("19:00-21:00");
    expect(formatSendWindow(clampWindow(window("20:30-12:00"), window("08:00-21:00")))).toBe("08:00-12:00");
  });

  it("are not combined into a common window", () => {
    expect(commonWindow([window("08:00-21:00"), window("22:00-06:00")])).toBeNull();
  });
});

describe("limits", () => {
  it("name the bounds a declared window oversteps", () => {
    expect(overreach(window("07:00-23:00"), window("08:00-22:00"))).toEqual({ pastMidnight: false, startsEarly: true, endsLate: true });
    expect(overreach(window("09:00-23:00"), window("08:00-22:00"))).toEqual({ pastMidnight: false, startsEarly: false, endsLate: true });
  });

  it("combine into the narrowest window all allow, or none when they do not overlap", () => {
    expect(commonWindow([window("08:00-21:00"), window("09:00-22:00")])).toEqual(window("09:00-21:00"));
    expect(commonWindow([window("08:00-10:00"), window("12:00-20:00")])).toBeNull();
    expect(commonWindow([])).toBeNull();
  });

  it("keep a declared window's narrower bound when cutting it down", () => {
    expect(formatSendWindow(clampWindow(window("10:00-23:00"), window("08:00-21:00")))).toBe("10:00-21:00");
  });

  it("refuse a window whose start is its end both ways: never open at send time, outside any limit at lint time", () => {
    const ambiguous = window("09:00-09:00");
    expect(Array.from({ length: 1440 }, (_, minute) => inWindow(minute, ambiguous)).some(Boolean)).toBe(false);
    expect(windowWithin(ambiguous, window("00:00-23:59"))).toBe(false);
  });
});

describe("daylight-saving changes", () => {
  const collection = window("08:00-21:00");

  it("keep the window on the wall clock on the day clocks go forward (America/New_York, 8 March 2026)", () => {
    // 07:30 EST is 12:30 UTC; after the change, 08:00 EDT is 12:00 UTC.
    expect(inWindow(localMinute("2026-03-07T12:30:00Z", "America/New_York"), collection)).toBe(false);
    expect(inWindow(localMinute("2026-03-08T12:00:00Z", "America/New_York"), collection)).toBe(true);
    expect(inWindow(localMinute("2026-03-08T11:59:00Z", "America/New_York"), collection)).toBe(false);
  });

  it("keep the window on the wall clock on the day clocks go back (America/New_York, 1 November 2026)", () => {
    // 20:59 EST is 01:59 UTC the next day; 21:00 EST is 02:00 UTC.
    expect(inWindow(localMinute("2026-11-02T01:59:00Z", "America/New_York"), collection)).toBe(true);
    expect(inWindow(localMinute("2026-11-02T02:00:00Z", "America/New_York"), collection)).toBe(false);
  });

  it("read the repeated hour of a night window once for each time it passes (the hour after 01:00 on 1 November 2026)", () => {
    const night = window("01:00-02:00");
    // 01:30 EDT (05:30 UTC) and 01:30 EST (06:30 UTC) are both 01:30 on the wall clock.
    expect(inWindow(localMinute("2026-11-01T05:30:00Z", "America/New_York"), night)).toBe(true);
    expect(inWindow(localMinute("2026-11-01T06:30:00Z", "America/New_York"), night)).toBe(true);
  });

  it("never open in the skipped hour, which the wall clock never shows (02:00-03:00 on 8 March 2026)", () => {
    const skipped = window("02:00-03:00");
    const minutes = Array.from({ length: 24 * 60 }, (_, index) => localMinute(new Date(Date.UTC(2026, 2, 8, 5) + index * 60_000).toISOString(), "America/New_York"));
    expect(minutes.some((minute) => inWindow(minute, skipped))).toBe(false);
  });
});
