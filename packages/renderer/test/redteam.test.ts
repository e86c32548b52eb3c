import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { compileTemplate, RenderError, type EmailMessage, type SmsMessage } from "@tactful/renderer";
import { describe, expect, it } from "vitest";

/**
 * Attacks on the renderer as an outsider would try them, by family. Each case either is
 * refused (`template-unsafe`) or renders exactly the data it is given; a render that fails
 * ends with a `RenderError` whose message says what is wrong and nothing of JavaScript.
 */

const head = (variables: string, channel: "sms" | "email" = "sms"): string => `---
id: redteam.case
version: 1
channel: ${channel}
locale: en-US
category: transactional
audience: customer
sender: { name: Example Lending, role: creditor }
${channel === "email" ? "subject: Hello\n" : ""}variables:
${variables}
---
`;

const VARIABLES = "  user: { type: object, example: {} }\n  text: { type: string, example: x }";

/** The text an SMS renders to, or the code of the error it is refused or stopped with. */
function outcome(body: string, data: object, variables = VARIABLES): string {
  try {
    return (compileTemplate(head(variables) + body).render(data) as SmsMessage).text;
  } catch (error) {
    expect(error, body).toBeInstanceOf(RenderError);
    return (error as RenderError).code;
  }
}

describe("prototypes and the runtime stay out of reach", () => {
  // Own `__proto__` and `constructor` keys, as JSON.parse makes them.
  const hostile = JSON.parse('{"__proto__": {"name": "LEAK"}, "constructor": {"name": "LEAK"}, "name": "Jane"}') as object;
  const CASES: Array<[string, string, string]> = [
    ["own __proto__ key of data", "{{ user.__proto__.name }}", "template-unsafe"],
    ["own __proto__ key by bracket", '{{ user["__proto__"] }}', "template-unsafe"],
    ["own constructor key", '{{ user["constructor"].name }}', "template-unsafe"],
    ["looping over own __proto__ keys", "{% for k, v in user %}{{ k }}={{ v }};{% endfor %}", "__proto__=;constructor=;name=Jane;"],
    ["inherited key by `in`", '{{ "toString" in user }}/{{ "hasOwnProperty" in {} }}/{{ "name" in user }}', "false/false/true"],
    ["method of a string", "{{ text.toUpperCase }}{{ text.valueOf }}{{ text.length }}", "4"],
    ["method of a number", "{{ (1).toFixed }}{{ (1).valueOf }}", ""],
    ["method of a list literal", "{{ [].map }}{{ [1].length }}{{ [1, 2].join }}", "1"],
    ["method of a dictionary literal", "{{ {a: 1}.hasOwnProperty }}{{ {a: 1}.a }}", "1"],
    ["dictionary with a toString key is never called", '{{ {toString: 1, valueOf: 2} ~ "" }}', "[object Object]"],
    ["dictionary literal with a prototype key", "{% set d = {__proto__: 1} %}{{ d }}", "template-unsafe"],
    ["dictionary literal with a string prototype key", '{% set d = {"constructor": 1} %}{{ d }}', "template-unsafe"],
    ["the loop object", "{% for x in [1] %}{{ loop.index }}{{ loop.constructor }}{% endfor %}", "template-unsafe"],
    ["the loop object's own keys", "{% for x in [1] %}{% for k, v in loop %}{{ k }};{% endfor %}{% endfor %}", "index;index0;revindex;revindex0;first;last;length;"],
    ["a set that replaces the loop object", "{% for x in [1, 2] %}{% set loop = text %}{{ loop }}{% endfor %}", "JaneJane"],
    ["arguments and caller", "{{ arguments }}{{ caller }}{{ text.caller }}", "template-unsafe"],
    ["globals of the host", "{{ process }}{{ globalThis }}{{ global }}{{ require }}{{ this }}", ""],
    ["a keyword argument", '{{ 1 | money(currency="USD") }}', "template-unsafe"],
    ["a call through a filter's result", "{{ (text | mask)() }}", "template-unsafe"],
    ["a test that is not allowed", "{{ text is callable }}{{ text is mapping }}", "template-unsafe"],
    ["a test named by a string", '{{ text is "defined" }}', "true"],
  ];
  for (const [name, body, expected] of CASES) {
    it(name, () => {
      expect(outcome(body, { user: hostile, text: "Jane" }), name).toBe(expected);
    });
  }

  it("an Object.prototype polluted after compiling reaches no lookup, literal or loop", () => {
    const body = '{{ polluted }}{{ user.polluted }}{{ {}.polluted }}{{ [].polluted }}{{ text.polluted }}{{ loop.polluted }}{{ "polluted" in user }}{% for k in {} %}{{ k }}{% endfor %}{% for k, v in {} %}{{ k }}{% endfor %}';
    const template = compileTemplate(head(VARIABLES) + body);
    const prototype = Object.prototype as Record<string, unknown>;
    prototype["polluted"] = "LEAK";
    try {
      expect((template.render({ user: { name: "Jane" }, text: "Jane" }) as SmsMessage).text).toBe("false");
    } finally {
      delete prototype["polluted"];
    }
  });
});

