import { ESLint, type Linter } from "eslint";
import plugin from "./index.js";
import { translate, translator, type Catalog, type Locale } from "@tactful/core";
import type { PackSet } from "@tactful/policies";
import { packsOf, setParseErrorLocale, type TemplateLanguageOptions } from "./language/template-language.js";
import { NAMESPACE } from "./language/directives.js";
import type { ConfigSource, TemplateConfig } from "./util/config-file.js";

export { CONFIG_FILES, configFor, configKey, nearestConfigFile, type ConfigSource, type TemplateConfig } from "./util/config-file.js";

export interface TemplateEslint {
  eslint: ESLint;
  config: ConfigSource;
  /** The language of its findings and of its failures. */
  locale: Locale;
}

/**
 * An ESLint that lints templates with exactly this configuration, from any working directory.
 * `locale` is the language of the findings (`settings.tactful.locale`, which also keys ESLint's
 * cache, so a result cached in one language is never replayed in another).
 */
export function createTemplateEslint(
  { source, cwd }: TemplateConfig,
  { overrideConfig, locale, ...options }: Omit<ESLint.Options, "cwd" | "overrideConfigFile" | "overrideConfig"> & { overrideConfig?: Linter.Config; locale?: Locale } = {},
): TemplateEslint {
  // The rules read the locale from the settings. A file that does not parse is reported by the
  // language, which sees no settings: it is told the locale here, not through a language option a
  // project configuration that does not use the language would refuse.
  if (locale) setParseErrorLocale(locale);
  const overrides = [...(overrideConfig ? [overrideConfig] : []), ...(locale ? [{ settings: { tactful: { locale } } }] : [])];
  const eslint =
    source.kind === "project"
      ? new ESLint({ ...options, cwd, overrideConfigFile: source.file, ...(overrides.length > 0 ? { overrideConfig: overrides } : {}) })
      : new ESLint({ ...options, cwd, overrideConfigFile: true, overrideConfig: [plugin.configs.recommended, ...overrides] });
  return { eslint, config: source, locale: locale ?? "en" };
}

/**
 * The policy packs this ESLint checks a template against: the `languageOptions.packs` its
 * configuration gives the file (the built-in packs when it names none). Throws a
 * `PackLoadError` when they do not load, as linting the file would fail.
 */
export async function configuredPacks({ eslint }: TemplateEslint, filePath: string): Promise<PackSet> {
  const resolved = (await eslint.calculateConfigForFile(filePath)) as { languageOptions?: TemplateLanguageOptions } | undefined;
  return packsOf(resolved?.languageOptions, filePath);
}

/** What to tell the user when linting failed: the configuration does not load, or a rule in it throws. */
/** What is said when linting itself fails (a rule that throws, a configuration that does not load), by id. */
export const ENGINE_MESSAGES = {
  ruleFailed: { en: "the rule {rule} failed: {reason}", "zh-CN": "规则 {rule} 运行失败：{reason}", "zh-TW": "規則 {rule} 執行失敗：{reason}" },
  ruleFailedOn: { en: "the rule {rule} failed while linting {file}: {reason}", "zh-CN": "规则 {rule} 在检查 {file} 时失败：{reason}", "zh-TW": "規則 {rule} 在檢查 {file} 時失敗：{reason}" },
  notTemplateRule: {
    en: " (it is not a template rule: give the config block that turns it on a `files` pattern that leaves out *.msg.njk)",
    "zh-CN": "（它不是模板规则：请为启用它的配置块设置不包含 *.msg.njk 的 `files` 模式）",
    "zh-TW": "（它不是範本規則：請為啟用它的設定區塊設定不包含 *.msg.njk 的 `files` 模式）",
  },
  configUnusable: { en: "the ESLint configuration {file} could not be used: {reason}", "zh-CN": "无法使用 ESLint 配置 {file}：{reason}", "zh-TW": "無法使用 ESLint 設定 {file}：{reason}" },
  lintingFailed: { en: "linting failed: {reason}", "zh-CN": "检查失败：{reason}", "zh-TW": "檢查失敗：{reason}" },
  parsingError: { en: "Parsing error: {message}", "zh-CN": "无法解析：{message}", "zh-TW": "無法剖析：{message}" },
} as const satisfies Catalog;

/** ESLint's own lead of a file that does not parse ("Parsing error: "), in the locale of the findings; the parser's text after it already is. */
export function localizeParsingErrors(messages: Linter.LintMessage[], locale: Locale): Linter.LintMessage[] {
  if (locale === "en") return messages;
  const lead = "Parsing error: ";
  return messages.map((message) => (message.fatal && message.ruleId === null && message.message.startsWith(lead) ? { ...message, message: translate(ENGINE_MESSAGES, "parsingError", locale, { message: message.message.slice(lead.length) }) } : message));
}

export function lintFailureMessage(config: ConfigSource, error: unknown, locale: Locale = "en"): string {
  const say = translator(ENGINE_MESSAGES, locale);
  const text = error instanceof Error ? error.message : String(error);
  const reason = text.split("\n")[0];
  // A rule that throws while running carries its id; one that throws while being created is named in the message.
  const ruleId = error instanceof Error && "ruleId" in error && typeof error.ruleId === "string" ? error.ruleId : /^Error while loading rule '([^']+)'/.exec(text)?.[1];
  if (ruleId) {
    const where = /Occurred while linting (.+)$/mu.exec(text)?.[1];
    // A rule of another plugin applied to templates (a config block without `files`) expects JavaScript.
    const hint = ruleId.startsWith(`${NAMESPACE}/`) ? "" : say("notTemplateRule");
    return `${where ? say("ruleFailedOn", { rule: ruleId, file: where, reason: reason ?? "" }) : say("ruleFailed", { rule: ruleId, reason: reason ?? "" })}${hint}`;
  }
  return config.kind === "project" ? say("configUnusable", { file: config.file, reason: reason ?? "" }) : say("lintingFailed", { reason: reason ?? "" });
}

export { checkMessages, messageTemplate, type FinishedMessage, type MessageFinding, type MessageSender, type MessageTemplate } from "./check.js";
