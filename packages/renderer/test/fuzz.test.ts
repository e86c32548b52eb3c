import { compileTemplate, examplesOf, RenderError, type CompiledTemplate, type Message } from "@tactful/renderer";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { clearTraces, escapeTemplate, expectNothingEscaped, hostileNames, hostileStrings, plantSentinel } from "../../../test/support/escapes.js";
import { checkProperty, describeInput, INTERNAL_FAILURE, runs, suiteTimeout } from "../../../test/support/fuzz.js";
import { mutatedTemplate, SEEDS, TAGS, tokenSoup } from "../../../test/support/inputs.js";

/**
 * The renderer on hostile templates and hostile data: compiling ends in a compiled template or
 * a RenderError, and rendering in a message or a RenderError, never another exception, never a
 * hang (the render's time and output limits stop runaway templates; the harness's watchdog
 * catches anything they miss).
 */

/** Compiling and rendering a case costs about 5 times parsing one. */
const RENDER_RUNS = runs(5, 10);

/** The library's templates: each compiles, so each case starts from a template that renders. */
const LIBRARY = SEEDS.filter((seed) => seed.name.startsWith("templates/"));
const COMPILED = LIBRARY.map((seed) => compileTemplate(seed.text, { filePath: seed.name }));

function expectRenderError(error: unknown, input: unknown): void {
  if (!(error instanceof RenderError)) {
    throw new Error(`an unexpected ${error instanceof Error ? error.name : typeof error}: ${String(error instanceof Error ? error.stack : error)}\nInput: ${describeInput(input, 500)}`);
  }
  expect(error.message.length).toBeGreaterThan(0);
  expect(error.message).not.toMatch(INTERNAL_FAILURE);
}

function expectMessage(message: Message, channel: CompiledTemplate["channel"]): void {
  expect(message.channel).toBe(channel);
  const texts = message.channel === "sms" ? [message.text] : message.channel === "push" ? [message.title, message.body] : [message.subject, message.html, message.text];
  for (const text of texts) expect(typeof text).toBe("string");
}

/** Compiles a template and renders it with its examples and the given data; every outcome must be a message or a RenderError. */
function compileAndRender(text: string, data: readonly unknown[]): void {
  let compiled: CompiledTemplate;
  try {
    compiled = compileTemplate(text);
  } catch (error) {
    expectRenderError(error, text);
    return;
  }
  for (const input of [...examplesOf(compiled).map((example) => example.data), ...data]) {
    try {
      expectMessage(compiled.render(input), compiled.channel);
    } catch (error) {
      expectRenderError(error, { text, input });
    }
  }
}

/** Values data may hold: JSON, strings that look like template code, long and exotic strings, deep and odd objects. */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(
    "{{ 7 * 7 }}",
    '{% for x in range(1000000) %}{% endfor %}',
    '{{ "".constructor.constructor("return process")() }}',
    "__proto__",
    "constructor",
    "x".repeat(200_000),
    "😀".repeat(5000),
    "\u0000\uD800\u202E",
    -0,
    Number.MAX_VALUE,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    -1e21,
    1e-7,
    9007199254740993n,
    new Date(Number.NaN),
    new Date(0),
    "2026-02-30",
    Symbol("s"),
    () => "function",
    JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}') as unknown,
    Object.create(null) as unknown,
    Array.from({ length: 10_000 }, (_, index) => index),
    new Map([["a", 1]]),
    new Uint8Array(4),
  ),
  fc.anything({ maxDepth: 2, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withNullPrototype: true, withObjectString: true, withBoxedValues: true, withSparseArray: true }),
);

/** A deeply nested value: data is not bounded by the parser's limits. */
const deepValue = fc.nat({ max: 5000 }).map((depth) => {
  let value: unknown = "bottom";
  for (let level = 0; level < depth; level++) value = level % 2 === 0 ? [value] : { name: value };
  return value;
});