describe("what the parser sees is what renders", () => {
  const CASES: Array<[string, string, string]> = [
    ["a string holding the tag end", '{{ "%}" ~ "}}" ~ "#}" }}', "%}}}#}"],
    ["raw content is text", "{% raw %}{{ text }}{% for x in y %}{% endraw %}", "{{ text }}{% for x in y %}"],
    ["verbatim content is text", "{% verbatim %}{{ text.constructor }}{% endverbatim %}", "{{ text.constructor }}"],
    ["a comment hides a tag", "{# {% for x in text %} #}{{ text }}", "Jane"],
    ["whitespace control keeps what nunjucks keeps", "a   {%- if true -%}   b   {%- endif -%}   c", "abc"],
    ["CRLF in a string literal", '{{ "a\r\nb" }}', "a\nb"],
    ["a lone CR in a string literal", '{{ "a\rb" }}', "a\nb"],
    ["line and paragraph separators in a string", '{{ "a\u2028b\u2029c" }}', "a\u2028b\u2029c"],
    ["a NUL anywhere refuses the file", '{{ "a\u0000b" }}', "template-invalid"],
    ["a name with a separator", "{{ te\u2028xt }}", "template-unsafe"],
    ["a quote in data", "{{ text }}", "Jane"],
  ];
  for (const [name, body, expected] of CASES) {
    it(name, () => {
      expect(outcome(body, { user: {}, text: "Jane" })).toBe(expected);
    });
  }
});

describe("a render that fails says so in its own words", () => {
  const CASES: Array<[string, string]> = [
    ["a dictionary given to a filter", "{{ {} | money }}"],
    ["a dictionary as a filter's argument", "{{ 1 | money({}) }}"],
    ["a list as a date style", "{{ 1 | date([]) }}"],
    ["a dictionary as decimals", "{{ 1 | number({a: 1}) }}"],
    ["a dictionary masked", "{{ {a: 1} | mask }}"],
    ["`in` on a number", "{{ 1 in 2 }}"],
  ];
  for (const [name, body] of CASES) {
    it(name, () => {
      let error: unknown;
      try {
        compileTemplate(head(VARIABLES) + body).render({ user: {}, text: "Jane" });
      } catch (caught) {
        error = caught;
      }
      expect(error, name).toBeInstanceOf(RenderError);
      const message = (error as Error).message;
      expect(message, name).toMatch(/^rendering failed at \d+:\d+: |^rendering failed: /);
      expect(message, name).not.toMatch(/Cannot convert|primitive value|TypeError|RangeError|undefined|\n\s+at /);
    });
  }

  it("an email body nesting quotes past the limit is refused, not a stack overflow; escaped values never count", () => {
    const template = compileTemplate(head(VARIABLES, "email") + `Hello\n\n${">".repeat(3000)} deep\n`);
    expect(() => template.render({ user: {}, text: "x" })).toThrow(/nests quotes or lists deeper than 64 levels/);
    const ordinary = compileTemplate(head(VARIABLES, "email") + "Hello\n\n> quoted\n> > twice\n\n- a\n  - b\n\n[link](https://example.com) *a* `b` {{ text }}").render({ user: {}, text: "[x](y) ".repeat(2000) }) as EmailMessage;
    expect(ordinary.html).toContain("<blockquote>");
    expect(ordinary.html).toContain('<a href="https://example.com">link</a>');
  });
});

/**
 * Work a render did without paying for it first. Each runs in its own process, which reports
 * how the render ended, how long it took and its peak memory: it ends at a limit (the 200 ms
 * time limit holds to within a few seconds on a loaded machine) or is refused, under 256 MB.
 */
