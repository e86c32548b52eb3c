import { FILE_KIND_MESSAGES, translate, type Catalog, type Locale, type SourceLocation } from "@tactful/core";

/**
 * What the renderer says when it refuses a template, its data or a release, by id. `message`
 * is the English text; `messageIn(locale)` gives the same message in another locale.
 */
export const RENDERER_MESSAGES = {
  ...FILE_KIND_MESSAGES,
  templateInvalid: { en: "{template} is not a valid template: {issues}", "zh-CN": "{template} 不是有效的模板：{issues}", "zh-TW": "{template} 不是有效的範本：{issues}" },
  templateUnsafe: { en: "{template} is not safe to render: {issues}", "zh-CN": "{template} 无法安全渲染：{issues}", "zh-TW": "{template} 無法安全算繪：{issues}" },
  dataInvalid: { en: "the data does not fit {template}: {issues}", "zh-CN": "数据与 {template} 不符：{issues}", "zh-TW": "資料與 {template} 不符：{issues}" },
  cannotRead: { en: "cannot read {what}: {reason}", "zh-CN": "无法读取{what}：{reason}", "zh-TW": "無法讀取{what}：{reason}" },
  noSuchFile: { en: "no such file", "zh-CN": "文件不存在", "zh-TW": "檔案不存在" },
  permissionDenied: { en: "permission denied", "zh-CN": "没有权限", "zh-TW": "沒有權限" },
  notRegular: { en: "it is {kind}, not a regular file", "zh-CN": "它是{kind}，不是普通文件", "zh-TW": "它是{kind}，不是一般檔案" },
  grew: { en: "it grew past {limit} while it was read", "zh-CN": "读取过程中文件增长超过 {limit}", "zh-TW": "讀取過程中檔案增長超過 {limit}" },
  theRelease: { en: "the release", "zh-CN": "发布包", "zh-TW": "發布包" },
  theReleaseNamed: { en: "the release {name}", "zh-CN": "发布包 {name}", "zh-TW": "發布包 {name}" },
  thePrivateKey: { en: "the private key", "zh-CN": "私钥", "zh-TW": "私鑰" },
  thePublicKey: { en: "the public key", "zh-CN": "公钥", "zh-TW": "公鑰" },
  thePrivateKeyNamed: { en: "the private key {path}", "zh-CN": "私钥 {path}", "zh-TW": "私鑰 {path}" },
  thePublicKeyNamed: { en: "the public key {path}", "zh-CN": "公钥 {path}", "zh-TW": "公鑰 {path}" },
  aPrivateKey: { en: "a private key", "zh-CN": "私钥", "zh-TW": "私鑰" },
  aPublicKey: { en: "a public key", "zh-CN": "公钥", "zh-TW": "公鑰" },
  pemPrivateKey: { en: "a PEM private key (-----BEGIN PRIVATE KEY-----)", "zh-CN": "PEM 私钥（-----BEGIN PRIVATE KEY-----）", "zh-TW": "PEM 私鑰（-----BEGIN PRIVATE KEY-----）" },
  pemPublicKey: { en: "a PEM public key (-----BEGIN PUBLIC KEY-----)", "zh-CN": "PEM 公钥（-----BEGIN PUBLIC KEY-----）", "zh-TW": "PEM 公鑰（-----BEGIN PUBLIC KEY-----）" },
  keyEmpty: { en: "{where} is empty; expected {expected}", "zh-CN": "{where}：内容为空；应为 {expected}", "zh-TW": "{where}：內容為空；應為 {expected}" },
  keyNotPem: { en: "{where} is not PEM; expected {expected}", "zh-CN": "{where}：不是 PEM 格式；应为 {expected}", "zh-TW": "{where}：不是 PEM 格式；應為 {expected}" },
  keyEncrypted: {
    en: "{where} is encrypted with a passphrase; give it unencrypted (openssl pkey -in key.pem -out plain.pem)",
    "zh-CN": "{where}：已用口令加密；请提供未加密的密钥（openssl pkey -in key.pem -out plain.pem）",
    "zh-TW": "{where}：已用密碼加密；請提供未加密的金鑰（openssl pkey -in key.pem -out plain.pem）",
  },
  keyNotKey: { en: "{where} holds a {label}, not a key; expected {expected}", "zh-CN": "{where}：包含的是 {label}，不是密钥；应为 {expected}", "zh-TW": "{where}：包含的是 {label}，不是金鑰；應為 {expected}" },
  keyIsPrivate: {
    en: "{where} holds a private key; verifying needs only the public key (openssl pkey -in private.pem -pubout -out public.pem)",
    "zh-CN": "{where}：包含私钥；验证只需要公钥（openssl pkey -in private.pem -pubout -out public.pem）",
    "zh-TW": "{where}：包含私鑰；驗證只需要公鑰（openssl pkey -in private.pem -pubout -out public.pem）",
  },
  keyIsPublic: { en: "{where} holds a public key; signing needs the private key", "zh-CN": "{where}：包含的是公钥；签名需要私钥", "zh-TW": "{where}：包含的是公鑰；簽章需要私鑰" },
  keyDamaged: { en: "{where} is damaged: its PEM cannot be decoded", "zh-CN": "{where}：已损坏，无法解码其 PEM", "zh-TW": "{where}：已損壞，無法解碼其 PEM" },
  keyWrongType: { en: "expected {expected}, got a {type} key", "zh-CN": "应为 {expected}，收到的是 {type} 密钥", "zh-TW": "應為 {expected}，收到的是 {type} 金鑰" },
  notAsymmetric: { en: "not an asymmetric key", "zh-CN": "未知（不是非对称密钥）", "zh-TW": "未知（不是非對稱金鑰）" },
  keyNotEd25519: {
    en: "{where} is {type}; releases are signed with Ed25519 (openssl genpkey -algorithm ed25519)",
    "zh-CN": "{where}：类型为 {type}；发布包使用 Ed25519 签名（openssl genpkey -algorithm ed25519）",
    "zh-TW": "{where}：類型為 {type}；發布包使用 Ed25519 簽章（openssl genpkey -algorithm ed25519）",
  },
  notJson: { en: "{name} is not valid JSON: {reason}", "zh-CN": "{name}：不是有效的 JSON：{reason}", "zh-TW": "{name}：不是有效的 JSON：{reason}" },
  nestedTooDeep: { en: "{name} is nested deeper than {max} levels (line {line}, column {column})", "zh-CN": "{name}：嵌套超过 {max} 层（第 {line} 行第 {column} 列）", "zh-TW": "{name}：巢狀超過 {max} 層（第 {line} 行第 {column} 欄）" },
  duplicateKey: { en: "{name} has the key {key} twice in {pointer} (line {line}, column {column})", "zh-CN": "{name}：在 {pointer} 中有重复的键 {key}（第 {line} 行第 {column} 列）", "zh-TW": "{name}：在 {pointer} 中有重複的鍵 {key}（第 {line} 行第 {column} 欄）" },
  numberTooLarge: { en: "{name} has a number too large to sign at line {line}, column {column}", "zh-CN": "{name}：在第 {line} 行第 {column} 列有一个过大、无法签名的数字", "zh-TW": "{name}：在第 {line} 行第 {column} 欄有一個過大、無法簽章的數字" },
  notStrictJson: { en: "{name} is not strict JSON: {error} at line {line}, column {column}", "zh-CN": "{name}：不是严格的 JSON：第 {line} 行第 {column} 列 {error}", "zh-TW": "{name}：不是嚴格的 JSON：第 {line} 行第 {column} 欄 {error}" },
  tooDeepToCheck: { en: "{name} is nested too deeply to be checked", "zh-CN": "{name}：嵌套过深，无法检查", "zh-TW": "{name}：巢狀過深，無法檢查" },
  formatNewer: {
    en: "{name} has bundle format {format}, newer than this renderer reads ({supported}); upgrade @tactful/renderer",
    "zh-CN": "{name}：发布包格式为 {format}，比本渲染器支持的（{supported}）更新；请升级 @tactful/renderer",
    "zh-TW": "{name}：發布包格式為 {format}，比本算繪器支援的（{supported}）更新；請升級 @tactful/renderer",
  },
  formatOlder: {
    en: "{name} has bundle format {format}, made by an older tactful: it has no release sequence and its signature does not carry its key; release the templates again",
    "zh-CN": "{name}：发布包格式为 {format}，由旧版 tactful 生成：没有发布序号，签名也不含其密钥；请重新发布模板",
    "zh-TW": "{name}：發布包格式為 {format}，由舊版 tactful 產生：沒有發布序號，簽章也不含其金鑰；請重新發布範本",
  },
  notABundle: { en: "{name} is not a valid release bundle: {detail}", "zh-CN": "{name}：不是有效的发布包：{detail}", "zh-TW": "{name}：不是有效的發布包：{detail}" },
  unknownShape: { en: "unknown shape", "zh-CN": "结构无法识别", "zh-TW": "結構無法辨識" },
  olderSequence: {
    en: "{name} is release {sequence}, older than the oldest accepted ({minimum}): an older release put back?",
    "zh-CN": "{name}：是第 {sequence} 版，早于可接受的最早版本（{minimum}）：是否放回了旧的发布包？",
    "zh-TW": "{name}：是第 {sequence} 版，早於可接受的最早版本（{minimum}）：是否放回了舊的發布包？",
  },
  olderCreation: {
    en: "{name} was created at {createdAt}, before the oldest accepted ({minimum}): an older release put back?",
    "zh-CN": "{name}：创建于 {createdAt}，早于可接受的最早时间（{minimum}）：是否放回了旧的发布包？",
    "zh-TW": "{name}：建立於 {createdAt}，早於可接受的最早時間（{minimum}）：是否放回了舊的發布包？",
  },
  sourceHash: { en: "{name}: the source of {path} does not match its sha256", "zh-CN": "{name}：{path} 的源文件与其 sha256 不符", "zh-TW": "{name}：{path} 的原始檔與其 sha256 不符" },
  sourceCarriageReturn: {
    en: "{name}: the source of {path} has a carriage return; sources are released with \"\\n\" line endings",
    "zh-CN": "{name}：{path} 的源文件含有回车符；发布的源文件须使用 \"\\n\" 换行",
    "zh-TW": "{name}：{path} 的原始檔含有歸位字元；發布的原始檔須使用 \"\\n\" 換行",
  },
  metadataMismatch: { en: "{name}: the metadata of {path} does not match its source", "zh-CN": "{name}：{path} 的元数据与其源文件不符", "zh-TW": "{name}：{path} 的中繼資料與其原始檔不符" },
  notCompiled: { en: "{name}: {path} cannot be compiled: {reason}", "zh-CN": "{name}：{path} 无法编译：{reason}", "zh-TW": "{name}：{path} 無法編譯：{reason}" },
  identityMismatch: {
    en: "{name}: the id, locale, channel or version of {path} does not match its source",
    "zh-CN": "{name}：{path} 的 id、locale、channel 或 version 与其源文件不符",
    "zh-TW": "{name}：{path} 的 id、locale、channel 或 version 與其原始檔不符",
  },
  packsDiffer: {
    en: "{path} was checked against another {jurisdiction} pack than other templates: one pack per jurisdiction",
    "zh-CN": "{path} 所依据的 {jurisdiction} 政策包与其他模板不同：每个司法辖区只能使用一个政策包",
    "zh-TW": "{path} 所依據的 {jurisdiction} 政策包與其他範本不同：每個管轄區域只能使用一個政策包",
  },
  packHash: {
    en: "{name}: the policy pack {jurisdiction} it carries does not match its sha256",
    "zh-CN": "{name}：所带的政策包 {jurisdiction} 与其 sha256 不符",
    "zh-TW": "{name}：所帶的政策包 {jurisdiction} 與其 sha256 不符",
  },
  packInvalid: {
    en: "{name}: the policy pack {jurisdiction} it carries is not valid: {reason}",
    "zh-CN": "{name}：所带的政策包 {jurisdiction} 无效：{reason}",
    "zh-TW": "{name}：所帶的政策包 {jurisdiction} 無效：{reason}",
  },
  packIdentity: {
    en: "{name}: the id or version of the policy pack {jurisdiction} does not match its content",
    "zh-CN": "{name}：政策包 {jurisdiction} 的 id 或版本与其内容不符",
    "zh-TW": "{name}：政策包 {jurisdiction} 的 id 或版本與其內容不符",
  },
  duplicatePack: { en: "{name} carries two policy packs for {jurisdiction}", "zh-CN": "{name}：带有两个 {jurisdiction} 政策包", "zh-TW": "{name}：帶有兩個 {jurisdiction} 政策包" },
  packNotReleased: {
    en: "{name} carries its policy packs, and the {jurisdiction} pack given differs: leave out `compile.packs`",
    "zh-CN": "{name} 带有其政策包，而提供的 {jurisdiction} 政策包与之不同：请不要提供 `compile.packs`",
    "zh-TW": "{name} 帶有其政策包，而提供的 {jurisdiction} 政策包與之不同：請不要提供 `compile.packs`",
  },
  packsNotRecorded: {
    en: "{name} (format {format}) names its policy packs ({packs}) but does not carry them\nThe sending service's own packs are used until the templates are released again",
    "zh-CN": "{name}（格式 {format}）只列出了其政策包（{packs}），未带有其内容\n在重新发布模板之前，使用发送服务自己的政策包",
    "zh-TW": "{name}（格式 {format}）只列出了其政策包（{packs}），未帶有其內容\n在重新發布範本之前，使用傳送服務自己的政策包",
  },
  duplicateTemplate: { en: "{name} has two templates for {key}", "zh-CN": "{name}：{key} 有两个模板", "zh-TW": "{name}：{key} 有兩個範本" },
  badSequence: { en: "the release sequence must be a whole number of at least 1, got {given}", "zh-CN": "发布序号必须是不小于 1 的整数，收到 {given}", "zh-TW": "發布序號必須是不小於 1 的整數，收到 {given}" },
  exampleToneUnread: {
    en: "{path}: the example `{example}` renders “{words}” ({entry}), refused words the template does not show.\nThey reach the message through a set value, a loop, a dictionary or across a tag: write them as plain text",
    "zh-CN": "{path}：示例 `{example}` 渲染出被禁止的“{words}”（{entry}），模板正文中看不到它。\n它经由 set 的值、循环、字典或跨越标签进入消息：请写成普通文本",
    "zh-TW": "{path}：範例 `{example}` 算繪出被禁止的「{words}」（{entry}），範本內文中看不到它。\n它經由 set 的值、迴圈、字典或跨越標籤進入訊息：請寫成一般文字",
  },
  exampleFails: { en: "{path}: the example `{example}` does not render: {reason}", "zh-CN": "{path}：示例 `{example}` 无法渲染：{reason}", "zh-TW": "{path}：範例 `{example}` 無法算繪：{reason}" },
  // Data that does not fit a template's variables (the common JSON Schema keywords; others in the validator's words).
  dataNotObject: { en: "the data must be an object with the template's variables", "zh-CN": "数据必须是包含模板变量的对象", "zh-TW": "資料必須是包含範本變數的物件" },
  dataMissing: { en: "`{name}` is missing", "zh-CN": "缺少 `{name}`", "zh-TW": "缺少 `{name}`" },
  dataNotInEnum: { en: "must be one of {values}", "zh-CN": "必须是 {values} 之一", "zh-TW": "必須是 {values} 之一" },
  dataType: { en: "must be {type}", "zh-CN": "必须是 {type} 类型", "zh-TW": "必須是 {type} 型別" },
  dataTooLong: { en: "must NOT have more than {limit} characters", "zh-CN": "不得超过 {limit} 个字符", "zh-TW": "不得超過 {limit} 個字元" },
  dataTooShort: { en: "must NOT have fewer than {limit} characters", "zh-CN": "不得少于 {limit} 个字符", "zh-TW": "不得少於 {limit} 個字元" },
  dataCompare: { en: "must be {comparison} {limit}", "zh-CN": "必须 {comparison} {limit}", "zh-TW": "必須 {comparison} {limit}" },
  dataPattern: { en: 'must match pattern "{pattern}"', "zh-CN": '必须符合模式 "{pattern}"', "zh-TW": '必須符合模式 "{pattern}"' },
  dataFormat: { en: 'must match format "{format}"', "zh-CN": '必须符合格式 "{format}"', "zh-TW": '必須符合格式 "{format}"' },
  // A render that stops: its limits, and values it cannot use.
  renderFailed: { en: "rendering failed: {reason}", "zh-CN": "渲染失败：{reason}", "zh-TW": "算繪失敗：{reason}" },
  renderFailedAt: { en: "rendering failed at {line}:{column}: {reason}", "zh-CN": "渲染失败（{line}:{column}）：{reason}", "zh-TW": "算繪失敗（{line}:{column}）：{reason}" },
  time: { en: "rendering took longer than the time limit", "zh-CN": "渲染耗时超过时间上限", "zh-TW": "算繪耗時超過時間上限" },
  output: { en: "the output exceeds {max} characters", "zh-CN": "输出超过 {max} 个字符", "zh-TW": "輸出超過 {max} 個字元" },
  longValue: { en: "a value exceeds {max} characters", "zh-CN": "某个值超过 {max} 个字符", "zh-TW": "某個值超過 {max} 個字元" },
  largeValue: { en: "a list or dictionary built in the template exceeds {max} elements", "zh-CN": "模板中构建的列表或字典超过 {max} 个元素", "zh-TW": "範本中建立的清單或字典超過 {max} 個元素" },
  deepList: { en: "a list is nested too deeply to print", "zh-CN": "列表嵌套过深，无法输出", "zh-TW": "清單巢狀過深，無法輸出" },
  notText: { en: "a function or a symbol cannot be output", "zh-CN": "函数或 symbol 不能输出", "zh-TW": "函式或 symbol 不能輸出" },
  notOperand: { en: "a function or a symbol cannot be used in an expression", "zh-CN": "函数或 symbol 不能用于表达式", "zh-TW": "函式或 symbol 不能用於運算式" },
  notPair: { en: "item {index} of the list is {item}, not a pair", "zh-CN": "列表第 {index} 项是 {item}，不是键值对", "zh-TW": "清單第 {index} 項是 {item}，不是鍵值對" },
  notSearchable: {
    en: 'cannot use "in" to search for "{key}" in a value that is neither a list, a string nor a dictionary',
    "zh-CN": '无法用 "in" 查找 "{key}"：该值既不是列表、字符串，也不是字典',
    "zh-TW": '無法用 "in" 尋找 "{key}"：該值既不是清單、字串，也不是字典',
  },
  tooDeep: { en: "the template or its data is nested too deeply", "zh-CN": "模板或其数据嵌套过深", "zh-TW": "範本或其資料巢狀過深" },
  filterFailed: { en: "the filter `{name}` cannot take this value", "zh-CN": "过滤器 `{name}` 不能处理此值", "zh-TW": "篩選器 `{name}` 不能處理此值" },
  unexpected: { en: "the template or its data cannot be rendered", "zh-CN": "模板或其数据无法渲染", "zh-TW": "範本或其資料無法算繪" },
  unknownOperator: { en: "the operator {operator} is not known", "zh-CN": "未知的运算符 {operator}", "zh-TW": "未知的運算子 {operator}" },
  emailTooDeep: {
    en: "line {line} of the email body nests quotes or lists deeper than {max} levels",
    "zh-CN": "邮件正文第 {line} 行的引用或列表嵌套超过 {max} 层",
    "zh-TW": "電子郵件內文第 {line} 行的引用或清單巢狀超過 {max} 層",
  },
  emailTooManyMarkers: {
    en: "the email body has more than {max} unescaped link, emphasis, code or HTML characters",
    "zh-CN": "邮件正文中未转义的链接、强调、代码或 HTML 字符超过 {max} 个",
    "zh-TW": "電子郵件內文中未跳脫的連結、強調、程式碼或 HTML 字元超過 {max} 個",
  },
  emailNotHtml: { en: "the email body cannot be turned into HTML", "zh-CN": "邮件正文无法转换为 HTML", "zh-TW": "電子郵件內文無法轉換為 HTML" },
  noPublicKey: {
    en: "{name} cannot be verified: no public key was given (give publicKey, or acceptUnverified: true to load it unverified)",
    "zh-CN": "{name}：无法验证：未提供公钥（请提供 publicKey，或以 acceptUnverified: true 明确接受未经验证的发布包）",
    "zh-TW": "{name}：無法驗證：未提供公鑰（請提供 publicKey，或以 acceptUnverified: true 明確接受未經驗證的發布包）",
  },
  notSigned: { en: "{name} is not signed, and a signature is required", "zh-CN": "{name}：未签名，但要求签名", "zh-TW": "{name}：未簽章，但要求簽章" },
  badSignatureValue: {
    en: "{name} has an invalid signature: its value is not the base64 of a {bytes}-byte Ed25519 signature",
    "zh-CN": "{name}：签名无效：其值不是 {bytes} 字节 Ed25519 签名的 base64",
    "zh-TW": "{name}：簽章無效：其值不是 {bytes} 位元組 Ed25519 簽章的 base64",
  },
  badSignatureKey: {
    en: "{name} has an invalid signature: its public key is not the base64 of an Ed25519 public key (SPKI DER)",
    "zh-CN": "{name}：签名无效：其公钥不是 Ed25519 公钥（SPKI DER）的 base64",
    "zh-TW": "{name}：簽章無效：其公鑰不是 Ed25519 公鑰（SPKI DER）的 base64",
  },
  badSignatureKeyId: {
    en: "{name} has an invalid signature: its key id {keyId} is not the id of the key it carries ({carried})",
    "zh-CN": "{name}：签名无效：其密钥 id {keyId} 与所带密钥的 id（{carried}）不符",
    "zh-TW": "{name}：簽章無效：其金鑰 id {keyId} 與所帶金鑰的 id（{carried}）不符",
  },
  otherKey: { en: "{name} is signed with another key ({keyId}, expected {expected})", "zh-CN": "{name}：由另一把密钥签名（{keyId}，应为 {expected}）", "zh-TW": "{name}：由另一把金鑰簽章（{keyId}，應為 {expected}）" },
  changedAfterSigning: { en: "{name} has an invalid signature: it was changed after it was signed", "zh-CN": "{name}：签名无效：签名后内容被修改", "zh-TW": "{name}：簽章無效：簽章後內容被修改" },
} as const satisfies Catalog;

