import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import { analyse, type Report } from "scslre";
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, type Node as YamlNode } from "yaml";
import policySchema from "@tactful/schemas/policy.schema.json" with { type: "json" };
import { builtInPacks } from "./index.js";
import { resolveAdoptions, type AdoptionSource } from "./adopt.js";
import { applyOverlay } from "./overlay.js";
import { PATTERN_FIELDS, PATTERN_LIST_FIELDS, partPointer, pointerKey, withPatternParts } from "./pattern-parts.js";
import { recognizerPattern } from "./placeholder.js";
import type { PackOverlay, PolicyPack, Recognizer } from "./types.js";

/**
 * Checks a policy pack file as a pack author writes it: the YAML, the schema, and what a schema
 * cannot say (every citation names a source of the register, ids are unique, slots name word
 * classes, every pattern compiles and cannot take more than linear time). Each problem has a
 * stable id, its data and the line and column it is about. The build checks the shipped packs
 * with it, and `tactful pack check` any pack file. An overlay (a pack that `extends` another) is
 * checked merged into its base: what it would relax without a waiver is a problem at its line.
 */

type Localized = { en: string; "zh-CN": string; "zh-TW": string };

/** What a problem says, by id, in each language (placeholders in braces). */
export const PACK_MESSAGES = {
  yaml: { en: "YAML: {detail}", "zh-CN": "YAML 语法错误：{detail}", "zh-TW": "YAML 語法錯誤：{detail}" },
  unknownField: { en: "Unknown field `{field}`.", "zh-CN": "未知字段 `{field}`。", "zh-TW": "未知欄位 `{field}`。" },
  unknownFieldGuess: { en: "Unknown field `{field}`. Did you mean `{guess}`?", "zh-CN": "未知字段 `{field}`。是否应为 `{guess}`？", "zh-TW": "未知欄位 `{field}`。是否應為 `{guess}`？" },
  missingField: { en: "`{field}` is required here.", "zh-CN": "此处缺少必填字段 `{field}`。", "zh-TW": "此處缺少必填欄位 `{field}`。" },
  notAllowed: { en: "`{field}` must be one of {allowed} (got {value}).", "zh-CN": "`{field}` 只能是 {allowed} 之一（实际为 {value}）。", "zh-TW": "`{field}` 只能是 {allowed} 之一（實際為 {value}）。" },
  wrongType: { en: "`{field}` must be of type {type}.", "zh-CN": "`{field}` 的类型应为 {type}。", "zh-TW": "`{field}` 的型別應為 {type}。" },
  schema: { en: "`{field}` {detail}.", "zh-CN": "`{field}` 不符合政策包格式：{detail}。", "zh-TW": "`{field}` 不符合政策包格式：{detail}。" },
  duplicateId: { en: "Entry id {id} is used twice (also on line {line}).", "zh-CN": "条目 id {id} 重复（另见第 {line} 行）。", "zh-TW": "條目 id {id} 重複（另見第 {line} 行）。" },
  unknownSource: { en: "Cites {ref}, which is not in the source register (`sources`).", "zh-CN": "引用了 {ref}，但来源登记（`sources`）中没有它。", "zh-TW": "引用了 {ref}，但來源登記（`sources`）中沒有它。" },
  unknownClass: {
    en: "Slot {slot} is not a word class of tone.languages.{language}.classes.",
    "zh-CN": "槽位 {slot} 不是 tone.languages.{language}.classes 中的词类。",
    "zh-TW": "槽位 {slot} 不是 tone.languages.{language}.classes 中的詞類。",
  },
  unknownCitedClass: {
    en: "Cited class {name} is not a word class of tone.languages.{language}.classes: the exception would never apply.",
    "zh-CN": "引证词类 {name} 不是 tone.languages.{language}.classes 中的词类：该例外永远不会生效。",
    "zh-TW": "引證詞類 {name} 不是 tone.languages.{language}.classes 中的詞類：該例外永遠不會生效。",
  },
  needsCue: {
    en: "This identifier needs a cue, but the pack has no `pii.owners` to give one: it would never be reported.",
    "zh-CN": "该号码类型需要提示词，但政策包没有 `pii.owners`：它永远不会被报告。",
    "zh-TW": "該號碼類型需要提示詞，但政策包沒有 `pii.owners`：它永遠不會被回報。",
  },
  needsChecksum: {
    en: "This identifier needs a checksum, but names no `checksum` algorithm: it would never be reported.",
    "zh-CN": "该号码类型需要校验位，但没有指定 `checksum` 算法：它永远不会被报告。",
    "zh-TW": "該號碼類型需要檢查碼，但沒有指定 `checksum` 演算法：它永遠不會被回報。",
  },
  needsGroups: {
    en: "This identifier needs digit groups, but lists no `groups`: it would never be reported.",
    "zh-CN": "该号码类型需要分组格式，但没有列出 `groups`：它永远不会被报告。",
    "zh-TW": "該號碼類型需要分組格式，但沒有列出 `groups`：它永遠不會被回報。",
  },
  badName: {
    en: "{name} is not a name `{field}` allows: it must match {pattern}.",
    "zh-CN": "{name} 不是 `{field}` 允许的名称：须符合 {pattern}。",
    "zh-TW": "{name} 不是 `{field}` 允許的名稱：須符合 {pattern}。",
  },
  unknownPart: {
    en: "The pattern names part {name}, which is not in `patternParts`.",
    "zh-CN": "该模式引用了片段 {name}，但 `patternParts` 中没有它。",
    "zh-TW": "該模式引用了片段 {name}，但 `patternParts` 中沒有它。",
  },
  partCycle: {
    en: "Parts name each other in a cycle ({cycle}): they cannot be written out.",
    "zh-CN": "片段之间循环引用（{cycle}）：无法展开。",
    "zh-TW": "片段之間循環引用（{cycle}）：無法展開。",
  },
  unusedPart: {
    en: "Part {name} is named by no pattern.",
    "zh-CN": "没有任何模式引用片段 {name}。",
    "zh-TW": "沒有任何模式引用片段 {name}。",
  },
  badPattern: {
    en: "The pattern is not a regular expression with the u flag: {detail}",
    "zh-CN": "该模式不是有效的正则表达式（u 标志）：{detail}",
    "zh-TW": "該模式不是有效的正規表示式（u 旗標）：{detail}",
  },
  exponentialPattern: {
    en: "The pattern can take exponential time: on a text with many “{character}” in a row, {part} can match them in ever more ways. Rewrite it so that each character can be matched one way only.",
    "zh-CN": "该模式的匹配时间可能呈指数增长：文本中连续出现许多“{character}”时，{part} 有越来越多种匹配方式。请改写，使每个字符只有一种匹配方式。",
    "zh-TW": "該模式的比對時間可能呈指數成長：文字中連續出現許多「{character}」時，{part} 有越來越多種比對方式。請改寫，使每個字元只有一種比對方式。",
  },
  polynomialPattern: {
    en: "The pattern can take more than linear time: on a text with many “{character}” in a row, {part} share them out in many ways. Rewrite it so that each character can be matched one way only.",
    "zh-CN": "该模式的匹配时间可能超过线性：文本中连续出现许多“{character}”时，{part} 之间有多种分配方式。请改写，使每个字符只有一种匹配方式。",
    "zh-TW": "該模式的比對時間可能超過線性：文字中連續出現許多「{character}」時，{part} 之間有多種分配方式。請改寫，使每個字元只有一種比對方式。",
  },
  unknownBase: {
    en: "`extends` names {base}, which is not a policy pack that can be read: a built-in id ({builtIn}), a path from this file or an installed npm package.",
    "zh-CN": "`extends` 指定的 {base} 不是可读取的政策包：应为内置 id（{builtIn}）、相对于本文件的路径或已安装的 npm 包。",
    "zh-TW": "`extends` 指定的 {base} 不是可讀取的政策包：應為內建 id（{builtIn}）、相對於本檔案的路徑或已安裝的 npm 套件。",
  },
  extendsCycle: {
    en: "`extends` leads back to this pack: {chain}.",
    "zh-CN": "`extends` 又回到了本政策包：{chain}。",
    "zh-TW": "`extends` 又回到了本政策包：{chain}。",
  },
  unknownAdopted: {
    en: "`from` names {base}, which is not a policy pack that can be read: a built-in id ({builtIn}), a path from this file or an installed npm package.",
    "zh-CN": "`from` 指定的 {base} 不是可读取的政策包：应为内置 id（{builtIn}）、相对于本文件的路径或已安装的 npm 包。",
    "zh-TW": "`from` 指定的 {base} 不是可讀取的政策包：應為內建 id（{builtIn}）、相對於本檔案的路徑或已安裝的 npm 套件。",
  },
  adoptCycle: {
    en: "`adopt` leads back to this pack: {chain}.",
    "zh-CN": "`adopt` 又回到了本政策包：{chain}。",
    "zh-TW": "`adopt` 又回到了本政策包：{chain}。",
  },
  adoptNoLanguage: {
    en: "Pack {pack} has no tone rules for language {language}: there is nothing to adopt.",
    "zh-CN": "政策包 {pack} 没有语言 {language} 的语气规则，无可采用。",
    "zh-TW": "政策包 {pack} 沒有語言 {language} 的語氣規則，無可採用。",
  },
  adoptNoRole: {
    en: "Pack {pack} has no recognizers of role {role}: there is nothing to adopt.",
    "zh-CN": "政策包 {pack} 没有角色 {role} 的识别方式，无可采用。",
    "zh-TW": "政策包 {pack} 沒有角色 {role} 的識別方式，無可採用。",
  },
  adoptNoOwners: {
    en: "Pack {pack} has no `pii.owners`: there is nothing to adopt.",
    "zh-CN": "政策包 {pack} 没有 `pii.owners`，无可采用。",
    "zh-TW": "政策包 {pack} 沒有 `pii.owners`，無可採用。",
  },
  adoptUnknownEntry: {
    en: "`except` names {id}, which pack {pack} does not have: a misspelt id would adopt the entry it meant to leave out.",
    "zh-CN": "`except` 指定的 {id} 不在政策包 {pack} 中：拼错的 id 会采用本想排除的条目。",
    "zh-TW": "`except` 指定的 {id} 不在政策包 {pack} 中：拼錯的 id 會採用本想排除的條目。",
  },
  overlayBaseOnly: {
    en: "`{field}` comes from the base pack: an overlay cannot set it.",
    "zh-CN": "`{field}` 取自基础政策包：叠加包不能设置它。",
    "zh-TW": "`{field}` 取自基礎政策包：疊加包不能設定它。",
  },
  waivesWithoutExtends: {
    en: "`waives` relaxes entries of a base pack, but this pack `extends` none.",
    "zh-CN": "`waives` 用于放宽基础政策包的条目，但本政策包没有 `extends` 任何政策包。",
    "zh-TW": "`waives` 用於放寬基礎政策包的條目，但本政策包沒有 `extends` 任何政策包。",
  },
  overlaysRecord: {
    en: "`overlays` is written when an overlay is merged into its base, not in a pack file: use `extends`.",
    "zh-CN": "`overlays` 由合并叠加包时自动写入，不能写在政策包文件中：请使用 `extends`。",
    "zh-TW": "`overlays` 由合併疊加包時自動寫入，不能寫在政策包檔案中：請使用 `extends`。",
  },
  overlayOtherSection: {
    en: "{entry} is an entry of `{section}` in the base pack: an entry with its id belongs there.",
    "zh-CN": "{entry} 是基础政策包 `{section}` 中的条目：同 id 的条目应放在那里。",
    "zh-TW": "{entry} 是基礎政策包 `{section}` 中的條目：同 id 的條目應放在那裡。",
  },
  overlaySourceTaken: {
    en: "The base pack already has source {key}: cite it, or give yours another key.",
    "zh-CN": "基础政策包已有来源 {key}：请直接引用，或为你的来源另取一个键。",
    "zh-TW": "基礎政策包已有來源 {key}：請直接引用，或為你的來源另取一個鍵。",
  },
  overlayRelaxes: {
    en: "{entry}: `{field}` {base} → {overlay} relaxes the base pack. Only a stricter value is accepted; to relax it, list {entry} under `waives` with a reason.",
    "zh-CN": "{entry}：`{field}` 由 {base} 改为 {overlay}，放宽了基础政策包。只接受更严格的值；如需放宽，请在 `waives` 中列出 {entry} 并写明原因。",
    "zh-TW": "{entry}：`{field}` 由 {base} 改為 {overlay}，放寬了基礎政策包。只接受更嚴格的值；如需放寬，請在 `waives` 中列出 {entry} 並寫明原因。",
  },
  overlayDrops: {
    en: "{entry}: drops {items} from `{field}`, which the base pack requires. To relax it, list {entry} under `waives` with a reason.",
    "zh-CN": "{entry}：从 `{field}` 中删去了基础政策包要求的 {items}。如需放宽，请在 `waives` 中列出 {entry} 并写明原因。",
    "zh-TW": "{entry}：從 `{field}` 中刪去了基礎政策包要求的 {items}。如需放寬，請在 `waives` 中列出 {entry} 並寫明原因。",
  },
  overlayWidens: {
    en: "{entry}: adds {items} to `{field}`, which widens what the base pack accepts. To relax it, list {entry} under `waives` with a reason.",
    "zh-CN": "{entry}：向 `{field}` 添加了 {items}，放宽了基础政策包接受的范围。如需放宽，请在 `waives` 中列出 {entry} 并写明原因。",
    "zh-TW": "{entry}：向 `{field}` 加入了 {items}，放寬了基礎政策包接受的範圍。如需放寬，請在 `waives` 中列出 {entry} 並寫明原因。",
  },
  overlayNarrows: {
    en: "{entry}: `{field}` leaves out {items}, where the base pack's entry applies. To relax it, list {entry} under `waives` with a reason.",
    "zh-CN": "{entry}：`{field}` 漏掉了基础政策包条目适用的 {items}。如需放宽，请在 `waives` 中列出 {entry} 并写明原因。",
    "zh-TW": "{entry}：`{field}` 漏掉了基礎政策包條目適用的 {items}。如需放寬，請在 `waives` 中列出 {entry} 並寫明原因。",
  },
  overlayChanges: {
    en: "{entry}: changes `{field}` of the base pack's entry, which an overlay can only keep or tighten. To change it, list {entry} under `waives` with a reason.",
    "zh-CN": "{entry}：修改了基础政策包条目的 `{field}`，叠加包只能保留或收紧它。如需修改，请在 `waives` 中列出 {entry} 并写明原因。",
    "zh-TW": "{entry}：修改了基礎政策包條目的 `{field}`，疊加包只能保留或收緊它。如需修改，請在 `waives` 中列出 {entry} 並寫明原因。",
  },
  waiverNeedsReason: {
    en: "The waiver of {entry} gives no reason: say why the entry is relaxed.",
    "zh-CN": "对 {entry} 的豁免没有写明原因：请说明为何放宽该条目。",
    "zh-TW": "對 {entry} 的豁免沒有寫明原因：請說明為何放寬該條目。",
  },
  waiverUnknownEntry: {
    en: "Waives {entry}, which the base pack does not have.",
    "zh-CN": "豁免了 {entry}，但基础政策包中没有该条目。",
    "zh-TW": "豁免了 {entry}，但基礎政策包中沒有該條目。",
  },
  waiverUnused: {
    en: "Waives {entry}, which this overlay does not change: remove the waiver.",
    "zh-CN": "豁免了 {entry}，但本叠加包并未修改它：请删除该豁免。",
    "zh-TW": "豁免了 {entry}，但本疊加包並未修改它：請刪除該豁免。",
  },
} satisfies Record<string, Localized>;

