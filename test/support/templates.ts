/** A compliant zh-CN reminder SMS: no findings under the recommended config. */
export const CLEAN_REMINDER = `---
id: reminder.due-soon
version: 1
channel: sms
locale: zh-CN
category: reminder
audience: borrower
sender: { name: 示例金融, role: creditor }
send: { window: "09:00-20:00", maxPerDay: 1 }
variables:
  amount: { type: number, minimum: 0, maximum: 99999, role: amount-due, example: 100 }
  due_date: { type: string, format: date, role: due-date, example: "2026-06-05" }
---
【示例金融】您尾号6688的借款本期应还{{ amount | money }}元，还款日为{{ due_date | date }}，请通过示例金融APP还款，详询400-000-0000。
`;

/**
 * An en-IE collection SMS for the fixture pack (test/fixtures/packs/tactful-pack-acme): clean
 * under it but for “bailiff squad”, which only that pack reports (IE-TONE-BAILIFF).
 */
export const ACME_NOTICE = `---
id: collection.notice
version: 1
channel: sms
locale: en-IE
category: collection
audience: borrower
sender: { name: Acme Loans, role: creditor }
send: { window: "09:00-20:00", maxPerDay: 1 }
---
Acme Loans: your payment is late. Our bailiff squad will be in touch. Call 0800 000 000.
`;
