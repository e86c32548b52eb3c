import { isBlockedKey } from "@tactful/core";
import { RenderError, RenderLimitError, type SaidValue } from "./errors.js";

/**
 * What a render may read and how much work it may do. Templates are rendered by the interpreter
 * in `interpret.ts` from the AST the safety gate checked; these are the rules its values follow:
 *
 * - a lookup returns only a value's own data: no inherited keys, no keys that reach
 *   constructors or prototypes, no functions; on a string, only its characters and length;
 * - lists and dictionaries a template builds have no prototype, and nothing is ever called
 *   but the allow-listed filters and tests;
 * - every unit of work is charged to a budget before it is done: no string may grow past the
 *   output limit, no list or dictionary past as many elements, no render past its time limit.
 */

/** A `render-failed` error: a reason (said in the reader's locale, or a filter's own words), and where in the template. */
export function renderFailed(reason: SaidValue, at?: { line: number; column: number }): RenderError {
  return new RenderError("render-failed", at ? { id: "renderFailedAt", data: { ...at, reason } } : { id: "renderFailed", data: { reason } });
}

export interface Limits {
  /** Milliseconds a render may take. */
  timeoutMs: number;
  /** Characters a render may produce; also the longest string and the most elements a value built by the template may have. */
  maxOutput: number;
}

export const DEFAULT_LIMITS: Limits = { timeoutMs: 200, maxOutput: 100_000 };

/** Units of work between two looks at the clock. */
const CHECK_EVERY = 1024;

/** Deepest list a render prints (a list holding itself would never end). */
const MAX_PRINT_DEPTH = 256;

/** The work and output of one render. */
export class Budget {
  #units = 0;
  #next = CHECK_EVERY;
  #output = 0;
  readonly #deadline: number;
  readonly max: number;

  constructor(limits: Limits) {
    this.#deadline = Date.now() + limits.timeoutMs;
    this.max = limits.maxOutput;
  }

  charge(units: number): void {
    this.#units += units;
    if (this.#units < this.#next) return;
    this.#next = this.#units + CHECK_EVERY;
    if (Date.now() > this.#deadline) throw new RenderLimitError("time", { id: "time" });
  }

  /** Work over `length` characters or elements. */
  chargeFor(length: number): void {
    this.charge(1 + (length >>> 6));
  }

  /** Called before a string of `length` characters is built or worked on. */
  checkLength(length: number): void {
    if (length > this.max) throw new RenderLimitError("output", { id: "longValue", data: { max: this.max } });
  }

  /** Called before a list or dictionary of `size` elements (counted through the lists it holds) is built. */
  checkSize(size: number): void {
    if (size > this.max) throw new RenderLimitError("output", { id: "largeValue", data: { max: this.max } });
  }

  /** Called before `length` characters are added to the output. */
  emit(length: number): void {
    this.#output += length;
    if (this.#output > this.max) throw new RenderLimitError("output", { id: "output", data: { max: this.max } });
    this.charge(1 + (length >>> 6));
  }
}

/** `object[key]`, reading only own data. */
export function lookup(object: unknown, key: string | number): unknown {
  if (object === null || object === undefined) return undefined;
  const name = String(key);
  if (isBlockedKey(name)) return undefined;
  if (typeof object === "string") return /^\d+$/.test(name) || name === "length" ? (object as unknown as Record<string, unknown>)[name] : undefined;
  if (typeof object !== "object" || !Object.prototype.hasOwnProperty.call(object, name)) return undefined;
  const value = (object as Record<string, unknown>)[name];
  return typeof value === "function" ? undefined : value;
}

export function isObject(value: unknown): value is object {
  return typeof value === "object" && value !== null;
}

/** A value as text, as JavaScript's `String` gives it for data (a list joined with commas; null and undefined empty). */
export function toText(value: unknown, budget: Budget, depth = 0): string {
  switch (typeof value) {
    case "string":
      return value;
    case "number":
    case "boolean":
    case "bigint":
      return String(value);
    case "undefined":
      return "";
    case "object": {
      if (value === null) return "";
      if (!Array.isArray(value)) return "[object Object]";
      if (depth > MAX_PRINT_DEPTH) throw renderFailed({ id: "deepList" });
      budget.charge(1 + value.length);
      let text = "";
      for (let index = 0; index < value.length; index++) {
        const item: unknown = value[index];
        const part = item === null || item === undefined ? "" : toText(item, budget, depth + 1);
        const separator = index === 0 ? 0 : 1;
        budget.checkLength(text.length + separator + part.length);
        text = separator ? `${text},${part}` : text + part;
      }
      return text;
    }
    default:
      throw renderFailed({ id: "notText" });
  }
}

/** The primitive JavaScript's operators would use for a value (ToPrimitive), without running any code of the value. */
export function primitive(value: unknown, budget: Budget): unknown {
  if (typeof value === "function" || typeof value === "symbol") throw renderFailed({ id: "notOperand" });
  // An operator may read all of a string (a number is parsed from all its digits): charged by its length.
  if (typeof value === "string") budget.chargeFor(value.length);
  return isObject(value) ? toText(value, budget) : value;
}