export type RendererMessageId = keyof typeof RENDERER_MESSAGES;

/** A message by id, with its data; a value may itself be said in the locale (a nested message, or core's words). */
export interface Said {
  id: RendererMessageId;
  data?: Readonly<Record<string, SaidValue>>;
}

export type SaidValue = string | number | Said | ((locale: Locale) => string);

/** The text of a message in a locale, its nested messages in the same locale. */
export function sayIn(said: Said, locale: Locale): string {
  const text = (value: SaidValue): string | number => (typeof value === "object" ? sayIn(value, locale) : typeof value === "function" ? value(locale) : value);
  const data = Object.fromEntries(Object.entries(said.data ?? {}).map(([key, value]) => [key, text(value)]));
  return translate(RENDERER_MESSAGES, said.id, locale, data);
}

/** Every error the renderer throws on purpose; `code` says which. */
export class RenderError extends Error {
  /** The message by id, when it has one: `messageIn` says it in another locale. */
  readonly said: Said | undefined;

  constructor(
    readonly code: "template-invalid" | "template-unsafe" | "data-invalid" | "render-limit" | "render-failed" | "release-invalid" | "not-found",
    message: string | Said,
  ) {
    super(typeof message === "string" ? message : sayIn(message, "en"));
    this.said = typeof message === "string" ? undefined : message;
    this.name = new.target.name;
  }

