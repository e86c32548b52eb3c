import { toneRule } from "../util/tone-rule.js";

export default toneRule("no-pressure-tactics", "pressure", "No ultimatums, invented deadlines, shouting, extra fees or pushing the borrower to borrow elsewhere", { "zh-CN": "不得下最后通牒、虚构期限、喊叫式施压、加收费用或诱导借款人借新还旧", "zh-TW": "不得下最後通牒、虛構期限、喊叫式施壓、加收費用或誘導借款人以債養債" });
