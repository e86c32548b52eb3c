import type { Random } from "./random.js";

/**
 * The kinds of template the benchmark corpus is made of, modelled on the sample library in
 * `templates/`: the same front matter, variables and disclosures, with wording, optional
 * branches and extra paragraphs varied so sizes spread the way a real library's do. Every draft
 * is clean as built; findings are added by `corpus.ts`.
 */

export type Language = "zh" | "en";
export type Channel = "sms" | "email" | "push";
export type Category = "collection" | "reminder" | "transactional" | "marketing";

export interface Draft {
  /** The id without the corpus index. */
  id: string;
  channel: Channel;
  category: Category;
  audience: "borrower" | "third-party" | "customer";
  senderName: string;
  /** The YAML flow mapping of `sender`. */
  sender: string;
  subject?: string;
  title?: string;
  description: string;
  send?: string;
  /** YAML lines under `variables:`. */
  variables: string[];
  /** YAML lines under `examples:`. */
  examples: string[];
  /** Sentences (SMS, push) or paragraphs (email) that findings may be added after. */
  parts: string[];
  /** What must stay last: the wrong-recipient line, the opt-out, the address. */
  closing: string[];
}

export interface Kind {
  language: Language;
  channel: Channel;
  category: Category;
  /** How common the kind is in a library. */
  weight: number;
  build(random: Random): Draft;
}

const ZH_CREDITORS = ["示例金融", "示例消费金融", "示例小额贷款", "示例银行"];
const ZH_AGENCIES = ["示例资产管理", "示例信息咨询"];
const ZH_HOTLINES = ["400-000-0000", "400-820-8820", "95188"];
const EN_CREDITORS = ["Example Lending", "Example Bank", "Example Credit Union"];
const EN_HOTLINES = ["1-800-000-0000", "1-888-555-0100"];
const SEND = '{ window: "09:00-20:00", maxPerDay: 1 }';
const MARKETING_SEND = '{ window: "10:00-20:00", maxPerDay: 1 }';

const ZH_VARIABLES = {
  name: "  name:      { type: string, minLength: 1, maxLength: 4, role: recipient-name, pii: true, description: 借款人姓名, example: 张三 }",
  amount: "  amount:    { type: number, minimum: 0.01, maximum: 999999.99, role: amount-due, description: 当前应还金额（元）, example: 1280.5 }",
  days: "  days:      { type: integer, minimum: 1, maximum: 30, role: days-overdue, description: 已逾期天数, example: 3 }",
  agencyDays: "  days:      { type: integer, minimum: 31, maximum: 999, role: days-overdue, description: 已逾期天数, example: 45 }",
  repayUrl: '  repay_url: { type: string, format: uri, maxLength: 30, role: repayment-channel, description: 官方还款页面, example: "https://pay.example.com/r" }',
  loanTail: '  loan_tail: { type: string, minLength: 4, maxLength: 4, pattern: "^[0-9]{4}$", role: reference-number, description: 借款编号后4位, example: "6688" }',
  dueDate: '  due_date:  { type: string, format: date, maxLength: 10, role: due-date, description: 还款日, example: "2026-06-05" }',
  autopay: "  autopay:   { type: boolean, description: 是否已开通自动扣款, example: true }",
  paidAmount: "  paid_amount: { type: number, minimum: 0.01, maximum: 999999.99, description: 本次还款金额（元）, example: 1280.5 }",
  paidDate: '  paid_date:   { type: string, format: date, maxLength: 10, description: 还款入账日期, example: "2026-06-05" }',
  remaining: "  remaining:   { type: number, minimum: 0, maximum: 999999.99, description: 剩余待还本金（元），0表示已结清, example: 2560 }",
  apr: "  apr: { type: number, minimum: 3.6, maximum: 23.99, role: apr, description: 起始单利年化利率（%）, example: 7.2 }",
  unsubscribeUrl: '  unsubscribe_url: { type: string, format: uri, maxLength: 60, role: unsubscribe-url, description: 退订链接, example: "https://mail.example.com/u/c" }',
  debtorName: "  debtor_name: { type: string, minLength: 1, maxLength: 4, role: debtor-name, pii: true, description: 需联系的客户姓名, example: 张三 }",
};

