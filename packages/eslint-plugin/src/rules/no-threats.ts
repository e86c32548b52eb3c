import { toneRule } from "../util/tone-rule.js";

export default toneRule("no-threats", "threat", "No threats of violence, exposure, home or workplace visits, or of contacting family, contacts or employer");