export type PackMessageId = keyof typeof PACK_MESSAGES;

export interface PackProblem {
  messageId: PackMessageId;
  data: Record<string, string | number>;
  /** A problem that stops the pack from being used, or one the author should look at. */
  severity: "error" | "warning";
  /** JSON Pointer of what it is about. */
  pointer: string;
  line: number;
  column: number;
}

export interface CheckedPack {
  /** The pack as data, when it parsed and matches the schema (even with other problems); an overlay merged into its base. */
  pack: PolicyPack | null;
  /** For an overlay: the file's own content, and the base it was merged into. */
  overlay?: { content: PackOverlay; base: PolicyPack };
  problems: PackProblem[];
  /** Line and column (1-based) of what a JSON Pointer names: the key of a field, an item of a list. */
  position(pointer: string): { line: number; column: number };
}

/** A problem's message in a language. */
export function packProblemText(problem: Pick<PackProblem, "messageId" | "data">, locale: keyof Localized = "en"): string {
  return PACK_MESSAGES[problem.messageId][locale].replace(/\{(\w+)\}/gu, (whole, key: string) => (Object.hasOwn(problem.data, key) ? String(problem.data[key]) : whole));
}

let validator: ValidateFunction | undefined;

function validatePack(data: unknown): ErrorObject[] {
  if (!validator) {
    const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, verbose: true });
    validator = ajv.compile(policySchema);
  }
  return validator(data) ? [] : [...(validator.errors ?? [])];
}

