import nunjucks from "nunjucks";
import { createFilters, type Filter } from "@tactful/core";
import { compileTemplate, examplesOf, RenderError, RenderLimitError, TemplateUnsafeError, type SmsMessage } from "@tactful/renderer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { escapePayloads, escapeTemplate, expectNothingEscaped, injectedValues, plantSentinel, type Sentinel } from "../../../test/support/escapes.js";
import { createEnvironment, withinLimits } from "../src/sandbox.js";

const HEAD = `---
id: sandbox.test
version: 1
channel: sms
locale: en-US
category: transactional
audience: customer
sender: { name: Example Lending, role: creditor }
variables:
  user: { type: object, properties: { name: { type: string, maxLength: 20 } }, example: { name: Jane } }
---
`;

/**
 * Known ways out of a Nunjucks template (mozilla/nunjucks#1048, #271; the constructor chain
 * from any value; keys built at render time; prototype keys; methods on values; resource
 * exhaustion). Each would run code or read the process in a default nunjucks environment.
 */
const PAYLOADS: Array<[string, string]> = [
  ["range global to Function", '{{ range.constructor("return process.version")() }}'],
  ["string constructor chain", '{{ "".constructor.constructor("return process.pid")() }}'],
  ["array constructor chain", '{{ [].constructor.constructor("return process.platform")() }}'],
  ["object literal constructor chain", '{{ ({}).constructor.constructor("return process.arch")() }}'],
  ["number constructor chain", '{{ (1).constructor.constructor("return process.env")() }}'],
  ["key built at render time", '{% set k = "constr" + "uctor" %}{{ ""[k][k]("return process.version")() }}'],
  ["key built by concatenation", '{{ ""["constr" ~ "uctor"] }}'],
  ["proto chain from data", '{{ user.__proto__.constructor.constructor("return process.version")() }}'],
  ["bracketed proto key", '{{ user["__proto__"] }}'],
  ["prototype key", "{{ user.constructor.prototype }}"],
  ["environment variables", '{{ "".constructor.constructor("return process.env.HOME")() }}'],
  ["method call on a value", '{{ "ab".repeat(3) }}'],
  ["method call on data", "{{ user.name.toUpperCase() }}"],
  ["cycler global", "{{ cycler(1, 2).next() }}"],
  ["joiner global", "{{ joiner() }}"],
  ["lipsum global", "{{ lipsum(2) }}"],
  ["safe filter to inject markup", "{{ user.name | safe }}"],
  ["urlize XSS (mozilla/nunjucks#1525)", "{{ user.name | urlize | safe }}"],
  ["dump filter", "{{ user | dump }}"],
  ["include a file", '{% include "/etc/passwd" %}'],
  ["import a file", '{% import "/etc/passwd" as x %}'],
  ["extends a file", '{% extends "/etc/passwd" %}'],
  ["macro defining a callable", "{% macro m() %}x{% endmacro %}{{ m() }}"],
  ["call block", "{% call m() %}x{% endcall %}"],
  ["filter block", "{% filter upper %}x{% endfilter %}"],
  ["regular-expression literal", "{{ r/x/g }}"],
  ["caller variable", "{{ caller }}"],
  ["arguments of a function", "{{ user.name.arguments }}"],
  ["constructor as a bare name", "{{ constructor }}"],
  ["dunder name", "{{ __proto__ }}"],
];

describe("the static gate refuses every known escape", () => {
  for (const [name, body] of PAYLOADS) {
    it(name, () => {
      const attempt = (): unknown => compileTemplate(HEAD + body);
      expect(attempt).toThrow(TemplateUnsafeError);
    });
  }
});

/**
 * The runtime layers hold on their own: the same payloads compiled without the gate (as a
 * precompiled template would run) neither run code nor reach anything but the data.
 */