const EN_VARIABLES = {
  firstName: "  first_name:   { type: string, minLength: 1, maxLength: 20, role: recipient-name, description: The consumer's first name, example: Jane }",
  accountTail: '  account_tail: { type: string, minLength: 4, maxLength: 4, pattern: "^[0-9]{4}$", role: reference-number, description: Last 4 digits of the account, example: "1234" }',
  amount: "  amount:       { type: number, minimum: 0.01, maximum: 999999.99, role: amount-due, description: Balance due in USD, example: 2340.15 }",
  payUrl: '  pay_url:      { type: string, format: uri, maxLength: 40, role: repayment-channel, description: Secure payment page, example: "https://pay.example.com/er" }',
  unsubscribeUrl: '  unsubscribe_url: { type: string, format: uri, maxLength: 60, role: unsubscribe-url, description: One-click unsubscribe link, example: "https://mail.example.com/u/er" }',
  loanTail: '  loan_tail:    { type: string, minLength: 4, maxLength: 4, pattern: "^[0-9]{4}$", role: reference-number, description: Last 4 digits of the loan number, example: "6688" }',
  dueDate: '  due_date:     { type: string, format: date, maxLength: 10, role: due-date, description: Due date, example: "2026-06-05" }',
  autopay: "  autopay:      { type: boolean, description: Whether the borrower is enrolled in autopay, example: true }",
  paidAmount: "  paid_amount:  { type: number, minimum: 0.01, maximum: 999999.99, description: Amount of this payment in USD, example: 412.37 }",
  paidDate: '  paid_date:    { type: string, format: date, maxLength: 10, description: Date the payment posted, example: "2026-06-05" }',
  remaining: '  remaining:    { type: number, minimum: 0, maximum: 999999.99, description: "Remaining principal in USD, 0 when paid in full", example: 3120.8 }',
  apr: "  apr:          { type: number, minimum: 3.6, maximum: 23.99, role: apr, description: Starting APR offered (percent), example: 7.2 }",
};

/** Paragraphs an email may carry besides its disclosures: how long a real one runs. */
const ZH_EMAIL_EXTRAS = [
  "您可以在APP的“我的借款”页面查看每期账单、还款计划和历史还款记录。",
  "如您对账单金额有疑问，可在工作日联系客服核对明细，我们会在两个工作日内答复。",
  "我们支持多种官方还款方式，包括银行卡自动扣款、APP内还款和官方网站还款。",
  "还款成功后，系统将在1个工作日内更新您的账单状态，届时您会收到还款确认通知。",
  "如您近期遇到收入变化等实际困难，欢迎与我们沟通，我们将根据您的情况提供合理的还款安排。",
  "为保护您的个人信息，我们的工作人员不会向您索要银行卡密码或短信验证码。",
  "本邮件由系统自动发送，请勿直接回复。",
];

const EN_EMAIL_EXTRAS = [
  "You can see your statements, your payment schedule and your payment history in the app at any time.",
  "If you have a question about the balance, our team can walk you through each charge. Call us on a weekday and we will answer within two business days.",
  "You can pay by debit card, by bank transfer from a linked account, or in the app. Payments made before 5 p.m. Central Time post the same day.",
  "We will never ask for your full card number, your password or a one-time code by email or text.",
  "If your circumstances have changed, for example a drop in income, tell us. We can look at a payment plan that fits your budget.",
  "This message was sent from an address that cannot receive replies.",
];

function zhCollectionSms(random: Random): Draft {
  const creditor = random.pick(ZH_CREDITORS);
  const hotline = random.pick(ZH_HOTLINES);
  const middle = random.pick([
    "{% if days <= 3 %}如已还款请忽略本提醒；{% else %}为避免产生更多逾期费用，{% endif %}",
    "为避免产生更多逾期费用，",
    "",
    "如暂时无法足额还款，欢迎致电协商还款安排，",
  ]);
  return {
    id: "collection.overdue-notice",
    channel: "sms",
    category: "collection",
    audience: "borrower",
    senderName: creditor,
    sender: `{ name: ${creditor}, role: creditor }`,
    description: `逾期提醒（逾期1-30天），由${creditor}自行发送给借款人本人。`,
    send: SEND,
    variables: [ZH_VARIABLES.name, ZH_VARIABLES.amount, ZH_VARIABLES.days, ZH_VARIABLES.repayUrl],
    examples: [
      "  - { name: typical, data: { name: 张三, amount: 1280.5, days: 3 } }",
      '  - { name: longest, data: { name: 欧阳娜娜, amount: 999999.99, days: 30, repay_url: "https://pay.example.com/r/abcd" } }',
    ],
    parts: [`【${creditor}】{{ name | mask }}您好，您的借款{{ amount | money }}元已逾期{{ days }}天，${middle}请通过{{ repay_url }}或APP还款，有疑问请致电${hotline}。`],
    closing: ["如非本人请忽略。"],
  };
}

function zhAgencySms(random: Random): Draft {
  const agency = random.pick(ZH_AGENCIES);
  const creditor = random.pick(ZH_CREDITORS);
  const credit = random.chance(0.5) ? "逾期信息可能依法报送金融信用信息基础数据库，" : "";
  return {
    id: "collection.agency-overdue-notice",
    channel: "sms",
    category: "collection",
    audience: "borrower",
    senderName: agency,
    sender: `{ name: ${agency}, role: collection-agency, onBehalfOf: ${creditor} }`,
    description: `逾期31天以上的委外催收短信，由${agency}受${creditor}委托发送。`,
    send: SEND,
    variables: [ZH_VARIABLES.name, ZH_VARIABLES.amount, ZH_VARIABLES.agencyDays, ZH_VARIABLES.repayUrl],
    examples: [
      "  - { name: typical, data: { name: 王五, amount: 8650, days: 45 } }",
      '  - { name: longest, data: { name: 欧阳娜娜, amount: 999999.99, days: 999, repay_url: "https://pay.example.com/c/abcd" } }',
    ],
    parts: [`【${agency}】{{ name | mask }}您好，受${creditor}委托，您的借款{{ amount | money }}元已逾期{{ days }}天，请通过{{ repay_url }}还款，${credit}详询400-000-0000。`],
    closing: ["如非本人请忽略。"],
  };
}

