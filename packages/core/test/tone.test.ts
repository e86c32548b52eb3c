import { builtInPacks, type PolicyPack } from "@tactful/policies";
import { analyzeText, normalize, parseTemplate, sentenceSpans, toneFindings } from "@tactful/core";
import { describe, expect, it } from "vitest";
import { frontMatter } from "./helpers.js";

const cn = builtInPacks.packFor("CN")!;
const us = builtInPacks.packFor("US")!;
const collection = { category: "collection" as const, audience: "borrower" as const };

function found(text: string, pack: PolicyPack, language: "zh" | "en", context = collection): string[] {
  return analyzeText(text, pack, language, context).map((match) => `${match.entry.id} ${text.slice(match.start, match.end)}`);
}

describe("normalisation", () => {
  it("maps every normalised character back to the characters it came from", () => {
    const input = "您已被列入征*信黑.名.單，ＦＢＩ已介入";
    const result = normalize(input, { language: "zh" });
    expect(result.text).toBe("您已被列入征信黑名单,fbi已介入");
    const at = result.text.indexOf("黑名单");
    expect(input.slice(result.starts[at]!, result.ends[at + 2]!)).toBe("黑.名.單");
    expect(result.cased).toBe("您已被列入征信黑名单,FBI已介入");
  });

  it("keeps the way back past characters outside the Basic Multilingual Plane", () => {
    const input = "😀再不还款就上门找你。";
    expect(found(input, cn, "zh")).toEqual(["CN-TONE-VIOLENCE 上门"]);
    expect(found("hi 😀 we will sue you", us, "en")).toEqual(["US-TONE-LAWSUIT sue you"]);
  });

  it("reads separators and look-alikes inside a word, not between words", () => {
    expect(normalize("We will s.u.e you, a-hole", { language: "en" }).text).toBe("we will sue you, a-hole");
    // Words spelled out letter by letter keep the wider gap between them as a space.
    expect(normalize("L A S T  C H A N C E: P A Y  N O W", { language: "en" }).text).toBe("last chance: pay now");
    expect(normalize("s . u . e me, f  u  c  k", { language: "en" }).text).toBe("sue me, fuck");
    expect(normalize("an arre5t w@rrant, n0 credit ch3ck, sh!t!!!", { language: "en" }).text).toBe("an arrest warrant, no credit check, shit!!!");
    expect(normalize("F U C K you", { language: "en" }).text).toBe("fuck you");
    expect(normalize("Call 2024 or 1-800-000-0000", { language: "en" }).text).toBe("call 2024 or 1-800-000-0000");
  });

  it("keeps Simplified text as it is and converts Traditional with its context", () => {
    expect(normalize("出了什么事请联系我们", { language: "zh" }).text).toBe("出了什么事请联系我们");
    expect(normalize("請聯繫客服，否則後果自負", { language: "zh" }).text).toBe("请联系客服,否则后果自负");
  });

  it("reads blanks between two phrases of Chinese as a typed clause break that a negation does not cross, and a split word as one word", () => {
    const typed = "电话一直没人接 我们会联系你的单位领导";
    expect(found(typed, cn, "zh")).toEqual(["CN-TONE-CONTACT-OTHERS 联系你的单位"]);
    expect(found(typed.replace(" ", "，"), cn, "zh")).toEqual(found(typed, cn, "zh"));
    // A negator left with nothing of its own to negate carries over the blank; a word split to dodge a list stays a word.
    expect(found("我们不会 联系你的单位领导", cn, "zh")).toEqual([]);
    expect(found("我们绝不会 上 门", cn, "zh")).toEqual([]);
    expect(found("再不还款就 上 门 找你", cn, "zh")).toEqual(["CN-TONE-VIOLENCE 上 门"]);
  });

  it("applies the pack's substitutions to whole Latin tokens only", () => {
    const substitutions = cn.tone.languages.zh!.substitutions!;
    expect(normalize("再不还就qisu你", { language: "zh", substitutions }).text).toBe("再不还就起诉你");
    expect(normalize("lao赖", { language: "zh", substitutions }).text).toBe("老赖");
    expect(normalize("qisuxyz", { language: "zh", substitutions }).text).toBe("qisuxyz");
  });
});

