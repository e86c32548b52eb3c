import plugin from "../../src/index.js";
import { FILENAME, bodyLine, ruleTester, template, type TemplateSpec } from "../rule-tester.js";

/**
 * Words the template writes reach the tone rules however the template passes them on: through a
 * `{% set %}`, a loop over a literal list or dictionary, a lookup in one, a loop over a declared
 * list's examples, or an output that stands alone in a branch.
 */

const base = { locale: "en-US", category: "collection" as const, sender: "{ name: Example Lending, role: creditor }" };
const FLAG = "flag: { type: boolean, example: true }";

/** The finding at the output `output` of a one-line body. */
function renderedAt(spec: TemplateSpec, output: string): { messageId: "rendered"; line: number; column: number; endColumn: number } {
  const index = spec.body.indexOf(output);
  if (index === -1) throw new Error(`${output} not in ${spec.body}`);
  return { messageId: "rendered", line: bodyLine(template(spec)), column: index + 1, endColumn: index + 1 + output.length };
}

/** What the template passes on, the template, and the output the threat reaches. */
const cases: Array<[string, TemplateSpec, string]> = [
  ["a {% set %} value", { ...base, body: '{% set m = "We will call your employer." %}Example Lending: {{ m }}' }, "{{ m }}"],
  ["a {% set %} of a {% set %}, joined", { ...base, body: '{% set a = "We will call your " %}{% set m = a ~ "employer." %}Example Lending: {{ m }}' }, "{{ m }}"],
  ["a loop over a literal list", { ...base, body: 'Example Lending: {% for w in ["We will call your employer.", "Pay now."] %}{{ w }} {% endfor %}' }, "{{ w }}"],
  ["a loop over a list set before", { ...base, body: '{% set l = ["Pay now.", "We will call your employer."] %}Example Lending: {% for w in l %}{{ w }} {% endfor %}' }, "{{ w }}"],
  ["the values of a loop over a literal dictionary", { ...base, body: 'Example Lending: {% for k, v in {"a": "We will call your employer."} %}{{ v }} {% endfor %}' }, "{{ v }}"],
  ["a lookup in a literal dictionary", { ...base, body: '{% set d = {"next": "We will call your employer."} %}Example Lending: {{ d.next }}' }, "{{ d.next }}"],
  [
    "a loop over a declared list's examples",
    { ...base, variables: ["steps: { type: array, maxItems: 3, items: { type: string, maxLength: 40 }, example: [\"We will call your employer.\"] }"], body: "Example Lending: {% for s in steps %}{{ s }} {% endfor %}" },
    "{{ s }}",
  ],
  [
    "an output alone in a branch",
    { ...base, variables: [FLAG, 'note: { type: string, maxLength: 40, enum: ["", "We will call your employer."], example: "" }'], body: "Example Lending: your account is past due. {% if flag %}{{ note }}{% endif %}" },
    "{{ note }}",
  ],
];

ruleTester().run("no-threats, on words the template passes on", plugin.rules["no-threats"], {
  valid: [
    // Reassurance passed on is still reassurance; a name set to itself ends.
    { filename: FILENAME, code: template({ ...base, body: '{% set m = "We will never call your employer." %}Example Lending: {{ m }}' }) },
    { filename: FILENAME, code: template({ ...base, body: '{% set m = "Pay" %}{% set m = m ~ " now." %}Example Lending: {{ m }}' }) },
  ],
  invalid: cases.map(([, spec, output]) => ({ filename: FILENAME, code: template(spec), errors: [renderedAt(spec, output)] })),
});
