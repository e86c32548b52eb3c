/**
 * SMS encoding and segment counting (3GPP TS 23.038, "GSM 03.38"; TS 23.040 concatenation).
 *
 * A message is sent in the GSM 7-bit default alphabet when every character is in its basic
 * table or its extension table (an extension character takes an escape plus itself: 2
 * septets). One character outside both switches the whole message to UCS-2, where each
 * UTF-16 code unit counts (an emoji outside the BMP counts 2). A single message holds 160
 * septets or 70 code units; a longer one is split into parts of 153 or 67, because each
 * part carries a 6-byte concatenation header. A part never splits an escape sequence or a
 * surrogate pair, so a part may hold one unit less.
 */

export type SmsEncoding = "GSM-7" | "UCS-2";

export interface SmsMeasurement {
  encoding: SmsEncoding;
  /** Septets for GSM-7, UTF-16 code units for UCS-2. */
  length: number;
  segments: number;
  /** Capacity of each segment: 160 or 153 (GSM-7), 70 or 67 (UCS-2). */
  perSegment: number;
}

/** The GSM 03.38 basic character table (0x1B, the escape to the extension table, left out). */
export const GSM7_BASIC =
  "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

/** The GSM 03.38 extension table: each counts two septets. */
export const GSM7_EXTENSION = "\f^{}\\[~]|€";

const BASIC = new Set(GSM7_BASIC);
const EXTENSION = new Set(GSM7_EXTENSION);

const SINGLE = { "GSM-7": 160, "UCS-2": 70 } as const;
const PART = { "GSM-7": 153, "UCS-2": 67 } as const;

/** Septets a character takes in GSM-7, or 0 when it is not in the GSM alphabet. */
export function gsmSeptets(char: string): 0 | 1 | 2 {
  if (BASIC.has(char)) return 1;
  if (EXTENSION.has(char)) return 2;
  return 0;
}

/** The characters that force a text out of GSM-7, with their UTF-16 offsets. */
export function nonGsmCharacters(text: string): Array<{ index: number; char: string }> {
  const found: Array<{ index: number; char: string }> = [];
  let index = 0;
  for (const char of text) {
    if (gsmSeptets(char) === 0) found.push({ index, char });
    index += char.length;
  }
  return found;
}

export interface MeasureOptions {
  /** Measure as UCS-2 even when every character is in GSM-7 (a variable may bring one that is not). */
  forceUcs2?: boolean;
}

export function measureSms(text: string, options: MeasureOptions = {}): SmsMeasurement {
  const units: number[] = [];
  let gsm = !options.forceUcs2;
  for (const char of gsm ? text : "") {
    const septets = gsmSeptets(char);
    if (septets === 0) {
      gsm = false;
      break;
    }
    units.push(septets);
  }
  const encoding: SmsEncoding = gsm ? "GSM-7" : "UCS-2";
  if (!gsm) {
    units.length = 0;
    for (const char of text) units.push(char.length);
  }
  const length = units.reduce((sum, unit) => sum + unit, 0);
  if (length <= SINGLE[encoding]) return { encoding, length, segments: 1, perSegment: SINGLE[encoding] };
  const capacity = PART[encoding];
  let segments = 1;
  let used = 0;
  for (const unit of units) {
    if (used + unit > capacity) {
      segments++;
      used = 0;
    }
    used += unit;
  }
  return { encoding, length, segments, perSegment: capacity };
}