function zhThirdPartySms(random: Random): Draft {
  // A name that says "loan" (小额贷款) would itself tell the contact about a debt.
  const creditor = random.pick(["示例金融", "示例银行"]);
  return {
    id: "collection.contact-request",
    channel: "sms",
    category: "collection",
    audience: "third-party",
    senderName: creditor,
    sender: `{ name: ${creditor}, role: creditor }`,
    description: "客户失联时发给其预留联系人的联络请求，只请对方转告回电。",
    send: SEND,
    variables: [ZH_VARIABLES.debtorName],
    examples: ["  - { name: typical, data: { debtor_name: 张三 } }", "  - { name: longest, data: { debtor_name: 欧阳娜娜 } }"],
    parts: [`【${creditor}】您好，我司有重要事项需联系{{ debtor_name | mask }}，如方便请转告其致电${random.pick(ZH_HOTLINES)}。`],
    closing: [random.pick(["打扰之处敬请谅解。", "感谢您的帮助。"])],
  };
}

function zhCollectionEmail(random: Random): Draft {
  const creditor = random.pick(ZH_CREDITORS);
  return {
    id: "collection.overdue-notice",
    channel: "email",
    category: "collection",
    audience: "borrower",
    senderName: creditor,
    sender: `{ name: ${creditor}, role: creditor }`,
    subject: `${creditor}：您的借款已逾期，请及时处理`,
    description: "逾期提醒的邮件版本（逾期1-30天），与短信版本使用相同的变量。",
    send: SEND,
    variables: [ZH_VARIABLES.name, ZH_VARIABLES.amount, ZH_VARIABLES.days, ZH_VARIABLES.repayUrl],
    examples: [
      "  - { name: typical, data: { name: 张三, amount: 1280.5, days: 3 } }",
      "  - { name: later, data: { name: 李四, amount: 356.2, days: 12 } }",
      '  - { name: longest, data: { name: 欧阳娜娜, amount: 999999.99, days: 30, repay_url: "https://pay.example.com/r/abcd" } }',
    ],
    parts: [
      "{{ name | mask }}您好：",
      `您在${creditor}的借款已逾期 **{{ days }}** 天，当前应还金额为 **{{ amount | money }}** 元。`,
      "{% if days <= 3 %}\n如您已完成还款，请忽略本邮件，还款入账可能有一定延迟。\n{% else %}\n为避免产生更多逾期费用，请尽快还款。如暂时无法足额还款，欢迎致电与我们协商还款安排。\n{% endif %}",
      `- 官方还款渠道：[{{ repay_url }}]({{ repay_url }}) 或${creditor}APP\n- 客服热线：400-000-0000（每日 09:00-21:00）`,
      ...random.sample(ZH_EMAIL_EXTRAS, random.integer(0, 5)),
    ],
    closing: ["如非本人请忽略本邮件，并欢迎致电 400-000-0000 告知我们更正联系方式。", creditor],
  };
}

function zhCollectionPush(random: Random): Draft {
  const creditor = random.pick(ZH_CREDITORS);
  return {
    id: "collection.overdue-push",
    channel: "push",
    category: "collection",
    audience: "borrower",
    senderName: creditor,
    sender: `{ name: ${creditor}, role: creditor }`,
    title: `${creditor}：${random.pick(["账户待处理提醒", "还款待处理"])}`,
    description: "逾期后的App推送，不含姓名，只用借款编号后4位说明是哪笔借款，写明应还金额。",
    send: SEND,
    variables: [ZH_VARIABLES.loanTail, ZH_VARIABLES.amount, ZH_VARIABLES.days, ZH_VARIABLES.repayUrl],
    examples: ['  - { name: longest, data: { loan_tail: "9999", amount: 999999.99, days: 30, repay_url: "https://pay.example.com/r/abcd" } }'],
    parts: [`您编号后4位为{{ loan_tail }}的借款{{ amount | money }}元已逾期{{ days }}天，请打开${creditor}APP或访问{{ repay_url }}还款。`],
    closing: [`如有疑问请致电${random.pick(ZH_HOTLINES)}。`],
  };
}

function zhReminderSms(random: Random): Draft {
  const creditor = random.pick(ZH_CREDITORS);
  return {
    id: "reminder.due-soon",
    channel: "sms",
    category: "reminder",
    audience: "borrower",
    senderName: creditor,
    sender: `{ name: ${creditor}, role: creditor }`,
    description: "还款日前3天的还款提醒。",
    send: SEND,
    variables: [ZH_VARIABLES.loanTail, ZH_VARIABLES.amount, ZH_VARIABLES.dueDate, ZH_VARIABLES.autopay],
    examples: [
      "  - { name: autopay, data: { autopay: true } }",
      '  - { name: manual, data: { autopay: false, amount: 356.2, due_date: "2026-06-18" } }',
      '  - { name: longest, data: { loan_tail: "9999", amount: 999999.99, due_date: "2026-12-31", autopay: true } }',
    ],
    parts: [
      `【${creditor}】您尾号{{ loan_tail }}的借款本期应还{{ amount | money }}元，还款日为{{ due_date | date }}，{% if autopay %}届时将从您绑定的银行卡自动扣款，请确保余额充足{% else %}请按时通过${creditor}APP还款{% endif %}。`,
    ],
    closing: [`如已还款请忽略，详询${random.pick(ZH_HOTLINES)}。`],
  };
}

