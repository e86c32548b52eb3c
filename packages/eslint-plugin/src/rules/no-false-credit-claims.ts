import { toneRule } from "../util/tone-rule.js";

export default toneRule("no-false-credit-claims", "false-credit", "No invented or exaggerated credit consequences (blacklists, permanent records)", { "zh-CN": "不得虚构或夸大征信后果（黑名单、永久记录）", "zh-TW": "不得虛構或誇大信用後果（黑名單、永久紀錄）" });
