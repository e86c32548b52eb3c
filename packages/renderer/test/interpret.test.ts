import nunjucks from "nunjucks";
import fc from "fast-check";
import { checkSafety, createFilters, parseTemplate } from "@tactful/core";
import { describe, expect, it } from "vitest";
import { interpret } from "../src/interpret.js";
import { DEFAULT_LIMITS } from "../src/sandbox.js";
import { checkProperty, runs, suiteTimeout } from "../../../test/support/fuzz.js";

/**
 * The interpreter renders the subset of Nunjucks the safety gate allows exactly as nunjucks
 * 3.2.4 does: random templates of that subset, with safe names and random data, render to the
 * same text (or both fail) through the interpreter and through nunjucks' own compiler.
 */

const HEAD = `---
id: differential.case
version: 1
channel: sms
locale: en-US
category: transactional
audience: customer
sender: { name: Example Lending, role: creditor }
variables:
  a: { type: string, example: x }
---
`;

const filters = createFilters({ locale: "en-US" });
const environment = new nunjucks.Environment(null, { autoescape: false });
for (const [name, filter] of Object.entries(filters)) environment.addFilter(name, filter);

/** Variables in the data, and names loops and sets bind (some shadow the data). */
const DATA_NAMES = ["a", "b", "c", "xs", "d"] as const;
const LOCAL_NAMES = ["i", "j", "t", "a", "xs"] as const;
const NAMES = [...new Set([...DATA_NAMES, ...LOCAL_NAMES, "loop", "missing"])];

const text = fc.stringMatching(/^[a-z ,.\n]{0,6}$/);
const stringLiteral = fc.stringMatching(/^[a-z ,1]{0,4}$/).map((value) => JSON.stringify(value));
const numberLiteral = fc.oneof(fc.nat({ max: 20 }).map(String), fc.constantFrom("0.5", "1.25", "3.0", "100"));
const TESTS_WITHOUT_ARGUMENT = ["defined", "undefined", "null", "number", "string", "truthy", "falsy", "odd", "even"];
const TESTS_WITH_ARGUMENT = ["divisibleby", "equalto", "eq", "sameas", "ne", "lt", "lessthan", "gt", "greaterthan", "le", "ge"];

const { expression } = fc.letrec<{ expression: string; primary: string }>((tie) => ({
  primary: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    stringLiteral,
    numberLiteral,
    fc.constantFrom("true", "false", "none", "null"),
    fc.constantFrom(...NAMES),
    fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom(".length", "[0]", "[1]", ".x", '["x"]', ".index", ".first", ".last", ".revindex")).map(([name, key]) => name + key),
    fc.array(tie("expression"), { maxLength: 3 }).map((items) => `[${items.join(", ")}]`),
    fc.array(fc.tuple(fc.constantFrom("x", "y", '"x"', '"z"'), tie("expression")), { maxLength: 2 }).map((entries) => `{${entries.map(([key, value]) => `${key}: ${value}`).join(", ")}}`),
    tie("expression").map((inner) => `(${inner})`),
  ),
  expression: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    tie("primary"),
    fc
      .tuple(tie("expression"), fc.constantFrom("+", "-", "*", "/", "//", "%", "**", "~", "and", "or", "in", "not in", "==", "!=", "===", "!==", "<", ">", "<=", ">="), tie("expression"))
      .map(([left, op, right]) => `${left} ${op} ${right}`),
    fc.tuple(fc.constantFrom("not ", "- ", "+ "), tie("primary")).map(([op, operand]) => op + operand),
    fc.tuple(tie("primary"), fc.constantFrom(...TESTS_WITHOUT_ARGUMENT)).map(([value, test]) => `${value} is ${test}`),
    fc.tuple(tie("primary"), fc.constantFrom(...TESTS_WITH_ARGUMENT), tie("primary")).map(([value, test, argument]) => `${value} is ${test}(${argument})`),
    fc.tuple(tie("primary"), tie("expression"), tie("expression")).map(([consequent, test, alternate]) => `${consequent} if ${test} else ${alternate}`),
    fc.tuple(tie("primary"), tie("expression")).map(([consequent, test]) => `${consequent} if ${test}`),
    fc.tuple(tie("primary"), fc.constantFrom("mask", "number(0)", "number")).map(([value, filter]) => `${value} | ${filter}`),
  ),
}));

/** Whitespace control on either side of a tag or an output. */
const dash = fc.constantFrom("", "", "-");

