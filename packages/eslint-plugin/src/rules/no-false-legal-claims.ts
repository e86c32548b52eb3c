import { toneRule } from "../util/tone-rule.js";

export default toneRule("no-false-legal-claims", "false-legal", "No impersonation of police, courts or lawyers, no fake legal process, no arrest or criminal-case claims", { "zh-CN": "不得冒充公安、法院或律师，不得虚构法律程序，不得声称将逮捕或立刑事案件", "zh-TW": "不得冒充警察、法院或律師，不得虛構法律程序，不得聲稱將逮捕或立刑事案件" });
