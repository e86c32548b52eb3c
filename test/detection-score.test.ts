import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { errorsOf, formatScore, loadCorpus, predict, score, type CorpusMessage, type Scored } from "./detection-score.js";

/** The scoring harness, and its figures on both halves of the blind corpus. */
const TUNE = fileURLToPath(new URL("fixtures/tone/blind/tune.jsonl", import.meta.url));
const HOLDOUT = fileURLToPath(new URL("fixtures/tone/blind/holdout.jsonl", import.meta.url));

const base = { channel: "sms", locale: "zh-CN", category: "collection", audience: "borrower", sender: "示例金融" };
const COMPLIANT = "【示例金融】张*明先生您好，您的借款1280.50元已逾期15天，请通过https://pay.example.com/r还款，如有疑问请致电400-000-0000。如非本人请忽略。";

/** The tone labels, each to be at least 0.9 precise and 0.9 complete on the English messages of a spent half. */
const TONE_LABELS = ["threat", "pressure", "insult", "false-legal", "credit-threat", "third-party-disclosure"];

function expectEnglishTone(scored: readonly Scored[]): void {
  const english = score(scored.filter(({ message }) => message.locale === "en-US"));
  const table = `en-US messages\n${formatScore(english)}`;
  for (const entry of english.labels.filter(({ label }) => TONE_LABELS.includes(label))) {
    expect(entry.precision, `${entry.label}\n${table}`).toBeGreaterThanOrEqual(0.9);
    expect(entry.recall, `${entry.label}\n${table}`).toBeGreaterThanOrEqual(0.9);
  }
}

/** A compliant message is not flagged as missing a disclosure: every missing-* label precise. */
function expectDisclosurePrecision(result: ReturnType<typeof score>, table: string): void {
  for (const entry of result.labels.filter(({ label }) => label.startsWith("missing-"))) expect(entry.precision, `${entry.label}\n${table}`).toBeGreaterThanOrEqual(0.9);
}

describe("the detection scoring harness", () => {
  it("turns findings into labels, within each label's scope, and scores them", async () => {
    const corpus: CorpusMessage[] = [
      { ...base, text: COMPLIANT, labels: [] },
      { ...base, text: COMPLIANT.replace("，如有疑问", "，再不还款就上门找你，如有疑问"), labels: ["threat"] },
      // A marketing message is never scored for collection disclosures.
      { ...base, category: "marketing", text: "【示例金融】新客专享，最高可借20万。拒收请回复R", labels: [] },
      // A label the rules miss: a false negative.
      { ...base, text: COMPLIANT, labels: ["insult"] },
    ];
    const scored = await predict(corpus);
    expect(scored.map(({ predicted }) => predicted.has("threat"))).toEqual([false, true, false, false]);
    expect([...scored[2]!.predicted].filter((label) => label.startsWith("missing-") && label !== "missing-opt-out")).toEqual([]);
    const { labels } = score(scored);
    expect(labels.find((entry) => entry.label === "threat")).toMatchObject({ truePositives: 1, falsePositives: 0, falseNegatives: 0, precision: 1, recall: 1 });
    expect(labels.find((entry) => entry.label === "insult")).toMatchObject({ truePositives: 0, falseNegatives: 1, recall: 0 });
    expect(errorsOf(scored, "insult").missed).toEqual([COMPLIANT]);
  });
});

describe.each([TUNE].filter((path) => existsSync(path)))("the rules on the tuning half of the blind corpus (%s)", (path) => {
  it("reports per-label precision and recall: every label precise, and macro-F1 of at least 0.94", async () => {
    const corpus = loadCorpus(path);
    expect(corpus.length).toBeGreaterThan(100);
    const result = score(await predict(corpus));
    const table = `tune.jsonl (${corpus.length} messages)\n${formatScore(result)}`;
    console.log(table);
    for (const entry of result.labels) expect(entry.precision, `${entry.label}\n${table}`).toBeGreaterThanOrEqual(0.9);
    expect(result.macroF1, table).toBeGreaterThanOrEqual(0.94);
  });
});

/**
 * The held-out half was scored once, after the rules were tuned (macro-F1 0.604 before, 0.838
 * after; see the corpus README). It is no longer blind: it guards against regressions only, and
 * a fresh corpus is needed for the next honest measurement. The CN tone word classes (its
 * Chinese misses studied last), the US tone rules (tuned on the English misses of all three blind
 * corpora) and disclosures recognised in more of the ways senders write them took it from 0.896
 * to 0.984.
 */
describe.each([HOLDOUT].filter((path) => existsSync(path)))("the rules on the spent held-out half of the blind corpus (%s)", (path) => {
  it("keeps macro-F1 at its measured 0.97, the English tone labels at 0.9, and flags a missing disclosure only when it is missing", async () => {
    const corpus = loadCorpus(path);
    const scored = await predict(corpus);
    const result = score(scored);
    const table = `holdout.jsonl (${corpus.length} messages)\n${formatScore(result)}`;
    expect(result.macroF1, table).toBeGreaterThanOrEqual(0.97);
    expectEnglishTone(scored);
    expectDisclosurePrecision(result, table);
  });
});

