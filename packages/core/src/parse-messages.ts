/**
 * What the parser says about a file, by id: a problem carries its `messageId` and data, and
 * each tool says it in the locale of its reader (`--lang`, `settings.tactful.locale`,
 * `initialize.locale`) when it shows it, so a document parsed once serves every locale.
 * Text the YAML and Nunjucks libraries write (`detail`) cannot be translated: it follows a
 * translated lead.
 */
import { fill, type Catalog, type Locale } from "./i18n.js";

export const PARSE_MESSAGES = {
  // The file as a whole.
  tooLarge: { en: "the file is {size}; the limit is {limit}", "zh-CN": "文件大小为 {size}，上限为 {limit}", "zh-TW": "檔案大小為 {size}，上限為 {limit}" },
  tooLargeBytes: { en: "the file is {size} bytes; the limit is {limit} bytes", "zh-CN": "文件大小为 {size} 字节，上限为 {limit} 字节", "zh-TW": "檔案大小為 {size} 位元組，上限為 {limit} 位元組" },
  binary: { en: "the file contains NUL bytes; it is not a text template", "zh-CN": "文件包含 NUL 字节，不是文本模板", "zh-TW": "檔案包含 NUL 位元組，不是文字範本" },
  nestedTooDeeply: { en: "the template is nested too deeply to parse", "zh-CN": "模板嵌套过深，无法解析", "zh-TW": "範本巢狀過深，無法剖析" },
  parseFailed: { en: "could not parse the template: {reason}", "zh-CN": "无法解析模板：{reason}", "zh-TW": "無法剖析範本：{reason}" },
  frontMatterMissing: {
    en: "the file does not start with front matter: its first line must be `---`",
    "zh-CN": "文件开头没有头部信息：第一行必须是 `---`",
    "zh-TW": "檔案開頭沒有開頭資訊：第一行必須是 `---`",
  },
  frontMatterUnclosed: {
    en: "the front matter is never closed: add a line `---` after it",
    "zh-CN": "头部信息没有结束：请在其后加一行 `---`",
    "zh-TW": "開頭資訊沒有結束：請在其後加一行 `---`",
  },
  unknownJurisdiction: {
    en: "there is no policy pack for jurisdiction `{jurisdiction}` (packs: {packs})",
    "zh-CN": "没有适用于司法辖区 `{jurisdiction}` 的政策包（可用：{packs}）",
    "zh-TW": "沒有適用於管轄區域 `{jurisdiction}` 的政策包（可用：{packs}）",
  },
  noDefaultJurisdiction: {
    en: "no policy pack covers locale `{locale}` by default; set `jurisdiction` ({defaults})",
    "zh-CN": "没有政策包默认适用于 `{locale}`：请设置 `jurisdiction`（{defaults}）",
    "zh-TW": "沒有政策包預設適用於 `{locale}`：請設定 `jurisdiction`（{defaults}）",
  },
  noToneLanguage: {
    en: "policy pack {jurisdiction} has no language for locale `{locale}` (it reads {languages}): threats and insults cannot be checked",
    "zh-CN": "政策包 {jurisdiction} 没有适用于 `{locale}` 的语言（可读：{languages}）：无法检查威胁和侮辱",
    "zh-TW": "政策包 {jurisdiction} 沒有適用於 `{locale}` 的語言（可讀：{languages}）：無法檢查威脅和侮辱",
  },
  inField: { en: "in `{field}`: {message}", "zh-CN": "`{field}` 中：{message}", "zh-TW": "`{field}` 中：{message}" },

  // Limits on size and nesting (see limits.ts).
  tooDeepFrontMatter: {
    en: "the front matter is nested more than {limit} levels deep here; the limit is {limit}",
    "zh-CN": "头部信息在此处嵌套超过 {limit} 层，上限为 {limit} 层",
    "zh-TW": "開頭資訊在此處巢狀超過 {limit} 層，上限為 {limit} 層",
  },
  tooDeepTemplate: {
    en: "the template is nested more than {limit} levels deep here; the limit is {limit}",
    "zh-CN": "模板在此处嵌套超过 {limit} 层，上限为 {limit} 层",
    "zh-TW": "範本在此處巢狀超過 {limit} 層，上限為 {limit} 層",
  },
  tooManyAliasedValues: {
    en: "the aliases up to here repeat more than {limit} values of the front matter; the limit is {limit}",
    "zh-CN": "到此处为止，别名重复了头部信息中超过 {limit} 个值，上限为 {limit} 个",
    "zh-TW": "到此處為止，別名重複了開頭資訊中超過 {limit} 個值，上限為 {limit} 個",
  },
  aliasCycle: {
    en: "the alias `*{alias}` is inside the collection it names, so the front matter would nest without end",
    "zh-CN": "别名 `*{alias}` 位于它所指的集合之内，头部信息会无限嵌套",
    "zh-TW": "別名 `*{alias}` 位於它所指的集合之內，開頭資訊會無限巢狀",
  },
  tooManyTagTokens: {
    en: "this tag holds more than {limit} tokens; the limit is {limit}: split it, or compute the value before rendering",
    "zh-CN": "此标签包含超过 {limit} 个记号，上限为 {limit} 个：请拆分，或在渲染前算好该值",
    "zh-TW": "此標籤包含超過 {limit} 個記號，上限為 {limit} 個：請拆分，或在算繪前算好該值",
  },

  // YAML: the yaml package's own text, after a lead that says what kind of error it is.
  yaml: { en: "{detail}", "zh-CN": "无法读取（{detail}）", "zh-TW": "無法讀取（{detail}）" },
  "yaml.ALIAS_PROPS": { en: "{detail}", "zh-CN": "别名不能带锚点或标签（{detail}）", "zh-TW": "別名不能帶錨點或標籤（{detail}）" },
  "yaml.BAD_ALIAS": { en: "{detail}", "zh-CN": "别名写法不正确（{detail}）", "zh-TW": "別名寫法不正確（{detail}）" },
  "yaml.BAD_DIRECTIVE": { en: "{detail}", "zh-CN": "YAML 指令不正确（{detail}）", "zh-TW": "YAML 指令不正確（{detail}）" },
  "yaml.BAD_DQ_ESCAPE": { en: "{detail}", "zh-CN": "双引号字符串中的转义不正确（{detail}）", "zh-TW": "雙引號字串中的跳脫不正確（{detail}）" },
  "yaml.BAD_INDENT": { en: "{detail}", "zh-CN": "缩进不正确（{detail}）", "zh-TW": "縮排不正確（{detail}）" },
  "yaml.BAD_PROP_ORDER": { en: "{detail}", "zh-CN": "锚点或标签的位置不正确（{detail}）", "zh-TW": "錨點或標籤的位置不正確（{detail}）" },
  "yaml.BAD_SCALAR_START": { en: "{detail}", "zh-CN": "值不能以此字符开头，请给值加引号（{detail}）", "zh-TW": "值不能以此字元開頭，請為值加上引號（{detail}）" },
  "yaml.BLOCK_AS_IMPLICIT_KEY": { en: "{detail}", "zh-CN": "多行结构不能用作键（{detail}）", "zh-TW": "多行結構不能用作鍵（{detail}）" },
  "yaml.BLOCK_IN_FLOW": { en: "{detail}", "zh-CN": "括号内不能使用多行结构（{detail}）", "zh-TW": "括號內不能使用多行結構（{detail}）" },
  "yaml.DUPLICATE_KEY": { en: "{detail}", "zh-CN": "键重复（{detail}）", "zh-TW": "鍵重複（{detail}）" },
  "yaml.IMPOSSIBLE": { en: "{detail}", "zh-CN": "无法读取（{detail}）", "zh-TW": "無法讀取（{detail}）" },
  "yaml.KEY_OVER_1024_CHARS": { en: "{detail}", "zh-CN": "键超过 1024 个字符（{detail}）", "zh-TW": "鍵超過 1024 個字元（{detail}）" },
  "yaml.MISSING_CHAR": { en: "{detail}", "zh-CN": "缺少字符，如引号、冒号、逗号或括号（{detail}）", "zh-TW": "缺少字元，如引號、冒號、逗號或括號（{detail}）" },
  "yaml.MULTILINE_IMPLICIT_KEY": { en: "{detail}", "zh-CN": "键不能跨行，或缺少冒号（{detail}）", "zh-TW": "鍵不能跨行，或缺少冒號（{detail}）" },
  "yaml.MULTIPLE_ANCHORS": { en: "{detail}", "zh-CN": "一个值只能有一个锚点（{detail}）", "zh-TW": "一個值只能有一個錨點（{detail}）" },
  "yaml.MULTIPLE_DOCS": { en: "{detail}", "zh-CN": "头部信息只能有一个 YAML 文档（{detail}）", "zh-TW": "開頭資訊只能有一個 YAML 文件（{detail}）" },
  "yaml.MULTIPLE_TAGS": { en: "{detail}", "zh-CN": "一个值只能有一个标签（{detail}）", "zh-TW": "一個值只能有一個標籤（{detail}）" },
  "yaml.NON_STRING_KEY": { en: "{detail}", "zh-CN": "键必须是文本（{detail}）", "zh-TW": "鍵必須是文字（{detail}）" },
  "yaml.RESOURCE_EXHAUSTION": { en: "{detail}", "zh-CN": "展开后过大（{detail}）", "zh-TW": "展開後過大（{detail}）" },
  "yaml.TAB_AS_INDENT": { en: "{detail}", "zh-CN": "不能用制表符缩进，请用空格（{detail}）", "zh-TW": "不能用定位字元縮排，請用空格（{detail}）" },
  "yaml.TAG_RESOLVE_FAILED": { en: "{detail}", "zh-CN": "无法识别的标签（{detail}）", "zh-TW": "無法識別的標籤（{detail}）" },
  "yaml.UNEXPECTED_TOKEN": { en: "{detail}", "zh-CN": "此处有多余或意外的内容（{detail}）", "zh-TW": "此處有多餘或意外的內容（{detail}）" },
  "yaml.BAD_COLLECTION_TYPE": { en: "{detail}", "zh-CN": "集合类型不正确（{detail}）", "zh-TW": "集合類型不正確（{detail}）" },
  keyNotPlain: { en: "a key must be a plain value, not a list or a mapping", "zh-CN": "键必须是单个值，不能是列表或映射", "zh-TW": "鍵必須是單一值，不能是清單或對應" },

  // Nunjucks: the nunjucks parser's own text after a lead, or what the AST cannot hold.
  nunjucks: { en: "{detail}", "zh-CN": "模板语法错误（{detail}）", "zh-TW": "範本語法錯誤（{detail}）" },
  nunjucksUnclosed: {
    en: "{detail} (the {% {tag} %} here is never closed)",
    "zh-CN": "此处的 {% {tag} %} 没有结束（{detail}）",
    "zh-TW": "此處的 {% {tag} %} 沒有結束（{detail}）",
  },
  tagNameAtEnd: { en: "expected a tag name after `{%`, got end of file", "zh-CN": "`{%` 之后应有标签名，但文件已结束", "zh-TW": "`{%` 之後應有標籤名稱，但檔案已結束" },
  oneExpressionPerOutput: { en: "an output holds exactly one expression", "zh-CN": "一个输出只能包含一个表达式", "zh-TW": "一個輸出只能包含一個運算式" },
  notSupportedHere: { en: "`{construct}` is not supported here", "zh-CN": "此处不支持 `{construct}`", "zh-TW": "此處不支援 `{construct}`" },
  notSupportedInExpression: { en: "`{construct}` is not supported in an expression", "zh-CN": "表达式中不支持 `{construct}`", "zh-TW": "運算式中不支援 `{construct}`" },
  missingPart: { en: "`{construct}` without its {part}", "zh-CN": "`{construct}` 缺少 {part}", "zh-TW": "`{construct}` 缺少 {part}" },
  elseNotPlaced: { en: "an `else` branch could not be placed", "zh-CN": "无法确定 `else` 分支所属的位置", "zh-TW": "無法確定 `else` 分支所屬的位置" },
  loopNames: {
    en: "a loop takes one or two names, such as `{% for key, value in items %}`",
    "zh-CN": "循环只能有一个或两个变量名，例如 `{% for key, value in items %}`",
    "zh-TW": "迴圈只能有一個或兩個變數名稱，例如 `{% for key, value in items %}`",
  },
  loopAssignsNames: {
    en: "a {% for %} assigns to names only, such as `{% for item in items %}`",
    "zh-CN": "{% for %} 只能赋值给变量名，例如 `{% for item in items %}`",
    "zh-TW": "{% for %} 只能指派給變數名稱，例如 `{% for item in items %}`",
  },
  setAssignsNames: {
    en: "{% set %} assigns to names only, such as `{% set total = amount %}`",
    "zh-CN": "{% set %} 只能赋值给变量名，例如 `{% set total = amount %}`",
    "zh-TW": "{% set %} 只能指派給變數名稱，例如 `{% set total = amount %}`",
  },
  setValueOrBlock: { en: "a {% set %} takes a value or a block", "zh-CN": "{% set %} 需要一个值或一个块", "zh-TW": "{% set %} 需要一個值或一個區塊" },
  tagNeedsName: { en: "a {% {tag} %} needs a name", "zh-CN": "{% {tag} %} 需要一个变量名", "zh-TW": "{% {tag} %} 需要一個變數名稱" },
  tagNeedsExpression: { en: "the {% {tag} %} tag needs an expression", "zh-CN": "{% {tag} %} 标签需要一个表达式", "zh-TW": "{% {tag} %} 標籤需要一個運算式" },
  keywordArgument: { en: "a keyword argument is written `name=value`", "zh-CN": "关键字参数的写法是 `name=value`", "zh-TW": "關鍵字引數的寫法是 `name=value`" },
  literalNotSupported: { en: "this literal is not supported", "zh-CN": "不支持这种字面量", "zh-TW": "不支援這種常值" },
  comparisonNotSupported: { en: "the comparison `{operator}` is not supported", "zh-CN": "不支持比较运算 `{operator}`", "zh-TW": "不支援比較運算 `{operator}`" },
  parenthesesHoldOne: {
    en: "parentheses hold one expression; write a list as `[a, b]`",
    "zh-CN": "括号内只能有一个表达式；列表请写作 `[a, b]`",
    "zh-TW": "括號內只能有一個運算式；清單請寫作 `[a, b]`",
  },
  dictionaryKey: { en: "a dictionary key is a name or a string", "zh-CN": "字典的键必须是名称或字符串", "zh-TW": "字典的鍵必須是名稱或字串" },
  filterForm: { en: "a filter is written `value | name`", "zh-CN": "过滤器的写法是 `value | name`", "zh-TW": "篩選器的寫法是 `value | name`" },
  testForm: {
    en: "a test is written `value is name` or `value is name(arguments)`",
    "zh-CN": "测试的写法是 `value is name` 或 `value is name(arguments)`",
    "zh-TW": "測試的寫法是 `value is name` 或 `value is name(arguments)`",
  },

  // The template schema (schemas/template.schema.json).
  missingKey: { en: "Missing required key `{name}`.", "zh-CN": "缺少必填的键 `{name}`。", "zh-TW": "缺少必填的鍵 `{name}`。" },
  requiredWhen: { en: "`{name}` is required when {condition}.", "zh-CN": "{condition}时，必须填写 `{name}`。", "zh-TW": "{condition}時，必須填寫 `{name}`。" },
  notAllowedHere: { en: "`{name}` is not allowed here.", "zh-CN": "此处不允许使用 `{name}`。", "zh-TW": "此處不允許使用 `{name}`。" },
  notAllowedWhen: { en: "`{name}` is not allowed when {condition}.", "zh-CN": "{condition}时，不允许使用 `{name}`。", "zh-TW": "{condition}時，不允許使用 `{name}`。" },
  conditionIs: { en: "`{field}` is `{value}`", "zh-CN": "`{field}` 为 `{value}`", "zh-TW": "`{field}` 為 `{value}`" },
  conditionIsNot: { en: "`{field}` is not `{value}`", "zh-CN": "`{field}` 不为 `{value}`", "zh-TW": "`{field}` 不為 `{value}`" },
  unknownKey: { en: "Unknown key `{key}`.{hint}", "zh-CN": "未知的键 `{key}`。{hint}", "zh-TW": "未知的鍵 `{key}`。{hint}" },
  unknownKeyIn: { en: "Unknown key `{key}` in `{parent}`.{hint}", "zh-CN": "`{parent}` 中有未知的键 `{key}`。{hint}", "zh-TW": "`{parent}` 中有未知的鍵 `{key}`。{hint}" },
  didYouMean: { en: " Did you mean `{guess}`?", "zh-CN": "是不是要写 `{guess}`？", "zh-TW": "是不是要寫 `{guess}`？" },
  knownKeys: { en: " Known keys: {keys}.", "zh-CN": "可用的键：{keys}。", "zh-TW": "可用的鍵：{keys}。" },
  notOneOf: { en: "`{name}` must be one of {allowed} (got {got}).", "zh-CN": "`{name}` 必须是 {allowed} 之一（当前为 {got}）。", "zh-TW": "`{name}` 必須是 {allowed} 之一（目前為 {got}）。" },
  notConst: { en: "`{name}` must be {value}.", "zh-CN": "`{name}` 必须是 {value}。", "zh-TW": "`{name}` 必須是 {value}。" },
  wrongType: { en: "`{name}` must be {expected} (got {got}).", "zh-CN": "`{name}` 必须是{expected}（当前为 {got}）。", "zh-TW": "`{name}` 必須是{expected}（目前為 {got}）。" },
  typeEither: { en: "{first} or {second}", "zh-CN": "{first}或{second}", "zh-TW": "{first}或{second}" },
  "type.string": { en: "a string", "zh-CN": "文本", "zh-TW": "文字" },
  "type.number": { en: "a number", "zh-CN": "数字", "zh-TW": "數字" },
  "type.integer": { en: "an integer", "zh-CN": "整数", "zh-TW": "整數" },
  "type.boolean": { en: "a boolean", "zh-CN": "布尔值（true 或 false）", "zh-TW": "布林值（true 或 false）" },
  "type.object": { en: "an object", "zh-CN": "映射（键: 值）", "zh-TW": "對應（鍵: 值）" },
  "type.array": { en: "an array", "zh-CN": "列表", "zh-TW": "清單" },
  "type.null": { en: "null", "zh-CN": "空值（null）", "zh-TW": "空值（null）" },
  nothing: { en: "nothing", "zh-CN": "空", "zh-TW": "空" },
  variableNameInvalid: { en: "Variable name `{key}` is not valid: use {hint}.", "zh-CN": "变量名 `{key}` 无效：请使用{hint}。", "zh-TW": "變數名稱 `{key}` 無效：請使用{hint}。" },
  keyInvalid: { en: "Key `{key}` is not valid: use {hint}.", "zh-CN": "键 `{key}` 无效：请使用{hint}。", "zh-TW": "鍵 `{key}` 無效：請使用{hint}。" },
  patternMismatch: { en: "`{name}` must be {hint} (got {got}).", "zh-CN": "`{name}` 必须是{hint}（当前为 {got}）。", "zh-TW": "`{name}` 必須是{hint}（目前為 {got}）。" },
  textMatching: { en: "text matching {pattern}", "zh-CN": "符合 {pattern} 的文本", "zh-TW": "符合 {pattern} 的文字" },
  schemaOther: { en: "`{name}` {detail}.", "zh-CN": "`{name}` 不符合模板格式（{detail}）。", "zh-TW": "`{name}` 不符合範本格式（{detail}）。" },
  theFrontMatter: { en: "front matter", "zh-CN": "头部信息", "zh-TW": "開頭資訊" },
  // The schema's `x-hint`s, by the English text the schema gives.
  "hint.id": {
    en: "lowercase letters and digits in words joined by '.', '-' or '_', for example collection.overdue-notice",
    "zh-CN": "以 '.'、'-' 或 '_' 连接的小写字母和数字，例如 collection.overdue-notice",
    "zh-TW": "以 '.'、'-' 或 '_' 連接的小寫字母和數字，例如 collection.overdue-notice",
  },
  "hint.locale": { en: "a BCP 47 tag such as zh-CN, zh-TW, zh-Hant-HK or en-US", "zh-CN": "BCP 47 语言标记，如 zh-CN、zh-TW、zh-Hant-HK 或 en-US", "zh-TW": "BCP 47 語言標記，如 zh-CN、zh-TW、zh-Hant-HK 或 en-US" },
  "hint.jurisdiction": { en: "a two-letter country code such as CN or US", "zh-CN": "两个字母的国家或地区代码，如 CN 或 US", "zh-TW": "兩個字母的國家或地區代碼，如 CN 或 US" },
  "hint.window": { en: "a local time range such as 09:00-20:00", "zh-CN": "当地时间段，如 09:00-20:00", "zh-TW": "當地時間範圍，如 09:00-20:00" },
  "hint.variable": {
    en: "a Nunjucks identifier: letters, digits and '_', not starting with a digit",
    "zh-CN": "Nunjucks 标识符：字母、数字和 '_'，不能以数字开头",
    "zh-TW": "Nunjucks 識別字：字母、數字和 '_'，不能以數字開頭",
  },
  "hint.example": { en: "letters, digits, '-' and '_', for example longest", "zh-CN": "字母、数字、'-' 和 '_'，例如 longest", "zh-TW": "字母、數字、'-' 和 '_'，例如 longest" },
} as const satisfies Catalog;

