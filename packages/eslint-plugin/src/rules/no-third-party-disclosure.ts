import { toneRule } from "../util/tone-rule.js";

export default toneRule("no-third-party-disclosure", "third-party-debt", "A message to a third party reveals no debt, amount or overdue status and asks no one to pay");
