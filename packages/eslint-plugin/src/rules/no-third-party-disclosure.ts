import { toneRule } from "../util/tone-rule.js";

export default toneRule("no-third-party-disclosure", "third-party-debt", "A message to a third party reveals no debt, amount or overdue status and asks no one to pay", { "zh-CN": "发给第三方的信息不得透露债务、金额或逾期情况，也不得要求任何人还款", "zh-TW": "發給第三方的訊息不得透露債務、金額或逾期狀況，也不得要求任何人還款" });