describe("sentences", () => {
  it("splits Chinese on sentence punctuation, in chunks, and not at a dot inside a word", () => {
    expect(sentenceSpans("您好。请还款！黑.名.单", "zh")).toEqual([[0, 3], [3, 7], [7, 12]]);
    const long = "您的借款已逾期，请尽快还款。".repeat(5000);
    const spans = sentenceSpans(long, "zh");
    expect(spans).toHaveLength(5000);
    expect(spans.at(-1)).toEqual([long.length - 14, long.length]);
  });
});

describe("context", () => {
  it("lets a negation or reassurance make a threat harmless", () => {
    expect(found("请放心，我们不会上门，也不会联系您的家人。", cn, "zh")).toEqual([]);
    expect(found("We will not contact your employer.", us, "en")).toEqual([]);
    expect(found("您有权就本笔欠款提出异议，我们不会因此曝光您的信息。", cn, "zh")).toEqual([]);
  });

  it("keeps a threat that follows a condition, whose negation belongs to the condition", () => {
    expect(found("如不还款将上门催收", cn, "zh")).toEqual(["CN-TONE-VIOLENCE 上门"]);
    expect(found("您的借款已逾期，再不还款我们就上门找你。", cn, "zh")).toEqual(["CN-TONE-VIOLENCE 上门"]);
    expect(found("我们将不得不联系您的家人。", cn, "zh")).toEqual(["CN-TONE-CONTACT-OTHERS 联系您的家人"]);
    expect(found("If you don't pay, we will contact your employer.", us, "en")).toEqual(["US-TONE-CONTACT-OTHERS contact your employer"]);
    expect(found("Don't make us call your boss.", us, "en")).toEqual(["US-TONE-CONTACT-OTHERS call your boss"]);
  });

  it("reads no negation into a word that only holds a negator (不良记录, 别人, without further notice)", () => {
    expect(found("你的不良记录我们会发到你家族群。", cn, "zh")).toEqual(["CN-TONE-EXPOSURE 发到你家"]);
    expect(found("借款人的不良记录将同步标注至配偶的个人征信报告。", cn, "zh")).toEqual(["CN-TONE-CREDIT-KIN 标注至配偶的个人征信"]);
    expect(found("Without further notice our agents will visit your home.", us, "en")).toEqual(["US-TONE-VIOLENCE visit your home"]);
    expect(found("Pay no later than Friday or we will contact your employer.", us, "en")).toEqual(["US-TONE-CONTACT-OTHERS contact your employer"]);
    // Every such word of the shipped packs, right before a threat in its clause, leaves the threat standing.
    for (const [pack, language, threat, id] of [[cn, "zh", "我们会联系你的家人", "CN-TONE-CONTACT-OTHERS"], [us, "en", "we will contact your employer", "US-TONE-CONTACT-OTHERS"]] as const) {
      const words = pack.tone!.languages![language]!.nonNegating!;
      expect(words.length).toBeGreaterThan(5);
      for (const word of words) expect(found(`${word}${language === "en" ? " " : ""}${threat}。`, pack, language).map((match) => match.split(" ")[0]), word).toContain(id);
    }
    // The negators themselves still negate.
    expect(found("我们不会联系你的家人。", cn, "zh")).toEqual([]);
    expect(found("We will not contact your employer.", us, "en")).toEqual([]);
  });

  it("allows an honest statement of a lawful step where the entry allows it, and only there", () => {
    expect(found("如协商不成，我司可能依法提起诉讼。", cn, "zh")).toEqual([]);
    expect(found("如协商不成，我司可能依法提起诉讼。", cn, "zh", { category: "marketing" as never, audience: "customer" as never })).toEqual(["CN-TONE-LAWSUIT 起诉"]);
    expect(found("我们将起诉您。", cn, "zh")).toEqual(["CN-TONE-LAWSUIT 起诉"]);
    // The allowed wording counts in the match's own clause, not anywhere in the sentence.
    expect(found("We may discuss a plan, but we will sue you on Friday.", us, "en")).toEqual(["US-TONE-LAWSUIT sue you"]);
  });

  it("reads a warning about a scam as a mention, not a claim", () => {
    expect(found("谨防骗子冒充我司催收人员，勿向个人账户转账。", cn, "zh")).toEqual([]);
    expect(found("Beware of anyone claiming to be the police.", us, "en")).toEqual([]);
    expect(found("网上流传的“征信黑名单”并不存在。", cn, "zh")).toEqual([]);
    // A warning after the claim, in another clause, does not take it back.
    expect(found("我们将起诉您，谨防上当。", cn, "zh")).toEqual(["CN-TONE-LAWSUIT 起诉"]);
  });

  it("never lets a negation excuse an insult", () => {
    expect(found("你不是老赖就快还钱", cn, "zh")).toEqual(["CN-TONE-INSULT 老赖"]);
  });

  it("merges overlapping matches of one category into the longest", () => {
    expect(found("您已被列入征信黑名单。", cn, "zh")).toEqual(["CN-TONE-CREDIT 征信黑名单"]);
  });

  it("matches English terms as whole words, plural included", () => {
    expect(found("This is an issue with your insurance policy.", us, "en")).toEqual([]);
    expect(found("Federal agents have been notified.", us, "en")).toEqual(["US-TONE-GOVERNMENT Federal agents"]);
  });
});

