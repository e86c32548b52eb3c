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