export type ParseMessageId = keyof typeof PARSE_MESSAGES;

/** A message of the parser: its id and data, where a value may itself be a message (a condition, a hint). */
export interface ParseMessage {
  id: ParseMessageId;
  data?: ParseMessageData;
}

export type ParseMessageData = Readonly<Record<string, string | number | ParseMessage>>;

/** `message` in `locale`, its nested messages said in the same locale. */
export function sayParse(message: ParseMessage, locale: Locale = "en"): string {
  const data = Object.fromEntries(Object.entries(message.data ?? {}).map(([key, value]) => [key, typeof value === "object" ? sayParse(value, locale) : value]));
  return fill(PARSE_MESSAGES[message.id][locale], data);
}

/** The message for a YAML error code of the yaml package, with its text as the detail. */
export function yamlMessage(code: string | undefined, detail: string): ParseMessage {
  const id = `yaml.${code}`;
  return { id: Object.hasOwn(PARSE_MESSAGES, id) ? (id as ParseMessageId) : "yaml", data: { detail } };
}

/** The message for one of the schema's `x-hint`s, or the hint as written when it has no translation. */
export function hintMessage(hint: string): ParseMessage | string {
  const id = (Object.keys(PARSE_MESSAGES) as ParseMessageId[]).find((key) => key.startsWith("hint.") && PARSE_MESSAGES[key].en === hint);
  return id ? { id } : hint;
}

/** A parser's problem in `locale`. */
export function problemMessage(problem: { messageId: ParseMessageId; data: ParseMessageData }, locale: Locale): string {
  return sayParse({ id: problem.messageId, data: problem.data }, locale);
}
