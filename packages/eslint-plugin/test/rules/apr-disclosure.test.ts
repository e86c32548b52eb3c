import plugin from "../../src/index.js";
import { FILENAME, ruleTester, template } from "../rule-tester.js";

const cn = { category: "marketing" as const, audience: "customer" as const, sender: "{ name: 示例消费金融, role: creditor }" };
const us = { locale: "en-US", category: "marketing" as const, audience: "customer" as const, sender: "{ name: Example Lending, role: creditor }" };
const APR = "apr: { type: number, minimum: 3.6, maximum: 23.99, role: apr, example: 7.2 }";

ruleTester().run("apr-disclosure", plugin.rules["apr-disclosure"], {
  valid: [
    { filename: FILENAME, code: template({ ...cn, body: "【示例消费金融】借1万元，年化利率(单利)10.8%起，日利率0.03%起，详询400-000-0000。拒收请回复R" }) },
    // The annualized rate through a variable with role apr.
    { filename: FILENAME, code: template({ ...cn, variables: [APR], body: "【示例消费金融】日利率低至0.02%，综合成本{{ apr }}%起。拒收请回复R" }) },
    // No rate, fee or instalment mentioned.
    { filename: FILENAME, code: template({ ...cn, body: "【示例消费金融】您的额度已更新，详询400-000-0000。拒收请回复R" }) },
    // Only the branch that mentions a monthly rate needs the annualized rate, and it has it.
    {
      filename: FILENAME,
      code: template({ ...cn, variables: ["promo: { type: boolean, example: true }"], body: "【示例消费金融】{% if promo %}月利率0.6%起（年化利率7.2%起）{% else %}新品上线{% endif %}，详询400-000-0000。拒收请回复R" }),
    },
    // Not marketing: a collection message may speak of interest.
    { filename: FILENAME, code: template({ category: "collection", body: "【示例金融】您的借款已逾期，将继续产生利息。" }) },
    { filename: FILENAME, code: template({ ...us, body: "Example Lending: Borrow $5,000 for $166/month, 36 months, 12.99% APR. Reply STOP to cancel." }) },
    // An annualised rate written with blanks between its characters is still shown.
    { filename: FILENAME, code: template({ ...cn, body: "【示例消费金融】新客借款享利息8折，年 化 利 率 9.6%起。拒收请回复R" }) },
    { filename: FILENAME, code: template({ ...us, body: "Example Lending: Cash advances cost $12 per $100 borrowed (APR 312%). Reply STOP to cancel." }) },
    // An email whose subject gives the APR for the payment quoted in the body.
    {
      filename: FILENAME,
      code: template({ ...us, channel: "email", variables: [APR], subject: "Personal loans from {{ apr }}% APR", body: "A $10,000 loan has 36 monthly payments of $336.89." }),
    },
  ],
  invalid: [
    {
      filename: FILENAME,
      code: template({ ...cn, body: "【示例消费金融】您的借款额度已更新，日息0.02%起，详询400-000-0000。拒收请回复R" }),
      errors: [
        {
          message:
            "`日息` mentions pricing (a daily or monthly rate) but the message shows no annualized rate.\nAccepted: the annualized rate (年化); an annual rate (年利率, 实际年利率, 总费用年百分率); the APR and no output of a variable with role `apr`. Loan marketing that mentions a rate, fee or instalment shows the annualized rate, at least as prominently. Source: 中国人民银行公告〔2021〕第3号 (贷款年化利率明示); 关于推进信用卡透支利率市场化改革的通知 (银发〔2020〕327号); 关于进一步促进信用卡业务规范健康发展的通知 (银保监规〔2022〕13号); 广告法 (2021 amendment) Art. 8 (CN-MKT-APR-008).",
          line: 10,
          column: 19,
          endColumn: 21,
        },
      ],
    },
    {
      // Several triggers: reported once, at the first.
      filename: FILENAME,
      code: template({ ...cn, body: "【示例消费金融】分12期，每期手续费低至0.6%。拒收请回复R" }),
      errors: [{ messageId: "missing", line: 10, column: 9, endColumn: 13 }],
    },
    {
      // The branch that quotes a monthly rate has no annualized rate.
      filename: FILENAME,
      code: template({ ...cn, variables: ["promo: { type: boolean, example: true }"], body: "【示例消费金融】{% if promo %}月息低至0.5%{% else %}年化利率7.2%起{% endif %}。拒收请回复R" }),
      errors: [{ messageId: "missing", line: 12, column: 23, endColumn: 25 }],
    },
    {
      filename: FILENAME,
      code: template({ ...us, body: "Example Lending: Borrow $5,000 for $166/month. Reply STOP to cancel." }),
      errors: [
        {
          message:
            "`$166/month` mentions pricing (a monthly payment) but the message shows no annualized rate.\nAccepted: the APR; an annual rate (annual percentage rate, per annum, p.a.) and no output of a variable with role `apr`. A credit ad that states a rate, a payment amount, a number of payments or a down payment also states the APR. Source: Truth in Lending Act / Regulation Z, 12 CFR §1026.24(c)–(d), §1026.16(b) (US-MKT-APR-017).",
          line: 10,
          column: 36,
          endColumn: 46,
        },
      ],
    },
    {
      // Blanks or dots between the characters do not hide low interest; reported at the characters as written.
      filename: FILENAME,
      code: template({ ...cn, body: "【示例消费金融】超 低·息 借款，最快当天到账。拒收请回复R" }),
      errors: [{ messageId: "missing", line: 10, column: 11, endColumn: 14 }],
    },
    {
      // A daily rate in ten-thousandths, not annualised.
      filename: FILENAME,
      code: template({ ...cn, body: "【示例消费金融】借款每日费用低至万分之三，额度最高5万元。拒收请回复R" }),
      errors: [{ messageId: "missing" }],
    },
    {
      // A daily cost and a Hong Kong 息率 are prices of credit too.
      filename: FILENAME,
      code: template({ ...cn, body: "【示例消费金融】借款1天只要1元，随借随还。拒收请回复R" }),
      errors: [{ messageId: "missing" }],
    },
    {
      filename: FILENAME,
      code: template({ ...cn, locale: "zh-HK", jurisdiction: "CN", body: "【示例財務】私人貸款息率低至1.8%，即批即過數。回覆STOP取消" }),
      errors: [{ messageId: "missing" }],
    },
    {
      filename: FILENAME,
      code: template({ ...us, body: "Example Lending: Pay just $25 a week on a $600 loan. Reply STOP to cancel." }),
      errors: [{ messageId: "missing" }],
    },
    {
      // A fee per amount borrowed is a price of credit.
      filename: FILENAME,
      code: template({ ...us, body: "Example Lending: Get $300 by Friday for only $18 per $100 borrowed. Reply STOP to cancel." }),
      errors: [{ messageId: "missing", line: 10, column: 46, endColumn: 58 }],
    },
    {
      filename: FILENAME,
      code: template({ ...us, body: "Example Lending: Competitive rates and no hidden fees on loans up to $2,000. Reply STOP to cancel." }),
      errors: [{ messageId: "missing" }],
    },
    {
      // A trigger in an email subject is reported where it is written in the front matter.
      filename: FILENAME,
      code: template({ ...us, channel: "email", subject: "Low monthly payments of $99", body: "Check your rate at https://www.example.com." }),
      errors: [{ messageId: "missing", line: 9, column: 15, endColumn: 34 }],
    },
  ],
});
