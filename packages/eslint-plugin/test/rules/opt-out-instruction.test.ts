import plugin from "../../src/index.js";
import { entryData, FILENAME, FLAG, lastFlagIf, ruleTester, template, TEN_EMPTY_IFS } from "../rule-tester.js";

const cn = { category: "marketing" as const, audience: "customer" as const, sender: "{ name: 示例消费金融, role: creditor }" };
const AD = "【示例消费金融】您的借款额度已更新，年化利率(单利)7.2%起，详询400-000-0000。";
const usCollection = { locale: "en-US", category: "collection" as const, sender: "{ name: Example Recovery, role: collection-agency, onBehalfOf: Example Bank }" };
const DUE = "Example Recovery, a debt collector: your Example Bank account ending 1234 is past due. Call 1-800-000-0000.";
const usMarketing = { locale: "en-US", category: "marketing" as const, audience: "customer" as const, sender: "{ name: Example Lending, role: creditor }" };
const UNSUBSCRIBE = "unsubscribe_url: { type: string, format: uri, maxLength: 60, role: unsubscribe-url, example: 'https://mail.example.com/u/el' }";

const CN_ENTRY =
  "CN-MKT-OPTOUT-002: Every marketing SMS ends with a free, simple refusal instruction. Source: 通信短信息服务管理规定 Arts. 18–21; 广告法 (2021 amendment) Art. 43 para 2; 消费者权益保护法实施条例 Art. 24; 银行保险机构消费者权益保护管理办法; SMS platform and carrier template rules (Alibaba Cloud, Tencent Cloud, Huawei Cloud, Qiniu, Volcengine)";

const HK_PROMOTION = "【示例財務】私人貸款實際年利率由5.6%起。查詢：3555 1234。如不欲接收此類訊息請回覆STOP。";

