import { TEST_NAMES } from "@tactful/core";
import plugin from "../../src/index.js";
import { FILENAME, bodyLine, ruleTester, template } from "../rule-tester.js";

const variables = [
  "amount: { type: number, maximum: 99999, role: amount-due, example: 100 }",
  "due_date: { type: string, format: date, role: due-date, example: '2026-06-05' }",
  "name: { type: string, maxLength: 4, pii: true, example: 张三 }",
  "loan: { type: object, properties: { tail: { type: string } }, example: { tail: '6688' } }",
  "items: { type: array, items: { type: array, items: { type: array, items: { type: string } } }, maxItems: 2, example: [] }",
  "key: { type: string, example: tail }",
];

/** The template of a body, and where a piece of the body is (the body is one line). */
function at(body: string, needle: string, options: { occurrence?: number } = {}): { line: number; column: number; endLine: number; endColumn: number } {
  const code = template({ variables, body });
  let index = -1;
  for (let i = 0; i <= (options.occurrence ?? 0); i++) index = body.indexOf(needle, index + 1);
  if (index === -1) throw new Error(`${needle} not in ${body}`);
  const line = bodyLine(code);
  return { line, column: index + 1, endLine: line, endColumn: index + 1 + needle.length };
}

const safe =
  "【示例金融】{{ name | mask }}您好，借款{{ amount | money }}元于{{ due_date | date('long') }}到期，尾号{{ loan.tail }}{% set total = amount %}{% if total > 100 %}金额较大{% endif %}{% for a in items %}{% for b in a %}{% for c in b %}{{ c }}{% endfor %}{% endfor %}{% endfor %}";

