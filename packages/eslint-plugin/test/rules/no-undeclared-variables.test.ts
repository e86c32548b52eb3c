import plugin from "../../src/index.js";
import { FILENAME, ruleTester, template } from "../rule-tester.js";

const declared = ["days: { type: integer, maximum: 999, example: 3 }", "items: { type: array, maxItems: 3, example: [] }"];

ruleTester().run("no-undeclared-variables", plugin.rules["no-undeclared-variables"], {
  valid: [
    { filename: FILENAME, code: template({ variables: declared, body: "{{ days }}{% for i in items %}{{ i }}{{ loop.index }}{% endfor %}{% set x = days %}{{ x }}" }) },
    { filename: FILENAME, code: template({ variables: declared, channel: "email", subject: "逾期{{ days }}天", body: "{{ days }}{{ items }}" }) },
    // Braces around no name, and a Nunjucks output, are not another system's placeholder.
    { filename: FILENAME, code: template({ variables: declared, body: "【示例金融】{ } {1} 已逾期{{ days }}天{{ items }}" }) },
  ],
  invalid: [
    {
      // Another template system's placeholders are sent as written: the borrower would read the braces.
      filename: FILENAME,
      code: template({ variables: declared, body: "【示例金融】{客户姓名}您好，已逾期${days}天{{ items }}" }),
      errors: [
        { messageId: "foreignPlaceholder", data: { text: "{客户姓名}", output: "{{ name }}" }, line: 13, column: 7, endColumn: 13, suggestions: [] },
        {
          messageId: "foreignPlaceholder",
          data: { text: "${days}", output: "{{ days }}" },
          line: 13,
          column: 19,
          endColumn: 26,
          suggestions: [{ messageId: "useVariable", data: { name: "days" }, output: template({ variables: declared, body: "【示例金融】{客户姓名}您好，已逾期{{ days }}天{{ items }}" }) }],
        },
      ],
    },
    {
      // Kept as text by raw, a Nunjucks output is a placeholder too.
      filename: FILENAME,
      code: template({ variables: declared, body: "{% raw %}{{ days }}{% endraw %}天{{ days }}{{ items }}" }),
      errors: [{ messageId: "foreignPlaceholder", data: { text: "{{ days }}", output: "{{ days }}" }, line: 13, column: 10, suggestions: [] }],
    },
    {
      filename: FILENAME,
      code: template({ variables: declared, body: "【示例金融】已逾期{{ dayz }}天{{ items }}" }),
      errors: [
        {
          messageId: "undeclared",
          line: 13,
          column: 13,
          endColumn: 17,
          suggestions: [
            { messageId: "rename", data: { name: "days" }, output: template({ variables: declared, body: "【示例金融】已逾期{{ days }}天{{ items }}" }) },
            {
              messageId: "declare",
              data: { name: "dayz" },
              output: template({ variables: [...declared, "dayz: { type: string }"], body: "【示例金融】已逾期{{ dayz }}天{{ items }}" }),
            },
          ],
        },
      ],
    },
    {
      // Used in the subject, at its place inside the YAML string.
      filename: FILENAME,
      code: template({ channel: "email", subject: "您好{{ name }}", body: "正文" }),
      errors: [
        {
          messageId: "undeclared",
          line: 9,
          column: 16,
          suggestions: [{ messageId: "declare", output: template({ channel: "email", subject: "您好{{ name }}", body: "正文" }).replace("---\n正文", "variables:\n  name: { type: string }\n---\n正文") }],
        },
      ],
    },
  ],
});