function zhReminderEmail(random: Random): Draft {
  const creditor = random.pick(ZH_CREDITORS);
  return {
    id: "reminder.due-soon",
    channel: "email",
    category: "reminder",
    audience: "borrower",
    senderName: creditor,
    sender: `{ name: ${creditor}, role: creditor }`,
    subject: `${creditor}：本期账单还款提醒`,
    description: "还款日前3天的还款提醒邮件。",
    send: SEND,
    variables: [ZH_VARIABLES.loanTail, ZH_VARIABLES.amount, ZH_VARIABLES.dueDate, ZH_VARIABLES.autopay],
    examples: [
      "  - { name: autopay, data: { autopay: true } }",
      '  - { name: longest, data: { loan_tail: "9999", amount: 999999.99, due_date: "2026-12-31", autopay: false } }',
    ],
    parts: [
      "您好：",
      "您尾号{{ loan_tail }}的借款本期应还 **{{ amount | money }}** 元，还款日为{{ due_date | date }}。",
      `{% if autopay %}\n届时将从您绑定的银行卡自动扣款，请确保余额充足。\n{% else %}\n请在还款日前通过${creditor}APP还款。\n{% endif %}`,
      ...random.sample(ZH_EMAIL_EXTRAS, random.integer(0, 4)),
    ],
    closing: ["如已还款请忽略本邮件。客服热线：400-000-0000。", creditor],
  };
}

function zhReminderPush(random: Random): Draft {
  const creditor = random.pick(ZH_CREDITORS);
  return {
    id: "reminder.due-soon",
    channel: "push",
    category: "reminder",
    audience: "borrower",
    senderName: creditor,
    sender: `{ name: ${creditor}, role: creditor }`,
    title: `${creditor}：还款提醒`,
    description: "还款日前的App推送。",
    send: SEND,
    variables: [ZH_VARIABLES.loanTail, ZH_VARIABLES.amount, ZH_VARIABLES.dueDate],
    examples: ['  - { name: longest, data: { loan_tail: "9999", amount: 999999.99, due_date: "2026-12-31" } }'],
    parts: [`您编号后4位为{{ loan_tail }}的借款本期应还{{ amount | money }}元，将于{{ due_date | date }}到期，请登录${creditor}APP按时还款。`],
    closing: [`如已还款请忽略，如有疑问请致电${ZH_HOTLINES[0]}。`],
  };
}

function zhTransactionalSms(random: Random): Draft {
  const creditor = random.pick(ZH_CREDITORS);
  return {
    id: "transactional.repayment-received",
    channel: "sms",
    category: "transactional",
    audience: "borrower",
    senderName: creditor,
    sender: `{ name: ${creditor}, role: creditor }`,
    description: "还款入账后的即时确认短信。",
    variables: [ZH_VARIABLES.loanTail, ZH_VARIABLES.paidAmount, ZH_VARIABLES.paidDate, ZH_VARIABLES.remaining],
    examples: [
      "  - { name: partial, data: { remaining: 2560 } }",
      "  - { name: settled, data: { remaining: 0 } }",
      '  - { name: longest, data: { loan_tail: "9999", paid_amount: 999999.99, paid_date: "2026-12-31", remaining: 999999.99 } }',
    ],
    parts: [
      `【${creditor}】您尾号{{ loan_tail }}的借款已于{{ paid_date | date }}还款{{ paid_amount | money }}元{% if remaining > 0 %}，剩余待还本金{{ remaining | money }}元{% else %}，本笔借款已全部结清{% endif %}。`,
    ],
    closing: [`感谢您的支持，详询${random.pick(ZH_HOTLINES)}。`],
  };
}

function zhTransactionalPush(random: Random): Draft {
  const creditor = random.pick(ZH_CREDITORS);
  return {
    id: "transactional.repayment-received",
    channel: "push",
    category: "transactional",
    audience: "borrower",
    senderName: creditor,
    sender: `{ name: ${creditor}, role: creditor }`,
    title: `${creditor}：还款成功`,
    description: "还款入账后的App推送。",
    variables: [ZH_VARIABLES.loanTail, ZH_VARIABLES.paidAmount],
    examples: ['  - { name: longest, data: { loan_tail: "9999", paid_amount: 999999.99 } }'],
    parts: ["您尾号{{ loan_tail }}的借款已还款{{ paid_amount | money }}元。"],
    closing: ["感谢您的支持。"],
  };
}

