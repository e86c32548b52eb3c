import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import nunjucks from "nunjucks";
import { createFilters, parseTemplate, type Filter } from "@tactful/core";
import { buildRelease, compileTemplate, examplesOf, RenderError, RenderLimitError, TemplateUnsafeError, type SmsMessage } from "@tactful/renderer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  escapePayloads,
  escapeTemplate,
  expectNothingEscaped,
  INJECTION_PLACES,
  injectedValues,
  injectionHeaderTemplate,
  injectionPayloads,
  placeInjection,
  plantSentinel,
  type Sentinel,
} from "../../../test/support/escapes.js";
import { interpret } from "../src/interpret.js";

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

/** Renders a body with the interpreter alone: no gate before it, as a caller of `interpret` could. */
function withoutGate(body: string, data: object): string {
  const document = parseTemplate(HEAD + body);
  return interpret(document.ast.body.children, { filters: createFilters({ locale: "en-US" }) })(data, { timeoutMs: 500, maxOutput: 10_000 });
}

/**
 * The interpreter holds on its own: the same payloads rendered without the gate neither run
 * code nor reach anything but the data (it refuses calls, tags and unknown filters itself, and
 * reads only own data).
 */
describe("the interpreter refuses every known escape without the gate", () => {
  for (const [name, body] of PAYLOADS) {
    it(name, () => {
      let output: string;
      try {
        output = withoutGate(body, { user: { name: "Jane" } });
      } catch (error) {
        // Refused: a call, a tag, an unknown filter.
        expect(error).toBeInstanceOf(RenderError);
        return;
      }
      expect(output).not.toMatch(/v\d+\.\d+\.\d+|linux|x64|\/root|\/home|function|\[object|\d{3,}/);
    });
  }

  it("still renders ordinary templates", () => {
    expect(withoutGate("{{ user.name }} {{ user.name.length }} {{ user.name[0] }} {{ 1280.5 | money }}", { user: { name: "Jane" } })).toBe("Jane 4 J 1,280.50");
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

  it("the interpreter alone lets none of them reach the secret, a file or a prototype", () => {
    const outcomes = [...escapePayloads(sentinel), ...injectionPayloads(sentinel)].map(([name, body]) => {
      try {
        return `${name}: ${withoutGate(body, { user: { name: "constructor" }, items: ["a"] })}`;
      } catch (error) {
        return `${name}: ${error instanceof Error ? error.message : String(error)}`;
      }
    });
    expect(outcomes.length).toBeGreaterThan(60);
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

/**
 * Names nunjucks 3.2.4 pastes into the JavaScript it generates (test names, loop and set
 * targets, variables, filter, macro, call and block names), carrying code that would create a
 * file and write the secret into `Object.prototype`: in the body, in branches, in an email's
 * subject and a push title. Each is refused before anything renders.
 */
describe("code injected through names", () => {
  let sentinel: Sentinel;
  beforeAll(() => {
    sentinel = plantSentinel();
  });
  afterAll(() => sentinel.remove());

  const refused = (text: string, label: string): string => {
    try {
      const compiled = compileTemplate(text);
      throw new Error(`${label} compiled: ${JSON.stringify(examplesOf(compiled).map((example) => compiled.render(example.data)))}`);
    } catch (error) {
      expect(error, label).toBeInstanceOf(RenderError);
      expect((error as RenderError).code, `${label}: ${(error as Error).message}`).toMatch(/^template-(unsafe|invalid)$/);
      return (error as Error).message;
    }
  };

  it("compileTemplate refuses each in the body and in every branch", () => {
    const messages: string[] = [];
    for (const [name, fragment] of injectionPayloads(sentinel)) {
      for (const place of INJECTION_PLACES) messages.push(refused(escapeTemplate("sandbox.injection", placeInjection(fragment, place)), `${name} in the ${place}`));
    }
    expectNothingEscaped(sentinel, messages);
  });

  it("compileTemplate refuses each in an email's subject and a push notification's title", () => {
    const messages: string[] = [];
    for (const [name, fragment] of injectionPayloads(sentinel)) {
      for (const field of ["subject", "title"] as const) messages.push(refused(injectionHeaderTemplate("sandbox.header", field, fragment), `${name} in the ${field}`));
    }
    expectNothingEscaped(sentinel, messages);
  });

  it("a release refuses to bundle any of them", () => {
    const messages: string[] = [];
    for (const [name, fragment] of injectionPayloads(sentinel)) {
      const input = {
        templates: [{ path: "injection.sms.msg.njk", text: escapeTemplate("sandbox.release", placeInjection(fragment, "if branch")) }],
        tool: { name: "tactful", version: "0.0.0" },
        plugin: { name: "@tactful/eslint-plugin", version: "0.0.0" },
        lint: { warnings: 0, byRule: {} },
        sequence: 1,
      };
      expect(() => buildRelease(input), name).toThrow(RenderError);
      try {
        buildRelease(input);
      } catch (error) {
        messages.push((error as Error).message);
      }
    }
    expectNothingEscaped(sentinel, messages);
  });
});

/**
 * Templates (and data) built to exhaust a machine. Each runs in its own process, which reports
 * how the render ended and its peak memory: every one ends with a limit error (or is refused by
 * the gate) and stays under 256 MB. No time is asserted beyond the render ending.
 */
describe("renders that would exhaust a machine end within the limits", () => {
  const head = (variables: string): string => `---
id: sandbox.dos
version: 1
channel: sms
locale: en-US
category: transactional
audience: customer
sender: { name: Example Lending, role: creditor }
variables:
${variables}
---
Example Lending: `;
  const text = "  text: { type: string, example: x }";
  const items = "  items: { type: array, example: [] }";
  const CASES: Array<{ name: string; template: string; data: string }> = [
    { name: "nested list literals", template: head(text) + `{% set t = [1] %}${"{% set t = [t, t] %}".repeat(30)}{{ t }}`, data: `{ text: "x" }` },
    { name: "nested list literals, concatenated", template: head(text) + `{% set t = [text] %}${"{% set t = [t, t, t] %}".repeat(20)}{{ t ~ t }}`, data: `{ text: "x" }` },
    { name: "thousands of mask calls", template: head(text) + `{{ [${Array.from({ length: 3000 }, () => "text | mask").join(", ")}] }}`, data: `{ text: "ab".repeat(45000) }` },
    { name: "string doubling", template: head(text) + `{% set s = text %}${"{% set s = s ~ s %}".repeat(30)}{{ s | length }}`, data: `{ text: "0123456789" }` },
    { name: "string doubling by +", template: head(text) + `{% set s = text %}${"{% set s = s + s %}".repeat(30)}{{ s == 1 }}`, data: `{ text: "0123456789" }` },
    { name: "long concatenation chain", template: head(text) + `{{ ${Array.from({ length: 4000 }, () => "text").join(" ~ ")} == 1 }}`, data: `{ text: "x".repeat(1000) }` },
    { name: "loops over a large list", template: head(items) + "{% for a in items %}{% for b in items %}{% for c in items %}{% if a == c %}{% endif %}{% endfor %}{% endfor %}{% endfor %}", data: "{ items: Array.from({ length: 3000 }, (_, i) => i) }" },
    { name: "loop over a huge list printing", template: head(items) + "{% for a in items %}{{ a }}{% endfor %}", data: "{ items: Array.from({ length: 2_000_000 }, (_, i) => i) }" },
    { name: "big data value compared and searched", template: head(text) + `{% for i in [${"1,".repeat(500)}1] %}{% if text == text ~ "" or "zz" in text %}{% endif %}{% endfor %}`, data: `{ text: "a".repeat(5_000_000) }` },
    {
      name: "big data values compared",
      template: head(`${text}\n  other: { type: string, example: x }`) + `{% for i in [${"1,".repeat(2000)}1] %}{% if text == other or text is eq(other) %}{% endif %}{% endfor %}`,
      data: `{ text: "a".repeat(5_000_000), other: "a".repeat(5_000_000) }`,
    },
    { name: "big data value printed", template: head(text) + "{{ text }}", data: `{ text: "a".repeat(20_000_000) }` },
    { name: "deep dictionaries", template: head(text) + `{% set d = ${"{ a: ".repeat(2000)}text${" }".repeat(2000)} %}{% for k, v in d %}{{ k }}{{ v }}{% endfor %}`, data: `{ text: "x" }` },
    { name: "dictionary doubling", template: head(text) + `{% set d = { a: text } %}${"{% set d = { a: d, b: d } %}".repeat(30)}{{ d.a.b.a }}`, data: `{ text: "x" }` },
    { name: "a list printed inside itself", template: head(items) + `{% set t = [items, items] %}${"{% set t = [t, items, t] %}".repeat(20)}{{ t }}`, data: "{ items: Array.from({ length: 50_000 }, (_, i) => i) }" },
  ];
  const root = fileURLToPath(new URL("../../..", import.meta.url));
  const script = `
    const { compileTemplate, RenderError } = await import("@tactful/renderer");
    const template = process.env.DOS_TEMPLATE;
    const data = (0, eval)("(" + process.env.DOS_DATA + ")");
    let outcome;
    try {
      const compiled = compileTemplate(template);
      // The data contract is checked on every render; this case is about the template's work.
      compiled.render(data);
      outcome = "rendered";
    } catch (error) {
      outcome = error instanceof RenderError ? error.code + (error.limit ? ":" + error.limit : "") : "crash: " + (error && error.stack);
    }
    process.stdout.write(JSON.stringify({ outcome, maxRssKb: process.resourceUsage().maxRSS }));
  `;

  for (const { name, template, data } of CASES) {
    it(name, { timeout: 60_000 }, () => {
      const child = spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd: root, encoding: "utf8", env: { ...process.env, DOS_TEMPLATE: template, DOS_DATA: data }, timeout: 50_000 });
      expect(child.status, child.stderr).toBe(0);
      const { outcome, maxRssKb } = JSON.parse(child.stdout) as { outcome: string; maxRssKb: number };
      expect(outcome, name).toMatch(/^(render-limit:(time|output)|template-unsafe|template-invalid)$/);
      expect(maxRssKb, name).toBeLessThan(256 * 1024);
    });
  }
});
