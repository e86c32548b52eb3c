import { compileTemplate, type CompiledTemplate } from "@tactful/renderer";

/** Templates the guard tests send: each declares what the guard reads (category, audience, send limits). */
const front = (fields: string, variables: string): string => `---\n${fields}\nvariables:\n${variables}\n---\n`;

export const SOURCES = {
  cnCollection:
    front(
      `id: cn.collection\nversion: 3\nchannel: sms\nlocale: zh-CN\ncategory: collection\naudience: borrower\nsender: { name: 示例金融, role: creditor }\nsend: { window: "09:00-21:30", maxPerDay: 2 }`,
      `  amount: { type: number, minimum: 0, maximum: 99999, role: amount-due, example: 100 }\n  note: { type: string, maxLength: 200, example: 请尽快还款 }`,
    ) + "【示例金融】您的借款已逾期，应还{{ amount | money }}元。{{ note }}\n",
  cnReminder:
    front(
      `id: cn.reminder\nversion: 1\nchannel: sms\nlocale: zh-CN\ncategory: reminder\naudience: borrower\nsender: { name: 示例金融, role: creditor }`,
      `  amount: { type: number, minimum: 0, maximum: 99999, role: amount-due, example: 100 }`,
    ) + "【示例金融】您本期应还{{ amount | money }}元，详询400-000-0000。\n",
  cnMarketing:
    front(
      `id: cn.marketing\nversion: 1\nchannel: sms\nlocale: zh-CN\ncategory: marketing\naudience: customer\nsender: { name: 示例金融, role: creditor }`,
      `  rate: { type: number, minimum: 0, maximum: 24, role: apr, example: 7.2 }`,
    ) + "【示例金融】本周借款年化利率(单利){{ rate }}%起，详见APP。拒收请回复R\n",
  cnTransactional:
    front(
      `id: cn.receipt\nversion: 1\nchannel: sms\nlocale: zh-CN\ncategory: transactional\naudience: borrower\nsender: { name: 示例金融, role: creditor }`,
      `  amount: { type: number, minimum: 0, maximum: 99999, example: 100 }`,
    ) + "【示例金融】已收到您的还款{{ amount | money }}元。\n",
  cnThirdParty:
    front(
      `id: cn.contact\nversion: 1\nchannel: sms\nlocale: zh-CN\ncategory: collection\naudience: third-party\nsender: { name: 示例金融, role: creditor }`,
      `  hotline: { type: string, enum: ["400-000-0000"], example: "400-000-0000" }`,
    ) + "【示例金融】您好，请协助转告机主回电{{ hotline }}。\n",
  usCollection:
    front(
      `id: us.collection\nversion: 2\nchannel: sms\nlocale: en-US\ncategory: collection\naudience: borrower\nsender: { name: Example Recovery, role: collection-agency, onBehalfOf: Example Bank }`,
      `  note: { type: string, maxLength: 200, example: "Thank you." }`,
    ) + "Example Recovery is a debt collector. Your Example Bank account is past due. {{ note }} Reply STOP to stop texts to this number.\n",
  usMarketing:
    front(
      `id: us.marketing\nversion: 1\nchannel: sms\nlocale: en-US\ncategory: marketing\naudience: customer\nsender: { name: Example Bank, role: creditor }`,
      `  name: { type: string, maxLength: 40, example: Sam }`,
    ) + "Example Bank: {{ name }}, new offers are in the app. Reply STOP to cancel, HELP for help.\n",
} as const;

export type TemplateName = keyof typeof SOURCES;

export const compiled = (): CompiledTemplate[] => Object.entries(SOURCES).map(([name, text]) => compileTemplate(text, { filePath: `${name}.sms.msg.njk` }));