function zhMarketingSms(random: Random): Draft {
  const creditor = random.pick(ZH_CREDITORS);
  return {
    id: "marketing.rate-offer",
    channel: "sms",
    category: "marketing",
    audience: "customer",
    senderName: creditor,
    sender: `{ name: ${creditor}, role: creditor }`,
    description: "向已同意接收营销短信的客户介绍借款利率。",
    send: MARKETING_SEND,
    variables: [ZH_VARIABLES.apr],
    examples: ["  - { name: typical, data: { apr: 7.2 } }", "  - { name: longest, data: { apr: 23.99 } }"],
    parts: [
      `【${creditor}】您的借款额度已更新，年化利率(单利){{ apr }}%起，实际额度和利率以审批结果为准。`,
      `登录${creditor}APP查看，详询${random.pick(ZH_HOTLINES)}。`,
    ],
    closing: ["拒收请回复R"],
  };
}

function zhMarketingEmail(random: Random): Draft {
  const creditor = random.pick(ZH_CREDITORS);
  return {
    id: "marketing.rate-offer",
    channel: "email",
    category: "marketing",
    audience: "customer",
    senderName: creditor,
    sender: `{ name: ${creditor}, role: creditor }`,
    subject: `${creditor}：您的借款额度已更新`,
    description: "向已同意接收营销邮件的客户介绍借款利率。",
    send: MARKETING_SEND,
    variables: [ZH_VARIABLES.apr, ZH_VARIABLES.unsubscribeUrl],
    examples: ["  - { name: typical, data: { apr: 7.2 } }", "  - { name: longest, data: { apr: 23.99 } }"],
    parts: [
      "尊敬的客户：",
      `您在${creditor}的借款额度已更新，年化利率(单利){{ apr }}%起，实际额度和利率以审批结果为准。`,
      ...random.sample(ZH_EMAIL_EXTRAS.slice(0, 3), random.integer(0, 2)),
      `登录${creditor}APP即可查看额度，详询400-000-0000。`,
    ],
    closing: ["如不希望再收到此类邮件，可点击[退订]({{ unsubscribe_url }})。", creditor],
  };
}

function enAgencySms(random: Random): Draft {
  const creditor = random.pick(EN_CREDITORS);
  const hotline = random.pick(EN_HOTLINES);
  return {
    id: "collection.agency-past-due",
    channel: "sms",
    category: "collection",
    audience: "borrower",
    senderName: "Example Recovery",
    sender: `{ name: Example Recovery, role: collection-agency, onBehalfOf: ${creditor} }`,
    description: `Text from Example Recovery, a third-party debt collector, about a past-due ${creditor} account.`,
    send: SEND,
    variables: [EN_VARIABLES.firstName, EN_VARIABLES.accountTail, EN_VARIABLES.amount, EN_VARIABLES.dueDate, EN_VARIABLES.payUrl],
    examples: [
      "  - { name: typical, data: { first_name: Jane, amount: 2340.15 } }",
      '  - { name: longest, data: { first_name: Maximiliana-Florence, account_tail: "9999", amount: 999999.99, due_date: "2026-12-31", pay_url: "https://pay.example.com/er/abcdefghijklm" } }',
    ],
    parts: [
      "Example Recovery: Hello {{ first_name }}.",
      "This is a debt collector attempting to collect a debt, and any information obtained will be used for that purpose.",
      `Your ${creditor} account ending {{ account_tail }} has a balance due of {{ amount | money("USD") }}, past due since {{ due_date | date }}.`,
      `Pay at {{ pay_url }} or call ${hotline}.`,
    ],
    closing: [`If you are not {{ first_name }}, please call ${hotline}.`, "Reply STOP to stop texts to this number."],
  };
}

function enCreditorCollectionSms(random: Random): Draft {
  const creditor = random.pick(EN_CREDITORS);
  const hotline = random.pick(EN_HOTLINES);
  return {
    id: "collection.past-due",
    channel: "sms",
    category: "collection",
    audience: "borrower",
    senderName: creditor,
    sender: `{ name: ${creditor}, role: creditor }`,
    description: `Past-due notice sent by ${creditor} itself to the borrower.`,
    send: SEND,
    variables: [EN_VARIABLES.firstName, EN_VARIABLES.loanTail, EN_VARIABLES.amount, EN_VARIABLES.dueDate, EN_VARIABLES.payUrl],
    examples: [
      "  - { name: typical, data: { first_name: Jane, amount: 412.37 } }",
      '  - { name: longest, data: { first_name: Maximiliana-Florence, loan_tail: "9999", amount: 999999.99, due_date: "2026-12-31", pay_url: "https://pay.example.com/er/abcdefghijklm" } }',
    ],
    parts: [
      `${creditor}: Hi {{ first_name }}, your loan ending {{ loan_tail }} is past due since {{ due_date | date }} with a balance of {{ amount | money("USD") }}.`,
      random.pick(["", "If you cannot pay in full, we can set up a plan. "]) + `Pay at {{ pay_url }} or call ${hotline}.`,
    ],
    closing: [`If you are not {{ first_name }}, please call ${hotline}.`, "Reply STOP to stop texts to this number."],
  };
}

