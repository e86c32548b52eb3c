/**
 * Named parts of a pack's regular expressions. A guard or a word list that several patterns need
 * (the words that make an amount a settlement's, a collector's deadline before a date) is written
 * once under `patternParts` and named with `(?&name)` where each pattern uses it, as PCRE names a
 * subpattern. A pack is read with each name written out as its part, in a group of its own
 * (`(?:…)`), so what a pattern matches is what it would match with the part copied in; the loaded
 * pack has no parts left. A name the pack does not define is an error at the pattern that uses it,
 * never a pattern that silently fails to compile or to match.
 */

/** The fields that hold one regular expression (`$defs/pattern` in policy.schema.json). */
export const PATTERN_FIELDS: readonly string[] = ["pattern", "namePattern", "notCreditor", "drop", "names", "except"];

/** The fields that hold a list of regular expressions (`$defs/pattern` items in policy.schema.json). */
export const PATTERN_LIST_FIELDS: readonly string[] = ["patterns", "conditionals", "clauseBreaks", "excuseBreaks", "reportedSpeech", "personal", "sender", "personalAfter", "senderAfter"];

export interface PartProblem {
  messageId: "unknownPart" | "partCycle" | "unusedPart";
  pointer: string;
  data: Record<string, string>;
  severity: "error" | "warning";
}

/**
 * Each `(?&name)` of a pattern: an opening bracket that is neither escaped nor in a character
 * class, then `?&`, the name and the closing bracket. An unclosed one names everything after it.
 */
export function partReferences(pattern: string): Array<{ name: string; index: number; length: number }> {
  const references = [];
  let inClass = false;
  for (let index = 0; index < pattern.length; index++) {
    const char = pattern[index];
    if (char === "\\") index++;
    else if (inClass) inClass = char !== "]";
    else if (char === "[") inClass = true;
    else if (pattern.startsWith("(?&", index)) {
      const close = pattern.indexOf(")", index);
      const end = close === -1 ? pattern.length : close + 1;
      references.push({ name: pattern.slice(index + 3, close === -1 ? end : close), index, length: end - index });
      index = end - 1;
    }
  }
  return references;
}

/**
 * Pack data (as a pack file's YAML reads, or a compiled pack) with every part its patterns name
 * written out and `patternParts` removed; data with no parts and no names comes back as it is.
 * A part may name other parts, but not itself through them. `parts` are the parts written out,
 * for their own check; `unresolved` the pointers of patterns left naming a part (an unknown one,
 * or one in a cycle), each with its problem here: such a pattern does not compile either.
 */
export function withPatternParts<T>(data: T): { data: T; parts?: Record<string, unknown>; problems: PartProblem[]; unresolved: Set<string> } {
  const problems: PartProblem[] = [];
  const unresolved = new Set<string>();
  if (!isObject(data)) return { data, problems, unresolved };
  const { patternParts, ...rest } = data as Record<string, unknown>;
  const written = isObject(patternParts) ? (patternParts as Record<string, unknown>) : {};
  const used = new Set<string>();
  const parts = new Map<string, string | null>();
  const defined = (name: string): boolean => Object.hasOwn(written, name) && typeof written[name] === "string";
  /** A defined part written out, or null when it cannot be (it is in a cycle, or names what cannot be). */
  const part = (name: string, stack: readonly string[]): string | null => {
    const known = parts.get(name);
    if (known !== undefined) return known;
    if (stack.includes(name)) {
      problems.push({ messageId: "partCycle", pointer: partPointer(stack[0]!), data: { cycle: [...stack, name].join(" → ") }, severity: "error" });
      return null;
    }
    const result = expand(written[name] as string, partPointer(name), [...stack, name]);
    parts.set(name, result);
    return result;
  };
  /** A pattern with the parts it names written out; null when one of them cannot be. */
  function expand(pattern: string, pointer: string, stack: readonly string[]): string | null {
    const references = partReferences(pattern);
    if (references.length === 0) return pattern;
    let result = "";
    let from = 0;
    let whole = true;
    for (const { name, index, length } of references) {
      used.add(name);
      if (!defined(name)) problems.push({ messageId: "unknownPart", pointer, data: { name }, severity: "error" });
      const value = defined(name) ? part(name, stack) : null;
      whole &&= value !== null;
      result += pattern.slice(from, index) + (value === null ? pattern.slice(index, index + length) : `(?:${value})`);
      from = index + length;
    }
    if (!whole) unresolved.add(pointer);
    return whole ? result + pattern.slice(from) : null;
  }
  const pattern = (value: string, pointer: string): string => expand(value, pointer, []) ?? value;
  const walk = (value: unknown, pointer: string, key: string | undefined): unknown => {
    if (typeof value === "string") return key !== undefined && PATTERN_FIELDS.includes(key) ? pattern(value, pointer) : value;
    if (Array.isArray(value)) {
      const list = key !== undefined && PATTERN_LIST_FIELDS.includes(key);
      return changedOrSame(value, value.map((item, index) => (list && typeof item === "string" ? pattern(item, `${pointer}/${index}`) : walk(item, `${pointer}/${index}`, undefined))));
    }
    if (!isObject(value)) return value;
    const entries = Object.entries(value as Record<string, unknown>);
    const walked = entries.map(([field, item]) => walk(item, `${pointer}/${pointerKey(field)}`, field));
    return walked.every((item, index) => item === entries[index]![1]) ? value : Object.fromEntries(entries.map(([field], index) => [field, walked[index]]));
  };
  const expanded = walk(rest, "", undefined);
  if (patternParts === undefined) return { data: expanded === rest ? data : (expanded as T), problems, unresolved };
  const checked: Record<string, unknown> = {};
  for (const [name, raw] of Object.entries(written)) {
    if (!used.has(name)) problems.push({ messageId: "unusedPart", pointer: partPointer(name), data: { name }, severity: "warning" });
    const value = defined(name) ? part(name, []) : null;
    checked[name] = value ?? raw;
  }
  return { data: expanded as T, parts: isObject(patternParts) ? checked : (patternParts as Record<string, unknown>), problems, unresolved };
}

function isObject(value: unknown): value is object {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function changedOrSame(before: unknown[], after: unknown[]): unknown[] {
  return after.every((item, index) => item === before[index]) ? before : after;
}

/** Where a part is written in a pack, as a JSON Pointer. */
export function partPointer(name: string): string {
  return `/patternParts/${pointerKey(name)}`;
}

/** A key as a JSON Pointer writes it. */
export function pointerKey(key: string): string {
  return key.replace(/~/gu, "~0").replace(/\//gu, "~1");
}