/**
 * The tuning halves of the second and third blind corpora (written without the packs in view).
 * blind2/tune measured macro-F1 0.764 on arrival and 0.980 after the rules were tuned on it;
 * blind3/tune 0.738 on arrival, 0.827 after a round tuned on blind2 alone (what that round
 * carried over to unseen text) and 0.981 after a round tuned on it. blind4/tune (fourth corpus)
 * measured 0.857 on arrival, 0.901 after a round tuned on the spent held-out halves of the
 * earlier corpora (what that round carried over to unseen text) and 0.987 after a round tuned on
 * it. This keeps that, and every disclosure label's precision at 0.9.
 */
const TUNED = ["blind2", "blind3", "blind4"].map((name) => fileURLToPath(new URL(`fixtures/tone/${name}/tune.jsonl`, import.meta.url)));
describe.each(TUNED.filter((path) => existsSync(path)))("the rules on a tuned half (%s)", (path) => {
  it("keeps macro-F1 at its tuned 0.97, and flags a missing disclosure only when it is missing", async () => {
    const corpus = loadCorpus(path);
    const result = score(await predict(corpus));
    const table = `${path} (${corpus.length} messages)\n${formatScore(result)}`;
    console.log(table);
    expect(result.macroF1, table).toBeGreaterThanOrEqual(0.97);
    for (const entry of result.labels.filter(({ label }) => label.startsWith("missing-"))) expect(entry.precision, `${entry.label}\n${table}`).toBeGreaterThanOrEqual(0.9);
  });
});

/**
 * The held-out halves of blind2 and blind3, each scored once, after all tuning (blind2 0.765 on
 * arrival → 0.936; blind3 0.735 → 0.862; see their READMEs). They are spent: they guard against
 * regressions only, and the next honest measurement needs a fresh corpus. The tone word classes
 * were then widened, each language first on blind3/holdout's misses alone and measured on
 * blind2/holdout before its misses were read (Chinese 0.944 → 0.964, English 0.928 → 0.962), then
 * on blind2/holdout's; disclosures were recognised in more of the ways senders write them the same
 * way (blind2 0.936 → 0.940 before its errors were read). With the round tuned on blind4/tune:
 * blind2 0.983, blind3 0.985.
 */
const SPENT = [
  { path: fileURLToPath(new URL("fixtures/tone/blind2/holdout.jsonl", import.meta.url)), floor: 0.97 },
  { path: fileURLToPath(new URL("fixtures/tone/blind3/holdout.jsonl", import.meta.url)), floor: 0.97 },
];
describe.each(SPENT.filter(({ path }) => existsSync(path)))("the rules on a spent held-out half ($path)", ({ path, floor }) => {
  it(`keeps macro-F1 at its measured ${floor}, the English tone labels at 0.9, and flags a missing disclosure only when it is missing`, async () => {
    const corpus = loadCorpus(path);
    const scored = await predict(corpus);
    const result = score(scored);
    const table = formatScore(result);
    expect(result.macroF1, table).toBeGreaterThanOrEqual(floor);
    expectEnglishTone(scored);
    expectDisclosurePrecision(result, table);
  });
});