/** A template's example data with values replaced, added or removed, or data that is not an object at all. */
function hostileData(compiled: CompiledTemplate): fc.Arbitrary<unknown> {
  const base = examplesOf(compiled).map((example) => example.data);
  const names = [...compiled.document.variables.keys(), "__proto__", "constructor", "extra"];
  const changed = fc
    .record({
      example: fc.constantFrom(...base),
      changes: fc.array(fc.tuple(fc.constantFrom(...names), fc.option(fc.oneof(hostileValue, deepValue), { nil: undefined })), { maxLength: 4 }),
    })
    .map(({ example, changes }) => {
      const data: Record<string, unknown> = { ...example };
      for (const [name, value] of changes) {
        if (value === undefined) delete data[name];
        else Object.defineProperty(data, name, { value, enumerable: true, configurable: true, writable: true });
      }
      return data;
    });
  return fc.oneof({ weight: 4, arbitrary: changed }, { weight: 1, arbitrary: hostileValue });
}

/** A library template and data for it. */
const libraryCase = fc.nat({ max: COMPILED.length - 1 }).chain((index) => hostileData(COMPILED[index]!).map((data) => ({ index, data })));

describe("rendering hostile data", () => {
  it("the library's templates render data that fits or refuse it with a RenderError", { timeout: suiteTimeout(RENDER_RUNS) }, () => {
    checkProperty(
      "render hostile data",
      libraryCase,
      ({ index, data }) => {
        const compiled = COMPILED[index]!;
        try {
          expectMessage(compiled.render(data), compiled.channel);
        } catch (error) {
          expectRenderError(error, { template: LIBRARY[index]!.name, data });
        }
      },
      RENDER_RUNS,
    );
  });
});

describe("rendering hostile templates", () => {
  it("mutated templates of the library and the fixtures compile and render, or fail with a RenderError", { timeout: suiteTimeout(RENDER_RUNS) }, () => {
    checkProperty(
      "compile and render mutated templates",
      fc.record({ template: mutatedTemplate, data: fc.array(hostileValue, { maxLength: 2 }) }),
      ({ template, data }) => compileAndRender(template.text, data),
      RENDER_RUNS,
    );
  });

  it("template code inserted into the library's bodies compiles and renders, or fails with a RenderError", { timeout: suiteTimeout(RENDER_RUNS) }, () => {
    const heads = LIBRARY.map((seed) => seed.text.slice(0, seed.text.indexOf("\n---", 3) + 5));
    checkProperty(
      "compile and render token soup",
      fc.record({ head: fc.constantFrom(...heads), body: fc.oneof(tokenSoup, fc.array(fc.constantFrom(...TAGS), { maxLength: 12 }).map((tags) => tags.join("x"))) }),
      ({ head, body }) => compileAndRender(head + body, []),
      RENDER_RUNS,
    );
  });
});

/**
 * Templates from the whole nunjucks grammar (every tag, every expression form) with names
 * drawn from hostile strings: the gate refuses each, or rendering it never reveals the secret
 * in the environment or in a file, never creates a file and never changes `Object.prototype`.
 */