const { body } = fc.letrec<{ body: string; statement: string }>((tie) => ({
  body: fc.array(tie("statement"), { maxLength: 4 }).map((statements) => statements.join("")),
  statement: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    text,
    fc.tuple(dash, expression, dash).map(([open, value, close]) => `{{${open} ${value} ${close}}}`),
    fc.tuple(dash, expression, tie("body"), fc.option(fc.tuple(expression, tie("body"))), fc.option(tie("body"))).map(
      ([d, test, consequent, elif, alternate]) =>
        `{%${d} if ${test} %}${consequent}${elif ? `{% elif ${elif[0]} %}${elif[1]}` : ""}${alternate === null ? "" : `{% else ${d}%}${alternate}`}{% endif %}`,
    ),
    fc
      .tuple(fc.constantFrom(...LOCAL_NAMES), fc.option(fc.constantFrom(...LOCAL_NAMES)), expression, tie("body"), fc.option(tie("body")))
      .map(([first, second, items, loopBody, fallback]) => `{% for ${first}${second && second !== first ? `, ${second}` : ""} in ${items} %}${loopBody}${fallback === null ? "" : `{% else %}${fallback}`}{% endfor %}`),
    fc.tuple(fc.constantFrom(...LOCAL_NAMES), expression).map(([name, value]) => `{% set ${name} = ${value} %}`),
    fc.tuple(fc.constantFrom(...LOCAL_NAMES), tie("body")).map(([name, captured]) => `{% set ${name} %}${captured}{% endset %}`),
    fc.constantFrom("{# note #}", "{% raw %}{{ a }}{% endraw %}"),
  ),
}));

const scalar = fc.oneof(fc.integer({ min: -5, max: 30 }), fc.double({ noNaN: true, min: -100, max: 100 }), fc.stringMatching(/^[a-z ,1]{0,5}$/), fc.boolean(), fc.constant(null));
const value = fc.oneof(scalar, fc.array(scalar, { maxLength: 4 }), fc.array(fc.array(scalar, { maxLength: 3 }), { maxLength: 3 }), fc.dictionary(fc.constantFrom("x", "y", "0", "length"), scalar, { maxKeys: 3, noNullPrototype: true }));
const data = fc.record({ a: value, b: value, c: value, xs: fc.array(value, { maxLength: 4 }), d: fc.dictionary(fc.constantFrom("x", "y", "z"), value, { maxKeys: 3, noNullPrototype: true }) }, { requiredKeys: ["xs"] });

type Outcome = { text: string } | { error: true };

function throughNunjucks(source: string, values: object): Outcome | null {
  let template: nunjucks.Template;
  try {
    template = new nunjucks.Template(source, environment, "differential", true);
  } catch {
    // Code nunjucks cannot even compile (`--x`): nothing to compare.
    return null;
  }
  try {
    return { text: template.render(values) };
  } catch {
    return { error: true };
  }
}

function throughInterpreter(source: string, values: object): Outcome | null {
  const document = parseTemplate(HEAD + source);
  if (document.problems.some((problem) => problem.severity === "error") || checkSafety(document.ast).length > 0) return null;
  const render = interpret(document.ast.body.children, { filters });
  try {
    return { text: render(values, DEFAULT_LIMITS) };
  } catch {
    return { error: true };
  }
}

const DIFFERENTIAL_RUNS = runs(2, 200);

describe("the interpreter renders as nunjucks 3.2.4 does", () => {
  it("random templates of the allowed subset with random data", { timeout: suiteTimeout(DIFFERENTIAL_RUNS) }, () => {
    let compared = 0;
    let rendered = 0;
    checkProperty(
      "interpreter and nunjucks agree",
      fc.record({ source: body, values: data }),
      ({ source, values }) => {
        const ours = throughInterpreter(source, values);
        const theirs = ours && throughNunjucks(source, values);
        fc.pre(ours !== null && theirs !== null);
        compared++;
        if ("text" in ours) rendered++;
        expect(ours, source).toEqual(theirs);
      },
      DIFFERENTIAL_RUNS,
    );
    // Most cases are compared, not discarded, and most of those render text rather than fail.
    expect(compared).toBeGreaterThan(DIFFERENTIAL_RUNS / 2);
    expect(rendered).toBeGreaterThan(compared / 2);
  });

  it("reproduces nunjucks' operator grouping and scoping", () => {
    const cases = [
      "{{ not 1 == 2 }}|{{ 1 + 2 - 3 }}|{{ 1 ~ 2 + 3 }}|{{ 7 // 2 % 3 }}|{{ 2 ** 3 ** 2 }}|{{ -2 ** 2 }}",
      "{% set x = 1 %}{% for i in [1, 2] %}{% set x = i %}{% endfor %}{{ x }}|{% for i in [1] %}{% set y = i %}{% endfor %}{{ y }}",
      "{% for k, v in d %}{{ loop.index }}{{ k }}={{ v }}{{ loop.revindex }}{% else %}none{% endfor %}|{% for x in xs %}{{ x }}{% if loop.last %}!{% endif %}{% endfor %}",
      '{{ [1, [2, none], {}] }}|{{ "a" ~ missing }}|{{ 0.1 + 0.2 }}|{{ "a" if 0 }}|{{ 1 and "x" or "y" }}|{{ "b" in "abc" }}|{{ 2 in [1, 2] }}',
      "  {%- if true -%}  \n x \n {%- endif %} |{{- ' y ' -}}  ",
    ];
    const values = { d: { x: 1, y: [2, 3] }, xs: ["p", "q"] };
    for (const source of cases) expect(throughInterpreter(source, values), source).toEqual(throughNunjucks(source, values));
  });
});