/**
 * The held-out half of the fourth blind corpus, untouched while tuning: 0.854 on arrival, 0.888
 * after the round tuned on the earlier corpora's spent halves, 0.897 after the round tuned on
 * blind4/tune (see its README). Spent since; its English misses were then read as families
 * (test/fixtures/tone/us-families.yaml), which took it to 0.939.
 *
 * The fifth blind corpus (see its README): blind5/tune 0.898 on arrival, 0.956 after a round
 * tuned on it; blind5/holdout, untouched while tuning, 0.867 on arrival and 0.874 at the end
 * (threat recall 0.47 both times). Spent, its misses were read as families too (0.924).
 *
 * The sixth (see its README): blind6/tune 0.900 on arrival, 0.954 after a round tuned on it;
 * blind6/holdout, untouched while tuning, 0.863 before any of these rounds, 0.882 on arrival and
 * 0.891 at the end (threat recall 0.48 → 0.52 → 0.55). Spent, its misses were read as families
 * too (0.922). The seventh (see its README) measured the result on unseen text: 0.862 with the
 * rules of the session's start, 0.891 with these; blind7/tune 0.882 → 0.923 after a round tuned
 * on it, blind7/holdout 0.899 → 0.904. All now spent: they guard against regressions.
 *
 * The eighth (English only, see its README) measured the learned readers: blind8/holdout,
 * untouched while tuning, 0.763 with the listed entries alone, 0.775 with the first readers (both
 * on arrival), 0.804 after a round tuned on blind8/tune (0.777 → 0.870) that trained the readers
 * on it too (floors 0.86 and 0.80); English threat recall on the held-out half 0.42 → 0.64 at precision 0.92 → 0.95.
 * The ninth (Chinese, see its README): blind9/holdout 0.888 with the listed entries and 0.896
 * with the Chinese threat reader on arrival, 0.906 after a round tuned on blind9/tune (0.897 →
 * 0.934) that trained the reader on it too; threat on the held-out half 1.00 / 0.52 → 0.98 / 0.70.
 * The tenth (the GB, HK, IN, KE and PH packs, see its README): blind10/holdout 0.789 on arrival,
 * 0.827 after a round tuned on blind10/tune (0.806 → 0.856); threat recall on the held-out half
 * 0.54 → 0.55.
 * The eleventh (the first two markets again, see its README): blind11/holdout 0.879 on arrival,
 * 0.891 after a round tuned on blind11/tune (0.900 → 0.972); threat recall on the held-out half
 * 0.77 both times, disclosure precision transferred.
 * The twelfth (the first two markets again, see its README): blind12/holdout 0.846 on arrival,
 * 0.860 once the learned readers were trained on every spent corpus (nothing of this one), 0.879
 * after a round tuned on blind12/tune (0.855 → 0.957); threat on the held-out half 0.86 / 0.83 →
 * 0.96 / 0.87, credit threat recall 0.62 → 0.81. Spent, its misses were read as families too (0.898).
 * The thirteenth (the first two markets again, see its README): blind13/holdout 0.881 on arrival,
 * 0.909 after a round tuned on blind13/tune (0.860 → 0.956) with push disclosures read as the
 * labels read them; recipient identification 0.71 / 0.77 → 0.80 / 0.92, threat unchanged at
 * 0.88 / 0.82. Spent, its misses were read as families too (0.940).
 * The fourteenth (four writers, one per locale, see its README): blind14/holdout 0.864 on arrival,
 * 0.871 after a round tuned on blind14/tune (0.829 → 0.908); threat on the held-out half unchanged
 * at 0.86 / 0.76 (en-US 1.00 / 0.43), where to repay 0.68 → 0.75, due information 0.60 → 0.67.
 * Spent, its misses were read as families too (0.919).
 * The fifteenth (tone in many forms, 137 threats, see its README): blind15/holdout 0.821 on arrival,
 * 0.854 after a round tuned on blind15/tune (0.814 → 0.943) with a suit, judgment or garnishment
 * that names its court and case number read as lawful; threat on the held-out half 0.92 / 0.82 →
 * 0.91 / 0.85, false-legal precision 0.77 → 0.83. Spent, its misses were read as families too (0.874).
 * The sixteenth (all labels, written while the fifteenth was spent, see its README): 0.886 whole at
 * the session's start, 0.891 on arrival; blind16/holdout 0.919 → 0.923 on arrival → 0.925 after a
 * round tuned on blind16/tune (0.860 → 0.894). Its held-out half has not been read.
 * The seventeenth (excuses, look-alikes and every label, written after excuses were scoped, see its
 * README): blind17/holdout 0.837 at the session's start, 0.838 on arrival, 0.840 after a round
 * tuned on blind17/tune (0.888 → 0.907). Its held-out half has not been read.
 * The eighteenth (disclosures as compliant messages write them, and every label, see its README):
 * blind18/holdout 0.872 at the session's start, 0.882 on arrival (disclosure wordings read from the
 * spent halves only), 0.892 after a round tuned on blind18/tune (0.883 → 0.895 → 0.973). Its
 * held-out half has not been read.
 * The nineteenth (en-US, en-HK, zh-CN, zh-TW, zh-HK; see its README): blind19/holdout 0.835 at the
 * session's start, 0.865 on arrival (Hong Kong adopting the CN and US packs' disclosure wordings,
 * and threat families read from the spent halves), 0.876 after a round tuned on blind19/tune
 * (0.840 → 0.854 → 0.930). Its held-out half has not been read.
 * The twentieth (en-US, en-HK, zh-CN, zh-TW, zh-HK; see its README): blind20/holdout 0.861 at the
 * session's start, 0.862 on arrival (lawful legal steps read from the spent halves), 0.886 after a
 * round tuned on blind20/tune (0.842 → 0.842 → 0.931). Its held-out half has not been read.
 * The twenty-first (en-US, en-HK, zh-CN, zh-TW, zh-HK; see its README): blind21/holdout 0.894 at
 * the session's start (and on arrival), 0.908 after a round tuned on blind21/tune (0.879 → 0.956).
 * Its held-out half has not been read.
 * The twenty-second (en-US, en-HK, zh-CN, zh-TW, zh-HK, written to be hard; see its README):
 * blind22/holdout 0.861 at the session's start (and on arrival), 0.867 after a round tuned on
 * blind22/tune (0.867 → 0.963). Its held-out half has not been read.
 * The twenty-third (en-US, en-HK, zh-CN, zh-TW, zh-HK, written as each brand's touches over a
 * debt's life; see its README): blind23/holdout 0.900 at the session's start, 0.906 after a round
 * tuned on blind23/tune (0.887 → 0.952). Its held-out half has not been read.
 * The twenty-fourth (en-US, en-HK, zh-CN, zh-TW, zh-HK, written as replies to what borrowers said
 * or did; see its README): blind24/holdout 0.877 at the session's start, 0.889 after a round tuned
 * on blind24/tune (0.861 → 0.959). Its held-out half has not been read.
 * The twenty-fifth (en-US, en-HK, zh-CN, zh-TW, zh-HK, written from an account's later life and its
 * side paths; see its README): blind25/holdout 0.880 at the session's start, 0.890 after a round tuned
 * on blind25/tune (0.873 → 0.960) and rounds on blind26/tune and blind27/tune. Its held-out half has
 * not been read.
 * The twenty-sixth (the same locales, written about secured and device credit and the people around
 * the borrower; see its README): blind26/holdout 0.874 at the session's start, 0.882 on arrival (after
 * blind25's round), 0.884 after a round tuned on blind26/tune (0.900 → 0.957). Not read either.
 * The twenty-seventh (the same locales, Hong Kong and Taiwan weighted, written as an account's first
 * ninety days; see its README): blind27/holdout 0.878 at the session's start, 0.886 on arrival and
 * after a round tuned on blind27/tune (0.924 → 0.964). Not read either.
 * The twenty-eighth (the same locales, written as the life of a debt after its first ninety days; see
 * its README): blind28/holdout 0.892 on arrival, 0.909 after a round tuned on blind28/tune (0.880 →
 * 0.969). Not read either.
 * The twenty-ninth (the same locales, written as a debt worked hard and the lawful messages that look
 * like it; see its README): blind29/holdout 0.875 on arrival, 0.902 after a round tuned on blind29/tune
 * (0.879 → 0.950). Not read either.
 * The thirtieth (the same locales, written about consequences, threatened and lawfully stated; see its
 * README): blind30/holdout 0.897 on arrival, 0.904 after a round tuned on blind30/tune (0.895 → 0.961).
 * Not read either.
 * The thirty-first (the same locales, written about pressure and legal process, falsely claimed and
 * lawfully stated; see its README): blind31/holdout 0.889 on arrival, 0.895 after a round tuned on
 * blind31/tune (0.882 → 0.960). Not read either.
 * The thirty-second (the same locales, written as the everyday mix of an outbox; see its README):
 * blind32/holdout 0.928 on arrival, 0.930 after a round tuned on blind32/tune (0.914 → 0.966). Not
 * read either.
 * The thirty-third (the same locales, the everyday mix with a third of the messages to people around
 * the borrower and credit talk weighted; see its README): blind33/holdout 0.905 on arrival, 0.915 after
 * a round tuned on blind33/tune (0.904 → 0.953). Not read either.
 * The thirty-fourth (the same locales, messages typed by hand: slang, typos, shorthand amounts, spaces
 * for punctuation; see its README): blind34/holdout 0.849 on arrival, 0.857 after a round tuned on
 * blind34/tune (0.855 → 0.905). Not read either.
 * The thirty-fifth (the same locales, following collection through the life of a case; see its
 * README): blind35/holdout 0.896 on arrival, 0.896 after a round tuned on blind35/tune (0.877 → 0.939).
 * Not read either.
 * The thirty-sixth (the same locales, messages as borrowers quote them in complaints; see its README):
 * blind36/holdout 0.901 on arrival, 0.901 after a round tuned on blind36/tune (0.908 → 0.946). Not read
 * either.
 * The thirty-seventh (the same locales, collection around life events and the calendar; see its
 * README): blind37/holdout 0.847 on arrival, 0.847 after a round tuned on blind37/tune (0.916 → 0.940).
 * Not read either.
 * The thirty-eighth (the same locales, kinds of credit and bills the earlier corpora barely touched;
 * see its README): blind38/holdout 0.880 on arrival, 0.888 with the learned readers trained on every
 * spent corpus (before any of it was read), 0.890 after a round tuned on blind38/tune (0.883 → 0.917).
 * The thirty-ninth (the same locales, the whole outbox of one week, disclosures as real senders write
 * them; see its README): blind39/holdout 0.898 on arrival, 0.902 after a round tuned on blind39/tune
 * (0.907 → 0.966).
 * The fortieth (the same locales, what is said without being said: menace and pressure by implication,
 * whom a message is to, ways to pay that are not; see its README): blind40/holdout 0.885 on arrival,
 * 0.896 after a round tuned on blind40/tune (0.900 → 0.963).
 * The forty-first (the same locales, zh-TW and en-US weighted; second and third notices, consequences
 * stated true and false, senders and recipients as written, personal data look-alikes; see its README):
 * blind41/holdout 0.899 on arrival, 0.899 after a round tuned on blind41/tune (0.884 → 0.952; 0.950 with one
 * family taken back after the final figures).
 * The forty-second (the same locales, Hong Kong weighted; written for someone else: agencies, law firms,
 * servicers and debt buyers, due information and amounts beside their look-alikes, menace by implication;
 * see its README): blind42/holdout 0.880 on arrival, 0.900 after a round tuned on blind42/tune (0.877 → 0.980).
 * The forty-third (the same locales, Hong Kong weighted; the outbox at scale: recipients and ways to reach a
 * person as bulk senders write them, credit reporting and legal steps true and false; see its README):
 * blind43/holdout 0.939 on arrival, 0.946 after a round tuned on blind43/tune (0.928 → 0.985).
 * The forty-fourth (the same locales, Hong Kong weighted; borrowed authority and the ways out: courts,
 * regulators, police, immigration and employers true and false, ways to pay and to reach a person beside
 * look-alikes; see its README): blind44/holdout 0.887 on arrival, 0.900 after a round tuned on blind44/tune
 * (0.886 → 0.982).
 * The forty-fifth (the same locales, Hong Kong weighted; one person typing: hand-typed messages from a work
 * phone, disclosures written loosely, pressure and its lawful twins; see its README): blind45/holdout 0.867
 * on arrival, 0.884 after a round tuned on blind45/tune (0.842 → 0.957).
 * The forty-sixth (the same locales, Hong Kong weighted; the conversation: replies to disputes, complaints and
 * silence, answers to relatives, employers and wrong numbers, part payments and moved dates; see its README):
 * blind46/holdout 0.866 on arrival, 0.879 after a round tuned on blind46/tune (0.887 → 0.967).
 * The forty-seventh (the same locales, Hong Kong weighted; what systems print: fields, headers and footers,
 * split and bilingual messages, empty or wrongly filled fields, tone in system wording; see its README):
 * blind47/holdout 0.882 on arrival, 0.908 after a round tuned on blind47/tune (0.902 → 0.969).
 * The forty-eighth (the same locales, Hong Kong weighted; the examiner's sample: what a regulator draws from
 * outboxes after complaints, disclosures stated thinly, threats and false claims in indirect forms beside their
 * lawful twins; see its README): blind48/holdout 0.916 on arrival, 0.934 after a round tuned on blind48/tune
 * (0.879 → 0.954).
 * The forty-ninth (the same locales, Hong Kong weighted; words from other hands: translated, machine-written,
 * code-mixed and OCR'd messages, disclosures written awkwardly, threats and claims in translated wording beside
 * their lawful twins; see its README): blind49/holdout 0.861 on arrival, 0.873 after a round tuned on
 * blind49/tune (0.852 → 0.893).
 * The fiftieth (the same locales, Hong Kong weighted; other products, other debts: cards, instalments, car and
 * home loans, tuition, hospital, telecom and rent arrears, pawn, group loans and savings clubs, peer-to-peer,
 * salary advances, debts sold; see its README): blind50/holdout 0.911 on arrival, 0.922 after rounds tuned on
 * blind50/tune (0.861 → 0.949) and blind51/tune.
 * The fifty-first (the same locales; the ladder: the same accounts from the reminder to the court, the settlement
 * and the receipt, each rung's lawful and unlawful wording; see its README): blind51/holdout 0.939 on arrival
 * (0.936 with the packs before blind50's round), 0.940 after a round tuned on blind51/tune (0.919 → 0.956).
 * The fifty-second (the same locales; what the numbers say: amounts, dates, references, tails, hotlines, accounts
 * and personal numbers, each beside its look-alike; see its README): blind52/holdout 0.883 on arrival, 0.890 after
 * rounds tuned on blind52/tune (0.907 → 0.969) and blind53/tune.
 * The fifty-third (the same locales; the law as collectors tell it: true and false legal statements side by side,
 * threats dressed as procedure, disclosures in legal letters; see its README): blind53/holdout 0.894 on arrival,
 * 0.895 after a round tuned on blind53/tune (0.886 → 0.897). Both held-out halves were read after their final
 * figures, and families from them added: 0.913 each since.
 * The fifty-fourth (the same locales; who is writing, and how to reach and pay them: senders, ways to pay and
 * contacts in every form, each beside its look-alike; see its README): blind54/holdout 0.905 on arrival, 0.912 after
 * a round tuned on blind54/tune (0.885 → 0.914). Its held-out half was read after its final figures, and families
 * from it added: 0.958 since.
 * The fifty-fifth (the same locales; what comes next, and the reader named: lawful and unlawful consequences, pressure
 * and its look-alikes, recipient identification and personal data in any spacing; see its README): blind55/holdout
 * 0.914 on arrival, 0.920 after a round tuned on blind55/tune (0.934 → 0.963).
 */
