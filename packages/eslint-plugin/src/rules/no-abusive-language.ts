import { toneRule } from "../util/tone-rule.js";

export default toneRule("no-abusive-language", "abusive", "No insults or profanity", { "zh-CN": "不得侮辱或使用粗俗语言", "zh-TW": "不得侮辱或使用粗俗言語" });
