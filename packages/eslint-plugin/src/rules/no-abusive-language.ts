import { toneRule } from "../util/tone-rule.js";

export default toneRule("no-abusive-language", "abusive", "No insults or profanity");
