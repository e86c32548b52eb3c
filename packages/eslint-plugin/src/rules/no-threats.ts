import { toneRule } from "../util/tone-rule.js";

export default toneRule("no-threats", "threat", "No threats of violence, exposure, home or workplace visits, or of contacting family, contacts or employer", { "zh-CN": "不得以暴力、曝光、上门或到单位催收，或联系家人、联系人、雇主相威胁", "zh-TW": "不得以暴力、曝光、到府或到職場催收，或聯絡家人、聯絡人、雇主相威脅" });
