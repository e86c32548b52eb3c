export { parseTemplate, type ParseOptions } from "./parse.js";
export { DEFAULT_PARSE_LIMITS, formatSize, tooLargeMessage, type ParseLimits } from "./limits.js";
export { PARSE_MESSAGES, problemMessage, sayParse, type ParseMessage, type ParseMessageData, type ParseMessageId } from "./parse-messages.js";
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
export { PLACEHOLDER, type BranchStep, type ProsePart, type ProseSegment, type VariableReference } from "./analysis.js";
export { AnalysisLimit, coverage, distinctPaths, MAX_STATES, readThrough, skeletonOf, type Choice, type Coverage, type ExecutionPath, type Reader, type States } from "./paths.js";
export { LineIndex } from "./lines.js";
export { yamlLibrary } from "./front-matter.js";
export { createAjv, closest } from "./schema.js";
export { compileVariableSchema, type CompiledSchema } from "./variable-schema.js";
export { GSM7_BASIC, GSM7_EXTENSION, gsmSeptets, measureSms, nonGsmCharacters, type MeasureOptions, type SmsEncoding, type SmsMeasurement } from "./sms.js";
export { finishText, platformSignature, worstCaseSms, type Unbounded, type UnboundedBecause, type WorstCase } from "./worst-case.js";
export { createFilters, DATE_STYLES, FILTER_DOCS, FILTER_NAMES, FilterError, kindOf, type Filter, type FilterContext, type FilterName } from "./filters.js";
export { checkSafety, isBlockedKey, isSafeName, safetyDetailText, TEST_NAMES, type SafetyDetailId, type SafetyOptions, type SafetyReason, type SafetyViolation } from "./safety.js";
export * from "./tone/index.js";
export { allMatches, escapeRegExp } from "./regexp.js";
export { exampleRenderings } from "./worst-case.js";
export { fill, LOCALES, localeOfEnvironment, resolveLocale, translate, translator, type Catalog, type Locale, type Localized, type MessageData } from "./i18n.js";
export { clampWindow, commonWindow, formatMinute, formatSendWindow, inWindow, overreach, parseSendWindow, windowMinutes, windowStretches, windowWithin, type Overreach, type SendWindow } from "./send-window.js";
export { AUDIENCES, CATEGORIES, CHANNELS, ROLES, SENDER_ROLES } from "./vocabulary.js";
export { chineseChunkSpans } from "./tone/chinese-sentences.js";
export { invisibleCharacters, lookalikeLetters, withoutInvisibleCharacters, type InvisibleCharacter, type LookalikeLetter, type LookalikeScript } from "./hidden-text.js";
export { checksumHolds, compactNumber, identifierOf, personalNumbers, type PersonalNumber } from "./personal-numbers.js";
export { FILE_KIND_MESSAGES, fileKind, type FileKind } from "./file-kind.js";
export { entrySummary, inWritersLanguage, wordingDescription } from "./pack-text.js";
export { nameForms, shortNamesOf } from "./sender-names.js";