describe("templates from the whole nunjucks grammar, with hostile names", () => {
  const sentinel = plantSentinel();
  afterAll(() => sentinel.remove());
  const name = fc.constantFrom(...hostileNames(sentinel));
  const string = fc.constantFrom(...hostileStrings(sentinel), '"x"', "'y'", JSON.stringify(sentinel.secretFile));
  const { expression } = fc.letrec<{ expression: string }>((tie) => ({
    expression: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      name,
      string,
      fc.constantFrom("1", "2.5", "true", "none", "r/x/g", "[]", "{}"),
      fc.tuple(tie("expression"), name).map(([object, key]) => `${object}.${key}`),
      fc.tuple(tie("expression"), tie("expression")).map(([object, key]) => `${object}[${key}]`),
      fc.tuple(tie("expression"), fc.array(tie("expression"), { maxLength: 2 })).map(([callee, args]) => `${callee}(${args.join(", ")})`),
      fc.tuple(tie("expression"), fc.oneof(name, string), fc.option(tie("expression"))).map(([value, test, argument]) => `${value} is ${test}${argument === null ? "" : `(${argument})`}`),
      fc.tuple(tie("expression"), name, fc.option(fc.tuple(name, tie("expression")))).map(([value, filter, keyword]) => `${value} | ${filter}${keyword ? `(${keyword[0]}=${keyword[1]})` : ""}`),
      fc.array(tie("expression"), { maxLength: 3 }).map((items) => `[${items.join(", ")}]`),
      fc.array(fc.tuple(fc.oneof(name, string), tie("expression")), { maxLength: 2 }).map((entries) => `{ ${entries.map(([key, value]) => `${key}: ${value}`).join(", ")} }`),
      fc.tuple(tie("expression"), fc.constantFrom("+", "~", "*", "//", "**", "and", "or", "in", "==", "<", "is"), tie("expression")).map(([left, op, right]) => `${left} ${op} ${right}`),
      fc.tuple(fc.constantFrom("not ", "-"), tie("expression")).map(([op, operand]) => `${op}${operand}`),
      fc.tuple(tie("expression"), tie("expression"), tie("expression")).map(([a, b, c]) => `${a} if ${b} else ${c}`),
      tie("expression").map((inner) => `(${inner})`),
    ),
  }));
  const target = fc.oneof(name, string, fc.tuple(name, name).map(([a, b]) => `${a}.${b}`), fc.tuple(name, name).map(([a, b]) => `${a}, ${b}`));
  const { body } = fc.letrec<{ body: string; statement: string }>((tie) => ({
    body: fc.array(tie("statement"), { maxLength: 3 }).map((statements) => statements.join("")),
    statement: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      fc.constantFrom("text ", "\n"),
      expression.map((value) => `{{ ${value} }}`),
      fc.tuple(expression, tie("body"), fc.option(fc.tuple(expression, tie("body"))), tie("body")).map(([test, a, elif, b]) => `{% if ${test} %}${a}${elif ? `{% elif ${elif[0]} %}${elif[1]}` : ""}{% else %}${b}{% endif %}`),
      fc.tuple(target, expression, tie("body")).map(([names, items, loop]) => `{% for ${names} in ${items} %}${loop}{% else %}e{% endfor %}`),
      fc.tuple(target, expression).map(([names, value]) => `{% set ${names} = ${value} %}`),
      fc.tuple(target, tie("body")).map(([names, captured]) => `{% set ${names} %}${captured}{% endset %}`),
      fc.tuple(fc.oneof(string, name), name).map(([path, alias]) => `{% include ${path} %}{% import ${path} as ${alias} %}{% from ${path} import ${alias} %}`),
      fc.oneof(string, name).map((path) => `{% extends ${path} %}`),
      fc.tuple(name, name, tie("body")).map(([macro, argument, inner]) => `{% macro ${macro}(${argument}) %}${inner}{% endmacro %}{% call ${macro}(1) %}c{% endcall %}`),
      fc.tuple(name, tie("body")).map(([filter, inner]) => `{% filter ${filter} %}${inner}{% endfilter %}`),
      fc.tuple(name, tie("body")).map(([block, inner]) => `{% block ${block} %}${inner}{% endblock %}`),
      fc.tuple(expression, expression, tie("body")).map(([value, match, inner]) => `{% switch ${value} %}{% case ${match} %}${inner}{% default %}d{% endswitch %}`),
      fc.constantFrom("{% raw %}{{ x }}{% endraw %}", "{% verbatim %}{% x %}{% endverbatim %}", "{# c #}"),
    ),
  }));

  it("the gate refuses it, or it renders without reaching the secret, a file or a prototype", { timeout: suiteTimeout(RENDER_RUNS) }, () => {
    checkProperty(
      "whole grammar with hostile names",
      body,
      (source) => {
        const outputs: string[] = [];
        try {
          const compiled = compileTemplate(escapeTemplate("fuzz.grammar", source));
          for (const example of examplesOf(compiled)) {
            try {
              outputs.push(JSON.stringify(compiled.render(example.data)));
            } catch (error) {
              expectRenderError(error, source);
              outputs.push((error as Error).message);
            }
          }
        } catch (error) {
          expectRenderError(error, source);
          outputs.push((error as Error).message);
        }
        try {
          expectNothingEscaped(sentinel, outputs);
        } finally {
          clearTraces(sentinel);
        }
      },
      RENDER_RUNS,
    );
  });
});
