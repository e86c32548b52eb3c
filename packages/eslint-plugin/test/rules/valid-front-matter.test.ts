import plugin from "../../src/index.js";
import { FILENAME, ruleTester, template } from "../rule-tester.js";

const base = template({ body: "【示例金融】您好。" });
const traditional = template({ body: "【示例金融】您好。", locale: "zh-TW" });
const withJurisdiction = traditional.replace("locale: zh-TW\n", "locale: zh-TW\njurisdiction: CN\n");

ruleTester().run("valid-front-matter", plugin.rules["valid-front-matter"], {
  valid: [{ filename: FILENAME, code: base }, { filename: FILENAME, code: withJurisdiction }],
  invalid: [
    {
      filename: FILENAME,
      code: base.replace("category: reminder", "category: reminders"),
      errors: [
        {
          line: 6,
          column: 11,
          endColumn: 20,
          message: "`category` must be one of collection, reminder, marketing, transactional (got `reminders`).",
          suggestions: [{ messageId: "replace", data: { replacement: "reminder" }, output: base }],
        },
      ],
    },
    {
      // An enum value in the wrong case, and one misspelt.
      filename: FILENAME,
      code: base.replace("channel: sms", "channel: SMS").replace("category: reminder", "category: colection"),
      errors: [
        { line: 4, messageId: "schema", suggestions: [{ messageId: "replace", data: { replacement: "sms" }, output: base.replace("category: reminder", "category: colection") }] },
        { line: 6, messageId: "schema", suggestions: [{ messageId: "replace", data: { replacement: "collection" }, output: base.replace("channel: sms", "channel: SMS").replace("category: reminder", "category: collection") }] },
      ],
    },
    {
      // A quoted value keeps its quotes.
      filename: FILENAME,
      code: base.replace("channel: sms", 'channel: "SMS"'),
      errors: [{ messageId: "schema", suggestions: [{ messageId: "replace", output: base.replace("channel: sms", 'channel: "sms"') }] }],
    },
    {
      // A misspelt key.
      filename: FILENAME,
      code: base.replace("audience: borrower", "audeince: borrower"),
      errors: [
        { message: "Missing required key `audience`.", suggestions: [] },
        { messageId: "schema", line: 7, column: 1, endColumn: 9, suggestions: [{ messageId: "replace", data: { replacement: "audience" }, output: base }] },
      ],
    },
    {
      // Nothing near: no guess.
      filename: FILENAME,
      code: base.replace("channel: sms", "channel: fax"),
      errors: [{ messageId: "schema", suggestions: [] }],
    },
    {
      // A YAML syntax error: no fix rather than a wrong one.
      filename: FILENAME,
      code: base.replace("version: 1", "version: 1\nversion: 2"),
      errors: [{ line: 4, column: 1, message: "YAML: Map keys must be unique", suggestions: [] }],
    },
    {
      // zh-TW has no pack by default: the packs for Chinese are offered, on the line after `locale`.
      filename: FILENAME,
      code: traditional,
      errors: [
        {
          messageId: "noJurisdiction",
          line: 5,
          column: 9,
          suggestions: [
            { messageId: "addJurisdiction", data: { jurisdiction: "CN" }, output: withJurisdiction },
            { messageId: "addJurisdiction", data: { jurisdiction: "HK" }, output: withJurisdiction.replace("jurisdiction: CN", "jurisdiction: HK") },
          ],
        },
      ],
    },
    {
      // CRLF and lone-CR files keep their line breaks.
      filename: FILENAME,
      code: traditional.replaceAll("\n", "\r\n"),
      errors: [{ messageId: "noJurisdiction", suggestions: [{ messageId: "addJurisdiction", output: withJurisdiction.replaceAll("\n", "\r\n") }, { messageId: "addJurisdiction", output: withJurisdiction.replace("jurisdiction: CN", "jurisdiction: HK").replaceAll("\n", "\r\n") }] }],
    },
    {
      filename: FILENAME,
      code: traditional.replaceAll("\n", "\r"),
      errors: [{ messageId: "noJurisdiction", suggestions: [{ messageId: "addJurisdiction", output: withJurisdiction.replaceAll("\n", "\r") }, { messageId: "addJurisdiction", output: withJurisdiction.replace("jurisdiction: CN", "jurisdiction: HK").replaceAll("\n", "\r") }] }],
    },
    {
      // A comment after the locale stays on its line.
      filename: FILENAME,
      code: traditional.replace("locale: zh-TW\n", "locale: zh-TW # Taiwan\n"),
      errors: [
        {
          messageId: "noJurisdiction",
          suggestions: ["CN", "HK"].map((jurisdiction) => ({ messageId: "addJurisdiction", output: withJurisdiction.replace("locale: zh-TW\n", "locale: zh-TW # Taiwan\n").replace("jurisdiction: CN", `jurisdiction: ${jurisdiction}`) })),
        },
      ],
    },
    {
      // A jurisdiction without a pack is not "missing": no pack to add.
      filename: FILENAME,
      code: base.replace("locale: zh-CN\n", "locale: zh-CN\njurisdiction: XX\n"),
      errors: [{ messageId: "unknownJurisdiction", suggestions: [] }],
    },
    {
      filename: FILENAME,
      code: template({ body: "Hi", channel: "email", locale: "en-US" }),
      errors: [{ line: 4, column: 10, message: "`subject` is required when `channel` is `email`." }],
    },
  ],
});