/** The base pack an overlay's `extends` names, or why there is none. */
export type BaseResolution = { pack: PolicyPack } | { problem: { messageId: "unknownBase" | "extendsCycle"; data: Record<string, string> } };

export interface CheckOptions {
  /** The known name a misspelt one most likely meant, for a "did you mean" (core's `closest`). */
  closest?: (word: string, candidates: readonly string[]) => string | null;
  /** Finds the pack an overlay extends or a pack adopts from (`@tactful/policies/load` resolves ids, paths and packages); without it, only a built-in pack by its id. */
  resolveBase?: (spec: string) => BaseResolution;
  /** The content of a merged pack (as a release bundle carries it), whose `overlays` record is its own. */
  merged?: boolean;
}

/** Checks the text of a pack file. */
export function checkPack(text: string, options: CheckOptions = {}): CheckedPack {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): { line: number; column: number } => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const position = (pointer: string): { line: number; column: number } => at(offsetOf(document.contents as YamlNode | null, pointer));
  const problems: PackProblem[] = [];
  const report = (messageId: PackMessageId, pointer: string, data: PackProblem["data"] = {}, severity: PackProblem["severity"] = "error"): void => {
    problems.push({ messageId, data, severity, pointer, ...position(pointer) });
  };

  if (document.errors.length > 0) {
    for (const error of document.errors) problems.push({ messageId: "yaml", data: { detail: error.message.split("\n")[0]! }, severity: "error", pointer: "", ...at(error.pos[0]) });
    return { pack: null, problems, position };
  }
  const written: unknown = document.toJS();
  // Patterns are checked, and the pack read, with the parts they name written out; the parts themselves are checked as written.
  const parted = withPatternParts(written);
  for (const problem of parted.problems) report(problem.messageId, problem.pointer, problem.data, problem.severity);
  // Each part compiles on its own; how it backtracks is told at the patterns that name it.
  for (const [name, part] of Object.entries(parted.parts ?? {})) {
    const invalid = typeof part === "string" ? regexError(part, "u") : null;
    if (invalid !== null) report("badPattern", partPointer(name), { detail: invalid });
  }
  const data = parted.data;
  // `if` fails only beside the errors of the branch it chose, which say what is wrong.
  const errors = validatePack(parted.parts === undefined ? data : { ...(data as object), patternParts: parted.parts });
  // Nor does `propertyNames` say more than the error about the name.
  const badNames = new Set(errors.flatMap((error) => (error.propertyName !== undefined && error.keyword === "pattern" ? [error.instancePath] : [])));
  const schemaErrors = errors.filter((error) => error.keyword !== "if" && !(error.keyword === "propertyNames" && badNames.has(error.instancePath)));
  for (const error of schemaErrors) {
    const problem = describeSchemaError(error, options);
    report(problem.messageId, problem.pointer, problem.data);
  }
  let pack = schemaErrors.length === 0 ? (data as PolicyPack) : null;
  let overlay: CheckedPack["overlay"];
  // What a schema cannot say is checked on a pack that does not match it too: all problems at once.
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const object = data as Partial<PackOverlay> & Pick<PolicyPack, "overlays">;
    let base: PolicyPack | undefined;
    if (typeof object.extends === "string") {
      const resolution = (options.resolveBase ?? builtInBase)(object.extends);
      if ("problem" in resolution) report(resolution.problem.messageId, "/extends", resolution.problem.data);
      else base = resolution.pack;
    } else if (object.waives !== undefined) {
      report("waivesWithoutExtends", "/waives");
    }
    if (object.overlays !== undefined && !options.merged) report("overlaysRecord", "/overlays");
    // Adopted entries cite this pack's sources, and their word classes fill this pack's slots.
    let languages = object.tone?.languages;
    if (pack && typeof object.extends !== "string" && (pack.tone.adopt || pack.recognizers.adopt || pack.pii.owners?.adopt)) {
      const adoption = resolveAdoptions(pack, adoptionSource(options));
      for (const problem of adoption.problems) report(problem.messageId, problem.pointer, problem.data);
      pack = adoption.pack;
      languages = pack.tone.languages;
    }
    // An overlay cites its base's sources and fills slots with its base's word classes.
    const context = { sources: { ...base?.sources, ...object.sources }, languages: base?.tone.languages ?? languages ?? {} };
    for (const problem of semanticProblems(object as Partial<PolicyPack>, (pointer) => position(pointer).line, context)) report(problem.messageId, problem.pointer, problem.data, problem.severity);
    if (base && pack) {
      const merged = applyOverlay(base, data as PackOverlay);
      for (const problem of merged.problems) report(problem.messageId, problem.pointer, problem.data);
      overlay = { content: data as PackOverlay, base };
      pack = merged.pack;
    } else if (typeof object.extends === "string") {
      pack = null;
    }
  }
  const seen = new Set<string>();
  const distinct = problems.filter((problem) => {
    const key = `${problem.pointer}\u0000${problem.messageId}`;
    // A pattern left naming a part does not compile either: the part's problem is what to fix.
    if (problem.messageId === "badPattern" && parted.unresolved.has(problem.pointer)) return false;
    return !seen.has(key) && seen.add(key);
  });
  return { pack, ...(overlay ? { overlay } : {}), problems: distinct.sort((a, b) => a.line - b.line || a.column - b.column), position };
}