function enAgencyEmail(random: Random): Draft {
  const creditor = random.pick(EN_CREDITORS);
  return {
    id: "collection.agency-past-due",
    channel: "email",
    category: "collection",
    audience: "borrower",
    senderName: "Example Recovery",
    sender: `{ name: Example Recovery, role: collection-agency, onBehalfOf: ${creditor} }`,
    subject: `"Example Recovery: your ${creditor} account ending {{ account_tail }}"`,
    description: `Email version of the Example Recovery past-due message for ${creditor}.`,
    send: SEND,
    variables: [EN_VARIABLES.firstName, EN_VARIABLES.accountTail, EN_VARIABLES.amount, EN_VARIABLES.dueDate, EN_VARIABLES.payUrl, EN_VARIABLES.unsubscribeUrl],
    examples: [
      "  - { name: typical, data: { first_name: Jane, amount: 2340.15 } }",
      "  - { name: small-balance, data: { first_name: Luis, amount: 180.4 } }",
      '  - { name: longest, data: { first_name: Maximiliana-Florence, account_tail: "9999", amount: 999999.99, due_date: "2026-12-31", pay_url: "https://pay.example.com/er/abcdefghijklm" } }',
    ],
    parts: [
      "Hello {{ first_name }},",
      "This communication is from a debt collector. This is an attempt to collect a debt and any information obtained will be used for that purpose.",
      `Example Recovery is contacting you on behalf of ${creditor} about your account ending {{ account_tail }}.`,
      '**Balance due: {{ amount | money("USD") }}**, past due since {{ due_date | date }}.',
      "You can pay securely at [{{ pay_url }}]({{ pay_url }}) or by calling 1-800-000-0000, Monday to Friday, 8 a.m. to 8 p.m. Central Time.",
      "{% if amount >= 500 %}\nIf you cannot pay the full balance now, call us to set up a payment plan that fits your budget.\n{% else %}\nIf you have a question about this balance, call us and we will be glad to help.\n{% endif %}",
      ...random.sample(EN_EMAIL_EXTRAS, random.integer(0, 5)),
    ],
    closing: [
      "If you are not {{ first_name }}, please call 1-800-000-0000 so we can update our records.",
      "Example Recovery, 200 Commerce St, Dallas, TX 75201",
      "To stop emails from us to this address, [unsubscribe]({{ unsubscribe_url }}) or reply STOP.",
    ],
  };
}

function enReminderSms(random: Random): Draft {
  const creditor = random.pick(EN_CREDITORS);
  return {
    id: "reminder.due-soon",
    channel: "sms",
    category: "reminder",
    audience: "borrower",
    senderName: creditor,
    sender: `{ name: ${creditor}, role: creditor }`,
    description: "Payment reminder three days before the due date.",
    send: SEND,
    variables: [EN_VARIABLES.loanTail, EN_VARIABLES.amount, EN_VARIABLES.dueDate, EN_VARIABLES.autopay],
    examples: [
      "  - { name: autopay, data: { autopay: true } }",
      '  - { name: manual, data: { autopay: false, amount: 98.5, due_date: "2026-06-18" } }',
      '  - { name: longest, data: { loan_tail: "9999", amount: 999999.99, due_date: "2026-12-31", autopay: true } }',
    ],
    parts: [
      `${creditor}: Your payment of {{ amount | money("USD") }} for loan ending {{ loan_tail }} is due {{ due_date | date }}.`,
      `{% if autopay %}It will be paid automatically from your linked bank account.{% else %}You can pay in the ${creditor} app.{% endif %}`,
    ],
    closing: ["Already paid? Please ignore this message.", `Questions: ${random.pick(EN_HOTLINES)}.`, "Reply STOP to stop texts."],
  };
}

function enReminderEmail(random: Random): Draft {
  const creditor = random.pick(EN_CREDITORS);
  return {
    id: "reminder.due-soon",
    channel: "email",
    category: "reminder",
    audience: "borrower",
    senderName: creditor,
    sender: `{ name: ${creditor}, role: creditor }`,
    subject: `"${creditor}: your payment is due soon"`,
    description: "Payment reminder email three days before the due date.",
    send: SEND,
    variables: [EN_VARIABLES.loanTail, EN_VARIABLES.amount, EN_VARIABLES.dueDate, EN_VARIABLES.autopay],
    examples: [
      "  - { name: autopay, data: { autopay: true } }",
      '  - { name: longest, data: { loan_tail: "9999", amount: 999999.99, due_date: "2026-12-31", autopay: false } }',
    ],
    parts: [
      "Hello,",
      'Your payment of **{{ amount | money("USD") }}** for your loan ending {{ loan_tail }} is due on {{ due_date | date }}.',
      `{% if autopay %}\nIt will be paid automatically from your linked bank account.\n{% else %}\nYou can pay in the ${creditor} app or at https://pay.example.com.\n{% endif %}`,
      ...random.sample(EN_EMAIL_EXTRAS, random.integer(0, 4)),
    ],
    closing: [`Already paid? Please ignore this message. Questions? Call ${random.pick(EN_HOTLINES)}.`, `${creditor}, 100 Main St, Austin, TX 78701`],
  };
}

