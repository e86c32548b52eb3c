import { toneRule } from "../util/tone-rule.js";

export default toneRule("no-false-legal-claims", "false-legal", "No impersonation of police, courts or lawyers, no fake legal process, no arrest or criminal-case claims");