ruleTester().run("no-unsafe-template-code", plugin.rules["no-unsafe-template-code"], {
  valid: [
    // Text, outputs, if, for (three deep), set, literal lookups and the built-in filters.
    { filename: FILENAME, code: template({ variables, body: safe }) },
    { filename: FILENAME, code: template({ variables, body: "【示例金融】{{ items[0] }}{{ loan.tail }}{{ amount | number(0) }}" }) },
    // A filter the organisation's renderer registers too.
    { filename: FILENAME, options: [{ allowFilters: ["upper"] }], code: template({ variables, body: "【示例金融】{{ key | upper }}" }) },
    // A subject with a variable is fine.
    { filename: FILENAME, code: template({ channel: "email", locale: "en-US", subject: "Loan ending {{ loan.tail }}", variables, body: "Hello" }) },
  ],
  invalid: [
    {
      // The classic sandbox escape: reported at the key that reaches the constructor.
      filename: FILENAME,
      code: template({ variables, body: '【示例金融】{{ "".constructor }}' }),
      errors: [{ message: "Unsafe template code: the key `constructor` is not allowed: it reaches the runtime, not data.\nThe renderer refuses to compile a template that has it.", ...at('【示例金融】{{ "".constructor }}', "constructor") }],
    },
    {
      filename: FILENAME,
      code: template({ variables, body: "【示例金融】{{ loan.__proto__ }}{{ __proto__ }}" }),
      errors: [
        { messageId: "blockedKey", ...at("【示例金融】{{ loan.__proto__ }}{{ __proto__ }}", "__proto__") },
        { messageId: "blockedKey", ...at("【示例金融】{{ loan.__proto__ }}{{ __proto__ }}", "__proto__", { occurrence: 1 }) },
      ],
    },
    {
      // A key computed at render time could be any key.
      filename: FILENAME,
      code: template({ variables, body: "【示例金融】{{ loan[key] }}" }),
      errors: [{ messageId: "computedKey", ...at("【示例金融】{{ loan[key] }}", "key") }],
    },
    {
      // A call runs code; reported at the whole call.
      filename: FILENAME,
      code: template({ variables, body: "【示例金融】{{ loan.tail.toString() }}" }),
      errors: [{ messageId: "call", ...at("【示例金融】{{ loan.tail.toString() }}", "loan.tail.toString()") }],
    },
    {
      // A filter outside the allow-list: at its name.
      filename: FILENAME,
      code: template({ variables, body: "【示例金融】{{ key | upper }}" }),
      errors: [
        {
          message: "Unsafe template code: the filter `upper` is not allowed (allowed: money, date, number, mask).\nThe renderer refuses to compile a template that has it.",
          ...at("【示例金融】{{ key | upper }}", "upper"),
        },
      ],
    },
    {
      // Only if, for and set: an include would pull in code the linter never saw. At its `{%`.
      filename: FILENAME,
      code: template({ variables, body: '【示例金融】您好。{% include "footer.njk" %}' }),
      errors: [{ message: "Unsafe template code: the {% include %} tag is not allowed: only if, for and set are.\nThe renderer refuses to compile a template that has it.", ...at('【示例金融】您好。{% include "footer.njk" %}', '{% include "footer.njk" %}') }],
    },
    {
      filename: FILENAME,
      code: template({ variables, body: "【示例金融】{% if key is matching(r/^t/) %}是{% endif %}" }),
      errors: [
        { messageId: "test", data: { message: `the test \`matching\` is not allowed (allowed: ${TEST_NAMES.join(", ")})` }, ...at("【示例金融】{% if key is matching(r/^t/) %}是{% endif %}", "key is matching(r/^t/)") },
        { messageId: "regex", ...at("【示例金融】{% if key is matching(r/^t/) %}是{% endif %}", "r/^t/") },
      ],
    },
    {
      // A test name is pasted into the code nunjucks generates: outside the grammar, it is refused as a name.
      filename: FILENAME,
      code: template({ variables, body: `【示例金融】{{ key is 'x")+process.exit(1)+("' }}` }),
      errors: [{ messageId: "name", data: { message: 'the test `x")+process.exit(1)+("` is not allowed: names are letters, digits and _, not starting with a digit' } }],
    },
    {
      // Allow-listed tests pass; others are refused at the test.
      filename: FILENAME,
      code: template({ variables, body: "【示例金融】{% if amount is number and amount is divisibleby(2) and key is callable %}是{% endif %}" }),
      errors: [{ messageId: "test", data: { message: `the test \`callable\` is not allowed (allowed: ${TEST_NAMES.join(", ")})` }, ...at("【示例金融】{% if amount is number and amount is divisibleby(2) and key is callable %}是{% endif %}", "key is callable") }],
    },
    {
      // Names a variable, a key after a dot or a filter could have: the grammar refuses the rest.
      filename: FILENAME,
      code: template({ variables, body: '【示例金融】{{ a"b }}{{ loan.t`x }}' }),
      errors: [
        { messageId: "name", data: { message: 'the name `a"b` is not allowed: names are letters, digits and _, not starting with a digit' }, ...at('【示例金融】{{ a"b }}{{ loan.t`x }}', 'a"b') },
        { messageId: "name", data: { message: "the key `t`x` is not allowed: names are letters, digits and _, not starting with a digit" } },
      ],
    },
    {
      filename: FILENAME,
      code: template({ variables, body: "【示例金融】{{ amount | money(currency='CNY') }}" }),
      errors: [{ messageId: "keywordArgument", data: { message: "keyword arguments (`currency=…`) are not allowed: pass arguments in order" }, ...at("【示例金融】{{ amount | money(currency='CNY') }}", "currency='CNY'") }],
    },
    {
      // Dictionary keys that reach the runtime.
      filename: FILENAME,
      code: template({ variables, body: '【示例金融】{% set d = { "__proto__": 1 } %}{{ d }}' }),
      errors: [{ messageId: "blockedKey", data: { message: "the key `__proto__` is not allowed: it reaches the runtime, not data" }, ...at('【示例金融】{% set d = { "__proto__": 1 } %}{{ d }}', '"__proto__"') }],
    },
    {
      // Limits set in the options: the set after the limit, the loop one level too deep.
      filename: FILENAME,
      options: [{ maxSets: 1, maxLoopDepth: 2 }],
      code: template({ variables, body: `${safe}{% set again = total %}{{ again }}` }),
      errors: [
        { message: "Unbounded template code: loops nested deeper than 2.\nThe renderer refuses to compile a template that has it.", ...at(safe, "{% for c in b %}{{ c }}{% endfor %}") },
        {
          message: "Unbounded template code: more than 1 {% set %} tags: the output could grow without bound.\nThe renderer refuses to compile a template that has it.",
          ...at(`${safe}{% set again = total %}{{ again }}`, "{% set again = total %}"),
        },
      ],
    },
    {
      // In the subject of an email (en-US), at its place in the front matter.
      filename: FILENAME,
      code: template({ channel: "email", locale: "en-US", subject: "Loan {{ loan.constructor }}", variables, body: "Hello" }),
      errors: [{ messageId: "blockedKey", line: 9, column: 24, endColumn: 35 }],
    },
  ],
});
