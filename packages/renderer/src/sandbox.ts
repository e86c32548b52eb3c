import nunjucks from "nunjucks";
import { isBlockedKey, type Filter } from "@tactful/core";
import { RenderLimitError } from "./errors.js";

/**
 * The runtime layers of the sandbox. Nunjucks is not a sandbox: `runtime.memberLookup` returns
 * `obj[key]` and binds functions, so `"".constructor.constructor(…)` reaches `Function`. The
 * static gate (core's `checkSafety`) refuses such templates before they are compiled; these
 * patches make the runtime refuse them too, for every template including precompiled ones
 * (the `runtime` object is what compiled code receives):
 *
 * - a lookup returns only a value's own data: no inherited keys, no keys that reach
 *   constructors or prototypes, no functions; on a string, only its characters and length;
 * - a variable lookup reads only the template's own data;
 * - calls are refused;
 * - `set` writes only into the template's own variables: nunjucks splits a name on its dots and
 *   walks into whatever it finds, so `{% set "a.__proto__.x" = 1 %}` would write into
 *   `Object.prototype` and `{% set "u.name" = 1 %}` into the caller's data;
 * - while a render has a budget, every value stored by `set` and every output is measured,
 *   and the render stops when it produces too much or takes too long.
 */

interface Budget {
  deadline: number;
  maxOutput: number;
  output: number;
  operations: number;
  /** How outputs are escaped when the environment autoescapes (Markdown for email bodies). */
  escape: ((text: string) => string) | undefined;
}

type Runtime = {
  memberLookup(obj: unknown, key: unknown): unknown;
  callWrap(obj: unknown, name: string, context: unknown, args: unknown[]): unknown;
  suppressValue(value: unknown, autoescape: boolean): unknown;
  contextOrFrameLookup(context: { ctx: Record<string, unknown> }, frame: { lookup(name: string): unknown }, name: string): unknown;
  Frame: { prototype: { set(this: Frame, name: string, value: unknown, resolveUp?: boolean): void } };
};

interface Frame {
  variables: Record<string, unknown>;
  resolve(name: string, forWrite: boolean): Frame | undefined;
  set(name: string, value: unknown, resolveUp?: boolean): void;
}

/**
 * The sandbox's state lives on nunjucks' runtime object, which every copy of this module in a
 * process shares (the patches are installed once): a render's budget set by one copy is the
 * one the patches read, and limit errors are of the class of the copy that loaded last.
 */
interface SandboxState {
  active: Budget | null;
  limitError(limit: "time" | "output", message: string): Error;
}

const runtime = (nunjucks as unknown as { runtime: Runtime & { tactfulSandbox?: SandboxState } }).runtime;
const firstLoad = runtime.tactfulSandbox === undefined;
const state: SandboxState = (runtime.tactfulSandbox ??= { active: null, limitError: (limit, message) => new RenderLimitError(limit, message) });
state.limitError = (limit, message) => new RenderLimitError(limit, message);

const hasOwn = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);

function tick(budget: Budget): void {
  budget.operations += 1;
  if ((budget.operations & 0xff) === 0 && Date.now() > budget.deadline) throw state.limitError("time", "rendering took longer than the time limit");
}

function install(): void {
  runtime.memberLookup = (obj, key) => {
    if (obj === null || obj === undefined) return undefined;
    const name = String(key);
    if (isBlockedKey(name)) return undefined;
    if (typeof obj === "string") return /^\d+$/.test(name) || name === "length" ? (obj as unknown as Record<string, unknown>)[name] : undefined;
    if (typeof obj !== "object" || !hasOwn(obj, name)) return undefined;
    const value = (obj as Record<string, unknown>)[name];
    return typeof value === "function" ? undefined : value;
  };

  runtime.callWrap = (_obj, name) => {
    throw new Error(`calls are not allowed in templates (\`${name}\`)`);
  };

  runtime.contextOrFrameLookup = (context, frame, name) => {
    const local = frame.lookup(name);
    if (local !== undefined) return local;
    if (isBlockedKey(name) || !hasOwn(context.ctx, name)) return undefined;
    const value = context.ctx[name];
    return typeof value === "function" ? undefined : value;
  };

  const suppressValue = runtime.suppressValue;
  runtime.suppressValue = (value, autoescape) => {
    const budget = state.active;
    if (!budget) return suppressValue(value, autoescape);
    // A function (from a filter, or data) would print its source: it is nothing a message shows.
    if (typeof value === "function") throw new Error("a function cannot be output");
    const text = value === null || value === undefined ? "" : String(value);
    const shown = autoescape && budget.escape ? budget.escape(text) : String(suppressValue(text, autoescape));
    budget.output += shown.length;
    if (budget.output > budget.maxOutput) throw state.limitError("output", `the output exceeds ${budget.maxOutput} characters`);
    tick(budget);
    return shown;
  };

  // Objects that `set` made for a dotted name (`loop.index`): the only ones it walks into.
  const madeBySet = new WeakSet<object>();
  runtime.Frame.prototype.set = function (name, value, resolveUp) {
    const budget = state.active;
    if (budget) {
      // `{% set s = s ~ s %}` doubles a value each time: stop a value before it outgrows the output.
      if (typeof value === "string" && value.length > budget.maxOutput) throw state.limitError("output", `a value set in the template exceeds ${budget.maxOutput} characters`);
      tick(budget);
    }
    const parts = name.split(".");
    if (parts.some(isBlockedKey)) throw new Error(`\`${name}\` cannot be set: it reaches the runtime, not data`);
    const frame = resolveUp ? this.resolve(parts[0]!, true) : undefined;
    if (frame) {
      frame.set(name, value);
      return;
    }
    let target = this.variables;
    for (const part of parts.slice(0, -1)) {
      let next = hasOwn(target, part) ? target[part] : undefined;
      if (typeof next !== "object" || next === null || !madeBySet.has(next)) {
        next = Object.create(null) as Record<string, unknown>;
        madeBySet.add(next as object);
        target[part] = next;
      }
      target = next as Record<string, unknown>;
    }
    target[parts[parts.length - 1]!] = value;
  };
}

if (firstLoad) install();

export interface Limits {
  /** Milliseconds a render may take. */
  timeoutMs: number;
  /** Characters a render may produce, and the longest value a `set` may hold. */
  maxOutput: number;
}

export const DEFAULT_LIMITS: Limits = { timeoutMs: 200, maxOutput: 100_000 };

/** Runs a synchronous render under a budget; nested budgets are restored. */
export function withinLimits<T>(limits: Limits, escape: ((text: string) => string) | undefined, render: () => T): T {
  const previous = state.active;
  state.active = { deadline: Date.now() + limits.timeoutMs, maxOutput: limits.maxOutput, output: 0, operations: 0, escape };
  try {
    return render();
  } finally {
    state.active = previous;
  }
}

/** An environment with no globals and only the given filters; `autoescape` applies the budget's escape. */
export function createEnvironment(filters: Readonly<Record<string, Filter>>, autoescape: boolean): nunjucks.Environment {
  // `dev` keeps the error a render threw as the `cause` of nunjucks' error, so limits and
  // refusals reach the caller as themselves (there is no loader, so nothing is cached either way).
  const environment = new nunjucks.Environment([], { autoescape, throwOnUndefined: false, dev: true });
  const internals = environment as unknown as { globals: Record<string, unknown>; filters: Record<string, unknown> };
  for (const name of Object.keys(internals.globals)) delete internals.globals[name];
  for (const name of Object.keys(internals.filters)) delete internals.filters[name];
  for (const [name, filter] of Object.entries(filters)) environment.addFilter(name, filter);
  return environment;
}