/** What an adoption's `from` names: found as an overlay's base is, said as an adoption's problem. */
function adoptionSource(options: CheckOptions): AdoptionSource {
  return (spec) => {
    const resolution = (options.resolveBase ?? builtInBase)(spec);
    if ("pack" in resolution) return resolution;
    return { problem: { ...resolution.problem.data, messageId: resolution.problem.messageId === "unknownBase" ? "unknownAdopted" : "adoptCycle" } };
  };
}

/** Without a resolver, a built-in pack by its id. */
function builtInBase(spec: string): BaseResolution {
  const jurisdiction = builtInPacks.jurisdictions.find((known) => known.toLowerCase() === spec);
  return jurisdiction ? { pack: builtInPacks.packFor(jurisdiction)! } : { problem: { messageId: "unknownBase", data: { base: spec, builtIn: builtInPacks.jurisdictions.map((known) => known.toLowerCase()).join(", ") } } };
}

type Found = { messageId: PackMessageId; pointer: string; data: PackProblem["data"]; severity?: PackProblem["severity"] };

function describeSchemaError(error: ErrorObject, options: CheckOptions): Found {
  const params = error.params as Record<string, unknown>;
  const field = fieldName(error.instancePath);
  // A key that is not a name allowed there (`propertyNames`) is about that key.
  if (error.propertyName !== undefined && error.keyword === "pattern") {
    return { messageId: "badName", pointer: `${error.instancePath}/${pointerKey(error.propertyName)}`, data: { field, name: error.propertyName, pattern: String(params["pattern"]) } };
  }
  switch (error.keyword) {
    case "unevaluatedProperties":
    case "additionalProperties": {
      const extra = String(params["unevaluatedProperty"] ?? params["additionalProperty"]);
      const guess = options.closest?.(extra, knownFields(error.parentSchema as SchemaObject)) ?? null;
      const pointer = `${error.instancePath}/${pointerKey(extra)}`;
      return guess ? { messageId: "unknownFieldGuess", pointer, data: { field: extra, guess } } : { messageId: "unknownField", pointer, data: { field: extra } };
    }
    case "required":
      return { messageId: "missingField", pointer: error.instancePath, data: { field: String(params["missingProperty"]) } };
    case "enum":
      return { messageId: "notAllowed", pointer: error.instancePath, data: { field, allowed: (params["allowedValues"] as unknown[]).map(String).join(", "), value: JSON.stringify(error.data) } };
    case "type":
      return { messageId: "wrongType", pointer: error.instancePath, data: { field, type: String(params["type"]) } };
    default:
      return { messageId: "schema", pointer: error.instancePath, data: { field, detail: error.message ?? error.keyword } };
  }
}

