import { compileTemplate, examplesOf, RenderError, type CompiledTemplate, type Message } from "@tactful/renderer";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
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
