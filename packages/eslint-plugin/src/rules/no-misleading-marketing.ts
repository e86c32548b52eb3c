import { toneRule } from "../util/tone-rule.js";

export default toneRule("no-misleading-marketing", "misleading-marketing", "No guaranteed-approval, no-credit-check or false-endorsement claims in marketing", { "zh-CN": "营销中不得宣称保证获批、无需查征信或虚假背书", "zh-TW": "行銷中不得宣稱保證核准、免查信用或虛假背書" });