describe("work that is charged before it is done", () => {
  const text = "  text: { example: x }\n  items: { type: array, example: [] }";
  const manyOthers = Array.from({ length: 2000 }, () => "other").join(", ");
  const CASES: Array<{ name: string; template: string; data: string; renders?: boolean }> = [
    {
      name: "numeric operators parse a long string of digits on every run",
      template: head(text) + "{% for i in items %}{% if text < 1 %}{% endif %}{% if text is odd %}{% endif %}{% endfor %}",
      data: '{ text: "1".repeat(20_000_000), items: Array.from({ length: 100_000 }, (_, i) => i) }',
    },
    { name: "a loop bound given as a long string of digits", template: head(text) + "{% for i in text %}{% endfor %}", data: '{ text: { length: "9".repeat(5_000_000) }, items: [] }' },
    { name: "a pair loop over a long string", template: head(text) + "{% for k, v in text %}{% endfor %}", data: '{ text: "a".repeat(16_000_000), items: [] }' },
    {
      name: "`in` over a list of long strings of one length",
      template: head(`${text}\n  other: { example: x }`) + `{% set l = [${manyOthers}] %}{% for i in items %}{% if text in l %}{% endif %}{% endfor %}`,
      data: '{ text: "a".repeat(10_000_000) + "a", other: "a".repeat(10_000_000) + "b", items: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] }',
    },
    { name: "an email body of quotes nested by a loop", template: head(text, "email") + "Hello\n\n{% for i in items %}>{% endfor %} deep", data: "{ text: 1, items: Array.from({ length: 99_000 }, () => 0) }" },
    { name: "an email body of lists nested by a loop", template: head(text, "email") + "Hello\n\n{% for i in items %}- {% endfor %}deep", data: "{ text: 1, items: Array.from({ length: 49_000 }, () => 0) }" },
    { name: "an email body of unclosed links", template: head(text, "email") + "Hello\n\n{% for i in items %}[a]({% endfor %}x", data: "{ text: 1, items: Array.from({ length: 20_000 }, () => 0) }" },
    { name: "an email body of emphasis and code marks", template: head(text, "email") + "Hello\n\n{% for i in items %}*a _b `{% endfor %}x", data: "{ text: 1, items: Array.from({ length: 12_000 }, () => 0) }" },
    { name: "a message of one long run of spaces before its end", template: head(text) + "a{% for i in items %} {% endfor %}x", data: "{ text: 1, items: Array.from({ length: 99_000 }, () => 0) }", renders: true },
    { name: "a comparison chain 15,000 operands long", template: head(text) + `{{ ${Array.from({ length: 15_000 }, () => "text").join("==")} }}`, data: "{ text: 1, items: [] }" },
    { name: "a filter formatting many currencies", template: head(text) + "{% for a in items %}{% for b in items %}{% for c in items %}{{ 1 | money(a ~ b ~ c) }}{% endfor %}{% endfor %}{% endfor %}", data: '{ text: 1, items: "ABCDEFGHIJKLMNOPQRSTUVWXYZ".split("") }' },
    { name: "masking a long value in a loop", template: head(text) + "{% for i in items %}{{ text | mask | length }}{% endfor %}", data: '{ text: "ab".repeat(49_000), items: Array.from({ length: 10_000 }, () => 0) }' },
    { name: "Markdown escapes expanding a value", template: head(text, "email") + "Hello {{ text }}", data: '{ text: ".".repeat(99_000), items: [] }' },
  ];
  const root = fileURLToPath(new URL("../../..", import.meta.url));
  const script = `
    const { compileTemplate, RenderError } = await import("@tactful/renderer");
    const data = (0, eval)("(" + process.env.ATTACK_DATA + ")");
    let outcome;
    let started = 0;
    try {
      const compiled = compileTemplate(process.env.ATTACK_TEMPLATE);
      started = Date.now();
      compiled.render(data);
      outcome = "rendered";
    } catch (error) {
      outcome = error instanceof RenderError ? error.code + (error.limit ? ":" + error.limit : "") : "crash: " + (error && error.stack);
    }
    const renderMs = started ? Date.now() - started : 0;
    process.stdout.write(JSON.stringify({ outcome, renderMs, maxRssKb: process.resourceUsage().maxRSS }));
  `;
  for (const { name, template, data, renders } of CASES) {
    it(name, { timeout: 60_000 }, () => {
      const child = spawnSync(process.execPath, ["--max-old-space-size=512", "--input-type=module", "-e", script], {
        cwd: root,
        encoding: "utf8",
        env: { ...process.env, ATTACK_TEMPLATE: template, ATTACK_DATA: data },
        timeout: 50_000,
      });
      expect(child.status, `${name}: ${child.stderr}`).toBe(0);
      const { outcome: result, renderMs, maxRssKb } = JSON.parse(child.stdout) as { outcome: string; renderMs: number; maxRssKb: number };
      expect(result, name).toMatch(renders ? /^rendered$/ : /^(render-limit:(time|output)|render-failed|template-unsafe|template-invalid)$/);
      expect(renderMs, name).toBeLessThan(5_000);
      expect(maxRssKb, name).toBeLessThan(256 * 1024);
    });
  }
});
