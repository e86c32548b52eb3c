import { gsmSeptets, measureSms, platformSignature, translate, worstCaseSms, type Range, type Catalog } from "@tactful/core";
import { describeCharacter, gsmLookalike, isNativeUcs2, replaceLookalikes } from "../util/gsm-lookalikes.js";
import { frontMatterUsable } from "../util/message.js";
import { docsUrl, type TemplateRule } from "../util/rule.js";
import { localeOf, ruleMessages } from "../util/report.js";

type MessageIds = "lookalike" | "forcesUcs2" | "exampleLookalike";

/** A stretch of literal text outside GSM-7: one look-alike character, or one grapheme with no look-alike. */
interface Offender {
  text: string;
  range: Range;
  replacement: string | null;
}

/** Made when the first SMS body is read: making a segmenter loads its ICU data. */
let segmenter: Intl.Segmenter | undefined;

/** How a character is quoted in a message: itself in quotes, and its code point and name. */
function shown(text: string): { char: string; code: string } {
  return { char: `“${text}”`, code: describeCharacter(text) };
}

function replacementText(replacement: string): string {
  return replacement === "" ? "nothing (it is invisible)" : `“${replacement}”`;
}

function escapePointer(name: string): string {
  return name.replace(/~/gu, "~0").replace(/\//gu, "~1");
}

const MESSAGES = {
  lookalike: {
    en: "{{ char }} ({{ code }}) is not in GSM-7 and makes the whole SMS UCS-2: write {{ replacement }} instead.\nUCS-2 fits 70 characters a segment (67 when split) instead of 160 (153){{ cost }}.",
    "zh-CN": "{{ char }}（{{ code }}）不在 GSM-7 字符集中，会使整条短信改用 UCS-2：请改写为 {{ replacement }}。\nUCS-2 每条 70 字符（拆分时 67），GSM-7 为 160（153）{{ cost }}。",
    "zh-TW": "{{ char }}（{{ code }}）不在 GSM-7 字元集中，會使整則簡訊改用 UCS-2：請改寫為 {{ replacement }}。\nUCS-2 每則 70 字元（分段時 67），GSM-7 為 160（153）{{ cost }}。",
  },
  forcesUcs2: {
    en: "{{ char }} ({{ code }}) has no GSM-7 equivalent and makes this SMS UCS-2: remove it unless worth it.\nUCS-2 fits 70 characters a segment (67 when split) instead of 160 (153){{ cost }}.",
    "zh-CN": "{{ char }}（{{ code }}）没有 GSM-7 对应字符，会使这条短信改用 UCS-2：如非必要请删除。\nUCS-2 每条 70 字符（拆分时 67），GSM-7 为 160（153）{{ cost }}。",
    "zh-TW": "{{ char }}（{{ code }}）沒有 GSM-7 對應字元，會使這則簡訊改用 UCS-2：如非必要請刪除。\nUCS-2 每則 70 字元（分段時 67），GSM-7 為 160（153）{{ cost }}。",
  },
  exampleLookalike: {
    en: "The example {{ value }} of `{{ name }}` contains {{ char }} ({{ code }}), which is not in GSM-7.\nReal data like it makes this SMS UCS-2 (70 characters a segment instead of 160). Have the sending service replace it with {{ replacement }}, or correct the example.",
    "zh-CN": "`{{ name }}` 的示例 {{ value }} 含有不在 GSM-7 中的 {{ char }}（{{ code }}）。\n类似的真实数据会使短信改用 UCS-2（每条 70 字符而非 160）。请让发送服务替换为 {{ replacement }}，或修正示例。",
    "zh-TW": "`{{ name }}` 的範例 {{ value }} 含有不在 GSM-7 中的 {{ char }}（{{ code }}）。\n類似的真實資料會使簡訊改用 UCS-2（每則 70 字元而非 160）。請讓發送服務替換為 {{ replacement }}，或修正範例。",
  },
} satisfies Catalog;

/** What the look-alikes cost, said after the alphabets' segment sizes (more segments in UCS-2 than in GSM-7, so English plurals depend on the latter). */
const COST = {
  oneInGsm: { en: "; its worst case takes {ucs2} segments in UCS-2 and would take 1 segment in GSM-7", "zh-CN": "；这条短信最长时按 UCS-2 为 {ucs2} 条，改用 GSM-7 则为 {gsm} 条", "zh-TW": "；這則簡訊最長時以 UCS-2 為 {ucs2} 則，改用 GSM-7 則為 {gsm} 則" },
  several: { en: "; its worst case takes {ucs2} segments in UCS-2 and would take {gsm} segments in GSM-7", "zh-CN": "；这条短信最长时按 UCS-2 为 {ucs2} 条，改用 GSM-7 则为 {gsm} 条", "zh-TW": "；這則簡訊最長時以 UCS-2 為 {ucs2} 則，改用 GSM-7 則為 {gsm} 則" },
} as const satisfies Catalog;

const rule: TemplateRule<{ RuleOptions: []; MessageIds: MessageIds }> = {
  meta: {
    type: "problem",
    fixable: "code",
    docs: {
      description: "One curly quote, dash or emoji does not switch an otherwise GSM-7 SMS to UCS-2",
      descriptions: { "zh-CN": "不因一个弯引号、破折号或表情符号，使本可用 GSM-7 的短信变为 UCS-2 编码", "zh-TW": "不因一個彎引號、破折號或表情符號，使本可用 GSM-7 的簡訊變為 UCS-2 編碼" },
      url: docsUrl("sms-encoding"),
      source: "3GPP TS 23.038 (GSM 7-bit default alphabet) and TS 23.040 (concatenated SMS): one character outside the alphabet sends the whole message as UCS-2, 70/67 characters a segment instead of 160/153",
      recommended: "warn",
      group: "channel",
    },
    messages: ruleMessages(MESSAGES),
    schema: [],
    languages: ["tactful/template"],
  },
  create(context) {
    const { sourceCode } = context;
    return {
      Template() {
        if (!frontMatterUsable(sourceCode)) return;
        const { document } = sourceCode;
        if (document.meta.channel !== "sms") return;

        // A signature the platform adds is part of the message too.
        let ucs2Anyway = [...platformSignature(document)].some((char) => gsmSeptets(char) === 0);

        const offenders: Offender[] = [];
        // Once the message is UCS-2 anyway, nothing found after would be reported.
        prose: for (const segment of document.prose) {
          if (segment.field !== "body") continue;
          for (const part of segment.parts) {
            if (ucs2Anyway) break prose;
            const text = segment.text.slice(part.start, part.end);
            if (part.kind !== "text" || [...text].every((char) => gsmSeptets(char) !== 0)) continue;
            for (const { segment: grapheme, index } of (segmenter ??= new Intl.Segmenter(undefined, { granularity: "grapheme" })).segment(text)) {
              const chars = [...grapheme];
              if (chars.every((char) => gsmSeptets(char) !== 0)) continue;
              if (chars.some(isNativeUcs2)) {
                ucs2Anyway = true;
                continue;
              }
              const at = part.start + index;
              if (chars.every((char) => gsmSeptets(char) !== 0 || gsmLookalike(char) !== null)) {
                // Each look-alike on its own, so each gets its own fix.
                let offset = 0;
                for (const char of chars) {
                  const lookalike = gsmLookalike(char);
                  if (lookalike) offenders.push({ text: char, range: segment.sourceRange(at + offset, at + offset + char.length), replacement: lookalike.replacement });
                  offset += char.length;
                }
              } else {
                offenders.push({ text: grapheme, range: segment.sourceRange(at, at + grapheme.length), replacement: null });
              }
            }
          }
        }
        // A message in Chinese (or any script GSM-7 lacks) is UCS-2 whatever its punctuation.
        if (ucs2Anyway) return;

        const cost = costOf();
        for (const offender of offenders) {
          const loc = document.lines.locOf(offender.range);
          const data = { ...shown(offender.text), cost };
          const replacement = offender.replacement;
          if (replacement === null) {
            context.report({ loc, messageId: "forcesUcs2", data });
            continue;
          }
          // Fix only where the file holds the character itself.
          const fixable = sourceCode.text.slice(...offender.range) === offender.text;
          context.report({
            loc,
            messageId: "lookalike",
            data: { ...data, replacement: replacementText(replacement) },
            ...(fixable ? { fix: (fixer) => fixer.replaceTextRange(offender.range, replacement) } : {}),
          });
        }

        checkExamples();

        /** What the characters cost in the worst case, when the rest of the message would be GSM-7. */
        function costOf(): string {
          if (offenders.length === 0) return "";
          const worst = worstCaseSms(document);
          if (worst.measurement.encoding !== "UCS-2" || [...worst.text].some(isNativeUcs2)) return "";
          const asGsm = measureSms([...replaceLookalikes(worst.text)].filter((char) => gsmSeptets(char) !== 0).join(""));
          if (asGsm.encoding !== "GSM-7" || asGsm.segments >= worst.measurement.segments) return "";
          return translate(COST, asGsm.segments === 1 ? "oneInGsm" : "several", localeOf(context), { ucs2: worst.measurement.segments, gsm: asGsm.segments });
        }

        /** Look-alikes in the example values of the variables the body outputs. */
        function checkExamples(): void {
          const output = new Set(document.references.filter((reference) => reference.output !== null && reference.field === "body").map((reference) => reference.name));
          for (const name of output) {
            const declaration = document.variables.get(name);
            if (!declaration) continue;
            const pointers: Array<[pointer: string, value: unknown]> = [];
            const schema = declaration.schema;
            const key = `/variables/${escapePointer(name)}`;
            if ("example" in schema) pointers.push([`${key}/example`, schema["example"]]);
            if (Array.isArray(schema["examples"])) schema["examples"].forEach((value, index) => pointers.push([`${key}/examples/${index}`, value]));
            document.meta.examples.forEach((example, index) => {
              if (name in example.data) pointers.push([`/examples/${index}/data/${escapePointer(name)}`, example.data[name]]);
            });
            for (const [pointer, value] of pointers) {
              if (typeof value !== "string") continue;
              const chars = [...value];
              // A value that is UCS-2 anyway (a Chinese name) is not the look-alike's fault.
              if (chars.some((char) => gsmSeptets(char) === 0 && gsmLookalike(char) === null) || !chars.some((char) => gsmLookalike(char))) continue;
              const located = document.locate(pointer);
              if (!located) continue;
              const raw = sourceCode.text.slice(...located.value);
              const reported = new Set<string>();
              for (const char of chars) {
                const lookalike = gsmLookalike(char);
                if (!lookalike) continue;
                const data = { value: JSON.stringify(value), name, ...shown(char), replacement: replacementText(lookalike.replacement) };
                let from = raw.indexOf(char);
                if (from === -1) {
                  // Written as an escape: report the whole value, once per character.
                  if (reported.has(char)) continue;
                  reported.add(char);
                  context.report({ loc: document.lines.locOf(located.value), messageId: "exampleLookalike", data });
                  continue;
                }
                if (reported.has(char)) continue;
                reported.add(char);
                for (; from !== -1; from = raw.indexOf(char, from + char.length)) {
                  const start = located.value[0] + from;
                  context.report({ loc: document.lines.locOf([start, start + char.length]), messageId: "exampleLookalike", data });
                }
              }
            }
          }
        }
      },
    };
  },
};

export default rule;