describe("tone findings in a template", () => {
  const variables = `variables:
  tone: { type: string, enum: ["请尽快还款", "再不还款就上门找你"], example: 请尽快还款 }
  amount: { type: number, maximum: 999, role: amount-due, example: 12 }
`;

  it("points at the original characters through CRLF, a BOM and Traditional script", () => {
    const text = `\uFEFF${(frontMatter(variables.replace("category: reminder", ""), "sms", "zh-TW").replace("category: reminder", "category: collection").replace("locale: zh-TW", "locale: zh-TW\njurisdiction: CN") + "【示例金融】{{ tone }}\n逾期未還，將列入徵信黑名單。\n").replace(/\n/g, "\r\n")}`;
    const document = parseTemplate(text);
    expect(document.problems).toEqual([]);
    const literal = toneFindings(document).find((finding) => finding.category === "false-credit")!;
    expect(literal.matched).toBe("徵信黑名單");
    expect(document.lines.locOf(literal.range).start).toEqual({ line: 15, column: 9 });
  });

  it("finds a threat that an enum value of a variable brings, at the output", () => {
    const document = parseTemplate(frontMatter(variables).replace("category: reminder", "category: collection") + "【示例金融】{{ tone }}，借款{{ amount }}元。");
    const rendered = toneFindings(document).filter((finding) => finding.via && "value" in finding.via);
    expect(rendered.map((finding) => [finding.category, finding.matched, document.text.slice(...finding.range)])).toEqual([["threat", "上门", "{{ tone }}"]]);
  });

  it("finds an amount output in a message to a third party, by its role", () => {
    const document = parseTemplate(frontMatter(variables).replace("category: reminder", "category: collection").replace("audience: borrower", "audience: third-party") + "【示例金融】请转告机主：{{ amount }}。");
    const byRole = toneFindings(document).filter((finding) => finding.via && "role" in finding.via);
    expect(byRole.map((finding) => [finding.entry.id, document.text.slice(...finding.range)])).toEqual([["CN-TONE-THIRD-PARTY", "{{ amount }}"]]);
  });
});