function enReminderPush(random: Random): Draft {
  const creditor = random.pick(EN_CREDITORS);
  return {
    id: "reminder.due-soon",
    channel: "push",
    category: "reminder",
    audience: "borrower",
    senderName: creditor,
    sender: `{ name: ${creditor}, role: creditor }`,
    title: `"${creditor}: payment reminder"`,
    description: "App push a few days before the due date.",
    send: SEND,
    variables: [EN_VARIABLES.accountTail, EN_VARIABLES.amount, EN_VARIABLES.dueDate],
    examples: ['  - { name: longest, data: { account_tail: "9999", amount: 999999.99, due_date: "2026-12-31" } }'],
    parts: [`Your payment of {{ amount | money("USD") }} on account ending {{ account_tail }} is due {{ due_date | date }}.`],
    closing: [`${random.pick(["Open the app to pay.", `Open the ${creditor} app to pay or set up autopay.`])} Questions? Call ${EN_HOTLINES[0]}.`],
  };
}

function enTransactionalEmail(random: Random): Draft {
  const creditor = random.pick(EN_CREDITORS);
  return {
    id: "transactional.repayment-received",
    channel: "email",
    category: "transactional",
    audience: "borrower",
    senderName: creditor,
    sender: `{ name: ${creditor}, role: creditor }`,
    subject: `"${creditor}: we received your payment"`,
    description: "Payment confirmation email sent right after a payment posts.",
    variables: [EN_VARIABLES.loanTail, EN_VARIABLES.paidAmount, EN_VARIABLES.paidDate, EN_VARIABLES.remaining],
    examples: [
      "  - { name: partial, data: { remaining: 3120.8 } }",
      "  - { name: paid-in-full, data: { remaining: 0 } }",
      '  - { name: longest, data: { loan_tail: "9999", paid_amount: 999999.99, paid_date: "2026-12-31", remaining: 999999.99 } }',
    ],
    parts: [
      "Thank you for your payment.",
      `We received your payment of **{{ paid_amount | money("USD") }}** on {{ paid_date | date }} for your ${creditor} loan ending {{ loan_tail }}.`,
      `{% if remaining > 0 %}\nYour remaining principal balance is **{{ remaining | money("USD") }}**. You can see your next due date in the ${creditor} app.\n{% else %}\nYour loan is now paid in full. We will mail you a paid-in-full letter within 10 business days.\n{% endif %}`,
      ...random.sample(EN_EMAIL_EXTRAS, random.integer(0, 3)),
    ],
    closing: ["Questions? Call 1-800-000-0000 or visit [help.example.com](https://help.example.com).", `${creditor}, 100 Main St, Austin, TX 78701`],
  };
}

function enTransactionalPush(random: Random): Draft {
  const creditor = random.pick(EN_CREDITORS);
  return {
    id: "transactional.repayment-received",
    channel: "push",
    category: "transactional",
    audience: "borrower",
    senderName: creditor,
    sender: `{ name: ${creditor}, role: creditor }`,
    title: `"${creditor}: payment received"`,
    description: "App push confirming a posted payment.",
    variables: [EN_VARIABLES.loanTail, EN_VARIABLES.paidAmount, EN_VARIABLES.paidDate, EN_VARIABLES.remaining],
    examples: [
      "  - { name: partial, data: { remaining: 3120.8 } }",
      '  - { name: longest, data: { loan_tail: "9999", paid_amount: 999999.99, paid_date: "2026-12-31", remaining: 999999.99 } }',
    ],
    parts: [
      `We received your {{ paid_amount | money("USD") }} payment on {{ paid_date | date }} for your ${creditor} loan ending {{ loan_tail }}.{% if remaining > 0 %} Remaining principal: {{ remaining | money("USD") }}.{% else %} Your loan is now paid in full.{% endif %}`,
    ],
    closing: [random.pick(["Thank you!", "Thanks for paying on time."])],
  };
}

function enTransactionalSms(random: Random): Draft {
  const creditor = random.pick(EN_CREDITORS);
  return {
    id: "transactional.repayment-received",
    channel: "sms",
    category: "transactional",
    audience: "borrower",
    senderName: creditor,
    sender: `{ name: ${creditor}, role: creditor }`,
    description: "Payment confirmation text sent right after a payment posts.",
    variables: [EN_VARIABLES.loanTail, EN_VARIABLES.paidAmount, EN_VARIABLES.paidDate],
    examples: ['  - { name: longest, data: { loan_tail: "9999", paid_amount: 999999.99, paid_date: "2026-12-31" } }'],
    parts: [`${creditor}: We received your payment of {{ paid_amount | money("USD") }} on {{ paid_date | date }} for loan ending {{ loan_tail }}.`],
    closing: ["Thank you!", `Questions: ${random.pick(EN_HOTLINES)}.`, "Reply STOP to stop texts."],
  };
}