  /** The message in `locale` (the English `message` when it has no id). */
  messageIn(locale: Locale): string {
    return this.said ? sayIn(this.said, locale) : this.message;
  }
}

/** Any error's message in `locale`: the renderer's own in the locale, others as they are. */
export function messageIn(error: unknown, locale: Locale): string {
  if (error instanceof RenderError) return error.messageIn(locale);
  return error instanceof Error ? error.message : String(error);
}

/** A problem in a template, with where it is. */
export interface TemplateIssue {
  message: string;
  loc: SourceLocation;
  /** The message in another locale, when the issue has one (the parser's problems). */
  messageIn?: (locale: Locale) => string;
}

function issuesIn(issues: readonly TemplateIssue[]): (locale: Locale) => string {
  return (locale) => issues.map((issue) => `${issue.loc.start.line}:${issue.loc.start.column} ${issue.messageIn?.(locale) ?? issue.message}`).join("; ");
}

/** The template does not parse, or its front matter is not valid: it cannot be compiled. */
export class TemplateInvalidError extends RenderError {
  constructor(
    readonly template: string,
    readonly issues: readonly TemplateIssue[],
  ) {
    super("template-invalid", { id: "templateInvalid", data: { template, issues: issuesIn(issues) } });
  }
}

/** The template uses code the sandbox does not allow (calls, computed keys, other tags…): it is never compiled. */
export class TemplateUnsafeError extends RenderError {
  constructor(
    readonly template: string,
    readonly issues: readonly TemplateIssue[],
  ) {
    super("template-unsafe", { id: "templateUnsafe", data: { template, issues: issuesIn(issues) } });
  }
}