type SchemaObject = Record<string, unknown>;

/** The fields a schema object knows: its own properties and those of the schemas it is made of. */
function knownFields(schema: SchemaObject | undefined, seen = new Set<SchemaObject>()): string[] {
  if (!schema || seen.has(schema)) return [];
  seen.add(schema);
  const fields = Object.keys((schema["properties"] ?? {}) as SchemaObject);
  const ref = schema["$ref"];
  if (typeof ref === "string" && ref.startsWith("#/$defs/")) fields.push(...knownFields((policySchema.$defs as Record<string, SchemaObject>)[ref.slice("#/$defs/".length)], seen));
  for (const key of ["allOf", "anyOf", "oneOf"]) {
    for (const part of (schema[key] ?? []) as SchemaObject[]) fields.push(...knownFields(part, seen));
  }
  return [...new Set(fields)];
}

/** A field's name for a message: its pointer as a dotted path (`optOut[2].accepted`). */
function fieldName(pointer: string): string {
  if (pointer === "") return "(pack)";
  return pointer
    .slice(1)
    .split("/")
    .map((part) => part.replace(/~1/gu, "/").replace(/~0/gu, "~"))
    .reduce((path, part) => (/^\d+$/u.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part), "");
}

/** Checks a schema cannot express. */
function* semanticProblems(pack: Partial<PolicyPack>, lineOf: (pointer: string) => number, known: { sources: object; languages: PolicyPack["tone"]["languages"] }): Generator<Found> {
  const ids = new Map<string, string>();
  function* walk(value: unknown, pointer: string): Generator<Found> {
    if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) yield* walk(item, `${pointer}/${index}`);
      return;
    }
    if (!value || typeof value !== "object") return;
    const object = value as Record<string, unknown>;
    if (typeof object["id"] === "string" && pointer !== "") {
      const earlier = ids.get(object["id"]);
      if (earlier !== undefined) yield { messageId: "duplicateId", pointer, data: { id: object["id"], line: lineOf(earlier) } };
      else ids.set(object["id"], pointer);
    }
    if (typeof object["ref"] === "string" && !Object.hasOwn(known.sources, object["ref"])) yield { messageId: "unknownSource", pointer: `${pointer}/ref`, data: { ref: object["ref"] } };
    // The patterns of a wording that asks for it match case-insensitively.
    const folded = object["ignoreCase"] === true;
    // A placeholder's words are checked as the one pattern they make, below.
    if (!pointer.endsWith("/placeholder")) {
      for (const key of PATTERN_FIELDS) if (typeof object[key] === "string") yield* patternProblems(object[key], folded, `${pointer}/${key}`);
    }
    // A placeholder recognizer's words are checked as the pattern they make.
    const placeholder = object["placeholder"] as Recognizer["placeholder"] | undefined;
    if (typeof placeholder?.names === "string" && (placeholder.except === undefined || typeof placeholder.except === "string")) {
      yield* patternProblems(recognizerPattern({ placeholder })!, folded, `${pointer}/placeholder`);
    }
    for (const key of PATTERN_LIST_FIELDS) {
      const list = object[key];
      if (Array.isArray(list)) for (const [index, pattern] of list.entries()) if (typeof pattern === "string") yield* patternProblems(pattern, folded, `${pointer}/${key}/${index}`);
    }
    for (const [key, child] of Object.entries(object)) {
      if (!PATTERN_LIST_FIELDS.includes(key)) yield* walk(child, `${pointer}/${key}`);
    }
  }
  yield* walk(pack, "");
  // An identifier that needs a cue, a checksum or groups has them: otherwise it would never be reported.
  for (const [index, entry] of (Array.isArray(pack.pii?.literals) ? pack.pii.literals : []).entries()) {
    const pointer = `/pii/literals/${index}`;
    if (entry.needs === "cue" && !pack.pii?.owners) yield { messageId: "needsCue", pointer, data: {} };
    if (entry.needs === "checksum" && !entry.checksum) yield { messageId: "needsChecksum", pointer, data: {} };
    if (entry.needs === "groups" && !entry.groups) yield { messageId: "needsGroups", pointer, data: {} };
  }
  // A slot names a word class of the entry's language: an unknown name would never match.
  for (const [index, entry] of (Array.isArray(pack.tone?.lexicon) ? pack.tone.lexicon : []).entries()) {
    const classes = known.languages[entry.language]?.classes ?? {};
    for (const [slot, name] of (entry.slots ?? []).entries()) {
      if (!Object.hasOwn(classes, name)) yield { messageId: "unknownClass", pointer: `/tone/lexicon/${index}/slots/${slot}`, data: { slot: name, language: entry.language } };
    }
    // A flat list names classes (cites/0), a list of sets names them within each set (cites/1/0).
    const named = (entry.allowedWhen?.cites ?? []).flatMap((item: string | string[], at) => (typeof item === "string" ? [{ name: item, path: `${at}` }] : item.map((name, within) => ({ name, path: `${at}/${within}` }))));
    for (const { name, path } of named) {
      if (!Object.hasOwn(classes, name)) yield { messageId: "unknownCitedClass", pointer: `/tone/lexicon/${index}/allowedWhen/cites/${path}`, data: { name, language: entry.language } };
    }
  }
}

