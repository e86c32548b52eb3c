import { translator, type Catalog, type Locale, type MessageData } from "@tactful/core";

/** What `tactful init` says: its summary, its next steps, and why it refuses, by id. */
export const INIT_MESSAGES = {
  // The summary and the next steps.
  created: { en: "created", "zh-CN": "已创建", "zh-TW": "已建立" },
  updated: { en: "updated", "zh-CN": "已更新", "zh-TW": "已更新" },
  unchanged: { en: "unchanged", "zh-CN": "未改动", "zh-TW": "未變更" },
  next: { en: "Next:", "zh-CN": "接下来：", "zh-TW": "接下來：" },
  setUp: { en: "Tactful is set up here: nothing left to do.", "zh-CN": "Tactful 已在此设置完成：无需其他操作。", "zh-TW": "Tactful 已在此設定完成：無需其他操作。" },
  uncheckedStep: {
    en: "{command}   # once installed: the config could not be checked yet ({reason})",
    "zh-CN": "{command}   # 安装后运行：暂时无法检查配置（{reason}）",
    "zh-TW": "{command}   # 安裝後執行：暫時無法檢查設定（{reason}）",
  },
  activates: { en: "{command}   # activates the pre-commit hook: {problem}", "zh-CN": "{command}   # 启用 pre-commit 钩子：{problem}", "zh-TW": "{command}   # 啟用 pre-commit 掛鉤：{problem}" },
  preCommitFramework: {
    en: "this repository uses the pre-commit framework: add Tactful's hook to .pre-commit-config.yaml (see the README)",
    "zh-CN": "此仓库使用 pre-commit 框架：请将 Tactful 的钩子加入 .pre-commit-config.yaml（见 README）",
    "zh-TW": "此儲存庫使用 pre-commit 框架：請將 Tactful 的掛鉤加入 .pre-commit-config.yaml（見 README）",
  },
  chooseManager: { en: "choose a pre-commit hook manager: tactful init --hooks {managers}", "zh-CN": "请选择 pre-commit 钩子管理工具：tactful init --hooks {managers}", "zh-TW": "請選擇 pre-commit 掛鉤管理工具：tactful init --hooks {managers}" },
  addPrepare: {
    en: 'add `husky` to the "prepare" script in package.json (e.g. "{prepare} && husky"), so every clone installs the hook',
    "zh-CN": '在 package.json 的 "prepare" 脚本中加入 `husky`（例如 "{prepare} && husky"），让每个克隆都安装钩子',
    "zh-TW": '在 package.json 的 "prepare" 指令碼中加入 `husky`（例如 "{prepare} && husky"），讓每個複製都安裝掛鉤',
  },
  // What each change does.
  alreadyUses: { en: "already uses {plugin}", "zh-CN": "已使用 {plugin}", "zh-TW": "已使用 {plugin}" },
  addsRecommended: { en: "adds {plugin}'s recommended config", "zh-CN": "加入 {plugin} 的推荐配置", "zh-TW": "加入 {plugin} 的建議設定" },
  newConfig: { en: "ESLint config with {plugin}'s recommended config", "zh-CN": "使用 {plugin} 推荐配置的 ESLint 配置", "zh-TW": "使用 {plugin} 建議設定的 ESLint 設定" },
  lfEndings: { en: "templates are checked out with LF line endings", "zh-CN": "检出的模板使用 LF 换行", "zh-TW": "簽出的範本使用 LF 換行" },
  keyIgnored: { en: "the release signing key ({file}) is never committed", "zh-CN": "发布签名密钥（{file}）不会被提交", "zh-TW": "發布簽章金鑰（{file}）不會被提交" },
  hookRunsLintStaged: { en: "the pre-commit hook runs lint-staged", "zh-CN": "pre-commit 钩子运行 lint-staged", "zh-TW": "pre-commit 掛鉤執行 lint-staged" },
  prepareInstallsHusky: { en: "the prepare script installs the husky hooks", "zh-CN": "prepare 脚本安装 husky 钩子", "zh-TW": "prepare 指令碼安裝 husky 掛鉤" },
  runsOnStaged: { en: "{tool} runs {command} on staged {glob} files", "zh-CN": "{tool} 对暂存的 {glob} 文件运行 {command}", "zh-TW": "{tool} 對暫存的 {glob} 檔案執行 {command}" },
  sampleKept: { en: "a template is already there: kept as it is", "zh-CN": "该位置已有模板：保持原样", "zh-TW": "該位置已有範本：保持原樣" },
  sample: { en: "a compliant {locale} sample template", "zh-CN": "一个合规的 {locale} 示例模板", "zh-TW": "一個合規的 {locale} 範例範本" },
  // Why it stops.
  nothingWritten: { en: "{reason}. Nothing was written.", "zh-CN": "{reason}。未写入任何内容。", "zh-TW": "{reason}。未寫入任何內容。" },
  stepFailed: { en: "`{command}` failed: {reason}", "zh-CN": "`{command}` 失败：{reason}", "zh-TW": "`{command}` 失敗：{reason}" },
  stepExited: { en: "`{command}` failed (exit code {status})", "zh-CN": "`{command}` 失败（退出码 {status}）", "zh-TW": "`{command}` 失敗（結束代碼 {status}）" },
  rolledBack: {
    en: "{problem}. tactful init checked the result, put every file back as it was, and wrote nothing",
    "zh-CN": "{problem}。tactful init 检查了结果，已将所有文件恢复原状，未写入任何内容",
    "zh-TW": "{problem}。tactful init 檢查了結果，已將所有檔案恢復原狀，未寫入任何內容",
  },
  stillInactive: { en: "the pre-commit hook is still not active after `{command}`: {problem}", "zh-CN": "运行 `{command}` 后 pre-commit 钩子仍未启用：{problem}", "zh-TW": "執行 `{command}` 後 pre-commit 掛鉤仍未啟用：{problem}" },
  severalManagers: {
    en: "this repository has more than one git hook manager ({managers}): choose the one for Tactful with --hooks",
    "zh-CN": "此仓库有多个 git 钩子管理工具（{managers}）：请用 --hooks 选择 Tactful 使用哪一个",
    "zh-TW": "此儲存庫有多個 git 掛鉤管理工具（{managers}）：請用 --hooks 選擇 Tactful 使用哪一個",
  },
  cannotRead: { en: "cannot read {path}: {reason}", "zh-CN": "无法读取 {path}：{reason}", "zh-TW": "無法讀取 {path}：{reason}" },
  notGitRepository: {
    en: "{root} is not in a git repository: run git init first (or tactful init --hooks none)",
    "zh-CN": "{root} 不在 git 仓库中：请先运行 git init（或 tactful init --hooks none）",
    "zh-TW": "{root} 不在 git 儲存庫中：請先執行 git init（或 tactful init --hooks none）",
  },
  notRepositoryRoot: {
    en: "run tactful init at the root of the git repository ({top}), where the hook manager's configuration lives",
    "zh-CN": "请在 git 仓库的根目录（{top}）运行 tactful init，钩子管理工具的配置在那里",
    "zh-TW": "請在 git 儲存庫的根目錄（{top}）執行 tactful init，掛鉤管理工具的設定在那裡",
  },
  configNotEditable: {
    en: 'cannot add Tactful to {path} safely: {why}. Add it yourself: import "{plugin}" and add tactful.configs.recommended',
    "zh-CN": '无法安全地将 Tactful 加入 {path}：{why}。请手动加入：导入 "{plugin}" 并加入 tactful.configs.recommended',
    "zh-TW": '無法安全地將 Tactful 加入 {path}：{why}。請手動加入：匯入 "{plugin}" 並加入 tactful.configs.recommended',
  },

  onlyEsModules: { en: "only JavaScript ES module configs are edited", "zh-CN": "只会编辑 JavaScript ES 模块格式的配置", "zh-TW": "只會編輯 JavaScript ES 模組格式的設定" },
  notEsModule: { en: "it does not parse as an ES module ({reason})", "zh-CN": "无法解析为 ES 模块（{reason}）", "zh-TW": "無法解析為 ES 模組（{reason}）" },
  noDefaultExport: { en: "it has no `export default`", "zh-CN": "没有 `export default`", "zh-TW": "沒有 `export default`" },
  defaultExportUnknown: {
    en: "its default export is neither an array literal nor a defineConfig(...) call",
    "zh-CN": "默认导出既不是数组字面量，也不是 defineConfig(...) 调用",
    "zh-TW": "預設匯出既不是陣列常值，也不是 defineConfig(...) 呼叫",
  },
  editWouldNotParse: { en: "the edited file would not parse", "zh-CN": "编辑后的文件将无法解析", "zh-TW": "編輯後的檔案將無法解析" },
  hookExists: {
    en: "{hook} exists and does not run lint-staged: add the line `{command}` to it yourself, then run tactful init again",
    "zh-CN": "{hook} 已存在且不运行 lint-staged：请手动加入一行 `{command}`，然后重新运行 tactful init",
    "zh-TW": "{hook} 已存在且不執行 lint-staged：請手動加入一行 `{command}`，然後重新執行 tactful init",
  },
  lefthookNotEditable: {
    en: 'tactful init does not edit {path} (lefthook\'s config): add a pre-commit job running `{command}` with glob "{glob}"',
    "zh-CN": 'tactful init 不编辑 {path}（lefthook 的配置）：请手动加入运行 `{command}`、glob 为 "{glob}" 的 pre-commit 任务',
    "zh-TW": 'tactful init 不編輯 {path}（lefthook 的設定）：請手動加入執行 `{command}`、glob 為 "{glob}" 的 pre-commit 工作',
  },

  lefthookUnsafe: {
    en: 'cannot add Tactful to {path} safely: {why}. Add a pre-commit job running `{command}` with glob "{glob}" yourself',
    "zh-CN": '无法安全地将 Tactful 加入 {path}：{why}。请手动加入运行 `{command}`、glob 为 "{glob}" 的 pre-commit 任务',
    "zh-TW": '無法安全地將 Tactful 加入 {path}：{why}。請手動加入執行 `{command}`、glob 為 "{glob}" 的 pre-commit 工作',
  },
  notYaml: { en: "it is not valid YAML ({reason})", "zh-CN": "不是有效的 YAML（{reason}）", "zh-TW": "不是有效的 YAML（{reason}）" },
  notYamlMapping: { en: "it is not a YAML mapping", "zh-CN": "不是 YAML 映射", "zh-TW": "不是 YAML 對應" },
  preCommitNotMapping: { en: "its pre-commit entry is not a mapping", "zh-CN": "其 pre-commit 条目不是映射", "zh-TW": "其 pre-commit 項目不是對應" },
  preCommitUnknownForm: { en: "its pre-commit jobs or commands are not in a form it knows", "zh-CN": "其 pre-commit 任务或命令的格式无法识别", "zh-TW": "其 pre-commit 工作或命令的格式無法辨識" },
  entryRunsOther: {
    en: 'its pre-commit hook already has a "{name}" entry that does not run tactful lint',
    "zh-CN": '其 pre-commit 钩子已有一个不运行 tactful lint 的 "{name}" 条目',
    "zh-TW": '其 pre-commit 掛鉤已有一個不執行 tactful lint 的 "{name}" 項目',
  },
  lintStagedTaskExists: {
    en: '{path} already has a lint-staged task for "{glob}" ({task}): add "{command}" to it yourself',
    "zh-CN": '{path} 已有针对 "{glob}" 的 lint-staged 任务（{task}）：请手动加入 "{command}"',
    "zh-TW": '{path} 已有針對 "{glob}" 的 lint-staged 工作（{task}）：請手動加入 "{command}"',
  },
  lintStagedNotObject: {
    en: 'package.json\'s "lint-staged" is not an object: add "{glob}": "{command}" to it yourself',
    "zh-CN": 'package.json 的 "lint-staged" 不是对象：请手动加入 "{glob}": "{command}"',
    "zh-TW": 'package.json 的 "lint-staged" 不是物件：請手動加入 "{glob}": "{command}"',
  },
  lintStagedScript: {
    en: 'lint-staged is configured in {path}, a script tactful init does not edit: add "{glob}": "{command}" to it yourself',
    "zh-CN": 'lint-staged 的配置在脚本 {path} 中，tactful init 不编辑该文件：请手动加入 "{glob}": "{command}"',
    "zh-TW": 'lint-staged 的設定在指令碼 {path} 中，tactful init 不編輯該檔案：請手動加入 "{glob}": "{command}"',
  },
  lintStagedNotMapping: {
    en: '{path} is not a YAML mapping of globs to tasks: add "{glob}": "{command}" to it yourself',
    "zh-CN": '{path} 不是从 glob 到任务的 YAML 映射：请手动加入 "{glob}": "{command}"',
    "zh-TW": '{path} 不是從 glob 到工作的 YAML 對應：請手動加入 "{glob}": "{command}"',
  },
  notJsonFile: { en: "{path} is not valid JSON ({reason}): fix it, then run tactful init again", "zh-CN": "{path} 不是有效的 JSON（{reason}）：请修正后重新运行 tactful init", "zh-TW": "{path} 不是有效的 JSON（{reason}）：請修正後重新執行 tactful init" },
  notJsonObject: { en: "{path} does not hold a JSON object", "zh-CN": "{path} 的内容不是 JSON 对象", "zh-TW": "{path} 的內容不是 JSON 物件" },
  noPackageJson: { en: "there is no {file} here: create one (npm init -y), then run tactful init again", "zh-CN": "此处没有 {file}：请先创建（npm init -y），然后重新运行 tactful init", "zh-TW": "此處沒有 {file}：請先建立（npm init -y），然後重新執行 tactful init" },
  noSample: { en: "there is no sample template for the locale {locale} (there are: {locales})", "zh-CN": "没有 {locale} 的示例模板（现有：{locales}）", "zh-TW": "沒有 {locale} 的範例範本（現有：{locales}）" },
  hookConflict: {
    en: "{path} already has a pre-commit hook ({command}) that does not run lint-staged: add `{run}` to it yourself",
    "zh-CN": "{path} 已有不运行 lint-staged 的 pre-commit 钩子（{command}）：请手动加入 `{run}`",
    "zh-TW": "{path} 已有不執行 lint-staged 的 pre-commit 掛鉤（{command}）：請手動加入 `{run}`",
  },
  keyNotObject: { en: 'package.json\'s "{key}" is not an object', "zh-CN": 'package.json 的 "{key}" 不是对象', "zh-TW": 'package.json 的 "{key}" 不是物件' },
  simpleGitHooksScript: {
    en: 'simple-git-hooks is configured in {path}, a script tactful init does not edit: add "pre-commit": "{run}" to it yourself',
    "zh-CN": 'simple-git-hooks 的配置在脚本 {path} 中，tactful init 不编辑该文件：请手动加入 "pre-commit": "{run}"',
    "zh-TW": 'simple-git-hooks 的設定在指令碼 {path} 中，tactful init 不編輯該檔案：請手動加入 "pre-commit": "{run}"',
  },
  // The result, checked.
  pluginNotInstalled: { en: "@tactful/eslint-plugin is not installed here", "zh-CN": "此处尚未安装 @tactful/eslint-plugin", "zh-TW": "此處尚未安裝 @tactful/eslint-plugin" },
  configIgnoresTemplates: { en: "{config} does not lint {glob} files with Tactful ({reason})", "zh-CN": "{config} 未用 Tactful 检查 {glob} 文件（{reason}）", "zh-TW": "{config} 未用 Tactful 檢查 {glob} 檔案（{reason}）" },
  foreignRules: {
    en: "{config} runs other plugins' rules on templates ({rules}): limit the blocks that turn them on with `files` that leave out {glob}",
    "zh-CN": "{config} 对模板运行了其他插件的规则（{rules}）：请为启用它们的配置块设置不包含 {glob} 的 `files`",
    "zh-TW": "{config} 對範本執行了其他外掛的規則（{rules}）：請為啟用它們的設定區塊設定不包含 {glob} 的 `files`",
  },

  hooksPathNotSet: { en: 'git\'s core.hooksPath is not set, where {manager} needs "{hooksPath}"', "zh-CN": 'git 的 core.hooksPath 未设置，{manager} 需要 "{hooksPath}"', "zh-TW": 'git 的 core.hooksPath 未設定，{manager} 需要 "{hooksPath}"' },
  hooksPathOther: { en: 'git\'s core.hooksPath is "{configured}", where {manager} needs "{hooksPath}"', "zh-CN": 'git 的 core.hooksPath 为 "{configured}"，{manager} 需要 "{hooksPath}"', "zh-TW": 'git 的 core.hooksPath 為 "{configured}"，{manager} 需要 "{hooksPath}"' },
  noHook: { en: "there is no pre-commit hook at {path}", "zh-CN": "{path} 处没有 pre-commit 钩子", "zh-TW": "{path} 處沒有 pre-commit 掛鉤" },
  hookNotExecutable: { en: "the pre-commit hook {path} is not executable", "zh-CN": "pre-commit 钩子 {path} 不可执行", "zh-TW": "pre-commit 掛鉤 {path} 不可執行" },
  hookDoesNotRun: { en: "the pre-commit hook {path} does not run {marker}", "zh-CN": "pre-commit 钩子 {path} 不运行 {marker}", "zh-TW": "pre-commit 掛鉤 {path} 不執行 {marker}" },
} as const satisfies Catalog;

export type InitMessageId = keyof typeof INIT_MESSAGES;
export type InitSay = (id: InitMessageId, data?: MessageData) => string;

export function initWords(locale: Locale): InitSay {
  return translator(INIT_MESSAGES, locale);
}
