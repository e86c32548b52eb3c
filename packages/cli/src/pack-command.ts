import { readFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { closest, translator, type Catalog, type Locale } from "@tactful/core";
import { type Examples, type PackExample, type PackOverlay, type PolicyPack, type ToneCategory, type When } from "@tactful/policies";
import { checkPack, packProblemText, type CheckedPack } from "@tactful/policies/check";
import { packFileBases, PackLoadError, packLoadErrorText } from "@tactful/policies/load";
import { checkMessages, configFor, createTemplateEslint, type FinishedMessage } from "@tactful/eslint-plugin/engine";

/**
 * `tactful pack check` and `tactful pack test`: a pack author's tools. `check` reports what is
 * wrong with a pack file (YAML, schema, citations, patterns; for an overlay, what it would relax
 * in its base); `test` also runs the examples of its entries through the rules, as `tactful
 * check` runs finished messages.
 */

export const PACK_COMMAND_MESSAGES = {
  error: { en: "error", "zh-CN": "错误", "zh-TW": "錯誤" },
  warning: { en: "warning", "zh-CN": "警告", "zh-TW": "警告" },
  missing: { en: "no such file: {file}", "zh-CN": "文件不存在：{file}", "zh-TW": "檔案不存在：{file}" },
  unreadable: { en: "cannot read {file}: {reason}", "zh-CN": "无法读取 {file}：{reason}", "zh-TW": "無法讀取 {file}：{reason}" },
  checked: {
    en: "{file}: {errors} errors, {warnings} warnings.",
    "zh-CN": "{file}：{errors} 个错误，{warnings} 个警告。",
    "zh-TW": "{file}：{errors} 個錯誤，{warnings} 個警告。",
  },
  noExamples: {
    en: "The pack has no examples: nothing was tested. Add `examples: { report: [...], pass: [...] }` to its entries.",
    "zh-CN": "该政策包没有示例，未测试任何内容。请为条目添加 `examples: { report: [...], pass: [...] }`。",
    "zh-TW": "該政策包沒有範例，未測試任何內容。請為條目加上 `examples: { report: [...], pass: [...] }`。",
  },
  notReported: {
    en: "{entry}: {rule} does not report this example, which it should: “{text}”.",
    "zh-CN": "{entry}：{rule} 应当报告此示例，但没有：“{text}”。",
    "zh-TW": "{entry}：{rule} 應當回報此範例，但沒有：「{text}」。",
  },
  reported: {
    en: "{entry}: {rule} reports this example, which should pass: “{text}”.\n    {finding}",
    "zh-CN": "{entry}：此示例应当通过，但 {rule} 报告了它：“{text}”。\n    {finding}",
    "zh-TW": "{entry}：此範例應當通過，但 {rule} 回報了它：「{text}」。\n    {finding}",
  },
  unusable: {
    en: "{entry}: this example cannot be checked, so it proves nothing: {finding}",
    "zh-CN": "{entry}：此示例无法检查，因此不能证明任何事：{finding}",
    "zh-TW": "{entry}：此範例無法檢查，因此無法證明任何事：{finding}",
  },
  tested: {
    en: "{file}: {passed} of {total} examples pass.",
    "zh-CN": "{file}：{total} 个示例中 {passed} 个通过。",
    "zh-TW": "{file}：{total} 個範例中 {passed} 個通過。",
  },
} satisfies Catalog;

/** The rule that reads each section of a pack, and so runs its entries' examples. */
const SECTION_RULES = {
  disclosures: "required-disclosures",
  optOut: "opt-out-instruction",
  serviceOptOut: "no-marketing-opt-out-in-service",
  senderIdentification: "sender-identification",
  recipientIdentification: "recipient-identification",
  debtCollectorDisclosure: "debt-collector-disclosure",
  rateDisclosure: "apr-disclosure",
} as const satisfies Partial<Record<keyof PolicyPack, string>>;

/** The tone rule of each category of the lexicon. */
const TONE_RULES: Record<ToneCategory, string> = {
  threat: "no-threats",
  abusive: "no-abusive-language",
  "false-legal": "no-false-legal-claims",
  "false-credit": "no-false-credit-claims",
  pressure: "no-pressure-tactics",
  "third-party-debt": "no-third-party-disclosure",
  "misleading-marketing": "no-misleading-marketing",
};

/** What a message's facts default to when neither the example nor the entry's `when` says. */
const DEFAULT_SENDER = "Example";
const DEFAULT_CREDITOR = "Example Creditor";

interface Result {
  stdout: string;
  stderr: string;
  code: number;
}

/** A problem to print: where, how bad, what. */
interface Line {
  line: number;
  column: number;
  severity: "error" | "warning";
  text: string;
}

type Loaded = { shown: string; checked: CheckedPack } | { failure: Result };

async function load(file: string, cwd: string, locale: Locale, say: ReturnType<typeof translator<keyof typeof PACK_COMMAND_MESSAGES>>): Promise<Loaded> {
  const shown = relative(cwd, resolve(cwd, file)) || file;
  let text: string;
  try {
    text = await readFile(resolve(cwd, file), "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message = code === "ENOENT" ? say("missing", { file: shown }) : say("unreadable", { file: shown, reason: error instanceof Error ? error.message : String(error) });
    return { failure: { stdout: "", stderr: `tactful: ${message}\n`, code: 2 } };
  }
  try {
    return { shown, checked: checkPack(text, { closest, resolveBase: packFileBases(resolve(cwd, file)) }) };
  } catch (error) {
    // The base an overlay extends is not valid: its own file and line say why.
    if (error instanceof PackLoadError) return { failure: { stdout: "", stderr: `tactful: ${packLoadErrorText(error, locale)}\n`, code: 1 } };
    throw error;
  }
}

function print(shown: string, lines: readonly Line[], say: ReturnType<typeof translator<keyof typeof PACK_COMMAND_MESSAGES>>): string {
  return [...lines]
    .sort((a, b) => a.line - b.line || a.column - b.column)
    // A reason on the lines after the first is indented under it.
    .map((line) => `${shown}:${line.line}:${line.column}  ${say(line.severity)}  ${line.text.replace(/\n\s*/gu, "\n    ")}\n`)
    .join("");
}

function problemLines(checked: CheckedPack, locale: Locale): Line[] {
  return checked.problems.map((problem) => ({ line: problem.line, column: problem.column, severity: problem.severity, text: packProblemText(problem, locale) }));
}

/** `tactful pack check <file>`: exit 0 when the pack has no errors (warnings allowed), 1 when it has, 2 when it cannot be read. */
export async function packCheckCommand(file: string, locale: Locale, cwd: string): Promise<Result> {
  const say = translator(PACK_COMMAND_MESSAGES, locale);
  const loaded = await load(file, cwd, locale, say);
  if ("failure" in loaded) return loaded.failure;
  const lines = problemLines(loaded.checked, locale);
  const errors = lines.filter((line) => line.severity === "error").length;
  const summary = say("checked", { file: loaded.shown, errors, warnings: lines.length - errors });
  return { stdout: `${print(loaded.shown, lines, say)}${summary}\n`, stderr: "", code: errors > 0 ? 1 : 0 };
}

interface Example {
  entry: string;
  /** An adopted entry's example: its message must get a finding of the rule, from whichever entry of the adopting pack. */
  adopted: boolean;
  rule: string;
  expect: "report" | "pass";
  pointer: string;
  message: FinishedMessage;
}

/** `tactful pack test <file>`: the pack's check, then its examples; exit 1 when either fails. */
export async function packTestCommand(file: string, locale: Locale, cwd: string): Promise<Result> {
  const say = translator(PACK_COMMAND_MESSAGES, locale);
  const loaded = await load(file, cwd, locale, say);
  if ("failure" in loaded) return loaded.failure;
  const { shown, checked } = loaded;
  const errors = problemLines(checked, locale).filter((line) => line.severity === "error");
  if (errors.length > 0 || !checked.pack) return { stdout: `${print(shown, errors, say)}${say("checked", { file: shown, errors: errors.length, warnings: 0 })}\n`, stderr: "", code: 1 };
  const pack = checked.pack;

  // An overlay's own entries are tested, in its base's jurisdiction: the base's are its own file's to test.
  const examples = examplesOf(checked.overlay?.content ?? pack, pack);
  if (examples.length === 0) return { stdout: print(shown, [{ ...checked.position(""), severity: "error", text: say("noExamples") }], say), stderr: "", code: 1 };
  // The rules of the built-in configuration, whatever the project configures, with this file as the only pack: the examples test the pack, not a project.
  const { eslint } = createTemplateEslint(configFor(join(cwd, "message.msg.njk"), { projectConfig: false }), {
    warnIgnored: true,
    locale,
    overrideConfig: { languageOptions: { packs: [resolve(cwd, file)] } },
  });
  const findings = await checkMessages(
    eslint,
    examples.map((example) => example.message),
    cwd,
  );
  const failures: Line[] = [];
  examples.forEach((example, index) => {
    const found = findings[index]!;
    const data = { entry: example.entry, rule: example.rule, text: example.message.text };
    // A message whose facts are not valid (an unknown locale, a sender the format refuses) is not checked by the rules: a pass would prove nothing.
    const invalid = found.find((finding) => finding.fatal === true || (finding.ruleId === "tactful/valid-front-matter" && finding.severity === 2));
    if (invalid) {
      failures.push({ ...checked.position(example.pointer), severity: "error", text: say("unusable", { ...data, finding: invalid.message.split("\n")[0]! }) });
      return;
    }
    const own = found.filter((finding) => finding.ruleId === `tactful/${example.rule}` && cites(finding.message, example.entry));
    // The adopting pack's own entry may read the same words first: the message is still reported.
    const reported = example.adopted ? found.some((finding) => finding.ruleId === `tactful/${example.rule}`) : own.length > 0;
    if (example.expect === "report" && !reported) failures.push({ ...checked.position(example.pointer), severity: "error", text: say("notReported", data) });
    if (example.expect === "pass" && own.length > 0) failures.push({ ...checked.position(example.pointer), severity: "error", text: say("reported", { ...data, finding: own[0]!.message.split("\n")[0]! }) });
  });
  const summary = say("tested", { file: shown, passed: examples.length - failures.length, total: examples.length });
  return { stdout: `${print(shown, failures, say)}${summary}\n`, stderr: "", code: failures.length > 0 ? 1 : 0 };
}

/** Whether a finding's message names the entry as its source: `(US-TONE-THREAT)`, or `（CN-…）` in Chinese. */
function cites(message: string, entry: string): boolean {
  return message.includes(`(${entry})`) || message.includes(`（${entry}）`);
}

/** Every example of a pack file's entries (`source`), each as the message to check against the pack it makes and what it must get. */
function examplesOf(source: PolicyPack | PackOverlay, pack: PolicyPack): Example[] {
  const found: Example[] = [];
  const add = (entry: { id: string; when?: When; examples?: Examples; language?: string; adoptedFrom?: string }, rule: string, pointer: string): void => {
    for (const expect of ["report", "pass"] as const) {
      (entry.examples?.[expect] ?? []).forEach((example, index) => {
        // An adopted entry is not in the file: its examples are the `adopt` block's.
        const at = entry.adoptedFrom ? "/tone/adopt" : `${pointer}/examples/${expect}/${index}`;
        found.push({ entry: entry.id, adopted: entry.adoptedFrom !== undefined, rule, expect, pointer: at, message: messageOf(pack, entry, example) });
      });
    }
  };
  for (const [section, rule] of Object.entries(SECTION_RULES) as Array<[keyof typeof SECTION_RULES, string]>) {
    (source[section] ?? []).forEach((entry, index) => add(entry, rule, `/${section}/${index}`));
  }
  // The file's own entries follow the adopted ones: their places in the file are counted without those.
  let own = 0;
  for (const entry of source.tone?.lexicon ?? []) add(entry, TONE_RULES[entry.category], entry.adoptedFrom ? "/tone/adopt" : `/tone/lexicon/${own++}`);
  return found;
}

/** The message an example stands for: its own facts, else the first the entry applies to, else the defaults. */
function messageOf(pack: PolicyPack, entry: { when?: When; language?: string }, example: PackExample): FinishedMessage {
  const given = typeof example === "string" ? { text: example } : example;
  const when = entry.when ?? {};
  const role = when.senderRole?.[0] ?? "creditor";
  const named = typeof given.sender === "string" ? { name: given.sender, role } : { role, ...(given.sender ?? { name: DEFAULT_SENDER }) };
  // A collection agency says for whom it collects, as the template format requires.
  const sender = named.role === "collection-agency" ? { onBehalfOf: DEFAULT_CREDITOR, ...named } : named;
  // A tone entry's examples are in its language: the pack's first locale of that language.
  const locale = given.locale ?? (entry.language ? pack.locales.find((candidate) => candidate.split("-")[0] === entry.language) : undefined) ?? pack.locales[0];
  return {
    text: given.text,
    jurisdiction: pack.id,
    channel: given.channel ?? when.channel?.[0] ?? "sms",
    category: given.category ?? when.category?.[0] ?? "collection",
    audience: given.audience ?? when.audience?.[0] ?? "borrower",
    sender,
    ...(locale ? { locale } : {}),
  };
}