/**
 * A pattern must compile as the rules compile it, and must not backtrack its way into more than
 * linear time on a crafted text (a message's data may come from anyone). Exponential time is an
 * error; polynomial time a warning. The cost of trying a pattern at every start of a text is
 * not counted: every unanchored search pays it, and messages are short.
 */
function* patternProblems(pattern: string, ignoreCase: boolean, pointer: string): Generator<Found> {
  const flags = `u${ignoreCase ? "i" : ""}`;
  const invalid = regexError(pattern, flags);
  if (invalid !== null) {
    yield { messageId: "badPattern", pointer, data: { detail: invalid } };
    return;
  }
  const reports = analyse({ source: pattern, flags }, { reportTypes: { Move: false } }).reports;
  const worst = reports.find((report) => report.exponential) ?? reports[0];
  if (!worst) return;
  yield {
    messageId: worst.exponential ? "exponentialPattern" : "polynomialPattern",
    pointer,
    data: { character: worst.character.pick, part: culprit(worst) },
    severity: worst.exponential ? "error" : "warning",
  };
}

/** Why a pattern does not compile, or null when it does. */
function regexError(pattern: string, flags: string): string | null {
  try {
    new RegExp(pattern, flags);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

function culprit(report: Report): string {
  if (report.type === "Trade") return `\`${report.startQuant.raw}\` / \`${report.endQuant.raw}\``;
  if (report.type === "Self") return `\`${report.parentQuant.raw}\``;
  return `\`${report.quant.raw}\``;
}

/** The offset of the YAML node a JSON Pointer names (the key of a field), or of its nearest ancestor. */
function offsetOf(root: YamlNode | null, pointer: string): number {
  let current: unknown = root;
  let offset = root?.range?.[0] ?? 0;
  for (const raw of pointer.split("/").slice(1)) {
    const segment = raw.replace(/~1/gu, "/").replace(/~0/gu, "~");
    if (isMap(current)) {
      const pair = current.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === segment);
      if (!pair) break;
      offset = (pair.key as YamlNode).range?.[0] ?? offset;
      current = pair.value;
    } else if (isSeq(current)) {
      const item = current.items[Number(segment)] as YamlNode | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      current = item;
    } else {
      break;
    }
  }
  return offset;
}