const LATER = [
  { path: fileURLToPath(new URL("fixtures/tone/blind4/holdout.jsonl", import.meta.url)), floor: 0.93 },
  { path: fileURLToPath(new URL("fixtures/tone/blind5/tune.jsonl", import.meta.url)), floor: 0.95 },
  { path: fileURLToPath(new URL("fixtures/tone/blind5/holdout.jsonl", import.meta.url)), floor: 0.92 },
  { path: fileURLToPath(new URL("fixtures/tone/blind6/tune.jsonl", import.meta.url)), floor: 0.95 },
  { path: fileURLToPath(new URL("fixtures/tone/blind6/holdout.jsonl", import.meta.url)), floor: 0.92 },
  { path: fileURLToPath(new URL("fixtures/tone/blind7/tune.jsonl", import.meta.url)), floor: 0.92 },
  { path: fileURLToPath(new URL("fixtures/tone/blind7/holdout.jsonl", import.meta.url)), floor: 0.9 },
  { path: fileURLToPath(new URL("fixtures/tone/blind8/tune.jsonl", import.meta.url)), floor: 0.86 },
  { path: fileURLToPath(new URL("fixtures/tone/blind8/holdout.jsonl", import.meta.url)), floor: 0.8 },
  { path: fileURLToPath(new URL("fixtures/tone/blind9/tune.jsonl", import.meta.url)), floor: 0.93 },
  { path: fileURLToPath(new URL("fixtures/tone/blind9/holdout.jsonl", import.meta.url)), floor: 0.9 },
  { path: fileURLToPath(new URL("fixtures/tone/blind10/tune.jsonl", import.meta.url)), floor: 0.85 },
  { path: fileURLToPath(new URL("fixtures/tone/blind10/holdout.jsonl", import.meta.url)), floor: 0.82 },
  { path: fileURLToPath(new URL("fixtures/tone/blind11/tune.jsonl", import.meta.url)), floor: 0.97 },
  { path: fileURLToPath(new URL("fixtures/tone/blind11/holdout.jsonl", import.meta.url)), floor: 0.92 },
  { path: fileURLToPath(new URL("fixtures/tone/blind12/tune.jsonl", import.meta.url)), floor: 0.95 },
  { path: fileURLToPath(new URL("fixtures/tone/blind12/holdout.jsonl", import.meta.url)), floor: 0.95 },
  { path: fileURLToPath(new URL("fixtures/tone/blind13/tune.jsonl", import.meta.url)), floor: 0.95 },
  { path: fileURLToPath(new URL("fixtures/tone/blind13/holdout.jsonl", import.meta.url)), floor: 0.93 },
  { path: fileURLToPath(new URL("fixtures/tone/blind14/tune.jsonl", import.meta.url)), floor: 0.9 },
  { path: fileURLToPath(new URL("fixtures/tone/blind14/holdout.jsonl", import.meta.url)), floor: 0.91 },
  { path: fileURLToPath(new URL("fixtures/tone/blind15/tune.jsonl", import.meta.url)), floor: 0.94 },
  { path: fileURLToPath(new URL("fixtures/tone/blind15/holdout.jsonl", import.meta.url)), floor: 0.87 },
  { path: fileURLToPath(new URL("fixtures/tone/blind16/tune.jsonl", import.meta.url)), floor: 0.89 },
  { path: fileURLToPath(new URL("fixtures/tone/blind16/holdout.jsonl", import.meta.url)), floor: 0.92 },
  { path: fileURLToPath(new URL("fixtures/tone/blind17/tune.jsonl", import.meta.url)), floor: 0.9 },
  { path: fileURLToPath(new URL("fixtures/tone/blind17/holdout.jsonl", import.meta.url)), floor: 0.84 },
  { path: fileURLToPath(new URL("fixtures/tone/blind18/tune.jsonl", import.meta.url)), floor: 0.97 },
  { path: fileURLToPath(new URL("fixtures/tone/blind18/holdout.jsonl", import.meta.url)), floor: 0.89 },
  { path: fileURLToPath(new URL("fixtures/tone/blind19/tune.jsonl", import.meta.url)), floor: 0.92 },
  { path: fileURLToPath(new URL("fixtures/tone/blind19/holdout.jsonl", import.meta.url)), floor: 0.87 },
  { path: fileURLToPath(new URL("fixtures/tone/blind20/tune.jsonl", import.meta.url)), floor: 0.93 },
  { path: fileURLToPath(new URL("fixtures/tone/blind20/holdout.jsonl", import.meta.url)), floor: 0.88 },
  { path: fileURLToPath(new URL("fixtures/tone/blind21/tune.jsonl", import.meta.url)), floor: 0.95 },
  { path: fileURLToPath(new URL("fixtures/tone/blind21/holdout.jsonl", import.meta.url)), floor: 0.9 },
  { path: fileURLToPath(new URL("fixtures/tone/blind22/tune.jsonl", import.meta.url)), floor: 0.96 },
  { path: fileURLToPath(new URL("fixtures/tone/blind22/holdout.jsonl", import.meta.url)), floor: 0.86 },
  { path: fileURLToPath(new URL("fixtures/tone/blind23/tune.jsonl", import.meta.url)), floor: 0.95 },
  { path: fileURLToPath(new URL("fixtures/tone/blind23/holdout.jsonl", import.meta.url)), floor: 0.9 },
  { path: fileURLToPath(new URL("fixtures/tone/blind24/tune.jsonl", import.meta.url)), floor: 0.95 },
  { path: fileURLToPath(new URL("fixtures/tone/blind24/holdout.jsonl", import.meta.url)), floor: 0.88 },
  { path: fileURLToPath(new URL("fixtures/tone/blind25/tune.jsonl", import.meta.url)), floor: 0.95 },
  { path: fileURLToPath(new URL("fixtures/tone/blind25/holdout.jsonl", import.meta.url)), floor: 0.88 },
  { path: fileURLToPath(new URL("fixtures/tone/blind26/tune.jsonl", import.meta.url)), floor: 0.95 },
  { path: fileURLToPath(new URL("fixtures/tone/blind26/holdout.jsonl", import.meta.url)), floor: 0.88 },
  { path: fileURLToPath(new URL("fixtures/tone/blind27/tune.jsonl", import.meta.url)), floor: 0.96 },
  { path: fileURLToPath(new URL("fixtures/tone/blind27/holdout.jsonl", import.meta.url)), floor: 0.88 },
  { path: fileURLToPath(new URL("fixtures/tone/blind28/tune.jsonl", import.meta.url)), floor: 0.96 },
  { path: fileURLToPath(new URL("fixtures/tone/blind28/holdout.jsonl", import.meta.url)), floor: 0.9 },
  { path: fileURLToPath(new URL("fixtures/tone/blind29/tune.jsonl", import.meta.url)), floor: 0.94 },
  { path: fileURLToPath(new URL("fixtures/tone/blind29/holdout.jsonl", import.meta.url)), floor: 0.89 },
  { path: fileURLToPath(new URL("fixtures/tone/blind30/tune.jsonl", import.meta.url)), floor: 0.95 },
  { path: fileURLToPath(new URL("fixtures/tone/blind30/holdout.jsonl", import.meta.url)), floor: 0.89 },
  { path: fileURLToPath(new URL("fixtures/tone/blind31/tune.jsonl", import.meta.url)), floor: 0.95 },
  { path: fileURLToPath(new URL("fixtures/tone/blind31/holdout.jsonl", import.meta.url)), floor: 0.88 },
  { path: fileURLToPath(new URL("fixtures/tone/blind32/tune.jsonl", import.meta.url)), floor: 0.96 },
  { path: fileURLToPath(new URL("fixtures/tone/blind32/holdout.jsonl", import.meta.url)), floor: 0.92 },
  { path: fileURLToPath(new URL("fixtures/tone/blind33/tune.jsonl", import.meta.url)), floor: 0.95 },
  { path: fileURLToPath(new URL("fixtures/tone/blind33/holdout.jsonl", import.meta.url)), floor: 0.91 },
  { path: fileURLToPath(new URL("fixtures/tone/blind34/tune.jsonl", import.meta.url)), floor: 0.9 },
  { path: fileURLToPath(new URL("fixtures/tone/blind34/holdout.jsonl", import.meta.url)), floor: 0.85 },
  { path: fileURLToPath(new URL("fixtures/tone/blind35/tune.jsonl", import.meta.url)), floor: 0.93 },
  { path: fileURLToPath(new URL("fixtures/tone/blind35/holdout.jsonl", import.meta.url)), floor: 0.89 },
  { path: fileURLToPath(new URL("fixtures/tone/blind36/tune.jsonl", import.meta.url)), floor: 0.94 },
  { path: fileURLToPath(new URL("fixtures/tone/blind36/holdout.jsonl", import.meta.url)), floor: 0.89 },
  { path: fileURLToPath(new URL("fixtures/tone/blind37/tune.jsonl", import.meta.url)), floor: 0.93 },
  { path: fileURLToPath(new URL("fixtures/tone/blind37/holdout.jsonl", import.meta.url)), floor: 0.84 },
  { path: fileURLToPath(new URL("fixtures/tone/blind38/tune.jsonl", import.meta.url)), floor: 0.91 },
  { path: fileURLToPath(new URL("fixtures/tone/blind38/holdout.jsonl", import.meta.url)), floor: 0.88 },
  { path: fileURLToPath(new URL("fixtures/tone/blind39/tune.jsonl", import.meta.url)), floor: 0.96 },
  { path: fileURLToPath(new URL("fixtures/tone/blind39/holdout.jsonl", import.meta.url)), floor: 0.9 },
  { path: fileURLToPath(new URL("fixtures/tone/blind40/tune.jsonl", import.meta.url)), floor: 0.96 },
  { path: fileURLToPath(new URL("fixtures/tone/blind40/holdout.jsonl", import.meta.url)), floor: 0.89 },
  { path: fileURLToPath(new URL("fixtures/tone/blind41/tune.jsonl", import.meta.url)), floor: 0.94 },
  { path: fileURLToPath(new URL("fixtures/tone/blind41/holdout.jsonl", import.meta.url)), floor: 0.89 },
  { path: fileURLToPath(new URL("fixtures/tone/blind42/tune.jsonl", import.meta.url)), floor: 0.97 },
  { path: fileURLToPath(new URL("fixtures/tone/blind42/holdout.jsonl", import.meta.url)), floor: 0.89 },
  { path: fileURLToPath(new URL("fixtures/tone/blind43/tune.jsonl", import.meta.url)), floor: 0.98 },
  { path: fileURLToPath(new URL("fixtures/tone/blind43/holdout.jsonl", import.meta.url)), floor: 0.94 },
  { path: fileURLToPath(new URL("fixtures/tone/blind44/tune.jsonl", import.meta.url)), floor: 0.98 },
  { path: fileURLToPath(new URL("fixtures/tone/blind44/holdout.jsonl", import.meta.url)), floor: 0.96 },
  { path: fileURLToPath(new URL("fixtures/tone/blind45/tune.jsonl", import.meta.url)), floor: 0.95 },
  { path: fileURLToPath(new URL("fixtures/tone/blind45/holdout.jsonl", import.meta.url)), floor: 0.88 },
  { path: fileURLToPath(new URL("fixtures/tone/blind46/tune.jsonl", import.meta.url)), floor: 0.96 },
  { path: fileURLToPath(new URL("fixtures/tone/blind46/holdout.jsonl", import.meta.url)), floor: 0.9 },
  { path: fileURLToPath(new URL("fixtures/tone/blind47/tune.jsonl", import.meta.url)), floor: 0.96 },
  { path: fileURLToPath(new URL("fixtures/tone/blind47/holdout.jsonl", import.meta.url)), floor: 0.93 },
  { path: fileURLToPath(new URL("fixtures/tone/blind48/tune.jsonl", import.meta.url)), floor: 0.95 },
  { path: fileURLToPath(new URL("fixtures/tone/blind48/holdout.jsonl", import.meta.url)), floor: 0.96 },
  { path: fileURLToPath(new URL("fixtures/tone/blind49/tune.jsonl", import.meta.url)), floor: 0.89 },
  { path: fileURLToPath(new URL("fixtures/tone/blind49/holdout.jsonl", import.meta.url)), floor: 0.9 },
  { path: fileURLToPath(new URL("fixtures/tone/blind50/tune.jsonl", import.meta.url)), floor: 0.94 },
  { path: fileURLToPath(new URL("fixtures/tone/blind50/holdout.jsonl", import.meta.url)), floor: 0.92 },
  { path: fileURLToPath(new URL("fixtures/tone/blind51/tune.jsonl", import.meta.url)), floor: 0.95 },
  { path: fileURLToPath(new URL("fixtures/tone/blind51/holdout.jsonl", import.meta.url)), floor: 0.93 },
  { path: fileURLToPath(new URL("fixtures/tone/blind52/tune.jsonl", import.meta.url)), floor: 0.96 },
  { path: fileURLToPath(new URL("fixtures/tone/blind52/holdout.jsonl", import.meta.url)), floor: 0.9 },
  { path: fileURLToPath(new URL("fixtures/tone/blind53/tune.jsonl", import.meta.url)), floor: 0.89 },
  { path: fileURLToPath(new URL("fixtures/tone/blind53/holdout.jsonl", import.meta.url)), floor: 0.9 },
  { path: fileURLToPath(new URL("fixtures/tone/blind54/tune.jsonl", import.meta.url)), floor: 0.92 },
  { path: fileURLToPath(new URL("fixtures/tone/blind54/holdout.jsonl", import.meta.url)), floor: 0.95 },
  { path: fileURLToPath(new URL("fixtures/tone/blind55/tune.jsonl", import.meta.url)), floor: 0.96 },
  { path: fileURLToPath(new URL("fixtures/tone/blind55/holdout.jsonl", import.meta.url)), floor: 0.91 },
];
describe.each(LATER.filter(({ path }) => existsSync(path)))("the rules on a later corpus half ($path)", ({ path, floor }) => {
  it(`keeps macro-F1 at its measured ${floor}`, async () => {
    const corpus = loadCorpus(path);
    const result = score(await predict(corpus));
    expect(result.macroF1, formatScore(result)).toBeGreaterThanOrEqual(floor);
  });
});