describe("the runtime refuses every known escape without the gate", () => {
  const environment = createEnvironment(createFilters({ locale: "en-US" }), false);
  for (const [name, body] of PAYLOADS) {
    it(name, () => {
      let output: string;
      try {
        output = withinLimits({ timeoutMs: 500, maxOutput: 10_000 }, undefined, () => new nunjucks.Template(body, environment, "payload", true).render({ user: { name: "Jane" } }));
      } catch (error) {
        // Refused: a call, an unknown filter or tag, a file the environment cannot load.
        expect(error).toBeInstanceOf(Error);
        return;
      }
      expect(output).not.toMatch(/v\d+\.\d+\.\d+|linux|x64|\/root|\/home|function|\[object|\d{3,}/);
    });
  }

  it("still renders ordinary templates", () => {
    const output = withinLimits({ timeoutMs: 500, maxOutput: 10_000 }, undefined, () =>
      new nunjucks.Template("{{ user.name }} {{ user.name.length }} {{ user.name[0] }} {{ 1280.5 | money }}", environment, "ok", true).render({ user: { name: "Jane" } }),
    );
    expect(output).toBe("Jane 4 J 1,280.50");
  });
});

describe("resource limits", () => {
  it("stops a template that doubles a value until it exhausts memory, quickly and cleanly", () => {
    const body = `{% set s = "0123456789" %}${"{% set s = s ~ s %}".repeat(30)}{{ s }}`;
    const template = compileTemplate(HEAD + body);
    const started = Date.now();
    expect(() => template.render({ user: { name: "Jane" } })).toThrow(RenderLimitError);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("stops a render that produces too much output", () => {
    const template = compileTemplate(HEAD.replace("user: {", "items: { type: array, items: { type: string }, example: [] }\n  user: {") + "{% for a in items %}{% for b in items %}{{ a }}{{ b }}{% endfor %}{% endfor %}", {
      limits: { maxOutput: 1000 },
    });
    const items = Array.from({ length: 100 }, (_, i) => `item-${i}`);
    const attempt = (): unknown => template.render({ items, user: { name: "Jane" } });
    expect(attempt).toThrow(RenderLimitError);
    expect(attempt).toThrow(/output exceeds 1000 characters/);
  });

  it("stops a render that takes too long", () => {
    const template = compileTemplate(HEAD.replace("user: {", "items: { type: array, example: [] }\n  user: {") + "{% for a in items %}{% for b in items %}{% for c in items %}{% set x = a %}{% endfor %}{% endfor %}{% endfor %}", {
      limits: { timeoutMs: 50 },
    });
    const items = Array.from({ length: 400 }, (_, i) => i);
    const error = (() => {
      try {
        template.render({ items, user: { name: "Jane" } });
      } catch (caught) {
        return caught;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(RenderLimitError);
    expect((error as RenderLimitError).limit).toBe("time");
  });

  it("leaves ordinary nunjucks use in the same process unaffected outside a render", () => {
    expect(nunjucks.renderString("{{ x }}", { x: "ok" })).toBe("ok");
    expect(new RenderError("render-failed", "x").code).toBe("render-failed");
  });
});

describe("escapes aimed at a secret and a file", () => {
  let sentinel: Sentinel;
  beforeAll(() => {
    sentinel = plantSentinel();
  });
  afterAll(() => sentinel.remove());

  it("the gate refuses every escape before it is compiled; what compiles reaches nothing", () => {
    const compiled: string[] = [];
    for (const [name, body] of escapePayloads(sentinel)) {
      const outputs: string[] = [];
      try {
        const template = compileTemplate(escapeTemplate("sandbox.escape", body));
        compiled.push(name);
        for (const example of examplesOf(template)) outputs.push(JSON.stringify(template.render(example.data)));
      } catch (error) {
        expect(error, name).toBeInstanceOf(RenderError);
        if (!compiled.includes(name)) expect((error as RenderError).code, name).toMatch(/^template-(unsafe|invalid)$/);
        outputs.push((error as Error).message);
      }
      expectNothingEscaped(sentinel, outputs);
    }
    // Plain names compile (they read the data, which has no such keys); doubling a value is stopped by the output limit.
    expect(compiled).toEqual(["process", "global", "globalThis", "this", "environment internals", "doubling a value"]);
  });

  it("the runtime alone lets none of them reach the secret, a file or a prototype", () => {
    const environment = createEnvironment(createFilters({ locale: "en-US" }), false);
    const outcomes = escapePayloads(sentinel).map(([name, body]) => {
      try {
        return `${name}: ${withinLimits({ timeoutMs: 500, maxOutput: 10_000 }, undefined, () => new nunjucks.Template(body, environment, "payload", true).render({ user: { name: "constructor" }, items: ["a"] }))}`;
      } catch (error) {
        return `${name}: ${error instanceof Error ? error.message : String(error)}`;
      }
    });
    expect(outcomes.length).toBeGreaterThan(40);
    expectNothingEscaped(sentinel, outcomes);
  });

  it("a filter that returns a function gives the template nothing to call or print", () => {
    const secret = (): string | undefined => process.env[sentinel.envName];
    // A badly written organisation filter, as JavaScript callers could pass one.
    const filters = { leak: () => secret, holder: () => ({ read: secret }) } as unknown as Record<string, Filter>;
    for (const body of ["{{ user.name | leak }}", "{{ (user.name | holder).read }}", "{{ (user.name | leak).call }}", "{% set f = user.name | leak %}{{ f }}"]) {
      let output: string;
      try {
        output = JSON.stringify(compileTemplate(escapeTemplate("sandbox.filter", body), { filters }).render({ user: { name: "Jane" }, items: [] }));
      } catch (error) {
        expect(error).toBeInstanceOf(RenderError);
        output = (error as Error).message;
      }
      expectNothingEscaped(sentinel, [output]);
      expect(output).not.toMatch(/process\.env|=>/);
    }
  });

  it("data that holds template code is printed as the text it is, never run", () => {
    const values = injectedValues(sentinel);
    const compiled = compileTemplate(escapeTemplate("sandbox.injection", "{{ user.name }}|{% for x in items %}{{ x }}{% endfor %}", values));
    const texts = examplesOf(compiled).map((example) => (compiled.render(example.data) as SmsMessage).text);
    expect(texts).toEqual(values.map((value) => `Example Lending: ${value}|${value}`));
    expectNothingEscaped(sentinel, texts);
  });
});
