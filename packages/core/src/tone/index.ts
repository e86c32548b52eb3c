export { analyzeText, compileLexicon, normalizedSentences, sentenceSpans, type ToneContext, type ToneMatch } from "./engine.js";
export { toneLanguage } from "./language.js";
export { toneFindings, writesOwnName, type ToneFinding } from "./findings.js";
export { normalize, type Normalized, type NormalizeOptions, type ToneLanguage } from "./normalize.js";
export { modelFeatures, modelFunctionWords, readWithModel, type ModelFeature, type ModelReading } from "./model.js";
export { patternFilter, type PatternFilter } from "./pattern-anchors.js";
export { Recent } from "./recent.js";
