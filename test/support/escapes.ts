import { randomUUID } from "node:crypto";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "vitest";

/**
 * Known ways out of a Nunjucks template, aimed at a sentinel: a secret in an environment
 * variable and in a file, and a file that must never be created. A payload that escaped would
 * print the secret, or create the file, or pollute `Object.prototype`; the suites that use
 * these run them through the renderer, `tactful lint` and `tactful render`, and the language
 * server's preview, and check that none of that happens.
 */
export interface Sentinel {
  /** The secret, in `process.env[envName]` (inherited by the processes a test starts) and in `secretFile`. */
  secret: string;
  envName: string;
  secretFile: string;
  /** A file the payloads try to create. */
  canary: string;
  /** The directory of both files; removed by `remove`. */
  directory: string;
  remove(): void;
}

export const POLLUTION_KEY = "tactfulPolluted";

export function plantSentinel(): Sentinel {
  const directory = mkdtempSync(join(tmpdir(), "tactful-sentinel-"));
  const secret = `sentinel-${randomUUID()}`;
  const envName = "TACTFUL_SANDBOX_SENTINEL";
  const secretFile = join(directory, "secret.txt");
  writeFileSync(secretFile, secret);
  process.env[envName] = secret;
  return {
    secret,
    envName,
    secretFile,
    canary: join(directory, "canary"),
    directory,
    remove: () => {
      delete process.env[envName];
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

/** Nothing leaked: no output holds the secret, the canary does not exist, and no prototype was written to. */
export function expectNothingEscaped(sentinel: Sentinel, outputs: readonly string[]): void {
  for (const output of outputs) expect(output).not.toContain(sentinel.secret);
  expect(existsSync(sentinel.canary)).toBe(false);
  expect(({} as Record<string, unknown>)[POLLUTION_KEY]).toBeUndefined();
  expect(typeof Object.prototype.hasOwnProperty.call).toBe("function");
}

/**
 * Undoes what an escape left behind, so that a property test's next case (and its shrinking)
 * is judged on its own.
 */
export function clearTraces(sentinel: Sentinel): void {
  rmSync(sentinel.canary, { force: true });
  delete (Object.prototype as Record<string, unknown>)[POLLUTION_KEY];
}

/**
 * Template bodies that try to escape, for a template whose variables are `user` (an object
 * with a `name`) and `items` (a list). Each names the technique it uses.
 */
export function escapePayloads(sentinel: Sentinel): Array<[string, string]> {
  const env = `process.env.${sentinel.envName}`;
  const file = JSON.stringify(sentinel.secretFile);
  const canary = sentinel.canary.replace(/\\/g, "/");
  const read = `return process.getBuiltinModule('fs').readFileSync('${sentinel.secretFile.replace(/\\/g, "/")}', 'utf8')`;
  const write = `process.getBuiltinModule('fs').writeFileSync('${canary}', 'escaped')`;
  const spawn = `process.getBuiltinModule('child_process').execSync('touch ${canary}')`;
  return [
    // Constructor chains from the globals nunjucks defines, and from the values a template has.
    ["range global", `{{ range.constructor("return ${env}")() }}`],
    ["cycler global", `{{ cycler.constructor("return ${env}")() }}{{ cycler(1).next.constructor("${write}")() }}`],
    ["joiner global", `{{ joiner.constructor("return ${env}")() }}{{ joiner()() }}`],
    ["lipsum global", `{{ lipsum.constructor("${write}")() }}`],
    ["loop object", `{% for x in items %}{{ loop.constructor.constructor("return ${env}")() }}{{ loop.index.constructor.constructor("${write}")() }}{% endfor %}`],
    ["loop variable", `{% for x in items %}{{ x.constructor.constructor("return ${env}")() }}{% endfor %}`],
    ["caller of a call block", `{% macro m() %}{{ caller.constructor.constructor("return ${env}")() }}{% endmacro %}{% call m() %}x{% endcall %}`],
    ["macro as a function", `{% macro m() %}x{% endmacro %}{{ m.constructor("return ${env}")() }}`],
    ["string literal", `{{ "".constructor.constructor("return ${env}")() }}`],
    ["array literal", `{{ [].constructor.constructor("${write}")() }}`],
    ["object literal", `{{ ({}).constructor.constructor("${read}")() }}`],
    ["number literal", `{{ (1).constructor.constructor("${spawn}")() }}`],
    ["data value", `{{ user.name.constructor.constructor("return ${env}")() }}`],
    // Prototypes.
    ["__proto__ of data", `{{ user.__proto__.constructor.constructor("return ${env}")() }}`],
    ["bracketed __proto__", `{{ user["__proto__"]["constructor"]["constructor"]("${read}")() }}`],
    ["constructor.prototype", `{{ user.constructor.prototype.toString.constructor("return ${env}")() }}`],
    ["__defineGetter__", `{{ user.__defineGetter__("name", user.constructor.constructor("return ${env}")) }}{{ user.name }}`],
    ["__lookupGetter__", `{{ user.__lookupGetter__("__proto__") }}`],
    // `set` into prototypes and into the runtime.
    ["set through __proto__", `{% set "x.__proto__.${POLLUTION_KEY}" = "yes" %}{{ ({}).${POLLUTION_KEY} }}`],
    ["set through constructor.prototype", `{% set "x.constructor.prototype.${POLLUTION_KEY}" = "yes" %}x`],
    ["set over a builtin method", `{% set "x.hasOwnProperty.call" = 1 %}x`],
    ["set __proto__", `{% set __proto__ = user %}{{ __proto__ }}`],
    ["set constructor", `{% set constructor = "x" %}{{ constructor }}`],
    ["for over __proto__", `{% for __proto__ in items %}{% endfor %}{{ ({}).${POLLUTION_KEY} }}`],
    // Keys built at render time, and string-escape tricks the lexer undoes.
    ["key built with set", `{% set k = "constr" + "uctor" %}{{ ""[k][k]("return ${env}")() }}`],
    ["key built with ~", `{{ ""["constr" ~ "uctor"]["constr" ~ "uctor"]("${write}")() }}`],
    ["key with a needless escape", `{{ ""["con\\structor"]["con\\structor"]("return ${env}")() }}`],
    ["key with a hex escape", `{{ ""["\\x63onstructor"]["\\x63onstructor"]("return ${env}")() }}`],
    ["key from a filter", `{{ ""["CONSTRUCTOR" | lower]["CONSTRUCTOR" | lower]("return ${env}")() }}`],
    ["key from data", `{{ ""[user.name][user.name]("return ${env}")() }}`],
    // Filters that return functions or run code.
    ["filter result called", `{{ ("x" | mask).constructor.constructor("return ${env}")() }}`],
    ["filter applied to a function", `{{ range | mask }}{{ (range | mask)("return ${env}") }}`],
    ["filter block", `{% filter mask %}{{ "".constructor.constructor("return ${env}")() }}{% endfilter %}`],
    ["dump of the context", `{{ user | dump }}`],
    // Files.
    ["include a file", `{% include ${file} %}`],
    ["include a relative path", `{% include "../../../../../../../..${sentinel.secretFile.replace(/\\/g, "/")}" %}`],
    ["import a file", `{% import ${file} as secret %}{{ secret }}`],
    ["from-import a file", `{% from ${file} import secret %}{{ secret }}`],
    ["extends a file", `{% extends ${file} %}`],
    ["include a computed path", `{% include user.name ~ ${file} %}`],
    // The process, its globals and its modules by name.
    ["process", `{{ process.env.${sentinel.envName} }}`],
    ["global", `{{ global.process.env.${sentinel.envName} }}`],
    ["globalThis", `{{ globalThis.process.env.${sentinel.envName} }}`],
    ["require", `{{ require("fs").readFileSync(${file}) }}`],
    ["require child_process", `{{ require("child_process").execSync("touch ${canary}") }}`],
    ["this", `{{ this.env }}{{ this.ctx }}`],
    ["environment internals", `{{ env.globals }}{{ ctx }}{{ frame }}{{ runtime }}`],
    ["regular expression literal", `{{ r/x/.constructor.constructor("return ${env}")() }}`],
    // Exhaustion.
    ["doubling a value", `{% set s = "0123456789" %}${"{% set s = s ~ s %}".repeat(30)}{{ s }}`],
  ];
}

/** Data values that hold template code: rendered, they must come out as the text they are. */
export function injectedValues(sentinel: Sentinel): string[] {
  const env = `process.env.${sentinel.envName}`;
  return [
    `{{ "".constructor.constructor("return ${env}")() }}`,
    `{{ range.constructor("process.getBuiltinModule('fs').writeFileSync('${sentinel.canary.replace(/\\/g, "/")}', 'escaped')")() }}`,
    `{% include ${JSON.stringify(sentinel.secretFile)} %}`,
    `{{ ${env} }}`,
    `\${${env}}`,
  ];
}

/**
 * A valid SMS template with the given body, `user` and `items` variables, and examples (with
 * enum values) whose data holds the given values.
 */
export function escapeTemplate(id: string, body: string, values: readonly string[] = ["Jane"]): string {
  const quoted = values.map((value) => JSON.stringify(value));
  return `---
id: ${id}
version: 1
channel: sms
locale: en-US
category: transactional
audience: customer
sender: { name: Example Lending, role: creditor }
variables:
  user: { type: object, properties: { name: { type: string, enum: [${quoted.join(", ")}] } }, example: { name: ${quoted[0]} } }
  items: { type: array, items: { type: string, enum: [${quoted.join(", ")}] }, example: [${quoted.join(", ")}] }
examples:
${quoted.map((value, index) => `  - { name: value-${index}, data: { user: { name: ${value} }, items: [${value}] } }`).join("\n")}
---
Example Lending: ${body}
`;
}

/**
 * JavaScript that, if it ever ran, would leave a trace `expectNothingEscaped` sees: it creates
 * the canary file and writes the secret into `Object.prototype`.
 */
function traceCode(sentinel: Sentinel): string {
  return `process.getBuiltinModule("fs").writeFileSync(${JSON.stringify(sentinel.canary)},"escaped"),Object.prototype.${POLLUTION_KEY}=process.env.${sentinel.envName}`;
}

/**
 * The trace code as a name nunjucks reads as one symbol (no spaces or delimiters): it breaks
 * out of the string nunjucks pastes the name into, and `Function` tagged with a template literal
 * builds and calls a function from escaped text.
 */
function symbolPayload(sentinel: Sentinel): string {
  const escaped = [...traceCode(sentinel)].map((character) => (/[A-Za-z0-9]/.test(character) ? character : `\\x${character.charCodeAt(0).toString(16).padStart(2, "0")}`)).join("");
  return `a"&&Function\`${escaped}\`\`\`&&"b`;
}

/** The trace code as a nunjucks string literal that breaks out of a `call("…")` nunjucks generates: `call("name"),(code),call("name")`. */
function stringPayload(sentinel: Sentinel, name: string, call: string): string {
  return `'${name}"),(${traceCode(sentinel)}),${call}("${name}'`;
}

/**
 * Names that nunjucks 3.2.4 pastes into the JavaScript it generates, each carrying code: test
 * names, loop and `set` targets, variables, filter names, macro, call and block names, keyword
 * names, keys. Each is a template fragment; `injectionPlacements` puts it in body, branches,
 * subject and title.
 */
export function injectionPayloads(sentinel: Sentinel): Array<[string, string]> {
  const symbol = symbolPayload(sentinel);
  return [
    ["test name (string)", `{{ 1 is ${stringPayload(sentinel, "defined", "env.getTest")} }}`],
    ["test name (string) in a condition", `{% if 1 is ${stringPayload(sentinel, "defined", "env.getTest")} %}x{% endif %}`],
    ["test name (symbol)", `{{ 1 is ${symbol} }}`],
    ["test name with arguments", `{{ 1 is ${symbol}(2) }}`],
    ["loop target (string, over a dictionary)", `{% for k, ${stringPayload(sentinel, "x", "frame.set")} in user %}{% endfor %}`],
    ["loop target (symbol)", `{% for ${symbol} in [1] %}{% endfor %}`],
    ["second loop target (symbol)", `{% for k, ${symbol} in user %}{% endfor %}`],
    ["set target (string)", `{% set ${stringPayload(sentinel, "x", "frame.set")} = 1 %}`],
    ["set target (symbol)", `{% set ${symbol} = 1 %}`],
    ["capture set target (symbol)", `{% set ${symbol} %}x{% endset %}`],
    ["second set target (symbol)", `{% set x, ${symbol} = 1 %}`],
    ["variable (symbol)", `{{ ${symbol} }}`],
    ["filter name (symbol)", `{{ 1 | ${symbol} }}`],
    ["filter name with arguments", `{{ 1 | ${symbol}(2) }}`],
    ["keyword argument name", `{{ 1 | money(${symbol}=1) }}`],
    ["dictionary key", `{{ { ${stringPayload(sentinel, "x", "frame.set")}: 1 } }}`],
    ["key after a dot", `{{ user.${symbol} }}`],
    ["macro name", `{% macro ${symbol}() %}x{% endmacro %}`],
    ["macro argument", `{% macro m(${symbol}) %}x{% endmacro %}{{ m(1) }}`],
    ["call block", `{% call ${symbol}() %}x{% endcall %}`],
    ["block name", `{% block ${symbol} %}x{% endblock %}`],
    ["import target", `{% import "x" as ${symbol} %}`],
    ["from-import name", `{% from "x" import ${symbol} %}`],
  ];
}

/**
 * Names as an attacker writes them: plain, with quotes, backticks, backslashes, `;`, `&`,
 * newlines, and the working payloads above, as symbols and as string literals.
 */
export function hostileNames(sentinel: Sentinel): string[] {
  return ["x", "user", "loop", "items", "__proto__", "constructor", 'a"b', "a'b", "a`b", "a\\b", "a;b", "a&b", "a\nb", "a$b", "a\u2028b", symbolPayload(sentinel)];
}

/** String literals that break out of the strings nunjucks generates, as a name would be written in quotes. */
export function hostileStrings(sentinel: Sentinel): string[] {
  return [stringPayload(sentinel, "defined", "env.getTest"), stringPayload(sentinel, "x", "frame.set"), `'x.__proto__.${POLLUTION_KEY}'`, `"a\\"b"`, "'`'"];
}

/** Where a fragment can sit: the body, a branch, a loop body; subject and title are separate templates. */
export const INJECTION_PLACES = ["body", "if branch", "else branch", "loop body"] as const;

export function placeInjection(fragment: string, place: (typeof INJECTION_PLACES)[number]): string {
  switch (place) {
    case "body":
      return fragment;
    case "if branch":
      return `{% if user %}${fragment}{% endif %}`;
    case "else branch":
      return `{% if not user %}x{% else %}${fragment}{% endif %}`;
    case "loop body":
      return `{% for item in items %}${fragment}{% endfor %}`;
  }
}

/** An email (with the fragment in its subject) or a push notification (in its title) with `user` and `items`. */
export function injectionHeaderTemplate(id: string, field: "subject" | "title", fragment: string): string {
  const channel = field === "subject" ? "email" : "push";
  return `---
id: ${id}
version: 1
channel: ${channel}
locale: en-US
category: transactional
audience: customer
sender: { name: Example Lending, role: creditor }
${field}: ${JSON.stringify(`Notice ${fragment}`)}
variables:
  user: { type: object, properties: { name: { type: string, enum: [Jane] } }, example: { name: Jane } }
  items: { type: array, items: { type: string, enum: [Jane] }, example: [Jane] }
---
Example Lending: your statement is ready.
`;
}
