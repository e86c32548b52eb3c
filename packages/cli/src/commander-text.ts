import { translator, type Catalog, type Locale } from "@tactful/core";
import type { Argument, Option } from "commander";

/** What the command-line parser says on its own (usage errors, an option's choices and default), by id. */
export const PARSER_MESSAGES = {
  missingArgument: { en: "error: missing required argument '{name}'", "zh-CN": "错误：缺少必需的参数 '{name}'", "zh-TW": "錯誤：缺少必要的引數 '{name}'" },
  optionMissingArgument: { en: "error: option '{option}' argument missing", "zh-CN": "错误：选项 '{option}' 缺少值", "zh-TW": "錯誤：選項 '{option}' 缺少值" },
  requiredOption: { en: "error: required option '{option}' not specified", "zh-CN": "错误：未指定必需的选项 '{option}'", "zh-TW": "錯誤：未指定必要的選項 '{option}'" },
  unknownOption: { en: "error: unknown option '{option}'", "zh-CN": "错误：未知选项 '{option}'", "zh-TW": "錯誤：未知的選項 '{option}'" },
  unknownCommand: { en: "error: unknown command '{command}'", "zh-CN": "错误：未知命令 '{command}'", "zh-TW": "錯誤：未知的命令 '{command}'" },
  didYouMean: { en: "(Did you mean {names}?)", "zh-CN": "（是不是要写 {names}？）", "zh-TW": "（是不是要寫 {names}？）" },
  tooManyArguments: {
    en: "error: too many arguments: {expected} expected, {received} given",
    "zh-CN": "错误：参数过多：应为 {expected} 个，实际为 {received} 个",
    "zh-TW": "錯誤：引數過多：應為 {expected} 個，實際為 {received} 個",
  },
  invalidChoice: {
    en: "error: option '{option}' argument '{value}' is invalid. Allowed choices are {choices}.",
    "zh-CN": "错误：选项 '{option}' 的值 '{value}' 无效。可选值：{choices}。",
    "zh-TW": "錯誤：選項 '{option}' 的值 '{value}' 無效。可選值：{choices}。",
  },
  invalidValue: { en: "error: option '{option}' argument '{value}' is invalid. {reason}", "zh-CN": "错误：选项 '{option}' 的值 '{value}' 无效。{reason}", "zh-TW": "錯誤：選項 '{option}' 的值 '{value}' 無效。{reason}" },
  choices: { en: "choices: {values}", "zh-CN": "可选值：{values}", "zh-TW": "可選值：{values}" },
  default: { en: "default: {value}", "zh-CN": "默认：{value}", "zh-TW": "預設：{value}" },
  extras: { en: "({list})", "zh-CN": "（{list}）", "zh-TW": "（{list}）" },
  described: { en: "{description} ({list})", "zh-CN": "{description}（{list}）", "zh-TW": "{description}（{list}）" },
  separator: { en: ", ", "zh-CN": "；", "zh-TW": "；" },
} as const satisfies Catalog;

type Say = ReturnType<typeof translator<keyof typeof PARSER_MESSAGES>>;

/** The parser's English error formats (commander 14), each with what it says in the locale. */
const ERRORS: ReadonlyArray<[RegExp, (say: Say, match: RegExpExecArray) => string]> = [
  [/^error: missing required argument '(.+)'$/su, (say, [, name]) => say("missingArgument", { name: name! })],
  [/^error: option '(.+)' argument missing$/su, (say, [, option]) => say("optionMissingArgument", { option: option! })],
  [/^error: required option '(.+)' not specified$/su, (say, [, option]) => say("requiredOption", { option: option! })],
  [/^error: unknown option '(.+?)'(?:\n\(Did you mean (?:one of )?(.+)\?\))?$/su, (say, [, option, names]) => say("unknownOption", { option: option! }) + (names ? `\n${say("didYouMean", { names })}` : "")],
  [/^error: unknown command '(.+?)'(?:\n\(Did you mean (?:one of )?(.+)\?\))?$/su, (say, [, command, names]) => say("unknownCommand", { command: command! }) + (names ? `\n${say("didYouMean", { names })}` : "")],
  [/^error: too many arguments(?: for '.+')?\. Expected (\d+) arguments? but got (\d+)\.$/su, (say, [, expected, received]) => say("tooManyArguments", { expected: expected!, received: received! })],
  [/^error: option '(.+)' argument '(.*)' is invalid\. Allowed choices are (.+)\.$/su, (say, [, option, value, choices]) => say("invalidChoice", { option: option!, value: value!, choices: choices! })],
  [/^error: option '(.+)' argument '(.*)' is invalid\. (.+)$/su, (say, [, option, value, reason]) => say("invalidValue", { option: option!, value: value!, reason: reason! })],
];

/** A usage error of the parser in the locale; in English, or one it does not know, as the parser wrote it. */
export function parserError(text: string, locale: Locale): string {
  if (locale === "en") return text;
  const say = translator(PARSER_MESSAGES, locale);
  const body = text.replace(/\n$/u, "");
  for (const [pattern, localized] of ERRORS) {
    const match = pattern.exec(body);
    if (match) return `${localized(say, match)}\n`;
  }
  return text;
}

/** An option's or argument's help: its description, then its choices and default in the locale. */
export function describedWithExtras(item: Option | Argument, locale: Locale): string {
  const say = translator(PARSER_MESSAGES, locale);
  const extras: string[] = [];
  if (item.argChoices) extras.push(say("choices", { values: item.argChoices.map((choice) => JSON.stringify(choice)).join(", ") }));
  // As the parser shows it: the default of an option that takes a value, or of an argument.
  const takesValue = "flags" in item ? item.required || item.optional || (item.isBoolean() && typeof item.defaultValue === "boolean") : true;
  if (item.defaultValue !== undefined && takesValue) extras.push(say("default", { value: item.defaultValueDescription || JSON.stringify(item.defaultValue) }));
  if (extras.length === 0) return item.description;
  const list = extras.join(say("separator"));
  return item.description ? say("described", { description: item.description, list }) : say("extras", { list });
}