function enMarketingSms(random: Random): Draft {
  const creditor = random.pick(EN_CREDITORS);
  return {
    id: "marketing.rate-offer",
    channel: "sms",
    category: "marketing",
    audience: "customer",
    senderName: creditor,
    sender: `{ name: ${creditor}, role: creditor }`,
    description: "Personal-loan rate offer to customers who gave prior express written consent to marketing texts.",
    send: MARKETING_SEND,
    variables: [EN_VARIABLES.apr],
    examples: ["  - { name: typical, data: { apr: 7.2 } }", "  - { name: longest, data: { apr: 23.99 } }"],
    parts: [
      `${creditor}: ${random.pick(["Personal loans", "Home improvement loans", "Car repair loans"])} with rates from {{ apr }}% APR.`,
      "Check your rate at https://www.example.com/rates.",
      "Approval and APR depend on credit review.",
    ],
    closing: ["Msg & data rates may apply.", "Reply STOP to cancel, HELP for help."],
  };
}

function enMarketingEmail(random: Random): Draft {
  const creditor = random.pick(EN_CREDITORS);
  return {
    id: "marketing.personal-loan-offer",
    channel: "email",
    category: "marketing",
    audience: "customer",
    senderName: creditor,
    sender: `{ name: ${creditor}, role: creditor }`,
    subject: `"{{ first_name }}, personal loans with rates from {{ apr }}% APR"`,
    description: "Personal-loan advertisement email to opted-in customers.",
    send: MARKETING_SEND,
    variables: [EN_VARIABLES.firstName, EN_VARIABLES.apr, EN_VARIABLES.unsubscribeUrl],
    examples: ["  - { name: typical, data: { first_name: Jane, apr: 7.2 } }", "  - { name: longest, data: { first_name: Maximiliana-Florence, apr: 23.99 } }"],
    parts: [
      "*Advertisement*",
      "Hi {{ first_name }},",
      `Planning a home repair or a big purchase? A ${creditor} personal loan gives you a fixed rate and the same monthly payment for the life of the loan.`,
      "- Loan amounts from $2,000 to $35,000\n- Fixed rates from {{ apr }}% APR to 23.99% APR\n- Terms from 24 to 60 months\n- No prepayment penalty",
      "**Representative example:** a $10,000 loan repaid over 36 months at 12.99% APR has 36 monthly payments of $336.89, for a total of $12,128.04. Your APR depends on your credit history, income and loan term.",
      "[Check your rate](https://www.example.com/personal-loans)",
      ...random.sample(EN_EMAIL_EXTRAS.slice(3), random.integer(0, 2)),
      "Questions? Call 1-800-000-0000, Monday to Saturday, 8 a.m. to 8 p.m. Central Time.",
    ],
    closing: [
      `This email is an advertisement from ${creditor}. You are receiving it because you asked to hear about our offers.\n${creditor}, 100 Main St, Austin, TX 78701\n[Unsubscribe]({{ unsubscribe_url }}) from ${creditor} marketing emails.`,
    ],
  };
}

/** Every kind, weighted as a lender's library might be: mostly SMS, collection and reminders first. */
export const KINDS: readonly Kind[] = [
  { language: "zh", channel: "sms", category: "collection", weight: 10, build: zhCollectionSms },
  { language: "zh", channel: "sms", category: "collection", weight: 4, build: zhAgencySms },
  { language: "zh", channel: "sms", category: "collection", weight: 2, build: zhThirdPartySms },
  { language: "zh", channel: "email", category: "collection", weight: 4, build: zhCollectionEmail },
  { language: "zh", channel: "push", category: "collection", weight: 3, build: zhCollectionPush },
  { language: "zh", channel: "sms", category: "reminder", weight: 8, build: zhReminderSms },
  { language: "zh", channel: "email", category: "reminder", weight: 2, build: zhReminderEmail },
  { language: "zh", channel: "push", category: "reminder", weight: 2, build: zhReminderPush },
  { language: "zh", channel: "sms", category: "transactional", weight: 5, build: zhTransactionalSms },
  { language: "zh", channel: "push", category: "transactional", weight: 2, build: zhTransactionalPush },
  { language: "zh", channel: "sms", category: "marketing", weight: 4, build: zhMarketingSms },
  { language: "zh", channel: "email", category: "marketing", weight: 2, build: zhMarketingEmail },
  { language: "en", channel: "sms", category: "collection", weight: 6, build: enAgencySms },
  { language: "en", channel: "sms", category: "collection", weight: 4, build: enCreditorCollectionSms },
  { language: "en", channel: "email", category: "collection", weight: 4, build: enAgencyEmail },
  { language: "en", channel: "sms", category: "reminder", weight: 8, build: enReminderSms },
  { language: "en", channel: "email", category: "reminder", weight: 2, build: enReminderEmail },
  { language: "en", channel: "push", category: "reminder", weight: 2, build: enReminderPush },
  { language: "en", channel: "email", category: "transactional", weight: 3, build: enTransactionalEmail },
  { language: "en", channel: "push", category: "transactional", weight: 3, build: enTransactionalPush },
  { language: "en", channel: "sms", category: "transactional", weight: 3, build: enTransactionalSms },
  { language: "en", channel: "sms", category: "marketing", weight: 4, build: enMarketingSms },
  { language: "en", channel: "email", category: "marketing", weight: 3, build: enMarketingEmail },
];
