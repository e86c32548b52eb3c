import { toneRule } from "../util/tone-rule.js";

export default toneRule("no-pressure-tactics", "pressure", "No ultimatums, invented deadlines, shouting, extra fees or pushing the borrower to borrow elsewhere");