describe("excuses (reassurances, disclaimers)", () => {
  /** A pack whose only tone entry is the term 上门, read with the CN pack's clauses and the test's own excuses. */
  function excusingPack(breaks?: string[]): PolicyPack {
    const { clauseBreaks, negationWindow } = cn.tone.languages.zh!;
    return {
      ...cn,
      tone: {
        languages: { zh: { clauseBreaks, negationWindow, reassurances: ["请放心"], disclaimers: ["谨防"], ...(breaks ? { excuseBreaks: breaks, reportedSpeech: ["声称"] } : {}) } },
        lexicon: [{ id: "T-1", summary: "a visit", category: "threat", language: "zh", severity: "block", terms: ["上门"], negatable: true, sources: [], confidence: "high" }],
      },
    };
  }

  it("reach a match after them in their sentence, past clause breaks", () => {
    expect(found("请放心，工作人员会按您预约的时间上门。", excusingPack(["我们将"]), "zh")).toEqual([]);
    expect(found("谨防诈骗，有人会上门。", excusingPack(["我们将"]), "zh")).toEqual([]);
  });

  it("do not reach past the sender's own voice, unless its clause reports someone else's words", () => {
    expect(found("请放心，我们将上门。", excusingPack(["我们将"]), "zh")).toEqual(["T-1 上门"]);
    expect(found("谨防诈骗，我们将上门。", excusingPack(["我们将"]), "zh")).toEqual(["T-1 上门"]);
    expect(found("谨防诈骗，有人声称我们将上门。", excusingPack(["我们将"]), "zh")).toEqual([]);
  });

  it("reach only their own clause in a language without excuse breaks", () => {
    expect(found("请放心，工作人员会按您预约的时间上门。", excusingPack(), "zh")).toEqual(["T-1 上门"]);
    expect(found("请放心工作人员会按您预约的时间上门。", excusingPack(), "zh")).toEqual([]);
  });

  it("in the shipped packs: a visit the reader asked for is not a threat, unless a condition makes it one", () => {
    expect(found("As you requested, we will visit your home on Tuesday at 10am to sign the plan.", us, "en")).toEqual([]);
    expect(found("按您的要求，我们将于周二上午10点安排工作人员上门协助办理还款手续。", cn, "zh")).toEqual([]);
    expect(found("As you requested, we will visit your home tomorrow if you don't pay.", us, "en")).not.toEqual([]);
    expect(found("按您的要求，如不还款我们明天就上门。", cn, "zh")).not.toEqual([]);
    // A legal claim is never what a reader asks for.
    expect(found("At your request, criminal charges are being filed.", us, "en")).not.toEqual([]);
  });

  it("in the shipped packs: a scam warning reporting threats is not one, a threat after an excuse is", () => {
    expect(found("Beware of texts claiming that we will call your boss.", us, "en")).toEqual([]);
    expect(found("近期有不法分子冒充催收，称不还就上门抓人。", cn, "zh")).toEqual([]);
    expect(found("谨防冒充催收：不法分子会告诉您，如不还款我们将上门并通知您的单位。", cn, "zh")).toEqual([]);
    expect(found("谨防诈骗！我司不会以“不还款就起诉、拘留”等话术催收。", cn, "zh")).toEqual([]);
    expect(found("Rest assured, we will send someone to your home tomorrow.", us, "en")).not.toEqual([]);
    expect(found("谨防诈骗，今天不还款明天就派人上门到你单位。", cn, "zh")).not.toEqual([]);
  });
});