ruleTester().run("opt-out-instruction", plugin.rules["opt-out-instruction"], {
  valid: [
    { filename: FILENAME, code: template({ ...cn, body: `${AD}拒收请回复R` }) },
    // Closing punctuation and blank space may follow it.
    { filename: FILENAME, code: template({ ...cn, body: `${AD}拒收请回复R。\n` }) },
    // In every branch.
    {
      filename: FILENAME,
      code: template({ ...cn, variables: ["vip: { type: boolean, example: true }"], body: "【示例消费金融】{% if vip %}尊享额度已更新。拒收请回复R{% else %}额度已更新。拒收请回复R{% endif %}" }),
    },
    // Service messages need none.
    { filename: FILENAME, code: template({ body: "【示例金融】您的借款本期应还100元，还款日为6月5日。" }) },
    { filename: FILENAME, code: template({ ...usCollection, body: `${DUE} Reply STOP to stop texts to this number.` }) },
    { filename: FILENAME, code: template({ ...usMarketing, body: "Example Lending: rates from 7.2% APR. Msg & data rates may apply. Reply STOP to cancel, HELP for help." }) },
    // Email: an unsubscribe link, or reply STOP, at the end; a variable with the unsubscribe-url role counts.
    { filename: FILENAME, code: template({ ...usCollection, channel: "email", subject: "Your Example Bank account", body: `${DUE}\n\nTo stop emails from us to this address, reply STOP.` }) },
    {
      filename: FILENAME,
      code: template({ ...usCollection, channel: "email", subject: "Your Example Bank account", variables: [UNSUBSCRIBE], body: `${DUE}\n\n[Stop these emails]({{ unsubscribe_url }})` }),
    },
    {
      filename: FILENAME,
      code: template({
        ...usMarketing,
        channel: "email",
        subject: "Personal loans from 7.2% APR",
        variables: [UNSUBSCRIBE],
        body: "Fixed rates from 7.2% APR.\n\nExample Lending, 100 Main St, Austin, TX 78701\n[Unsubscribe]({{ unsubscribe_url }})",
      }),
    },
    // An email opt-out given as a labelled link, to a collector's and to a marketer's list (with the postal address).
    { filename: FILENAME, code: template({ ...usCollection, channel: "email", subject: "Your Example Bank account", body: `${DUE}\n\nTo opt out of these emails, visit mail.example.com/optout` }) },
    { filename: FILENAME, code: template({ ...usMarketing, channel: "email", subject: "Personal loans from 7.2% APR", body: "Fixed rates from 7.2% APR.\n\nExample Lending, 100 Main St, Austin, TX 78701\nUnsubscribe here: lists.example.com/el/remove" }) },
    // Chinese marketing push: the notification setting named before the switch.
    { filename: FILENAME, code: template({ ...cn, channel: "push", title: "示例消费金融", body: "您的额度已更新，年化利率(单利)7.2%起。不想再收到？前往「我的-推送設定」關閉即可。" }) },
    // Chinese marketing email: a visible unsubscribe.
    { filename: FILENAME, code: template({ ...cn, channel: "email", subject: "示例消费金融：额度更新", body: "您的借款额度已更新。\n\n如不想再收到此类邮件，请点击退订。" }) },
  ],
  invalid: [
    {
      // A Hong Kong promotion with its unsubscribe statement in Chinese only: it has an opt-out, and lacks the English one the market asks for too.
      filename: FILENAME,
      code: template({ locale: "zh-HK", category: "marketing", audience: "customer", sender: "{ name: 示例財務, role: creditor }", body: HK_PROMOTION }),
      output: template({ locale: "zh-HK", category: "marketing", audience: "customer", sender: "{ name: 示例財務, role: creditor }", body: `${HK_PROMOTION}To unsubscribe, reply STOP.` }),
      errors: [{ messageId: "incomplete", line: 10, column: 1 }],
    },
    {
      // A push that names the setting but never says to switch it off.
      filename: FILENAME,
      code: template({ ...cn, channel: "push", title: "示例消费金融", body: "您的额度已更新，年化利率(单利)7.2%起。推送設定可在「我的」頁面查看。" }),
      errors: [{ messageId: "missing" }],
    },
    {
      // STOP as a bare keyword works as an opt-out; only the canonical "Reply STOP" wording is suggested (advisory).
      filename: FILENAME,
      code: template({ ...usCollection, body: `${DUE} STOP to end texts` }),
      errors: [{ messageId: "notPreferred", data: { ...entryData("US", "optOut", "US-COL-OPTOUT-003-SMS"), text: "STOP to end texts", preferred: "`Reply STOP to stop texts to this number.`" }, suggestions: 1 }],
    },
    {
      filename: FILENAME,
      code: template({ ...usMarketing, body: "Example Lending: rates from 7.2% APR. Txt STOP to unsubscribe." }),
      errors: [{ messageId: "notPreferred", suggestions: 1 }],
    },
    {
      // A word STOP that instructs nothing is no opt-out.
      filename: FILENAME,
      code: template({ ...usCollection, body: `${DUE} We will STOP late fees once a plan is set.` }),
      output: template({ ...usCollection, body: `${DUE} We will STOP late fees once a plan is set. Reply STOP to stop texts to this number.` }),
      errors: [{ messageId: "missing" }],
    },
    {
      // An email that says how to opt out but gives no link to do it with.
      filename: FILENAME,
      code: template({ ...usCollection, channel: "email", subject: "Your Example Bank account", body: `${DUE}\n\nTo opt out of these emails, write to our office.` }),
      output: template({ ...usCollection, channel: "email", subject: "Your Example Bank account", body: `${DUE}\n\nTo opt out of these emails, write to our office. To stop emails from us to this address, reply STOP.` }),
      errors: [{ messageId: "missing" }],
    },
    {
      // Ten ifs that change nothing, and the opt-out in an eleventh: rendered with flag false, it has none.
      filename: FILENAME,
      code: template({ ...cn, variables: [FLAG], body: `${AD}${TEN_EMPTY_IFS}{% if flag %}拒收请回复R{% endif %}` }),
      errors: [
        {
          messageId: "missingInBranch",
          data: { ...entryData("CN", "optOut", "CN-MKT-OPTOUT-002"), expected: "`拒收请回复R`" },
          ...lastFlagIf(template({ ...cn, variables: [FLAG], body: `${AD}${TEN_EMPTY_IFS}{% if flag %}拒收请回复R{% endif %}` })),
        },
      ],
    },
    {
      // No refusal instruction: the fix appends it, with no space after Chinese text.
      filename: FILENAME,
      code: template({ ...cn, body: AD }),
      output: template({ ...cn, body: `${AD}拒收请回复R` }),
      errors: [{ message: `The message has no opt-out.\nExpected \`拒收请回复R\`. ${CN_ENTRY.replace(/^(\S+): (.*)$/su, "$2")} (CN-MKT-OPTOUT-002).`, line: 10, column: 1, endColumn: 48 }],
    },
    {
      // English text: a separating space; the fix lands before a trailing comment.
      filename: FILENAME,
      code: template({ ...usCollection, body: `${DUE}\n{# reviewed by compliance #}` }),
      output: template({ ...usCollection, body: `${DUE} Reply STOP to stop texts to this number.\n{# reviewed by compliance #}` }),
      errors: [
        {
          message:
            "The message has no opt-out.\nExpected `Reply STOP to stop texts to this number.`. Every collection text says how to opt out of further texts (Reply STOP). Source: Regulation F, 12 CFR §1006.6(e); Telephone Consumer Protection Act (TCPA) and the FCC's rules 47 CFR §64.1200(a)(10) (US-COL-OPTOUT-003-SMS).",
          line: 10,
          column: 1,
        },
      ],
    },
    {
      // Not at the end.
      filename: FILENAME,
      code: template({ ...cn, body: "【示例消费金融】额度已更新。拒收请回复R，详询400-000-0000。" }),
      errors: [
        {
          message: "The opt-out `拒收请回复R` must come at the end of the message: move it after the rest of the text.\nRecipients and platforms look for it there. Every marketing SMS ends with a free, simple refusal instruction. Source: 通信短信息服务管理规定 Arts. 18–21; 广告法 (2021 amendment) Art. 43 para 2; 消费者权益保护法实施条例 Art. 24; 银行保险机构消费者权益保护管理办法; SMS platform and carrier template rules (Alibaba Cloud, Tencent Cloud, Huawei Cloud, Qiniu, Volcengine) (CN-MKT-OPTOUT-002).",
          line: 10,
          column: 15,
          endColumn: 21,
        },
      ],
    },
    {
      filename: FILENAME,
      code: template({ ...usMarketing, body: "Example Lending: rates from 7.2% APR. Reply STOP to cancel. Msg & data rates may apply." }),
      errors: [{ messageId: "notAtEnd", line: 10, column: 39, endColumn: 59 }],
    },
    {
      // A refusal that needs a login.
      filename: FILENAME,
      code: template({ ...cn, body: "【示例消费金融】额度已更新，如需退订请登录APP。拒收请回复R" }),
      errors: [
        {
          message: "`退订请登录` is not an acceptable way to opt out: refusing must be free and simple.\nrefusal only by logging in. Every marketing SMS ends with a free, simple refusal instruction. Source: 通信短信息服务管理规定 Arts. 18–21; 广告法 (2021 amendment) Art. 43 para 2; 消费者权益保护法实施条例 Art. 24; 银行保险机构消费者权益保护管理办法; SMS platform and carrier template rules (Alibaba Cloud, Tencent Cloud, Huawei Cloud, Qiniu, Volcengine) (CN-MKT-OPTOUT-002).",
          line: 10,
          column: 17,
          endColumn: 22,
        },
      ],
    },
    {
      // Accepted, but not the canonical form: advisory, with a suggestion.
      filename: FILENAME,
      code: template({ ...cn, body: `${AD}回T退订` }),
      errors: [
        {
          message: "`回T退订` is accepted, but prefer the canonical opt-out `拒收请回复R`.\nSome platforms accept only that form. Source: 通信短信息服务管理规定 Arts. 18–21; 广告法 (2021 amendment) Art. 43 para 2; 消费者权益保护法实施条例 Art. 24; 银行保险机构消费者权益保护管理办法; SMS platform and carrier template rules (Alibaba Cloud, Tencent Cloud, Huawei Cloud, Qiniu, Volcengine) (CN-MKT-OPTOUT-002).",
          line: 10,
          column: 48,
          endColumn: 52,
          suggestions: [{ messageId: "usePreferred", data: { text: "拒收请回复R" }, output: template({ ...cn, body: `${AD}拒收请回复R` }) }],
        },
      ],
    },
    {
      // In one branch only: reported at the if, not fixed.
      filename: FILENAME,
      code: template({ ...cn, variables: ["vip: { type: boolean, example: true }"], body: "【示例消费金融】{% if vip %}尊享额度已更新。拒收请回复R{% else %}额度已更新。{% endif %}" }),
      errors: [{ messageId: "missingInBranch", line: 12, column: 9 }],
    },
    {
      // A US marketing email needs the postal address alongside the unsubscribe link.
      filename: FILENAME,
      code: template({ ...usMarketing, channel: "email", subject: "Personal loans from 7.2% APR", variables: [UNSUBSCRIBE], body: "*Advertisement*\n\nFixed rates from 7.2% APR.\n[Unsubscribe]({{ unsubscribe_url }})" }),
      errors: [
        {
          message:
            "The opt-out needs the sender's postal address alongside it, and the message gives none.\nRole `postal-address`: no output of a variable with that role and no text that states it. Every marketing email has a working unsubscribe link and the sender's postal address. Source: CAN-SPAM Act 15 U.S.C. §7704(a)(3)–(5) (US-EMAIL-016).",
          line: 13,
          column: 1,
          endColumn: 16,
        },
      ],
    },
  ],
});
