import plugin from "../../src/index.js";
import { FILENAME, ruleTester, template } from "../rule-tester.js";

const REMINDER = "【示例金融】您的借款本期应还100元，还款日为6月5日。如已还款请忽略，详询400-000-0000。";
ruleTester().run("no-marketing-opt-out-in-service", plugin.rules["no-marketing-opt-out-in-service"], {
  valid: [
    { filename: FILENAME, code: template({ body: REMINDER }) },
    { filename: FILENAME, code: template({ category: "collection", body: "【示例金融】您的借款已逾期，详询400-000-0000。如非本人请忽略。" }) },
    // Marketing needs it.
    { filename: FILENAME, code: template({ category: "marketing", audience: "customer", body: "【示例金融】新品上线，详询400-000-0000。拒收请回复R" }) },
    // Only SMS refusal keywords are blocked; an email may say how to stop emails.
    { filename: FILENAME, code: template({ channel: "email", subject: "示例金融：还款提醒", body: "您的借款本期应还100元。如需退订此类邮件提醒，请在设置中关闭。" }) },
    // The US pack has no such entry: STOP is the required opt-out there.
    { filename: FILENAME, code: template({ locale: "en-US", category: "collection", sender: "{ name: Example Lending, role: creditor }", body: "Example Lending: your loan is past due. Reply STOP to stop texts." }) },
  ],
  invalid: [
    {
      filename: FILENAME,
      code: template({ category: "collection", body: "【示例金融】您的借款已逾期，详询400-000-0000。如非本人请忽略。拒收请回复R" }),
      errors: [
        {
          message: "`拒收请回复R` is the marketing opt-out; in a collection message a reply would block later notices.\nWrite instead: 如有疑问请致电官方客服热线。 Collection, reminder and transactional SMS do not carry the marketing refusal keyword, which blocks every later message from the signature. Source: SMS platform and carrier template rules (Alibaba Cloud, Tencent Cloud, Huawei Cloud, Qiniu, Volcengine) (CN-TXN-OPTOUT-003).",
          line: 10,
          column: 38,
          endColumn: 44,
          suggestions: [{ messageId: "remove", data: { text: "拒收请回复R" }, output: template({ category: "collection", body: "【示例金融】您的借款已逾期，详询400-000-0000。如非本人请忽略。" }) }],
        },
      ],
    },
    {
      // The blank space before it goes too.
      filename: FILENAME,
      code: template({ body: `${REMINDER} 回T退订` }),
      errors: [{ messageId: "forbidden", line: 10, column: 53, endColumn: 57, suggestions: [{ messageId: "remove", output: template({ body: REMINDER }) }] }],
    },
    {
      // Each occurrence, in each branch.
      filename: FILENAME,
      code: template({ variables: ["autopay: { type: boolean, example: true }"], body: "【示例金融】{% if autopay %}将自动扣款。退订回T{% else %}请按时还款。拒收請回覆R{% endif %}" }),
      errors: [
        { messageId: "forbidden", line: 12, column: 29, endColumn: 33, suggestions: [{ messageId: "remove", output: template({ variables: ["autopay: { type: boolean, example: true }"], body: "【示例金融】{% if autopay %}将自动扣款。{% else %}请按时还款。拒收請回覆R{% endif %}" }) }] },
        { messageId: "forbidden", line: 12, column: 49, endColumn: 55, suggestions: [{ messageId: "remove", output: template({ variables: ["autopay: { type: boolean, example: true }"], body: "【示例金融】{% if autopay %}将自动扣款。退订回T{% else %}请按时还款。{% endif %}" }) }] },
      ],
    },
  ],
});
