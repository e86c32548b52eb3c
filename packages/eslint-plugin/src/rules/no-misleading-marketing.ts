import { toneRule } from "../util/tone-rule.js";

export default toneRule("no-misleading-marketing", "misleading-marketing", "No guaranteed-approval, no-credit-check or false-endorsement claims in marketing");