describe("compositional entries (slots)", () => {
  /** A pack whose only tone entry is a composition of the classes `act` (告知, tell) and `who` (家人, family). */
  const readingOf = (pack: PolicyPack) => {
    const { clauseBreaks, negationWindow, slotDistance } = pack.tone.languages.zh!;
    return { clauseBreaks, negationWindow, slotDistance };
  };
  function composedPack(options: { within?: number; scope?: "clause" | "sentence" | "next-sentence" } = {}): PolicyPack {
    return {
      ...cn,
      tone: {
        // How the CN pack's Chinese reads clauses and negation; the words are the test's own.
        languages: { zh: { ...readingOf(cn), negators: ["不会"], conditionals: ["如不"], classes: { act: { terms: ["告知"] }, who: { terms: ["家人"] } } } },
        lexicon: [{ id: "T-1", summary: "telling the family", category: "threat", language: "zh", severity: "block", slots: ["act", "who"], ...options, negatable: true, sources: [], confidence: "high" }],
      },
    };
  }
  const slotsOf = (text: string, pack: PolicyPack): Array<Array<[string, string]>> =>
    analyzeText(text, pack, "zh", collection).map((match) => (match.slots ?? []).map(({ slot, start, end }) => [slot, text.slice(start, end)]));

  it("matches the classes in order and names the words that filled each slot", () => {
    expect(slotsOf("我们将告知您的家人。", composedPack())).toEqual([[["act", "告知"], ["who", "家人"]]]);
    expect(slotsOf("家人已经告知我们。", composedPack())).toEqual([]);
  });

  it("keeps the slots within the distance the entry allows", () => {
    expect(slotsOf("我们将告知您那位远在外地的家人。", composedPack({ within: 4 }))).toEqual([]);
    expect(slotsOf("我们将告知您那位远在外地的家人。", composedPack({ within: 12 }))).toHaveLength(1);
  });

  it("keeps the slots in one clause, or one sentence when the entry says so", () => {
    expect(slotsOf("我们将告知，您的家人。", composedPack())).toEqual([]);
    expect(slotsOf("我们将告知，您的家人。", composedPack({ scope: "sentence" }))).toHaveLength(1);
    expect(slotsOf("我们将告知。您的家人。", composedPack({ scope: "sentence" }))).toEqual([]);
  });

  it("reaches from one sentence into the next when the entry says so, never further or backwards", () => {
    const reaching = composedPack({ scope: "next-sentence", within: 6 });
    const text = "我们将告知。您的家人。";
    const [match] = analyzeText(text, reaching, "zh", collection);
    expect(slotsOf(text, reaching)).toEqual([[["act", "告知"], ["who", "家人"]]]);
    expect(match?.sentence).toEqual([0, text.length]);
    expect(slotsOf("我们将告知，您的家人。", reaching)).toHaveLength(1);
    expect(slotsOf("您的家人。我们将告知。", reaching)).toEqual([]);
    expect(slotsOf("我们将告知。好。您的家人。", reaching)).toEqual([]);
    expect(slotsOf("我们将告知。请于今天之内联系您的家人。", reaching)).toEqual([]);
    // Negation and conditions are judged as in one sentence.
    expect(slotsOf("我们不会告知。您的家人。", reaching)).toEqual([]);
    // Read for a span of the second sentence only, the match is still found.
    expect(analyzeText(text, reaching, "zh", collection, [], [8, 10])).toHaveLength(1);
    // Without slots the scope has nothing to reach with: the entry's own words, sentence by sentence.
    const wordsOnly = composedPack({ scope: "next-sentence" });
    const entry = { ...wordsOnly.tone.lexicon[0]!, slots: undefined, terms: ["告知"] };
    expect(analyzeText(text, { ...wordsOnly, tone: { ...wordsOnly.tone, lexicon: [entry] } }, "zh", collection).map((match) => text.slice(match.start, match.end))).toEqual(["告知"]);
  });

  it("judges negation and conditions at the first slot, as for a phrase", () => {
    expect(slotsOf("我们不会告知您的家人。", composedPack())).toEqual([]);
    expect(slotsOf("如不还款我们将告知您的家人。", composedPack())).toHaveLength(1);
  });

  it("judges a negation before the last slot too, unless the negator is an earlier slot's word", () => {
    const pack: PolicyPack = {
      ...cn,
      tone: {
        languages: { zh: { ...readingOf(cn), negators: ["不会", "不"], conditionals: ["如不"], classes: { who: { terms: ["家人"] }, never: { terms: ["永远不"] }, harm: { terms: ["受影响", "能贷款"] } } } },
        lexicon: [
          { id: "T-2", summary: "family harmed", category: "false-credit", language: "zh", severity: "block", slots: ["who", "harm"], negatable: true, sources: [], confidence: "high" },
          { id: "T-3", summary: "family shut out", category: "false-credit", language: "zh", severity: "block", slots: ["who", "never", "harm"], negatable: true, sources: [], confidence: "high" },
        ],
      },
    };
    expect(slotsOf("您家人的征信会受影响。", pack)).toEqual([[["who", "家人"], ["harm", "受影响"]]]);
    expect(slotsOf("您家人的征信不会受影响。", pack)).toEqual([]);
    expect(slotsOf("如不还款您家人会受影响。", pack)).toHaveLength(1);
    expect(slotsOf("您家人永远不能贷款。", pack)).toEqual([[["who", "家人"], ["never", "永远不"], ["harm", "能贷款"]]]);
  });
});
