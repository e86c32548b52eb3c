import { toneRule } from "../util/tone-rule.js";

export default toneRule("no-false-credit-claims", "false-credit", "No invented or exaggerated credit consequences (blacklists, permanent records)");
