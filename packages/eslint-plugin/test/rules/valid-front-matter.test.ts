import plugin from "../../src/index.js";
import { FILENAME, ruleTester, template } from "../rule-tester.js";

ruleTester().run("valid-front-matter", plugin.rules["valid-front-matter"], {
  valid: [{ filename: FILENAME, code: template({ body: "【示例金融】您好。" }) }],
  invalid: [
    {
      filename: FILENAME,
      code: template({ body: "【示例金融】您好。" }).replace("category: reminder", "category: reminders"),
      errors: [{ line: 6, column: 11, endColumn: 20, message: "`category` must be one of collection, reminder, marketing, transactional (got `reminders`)." }],
    },
    {
      filename: FILENAME,
      code: template({ body: "【示例金融】您好。" }).replace("version: 1", "version: 1\nversion: 2"),
      errors: [{ line: 4, column: 1, message: "YAML: Map keys must be unique" }],
    },
    {
      filename: FILENAME,
      code: template({ body: "【示例金融】您好。", locale: "zh-TW" }),
      errors: [{ messageId: "noJurisdiction", line: 5, column: 9 }],
    },
    {
      filename: FILENAME,
      code: template({ body: "Hi", channel: "email", locale: "en-US" }),
      errors: [{ line: 4, column: 10, message: "`subject` is required when `channel` is `email`." }],
    },
  ],
});
