export { parseTemplate, MAX_TEMPLATE_LENGTH, type ParseOptions } from "./parse.js";
export type {
  Located,
  Problem,
  ProblemCode,
  TemplateDocument,
  TemplateExample,
  TemplateMeta,
  VariableDeclaration,
} from "./document.js";
export type * from "./ast.js";
export { childrenOf, visitorKeys } from "./ast.js";
export { coverage, PLACEHOLDER, type BranchStep, type Coverage, type ProsePart, type ProseSegment, type VariableReference } from "./analysis.js";
export { LineIndex } from "./lines.js";
export { createAjv, closest } from "./schema.js";
export { GSM7_BASIC, GSM7_EXTENSION, gsmSeptets, measureSms, nonGsmCharacters, type SmsEncoding, type SmsMeasurement } from "./sms.js";