/** One way the data does not fit the template's variables. */
export interface DataIssue {
  /** JSON Pointer to the value (`/amount`, `/user/name`), or to its parent for a missing key. */
  path: string;
  /** The JSON Schema keyword that failed (`required`, `type`, `maxLength`, `format`…). */
  keyword: string;
  /** In English; `issueMessageIn` says it in another locale. */
  message: string;
}

/** The message by id of each issue the renderer says itself; beside the issue, so its shape stays `{ path, keyword, message }`. */
const SAID_ISSUES = new WeakMap<DataIssue, Said>();

/** An issue the renderer says itself: its English message, and its id for other locales. */
export function saidIssue(path: string, keyword: string, said: Said): DataIssue {
  const issue = { path, keyword, message: sayIn(said, "en") };
  SAID_ISSUES.set(issue, said);
  return issue;
}

/** A data issue's message in `locale` (the validator's English for keywords the renderer does not say itself). */
export function issueMessageIn(issue: DataIssue, locale: Locale): string {
  const said = SAID_ISSUES.get(issue);
  return said ? sayIn(said, locale) : issue.message;
}

/** The data does not fit: every problem at once, and nothing rendered. */
export class TemplateDataError extends RenderError {
  constructor(
    readonly template: string,
    readonly issues: readonly DataIssue[],
  ) {
    super("data-invalid", { id: "dataInvalid", data: { template, issues: (locale) => issues.map((issue) => `${issue.path || "/"} ${issueMessageIn(issue, locale)}`).join("; ") } });
  }
}

/** Rendering took too long or produced too much; nothing is returned. */
export class RenderLimitError extends RenderError {
  constructor(
    readonly limit: "time" | "output",
    message: string | Said,
  ) {
    super("render-limit", message);
  }
}

/** A bundle that cannot be trusted or read. */
export class ReleaseError extends RenderError {
  constructor(message: string | Said) {
    super("release-invalid", message);
  }
}
