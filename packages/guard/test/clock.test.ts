import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { localTime } from "../src/clock.js";

const ZONES = ["Asia/Shanghai", "America/New_York", "America/Los_Angeles", "Europe/London", "Asia/Kolkata", "Asia/Kathmandu", "Australia/Lord_Howe", "Africa/Monrovia", "America/St_Johns", "Pacific/Chatham"];

/** The local time read straight from Intl, every time: what the remembered minute must agree with. */
function reference(now: Date, timeZone: string): { date: string; minute: number; untilMidnight: number } {
  const parts: Record<string, string> = {};
  const format = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" });
  for (const part of format.formatToParts(now)) parts[part.type] = part.value;
  const minute = Number(parts["hour"]) * 60 + Number(parts["minute"]);
  const second = Number(parts["second"]) + (((now.getTime() % 1000) + 1000) % 1000) / 1000;
  return { date: `${parts["year"]}-${parts["month"]}-${parts["day"]}`, minute, untilMidnight: Math.max(0, Math.round(((24 * 60 - minute) * 60 - second) * 1000)) };
}

describe("localTime", () => {
  it("agrees with Intl for any instant and zone, also when a minute's reading is reused", () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }), fc.integer({ min: 0, max: 59_999 }), fc.constantFrom(...ZONES), (instant, later, timeZone) => {
        const first = new Date(instant);
        // A second reading in the same UTC minute, after the first.
        const minuteStart = Math.floor(instant / 60_000) * 60_000;
        const second = new Date(minuteStart + Math.max(later, instant - minuteStart));
        expect(localTime(first, timeZone)).toEqual(reference(first, timeZone));
        expect(localTime(second, timeZone)).toEqual(reference(second, timeZone));
      }),
      { numRuns: 2000 },
    );
  });
});
