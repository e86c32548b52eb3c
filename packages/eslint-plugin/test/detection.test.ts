import fc from "fast-check";
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import plugin from "../src/index.js";
import { foldWidth } from "../src/util/message.js";

/**
 * What the rules catch in messages as they are really written: violations composed of an action,
 * a target and a condition; disclosures written as literal text; personal data in any spacing;
 * an implied price of credit.
 */
const linter = new Linter({ configType: "flat" });
const config: Linter.Config[] = [plugin.configs.recommended];

interface Message {
  locale?: string;
  /** Traditional Chinese is checked under mainland rules unless a jurisdiction is given. */
  jurisdiction?: string;
  category?: string;
  audience?: string;
  channel?: string;
  sender?: string;
  text: string;
}

function lint({ locale = "zh-CN", jurisdiction = locale.startsWith("zh") && locale !== "zh-CN" ? "CN" : undefined, category = "collection", audience = "borrower", channel = "sms", sender = locale.startsWith("zh") ? "示例金融" : "Example Lending", text }: Message): Linter.LintMessage[] {
  const source = ["---", "id: t.message", "version: 1", `channel: ${channel}`, `locale: ${locale}`, ...(jurisdiction ? [`jurisdiction: ${jurisdiction}`] : []), `category: ${category}`, `audience: ${audience}`, `sender: { name: ${sender}, role: creditor }`, "send: { window: \"09:00-20:00\", maxPerDay: 1 }", "---", text, ""].join("\n");
  const messages = linter.verify(source, config, { filename: "t.msg.njk" });
  const fatal = messages.find((message) => message.fatal);
  if (fatal) throw new Error(fatal.message);
  // What the listed entries find: the learned readers' second opinions are measured on unseen corpora (test/tone-models.test.ts).
  return messages.filter((message) => message.messageId?.split(":")[0] !== "learned");
}

const rules = (message: Message): string[] => [...new Set(lint(message).map((finding) => finding.ruleId!.replace("tactful/", "")))].sort();
const findings = (message: Message, rule: string): Linter.LintMessage[] => lint(message).filter((finding) => finding.ruleId === `tactful/${rule}`);
const missingRoles = (message: Message): string[] =>
  findings(message, "required-disclosures").map((finding) => /Role `([a-z-]+)`/u.exec(finding.message)![1]!);
const reports = (message: Message, rule: string): boolean => rules(message).includes(rule);
/** Hong Kong messages, in Chinese and in English, checked under the HK pack. */
const HK = { locale: "zh-HK", jurisdiction: "HK" } as const;
const EN_HK = { locale: "en-HK", jurisdiction: "HK" } as const;
const threat = (message: Message): boolean => reports(message, "no-threats");
const pressure = (message: Message): boolean => reports(message, "no-pressure-tactics");
const falseLegal = (message: Message): boolean => reports(message, "no-false-legal-claims");
const credit = (message: Message): boolean => reports(message, "no-false-credit-claims");

describe("compositional patterns", () => {
  it("finds a threat to tell the family that no listed phrase covers, and says which words filled which slot", () => {
    const [threat] = findings({ locale: "zh-TW", text: "陳O明你再不繳，我們就直接發給你表哥跟你老婆。" }, "no-threats");
    expect(threat?.message).toMatch(/^Threat: “發給你表哥”\.\nMatched tell “發給” \+ kin “表哥”\. .*\(CN-TONE-TELL-KIN\)\.$/u);
  });

  it("finds announced visits however politely worded, in Chinese and English", () => {
    expect(rules({ text: "【途达汽车金融】我司将于近日安排工作人员前往您的居住地及单位拜访，敬请配合。" })).toContain("no-threats");
    expect(rules({ locale: "en-US", text: "Example Lending: our field representative will stop by your home this weekend." })).toContain("no-threats");
    expect(rules({ locale: "en-US", text: "Example Lending: before a deputy is dispatched to your address, call us." })).toContain("no-threats");
  });

  it("finds a consequence clause whose harm is left unnamed", () => {
    expect(rules({ text: "【示例金融】若仍不处理，由此产生的一切后果由您自行承担。" })).toContain("no-threats");
    expect(rules({ locale: "en-US", text: "Example Lending: resolve this balance before things get a lot worse for you." })).toContain("no-threats");
  });

  it("keeps negation and reassurance: a promise not to do it is no threat", () => {
    expect(rules({ text: "【示例金融】我们不会联系您的家人和同事，也不会上门。" })).not.toContain("no-threats");
    expect(rules({ locale: "zh-HK", text: "【示例金融】我哋唔會聯絡你公司或者屋企人，請放心。" })).not.toContain("no-threats");
    expect(rules({ locale: "en-US", text: "Example Lending: we will never stop by your home or tell your employer." })).not.toContain("no-threats");
  });

  it("keeps a lawful statement lawful", () => {
    expect(rules({ text: "【示例金融】如协商不成，我司可能依法提起诉讼。逾期信息将依法报送征信系统。" })).toEqual(expect.not.arrayContaining(["no-threats", "no-pressure-tactics"]));
  });

  it("finds a deadline of hours with a consequence, but not a due date alone", () => {
    expect(rules({ text: "【示例金融】今天18点前不处理，我们将采取进一步措施。" })).toContain("no-pressure-tactics");
    expect(rules({ locale: "en-US", text: "Example Lending: we'll be calling her tonight unless you pay." })).toContain("no-pressure-tactics");
    expect(rules({ category: "reminder", text: "【示例金融】您的借款今日到期，应还100元。" })).not.toContain("no-pressure-tactics");
  });

  it("does not mistake ordinary service wording for a threat or pressure", () => {
    for (const text of ["【示例金融】不好意思打扰您，您的借款今日到期。", "【示例金融】特此通知，您可在网上银行或App还款。", "【示例金融】如未按时还款，将产生逾期罚息，请留意。", "【示例金融】如有疑问，请联系您的客户经理。"]) {
      expect(rules({ category: "reminder", text }), text).toEqual(expect.not.arrayContaining(["no-threats", "no-pressure-tactics"]));
    }
    for (const text of ["Example Lending: there is no shame in asking for help. Let us know if your employer changed.", "Example Lending: your new statement was sent to your home address."]) {
      expect(rules({ locale: "en-US", category: "reminder", text }), text).toEqual(expect.not.arrayContaining(["no-threats", "no-pressure-tactics"]));
    }
  });

  it("finds shaming questions and shouted urgency, not acronyms", () => {
    expect(rules({ text: "【示例金融】借钱的时候说得好好的，你不觉得丢人吗？" })).toContain("no-pressure-tactics");
    expect(rules({ locale: "en-US", text: "Example Lending: don't you feel embarrassed? Your friends all pay theirs." })).toContain("no-pressure-tactics");
    expect(rules({ locale: "en-US", text: "Example Lending: your payment is PAST DUE. PAY NOW." })).toContain("no-pressure-tactics");
    expect(rules({ locale: "en-US", text: "Example Lending: your APR is 9.9%. Reply STOP to opt out, HELP for help." })).not.toContain("no-pressure-tactics");
  });
});

describe("families of wording a phrase list misses", () => {
  const en = (text: string, audience = "borrower"): Message => ({ locale: "en-US", audience, text });
  const fires = (rule: string, messages: Message[]): void => {
    for (const message of messages) expect(rules(message), message.text).toContain(rule);
  };
  const silent = (rule: string, messages: Message[]): void => {
    for (const message of messages) expect(rules(message), message.text).not.toContain(rule);
  };

  it("finds someone waiting at the borrower's place, and visits to the places of their people", () => {
    fires("no-threats", [
      { text: "【示例金融】我们的同事现在就在你家楼下等着你，下来聊聊吧。" },
      { locale: "zh-HK", text: "【示例金融】我哋而家喺你公司門口等緊你，你自己落嚟。" },
      { text: "【示例金融】明天我们去你孩子学校找你。" },
      { locale: "zh-TW", text: "【示例金融】我們會去你房東那邊問問你的情況。" },
      { text: "【示例金融】你家地址我们早就知道了，明天见。" },
      { locale: "zh-TW", text: "【示例金融】再拖下去，你家門口會出現紙錢跟花圈。" },
      en("Example Lending: our agents are on their way to your house right now."),
      en("Example Lending: a team is heading over to your workplace this afternoon."),
      en("Example Lending: we know where your wife works."),
    ]);
    silent("no-threats", [
      { text: "【示例金融】我们不会去你家楼下等你，请放心。" },
      { text: "【示例金融】您可到我司营业厅办理，工作人员在柜台等您。" },
      en("Example Lending: we will not be sending anyone to your home."),
      en("Example Lending: your statement is on its way to your home address."),
    ]);
  });

  it("finds exposure already done, told to the borrower", () => {
    fires("no-threats", [{ text: "【示例金融】我们已经把你欠钱的事发到你们家族群了。" }, { locale: "zh-HK", text: "【示例金融】我哋已經將你欠錢嘅事通知咗你公司人事部。" }, en("Example Lending: we already told your boss about the loan.")]);
  });

  it("finds a harm left unnamed, but not a consequence the message names", () => {
    fires("no-threats", [
      { text: "【示例金融】别逼我们用别的办法。" },
      { locale: "zh-HK", text: "【示例金融】真係搞到咁，對你同屋企人都冇好處。" },
      en("Example Lending: keep ignoring us and see what happens."),
      en("Example Lending: don't make us do this the hard way."),
    ]);
    silent("no-threats", [{ category: "reminder", text: "【示例金融】按时还款对您的信用有好处。" }, { text: "【示例金融】逾期会产生罚息，对您没有任何好处，建议尽快还款。" }]);
  });

  it("finds claims about relatives' and children's credit, and keeps the denial of them harmless", () => {
    fires("no-false-credit-claims", [
      { text: "【示例金融】你再拖，你爸妈的征信也会被拖累。" },
      { locale: "zh-TW", text: "【示例金融】繼續不繳，會連累你太太和小孩的信用紀錄。" },
      { locale: "zh-TW", text: "【示例金融】你兒子以後當兵、找工作都會被查出來。" },
      { locale: "zh-HK", text: "【示例金融】你個仔以後讀書都會受影響。" },
      { audience: "third-party", text: "【示例金融】他再不还，您的征信也会受影响。" },
      en("Example Lending: your whole family's credit will suffer."),
      en("Example Lending: this will drag down your parents' credit as well."),
      en("Example Lending: your kids will never get a student loan because of this."),
      en("Example Lending: your own credit score will drop if he doesn't pay.", "third-party"),
    ]);
    silent("no-false-credit-claims", [
      { text: "【示例金融】逾期记录只影响您本人的征信，您家人的征信不会受影响。" },
      { category: "reminder", text: "【示例金融】孩子开学季，记得按时还款哦。" },
      en("Example Lending: only your own credit report can be affected; your family's credit will not suffer."),
      en("Example Lending: your spouse's credit is not affected by this account."),
      en("Example Lending: we know you have kids to support, so we can set up a payment plan for your loan."),
      en("Example Lending: if you pay late, your credit score may drop."),
    ]);
  });

  it("finds accounts, wages and property said to be frozen or seized, but not a lawful step or an automatic debit", () => {
    fires("no-false-legal-claims", [
      { text: "【示例金融】我们将申请冻结你的微信和支付宝。" },
      { locale: "zh-HK", text: "【示例金融】再唔還錢，你份人工同銀行戶口即刻凍結。" },
      { locale: "zh-TW", text: "【示例金融】若未繳清，將強制扣薪並凍結你的存款。" },
      en("Example Lending: your paycheck will be garnished starting Friday."),
      en("Example Lending: we are going to freeze your checking account tomorrow."),
    ]);
    silent("no-false-legal-claims", [
      { text: "【示例金融】如协商不成，我司可能依法申请法院冻结您名下财产。" },
      { category: "reminder", text: "【示例金融】本期账单将于还款日从您尾号1234的银行卡自动扣款。" },
      { category: "transactional", audience: "customer", text: "【示例金融】您的银行卡因异常交易已被临时冻结，请致电95555。" },
      en("Example Lending: if we obtain a court judgment, your wages may be garnished as permitted by law."),
      en("Example Lending: we will not garnish your wages."),
      en("Example Lending: your account statement is attached."),
    ]);
  });

  it("finds a third party told they owe the debt, and a made-up wanted notice as a threat, not a legal claim", () => {
    fires("no-false-legal-claims", [{ audience: "third-party", text: "【示例金融】你是她的紧急联系人，她不还你就得替她还。" }, { locale: "zh-TW", audience: "third-party", text: "【示例金融】作為保證人，你要負連帶清償責任。" }]);
    expect(rules({ text: "【示例金融】再不还，把你的照片做成通缉令贴满小区。" })).toEqual(expect.arrayContaining(["no-threats"]));
    expect(rules({ text: "【示例金融】再不还，把你的照片做成通缉令贴满小区。" })).not.toContain("no-false-legal-claims");
  });

  it("finds threats that the borrower's people will find out, in Cantonese, Traditional and English paraphrase", () => {
    fires("no-threats", [
      { text: "【示例金融】再不还钱，就让你们村里人都知道你是个什么人。" },
      { locale: "zh-HK", text: "【示例金融】聽日開始我哋會逐個打俾你通訊錄啲朋友。" },
      { locale: "zh-HK", text: "【示例金融】你再唔還，我哋就將你啲相貼晒上Facebook。" },
      { locale: "zh-TW", text: "【示例金融】我們已經把你的資料寄給你的主管了。" },
      { text: "【示例金融】你以为躲得掉吗？" },
      en("Example Lending: everyone at your church will hear about this."),
      en("Example Lending: your HR department will receive a copy of this notice Monday."),
      en("Example Lending: we've posted your name and debt on our public Facebook page."),
      en("Example Lending: we will be at your mother's house Saturday morning."),
      en("Example Lending: you do not want to find out what happens."),
    ]);
    silent("no-threats", [
      { text: "【示例金融】我们不会让您的家人知道此事，请放心。" },
      { text: "【示例金融】如对账单有疑问，请发邮件至 service@yigou.example 。" },
      en("Example Lending: your family will not hear from us about this account."),
      en("Example Lending: make sure your family knows about our hardship program."),
      en("Example Lending: we will be at your service Monday to Friday, 9 to 5."),
    ]);
  });

  it("finds cases said to be handed to a court, and keeps a possible step lawful", () => {
    fires("no-false-legal-claims", [
      { text: "【示例金融】您的案件已移交法院，请等待传唤。" },
      { locale: "zh-TW", text: "【示例金融】你的欠款案件已提交至地方法院。" },
      en("Example Lending: your case has been forwarded to the county court for filing."),
      en("Example Lending: we have filed a claim against you in small claims court."),
    ]);
    silent("no-false-legal-claims", [
      { text: "【示例金融】您的减免申请已提交给主管审批，请耐心等待。" },
      en("Example Lending: if we cannot agree on a plan, we may refer the account to court."),
      en("Example Lending: we have not referred your account to any court."),
    ]);
  });

  it("finds last chances, clock deadlines in words and reproaches for borrowing, not a plain due date or question", () => {
    fires("no-pressure-tactics", [
      { text: "【示例金融】这是你最后的机会。" },
      { text: "【示例金融】请在今晚十点前还清，逾期不候。" },
      { locale: "zh-HK", text: "【示例金融】兩個鐘內過數。" },
      { text: "【示例金融】借的时候怎么不想想今天？" },
      en("Example Lending: this is your final opportunity before we proceed."),
      en("Example Lending: grown adults pay their debts. Why can't you?"),
    ]);
    silent("no-pressure-tactics", [
      { category: "reminder", text: "【示例金融】请在今天十点前完成还款，以免产生逾期。" },
      { text: "【示例金融】借款的时候您是否阅读了合同？如有疑问请致电95555。" },
      en("Example Lending: why don't you call us to set up a plan?"),
    ]);
  });

  it("finds claims that the debt shuts the borrower out of homes and jobs for good", () => {
    fires("no-false-credit-claims", [en("Example Lending: we will report you and you'll never buy a house."), en("Example Lending: your SSN has been flagged in the national debtor registry.")]);
    silent("no-false-credit-claims", [en("Example Lending: you never need to borrow to pay us; call us for a plan.")]);
  });

  it("finds English capitals shouted in a Chinese message, not acronyms", () => {
    fires("no-pressure-tactics", [{ text: "【示例金融】URGENT！您的借款已逾期。" }, { locale: "zh-TW", text: "【示例金融】ＬＡＳＴ　ＣＨＡＮＣＥ：請今日繳款。" }, en("ALERT: your Example Lending loan is in default.")]);
    silent("no-pressure-tactics", [{ text: "【示例金融】请通过APP或FPS还款，HR部门不会收到任何信息。" }]);
  });
});

describe("disclosures written as literal text", () => {
  it("accepts a compliant Chinese collection message with literal values", () => {
    const text = "【示例金融】张*明先生，您尾号3321的借款已逾期5天，应还1,286.40元，请通过示例金融App还款，客服4008-123-456。如非本人请忽略。";
    expect(rules({ text })).toEqual([]);
  });

  it("accepts masked and titled names and account tails as recipient identification", () => {
    for (const who of ["王**女士", "陳O明先生", "黃生，", "您尾号3321的借款", "被执行人刘海涛，", "借款人 陈大文，", "債務人林雅琪，"]) {
      expect(findings({ text: `【示例金融】${who}您的借款已逾期5天，应还100元，App还款，客服95588。如非本人请忽略。` }, "recipient-identification"), who).toEqual([]);
    }
    expect(findings({ text: "【示例金融】尊敬的用户，您的借款已逾期5天，应还100元，App还款，客服95588。如非本人请忽略。" }, "recipient-identification")).toHaveLength(1);
  });

  it("reads amounts with a currency, hotlines after 致电/客服, durations and channels as disclosures", () => {
    expect(missingRoles({ locale: "zh-HK", text: "【示例金融】陳先生，你嘅貸款已經拖咗HK$6,560兩個月，請經FPS還款，熱線2388 1888。" })).toEqual([]);
    expect(missingRoles({ text: "【示例金融】张*明，您的借款已逾期，请尽快处理。" }).sort()).toEqual(["amount-due", "contact", "days-overdue", "repayment-channel"]);
  });

  it("accepts an English collection text with literal values, and a brand that opens it as the sender", () => {
    const text = "Example: Maria G., your card ending 4417 is 45 days past due ($1,284.60). Pay at example.com/pay or call 1-888-555-0142. If you are not Maria, reply WRONG. Reply STOP to opt out.";
    expect(rules({ locale: "en-US", text })).toEqual([]);
  });
});

describe("disclosures in the forms real messages write them", () => {
  const hk = (rest: string): string => `【示例金融】陳生，貸款尾號1234已逾期10日，欠款HK$3,200，${rest}`;
  const us = (rest: string): string => `Example Lending: Maria G., acct ending 4417, $320.00, 12 days past due. ${rest}`;

  it("reads a number after 回电/联系, a Hong Kong landline and a seven-digit local number as a contact", () => {
    expect(missingRoles({ text: "【示例金融】王**，您的借款逾期12天，应还860元，请在示例金融App还款，如有疑问请联系专员 177-0000-2233。" })).toEqual([]);
    expect(missingRoles({ locale: "zh-HK", text: hk("請經FPS還款，查詢3555 1234。") })).toEqual([]);
    expect(missingRoles({ locale: "en-US", text: us("Pay at example.com/pay or call 555-0142.") })).toEqual([]);
  });

  it("does not take the digits of a card number or a ZIP+4 code for a contact", () => {
    expect(missingRoles({ locale: "zh-HK", text: hk("請經FPS還款，咭號 4000 1234 5678 9010。") })).toEqual(["contact"]);
    expect(missingRoles({ locale: "en-US", text: us("Pay at example.com/pay or mail a check to PO Box 12, Austin, TX 78701-2231.") })).toEqual(["contact"]);
  });

  it("reads a link of any domain with a path, paying at a named website, and 按此/點擊 … 繳款 as a repayment channel", () => {
    expect(missingRoles({ locale: "en-US", text: us("Pay at pay.example-lending.bank/r or call 1-800-555-0199.") })).toEqual([]);
    expect(missingRoles({ locale: "en-US", text: us("Pay online at examplelending.finance or call 1-800-555-0199.") })).toEqual([]);
    expect(missingRoles({ locale: "zh-TW", text: "【示例金融】陳O明先生，您的貸款已逾期8天，應繳NT$2,400元，按這裡立即付款，客服(02)5550-1234。" })).toEqual([]);
  });

  it("does not take an email address or an app name inside another word for a repayment channel", () => {
    expect(missingRoles({ locale: "en-US", text: us("Questions? Email help@example.com or call 1-800-555-0199.") })).toEqual(["repayment-channel"]);
    expect(missingRoles({ locale: "zh-HK", text: hk("有咩事WhatsApp 5555 0871。") })).toEqual(["repayment-channel"]);
  });

  it("reads 欠咗 with a duration as the time overdue, and never a duration as the amount", () => {
    expect(missingRoles({ locale: "zh-HK", text: "【示例金融】陳生，你筆貸款欠咗三個月，欠款HK$3,200，請經FPS還款，查詢3555 1234。" })).toEqual([]);
    expect(missingRoles({ text: "【示例金融】王**，您的欠款逾期40天，请在示例金融App还款，客服95588。" })).toEqual(["amount-due"]);
  });

  it("does not take an amount offered to settle for the amount owed, but reads the balance beside it", () => {
    const offer = "Example Lending: Maria G., acct ending 4417 is 90 days past due. Settle this week for $1,900.00 at example.com/pay or call 1-800-555-0199.";
    expect(missingRoles({ locale: "en-US", text: offer })).toEqual(["amount-due"]);
    expect(missingRoles({ locale: "en-US", text: offer.replace("past due.", "past due with a balance of $4,100.00.") })).toEqual([]);
  });

  it("takes a name opening the message for the recipient only when it starts with a surname", () => {
    const recipient = (text: string): Linter.LintMessage[] => findings({ text }, "recipient-identification").filter((finding) => finding.messageId === "missingName");
    expect(recipient("【示例金融】林家豪，您的借款逾期12天，应还860元。如非本人请忽略。")).toEqual([]);
    expect(recipient("【示例金融】别再躲了，您的借款逾期12天，应还860元。如非本人请忽略。")).toHaveLength(1);
  });
});

describe("disclosures written in full-width forms, with titles, mid-sentence creditors and other ways of writing them", () => {
  const roleFindings = (message: Message, rule: string): string[] =>
    findings(message, rule)
      .filter((finding) => rule !== "recipient-identification" || finding.messageId === "missingName")
      .map((finding) => finding.messageId!);

  it("reads amounts, durations, hotlines and tails written in full-width digits", () => {
    for (const text of [
      "【示例金融】王*芳女士，您尾号３３２１的借款欠款￥３，２８６．５０，已逾期１２天，请在示例金融App还款，客服０７５５－５５５０－１２３４。如非本人请忽略。",
      "【示例金融】陳O明先生，您合約末四碼８８０２之款項ＮＴ＄１２，０００已逾期９天，請至示例金融App繳款，客服４００－５５５－０１８８。如非本人请忽略。",
      "【示例金融】黃小姐，你貸款尾號４４１７欠款ＨＫ＄２，６００，已逾期７日，請經ＦＰＳ還款，熱線３５５５　０１２３。如非本人请忽略。",
    ]) {
      expect(missingRoles({ locale: text.includes("NT") ? "zh-TW" : "zh-CN", text }), text).toEqual([]);
    }
    // Full-width punctuation between words stays punctuation: a message with no amount still lacks one.
    expect(missingRoles({ text: "【示例金融】王*芳女士，您尾号３３２１的借款已逾期１２天，请在示例金融App还款，客服０７５５－５５５０－１２３４。" })).toEqual(["amount-due"]);
  });

  it("takes a full-width masked name, a full name before an identifier and an English title for the recipient", () => {
    const body = "您的借款已逾期5天，应还100元，App还款，客服95588。如非本人请忽略。";
    for (const who of ["【示例金融】许Ｏ文您好，", "【示例金融】陈家伟（尾号2201），", "【示例金融】Mr Wong，", "【示例金融】Ms. Lau，"]) {
      expect(roleFindings({ text: `${who}${body}` }, "recipient-identification"), who).toEqual([]);
    }
    for (const who of ["【示例金融】您好，", "【示例金融】别再拖了，", "【示例金融】尊敬的客户（VIP），"]) {
      expect(roleFindings({ text: `${who}${body}` }, "recipient-identification"), who).toEqual(["missingName"]);
    }
  });

  it("asks a reminder whom it is for, without asking it for a wrong-recipient line", () => {
    const reminder = (text: string, locale = "zh-CN"): string[] => findings({ category: "reminder", locale, text }, "recipient-identification").map((finding) => finding.messageId!);
    expect(reminder("【示例金融】尊敬的用户，您的借款本期应还512元，还款日12月15日，请在示例金融App还款。客服95588。")).toEqual(["missingName"]);
    expect(reminder("【示例金融】亲，您的借款本期应还512元，还款日12月15日，请在示例金融App还款。客服95588。")).toEqual(["missingName"]);
    expect(reminder("【示例金融】您尾号2210的借款本期应还512元，还款日12月15日，请在示例金融App还款。客服95588。")).toEqual([]);
    expect(reminder("Example Lending: your payment of $129.00 is due Dec 12. Pay at example.com/pay or call 555-0140.", "en-US")).toEqual(["missingName"]);
    expect(reminder("Example Lending: Dana R., your payment of $129.00 is due Dec 12. Pay at example.com/pay or call 555-0140.", "en-US")).toEqual([]);
  });

  it("takes a full name in an English greeting or after the sender's name for the recipient, not a generic greeting", () => {
    const rest = "your loan ending in a balance of $310.00 is 20 days past due. Pay at example.com/pay or call 555-0142. Reply STOP to opt out.";
    for (const opening of ["Example Lending: Hi Dana O'Hara,", "Example Lending: Hello Marcus Lee,", "Example Lending: Dana Ruiz,", "Example Lending: Priya K. Shah,"]) {
      expect(roleFindings({ locale: "en-US", text: `${opening} ${rest}` }, "recipient-identification"), opening).toEqual([]);
    }
    for (const opening of ["Example Lending: Hi Valued Customer,", "Example Lending: Dear Account Holder,", "Legal Dept, Example Lending:", "Example Lending: Payment Due,", "Billing Team, Example Lending:"]) {
      expect(roleFindings({ locale: "en-US", text: `${opening} ${rest}` }, "recipient-identification"), opening).toEqual(["missingName"]);
    }
  });

  it("takes a creditor named mid-sentence for the sender, in Chinese and English", () => {
    const zh = { sender: "安信资产管理" };
    for (const text of [
      "王*芳，你欠安信贷¥3,200拖了两个月，请在App还款，客服95588。",
      "陈生，你欠咗宏达財務嘅錢已逾期20日，欠款HK$3,200，請經FPS還款，熱線3555 0101。",
      "王*芳女士，您在安信贷的借款应还1,200元，已逾期9天，请在App还款，客服95588。",
      "受安信贷委托，王*芳女士：您的借款应还1,200元，已逾期9天，请在App还款，客服95588。",
    ]) {
      expect(missingRoles({ ...zh, text }), text).not.toContain("creditor");
      expect(roleFindings({ ...zh, text }, "sender-identification").filter((id) => id === "missingName"), text).toEqual([]);
    }
    // A Cantonese or Mandarin opener before a colon names no one.
    for (const opener of ["提提你：", "請注意：", "紧要：", "特此通知："]) {
      expect(missingRoles({ ...zh, locale: "zh-HK", text: `${opener}陳生，貸款HK$1,200已逾期3日，請經FPS還款，查詢3555 0101。` }), opener).toContain("creditor");
    }
    expect(missingRoles({ ...zh, locale: "zh-HK", text: "宏達財務提提你：陳生，貸款HK$1,200已逾期3日，請經FPS還款，查詢3555 0101。" })).not.toContain("creditor");
    for (const text of ["王*芳，你欠款¥3,200拖了两个月，请在App还款，客服95588。", "王*芳，你欠的钱¥3,200拖了两个月，请在App还款，客服95588。", "王*芳女士，您在我司的借款应还1,200元，已逾期9天，请在App还款，客服95588。", "王*芳，你欠平台¥3,200拖了两个月，请在App还款，客服95588。"]) {
      expect(missingRoles({ ...zh, text }), text).toContain("creditor");
    }
    const en = { locale: "en-US", sender: "Harbor Point Recovery" };
    const rest = "Pay at hp.example/pay or call 555-0142. Reply STOP to opt out.";
    for (const text of [
      `Dana R., your unpaid QuickLend account ($310.00) is 20 days past due. ${rest}`,
      `Dana R., your Maple Card balance of $310.00 is 20 days past due. ${rest}`,
      `Dana R., $310.00 owed to Maple Finance is 20 days past due. ${rest}`,
      `Dana R., you owe Maple $310.00, 20 days past due. ${rest}`,
      `Dana R., $310.00 to Maple, 20 days past due. ${rest}`,
      `Dana R., everyone at QuickLend is waiting on your $310.00, 20 days past due. ${rest}`,
      `Dana R., we write on behalf of Maple Finance about $310.00, 20 days past due. ${rest}`,
    ]) {
      expect(missingRoles({ ...en, text }), text).not.toContain("creditor");
    }
    for (const text of [`Dana R., your Account balance of $310.00 is 20 days past due. ${rest}`, `Dana R., $310.00 is due Friday, 20 days past due. ${rest}`, `Dana R., pay $310.00 to Avoid more fees, 20 days past due. ${rest}`]) {
      expect(missingRoles({ ...en, text }), text).toContain("creditor");
    }
  });

  it("reads due today, code-mixed durations and time left unpaid as due information", () => {
    expect(missingRoles({ text: "【示例金融】王*先生，今天是您尾号2947的分期¥689.00的还款日，请在示例金融App还款，客服95588。" })).toEqual([]);
    expect(missingRoles({ locale: "zh-HK", text: "【示例金融】陳生，你筆貸款欠款HK$3,200已經overdue 12日，請經FPS還款，熱線3555 0101。" })).toEqual([]);
    expect(missingRoles({ text: "【示例金融】王*先生，您的借款应还689元已过期3天，请在示例金融App还款，客服95588。" })).toEqual([]);
    const us = (due: string): string => `Example Lending: Dana R., your $310.00 on loan ending 4417 ${due}. Pay at example.com/pay or call 555-0142. Reply STOP to opt out.`;
    for (const due of ["has been unpaid for 70 days", "was borrowed 3 weeks ago", "has sat ignored for two months", "is past due since Nov 28", "is a month late", "is 90+ days past due", "is 30-days delinquent", "has been overdue since March", "is over a year behind"]) {
      expect(missingRoles({ locale: "en-US", text: us(due) }), due).toEqual([]);
    }
    for (const due of ["is past due", "must be paid within 3 days to avoid a fee", "is in default"]) {
      expect(missingRoles({ locale: "en-US", text: us(due) }), due).toEqual(["due-date"]);
    }
  });

  it("reads tap to pay and message us in a push, a link sent on request, an automatic debit and a reply to this SMS", () => {
    const push = { locale: "en-US", channel: "push" };
    expect(missingRoles({ ...push, text: "Example Lending: $310.00 on loan ending 4417 is 5 days late. Tap here to pay, or message us." })).toEqual([]);
    expect(missingRoles({ ...push, text: "Example Lending: $310.00 on loan ending 4417 is 5 days late. Please pay soon, and don't text us." }).sort()).toEqual(["contact", "repayment-channel"]);
    // A collection push states what is owed, as a text does.
    expect(missingRoles({ ...push, text: "Example Lending: loan ending 4417 is 5 days late. Tap here to pay, or message us." })).toEqual(["amount-due"]);
    expect(missingRoles({ text: "【示例金融】王*先生，您的借款应还689元已逾期3天，回复“2”获取还款链接，客服95588。" })).toEqual([]);
    expect(missingRoles({ text: "【示例金融】王*先生，您的借款应还689元已逾期3天，请尽快处理，有疑问可直接回这条短信。" })).toEqual(["repayment-channel"]);
    expect(missingRoles({ text: "【示例金融】王*先生，您的借款应还689元已逾期3天，请尽快处理，请勿回复本短信。" }).sort()).toEqual(["contact", "repayment-channel"]);
    for (const debit of ["會喺你尾號5520嘅銀行戶口自動扣賬", "将从您尾号5520的银行卡自动划扣", "届时自动还款"]) {
      expect(missingRoles({ category: "reminder", text: `【示例金融】陈*明，您的借款本期应还689元，12月3日到期，${debit}。客服95588。` }), debit).toEqual([]);
    }
    expect(missingRoles({ category: "reminder", text: "【示例金融】陈*明，您的借款本期应还689元，12月3日到期，请按时还款。客服95588。" })).toEqual(["repayment-channel"]);
    const reminder = { locale: "en-US", category: "reminder" };
    expect(missingRoles({ ...reminder, text: "Example Lending: Dana R., $129.00 on loan ending 3011 is due Dec 12 and will be auto-debited from checking ending 5521. Questions: 555-0140." })).toEqual([]);
    expect(missingRoles({ ...reminder, text: "Example Lending: your $129.00 payment is due Dec 12." }).sort()).toEqual(["contact", "repayment-channel"]);
  });

  it("reads shorthand past due, the age of the debt, a dated debt event and a duration beside the amount as due information, not a deadline", () => {
    const us = (due: string): string => `Example Lending: Dana R., loan ending 4417, ${due}. Pay at example.com/pay or call 555-0142. Reply STOP to opt out.`;
    for (const due of ["$310.00, 45 days pd", "$310.00 at 90 DPD", "$310.00; this balance is 14 months old", "a 2-year-old debt of $310.00", "$310.00, last payment 2021", "$310.00, charged off in March 2023", "$310.00, defaulted on 4/2022", "$310.00 – 38 days", "$310.00 | 3 months"]) {
      expect(missingRoles({ locale: "en-US", text: us(due) }), due).toEqual([]);
    }
    for (const due of ["$310.00 - 10 days to pay", "$310.00, your last payment", "$310.00, sent 2024"]) {
      expect(missingRoles({ locale: "en-US", text: us(due) }), due).toEqual(["due-date"]);
    }
  });

  it("reads a labelled website, a coordinated pay verb and a draft on a date from the account as a repayment channel, not an opt-out link", () => {
    const us = (channel: string): string => `Example Lending: Dana R., $310.00 on loan ending 4417 is 20 days late. ${channel} Call 555-0142. Reply STOP to opt out.`;
    for (const channel of ["Pay: example-pay.com.", "Pay or set up a plan at example-pay.com.", "Online: example-pay.com.", "Payment link: example-pay.com."]) {
      expect(missingRoles({ locale: "en-US", text: us(channel) }), channel).toEqual([]);
    }
    expect(missingRoles({ locale: "en-US", text: us("To opt out of emails, link: example-prefs.com.") })).toEqual(["repayment-channel"]);
    const reminder = { locale: "en-US", category: "reminder" };
    expect(missingRoles({ ...reminder, text: "Example Lending: Dana R., $129.00 on loan ending 3011 will be withdrawn on Dec 12 from your checking ending 5521. Questions: 555-0140." })).toEqual([]);
  });

  it("takes a name the message says it is for or sets off by a dash for the recipient, not a group of customers", () => {
    const us = (opening: string): string => `Example Lending: ${opening} $310.00 on your loan is 20 days late. Pay at example.com/pay or call 555-0142. Reply STOP to opt out.`;
    for (const opening of ["Reminder for Dana Ruiz:", "Attn: Dana Ruiz.", "Just checking we reached the right person — Dana Ruiz, "]) {
      expect(findings({ locale: "en-US", text: us(opening) }, "recipient-identification").map((finding) => finding.messageId), opening).not.toContain("missingName");
    }
    expect(findings({ locale: "en-US", text: us("Notice for Example Customers:") }, "recipient-identification").map((finding) => finding.messageId)).toContain("missingName");
  });

  it("takes an account, loan, order or case number, or a tenant's unit, for the recipient, not a short count", () => {
    const us = (reference: string): string => `Example Lending: about ${reference}: $310.00, 20 days late. Pay at example.com/pay or call 555-0142. Reply STOP to opt out.`;
    for (const reference of ["acct 7731", "Acct 4471-B", "order #PF-40017", "case 88-2091", "Unit 9C", "apt 3"]) {
      expect(findings({ locale: "en-US", text: us(reference) }, "recipient-identification").map((finding) => finding.messageId), reference).not.toContain("missingName");
    }
    for (const reference of ["your account", "loan 12", "account 2.50"]) {
      expect(findings({ locale: "en-US", text: us(reference) }, "recipient-identification").map((finding) => finding.messageId), reference).toContain("missingName");
    }
  });

  it("takes the sender's name without its trade words for the sender, only while what is left still tells it", () => {
    const text = (opening: string): string => `${opening}: Dana R., $310.00 on loan ending 4417 is 20 days late. Pay at example.com/pay or call 555-0142. Reply STOP to opt out.`;
    expect(rules({ locale: "en-US", sender: "Bluefinch Credit Union", text: text("Bluefinch") })).not.toContain("sender-identification");
    expect(rules({ locale: "en-US", sender: "Bluefinch Lending, LLC", text: "Still waiting on that $310.00 for Bluefinch, Dana R. It is 20 days late. Pay at example.com/pay or call 555-0142. Reply STOP to opt out." })).not.toContain("sender-identification");
    expect(rules({ locale: "en-US", sender: "Fast Cash Loans", text: text("Fast reminder") })).toContain("sender-identification");
    expect(rules({ locale: "en-US", sender: "Bramblewood Installment Loans", text: text("BRAMBLEWOOD LEGAL DEPT") })).not.toContain("sender-identification");
    expect(rules({ locale: "en-US", sender: "Bluefinch Auto", text: "Still waiting on that $310.00 for Bluefinch, Dana R. It is 20 days late. Pay at example.com/pay or call 555-0142. Reply STOP to opt out." })).toContain("sender-identification");
    // The trade words are left off one at a time: what is left on the way counts, down to the shortest name that still tells.
    expect(rules({ locale: "en-US", sender: "Quick Cash Loans", text: text("Quick Cash") })).not.toContain("sender-identification");
    expect(rules({ locale: "en-US", sender: "Quick Cash Loans", text: text("Quick reminder") })).toContain("sender-identification");
    const tw = (name: string): string => `${name} 陳O宏先生：合約CY-66120本期3,150元已逾期10天，請至超商繳費。洽0800-255-321`;
    expect(missingRoles({ locale: "zh-TW", sender: "好周轉股份有限公司", text: tw("好周轉") })).toEqual([]);
    expect(missingRoles({ locale: "zh-TW", sender: "好周轉股份有限公司", text: tw("好") })).toEqual(["creditor"]);
  });

  it("takes a payment scheduled on a date from checking for the channel, not a payment merely scheduled", () => {
    const reminder = { locale: "en-US", category: "reminder" };
    expect(missingRoles({ ...reminder, text: "Example Lending: Dana R., your $88.00 installment (loan ending 0091) is scheduled for Mon 6/14 from checking ending 5521. Questions? Call 555-0140." })).toEqual([]);
    expect(missingRoles({ ...reminder, text: "Example Lending: Dana R., your $88.00 installment (loan ending 0091) is scheduled for Mon 6/14. Questions? Call 555-0140." })).toEqual(["repayment-channel"]);
  });

  it("takes the sender's name shouted in capitals for the sender, and txt us back for a contact", () => {
    expect(rules({ locale: "en-US", sender: "Harbor Loans", text: "HARBOR LOANS: DANA R., $310.00 ON LOAN ENDING 4417 IS 20 DAYS LATE. Pay at harbor.example/pay or call 555-0142. Reply STOP to opt out." })).not.toContain("sender-identification");
    expect(rules({ locale: "en-US", sender: "Harbor Loans", text: "ANCHOR BAY: DANA R., $310.00 ON LOAN ENDING 4417 IS 20 DAYS LATE. Pay at harbor.example/pay or call 555-0142. Reply STOP to opt out." })).toContain("sender-identification");
    expect(missingRoles({ locale: "en-US", text: "Example Lending: Dana R., $310.00 on loan ending 4417 is 20 days late. Pay at example.com/pay. Txt us back anytime. Reply STOP to opt out." })).toEqual([]);
  });
});

describe("disclosures as compliant messages write them, and their look-alikes", () => {
  it("reads the newer ways a push says tap to pay; a push naming no sender still opens its sender's app, and the sender rule reports the name", () => {
    for (const tap of ["Tap to make your first plan payment", "Tap to retry with another card"]) {
      expect(missingRoles({ locale: "en-US", channel: "push", text: `Example Lending: Dana R., loan ending 4417 is 5 days late ($80.00). ${tap}, or call 555-0142.` }), tap).toEqual([]);
      const unnamed = { locale: "en-US", channel: "push", text: `Dana R., a loan ending 4417 is 5 days late ($80.00). ${tap}, or call 555-0142.` };
      expect(missingRoles(unnamed), tap).not.toContain("repayment-channel");
      expect(rules(unnamed), tap).toContain("sender-identification");
    }
    for (const tap of ["點我一鍵繳款", "撳呢度即時還款"]) {
      expect(missingRoles({ locale: "zh-HK", channel: "push", text: `【示例財務】陳生，你貸款尾號4410今期HK$980已逾期2日，${tap}，查詢3555 0182。` }), tap).toEqual([]);
    }
  });

  it("reads a charge to a stated card, a draft on a day and a payee account after a transfer as the way to pay, not a complaint being drafted", () => {
    const reminder = { locale: "en-US", category: "reminder" };
    for (const debit of ["will be charged to card ending 3302 on 12/11", "will be drafted today"]) {
      expect(missingRoles({ ...reminder, text: `Example Lending: Dana R., your $24.99 installment on loan ending 4417 ${debit}. Questions? Call 555-0142.` }), debit).toEqual([]);
    }
    expect(missingRoles({ locale: "en-US", text: "Example Lending: Dana R., a complaint is being drafted about loan ending 4417 ($80.00, 40 days late). Call 555-0142. Reply STOP to opt out." })).toEqual(["repayment-channel"]);
    for (const account of ["请转至账户6230 5821 0047 3316 925", "结清账户6230 3312 0458 7761 902", "匯到示例帳戶 0550-7788-2210"]) {
      expect(missingRoles({ text: `【示例金融】王*先生，您的借款5,300元已逾期21天，${account}，客服95588。` }), account).toEqual([]);
    }
    expect(missingRoles({ text: "【示例金融】王*先生，您的借款5,300元已逾期21天，请尽快处理，客服95588。" })).toEqual(["repayment-channel"]);
    expect(missingRoles({ locale: "zh-TW", category: "reminder", text: "【示例融資】陳O宏先生，合約CY-66120本期3,150元將於12/12扣款，請確認郵局帳戶末4碼8702餘額充足。洽詢0800-255-321" })).toEqual([]);
    expect(missingRoles({ locale: "en-US", text: "Example Lending: Dana R., loan ending 4417, $890.00, 40 days late. It is easier to settle this balance by phone: 555-0142. Reply STOP to opt out." })).toEqual([]);
  });

  it("reads a pawnshop visit with the ticket, a store address and a payment website after 繳款 as the way to pay", () => {
    const tw = (channel: string): string => `【示例當舖】李先生，您當票號碼A0913之利息NT$600將於12月15日到期，${channel}，電話(04)2229-0571。`;
    for (const channel of ["請攜當票至本店或以店內帳戶轉帳繳息", "請攜當票及身分證來本舖（北河街）贖回", "繳款請至 pay.example.tw"]) {
      expect(missingRoles({ locale: "zh-TW", category: "reminder", text: tw(channel) }), channel).toEqual([]);
    }
    expect(missingRoles({ locale: "zh-TW", category: "reminder", text: tw("請準時處理") })).toEqual(["repayment-channel"]);
    expect(missingRoles({ locale: "en-US", category: "reminder", text: "Example Pawn: ticket #90376 (Dana R.) matures 10/17. Payoff $312.00; redeem or renew at 2210 Main St or call 555-0117." })).toEqual([]);
  });

  it("takes a name at a sentence start, after a shouted opener or a middle dot, and a bulleted tail, for the recipient", () => {
    const us = (who: string): string => `Example Lending: ${who} $310.00 is 20 days late. Pay at example.com/pay or call 555-0142. Reply STOP to opt out.`;
    for (const who of ["Please read. Dana Ruiz, your", "LAST CHANCE, Dana.", "acct ••1187:", "balance on EX-20417:"]) {
      expect(findings({ locale: "en-US", text: us(who) }, "recipient-identification").map((finding) => finding.messageId), who).not.toContain("missingName");
    }
    expect(findings({ locale: "en-US", channel: "push", text: "Example Lending · Dana, your $310.00 is 20 days late. Tap to pay or call 555-0142." }, "recipient-identification")).toEqual([]);
    for (const who of ["URGENT: Payment.", "Please read. Your", "Call Harbor."]) {
      expect(findings({ locale: "en-US", text: us(who) }, "recipient-identification").map((finding) => finding.messageId), who).toContain("missingName");
    }
    for (const who of ["您的信用贷款（末4碼0925）", "Siti，你嘅貸款", "你仲未還？李生，你嘅貸款"]) {
      expect(missingRoles({ locale: "zh-HK", text: `【示例財務】${who}HK$7,200已逾期40日，FPS 1345 7712，WhatsApp 6555 0164。` }), who).toEqual([]);
    }
  });

  it("reads a due time this afternoon, days left to the due day, the last payment's month and a span in default as due information", () => {
    for (const due of ["今期供款HK$1,630今日下午5時前到期", "今期供款HK$1,630，还有3天就到还款日", "欠款HK$1,630，最後一次繳款為103年5月"]) {
      expect(missingRoles({ locale: "zh-HK", text: `【示例財務】陳生，你合約尾號4418${due}，請經FPS（ID 1638842）繳付。查詢3555 0182。` }), due).toEqual([]);
    }
    expect(missingRoles({ locale: "zh-HK", text: "【示例財務】陳生，你合約尾號4418今期供款HK$1,630，優惠還有3天結束，請經FPS（ID 1638842）繳付。查詢3555 0182。" })).toEqual(["days-overdue"]);
    for (const due of ["in default for 14 months", "overdrawn by $346.12 for 45 days", "21 months since charge-off"]) {
      expect(missingRoles({ locale: "en-US", text: `Example Lending: Dana R., loan ending 4417, $346.12, ${due}. Pay at example.com/pay or call 555-0142. Reply STOP to opt out.` }), due).toEqual([]);
    }
    expect(missingRoles({ locale: "en-US", channel: "push", category: "reminder", text: "Example Lending · Dana, autopay of $86.40 from checking ending 1180 runs tomorrow. Chat with us in the app." })).toEqual([]);
  });

  it("takes where the money was borrowed, whose side writes and the one owed in Chinese numerals for the creditor, not a time or a school", () => {
    const cn = (opening: string): string => `王*，${opening}，逾期50天，请转至账户6230 5821 0047 3316 925，客服95588。`;
    for (const opening of ["借了青藤花1560元不还", "你在橙意贷那3800元还没还", "安泰那边的18460元还没处理", "你欠金橙的一万二千元"]) {
      expect(missingRoles({ sender: "", text: cn(opening) }), opening).toEqual([]);
    }
    for (const opening of ["你现在还欠3800元", "学校那边的助学贷款3800元", "你借了不到2000元"]) {
      expect(missingRoles({ sender: "", text: cn(opening) }), opening).toEqual(["creditor"]);
    }
  });

  it("reads a keyword reply put through to a person, WhatsApp me back and tap Help to message an agent as a contact, but not a number to pay into or a line that takes no replies", () => {
    const hk = (contact: string): string => `【示例財務】馮先生，你戶口尾號5561本月供款HK$2,890已逾期6日，${contact}。`;
    expect(missingRoles({ locale: "zh-HK", text: hk("請用FPS ID 1555 0321還款，有嘢WhatsApp返我") })).toEqual([]);
    expect(missingRoles({ locale: "zh-HK", text: hk("請即FPS 9555 0711清還") })).toEqual(["contact"]);
    expect(missingRoles({ locale: "zh-HK", text: hk("請用FPS ID 1555 0321還款。此號碼只作發送訊息之用，不設回覆") })).toEqual(["contact"]);
    expect(missingRoles({ locale: "zh-TW", text: "【示例資融】林先生，您的借款三十萬拖欠已一年多，請匯到示例帳戶 0555-2233-8819 戶名 黃*明。" })).toEqual(["contact"]);
    expect(missingRoles({ text: "【示例金融】马*强，逾期92天，欠7,905.20元。还款：示例金融APP；协商分期：回复「协商」转人工。" })).toEqual([]);
    expect(missingRoles({ locale: "en-US", channel: "push", text: "Example Lending: Sam, your minimum payment of $35.00 on card ending 4417 was due 5 days ago. Tap to pay now, or tap Help to message an agent." })).toEqual([]);
    expect(missingRoles({ locale: "en-US", category: "reminder", text: "Example Lending: Dana R., your payment of $88.00 on loan ending 4417 is due 6/18. Pay at example.com/pay. Do not reply to this message." })).toEqual(["contact"]);
  });

  it("reads Hong Kong messages with the CN and US packs' wordings as they are mended there: a line that takes no replies, or an FPS ID, is no contact", () => {
    const hk = (contact: string): string => `【示例財務】馮先生，你戶口尾號5561本月供款HK$2,890已逾期6日，請用FPS ID 1555 0321還款。${contact}`;
    expect(missingRoles({ locale: "zh-HK", text: hk("此號碼不接受回覆。") })).toEqual(["contact"]);
    expect(missingRoles({ locale: "zh-HK", text: hk("有問題請回覆。") })).toEqual([]);
    const en = (contact: string): string => `Example Lending: Ms Yip, HK$1,280 for your loan ending 4417 was due yesterday. Please pay by FPS ID 6620 1138.${contact}`;
    expect(missingRoles({ locale: "en-HK", text: en("") })).toEqual(["contact"]);
    expect(missingRoles({ locale: "en-HK", text: en(" Questions? Call 2555 0101.") })).toEqual([]);
  });

  it("takes the initials of a sender's name of three words or more for the sender, not of a shorter one", () => {
    const text = "HPCU: Hi Dana, your auto loan payment of $312.40 for acct ...0926 is due 6/14. Pay at hpcu.example/pay or at any branch. Questions? Call 555-0142.";
    expect(missingRoles({ locale: "en-US", sender: "Harbor Point Credit Union", text: `${text} Reply STOP to opt out.` })).toEqual([]);
    expect(missingRoles({ locale: "en-US", sender: "Harbor Point Lending", text: `${text.replace("HPCU:", "HPL:")} Reply STOP to opt out.` })).toEqual([]);
    expect(missingRoles({ locale: "en-US", sender: "Harbor Lending", text: `${text.replace("HPCU:", "HL:")} Reply STOP to opt out.` })).toEqual(["creditor"]);
  });

  it("takes a sender's initials only as a word of their own, not inside a longer word in capitals", () => {
    const text = "Hi Dana, your auto loan payment of $312.40 for acct ...0926 is due 6/14. Pay at hpcu.example/pay. Questions? Call 555-0142. Reply STOP to opt out.";
    for (const opener of ["HPCU:", "(HPCU)", "Msg from HPCU."]) {
      expect(missingRoles({ locale: "en-US", sender: "Harbor Point Credit Union", text: `${opener} ${text}` }), opener).toEqual([]);
    }
    for (const opener of ["HPCUX:", "XHPCU:", "HPCU2 PAYMENTS:"]) {
      expect(missingRoles({ locale: "en-US", sender: "Harbor Point Credit Union", text: `${opener} ${text}` }), opener).toEqual(["creditor"]);
    }
    // A way through a branch that goes on with a letter: not every way names the sender.
    expect(missingRoles({ locale: "en-US", sender: "Harbor Point Credit Union", text: `HPCU{% if late %}X{% endif %}: ${text}` })).toEqual(["creditor"]);
    expect(missingRoles({ locale: "en-US", sender: "Harbor Point Credit Union", text: `HPCU{% if late %} (late){% endif %}: ${text}` })).toEqual([]);
  });

  it("reads online support, replying to this number and chat with an advisor as a contact, not a reply to opt out", () => {
    for (const contact of ["有問題請洽線上文字客服", "转完截图回这个号码", "有问题点“我的-客服”"]) {
      expect(missingRoles({ text: `【示例金融】王*先生，您尾号8702的借款应还1,560元，已逾期3天，请转至账户6230 5821 0047 3316 925，${contact}。` }), contact).toEqual([]);
    }
    expect(missingRoles({ text: "【示例金融】王*先生，您尾号8702的借款应还1,560元，已逾期3天，请转至账户6230 5821 0047 3316 925，回这个号码退订。" })).toEqual(["contact"]);
    for (const contact of ["Tap to pay or chat with an advisor.", "Pay in the app or dial 611.", "Reply 2 for a pay link or 1 to talk to someone."]) {
      expect(missingRoles({ locale: "en-US", channel: "push", text: `Example Lending: Dana R., loan ending 4417 is 5 days late ($80.00). ${contact}` }), contact).toEqual([]);
    }
  });
});

describe("families of the nineteenth corpus's tuned half", () => {
  const cn = (middle: string, sign = "【示例金融】"): string => `${sign}王*先生，您尾号8702的借款应还1,560元，已逾期3天。${middle}`;
  const us = (middle: string): string => `Example Lending: Dana R., loan ending 4417 is 20 days late ($410.00). ${middle} Pay at example.com/pay or call 555-0142. Reply STOP to opt out.`;

  it("reads a payee account, a card to pay into and a payment code as where to pay, and a receipt sent to a number as a contact", () => {
    for (const channel of ["可以入數去 388-555-0917264，", "繳款：第一商銀 162-10-55803，", "还款请存入尾号3021信用卡，", "繳費代碼QD3317025，"]) {
      expect(missingRoles({ text: cn(`${channel}客服400-000-0000。`) }), channel).toEqual([]);
    }
    expect(missingRoles({ text: cn("请转账至 822-5550-1930-2281 并回传明细到0933-555-417。") })).toEqual([]);
    expect(missingRoles({ text: cn("请转账至 822-5550-1930-2281。") })).toEqual(["contact"]);
  });

  it("reads a line that says not to reply directly as no contact", () => {
    expect(missingRoles({ locale: "zh-TW", text: "【北辰銀行】翁O真您好，您信用卡(末四碼6620)應繳NT$4,870已逾期9天，請點擊 bc-bank.example/pay 完成繳款。本簡訊由系統自動發送，請勿直接回覆。" })).toEqual(["contact"]);
  });

  it("reads the creditor where the debt was taken and as the plaintiff, and the sender's account with it", () => {
    expect(missingRoles({ sender: "", text: "钱志远，星辰分期那3200你拖了快四个月，逾期118天。想解决就打17855503326，钱打到星辰分期APP里。" })).not.toContain("creditor");
    expect(missingRoles({ sender: "", text: "【某区人民法院】罗*强：原告惠邦消费金融诉你借款合同纠纷一案已受理，你借款逾期88天，欠款11,208元，请联系400-000-0000。" })).not.toContain("creditor");
    expect(missingRoles({ locale: "en-US", sender: "", text: "Mr. Delgado, acct #IT-3390 with Ironclad Title, $612 past due since 6/25. Pay at any Ironclad store or call Mike, 555-0155. Reply STOP to opt out." })).not.toContain("creditor");
  });

  it("reads a first name called out at a sentence's end as the recipient, not the name of the reader's relative", () => {
    const named = (text: string): Linter.LintMessage[] => findings({ locale: "en-US", text }, "recipient-identification").filter((finding) => finding.messageId === "missingName");
    expect(named("Example Lending: pay your balance, Andre. $340 is 2 weeks late. example.com/pay or 555-0107. Reply STOP to opt out.")).toEqual([]);
    expect(named("Example Lending: folks in Beatrice know your mom, Cheryl. $340 is 2 weeks late. example.com/pay or 555-0107. Reply STOP to opt out.")).toHaveLength(1);
    expect(named("Example Lending: $340 is 2 weeks late. Pay in person at 2210 Main St, Springfield. Or call 555-0107. Reply STOP to opt out.")).toHaveLength(1);
    expect(named("Example Lending: $340 is 2 weeks late. Pay at our office in Austin, Texas. Or call 555-0107. Reply STOP to opt out.")).toHaveLength(1);
  });

  it("reads a keyword reply worked out with the team as a contact, and a payment dropped at the sender's lot as where to pay", () => {
    expect(missingRoles({ locale: "en-US", text: "Example Lending: Mr. Ortiz, your $142.00 balance (acct 55021) has been unpaid since 3/28. Pay at example.com/55021 or reply PLAN to set up payments with our team. Reply STOP to opt out." })).toEqual([]);
    expect(missingRoles({ locale: "en-US", text: "Mr. Ruiz, acct 4417 is $200 past due since 3/28. Drop $200 at the lot by Friday. Call 555-0151. -Example Lending. Reply STOP to opt out." })).toEqual([]);
  });

  it("finds the shaming question, the step with no choice, what happens next, the wall online and the neighbours' flyer; not a page to follow", () => {
    expect(rules({ locale: "en-US", text: us("You were at the concert Saturday but can't cover this? Is this how you handle your responsibilities?") })).toContain("no-pressure-tactics");
    expect(rules({ locale: "en-US", text: us("Without payment by 5pm today, I'll have no choice but to call you again.") })).toContain("no-pressure-tactics");
    expect(rules({ locale: "en-US", text: us("Tell him Example Lending is looking for him. He knows what happens next.") })).toContain("no-threats");
    expect(rules({ locale: "en-US", text: us("Customers who ignore us end up on our Past Due Wall on Facebook and Instagram.") })).toContain("no-threats");
    expect(rules({ locale: "en-US", text: us("Your neighbors at Willow Creek Apts will be getting a flyer about this account.") })).toContain("no-threats");
    expect(rules({ locale: "en-US", text: us("Like our page on Facebook for budgeting tips.") })).not.toContain("no-threats");
  });

  it("reads a debit from a stated account or card, a payment by phone or on request, Spanish pague en and paying in store as where to pay", () => {
    const channel = (middle: string): string[] => missingRoles({ locale: "en-US", category: "reminder", text: `Example Lending: Omar, your installment of $146.90 on loan ending 3074 is due Fri 6/6. ${middle} Questions? Call 555-0166.` });
    for (const way of ["It is scheduled to debit from acct ending 3074.", "It comes out of your debit card ending 2290 tomorrow.", "Make your payment by phone.", "Reply PAY to pay with your card ending 6120.", "Pague en example.com/pagar.", "Pay or renew for $48.00 in store.", "Bring $146.90 by the lot."]) {
      expect(channel(way), way).toEqual([]);
    }
    expect(channel("It comes out of your paycheck, not ours.")).toEqual(["repayment-channel"]);
  });

  it("reads days late written in English in a Chinese-locale message, and in Spanish in a US one", () => {
    expect(missingRoles({ locale: "zh-HK", text: "【示例財務】Ms Maricel S., loan SR-33018 balance HK$3,150 is 28 days overdue. Pay via FPS ID 5529031 or call 3590 8870." })).toEqual([]);
    expect(missingRoles({ locale: "zh-HK", text: "【示例財務】Ms Maricel S., loan SR-33018 balance HK$3,150 is overdue. Pay via FPS ID 5529031 or call 3590 8870." })).toEqual(["days-overdue"]);
    const es = (late: string): string[] => missingRoles({ locale: "en-US", text: `Example Lending: Sra. Medina, su préstamo ending 3321 tiene $260.00 ${late}. Pague en example.com/p o llame al 855-555-0133. Reply STOP/PARA to opt out.` }).filter((role) => role === "due-date");
    expect(es("vencido hace 9 días")).toEqual([]);
    expect(es("con 57 dias de atraso")).toEqual([]);
    expect(es("vencido")).toEqual(["due-date"]);
  });

  it("reads Ho as a Hong Kong surname, not abuse", () => {
    expect(rules({ locale: "en-HK", text: "Example Lending: Ms Ho (card ending 8071), HK$2,150 was due on 28 Nov. Pay via the Example Lending app or call 2862 3311." })).not.toContain("no-abusive-language");
  });

  it("finds a visit sent to the reader's home, another way of dealing with them, and a harm undone only by paying within hours", () => {
    expect(rules({ text: cn("法院将于明日上午9时派员至您板桥住处查封动产。客服400-000-0000。") })).toContain("no-threats");
    expect(rules({ text: cn("App点立即还款，不然我们换个方式跟你聊。客服400-000-0000。") })).toContain("no-threats");
    expect(rules({ text: cn("您的案件已立案，如需撤案，请于明天12:00前将欠款转入我司账户6230 5821 0047 3316 925。客服400-000-0000。") })).toContain("no-pressure-tactics");
    expect(rules({ text: cn("为避免产生更多逾期费用，请尽快在App还款，客服400-000-0000。") })).not.toContain("no-pressure-tactics");
  });
});

describe("families of the twentieth corpus's tuned half", () => {
  const legal = (message: Message): boolean => rules(message).includes("no-false-legal-claims");
  const abusive = (message: Message): boolean => rules(message).includes("no-abusive-language");

  it("reads a capital and nothing but masks as a masked name, not a masked swear word; a masked word keeps a second letter", () => {
    expect(abusive({ locale: "en-US", text: "Brightpath: Ms. T*****, your $94.12 payment is due Monday. Pay at brightpath.example/pay or call 555-0181." })).toBe(false);
    expect(abusive({ locale: "en-HK", text: "Star Ocean Finance: TAM K* W*, your HK$2,150 due 12 Jul is 6 days overdue. FPS ID 1107 5563. Call 2555 0164." })).toBe(false);
    expect(abusive({ locale: "en-HK", text: "Regal Star Finance: Mr POON, loan RS-1907 of HK$15,800 is overdue since 12 Mar. FPS ID 1170 3309, tel 2555 0102." })).toBe(false);
    expect(abusive({ locale: "en-US", text: "Example Lending: you f*cking deadbeat, pay the $90. Call 555-0181." })).toBe(true);
    expect(abusive({ locale: "en-US", text: "Example Lending: you are a piece of s***, pay the $90. Call 555-0181." })).toBe(true);
  });

  it("reads the creditor named as a debt is talked of in speech", () => {
    const named = (text: string, locale = "zh-CN"): boolean => !missingRoles({ locale, sender: "", text }).includes("creditor");
    expect(named("哥们儿，欠快钱袋那四千五拖了俩月了，已逾期60天，还款打我155 5501 2690。")).toBe(true);
    expect(named("梁生，匯朗張卡 $21,600 你拖咗三個月喇。還款入匯朗App，有嘢打 5555 0128。", "zh-HK")).toBe(true);
    expect(named("陳大文，寶雲財務條數 $26,000 你拖咗成個月。FPS 5555 0177，有嘢打 2555 0177。", "zh-HK")).toBe(true);
    expect(named("李志明，CashGo嗰 $7,300 拖咗 17 日，App度還，有嘢打 2555 0177。", "zh-HK")).toBe(true);
    expect(named("陈*伟，你在橙易借的4600逾期19天了。App还款，客服400-555-0349。")).toBe(true);
    expect(named("zhang*wei 你欠yuanfan消金的钱拖了58天了，4600元。还款的事找我 155 5501 2690")).toBe(true);
    expect(named("吳先生：信豐銀行信用卡欠款 HK$64,930 已拖欠半年。FPS 1688 2043，查詢 5555 0166。", "zh-HK")).toBe(true);
    expect(named("【青桥区人民法院】快钱袋诉苏*借款合同纠纷一案已判决，欠款6,880元逾期30天，请于快钱袋App履行或致电155 5501 8890。")).toBe(true);
    // Generic words are no creditor: a loan platform, your bank card, a card of this kind.
    expect(named("你于2026年9月在网贷平台借款恶意逾期87天，金额8,900元，请致电155 5501 8890。")).toBe(false);
    expect(named("张*，您的借款8,900元已逾期87天，请用你的银行卡还款，致电155 5501 8890。")).toBe(false);
  });

  it("reads a sender's name of several words in lower case and the creditor of a debt written with its amount in words, not a single common word in lower case", () => {
    const named = (text: string, sender: string, locale = "en-US"): boolean => !missingRoles({ locale, sender, text }).includes("creditor");
    expect(named("lumen cash: jasmine t. loan 5120, $465, 33 days late. pay lumencash.example/pay or call 877-555-0194. Reply STOP to opt out.", "Lumen Cash")).toBe(true);
    expect(named("a quick note: jasmine t. loan 5120, $465, 33 days late. pay example.com/pay or call 877-555-0194. Reply STOP to opt out.", "Quick")).toBe(false);
    expect(named("a place to pay: jasmine t. loan 5120, $465, 33 days late. pay example.com/pay or call 877-555-0194. Reply STOP to opt out.", "Ace Cash")).toBe(false);
    for (const text of ["你个瓜娃子，米粒贷那四千多块钱逾期30天了，打028-6512-3087。", "张伟，拾光花的2,150欠了一个多月，逾期35天，打028-6512-3087。", "吳O德，宏昇的車貸兩期25,960逾期40天，打028-6512-3087。"]) {
      expect(named(text, "", "zh-CN"), text).toBe(true);
    }
  });

  it("reads a Hong Kong name written with the surname in capitals, an account holder, a first name opening the text and a Spanish greeting as the recipient", () => {
    const identified = (text: string, locale: string): boolean => !findings({ locale, text }, "recipient-identification").some((finding) => finding.messageId === "missingName");
    for (const name of ["Mr HO Siu Ming", "CHEUNG Ka Ho", "TAM K* W*", "Ms CHEUNG W* Y*"]) {
      expect(identified(`Example Finance: ${name}, your HK$2,150 due 12 Jul is 6 days overdue. FPS ID 1107 5563. Call 2555 0164.`, "en-HK"), name).toBe(true);
    }
    expect(identified("Example Finance: URGENT Pay Now, your HK$2,150 due 12 Jul is 6 days overdue. FPS ID 1107 5563. Call 2555 0164.", "en-HK")).toBe(false);
    expect(identified("Example Lending: verification for account holder Lena Moreno: balance $318.75, 120 days past due. Pay at example.com or call 555-0155. STOP to opt out.", "en-US")).toBe(true);
    expect(identified("Jerome this is Patrice w/ Example Lending. ur $1,280 acct is 94 days late. Call me 555-0193 or pay example.com/p. STOP to opt out.", "en-US")).toBe(true);
    expect(identified("Example Lending: Hola Rafael Ortiz, saldo $184.00, vencido desde 04/02. Paga en example.com o llama 555-0147. Reply STOP to opt out.", "en-US")).toBe(true);
  });

  it("reads where to pay, how to reach a person and the amount as these messages write them", () => {
    for (const text of ["欠示例金融的一萬二拖快兩個月了，逾期50天。今天匯到 中信 822-5555-6017-3301，有事打 0921-555-606。", "欠示例金融的三萬八拖兩個月矣，逾期60天。錢匯郵局 700-0005-5501-883，有代誌打 0921-555-606。"]) {
      expect(missingRoles({ locale: "zh-TW", text }), text).not.toContain("repayment-channel");
    }
    expect(missingRoles({ text: "【示例金融】张*，您的借款2,600元已逾期8天，请回复此短信获取还款方式。" })).not.toContain("repayment-channel");
    // A hotline after a word for paying is no account to pay into.
    expect(missingRoles({ locale: "zh-TW", text: "【示例金融】林O華，您的借款NT$5,200已逾期18天，匯款請洽 0800-555-931。" })).toContain("repayment-channel");
    for (const text of ["Example Lending: Carmen V., your $265.00 payment on loan #TT-6620 is due 6/10. Pay at the Alma St. store or call 555-0150.", "Example Lending: Jess K., the $35.00 minimum on card ending 5512 is due today. Payments made in the app by 8 PM ET post today. Questions? 555-0173."]) {
      expect(missingRoles({ locale: "en-US", category: "reminder", text }), text).toEqual([]);
    }
    expect(missingRoles({ locale: "en-US", text: "Hey Liz, Sam here from Example Lending. Balance is $230.00, went past due 4/3. If you want to split it in 3 just say so. Pay link: example.com/liz. STOP to opt out" })).toEqual([]);
    expect(missingRoles({ text: "示例金融：张*，你欠示例金融的4600元拖了58天了。还款的事找我 155 5501 2690" })).not.toContain("contact");
    expect(missingRoles({ locale: "zh-TW", text: "【示例金融】邱O倫先生，您的現金卡(末四碼7088)應繳NT$6,300已逾期20天。繳款請點 example.tw/pay。本號碼為系統發送，恕不受理回覆。" })).toEqual(["contact"]);
    expect(missingRoles({ locale: "en-US", category: "reminder", text: "Example Lending: Ms. T*****, your payment of ninety-four dollars and 12 cents is due Monday. Pay at example.com/pay or call 555-0181." })).toEqual([]);
  });

  it("finds the spouse, the reference and the employer told the debt is theirs, the visa and the stolen car, a court signing the message; not a lawsuit the contract allows or a right kept", () => {
    const third = (text: string, locale = "zh-CN"): boolean => legal({ locale, audience: "third-party", text });
    expect(third("【示例金融】赵太太您好，您丈夫赵*飞的借款已逾期21天。该笔属于夫妻共同债务，请督促其还款。")).toBe(true);
    expect(third("張太，你先生張國強喺示例財務嘅貸款 $31,000 已拖咗 70 日。你都有責任還，請盡快代佢清還。", "zh-HK")).toBe(true);
    expect(third("Example Lending: Mrs CHAN, under Hong Kong law spouses share this debt, so please settle it for him. Call 3555 0160.", "en-HK")).toBe(true);
    expect(third("Example Lending: you're listed as a reference for Devon Lowry. As his reference you can be held responsible if he doesn't pay. Call 555-0133.", "en-US")).toBe(true);
    expect(third("Dear Mrs Wong, your helper owes Example Lending HK$6,000. As her employer please deduct the amount from her salary this month. Call 3555 0160.", "en-HK")).toBe(true);
    expect(third("Sir, your maid owes Example Lending HK$9,200. We have already reported her to Immigration Department. Call 3555 0160.", "en-HK")).toBe(true);
    // A reminder that does not make the spouse owe it is no legal claim.
    expect(third("【示例金融】孙磊爱人您好，请转告孙磊尽快联系我们，客服400-000-0000。")).toBe(false);
    expect(third("Example Lending: Mrs. Fairley, please ask your husband to call us at 555-0190 about his account.", "en-US")).toBe(false);
    expect(legal({ text: "【示例汽车金融】夏*先生，您的车贷欠款8,420元已逾期52天。我司已报请交警部门将您的车辆列为盗抢车辆。请立即到App结清，咨询400-555-0388。" })).toBe(true);
    expect(legal({ locale: "en-HK", text: "High Court of the HKSAR: Writ of summons no. HCA 2231/2026 issued against you for debt owed to Example Finance. Call 3011 0000." })).toBe(true);
    expect(legal({ locale: "en-HK", text: "Example Finance: Mr HO, we filed a claim against you in the Small Claims Tribunal on 3 Jun 2025 (SCTC 14422/2025) for HK$18,640. Call 2555 0137." })).toBe(false);
    expect(legal({ locale: "en-HK", text: "Example Finance: Mr HO, your HK$18,640 is overdue since 15 Jan.\nSmall Claims Tribunal: SCTC 14422/2025, hearing on 3 Jun.\nCall 2555 0137." })).toBe(false);
    for (const step of ["如您选择长期不还款，我司保留通过诉讼追偿的权利。", "若於6/10前仍未處理，本平台將依借款契約代出借人向法院提起民事訴訟。"]) {
      expect(legal({ text: `【示例金融】贾*鹏，您的借款5,260元已逾期40天。${step}请在App还款或致电400-555-0349。` }), step).toBe(false);
    }
  });

  it("reads hours, a record that shows up somewhere, a visit the reader booked, a call in and contacts addressed as themselves as no threat; the threats beside them stay", () => {
    const us = (middle: string): string => `Example Lending: Dana R., loan ending 4417 is 60 days late ($410.00). ${middle} Pay at example.com/pay or call 555-0142. Reply STOP to opt out.`;
    expect(threat({ locale: "en-US", text: us("Call 555-0160 within 24 hrs to set up a plan.") })).toBe(false);
    expect(threat({ locale: "en-US", text: us("An unpaid default shows up on employer background checks.") })).toBe(false);
    expect(threat({ locale: "en-US", text: us("We will call your HR within 24 hrs.") })).toBe(true);
    expect(threat({ locale: "en-US", text: us("We will show your boss the balance.") })).toBe(true);
    expect(threat({ text: "【示例汽车金融】马*飞先生，您预约的展期协议上门签署已确认：5月8日10:00由我司两名专员到您指定的店铺办理。客服400-000-0000。" })).toBe(false);
    expect(threat({ text: "【示例汽车金融】马*飞先生，您的车贷已逾期30天，明天我司两名专员上门处理。客服400-000-0000。" })).toBe(true);
    expect(threat({ locale: "zh-HK", text: "【示例財務】林先生，你條數HK$8,420已經逾期27日。我哋明白可能有啲困難，打嚟傾下分期都得：3762 1180。" })).toBe(false);
    expect(threat({ locale: "zh-HK", text: "【示例財務】林先生，你條數HK$8,420已經逾期27日。再唔還，我哋上嚟你屋企傾下。" })).toBe(true);
    expect(threat({ audience: "third-party", text: "各位通讯录好友：陈东在示例金融借款5000元至今未还，谁能联系上他请让他还钱。" })).toBe(false);
    expect(threat({ text: "【示例金融】别装死了。今天18点之前不处理，你通讯录里的人一个不落全部通知到。" })).toBe(true);
  });

  it("reads an anti-scam notice quoting what scammers say as a warning, not a claim", () => {
    for (const text of ["【示例銀行 防詐提醒】近期有不法人士冒用本行名義發簡訊，內容如「再不還款即發布通緝」，並要求匯款。本行不會如此催收。", "示例防詐提醒：示例不會以「不還就爆你通訊錄」「已報警通緝」等方式催收。"]) {
      expect(legal({ locale: "zh-TW", category: "transactional", text }), text).toBe(false);
    }
  });
});

describe("look-alikes of threats and legal claims in compliant messages", () => {
  const us = (middle: string): string => `Example Lending: Dana R., loan ending 4417 is 20 days late ($410.00). ${middle} Pay at example.com/pay or call 555-0142. Reply STOP to opt out.`;

  it("reads a condition told by the missing payment as a condition, not as a denial of the threat after it", () => {
    for (const threat of ["If no payment is made we will tell your employer.", "If not paid today we will call your boss.", "Without payment by Friday we will contact your family.", "No payment today and we will tell your employer.", "In case of no payment we will tell your employer."]) {
      expect(rules({ locale: "en-US", text: us(threat) }), threat).toContain("no-threats");
    }
    for (const lawful of ["If no payment is due, we will not contact your employer.", "No payment information will be shared with your employer.", "We will resolve this without contacting your employer."]) {
      expect(rules({ locale: "en-US", text: us(lawful) }), lawful).not.toContain("no-threats");
    }
    // Any such condition, any deadline, any of these acts: a threat, and with the act denied, none.
    const condition = fc.constantFrom("If no payment", "If not paid", "Without payment", "In case of no payment", "If there is no payment");
    const deadline = fc.constantFrom("", " today", " by Friday", " by 5pm");
    const act = fc.constantFrom("tell your employer", "call your boss", "contact your family", "message your contacts");
    fc.assert(
      fc.property(condition, deadline, act, (when, by, what) => {
        expect(rules({ locale: "en-US", text: us(`${when}${by}, we will ${what}.`) })).toContain("no-threats");
        expect(rules({ locale: "en-US", text: us(`${when}${by}, we will still not ${what}.`) })).not.toContain("no-threats");
      }),
      { numRuns: 25 },
    );
  });

  it("reads the collector arriving, the place unsaid, as a consequence, not a file pulled up or a payment showing up", () => {
    for (const threat of ["Pay the $455 or we pull up.", "Let's talk before we come knock.", "Pay now or we start knocking on doors.", "Pay today or we'll come looking for you."]) {
      expect(rules({ locale: "en-US", text: us(threat) }), threat).toContain("no-threats");
    }
    for (const lawful of ["Have your account number ready before we pull up your file.", "It can take two days before your payment shows up."]) {
      expect(rules({ locale: "en-US", text: us(lawful) }), lawful).not.toContain("no-threats");
    }
  });

  it("reads a hard life or an accident held over the debtor as a threat, not a plan that eases it or an accidental late payment", () => {
    const cn = (middle: string): string => `【示例金融】王*先生，您尾号8702的借款应还1,560元，已逾期3天。${middle}还款请至示例金融APP，客服400-000-0000。`;
    for (const threat of ["再不还，车跟人都别想好过。", "再不还，有你好受的。", "拖下去你以后没好日子过。", "唔想有咩意外就早啲还。"]) {
      expect(rules({ text: cn(threat) }), threat).toContain("no-threats");
    }
    for (const lawful of ["您可申请延期还款，让您这段时间好过一些。", "如不想意外逾期，请开通自动还款。"]) {
      expect(rules({ text: cn(lawful) }), lawful).not.toContain("no-threats");
    }
  });

  it("reads the account handed to the field team as a threat of a visit, and to an outsourced collector as lawful", () => {
    const hk = (middle: string): string => `【示例財務】譚先生，你嘅貸款HK$19,820已逾期62日。${middle}轉數快ID：8832 0147，查詢：2555 0101。`;
    expect(rules({ locale: "zh-HK", text: hk("今晚12點前唔清，明早即交外勤部跟進。") })).toContain("no-threats");
    expect(rules({ locale: "zh-HK", text: hk("如仍未清還，賬戶將轉委外催收。") })).not.toContain("no-threats");
  });

  it("reads today's call as no deadline, but pay today or as one", () => {
    expect(rules({ locale: "en-US", text: us("As you asked on today's call, we will not call you at work.") })).not.toContain("no-pressure-tactics");
    expect(rules({ locale: "en-US", text: us("Pay today or we will call you at work.") })).toContain("no-pressure-tactics");
  });

  it("reads a scam quoted after a warning about fake texts as the scam's words, not the sender's", () => {
    const found = rules({ locale: "en-US", text: us('Heads-up: fake texts are telling members "pay today or you\'ll be arrested." That\'s not us.') });
    expect(found).not.toContain("no-false-legal-claims");
    expect(found).not.toContain("no-pressure-tactics");
    expect(rules({ locale: "en-US", text: us("Heads-up: pay today or you'll be arrested.") })).toContain("no-false-legal-claims");
  });

  it("reads repossession the contract allows as lawful, and an unqualified one as a claim", () => {
    expect(rules({ locale: "en-US", text: us("If it isn't paid by 10/24, we may repossess the vehicle as allowed under your contract.") })).not.toContain("no-false-legal-claims");
    expect(rules({ locale: "en-US", text: us("If it isn't paid by 10/24, we will repossess the vehicle.") })).toContain("no-false-legal-claims");
  });

  it("finds shaming questions however written, the employer told without a pronoun, and habits the collector's side sees", () => {
    const cn = (middle: string): string => `【示例金融】曹*，您尾号3380的借款3,900元逾期18天，${middle}示例金融APP还款，回电0571-5550-6115。`;
    expect(rules({ text: cn("你不要b脸的吗？") })).toContain("no-pressure-tactics");
    expect(rules({ locale: "en-US", text: us("How do you even sleep at night?") })).toContain("no-pressure-tactics");
    expect(rules({ locale: "en-US", text: us("Sleep on it and call us tomorrow.") })).not.toContain("no-pressure-tactics");
    expect(rules({ text: cn("明日将通知任职单位扣薪。") })).toContain("no-threats");
    expect(rules({ text: cn("逾期信息将报送信贷资料服务机构。") })).not.toContain("no-threats");
    expect(rules({ locale: "zh-HK", text: "【示例財務】鄭生，你每朝八點喺地鐵站出口買咖啡，我哋都見到。HK$6,420拖咗成個月，FPS 1555 0321，WhatsApp 5555 0127。" })).toContain("no-threats");
    expect(rules({ locale: "en-US", text: us("We know you leave the warehouse around 6 every evening.") })).toContain("no-threats");
  });

  it("reads 联系人 as the people told, not as telling them, and the police the reader may turn to as no claim", () => {
    const cn = (middle: string): string => `【示例金融】王*先生，您尾号1190的借款9,870.55元已逾期52天。${middle}还款可通过手机银行，咨询400-555-0366。`;
    expect(rules({ text: cn("您登记的紧急联系人信息请及时更新。") })).not.toContain("no-threats");
    expect(rules({ text: cn("再不还款我们将联系您的紧急联系人。") })).toContain("no-threats");
    expect(rules({ locale: "zh-HK", text: "【示例財務】提提你：近日有騙徒冒充本公司追數。陳先生，你尾數3106貸款欠款HK$12,880（已逾期35日），請經網上理財還款。如有懷疑，請致電2555 8000或向警方「防騙易」查詢。" })).not.toContain("no-false-legal-claims");
    expect(rules({ text: cn("我司已将您的情况移交警方处理。") })).toContain("no-false-legal-claims");
  });
});

describe("families of the twenty-first corpus's tuned half", () => {

  it("takes the amount owed, never a settlement's, a waiver's, a fee's or a range", () => {
    const amount = (text: string, locale = "zh-CN"): boolean => !missingRoles({ locale, text }).includes("amount-due");
    expect(amount("【示例金融】黄*强先生，您订单尾号9126已逾期80天，现可申请一次性结清减免，结清仅需3,200元。可在示例金融App办理，客服400-000-0000。")).toBe(false);
    expect(amount("【示例金融】許O安君，尾號2291帳款已逾期逾1年，本月可一次清償NT$68,000結案，請轉帳至示例銀行帳戶，洽(02)2511-7302。", "zh-TW")).toBe(false);
    expect(amount("【示例金融】黄*强先生，您订单尾号9126已逾期80天，欠款4,800元，现结清仅需3,200元。可在示例金融App办理，客服400-000-0000。")).toBe(true);
    expect(amount("【示例金融】韩先生，您合同尾号5528的借款已逾期23天，本息及合同约定罚息合计8,906.12元。请在示例金融App还款，客服400-000-0000。")).toBe(true);
    for (const text of ["Settle today for just $600!", "You can settle for a one-time payment of $1,950.", "A $10 late fee has been added.", "You're somewhere between $1,100 and $1,200 behind depending on fees."]) {
      expect(amount(`Example Lending: Rafael G., loan ending 4418 is 31 days behind. ${text} Pay at example.com/pay or call 555-0194. Reply STOP to opt out.`, "en-US"), text).toBe(false);
    }
    expect(amount("Example Lending: Rafael G., loan ending 4418 is 31 days behind on $1,200. Settle today for just $600! Pay at example.com/pay or call 555-0194. Reply STOP to opt out.", "en-US")).toBe(true);
    expect(amount("Dear Mr Ho Ka-wai, we have not received Example Finance's instalment of two thousand four hundred and sixty Hong Kong dollars, due 5 June. Pay at any branch or call 2555 0164.", "en-HK")).toBe(true);
  });

  it("reads a sign-off as a name, not the last sentence of a text", () => {
    const unnamed = (text: string): boolean => reports({ locale: "en-US", sender: "Lumen Cash", text }, "sender-identification");
    expect(unnamed("Jess K., your $45.00 payment on loan ending 5512 is due 6/10.\nTap to pay at example.com/pay or call 555-0173.")).toBe(true);
    expect(unnamed("Jess K., your $45.00 payment on loan ending 5512 is due 6/10. Pay at example.com/pay or call 555-0173.\nReply STOP to unsubscribe.")).toBe(true);
    expect(unnamed("Jess K., your $45.00 payment on loan ending 5512 is due 6/10. Pay at example.com/pay or call 555-0173.\n— Harbor Point Credit Union")).toBe(false);
    expect(unnamed("Jess K., your $45.00 payment on loan ending 5512 is due 6/10. Pay at example.com/pay or call 555-0173.\nRegards,\nLumen Cash Customer Care")).toBe(false);
  });

  it("takes the collector's own line and the account to pay into as the sender's, not the debtor's personal data", () => {
    const exposed = (text: string, locale = "zh-CN"): boolean => reports({ locale, text }, "pii-masking");
    expect(exposed("陳小姐您好，您積欠示例銀行之信貸NT$128,440已逾期97天。還款請轉入專戶（戶名：示例商業銀行），承辦人員手機0933-555-216。", "zh-TW")).toBe(false);
    expect(exposed("【示例金融】江*涛，逾期65天，欠款3,890元，App内还款，电话155-5508-1299。")).toBe(false);
    expect(exposed("陆先生，示例金融那笔3,245块拖了11天了，直接转到6217 5550 0033 1290（户名邹某）就行，微信同号155-5504-8812。")).toBe(false);
    expect(exposed("Example Lending: Luis Ortega, your title loan is 45 days past due ($688.00). Pay at any store or call your store manager at 602-555-0194.", "en-US")).toBe(false);
    expect(exposed("【示例金融】江*涛，逾期65天，欠款3,890元，您的联系电话15555081299已登记。")).toBe(true);
    expect(exposed("【示例金融】江*涛，逾期65天，欠款3,890元，你的手机15555081299已登记。")).toBe(true);
    expect(exposed("Example Lending: we tried calling you at 602-555-0194 about the $688.00 past due.", "en-US")).toBe(true);
  });

  it("reads Hong Kong surnames and places a profanity list holds as names", () => {
    for (const text of ["Dear Mr Tang Wai-lun, your HK$14,860 is in arrears. Call Example Finance on 2555 0164.", "Lok Fu Bank: Mrs Fok, your card ending 5610 is HK$2,300 overdue. Call 2555 7300."]) {
      expect(reports({ locale: "en-HK", text }, "no-abusive-language"), text).toBe(false);
    }
  });

  it("reads a bank's list of what it never says as a scam warning, whatever each item is", () => {
    const flagged = (message: Message): string[] => rules(message).filter((rule) => ["no-threats", "no-false-legal-claims", "no-pressure-tactics"].includes(rule));
    expect(flagged({ locale: "zh-HK", category: "transactional", text: "示例銀行提提你：本行及本行委託之收數公司絕不會要求你轉數到私人戶口，亦不會以「淋紅油」、「上門搵你」或「通知你公司」等說話威嚇客戶。如有懷疑請致電 3555 0182 核實。" })).toEqual([]);
    expect(flagged({ locale: "en-HK", category: "transactional", text: "Example Finance security notice: we will never text you that you face arrest, a court summons or a home visit over your card balance. Call 2555 0099 if in doubt." })).toEqual([]);
    expect(flagged({ locale: "en-US", category: "transactional", text: "Example Lending: We will never send anyone to your home, threaten jail, or ask you to pay with gift cards. Report suspicious texts to 1-855-555-0133." })).toEqual([]);
    expect(flagged({ locale: "en-US", text: "Example Lending: pay the $310 today. We will send someone to your home and you could face jail." })).not.toEqual([]);
  });

  it("does not read a sender signing its name in capitals as shouting", () => {
    const pressure = (text: string): boolean => reports({ locale: "en-US", category: "reminder", sender: "Sunbelt Auto Acceptance", text }, "no-pressure-tactics");
    expect(pressure("SUNBELT AUTO ACCEPTANCE: Mr. D. Greer, acct 6021 - $623.00 due 04/01. Pay at example.com or call 1-877-555-0117.")).toBe(false);
    expect(pressure("SUNBELT AUTO ACCEPTANCE: Mr. D. Greer, acct 6021 - $623.00 due 04/01. PAY NOW OR ELSE. Call 1-877-555-0117.")).toBe(true);
  });

  it("reads the sender's own name, shortened as the pack lets it, as the sender identifying itself to a third party", () => {
    const disclosed = (text: string, sender = "德衡信貸管理有限公司"): boolean => reports({ locale: "zh-HK", jurisdiction: "HK", audience: "third-party", sender, text }, "no-third-party-disclosure");
    expect(disclosed("德衡信貸管理：多謝你通知，呢個號碼已從我哋的紀錄刪除。")).toBe(false);
    expect(disclosed("德衡信貸：多謝你通知，呢個號碼已從我哋的紀錄刪除。")).toBe(false);
    // The debt words after the short name, and a short name that is nothing but the words matched, still disclose.
    expect(disclosed("德衡信貸：你朋友欠我哋錢未還，請叫佢致電2110 3080。")).toBe(true);
    expect(reports({ audience: "third-party", sender: "贷款中心", text: "您好，请转告陈先生，他的贷款请尽快处理，请致电95000。" }, "no-third-party-disclosure")).toBe(true);
  });

  it("reads a grown-up who cannot pay, or a small sum put as a question, as shaming", () => {
    const pressure = (text: string): boolean => reports({ locale: "en-US", text: `Example Lending: Keandra, $520 overdue since 5/1. ${text} Pay at example.com/pay. Reply STOP to opt out.` }, "no-pressure-tactics");
    expect(pressure("Grown woman can't pay back 500 bucks? Pathetic.")).toBe(true);
    expect(pressure("If you can't pay the full $520 today, call 555-0142 to set up a plan.")).toBe(false);
  });

  it("reads low monthly interest as a price of credit that needs an APR", () => {
    const apr = (text: string): boolean => reports({ locale: "en-US", category: "marketing", audience: "customer", text: `${text} Reply STOP to opt out.` }, "apr-disclosure");
    expect(apr("Example Lending: Get up to $5,000 for your car title today! Low monthly interest and you keep driving your car.")).toBe(true);
    expect(apr("Example Lending: Get up to $5,000 for your car title today! Low monthly interest, 89% APR, and you keep driving your car.")).toBe(false);
  });

  it("takes a repossession under the contract as lawful, a finance office as an authority, and wages docked at the lender's request as a false claim", () => {
    const legal = (message: Message): boolean => reports(message, "no-false-legal-claims");
    expect(legal({ locale: "zh-TW", text: "【示例租賃】蘇*銘先生：您車輛分期NT$31,560已逾期52天。依契約第12條，如於7月31日前仍未繳納，本公司得依約取回車輛並依法進行後續拍賣程序，取回前將另以書面通知。客服(07)2555-8800。" })).toBe(false);
    expect(legal({ text: "【示例金融】依合同约定，你名下所有账户明天将被冻结。" })).toBe(true);
    expect(legal({ category: "reminder", text: "【示例金融】尊敬的孙丽娟女士，您在示例消费金融办理的分期借款第7期应还款3,610.27元，到期日为6月8日。客服400-000-0000。" })).toBe(false);
    expect(legal({ text: "【示例金融】你的欠款已上报金融办，等待处理。" })).toBe(true);
    expect(legal({ locale: "zh-HK", audience: "third-party", text: "人力資源部負責人：貴公司員工陳大文先生拖欠示例財務貸款 HK$28,400，懇請貴公司於其薪金中代為扣除款項交回本公司。" })).toBe(true);
  });

  it("reads when a payment falls due, or since when it went unpaid, as these messages write it", () => {
    expect(missingRoles({ category: "reminder", channel: "push", text: "【示例金融】尾号2286借款3天后到还款日，应还¥1,530.00。去还款＞ ｜ 联系在线客服＞" })).toEqual([]);
    expect(missingRoles({ locale: "zh-TW", text: "【示例銀行】張○○君，您卡號末四碼2268之信用卡帳款新臺幣36,210元，自113年2月繳款截止日起迄今尚未繳納。請以虛擬帳號 8812-0457-7730-2268 繳款，客服(02)2555-0000。" })).toEqual([]);
  });

  it("reads the creditor named as the holder of the debt or as the one a collector acts for", () => {
    const named = (text: string, sender: string, locale = "zh-CN"): boolean => !missingRoles({ locale, sender, text }).includes("creditor");
    expect(named("陳小姐您好，您積欠樂匯銀行之信貸尚有NT$128,440未清償，已逾期97天。還款請轉入專戶，客服(02)2555-0000。", "", "zh-TW")).toBe(true);
    expect(named("欧阳*，拿了闪米借4,100块就跑路，逾期81天。App还款，有事打155-5509-4420。", "")).toBe(true);
    expect(named("匯誠追收（代永昇銀行）：邱先生，卡尾號 7730 欠款 $2,955.80，逾期 63 日。還款：永昇網上理財。主任 3555 2033。", "匯誠追收服務", "zh-HK")).toBe(true);
    expect(named("Re your Maple & Main Finance loan ending 7023, Mr. Li: $1,106.50 is now 75 days past due. Pay at example.com/pay or call 555-0186. Reply STOP to opt out.", "Granite State Recovery", "en-US")).toBe(true);
    expect(named("欧阳*，拿了钱就跑路，欠款4,100元逾期81天。App还款，有事打155-5509-4420。", "")).toBe(false);
  });

  it("reads a reply keyword for a call and a reply to this text as how to reach a person", () => {
    expect(missingRoles({ locale: "en-US", text: "Example Lending: Mr. Li, $1,106.50 on loan ending 7023 is now 75 days past due. Reply PLAN for a payment link or CALL and an agent will phone you. Reply STOP to opt out." })).toEqual([]);
    expect(missingRoles({ locale: "zh-TW", category: "reminder", text: "【示例資融】陳先生，機車分期第6期3,480元，下週一(3/11)到期，超商代碼FC77106311，有問題直接回這封簡訊就好👍" })).toEqual([]);
  });

  it("reads a report to immigration, someone close who should hear, and the other way as threats, not their look-alikes", () => {
    const threat = (text: string): boolean => reports({ locale: "en-US", text: `Example Lending: Tyrone, card 2208, $890, 70 days late. ${text} Call 1-888-555-0119. Reply STOP to opt out.` }, "no-threats");
    expect(threat("We have your immigration status on file and will report it to ICE if this stays unpaid.")).toBe(true);
    expect(threat("Maybe Pastor Evans should hear how you handle your obligations.")).toBe(true);
    expect(threat("Don't make us do it the other way.")).toBe(true);
    expect(threat("If you'd rather pay another way, we can take a card by phone.")).toBe(false);
    expect(threat("We may report it to the credit bureaus as the law allows.")).toBe(false);
  });

  it("reads things getting ugly, people getting hurt, a door painted red and a home or workplace known as menace, not their look-alikes", () => {
    const threat = (text: string, locale = "en-US"): boolean => reports({ locale, text }, "no-threats");
    expect(threat("Example Lending: Daniel P., $1,918.00 past due since 04/02. You don't want this to get ugly. Trust me. Call 555-0182.")).toBe(true);
    expect(threat("Example Lending: Kyle, $1,275.00 is 38 days past due. Keep dodging us and somebody's going to end up hurt. Call 555-0193.")).toBe(true);
    expect(threat("Example Lending: Kyle, $1,275.00 is 38 days past due. We don't want your credit to get hurt, so call 555-0193 for a plan.")).toBe(false);
    expect(threat("示例財務：黃生，你筆$18,500拖咗19日喇。你屋企門口嗰幅牆都幾白吓喎，唔知油返紅色會唔會旺啲😏 有嘢WhatsApp 6213 8845", "zh-HK")).toBe(true);
    expect(threat("張先生，你大里那間店面的鐵捲門顏色不錯，換成紅的應該更顯眼。示例金融這邊的帳NT$87,240你最好放在心上。", "zh-TW")).toBe(true);
    expect(threat("何生，我哋知道你住邊，示例財務嗰筆數今晚之前搞掂佢。", "zh-HK")).toBe(true);
    expect(threat("劉生，我哋知你喺觀塘巧明街嗰棟返工，lunch成日喺樓下茶記食飯。示例財務嗰 $3,600 拖咗 25 日，諗清楚先好。", "zh-HK")).toBe(true);
    expect(threat("【示例金融】我们知道你在外地上班很辛苦，可以申请分期，客服400-000-0000。")).toBe(false);
    expect(threat("最後警告，欠示例財務HK$4,600拖咗3個月，聽日唔見錢你自己負責。", "zh-HK")).toBe(true);
    expect(threat("【示例金融】我们已更新您登记的住址，如您搬家请告知客服400-000-0000。")).toBe(false);
    expect(threat("示例財務：黃生，你屋企門口嘅信箱已收到我哋寄出嘅結單，請查閱。查詢 2555 0100", "zh-HK")).toBe(false);
  });
});

describe("disclosures that every earlier corpus writes and the packs did not read", () => {
  it("takes how long in arrears, a span without payment, days past the due date, a month since and a default date as due information", () => {
    const en = (due: string, locale: string): string[] => missingRoles({ locale, text: `Example Lending: Mr Yeung, card ending 9081, HK$26,310 ${due}. Pay at example.com/pay or call 555-0101.` });
    for (const due of ["has been in arrears for 97 days", "2 months no payment", "3 months still playing dead", "21 days past the due date", "overdue since Aug 2026", "defaulted 02/2025"]) {
      for (const locale of ["en-US", "en-HK"]) expect(en(due, locale), `${locale}: ${due}`).toEqual([]);
    }
    expect(en("is overdue", "en-US")).toEqual(["due-date"]);
    for (const [due, locale] of [["（余额6,850.00元，自2019年4月起逾期）", "zh-CN"], ["，見你戶口由2月開始未有供款", "zh-HK"]] as const) {
      expect(missingRoles({ locale, text: `【示例金融】钟*华先生，您的借款${due}，欠款6,850元，请在示例金融App还款，客服400-555-0101。` }), due).toEqual([]);
    }
  });

  const channelMissing = (message: Message): boolean => missingRoles(message).includes("repayment-channel");

  it("takes a reply keyword to reach a person, a WeChat on the same number and the writer's own mobile for the contact", () => {
    const contactMissing = (message: Message): boolean => missingRoles(message).includes("contact");
    for (const [text, locale] of [
      ["【示例金融】郑同学，你的分期¥420.00逾期5天，示例金融APP还款，回复TD联系人工。", "zh-CN"],
      ["【示例金融】陆先生，你那笔车贷3,245块拖了11天了，直接转到6217 5550 0033 1290（户名示例金融）就行，微信同号155-5504-8812。", "zh-CN"],
      ["【示例財務】陳大文，條數 $26,000 你拖咗成個月，入 FPS 5555 0177（我手機）。", "zh-HK"],
    ] as const) {
      expect(contactMissing({ locale, text }), text).toBe(false);
    }
    expect(contactMissing({ locale: "en-HK", text: "Example Finance: Mr SZE, card a/c ending 6624, HK$3,920.50 overdue 42 days. Pay at example.com/pay. Reply 2 for an officer to call you back." })).toBe(false);
    expect(contactMissing({ text: "【示例金融】郑同学，你的分期¥420.00逾期5天，示例金融APP还款，回复TD退订。" })).toBe(true);
  });

  it("reads neither a notice word nor an email's subject line nor a first name from a team as the sender's name, and a bank's name without 商業 or 中心 as its name", () => {
    const unnamed = (message: Message): boolean => rules(message).includes("sender-identification");
    expect(unnamed({ locale: "en-HK", sender: "Example Finance", text: "Reminder: the overdue balance of HK$6,880 on loan ref ending 0831 has now been outstanding for 41 days. Call 3555 2210." })).toBe(true);
    expect(unnamed({ locale: "en-US", sender: "Example Lending", text: "Hi Jasmine, this is Carla from the accounts team. Your loan ending 3029 is 41 days late with $280.00 due. Call me at 702-555-0145. Reply STOP to opt out." })).toBe(true);
    expect(unnamed({ locale: "en-US", sender: "Example Lending", text: "Hi Jasmine, this is Carla from Example Lending. Your loan ending 3029 is 41 days late with $280.00 due. Call me at 702-555-0145. Reply STOP to opt out." })).toBe(false);
    expect(unnamed({ channel: "email", sender: "示例银行", text: "Subject: 关于您信用卡严重逾期的提示（尾号9903）\n\n蒋*先生：\n\n您的信用卡已逾期105天，欠款31,726.40元。请通过手机银行还款，热线4008-206-631。" })).toBe(true);
    expect(unnamed({ locale: "zh-TW", channel: "email", sender: "北辰商業銀行", text: "Subject: 信用卡繳款提醒\n\n持卡人 陳O明 您好：\n本期應繳金額NT$12,880，繳款截止日115/12/10。可於北辰銀行App、ATM或超商繳款；客服0800-021-688。" })).toBe(false);
    expect(unnamed({ channel: "email", sender: "安和银行信用卡中心", text: "蒋*先生：您的信用卡已逾期105天，欠款31,726.40元。请尽快通过安和银行APP或网点还款，协商热线4008-206-631。" })).toBe(false);
  });

  it("takes a creditor's designated account, a bank's account number, the card's own account and the balance to check as where to pay", () => {
    for (const [text, locale] of [
      ["【示例资产】郑O凯，你示例银行的卡款NT$41,075拖了快半年，要处理就回电02-5550-4470，或直接匯入永禾指定帳號末四碼0093。", "zh-TW"],
      ["【示例资产】受示例银行委託：林O華小姐，您信用貸款（末四碼2276）欠款NT$25,520，已逾期120天，請來電02-5555-0419確認後繳入示例銀行指定帳戶。", "zh-TW"],
      ["示例资产 通知何O軒：信用卡末四碼5579 NT$58,302，從去年8月拖到現在。晴川帳號117-001-88530-6，(02)2509-6687", "zh-TW"],
      ["【示例金融】尊敬的万*波：您的信用卡（尾号6135）已逾期100天，欠款31,206.80元，还款请存入该信用卡账户，专员0371-5550-2288。", "zh-CN"],
      ["【示例金融】尊敬的钱*先生：您名下经营贷（尾号2093）本期利息3,880.00元将于1月20日扣收，请于当日前存入尾号8871结算账户。客户经理 0571-5550-2288。", "zh-CN"],
      ["【示例金融】鄭*安，您信貸第9期NT$6,300將於4/25扣款，請確認示例帳戶（末碼0058）餘額，客服(02)2555-9090。", "zh-TW"],
      ["梁生，你示例財務嗰筆數HK$12,000拖咗兩個幾月，有咩困難覆我傾吓，回覆 Y 攞還款連結，查詢3555 2290。", "zh-HK"],
      ["示例財務：溫家樂先生，你尾號6640信用卡結欠HK$11,205已逾期33日。如要還款連結請回覆「Y」；想同職員傾請致電3555 2290。", "zh-HK"],
    ] as const) {
      expect(channelMissing({ locale, text }), text).toBe(false);
    }
    // The reader's own account number is not where to pay, nor is an account balance merely to watch.
    expect(channelMissing({ locale: "zh-TW", text: "【示例金融】林O華小姐，您的貸款帳號117-001-88530-6已逾期30天，欠款NT$25,520，客服(02)2555-9090。" })).toBe(true);
    expect(channelMissing({ text: "【示例金融】您的贷款（尾号8826）本月还款日为12月15日，欠款1,200元，请留意账户余额。客服400-555-2300" })).toBe(true);
  });

  it("reads the creditor in a Hong Kong debt's wording and a brand's Chinese part, so that its app is where to pay", () => {
    expect(channelMissing({ locale: "zh-HK", sender: "示例追收", text: "鄧生，你喺CashGo筆數 $8,150 拖咗快三個月，即刻上App還，查詢 5555 0128。" })).toBe(false);
    expect(channelMissing({ locale: "zh-HK", sender: "快批Cash", text: "李生，快批HK$3,500.00逾期6日，App自己還啦，查詢 5555 0128。" })).toBe(false);
    // An app nobody names is no way to pay.
    expect(channelMissing({ locale: "zh-HK", sender: "示例追收", text: "鄧生，你筆數 $8,150 拖咗快三個月，即刻上App還，查詢 5555 0128。" })).toBe(true);
  });

  it("takes a cashtag, a call to settle, a draft from an account, a retried card, a store and a push's Pay button as where to pay", () => {
    for (const text of [
      "Example Lending: Darnell, the $900 title loan is 3 weeks late. Send it to $ExampleCollects or call 555-0150.",
      "Example Lending: Ms. Lee, your $345.00 loan was due 8/1. Call 555-0150 to settle.",
      "Example Lending: R. Castillo, as you authorized by phone, we will draft $1,846.22 for your past-due September payment (loan ending 9183) from your checking account on 10/15. Questions? Call 555-0126.",
      "Example Lending: Sra. Gutierrez, we'll retry your minimum payment of $64.00 (41 days past due) on your debit card ending 5524 tomorrow. Questions: 1-888-555-0103.",
      "Example Lending: Ms. Pruitt, your $345.00 (loan ending 1047, due 8/1) can be paid at our Main St store. Questions: 555-0150.",
    ]) {
      expect(channelMissing({ locale: "en-US", text: `${text} Reply STOP to opt out.` }), text).toBe(false);
    }
    for (const text of ["Priya, $145.60 is due 11/20 on your loan ending 9930. Tap Pay, or tap Chat to reach our team.", "Priya, your $145.60 payment on loan ending 9930 is due in 3 days. Open the app to pay."]) {
      expect(channelMissing({ locale: "en-US", channel: "push", category: "reminder", text }), text).toBe(false);
    }
    expect(channelMissing({ locale: "en-US", text: "Example Lending: Ms. Lee, your $345.00 loan was due 8/1. Call 555-0150 to discuss. Reply STOP to opt out." })).toBe(true);
  });
});

describe("families of the twenty-second corpus's tuned half", () => {
  const missing = (message: Message, role: string): boolean => missingRoles(message).includes(role);

  it("reads neither end of a range of amounts, nor a phone number after 金額, as the amount owed", () => {
    expect(missing({ category: "reminder", text: "【示例银行】卫女士，您尾号8851的房贷将于7月5日扣款，本期月供预计在3,100元至3,200元之间，请确保账户余额充足，详询400-555-0155。" }, "amount-due")).toBe(true);
    expect(missing({ text: "【示例银行】郑先生，您尾号6120的贷款已逾期满30天，欠款大约在五千到六千元之间，请到网点柜台还款，客户经理0577-5550-8812。" }, "amount-due")).toBe(true);
    expect(missing({ locale: "zh-TW", text: "【示例融資】蔡*豪先生 您的車貸已逾期2期（自3/5起），正確金額請撥 02-2555-8800 或至App查詢。" }, "amount-due")).toBe(true);
    expect(missing({ text: "【示例银行】卫女士，您尾号8851的房贷本期应还3,100元，7月5日扣款，请确保账户余额充足，详询400-555-0155。" }, "amount-due")).toBe(false);
    expect(missing({ locale: "en-US", text: "Example Recovery for Example Bank: G. Ortiz, ref 55-8812 (charged off 06/2024). We're authorized to accept $600.00 to settle this account. Call 555-0102. Reply STOP to opt out." }, "amount-due")).toBe(true);
    expect(missing({ locale: "en-US", text: "Example Lending: G. Ortiz, loan ending 8812 is 40 days late; you owe somewhere around $3,000–$3,500 with fees. Call 555-0102. Reply STOP to opt out." }, "amount-due")).toBe(true);
    // A dash after an account number, a date after 到 and 不到 (less than) do not make a range.
    expect(missing({ locale: "en-US", text: "Example Lending: Tomas, acct ending 8812 — $340.00 due 11/30, now 3 days late. Pay at example.com/pay or call 555-0102. Reply STOP to opt out." }, "amount-due")).toBe(false);
    expect(missing({ text: "【示例金融】王*，您尾号2207的借款应还1,200元到12月1日截止，请在示例金融App还款，客服400-555-0155。" }, "amount-due")).toBe(false);
    expect(missing({ text: "【示例金融】王*，您尾号2207的借款还欠不到2,000元，已逾期5天，请在示例金融App还款，客服400-555-0155。" }, "amount-due")).toBe(false);
  });

  it("takes days left to the due day and the Cantonese overdue for due information, and a romanised surname and title for the recipient", () => {
    expect(missing({ category: "reminder", text: "【示例金融】冯*，距还款日仅剩1天，应还2,400元，示例金融APP-还款，客服400-555-0188。" }, "due-date")).toBe(false);
    expect(missing({ locale: "zh-HK", text: "ho小姐 你嘅示例財務貸款HK$6,120過咗期21日 請盡快入數 有咩打俾我 6555 0147" }, "days-overdue")).toBe(false);
    const unnamed = findings({ locale: "zh-HK", text: "ho小姐 你嘅示例財務貸款HK$6,120過咗期21日 請盡快入數 有咩打俾我 6555 0147" }, "recipient-identification");
    expect(unnamed.filter((finding) => finding.messageId !== "missingWrongRecipient")).toEqual([]);
  });

  it("takes a reply to the sender, a staff member's line and a chat with a person as the contact, and a keyword reply as the way to pay", () => {
    for (const [text, locale] of [
      ["罗*婷，你欠示例金融的2,150元逾期整整两个月了。想通了就在示例金融APP还上，回我这条也行。", "zh-CN"],
      ["毛姐，我是帮示例银行跟进信用卡的小吴，您尾号7731那张卡欠的两千零六十块拖了快一个月了，手机银行就能还，实在不方便您回我一下。", "zh-CN"],
      ["【示例银行】庞*根先生：您的农户贷款（借据尾号2207）已于4月30日到期，尚欠本息23,640元，请到东坝支行柜台办理还款。信贷员邢经理手机138-5550-2207。", "zh-CN"],
      ["示例信用卡：你有一筆 HK$1,120 最低還款額已過期 5 日（到期日 3月18日）。入 App >「信用卡」>「還款」即可繳付，或喺「聯絡我們」同客服對話。", "zh-HK"],
      ["【示例財務】周**先生（貸款尾號 7781）：本期供款 $2,780（到期日 5月28日）已逾期 4 日。回覆 PAY 即收還款連結；回覆 CALL 職員會喺辦公時間內致電。", "zh-HK"],
    ] as const) {
      expect(missingRoles({ locale, text }), text).toEqual([]);
    }
    expect(missing({ text: "你欠示例金融的2,150元逾期整整两个月了，App里就能还，打电话你不接，发消息你也一直不回我。" }, "contact")).toBe(true);
    expect(missing({ locale: "en-HK", category: "reminder", text: "Example Finance: Hi Mr Lui (loan GF-4470) – HK$2,700 due Mon 1 Dec. Reply QR for a payment QR code, or reply AGENT to speak to Ms Yu." }, "repayment-channel")).toBe(false);
    expect(missing({ locale: "en-US", text: "Buenos días Sr. Quintero. Example Title Loans: title loan 88-3107 is 19 days late, $604.00. Puede pagar en la tienda de Fresno. Llámenos al 555-0127. Responda PARA o STOP para no recibir textos." }, "repayment-channel")).toBe(false);
    expect(missing({ locale: "zh-TW", text: "郭*宏 先生：您積欠示例銀行信用卡帳款新臺幣83,116元，逾期已達7個月。請於115年5月8日前匯款至：示例資產管理股份有限公司 收款帳戶 013-555-0918-6620。聯絡電話：02-2555-6620" }, "repayment-channel")).toBe(false);
  });

  it("takes a reply keyword for a keyword, not a shout, and a payee's account for the sender's", () => {
    expect(reports({ locale: "zh-HK", text: "【示例財務】周**先生（貸款尾號 7781）：本期供款 $2,780 已逾期 4 日。回覆 PAY 即收還款連結。" }, "no-pressure-tactics")).toBe(false);
    expect(reports({ locale: "zh-HK", text: "【示例財務】周**先生（貸款尾號 7781）：本期供款 $2,780 已逾期 4 日。PAY NOW。" }, "no-pressure-tactics")).toBe(true);
    expect(reports({ locale: "zh-HK", text: "示例財務：你嘅貸款已逾期 37 日，尚欠 $6,120，請即入數至示例銀行 555-209921-001，入咗數 WhatsApp 收據去 5555 2391。" }, "pii-masking")).toBe(false);
  });

  it("accepts the STOP instruction in Spanish and an email footer's Unsubscribe, and reads Buenas tardes as a greeting", () => {
    const text = "Buenas tardes, Sra. Paredes. Example Title Loans: your title loan 88-2041 is 35 days late, $1,150.00. Pay at any Example store. Llámenos al 555-0127. Responda STOP o PARA para no recibir más textos.";
    const noOptOut = (message: Message): boolean => findings(message, "opt-out-instruction").some((finding) => finding.messageId === "missing");
    expect(noOptOut({ locale: "en-US", text })).toBe(false);
    expect(reports({ locale: "en-US", text }, "no-abusive-language")).toBe(false);
    expect(reports({ locale: "en-US", text: text.replace("Buenas tardes", "Listen, retard") }, "no-abusive-language")).toBe(true);
    const email = (footer: string): Message => ({ locale: "en-US", category: "marketing", audience: "customer", channel: "email", text: `Hi Tara,\n\nSplit any purchase over $50 into 4 payments. Shop now at example.com/shop\n\nExample Pay\n${footer}` });
    expect(noOptOut(email("Unsubscribe | Privacy"))).toBe(false);
    expect(noOptOut(email("Privacy"))).toBe(true);
  });

  it("finds the reader's contacts held liable, however the contract is cited", () => {
    expect(reports({ audience: "third-party", text: "【示例金融】您好，您是用户詹*的紧急联系人。根据借款协议，紧急联系人对其逾期借款承担连带担保责任，如其继续拖欠，我司将依法向您一并追偿。" }, "no-false-legal-claims")).toBe(true);
    expect(reports({ locale: "zh-TW", audience: "third-party", text: "王先生您好：您為吳小姐登記之緊急聯絡人，依契約約定，緊急聯絡人負有協助清償之義務。" }, "no-false-legal-claims")).toBe(true);
    expect(reports({ locale: "en-US", audience: "third-party", text: "Example Lending: You're listed as an emergency contact for Curtis Bell. Contacts on file may be reported to the credit bureaus as co-responsible for the balance. Call 1-888-555-0170." }, "no-false-legal-claims")).toBe(true);
    expect(reports({ audience: "third-party", text: "【示例金融】您好，这笔款项与您无关，您不承担任何还款责任。" }, "no-false-legal-claims")).toBe(false);
  });

  it("finds a last chance before the due day, hours counted down, a story that ends in 'you would not want this', and a group chat opened for the reader's people", () => {
    expect(reports({ category: "reminder", text: "【示例金融】最后机会！冯*，距还款日仅剩1天，应还2,400元。" }, "no-pressure-tactics")).toBe(true);
    expect(reports({ channel: "push", text: "【示例金融】李*：您的账户已逾期17天，距离案件移交第三方委外机构还剩19小时，请立即还款。" }, "no-pressure-tactics")).toBe(true);
    expect(reports({ locale: "zh-TW", text: "林先生 上禮拜也有個客人跟你一樣一直不接 後來我們同事直接去他公司樓下等他下班 你應該不想這樣吧" }, "no-threats")).toBe(true);
    expect(reports({ locale: "zh-HK", audience: "third-party", text: "Hello，你係李家豪登記咗嘅緊急聯絡人。佢再唔覆我哋電話，我哋會開個 WhatsApp group，拉埋你同佢其他朋友同事入去講清楚件事。" }, "no-threats")).toBe(true);
    expect(reports({ locale: "zh-HK", audience: "third-party", text: "Hello，你係李家豪登記咗嘅緊急聯絡人。佢喺示例財務借嘅 $26,000 已經拖咗三個月。" }, "no-third-party-disclosure")).toBe(true);
    expect(reports({ locale: "en-HK", audience: "third-party", text: "Mrs Cheng ur maid Dewi took 9k from us and now not answer phone. 6555 0199" }, "no-third-party-disclosure")).toBe(true);
  });

  it("finds an employer looped in, a public feed, wages docked by arrangement, a shaming habit and a claim of no approval ever again; a court's garnishment stays lawful", () => {
    const us = (text: string): Message => ({ locale: "en-US", text: `Example Lending: Mr. Baptiste, loan ending 7750 is 63 days late ($1,090.00). ${text} Call 555-0144. Reply STOP to opt out.` });
    expect(reports(us("We'd honestly rather not have to loop in HR at Dalton Logistics on this."), "no-threats")).toBe(true);
    expect(reports(us("Accounts this late go up on our public Late Payers feed on Instagram unless they're settled."), "no-threats")).toBe(true);
    expect(reports(us("A wage deduction has now been arranged under clause 9 of your loan agreement."), "no-false-legal-claims")).toBe(true);
    expect(reports(us("Your employer's payroll department will deduct the outstanding sum from your next salary payment."), "no-false-legal-claims")).toBe(true);
    expect(reports(us("You bought it, so you pay for it. Or do you make a habit of skipping out on bills?"), "no-pressure-tactics")).toBe(true);
    expect(reports(us("Deadbeats like u don't get approved for nothing ever again."), "no-false-credit-claims")).toBe(true);
    expect(reports(us("If we can't agree on a plan, we may refer the account to our attorneys, who could file a civil lawsuit; only a court could then order garnishment."), "no-false-legal-claims")).toBe(false);
  });
});

describe("families of the twenty-third corpus's tuned half", () => {
  const missing = (message: Message, role: string): boolean => missingRoles(message).includes(role);

  it("finds a threat to ring the borrower's people said with them first, or her office to a parent, and calls every day", () => {
    expect(reports({ text: "【示例金融】张*杰，你那笔1,880还打算拖多久？晚上你妈那边我们会打电话过去，让老人家帮你想想办法。" }, "no-threats")).toBe(true);
    expect(reports({ locale: "zh-HK", audience: "third-party", text: "【示例財務】李生你好，黃美玲而家欠$5,120兩個月冇還，麻煩你提下佢，唔係我哋每日都要打嚟搵你㗎喇。" }, "no-threats")).toBe(true);
    expect(reports({ locale: "en-US", audience: "third-party", text: "Example Lending: Mr. Cole, your daughter's loan payment is overdue. Please make sure she pays today, or tomorrow morning we start calling her office." }, "no-threats")).toBe(true);
    expect(reports({ text: "【示例金融】请转告家人放心，我们只会联系您本人，客服400-555-0100。" }, "no-threats")).toBe(false);
    expect(reports({ locale: "en-US", text: "Example Lending: we tried calling your work number on file; please call us back at 555-0100. Reply STOP to opt out." }, "no-threats")).toBe(false);
  });

  it("finds a workplace pointed at by its building, a child's school named, and papers sent to the workplace", () => {
    expect(reports({ locale: "zh-HK", text: "示例信貸：何生，你公司係咪觀塘鴻圖道嗰棟灰色大廈？我哋同事成日經過，好方便。$18,400已經逾期41日。" }, "no-threats")).toBe(true);
    expect(reports({ locale: "zh-HK", text: "示例信貸 Ken：何生，你個仔今年升中一啩？聽講讀緊黃大仙嗰間。做老豆嘅欠人$19,050唔還。" }, "no-threats")).toBe(true);
    expect(reports({ locale: "zh-HK", text: "【法務中心】曾X儀女士，閣下拖欠款項港幣23,600元已逾期97日。相關法律文件將同時寄往閣下住址及任職公司。" }, "no-threats")).toBe(true);
    expect(reports({ category: "reminder", text: "【示例银行】您尾号2207的信用卡本期应还1,200元，您公司楼下那间网点也可以办理还款，客服95555。" }, "no-threats")).toBe(false);
  });

  it("takes an employer asked to dock a month's pay, with or without the pronoun, for a false legal claim", () => {
    for (const [text, locale] of [
      ["贵公司人事部：贵司员工孙*丽拖欠示例银行信用卡欠款3,688.02元，现我方依法通知贵司自本月起从其工资中每月代扣1,000元，直至欠款清偿，请予配合。", "zh-CN"],
      ["致 祥達物流有限公司 人力資源部：貴公司員工何志強先生尚欠HK$19,050，現要求貴公司由其下月薪金中代扣上述款項並轉交本公司。", "zh-HK"],
      ["貴公司員工張*豪於本公司有機車分期欠款逾期未繳，麻煩貴公司人事協助轉達，並自本月薪資代扣5,380元匯入本公司帳戶。", "zh-TW"],
    ] as const) {
      expect(reports({ locale, audience: "third-party", text }, "no-false-legal-claims"), text).toBe(true);
    }
    expect(reports({ locale: "en-US", audience: "third-party", text: "Example Lending is writing about your employee Jasmine Cole. Under the wage assignment in her loan agreement, we ask that you withhold this amount from her next paycheck and remit it to us." }, "no-false-legal-claims")).toBe(true);
    expect(reports({ locale: "en-US", text: "Example Guaranty holds your defaulted federal student loan ending 5531 ($24,806.33). Federal law allows wage garnishment of up to 15% of your disposable pay for such a loan. Call 555-0100 to set up a repayment agreement." }, "no-false-legal-claims")).toBe(false);
    expect(reports({ locale: "en-HK", text: "Example Lending: Maria, ML-40517 is 3 weeks overdue. Our legal officer has already written to Immigration about you. If this is not settled your visa renewal will be refused." }, "no-false-legal-claims")).toBe(true);
  });

  it("reads a debt named to a relative, a card debt and a Hong Kong debt word, as disclosure to a third party", () => {
    for (const [text, locale] of [
      ["林媽媽您好，我是示例資產的陳專員。您女兒婷婷欠示例銀行的卡費兩萬多一直沒處理，打給她都不接。", "zh-TW"],
      ["何伯母你好，阿強最近又有筆數未搞掂，你叫佢覆下我哋電話啦。示例財務 Ken", "zh-HK"],
    ] as const) {
      expect(reports({ locale, audience: "third-party", text }, "no-third-party-disclosure"), text).toBe(true);
    }
  });

  it("takes a bank code's account for no phone, a card masked with x, the end of the month, and charges and drafts from a stated account", () => {
    expect(missing({ locale: "zh-TW", text: "吳先生，你的示例卡債已經逾期，要解除就趕快處理6,412元，轉帳(899)0110-7788-0088。" }, "contact")).toBe(true);
    expect(missing({ text: "【示例金融】孙*丽 卡尾2290 欠3612.45 逾58天 示例App/网点还 不收个人转账 询赵工027-555-0156" }, "contact")).toBe(false);
    expect(missing({ locale: "zh-HK", category: "reminder", text: "示例銀行：閣下信用卡（xxxx-xxxx-xxxx-6021）本期結單結欠HK$8,120.55，到期日4月25日。可經網上理財繳付。查詢2555 3000。" }, "recipient-name")).toBe(false);
    expect(missing({ locale: "zh-TW", category: "reminder", text: "示例銀行：周小姐您好，您信貸帳號末四碼6624本月應繳本息9,318元，繳款期限為本月底最後一個營業日。可於網路銀行繳納，洽詢(02)2555-9900。" }, "due-date")).toBe(false);
    expect(missing({ locale: "zh-HK", text: "示例信用卡：吳生，$4,200都未還，今個月底前 call 返 5555 0166 傾還款。" }, "days-overdue")).toBe(true);
    for (const text of [
      "Example Pay will charge $31.25 to your Visa ending 8820 tomorrow for your order. Need more time? Reschedule in Plans.",
      "Example Cash will collect your $150 advance + $4.99 express fee from your checking ending 7781 on payday (tomorrow). Need to move it? Tap Manage.",
    ]) {
      const roles = missingRoles({ locale: "en-US", category: "reminder", channel: "push", text });
      expect(roles, text).not.toContain("repayment-channel");
      expect(roles, text).not.toContain("due-date");
    }
    expect(missing({ locale: "en-US", category: "reminder", text: "Example Recovery: Robert, your plan payment of $385.68 (acct ending 6093) drafts 12/01 from checking ending 2245. Ms. Owens, 555-0126 x412." }, "repayment-channel")).toBe(false);
    expect(missing({ locale: "en-US", category: "reminder", channel: "email", text: "Subject: Your Example Visa statement is ready\n\nHi Kevin, your statement for the card ending 5510 is ready. New balance: $1,860.44. Payment due: the 25th of this month. Pay in online banking or at any branch. Member Solutions: 555-0115." }, "due-date")).toBe(false);
  });

  it("takes a brand's Mobile app, a menu in brackets, a QR code, a lender's account with its number, a balance asked after and a bare Tap to review as where to pay", () => {
    for (const [text, locale, channel] of [
      ["【示例銀行】譚永康先生：閣下循環貸款（帳戶尾號 5093）逾期款項港幣壹萬貳仟伍佰元正，已逾期十五日。請經示例Mobile還款，或致電 3555 2840 與職員商討還款安排。", "zh-HK", "sms"],
      ["示例分期：您尾号5841的分期已逾期2天，应还¥458.00。前往「我的-待还」完成还款，或在「我的-客服中心」转人工。", "zh-CN", "push"],
      ["甘先生，今天是还款日，系统刚才扣款没成功，应还3,088.20元，晚上10点前还会再扣一次，您看下尾号1452那张卡余额够不够，有问题给我打电话0532-5550-1452 —示例金融个贷 孟", "zh-CN", "sms"],
      ["Example Lending: Ms Ho, your loan ending 2248 is 3 wks overdue, $4,200. Please pay to Example Lending acc 012-555-77831-2 or call 6555 0183.", "en-HK", "sms"],
    ] as const) {
      expect(missing({ locale, channel, sender: locale.startsWith("zh") ? "示例金融" : "Example Lending", text }, "repayment-channel"), text).toBe(false);
    }
    expect(missing({ locale: "en-US", channel: "email", text: "Subject: Past-due notice for loan ending 2290\n\nDear Mr. Lindqvist, your $184.66 Example Lending payment due December 12 is 15 days past due. To pay, scan the QR code below. Questions: 555-0126." }, "repayment-channel")).toBe(false);
    expect(missing({ locale: "en-US", category: "reminder", channel: "push", text: "Example Pay: payment due in 2 days: $72.18. Tap to review." }, "repayment-channel")).toBe(false);
    expect(missing({ locale: "en-US", category: "reminder", channel: "push", text: "Example Pay: payment of $72.18 coming up on 5/2! Tap to review your plan." }, "repayment-channel")).toBe(true);
  });

  it("takes a tap to pay in an Indian, Kenyan or Philippine push as where to pay", () => {
    for (const [text, locale] of [
      ["Example Lending: Card XX8830 is 60 days overdue (Rs. 42,118). Tap to pay, or call 1800 102 4455.", "en-IN"],
      ["Example Lending: Rohit, PT-558201 ka ₹4,860 28 Nov se pending hai. Tap karke pay karein.", "en-IN"],
      ["Example Lending: Salim, KSh 760 ya mkopo AM-61008 imechelewa siku 9. Gusa kulipa.", "sw-KE"],
      ["Example Lending: G. Macaraeg, PHP 4,650 ang hulog mo (MC-80377), lampas na ng 9 araw. Isang tap mo lang para magbayad.", "fil-PH"],
    ] as const) {
      expect(missing({ locale, channel: "push", text }, "repayment-channel"), text).toBe(false);
    }
  });

  it("takes the day of the month, days past the due date, months without a cent and a charge in a few days as when it is due", () => {
    expect(missing({ category: "reminder", text: "【示例金融】尊敬的萧*先生，您尾号7012的贷款本月应还2,180.00元，还款日为15日，请确保扣款卡余额充足。客服400-555-0144。" }, "due-date")).toBe(false);
    expect(missing({ category: "reminder", text: "严先生 你好 提醒下你示例金融那笔借款后天要还了 一共2090 登陆示例金融app点还款就行 有问题直接回复我" }, "due-date")).toBe(false);
    expect(missing({ locale: "zh-HK", text: "示例信用卡：麥小姐，尾號 3345 嗰張卡 $3,760 過咗到期日 6 日，得閒經 App 或 PPS 找咗佢，有事打 3555 2200" }, "days-overdue")).toBe(false);
    expect(missing({ locale: "zh-HK", text: "示例財務：陳嘉儀，借錢嗰陣話一個月還，而家半年都未見過一蚊。欠款HK$16,500請即入回東港銀行 602-553120-001。" }, "days-overdue")).toBe(false);
    expect(missing({ locale: "en-US", category: "reminder", channel: "push", text: "Example Pay: Payment 3 of 4 ($37.50) for order #SPL-88213 will be charged to your debit card ending 0916 in 3 days. Need help? Chat with us in the app." }, "due-date")).toBe(false);
    expect(missing({ locale: "en-HK", text: "Example Lending: Ms Ho, ur card ending 2248 still hv $3,450 unpaid, about 2 mths overdue now. Pay by FPS 1605566 or call 5555 0166." }, "days-overdue")).toBe(false);
  });

  it("takes a five-digit account tail and a pawn ticket's No. as identifying the recipient", () => {
    const unnamed = (message: Message): Linter.LintMessage[] => findings(message, "recipient-identification").filter((finding) => finding.messageId === "missingName");
    expect(unnamed({ locale: "zh-TW", category: "reminder", channel: "push", text: "示例銀行｜信貸第18期應繳NT$8,932將於明日(6/5)自您約定帳戶(末五碼20417)自動扣繳，請留意餘額。" })).toEqual([]);
    expect(unnamed({ locale: "zh-TW", text: "【示例當舖】當票No.A08812：您質當之金飾一批(當金NT$20,000)滿當日為115/06/03，請於6/08前至本店贖回，洽04-2555-1180。" })).toEqual([]);
    expect(unnamed({ locale: "zh-TW", text: "【示例當舖】您質當之金飾一批(當金NT$20,000)滿當日為115/06/03，請於6/08前至本店贖回，洽04-2555-1180。" })).not.toEqual([]);
  });

  it("takes a meeting or visit the borrower asked for on the phone as no threat; the application's contacts and a condition stay threats", () => {
    for (const [text, locale] of [
      ["【示例金融】罗先生，按您昨日来电的要求，我司工作人员将于12月12日（周六）上午10点到您家中办理展期协议签署，涉及欠款7,486.00元。", "zh-CN"],
      ["【示例財務】馬先生，按你今日來電要求，我哋同事會於12月10日（星期四）下午3時喺尖沙咀分行同你會面，商討逾期57日嘅HK$18,300還款安排。", "zh-HK"],
      ["Example Finance: Ms So (a/c ***7719), as agreed on the phone today, our officer Mr Ip will come to your flat in Tsuen Wan on Saturday at 11am to sign the plan.", "en-HK"],
    ] as const) {
      expect(reports({ locale, text }, "no-threats"), text).toBe(false);
    }
    expect(reports({ text: "【示例金融】罗先生，按您昨日来电的要求，如果明天还不还款，我司工作人员将到您家中上门。" }, "no-threats")).toBe(true);
    expect(reports({ locale: "zh-TW", text: "【示例財務】周O安先生，您的借款NT$47,000已逾期183天。若本月底前仍未處理，我們將依您申請時提供的資料聯繫您的家人。" }, "no-threats")).toBe(true);
  });

  it("takes a sender's name without its trade words, or a partnership's initials, as the sender", () => {
    expect(missing({ locale: "zh-TW", category: "reminder", sender: "嵐山融資租賃", text: "[嵐山]張*豪 今日6/14第9期$5,380扣款失敗 請於今日內至全家FamiPort代碼繳費 洽04-2555-1180" }, "creditor")).toBe(false);
    expect(missing({ locale: "en-US", sender: "Harlan & Pike", text: "Derek. 4 months and not one dime on HP-20931. $1,140. Call 555-0133 to pay by card. Reply STOP to opt out. -H&P" }, "creditor")).toBe(false);
    expect(missing({ locale: "en-US", sender: "Harlan & Pike", text: "Derek. 4 months and not one dime on HP-20931. $1,140. Call 555-0133 to pay by card. Reply STOP to opt out. -HP" }, "creditor")).toBe(true);
  });
});

describe("veiled menace and shaming as every earlier corpus writes them", () => {
  const threat = (message: Message): boolean => rules(message).includes("no-threats");

  it("takes a deadline that earns a waiver, a debit retried tonight and a list of what the sender never asks for no pressure; a deadline with a consequence stays", () => {
    const pressure = (message: Message): boolean => rules(message).includes("no-pressure-tactics");
    expect(pressure({ locale: "en-US", text: "Example Pay: your $18.75 payment (order #77305) is 1 day late. Pay within 48 hours and we'll waive the $7 late fee. Pay at example.com/pay. Reply STOP to opt out." })).toBe(false);
    expect(pressure({ locale: "en-US", text: "Example Pay: your $18.75 payment (order #77305) is 1 day late. Pay within 48 hours or we close your account. Pay at example.com/pay. Reply STOP to opt out." })).toBe(true);
    expect(pressure({ locale: "zh-HK", text: "示例分期：Hi 何X恩，你張單HK$1,288尋日到期咗，今日還都唔會收遲還費㗎，打開示例App撳「還款」就得。" })).toBe(false);
    expect(pressure({ text: "【示例金融】孙*，您尾号7305的借款逾期第8天，应还888.30元，今日已尝试从绑定卡扣款未成功，今晚将再次尝试。" })).toBe(false);
    expect(pressure({ locale: "zh-TW", category: "transactional", text: "【示例融資】防詐提醒：本公司不會以LINE私訊要求您轉帳至個人帳戶，如有疑問請撥客服。" })).toBe(false);
    expect(pressure({ text: "【示例金融】孙*，您欠款888.30元逾期8天，今天不还，明天就上报。" })).toBe(true);
  });

  it("finds taunts: money for treats but not the debt, a broken word, a small sum not worth the fuss, a thick skin", () => {
    const pressure = (message: Message): boolean => rules(message).includes("no-pressure-tactics");
    for (const text of ["You had money for concert tickets last weekend but not for this?", "You had no trouble finding money for that Cancun trip, did you?", "Time for squats but not for your loan?", "What happened to your word?", "Do you even feel bad making us chase you?", "Most of our customers catch up within a week. Why is it so hard for you?", "94% of customers in your zip code paid on time last month. You were not one of them.", "Who buys sneakers they can't pay for?", "The nurses did their job, you can't do yours?"]) {
      expect(pressure({ locale: "en-US", text: `Example Lending: Leo, $120.00 on order ending 5102 is 21 days late. ${text} Call 555-0101. Reply STOP to opt out.` }), text).toBe(true);
    }
    for (const [text, locale] of [["一千出头的账拖了一个多月，至于吗？", "zh-CN"], ["三千多塊都不處理，你們家都不管的嗎？", "zh-TW"], ["拖了45天，臉皮是有多厚？", "zh-TW"], ["你那点脸还要不要了？", "zh-CN"], ["日日叫外賣飲奶茶就有錢，還錢就冇錢？", "zh-HK"]] as const) {
      expect(pressure({ locale, text: `【示例金融】毛*，欠款1,080元，${text}` }), text).toBe(true);
    }
    expect(pressure({ locale: "en-US", text: "Example Lending: Leo, $120.00 on order ending 5102 is 21 days late. If you had money set aside for this, you can pay in the app. Call 555-0101. Reply STOP to opt out." })).toBe(false);
    expect(pressure({ text: "【示例金融】毛*，您欠款1,080元，如有困难，我们可以为您制定还款计划，客服400-000-0000。" })).toBe(false);
  });

  it("finds harm left to the reader's step, skin, family, child or a scene, in Chinese", () => {
    for (const [text, locale] of [
      ["【示例金融】许*斌，你欠的6,200元逾期98天。晚上下班走那条小路，注意点脚下。", "zh-CN"],
      ["【示例金融】你皮最好繃緊一點。我們的人不一定會先打電話。", "zh-TW"],
      ["【示例金融】何*先生，现在不还没关系，等着吧。", "zh-CN"],
      ["【示例金融】您丈夫焦*欠我平台2,980元已逾期68天，拖得越久对你们家越没好处。", "zh-CN"],
      ["【示例金融】邹*峰先生，奉劝一句：别等到事情不可收拾的那一天再后悔。", "zh-CN"],
      ["【示例財務】聽朝10點前唔見錢，你公司同你屋企樓下就會見到我哋啲兄弟。", "zh-HK"],
      ["【示例財務】見到佢叫佢還錢，唔係成層樓都會好熱鬧。", "zh-HK"],
      ["【示例金融】听说你上周刚换了新工作？新同事应该还不知道你欠钱的事吧。", "zh-CN"],
      ["【示例資產】您覺得科長知道這件事會怎麼看您？需不需要我們幫您問問看？", "zh-TW"],
      ["【示例財務】陳生，你樓下大堂好乾淨喎，紅色油漆應該好襯。", "zh-HK"],
      ["【示例財務】Mr Wong，金鐘嗰座office我哋上過去睇過。", "zh-HK"],
      ["【示例金融】我们有本地同城号，粉丝不少，下周你的欠款视频就上线。", "zh-CN"],
      ["【示例財務】我哋嘅Facebook page有成萬個follower，下一篇post放邊個你自己諗下。", "zh-HK"],
      ["【示例資產】若仍聯繫不到您，本公司將請里長在里民LINE群組協尋。", "zh-TW"],
    ] as const) {
      expect(threat({ locale, text }), text).toBe(true);
    }
    for (const text of ["【示例金融】雨天路滑，出行请注意安全。您本月账单已出，请按时还款。", "【示例金融】逾期会影响征信，对您不好，请尽快还款。", "【示例金融】您的家人不会知道您的借款情况，我们严格保密。"]) {
      expect(threat({ text }), text).toBe(false);
    }
  });

  it("finds the reader's door, children or car admired or seen, visits that come back and contacts about to be messaged, in English", () => {
    for (const text of [
      "Our rep stopped by yesterday. Nice blue door. He'll be back Saturday.",
      "Nice door at Lok Fu Estate. Red would suit it better.",
      "Cute kids. Saw them at the bus stop on Maple this morning.",
      "Your boys get out of Maple Grove Elementary at 3:10, right?",
      "Expect visitors until he pays.",
      "We'd much prefer to settle this with you than go door to door on Pinecrest Ct.",
      "Call back if you want to keep your windows in one piece.",
      "Funny how things happen to cars in parking lots.",
      "GPS shows the car at 41 Oak Ave most nights.",
      "Looks like you're at Eastgate Mall today. Our team is close by.",
      "Your sister Dana is still listed as your reference. Honestly we'd rather settle this with you than bring her into it.",
      "Everybody at St. Michael's knows the Alvarez family. Let's keep it that way.",
      "This is the easy version of the conversation. The next one won't be.",
      "The longer this waits, the more people end up involved.",
      "We already sent a message to your cousin Luis. Your mother is next.",
      "Pay today or each of them gets a message about this loan tonight.",
      "Your contacts have been exported for collection outreach.",
      "Pay by tonight or don't come crying to me when it gets ugly.",
      "Your edited photos are ready. If it is not paid we send them to all your contacts.",
    ]) {
      expect(threat({ locale: "en-US", text: `Example Lending: Ms. Ortega, acct ending 3318, $1,027.60, 97 days overdue. ${text} Call 555-0101. Reply STOP to opt out.` }), text).toBe(true);
    }
    for (const text of ["Our team is close to finding a plan that works for you.", "We'd rather set up a plan than charge off the account.", "Thanks! Your new payment date is the 5th; we'll be back in touch next month."]) {
      expect(threat({ locale: "en-US", text: `Example Lending: Ms. Ortega, acct ending 3318, $1,027.60, 97 days overdue. ${text} Call 555-0101. Reply STOP to opt out.` }), text).toBe(false);
    }
  });
});

describe("lawful legal steps announced, and the false claims beside them", () => {
  const cn = (middle: string): string => `【示例金融】王*先生，您尾号8702的借款应还1,560元，已逾期30天。${middle}还款请用示例金融APP，客服400-000-0000。`;
  const us = (middle: string): string => `Example Lending: Dana R., loan ending 4417 is 40 days late ($410.00). ${middle} Pay at example.com/pay or call 555-0142. Reply STOP to opt out.`;
  const legal = (message: Message): boolean => rules(message).includes("no-false-legal-claims");

  it("reads a handover to the lender's own legal department as an internal step, in Chinese and in English", () => {
    for (const step of ["如仍未还款，将转法务部门处理。", "逾时即移送法務部門處理。", "若本月底前未还清，个案将转交法律部跟进。"]) {
      expect(legal({ text: cn(step) }), step).toBe(false);
    }
    for (const step of ["If it stays unpaid, the account goes to our legal department.", "Settle before it is sent to our legal team."]) {
      expect(legal({ locale: "en-US", text: us(step) }), step).toBe(false);
    }
    // The claim made in the legal department's name is still one.
    expect(legal({ text: cn("我司法务部已向您发出律师函。") })).toBe(true);
    expect(legal({ locale: "zh-HK", text: "【示例財務法務部】陳先生，你嘅合約（尾號4418）欠款HK$3,260已逾期55日，個案已轉交警務處商業罪案調查科跟進。查詢3555 0182。" })).toBe(true);
    expect(legal({ locale: "en-US", text: us("Our legal department has filed fraud charges against you.") })).toBe(true);
  });

  it("reads a suit the lender will bring or weigh if the debt stays unpaid as a lawful step, not a suit said to be filed", () => {
    for (const step of ["否则将提交诉讼。", "逾时将直接进入法律程序。", "若30日内仍无还款安排，我司将依法向合同约定的人民法院提起诉讼。", "如仍未处理，我司可能依合同约定向有管辖权的人民法院提起民事诉讼。", "逾期未结清，账户将移交诉讼部门评估。", "本案将退回委托方，由其决定是否依法起诉。"]) {
      expect(legal({ text: cn(step) }), step).toBe(false);
    }
    for (const claim of ["我司已对您提起诉讼。", "三天内不还款，我们就告你。", "您的案件已进入诉讼程序，法院将于近日开庭。"]) {
      expect(legal({ text: cn(claim) }), claim).toBe(true);
    }
  });

  it("reads a repossession the contract allows, a federal student loan's garnishment with a hearing and advice to see a lawyer as lawful", () => {
    for (const step of [
      "Under your hire purchase agreement we may repossess the vehicle if arrears exceed 60 days.",
      "If you do not cure, we may repossess the vehicle as the contract and Missouri law allow.",
      "The government may collect through administrative wage garnishment after sending you notice and an opportunity for a hearing.",
      "Your defaulted federal student loan is held by the U.S. Department of Education.",
      "You may want to speak with an attorney.",
      "If unresolved, we may refer it to an Ohio attorney, who would decide whether to file suit.",
      "We will mail a notice to the payroll department of your employer's head office only if you ask us to.",
    ]) {
      expect(legal({ locale: "en-US", text: us(step) }), step).toBe(false);
    }
    for (const claim of ["The Department of Justice has been notified.", "Administrative wage garnishment begins in 24 hrs.", "We will repossess your car tonight.", "Our attorney is preparing your file for court."]) {
      expect(legal({ locale: "en-US", text: us(claim) }), claim).toBe(true);
    }
  });

  it("finds an employer asked to withhold pay without an order and told it answers for the loan", () => {
    const employer = (middle: string): string => `To the payroll office at Northside Tire: your employee Andre Wilkes owes Example Lending $365.00. ${middle} Call 555-0122.`;
    expect(legal({ locale: "en-US", audience: "third-party", text: employer("Please begin withholding $100 per paycheck and remit it to us.") })).toBe(true);
    expect(legal({ locale: "en-US", audience: "third-party", text: employer("Failure to comply may expose your company to liability.") })).toBe(true);
    expect(legal({ locale: "en-US", audience: "third-party", text: employer("Your company could be held liable if he does not pay.") })).toBe(true);
  });
});

describe("personal data in any spacing", () => {
  const ID = "440305198807231815";
  /** A number with blanks or dashes put between some of its digits. */
  const spaced = (digits: string): fc.Arbitrary<string> =>
    fc.array(fc.constantFrom("", "", " ", "-"), { minLength: digits.length - 1, maxLength: digits.length - 1 }).map((gaps) => [...digits].map((digit, index) => digit + (gaps[index] ?? "")).join(""));

  it("reports a full ID, card or mobile number however it is grouped (property)", () => {
    for (const digits of [ID, "6225881234567890", "13917726655"]) {
      fc.assert(
        fc.property(spaced(digits), (number) => {
          expect(findings({ text: `【示例金融】号码 ${number} 已登记。` }, "pii-masking")).toHaveLength(1);
        }),
        { numRuns: 25 },
      );
    }
  });

  it("does not report masked numbers, tails, the sender's collection account or a service hotline", () => {
    for (const text of ["身份证4403**********1815", "手机138****2211", "尾号1234", "对公账户（户名：示例金融有限公司，账号1001 2345 6789 0123 456）", "客服4008-123-456"]) {
      expect(findings({ text: `【示例金融】${text}。` }, "pii-masking"), text).toEqual([]);
    }
  });

  it("reports a US SSN written with blanks, and the consumer's own phone number but not a toll-free line", () => {
    expect(findings({ locale: "en-US", category: "transactional", audience: "customer", text: "Example Lending: the SSN on file is 402 81 7756." }, "pii-masking")).toHaveLength(1);
    expect(findings({ locale: "en-US", category: "transactional", audience: "customer", text: "Example Lending: we updated the mobile number on your account to (415) 555-0132." }, "pii-masking")).toHaveLength(1);
    expect(findings({ locale: "en-US", category: "transactional", audience: "customer", text: "Example Lending: questions? Call the phone number 1-800-555-0199." }, "pii-masking")).toEqual([]);
    // The account a payment will be taken from is the reader's, whatever reference came before it.
    for (const text of ["Example Lending: autopay for contract ending 7781 will debit account 004417329018 at routing 111000025.", "Example Lending: loan #55812 will draft checking account 7720019934 on Friday."]) {
      expect(findings({ locale: "en-US", category: "transactional", audience: "customer", text }, "pii-masking"), text).toHaveLength(1);
    }
    expect(findings({ locale: "en-US", category: "transactional", audience: "customer", text: "Example Lending: autopay will debit the account ending 9018 on Friday." }, "pii-masking")).toEqual([]);
  });
});

describe("an implied price of credit", () => {
  const marketing = { category: "marketing", audience: "customer" };
  it("needs the annualised rate after a daily or monthly rate, low or free interest, or 'rates as low as'", () => {
    for (const text of ["【示例金融】低 息 贷 款，最高30万。拒收请回复R", "【示例金融】月平息低至0.18%。拒收请回复R", "【示例金融】首借30天免息。拒收请回复R", "【示例金融】利息8折优惠。拒收请回复R", "【示例融資】汽車免押借款，月付息1.2%起。拒收請回覆R", "【示例金融】按月付息，到期还本。拒收请回复R"]) {
      expect(findings({ ...marketing, text }, "apr-disclosure"), text).toHaveLength(1);
    }
    expect(findings({ ...marketing, locale: "en-US", text: "Example Lending: rates as low as 5.99% for qualified borrowers. Reply STOP to opt out." }, "apr-disclosure")).toHaveLength(1);
    // Rates said to be some percent lower than others'.
    for (const text of ["Example Auto: our refinance rates are 40% lower than most dealers'. Reply STOP to opt out.", "Example Auto: get 25% lower payments when you refinance. Reply STOP to opt out."]) {
      expect(findings({ ...marketing, locale: "en-US", text }, "apr-disclosure"), text).toHaveLength(1);
    }
    expect(findings({ ...marketing, locale: "en-US", text: "Example Auto: approvals 40% faster than most dealers. Reply STOP to opt out." }, "apr-disclosure")).toEqual([]);
  });

  it("is satisfied by an annualised rate, and not triggered by limits or speed alone", () => {
    expect(findings({ ...marketing, text: "【示例金融】實際年利率低至5.88%，最高借80万。拒收请回复R" }, "apr-disclosure")).toEqual([]);
    expect(findings({ ...marketing, text: "【示例金融】最高可借20万，最快当天放款。拒收请回复R" }, "apr-disclosure")).toEqual([]);
  });
});

describe("families of wording seen only in unseen text", () => {
  const en = (text: string, audience = "borrower"): Message => ({ locale: "en-US", audience, text });
  const fires = (rule: string, messages: Message[]): void => {
    for (const message of messages) expect(rules(message), message.text).toContain(rule);
  };
  const silent = (rule: string, messages: Message[]): void => {
    for (const message of messages) expect(rules(message), message.text).not.toContain(rule);
  };

  it("finds visits to the borrower's office, shop or village, and colleagues sent to call in passing", () => {
    fires("no-threats", [
      { text: "【示例金融】下周我们去你们公司办公室坐坐。" },
      { text: "【示例金融】过两天到你们厂里找你当面谈。" },
      { text: "【示例金融】月底去你村子走一趟，顺便问问你家里人。" },
      { locale: "zh-TW", text: "【示例金融】我們會到你們店裡找你聊聊。" },
      { locale: "zh-HK", audience: "third-party", text: "【示例金融】麻煩話俾佢知，唔覆就嚟你哋寫字樓搵佢。" },
      { text: "【示例金融】我司同事本周在您家附近办事，届时顺道拜访。" },
      { locale: "zh-TW", text: "【示例金融】本行同事將前往您的住所說明。" },
      { locale: "zh-HK", text: "【示例金融】下個禮拜會有同事過去搵你傾傾。" },
      { text: "【示例金融】我们的人已经在你公司附近了。" },
      { locale: "zh-HK", text: "【示例金融】我哋啲人而家喺你屋企樓下。" },
    ]);
    silent("no-threats", [
      { text: "【示例金融】您可以到我们任一门店办理还款。" },
      { text: "【示例金融】我们不会去你们公司，也不会联系你的同事。" },
      { text: "【示例金融】我司同事会致电您确认还款计划。" },
      { text: "【示例金融】您可在您家附近的营业网点办理还款。" },
    ]);
  });

  it("finds an offer to show the borrower's people something, and the collector saying it knows where they are", () => {
    fires("no-threats", [
      { text: "【示例金融】这份欠款清单，要不要拿给你爸妈看看？" },
      { locale: "zh-HK", text: "【示例金融】不如我哋發畀你屋企人睇下先？" },
      { locale: "zh-TW", text: "【示例金融】還是要我們寄給你老公過目？" },
      { text: "【示例金融】我们清楚你女儿在哪间幼儿园。" },
      { text: "【示例金融】我们已经查到你上班的地方了。" },
      { locale: "zh-HK", text: "【示例金融】我哋知你個仔喺邊間學校讀書。" },
      en("Example Lending: we know where u live, pay up."),
      en("Example Lending: funny thing, we know where ya work."),
      { locale: "zh-TW", text: "【示例金融】要不要把帳單拿給你主管看看？" },
      { text: "【示例金融】你几点下班我们都知道。" },
      en("Example Lending: we found out where you and your kids live."),
      en("Example Lending: we'd hate to explain your debt to your wife."),
      { locale: "zh-HK", text: "【示例金融】你啲街坊好快會知你欠錢。" },
      { locale: "zh-TW", text: "【示例金融】你公司同事遲早會知道。" },
      { locale: "zh-HK", text: "【示例金融】你間公司嘅人事部我哋已經聯絡咗。" },
    ]);
    silent("no-threats", [
      { text: "【示例金融】您可以和家人一起看看我们的延期方案。" },
      { text: "【示例金融】我们知道您最近可能遇到困难，可申请延期。" },
      { text: "【示例金融】我们有您登记的地址，账单将按该地址寄送。" },
      en("Example Lending: we know where to send your statements."),
      { locale: "zh-TW", text: "【示例金融】您的家人不會知道此事。" },
      { text: "【示例金融】您的家人会收到我们的节日问候。" },
      en("Example Lending: we will not discuss your account with your employer."),
    ]);
  });

  it("finds the debt made public on any platform or posted as a notice, but not the borrower's own posting", () => {
    fires("no-threats", [
      { text: "【示例金融】再拖就把你的欠款发到小红书上。" },
      { text: "【示例金融】我们会在网上公开你的身份证照片。" },
      { locale: "zh-TW", text: "【示例金融】我們會在Threads公布你的名字跟欠款。" },
      { text: "【示例金融】你再不处理，我们就在你们小区门口张贴告示。" },
      { text: "【示例金融】下周在你村口拉横幅。" },
      { text: "【示例金融】你的P图已经准备好了，随时群发。" },
      { locale: "zh-TW", text: "【示例金融】再不繳就在你們社區門口貼海報。" },
    ]);
    silent("no-threats", [
      { text: "【示例金融】你天天发朋友圈炫富，怎么就不还钱？" },
      { text: "【示例金融】请勿在网上公开您的验证码。" },
    ]);
  });

  it("finds a veiled warning that patience has run out, and a consequence left to the borrower", () => {
    fires("no-threats", [
      { text: "【示例金融】我们已经够给你面子了，再拖下去你自己掂量。" },
      { locale: "zh-HK", text: "【示例金融】我哋已經俾足面你，唔好再玩嘢。" },
      { text: "【示例金融】你自己想清楚后果。" },
      { locale: "zh-TW", text: "【示例金融】再不處理，後果請自負。" },
      { text: "【示例金融】不还的话，后果由你自己承担。" },
    ]);
    silent("no-threats", [{ category: "reminder", text: "【示例金融】逾期可能产生罚息，请您知悉。" }, { text: "【示例金融】感谢您一直以来的配合。" }]);
  });

  it("finds a deadline of hours followed by what the collector will do, in any script", () => {
    fires("no-pressure-tactics", [
      { text: "【示例金融】今晚12点前不转账，我们明天就去你公司。" },
      { locale: "zh-HK", text: "【示例金融】今日唔還，我哋聽日就打去你公司。" },
      { locale: "zh-TW", text: "【示例金融】請於今日內繳清，逾時將移送處理。" },
      en("Example Lending: respond within 3 hrs to avoid escalation."),
      en("Example Lending: you have 45 mins to call us back."),
      en("Example Lending: reply within the next two hours or we proceed."),
      en("Example Lending: PAY TODAY."),
    ]);
    silent("no-pressure-tactics", [
      { text: "【示例金融】您的还款日为今天，如已还款请忽略。" },
      { category: "reminder", text: "【示例金融】今日为还款日，请于23:59前完成还款。" },
      en("Example Lending: our office hours are 8 am to 6 pm.", "borrower"),
    ]);
  });

  it("finds shaming that turns on the family, age or being human, and not a flat complaint", () => {
    fires("no-pressure-tactics", [
      { text: "【示例金融】还要让你爸妈替你操心吗？" },
      { text: "【示例金融】都三十岁的人了，欠钱不还。" },
      { audience: "third-party", text: "【示例金融】你们做父母的就不管管？" },
      { locale: "zh-TW", text: "【示例金融】你到底還是不是人？" },
      en("Example Lending: what would your mother think if she saw this?"),
      en("Example Lending: your children deserve a parent who keeps promises."),
      en("Example Lending: what kind of example are you setting?"),
      en("Example Lending: your kids deserve better than a parent who hides from bills."),
      { text: "【示例金融】三十好几的人了，还赖账。" },
    ]);
    silent("no-pressure-tactics", [
      { text: "【示例金融】您的借款已逾期，我们多次联系未果。" },
      en("Example Lending: your family deserves peace of mind; ask about our hardship plan."),
    ]);
  });

  it("finds claims about other people's credit and borrowing, and a travel ban, but keeps factual reporting", () => {
    fires("no-false-credit-claims", [
      { text: "【示例金融】你老公以后买房贷款都批不到。" },
      { locale: "zh-HK", text: "【示例金融】連你屋企人供樓都會被拒。" },
      { text: "【示例金融】飞机高铁以后都会被限制。" },
      { locale: "zh-HK", text: "【示例金融】你嘅信貸一世都翻唔到身。" },
      en("Example Lending: your husband's credit is linked to yours, so he will feel it too."),
      en("Example Lending: late balances like this can hurt your own credit too.", "third-party"),
      { text: "【示例金融】这样下去你全家都借不到钱。" },
      { text: "【示例金融】你妈的征信也会被拉低。" },
      { locale: "zh-TW", text: "【示例金融】你再不還，你爸媽的信用也會被拖垮。" },
      en("Example Lending: your wife's credit is on the line too."),
    ]);
    silent("no-false-credit-claims", [
      { text: "【示例金融】您的逾期记录不会影响家人的贷款申请。" },
      { text: "【示例金融】逾期信息将于12月15日起依法报送征信机构。" },
      en("Example Lending: your credit is linked to your own payment history."),
      en("Example Lending: your credit score may fall if you pay late."),
      { text: "【示例金融】您的家人不会因此借不到钱。" },
      en("Example Lending: this account will not affect your credit in any way.", "third-party"),
    ]);
  });

  it("finds a debt put on a relative's head, process served by a deputy and a spelled-out insult", () => {
    fires("no-false-legal-claims", [
      { audience: "third-party", text: "【示例金融】他不还的话，这笔钱就记在你头上。" },
      { audience: "third-party", text: "【示例金融】这个账以后由你来还。" },
      { audience: "third-party", text: "【示例金融】这笔钱他还不上就由你负责。" },
      en("Example Lending: a sheriff's deputy will deliver papers to you at home."),
      en("Example Lending: we will serve you papers at your job on Friday."),
      en("Example Lending: an officer will be sent to your residence to deliver court documents."),
      en("Example Lending: your file has been flagged for criminal review."),
      en("Example Lending: skipping payments is being treated as theft of services."),
    ]);
    silent("no-false-legal-claims", [
      { audience: "third-party", text: "【示例金融】这笔欠款与您无关，您无需承担任何责任。" },
      en("Example Lending: our deputy manager will call you about a payment plan."),
      en("Example Lending: we may file a civil suit if we cannot agree on a plan."),
      { category: "transactional", audience: "customer", locale: "en-US", text: "Example Lending: protect yourself from identity theft; we never ask for your PIN." },
    ]);
    fires("no-abusive-language", [en("Example Lending: you are a l o s e r and everybody knows it.")]);
    silent("no-abusive-language", [en("Example Lending: A payment plan is available.")]);
  });

  it("finds a debt revealed to a third party by an amount, a loan or an unpaid balance in any script", () => {
    fires("no-third-party-disclosure", [
      { audience: "third-party", text: "【示例金融】他在我们平台借了5000一直没还，麻烦转告。" },
      { locale: "zh-HK", audience: "third-party", text: "【示例金融】你朋友欠咗我哋三千幾蚊。" },
      { audience: "third-party", text: "【示例金融】她的网贷拖了两个月，请让她联系我们。" },
      { audience: "third-party", text: "【示例金融】麻烦提醒你同事，他的账拖了一个多月了。" },
      { audience: "third-party", text: "【示例金融】你弟这笔钱一直还不上。" },
    ]);
    silent("no-third-party-disclosure", [{ audience: "third-party", text: "【示例金融】您好，请转告陈先生致电400-000-0000，谢谢。" }]);
  });
});

describe("disclosures however a sender writes them, and look-alikes that disclose nothing", () => {
  const cn = (body: string): string => `【示例金融】张*明，${body}请通过示例金融App还款，客服400-000-0000。如非本人请忽略。`;
  const hk = (body: string): string => `【示例財務】陳生，${body}請經示例財務App還款，查詢3555 1234。`;
  const en = (body: string): Message => ({ locale: "en-US", text: `Example Lending: Dana R., ${body} Pay at example.com/pay or call 555-0142. Reply STOP to opt out.` });

  it("reads how long a debt has gone unpaid however the span is written, and today or tomorrow as the due day", () => {
    for (const body of ["您的借款¥2,300已拖了快俩月，", "您那笔¥2,300欠了大半年了，", "您欠的2,300元已经超过二十天，", "今天係你借款¥2,300嘅最後還款日，", "您的借款¥2,300还款日为明天，", "您每月5号应还¥2,300，"]) {
      expect(missingRoles({ text: cn(body) }), body).toEqual([]);
    }
    // A day to pay before is a reminder's due date, and an overdue message's deadline, no due information.
    for (const body of ["您的借款¥2,300需在十二月二十日前还清，", "您的借款¥2,300须于本周五前还清，"]) {
      expect(missingRoles({ category: "reminder", text: cn(body) }), body).toEqual([]);
      expect(missingRoles({ text: cn(body) }), body).toEqual(["days-overdue"]);
    }
    for (const body of ["你筆HK$2,300已經40日未還，", "你筆HK$2,300拖咗成個月，", "你筆HK$2,300遲咗兩個禮拜，"]) {
      expect(missingRoles({ locale: "zh-HK", text: hk(body) }), body).toEqual([]);
    }
    // A deadline still to come is not how long the debt is overdue.
    expect(missingRoles({ text: cn("您的借款¥2,300请于3日内还清，") })).toEqual(["days-overdue"]);
    expect(missingRoles({ text: cn("您欠款¥2,300，还清后3个工作日内更新，") })).toEqual(["days-overdue"]);
    for (const body of ["your $310.00 is due by Friday.", "your $310.00 was due on 15 December.", "your $310.00 was due 2026-12-15.", "your $310.00 has been six weeks past due.", "40 days and $310.00 later, your loan ending 4417 is still open.", "you have ignored $310.00 for 72 days."]) {
      expect(missingRoles(en(body)), body).toEqual([]);
    }
    expect(missingRoles(en("your $310.00 must be paid within 10 days."))).toEqual(["due-date"]);
  });

  it("reads a date with the day or the ROC year first, a dotted date and last month as due information, but not a send date or an offer's end", () => {
    for (const body of ["您的借款¥2,300到期日为5/12/2026，", "您的貸款¥2,300繳款截止日115/12/05，", "您的借款¥2,300于12.05到期，", "您的借款¥2,300已于上月到期，"]) {
      expect(missingRoles({ text: cn(body) }), body).toEqual([]);
    }
    for (const body of ["本短信发送于12月5日，您的借款¥2,300尚未还清，", "减免优惠截止12月31日，您的借款¥2,300尚未还清，"]) {
      expect(missingRoles({ text: cn(body) }), body).toEqual(["days-overdue"]);
    }
    for (const body of ["your loan is 3 payments behind ($930.00).", "your balance of $ 310.00 was due 12/15/2026."]) {
      expect(missingRoles(en(body)), body).toEqual([]);
    }
    for (const body of ["your $310.00 is unpaid. The settlement offer expires Dec 31.", "this notice was sent on 12/01: your $310.00 is unpaid."]) {
      expect(missingRoles(en(body)), body).toEqual(["due-date"]);
    }
    expect(missingRoles({ locale: "en-US", text: "Example Lending: Dana R., $310.00 is 20 days past due. Pay at example.com/pay or call 1-800-LOAN-NOW. Reply STOP to opt out." })).toEqual([]);
  });

  it("reads a bare number owed or left unpaid, and amounts in words, as the amount, but not an account tail or a span", () => {
    for (const body of ["你欠3500拖了两周，", "宏达的2800逾期12天了，", "您的借款三千二百元已逾期12天，", "您的借款1.2万元已逾期12天，", "你那两千块拖了12天，"]) {
      expect(missingRoles({ text: cn(body) }), body).toEqual([]);
    }
    expect(missingRoles({ locale: "zh-HK", text: hk("宏達嘅2800仲未還，已經逾期12日，") })).toEqual([]);
    expect(missingRoles({ locale: "zh-TW", text: "【示例金融】陳O明，您的貸款US$420已逾期9天，請至示例金融App繳款，客服0800-555-000。" })).toEqual([]);
    expect(missingRoles({ text: cn("您尾号3321拖欠12天，") })).toEqual(["amount-due"]);
    expect(missingRoles({ text: cn("您的借款欠了3个月，") })).toEqual(["amount-due"]);
  });

  it("takes the one owed or the debt's holder for the creditor, and an emoji before a notice word for no sender", () => {
    const unsigned = (text: string): string[] => missingRoles({ sender: "示例金融", text });
    expect(unsigned("陈大文，欠宏达¥2,800拖了12天，请在宏达App还款，客服400-000-0000。")).not.toContain("creditor");
    expect(unsigned("陈大文，宏达的2800拖了12天，请在宏达App还款，客服400-000-0000。")).not.toContain("creditor");
    expect(unsigned("📣宏达金融：陈大文，您的借款¥2,800已逾期12天，请在宏达App还款，客服400-000-0000。")).not.toContain("creditor");
    expect(unsigned("🔔通知：陈大文，您的借款¥2,800已逾期12天，请尽快还款。")).toContain("creditor");
    expect(unsigned("陈大文，你欠款¥2,800拖了12天，赶紧还。")).toContain("creditor");
    const us = (text: string): string[] => missingRoles({ locale: "en-US", sender: "Example Lending", text: `${text} Dana R., $310.00 on loan ending 4417 is 20 days past due. Call 555-0142. Reply STOP to opt out.` });
    expect(us("Hi, this is Harbor Loans.")).not.toContain("creditor");
    expect(us("A reminder from Harbor Loans:")).not.toContain("creditor");
    expect(us("Hi, this is a reminder.")).toContain("creditor");
  });

  it("takes the app only from a sender the message names, a tap to pay from any push, and a transfer account, an automatic debit or a named app as the channel", () => {
    expect(missingRoles({ sender: "示例金融", text: "张*明，您尾号3321的借款已逾期12天，应还¥3,268.40，请登录App还款，客服400-000-0000。" })).toContain("repayment-channel");
    expect(missingRoles({ sender: "示例金融", text: "张*明，您在宏达金融的借款已逾期12天，应还¥3,268.40，请登录App还款，客服400-000-0000。" })).not.toContain("repayment-channel");
    for (const channel of ["请通过微信公众号“示例金融”还款", "请转账至以下账户：6222 0000 1111 2222 333 户名 宏达金融", "本期款项将自您尾号5508之帐户扣款", "将从您绑定的银行卡扣款"]) {
      expect(missingRoles({ text: cn(`您的借款应还¥2,300已逾期12天，${channel}，`).replace("请通过示例金融App还款，", "") }), channel).toEqual([]);
    }
    expect(missingRoles({ text: cn("您的借款应还¥2,300已逾期12天，请汇入指定账户，").replace("请通过示例金融App还款，", "") })).toEqual(["repayment-channel"]);
    expect(missingRoles({ locale: "en-US", channel: "push", text: "Example Lending: loan ending 4417 is 6 days late, $89.99 due. Tap to pay or message support in the app." })).toEqual([]);
    // A push comes from its sender's app: tapping it is the channel, named or not.
    expect(missingRoles({ locale: "en-US", channel: "push", text: "Heads up: a loan payment is 6 days late. Tap to pay or message support in the app." })).not.toContain("repayment-channel");
    expect(missingRoles({ locale: "en-US", channel: "sms", text: "Heads up: a loan payment is 6 days late. Tap to pay or message support in the app." })).toContain("repayment-channel");
  });

  it("takes an unsubscribe or preferences link for an email opt-out, and never for where to pay", () => {
    const email = (closing: string): Message => ({ locale: "en-US", channel: "email", text: `Dear Ms. Ruiz,\nExample Lending has not received your payment of $412.00 due November 3 (loan ending 2231). Call us at (555) 010-2290 to talk it over.\n${closing}` });
    for (const closing of ["To stop receiving these emails, update your preferences at example.com/prefs.", "If you no longer wish to receive emails from us about this loan, click here: example.com/email-settings", "Don't want these emails? Manage your email preferences at example.com/account/notices.", "You can opt out of these emails at any time by replying with the word STOP."]) {
      expect(findings(email(closing), "opt-out-instruction"), closing).toEqual([]);
      expect(missingRoles(email(closing)), closing).toEqual(["repayment-channel"]);
    }
    expect(findings(email("Thank you."), "opt-out-instruction")).toHaveLength(1);
    const sms = (closing: string): Message => ({ locale: "en-US", text: `Example Lending: Dana R., $310.00 on loan ending 4417 is 20 days past due. Pay at example.com/pay or call 555-0142. ${closing}` });
    // Another carrier keyword opts out (the rule still suggests the canonical STOP).
    const missing = (closing: string): Linter.LintMessage[] => findings(sms(closing), "opt-out-instruction").filter((finding) => finding.messageId === "missing");
    for (const closing of ["Reply END to stop these texts.", "Text QUIT to opt out.", "Reply CANCEL to stop."]) {
      expect(missing(closing), closing).toEqual([]);
    }
    expect(missing("Reply HELP for help.")).toHaveLength(1);
    // A marketing text's refusal keyword, quoted or with another letter, in Traditional wording.
    const marketing = (closing: string): Linter.LintMessage[] =>
      findings({ locale: "zh-TW", category: "marketing", audience: "customer", text: `【示例金融】信貸專案年利率3.5%起，總費用年百分率3.9%起，詳洽0800-555-000。${closing}` }, "opt-out-instruction").filter((finding) => finding.messageId === "missing");
    for (const closing of ["如欲取消接收推廣訊息，請回覆「STOP」", "拒收請回覆N", "退訂請回覆T", "如不欲收到請回覆N", "不想再收到推廣請回覆T"]) {
      expect(marketing(closing), closing).toEqual([]);
    }
    expect(marketing("謝謝。")).toHaveLength(1);
  });

  it("takes a number after any verb of calling, a Hong Kong mobile that is not the reader's, a chat account or in-app support for the contact", () => {
    const noContact = "【示例金融】张*明，您的借款¥2,300已逾期12天，请通过示例金融App还款";
    for (const contact of ["，请速電0912-555-871。", "，請電 0912 555 871。", "。6555 0101", "，LINE官方帳號：@example_help。", "，有问题可在App里找客服。"]) {
      expect(missingRoles({ text: noContact + contact }), contact).toEqual([]);
    }
    expect(missingRoles({ locale: "zh-HK", text: `${noContact}，你登記嘅手提9555 8812已停用。` })).toEqual(["contact"]);
    // A LINE handle straight after the app's name, a person in the app's chat.
    for (const contact of ["，或LINE@example_help洽詢。", "，客服LINE官方帳號@example。", "，或用App內「即時對話」搵職員。", "，可以喺App搵真人傾。"]) {
      expect(missingRoles({ text: noContact + contact }), contact).toEqual([]);
    }
    expect(missingRoles({ text: `${noContact}，本號碼不接受回覆。` })).toEqual(["contact"]);
  });

  it("takes a virtual account or a debit from the reader's checking for the channel", () => {
    expect(missingRoles({ locale: "zh-TW", text: "【示例金融】陳O明，您的貸款NT$3,800已逾期9天，可透過永信銀行虛擬帳號繳納，客服0800-555-000。" })).toEqual([]);
    const reminder = { locale: "en-US", category: "reminder" };
    expect(missingRoles({ ...reminder, text: "Example Lending: Dana R., $91.25 is due Dec 14 on loan #77120. We'll debit your checking ending 2208 that day. Questions: 555-0142." })).toEqual([]);
    expect(missingRoles({ locale: "en-US", text: "Example Lending: Dana R., pay the $96.50 on loan ending 2281 today in the app. Call 555-0142. It has been 20 days past due. Reply STOP to opt out." })).toEqual([]);
  });

  it("does not take a greeting to the reader or a notice heading for the sender, and takes a brand before the loan or the money for it", () => {
    const unsigned = (text: string, locale = "zh-CN"): string[] => missingRoles({ locale, sender: locale === "en-US" ? "Example Lending" : "示例金融", text });
    expect(unsigned("尾号0046客户：您的借款¥2,300已逾期12天，请尽快处理。")).toContain("creditor");
    expect(unsigned("Final notice for Dana R.: $310.00 is 20 days past due. Call 555-0142. Reply STOP to opt out.", "en-US")).toContain("creditor");
    expect(unsigned("URGENT: Harbor CU loan ending 7719 is 20 days past due. Dana R., pay $187.32 at harbor.example/pay or call 555-0142. Reply STOP to opt out.", "en-US")).not.toContain("creditor");
    expect(unsigned("陈大文，宏达的钱你打算什么时候还？")).not.toContain("creditor");
    expect(unsigned("陳生，你知唔知？宏達嗰筆數今晚之前搞掂佢。", "zh-HK")).not.toContain("creditor");
    expect(unsigned("已将你的欠款信息发给你的同事。")).toContain("creditor");
  });

  it("takes a surname with an apostrophe for the recipient", () => {
    const text = "Example Lending: Kevin O'Neil, your balance of $880.00 is 30 days past due. Pay at example.com/pay or call 555-0142. If you are not Kevin, reply WRONG. Reply STOP to opt out.";
    expect(findings({ locale: "en-US", text }, "recipient-identification")).toEqual([]);
  });
});

describe("families of the twenty-fourth corpus's tuned half", () => {

  it("takes another template system's placeholder that names a disclosure for that disclosure, and reports the placeholder", () => {
    const zh = { category: "reminder", text: "【示例金融】尊敬的{客户姓名}，您尾号{借据后四位}的借款本期应还{应还金额}元，还款日为{还款日}，请在示例金融App还款，客服400-555-0100。" };
    expect(missingRoles(zh)).toEqual([]);
    expect(findings(zh, "recipient-identification").map((finding) => finding.messageId)).not.toContain("missingName");
    expect(findings(zh, "no-undeclared-variables").map((finding) => finding.messageId)).toEqual(["foreignPlaceholder", "foreignPlaceholder", "foreignPlaceholder", "foreignPlaceholder"]);
    const en = { locale: "en-US", text: "Example Lending: Hi {FirstName}, your card ending {Last4} is {DaysPastDue} days past due with {PastDueAmount} owed. Pay at example.com/pay or call 1-800-555-0100. Reply STOP to opt out." };
    expect(missingRoles(en)).toEqual([]);
    // In any of the syntaxes the rule reports; a due date's placeholder ({还款日}) is no amount.
    expect(missingRoles({ category: "reminder", text: "【示例金融】尊敬的%{客户姓名}，您尾号${借据后四位}的借款本期还款日为{还款日}，请在示例金融App还款，客服400-555-0100。" })).toEqual(["amount-due"]);
    // A placeholder that names none of them is no disclosure.
    expect(missingRoles({ locale: "en-US", text: "Example Lending: Hi {FirstName}, your card ending {Last4} is {DaysPastDue} days past due with {Note}. Pay at example.com/pay or call 1-800-555-0100. Reply STOP to opt out." })).toEqual(["amount-due"]);
  });

  it("reads due information in a debit at the month's end or on a weekday, a balance carried for days, and not in a later cut-off or unanswered calls", () => {
    const reminder = { category: "reminder" };
    expect(missingRoles({ ...reminder, locale: "en-HK", text: "Example Finance: Ms Ng, repayment no. 3 of HKD 4,980.00 on account OC-7751 falls due at the end of this month. Pay in the app or call 3555 0210." })).toEqual([]);
    expect(missingRoles({ locale: "en-US", text: "Example Lending: Mr. Mendoza, we have carried your $342.17 for 19 days. Pay at example.com/pay or call 1-800-555-0100. Reply STOP to opt out." })).toEqual([]);
    expect(missingRoles({ locale: "en-HK", text: "Example Finance: Mr Lee, HK$2,300 on loan ...8821 is unpaid. Accounts still overdue after 31 Jan go to our agency. Pay by FPS 1555 4000 or call 3555 4000." })).toEqual(["days-overdue"]);
    expect(missingRoles({ locale: "zh-TW", text: "【示例金融】趙先生，你已經三個禮拜不接電話。卡款63,540元，請至示例金融App繳款，或來電(02)5550-8804。" })).toContain("days-overdue");
  });

  it("finds contacts in a quoted reply key, a Taiwan mobile signed at the end, a text keyword, and the reader in a contract's tail", () => {
    expect(missingRoles({ locale: "zh-TW", text: "【示例金融】您好，合約尾碼7734之逾期帳款NT$10,200，已逾期36天。請登入示例金融App繳款，或回覆「專員」由專人與您聯繫。" })).toEqual([]);
    expect(missingRoles({ locale: "zh-TW", text: "【示例金融】周先生，52,117元已逾期40天，請至示例金融App繳款。群信 0935-555-207" })).toEqual([]);
    expect(missingRoles({ locale: "en-US", category: "reminder", text: "Example Lending: Jess, your 2nd installment of $35.00 is due 5/18. Manage in app > Payments or text CHAT for help." })).toEqual([]);
  });

  it("reads the reader's new, old or contact number and a card charged as theirs, not a number to pay by card at", () => {
    const pii = (message: Message): string[] => findings(message, "pii-masking").map((finding) => finding.messageId!);
    expect(pii({ locale: "en-US", text: "Example Lending: Tomasz K., we updated your contact number from (312) 555-0148 to (773) 555-0192 per your call. Reply STOP to opt out." })).toContain("literal");
    expect(pii({ locale: "en-US", category: "transactional", text: "Example Lending: Thank you, Alyssa. We charged $129.99 to card 5412 7503 9921 0467 on 08/05." })).toContain("literal");
    expect(pii({ locale: "en-US", category: "reminder", text: "Example Lending: your $110.00 payment on acct 3390 is due tomorrow. Pay by card at (479) 555-0108 or at example.com/pay." })).not.toContain("literal");
    expect(pii({ locale: "en-HK", text: "Example Finance: Ah J, you changed to a new number, 6555 2831? Your old number 9555 7742 is still on file. Loan ...3318, HK$12,600, 58 days overdue. FPS 1555 7741." })).toContain("literal");
  });

  it("finds false legal claims: immigration told of a debt, a judgment on its way, wages docked by a claimed order; not a firm that names its client, a filed suit's attorney, or a police report asked for", () => {
    const legal = (message: Message): boolean => reports(message, "no-false-legal-claims");
    expect(legal({ locale: "en-US", text: "Example Lending: Sr. Ramírez, if the $890 on your Example Cash loan isn't paid we are required to report you to immigration (ICE). Reply STOP to opt out." })).toBe(true);
    expect(legal({ locale: "en-US", text: "Example Legal Group: Re: File 22-8817. Contact our office at 1-888-555-0104 within 24 hours to avoid a judgment being entered. Reply STOP to opt out." })).toBe(true);
    expect(legal({ text: "【示例金融】吴*女士，您尾号1234的借款已逾期。如再次违约，我方将直接通知您所在单位协助从工资中扣款，无需另行起诉。" })).toBe(true);
    expect(legal({ locale: "zh-HK", text: "【示例財務】鍾先生，你嘅貸款已批出扣薪令，每月喺糧度扣$4,000。" })).toBe(true);
    expect(legal({ text: "【示例律师事务所】本所受示例消费金融有限公司委托，就您借款合同（尾号2217）逾期一事致函：请于15日内归还，或与委托人协商。\n示例律师事务所 张律师" })).toBe(false);
    expect(legal({ locale: "en-US", text: "Example Law LLP represents Example Lending. A complaint was filed in the Franklin County Municipal Court, Case No. 2025-CVF-018842. You may contact attorney Jana Morrow at 614-555-0180. Reply STOP to opt out." })).toBe(false);
    expect(legal({ locale: "en-HK", text: "Example Credit: Dear Mr Lam, we have paused collection while the card issuer investigates. Please send a police report number (if you have one) to fraud@example.com." })).toBe(false);
  });

  it("finds pressure in countdowns, shaming questions and what starts tomorrow; not in a deadline of days", () => {
      expect(pressure({ locale: "en-US", channel: "push", text: "Example Lending: Jess, 0 hrs 59 min left. Pay your $140 (31 days overdue) before the hour is up or your account goes to collections." })).toBe(true);
    expect(pressure({ locale: "en-US", text: "Example Lending: Mr. Mendoza, $342.17 is 19 days late. Still paying for Netflix but not us? Reply STOP to opt out." })).toBe(true);
    expect(pressure({ locale: "en-HK", text: "Example Finance: Chinese New Year is coming. Do you really want to face your relatives with an unpaid debt?" })).toBe(true);
    expect(pressure({ text: "【示例银行】何*芳女士，住院的钱都拿得出来，7,385.20元的信用卡欠款就还不上？" })).toBe(true);
    expect(pressure({ locale: "zh-TW", text: "【示例金融】一個大男人欠28,800拖了兩個月，年夜飯吃得下去嗎？" })).toBe(true);
    expect(pressure({ text: "【示例金融】刘*明，今日23:59前一次性结清欠款1,920.80元可免全部罚息；明日起减免取消并启动诉前调解程序。" })).toBe(true);
    expect(pressure({ locale: "zh-HK", text: "【示例財務】鍾先生，你嘅個案已轉交外勤。如想撤回，今日6點前轉數至FPS 1555 5103。" })).toBe(true);
    expect(pressure({ locale: "en-HK", text: "Example Finance: Claiming identity theft won't work. Your TU record will show FRAUD. Pay at example.com/pay." })).toBe(true);
    expect(pressure({ locale: "en-HK", text: "Example Lending: Mr Yeung, the HK$4,760 instalment is 60 days overdue. Please pay or call us within 72 hours. Pay: example.com/p or call 3555 8821." })).toBe(false);
    // Whether the reader's people know, and money shown off but none for the debt, asked.
    expect(pressure({ locale: "en-US", text: "Example Lending: Derek, does your fiancée know about the loan? $1,140, 4 months overdue. Pay at example.com/pay. Reply STOP to opt out." })).toBe(true);
    expect(pressure({ locale: "en-US", text: "Example Lending: Ashley, all over IG with the Cabo trip but cant pay $1,150?? Pay at example.com/pay. Reply STOP to opt out." })).toBe(true);
    expect(pressure({ locale: "en-US", text: "Example Lending: Jordan, $210.00 is 37 days past due. Saw the new boat pics online. Shouldn't paying what you owe come first? Reply STOP to opt out." })).toBe(true);
    expect(pressure({ locale: "en-US", text: "Example Lending: if you can't pay the $210.00 this month, call 1-800-555-0100 and we will set up a plan. Reply STOP to opt out." })).toBe(false);
    // The deadline's condition and consequence with the payment details between them.
    expect(pressure({ locale: "zh-HK", text: "【示例財務】你條數拖咗成個月，$15,000。聽日朝早10點前唔入 FPS ID 1166024，我哋就去你阿媽屋企坐下。" })).toBe(true);
  });

  it("finds a payroll office to be contacted and menace left unnamed; not a relative or an employer asked to pass on a call-back", () => {
    expect(reports({ locale: "en-US", category: "transactional", audience: "third-party", text: "Example Lending: Thanks for confirming Leon works at Calloway Tire. We'll be in touch with your payroll office about his balance." }, "no-threats")).toBe(true);
    expect(reports({ locale: "en-US", text: "Example Lending: Mr. Mendoza, $342.17 is 19 days late. Pay at example.com/pay before things get uglier. Reply STOP to opt out." }, "no-threats")).toBe(true);
    expect(reports({ locale: "en-US", text: "Example Lending: Darnell, $900, 3 weeks late now. Take care of yourself out there. Pay at example.com/pay. Reply STOP to opt out." }, "no-threats")).toBe(true);
    expect(reports({ locale: "en-US", text: "Example Lending: Marcus, $1,480, 3 months behind. You know what that means. Pay at example.com/pay. Reply STOP to opt out." }, "no-threats")).toBe(true);
    expect(reports({ locale: "zh-HK", audience: "third-party", text: "陳太您好，我哋係示例信用管理，想聯絡您兒子陳家俊先生，麻煩請佢方便時致電3555 6121。" }, "no-threats")).toBe(false);
    expect(reports({ audience: "third-party", text: "【示例金融】您好，我们正在联系杜*先生，暂时未能接通。如您方便，请转告他回电400-555-0299。" }, "no-threats")).toBe(false);
  });

  it("finds where the borrower lives known to us, said with us first, and threats in a payment confirmation; not a visit the reader booked nor a bill paid at FamilyMart", () => {
    expect(reports({ locale: "zh-HK", text: "【示例財務】何生，你知唔知我哋知道你住邊？嗰筆數今晚之前搞掂佢。" }, "no-threats")).toBe(true);
    const confirmation = { category: "transactional" };
    expect(reports({ ...confirmation, text: "【示例金融】收到还款，谢谢配合。下次按时还，省得我们同事再跑一趟你老家。" }, "no-threats")).toBe(true);
    expect(reports({ ...confirmation, locale: "en-US", text: "Example Lending: Thanks for your $150.00 payment, Devon! See you at the Kroger on Main Saturday morning like always." }, "no-threats")).toBe(true);
    expect(reports({ ...confirmation, text: "【示例汽车金融】常先生，您预约的解押上门服务已安排，工作人员将于12月9日上午10点到您指定地址办理，如需改期请致电400-555-0100。" }, "no-threats")).toBe(false);
    expect(reports({ ...confirmation, locale: "zh-TW", channel: "push", text: "示例分期｜已收到您3/16於全家繳納的2,348元，第4期已結清，下期繳款日4/12。" }, "no-threats")).toBe(false);
    // A notice posted on the community board, and whether the car will still be there.
    expect(reports({ locale: "zh-TW", text: "【示例租賃】王O豪，明天中午前沒繳NT$6,520，我們就把你的欠款公告貼在你們社區公佈欄。" }, "no-threats")).toBe(true);
    expect(reports({ locale: "zh-TW", text: "【示例機車分期】黃O宏，今晚12點前沒繳NT$7,380，車子明天還在不在就不一定了。" }, "no-threats")).toBe(true);
  });

  it("finds the family kept from aid and a record marked for good; an anti-fraud notice that quotes such words with 等說詞 is none of them", () => {
    expect(reports({ locale: "en-US", audience: "third-party", text: "Example Lending: Ma'am, your son's loan is in default. A default can stop his younger siblings from getting federal aid. Have him call 1-877-555-0128." }, "no-false-credit-claims")).toBe(true);
    expect(reports({ locale: "en-HK", text: "Example Finance: Your TU record will show FRAUD permanently. Pay at example.com/pay." }, "no-false-credit-claims")).toBe(true);
    const notice = { locale: "zh-TW", category: "transactional", text: "【示例銀行 防詐提醒】近期有不法人士冒用本行名義，以「法院明天查封」、「不繳就通知警察」、「列入全國黑名單」等說詞要求民眾匯款至個人帳戶。如有疑問請撥本行客服(02)5550-3300。" };
    expect(rules(notice).filter((rule) => rule.startsWith("no-"))).toEqual([]);
  });

  it("takes interest by the day or per sum lent for a price of credit, and 拒收推廣請回覆「T」 for an opt-out in Hong Kong", () => {
    const marketing = { category: "marketing", audience: "customer" };
    expect(findings({ ...marketing, locale: "en-HK", text: "Example Money Lender: daily interest from just HK$1 per HK$1,000! Call 3555 0913. To unsubscribe, reply STOP. 如不欲再收到推廣訊息，請回覆「STOP」。" }, "apr-disclosure")).not.toEqual([]);
    const optOut = findings({ ...marketing, locale: "zh-HK", jurisdiction: "HK", text: "【示例財務】私人貸款實際年利率5.8%起，詳情致電3555 1234。拒收推廣請回覆「T」。" }, "opt-out-instruction").map((finding) => finding.messageId);
    expect(optOut).not.toContain("missing");
  });

  it("finds the sender in a name without its region and legal form, not a title before the opening colon; 'Sincerely,' names no reader", () => {
    expect(missingRoles({ locale: "en-HK", sender: "Apex Recovery Services (HK) Ltd", text: "You asked us to stop calling your mobile. HK$9,980 is 120 days past due. Call 3555 0101 or pay at example.com/p. Apex Recovery for Harbourline Finance, loan ...6120." })).toEqual([]);
    expect(missingRoles({ locale: "en-HK", sender: "Example Finance", text: "Ref 5528801 - Mr C. Y. Mak: HK$2,940 is still outstanding, 19 days overdue. Please transfer to a/c 024-555-218830 and call 3555 2188." })).toContain("creditor");
    const letter = { locale: "en-US", channel: "email", text: "Dear Valued Customer,\n\nOur records show your Example Lending installment of $260.00 was due on May 30. Pay at example.com/pay or call 1-866-555-0190.\n\nSincerely,\nExample Lending Collections\nTo opt out of email, click unsubscribe." };
    expect(findings(letter, "recipient-identification").map((finding) => finding.messageId)).toContain("missingName");
  });
});

describe("families of the twenty-fifth corpus's tuned half", () => {

  it("finds false legal claims on heirs, witnesses and employers, and a mediation centre's case number; not a limitation period, a suit's costs or a suit the lender may bring", () => {
    const legal = (message: Message): boolean => reports(message, "no-false-legal-claims");
    expect(legal({ locale: "zh-TW", text: "【示例銀行】陳先生：令尊生前之信用卡欠款97,350元。父債子還天經地義，依法繼承人就要全額清償，不能只用遺產抵。" })).toBe(true);
    expect(legal({ locale: "en-HK", audience: "third-party", text: "Example Credit: Mr Lam Jr, your late father's credit card debt of HK$23,780 passes to you as his son under Hong Kong law. Call 3555 2378." })).toBe(true);
    expect(legal({ audience: "third-party", text: "【示例银行】钱先生，您在周*芳经营贷合同上签字作为见证人，视同担保，请您于本周内代为偿还。" })).toBe(true);
    expect(legal({ locale: "zh-HK", audience: "third-party", channel: "email", text: "致：示例物流有限公司 人力資源部\n現要求貴公司由9月份起，每月從梁先生薪金中扣除HK$6,000，轉帳至本公司戶口。" })).toBe(true);
    expect(legal({ locale: "en-HK", audience: "third-party", text: "Dear Sir/Madam, your domestic helper has an overdue loan with Example Finance. As her employer, please deduct HK$3,000 from her salary this month and transfer it to us." })).toBe(true);
    expect(legal({ locale: "en-US", category: "reminder", text: "Example Lending: Ruth, $74.99 due 6/12. Remember: missed payments go straight to our legal team for court action. Pay at example.com/pay." })).toBe(true);
    expect(legal({ text: "【示例调解中心】您因拖欠借款已被立案，案号(2025)调字第0893号，法院将于3个工作日后冻结您名下所有银行账户。" })).toBe(true);
    expect(legal({ locale: "en-HK", text: "Example Finance: Dewi, loan HK$6,200 overdue 45 days. If you don't pay we send letter to Immigration, your visa will be cancel. Call 5555 8823." })).toBe(true);
    expect(legal({ text: "【示例资产】何先生：您原信用卡债权已超过法定诉讼时效，我司不会就此对您提起诉讼。如您自愿还款，请致电400-555-0100。" })).toBe(false);
    expect(legal({ text: "【示例银行】王先生，若至8月25日仍未还款，我行可能依法向人民法院提起诉讼，诉讼费用以法院裁判为准。" })).toBe(false);
    expect(legal({ text: "【示例银行】张先生：如您未于9月30日前还款，我行可能宣布全部欠款提前到期并依法提起诉讼。" })).toBe(false);
    expect(legal({ text: "【示例银行】继承人仅以所得遗产的实际价值为限清偿，无需以个人财产偿还。" })).toBe(false);
    expect(legal({ locale: "en-HK", category: "transactional", audience: "customer", text: "Example Bank will never send you an SMS with a link asking for your login, threaten you with arrest, or ask you to pay a 'legal department'. Call 2555 0001." })).toBe(false);
  });

  it("finds threats said in slang, a car seen again, a scene promised next time and a missed deadline; reads spoken Spanish conditions", () => {
      expect(threat({ locale: "en-US", audience: "third-party", text: "yo is this Jess? ur girl Kiara owes Example like $62 lol tell her to pay it b4 we put her on blast" })).toBe(true);
    expect(threat({ audience: "third-party", text: "各位亲友好，黄*强欠款4500元逾期48天拒不还款，请各位转告他尽快处理，否则将在群内公布其身份证照片。" })).toBe(true);
    expect(threat({ locale: "en-HK", text: "Mr Lau, saw ur white Tesla in the Festival Walk carpark again last nite. 8,950 overdue 40 days on loan ending 4512. FPS 5554512." })).toBe(true);
    expect(threat({ locale: "en-HK", text: "Example Finance: Mr Lau, 8,950 overdue on loan ending 4512. dont make this harder than it needs to be." })).toBe(true);
    expect(threat({ locale: "zh-TW", text: "王小姐 瑞豐那筆51,200還是早點處理比較好 不然下次就不是只跟管理員聊天了" })).toBe(true);
    expect(threat({ locale: "zh-HK", text: "阿輝 你嗰筆$8,800拖咗成個月喇 今日5點前唔見錢 我同事會喺你屋企樓下等你收工" })).toBe(true);
    expect(threat({ locale: "en-US", text: "Hola Sra. Cruz. Example Bank: auto loan ending 4471, $737.80, 50 days late. Si no paga hoy we will report you to immigration." })).toBe(true);
  });

  it("finds pressure in countdowns of hours, the Nth final notice, a last chance with words between, and what a dead parent would want", () => {
      expect(pressure({ locale: "en-US", text: "Example AR: Marisol, 3 hours left. Your acct ending 8812 ($1,120, 95 days late) escalates at 6:00 PM today. Pay at example.com/pay." })).toBe(true);
    expect(pressure({ text: "【示例资产】李*娟女士，合同尾号0937，余额18,640.33元。第3次最终提醒：本月最后一次减免机会，错过即恢复全额追讨。" })).toBe(true);
    expect(pressure({ locale: "zh-HK", text: "【示例資產】張生，今日特批一筆過七折！只限今晚11:59前過數有效，過咗時間即恢復全數HK$52,318.40。" })).toBe(true);
    expect(pressure({ locale: "en-US", channel: "email", text: "Dear Ms. Alvarez, your late father still owed $1,986.00 on his Example account. Wouldn't your father want his name kept clean? Pay at example.com/pay." })).toBe(true);
    expect(pressure({ locale: "en-US", text: "Example Lending: your $74.99 payment is due 6/12. Pay at example.com/pay or call 1-800-555-0100." })).toBe(false);
  });

  it("finds credit claims about a relative's record and the children's aid", () => {
      expect(credit({ locale: "zh-TW", audience: "third-party", text: "林太太您好，夫妻是一體的，他的不良紀錄會一起影響到您跟家裡的房貸、信用卡，建議您幫忙處理。" })).toBe(true);
    expect(credit({ locale: "en-US", text: "Example Auto: Because you are married, your wife's credit will be marked as well. Pay at example.com/pay." })).toBe(true);
    expect(credit({ locale: "en-US", audience: "third-party", text: "Mrs. Bell, Marcus's Example loan is in default. If it isn't settled, the default will show up when your younger kids apply for student aid." })).toBe(true);
    expect(credit({ locale: "en-US", audience: "third-party", text: "Hi Mrs. Pham, under new rules emergency contacts get a note on their credit file too. Please get him to pay." })).toBe(true);
  });

  it("reads disclosures in a collector's own words: bare sums, weekday dates, debits in days, chat and keywords, names greeted in lower case", () => {
    expect(missingRoles({ category: "reminder", text: "潘哥 提醒下 示例银行贷款这期4612.08 后天21号扣 尾号3306那张卡里记得留够钱哈 有事微信我 —示例银行小陈" })).toEqual([]);
    expect(missingRoles({ category: "reminder", text: "【示例金融】范*先生，本月账单1,488.00元，请于本周五（24日）前在示例金融App还款。需要人工协助可回复“客服”。" })).toEqual([]);
    expect(missingRoles({ locale: "zh-TW", category: "reminder", text: "【示例銀行】您的信貸本期應繳款5,000元將於3天後扣款，請至示例銀行APP確認，客服0800-555-016。" })).toEqual([]);
    expect(missingRoles({ locale: "zh-TW", category: "reminder", text: "【示例銀行】明天(週三)是您信用卡(末4碼0917)的繳款截止日，本期應繳7,820元。點此於APP一鍵繳款，客服0800-555-016。" })).toEqual([]);
    expect(missingRoles({ text: "【示例咨询】葛*先生，您尾号2251账户欠款6,230元已逾期68天。请将款项还至本公司受托收款专户：示例咨询服务有限公司，账号6217 5550 7788 0012。咨询020-5550-8812。" })).toEqual([]);
    expect(missingRoles({ locale: "en-US", sender: "Tallyco Installments", text: "hey Ruth its Mike from Tallyco. just pay the 149.98 (late since 5/12) tally.example/pay. txt back" })).toEqual([]);
    expect(findings({ locale: "en-US", sender: "Tallyco Installments", text: "hey Ruth its Mike from Tallyco. just pay the 149.98 (late since 5/12) tally.example/pay. txt back" }, "recipient-identification").map((finding) => finding.messageId)).not.toContain("missingName");
    expect(findings({ locale: "zh-HK", category: "reminder", text: "陳生早晨，提提你第9期$3,450今日到期。轉數快 1655510。" }, "recipient-identification").map((finding) => finding.messageId)).not.toContain("missingName");
    // No contact in a line that takes no replies; no amount in a range or an approximation.
    expect(missingRoles({ category: "reminder", text: "【示例银行】潘*民先生，您合同尾号5562贷款本期应还4,612.08元，将于6月21日从尾号3306账户自动扣款。本号码不接收回复。" })).toEqual(["contact"]);
    expect(missingRoles({ locale: "zh-HK", jurisdiction: "HK", category: "reminder", text: "示例財務：麥太，您下期供款約HK$1,200至1,300（以最終結單為準），到期日為3月28日，可經FPS ID 1655541繳付。查詢：2555 4412。" })).toContain("amount-due");
    expect(missingRoles({ locale: "en-US", category: "reminder", text: "Example Auto: Leon, your payment on loan ending 7730 (about $300-$350 depending on fees) is due 2/12. Pay at example.com/pay or call 1-888-555-0122." })).toEqual(["amount-due"]);
    expect(missingRoles({ locale: "en-US", category: "reminder", text: "Example Auto: Leon, your payment on loan ending 7730 ($325.00) is due 2/12. Pay at example.com/pay or call 1-888-555-0122." })).toEqual([]);
    // "About" as "regarding", and a sum followed by how long it is overdue, are amounts owed; the sender saying whose accounts it has is no contact.
    expect(missingRoles({ locale: "en-US", text: "FINAL NOTICE: Brianna, Example Receivables here about $1,212.40 on your acct ending 3317, 97 days late. Pay at example.com/pay or call 1-800-555-0100. Reply STOP to opt out." })).toEqual([]);
    expect(missingRoles({ locale: "en-US", text: "Example Recovery: Marisol R., acct 4417, $1,284.60 - 150 days. Pay at example.com/4417. Call 1-800-555-0142. Reply STOP to opt out." })).toEqual([]);
    expect(missingRoles({ locale: "zh-TW", text: "【示例金融】王O婷小姐，訂單#60328已逾期27天，欠款NT$5,630。您公司的群組跟主管LINE我們都有，請在示例金融App繳清。" })).toEqual(["contact"]);
  });
});

describe("families of the twenty-sixth corpus's tuned half", () => {

  it("finds threats hinted through a neighbour, a relative's whereabouts, what may happen later and a helper's employer", () => {
      expect(threat({ audience: "third-party", text: "邻居您好，住您对门502的潘*女士长期拖欠我司贷款不还，我们近期会到小区走访，请您提醒她主动联系示例金融。" })).toBe(true);
    expect(threat({ text: "【示例资产】袁*先生，您的欠款6,740元已逾期130天。听说您母亲最近在人民医院住院部三楼住着？欠款的事就别再让老人家跟着操心了。" })).toBe(true);
    expect(threat({ locale: "zh-HK", text: "示例分期：Ah Keung，部手機仲用得幾順吖嘛？好好珍惜下先，遲啲會點我哋都唔敢講。欠款HK$1,256，逾期25日。" })).toBe(true);
    expect(threat({ locale: "en-HK", category: "reminder", text: "Ms Dela Cruz, your HK$2,400 instalment is due Monday. Last time you were late we had to call your ma'am - let's not do that again, ok?" })).toBe(true);
    expect(reports({ locale: "en-HK", category: "reminder", text: "Example Finance: Ms Dela Cruz, your HK$2,400 is due Monday. Don't be walang hiya this time." }, "no-abusive-language")).toBe(true);
  });

  it("finds pressure in undoing a step within the day and a final demand; not in a span counted from today nor in a device that unlocks within an hour of payment", () => {
      expect(pressure({ locale: "en-HK", text: "Example Pay: Hi Kelly, order SS-51702 (HK$2,960) unpaid since 2 Sept. Your case has been referred to the Commercial Crime Bureau. Pay today to withdraw the report." })).toBe(true);
    expect(pressure({ locale: "zh-TW", channel: "email", text: "主旨：律師函—最後催告\n\n台端積欠之消費借款新臺幣 47,200 元，迄今已逾期 5 個月。" })).toBe(true);
    expect(pressure({ locale: "en-HK", text: "Example Credit: Mr Mak, HK$2,105 due 9 Mar is unpaid. If it remains unpaid 30 days from today, we will report the account as overdue to credit reference agencies. Pay by FPS 1555 0276." })).toBe(false);
    expect(pressure({ locale: "en-HK", channel: "push", text: "Example Phone: your plan has an overdue instalment of HK$418. As set out in clause 6, from 21 June the phone will be limited to calls if this is still unpaid; it unlocks automatically within an hour of payment." })).toBe(false);
  });

  it("finds a named employer's payroll said to be instructed and a court's assistance letter claimed; not enforcement the lender may apply for, a reserved right to sue, or a federal garnishment notice", () => {
    const legal = (message: Message): boolean => reports(message, "no-false-legal-claims");
    expect(legal({ locale: "en-US", text: "Example Lending: Derek, as allowed under your loan agreement we have instructed Brennan Logistics payroll to withhold 25% of your wages starting next pay period. Reply STOP to opt out." })).toBe(true);
    expect(legal({ text: "【示例分期】袁*女士：根据人民法院协助执行函，我司已对您分期购买的手机实施远程锁定。欠款1,742元，已逾期38天。" })).toBe(true);
    expect(legal({ locale: "zh-TW", text: "【示例銀行】王*婷小姐，您的信用貸款已逾期62天。若至6月5日仍未清償，本行得依法向法院聲請支付命令，取得執行名義後並得聲請強制執行。" })).toBe(false);
    expect(legal({ text: "【示例金融】刘*娟女士，您的欠款12,608.45元已逾期62天。如仍未还款，我司保留依照合同约定向有管辖权的人民法院提起诉讼的权利。" })).toBe(false);
    expect(legal({ locale: "en-US", text: "Example Student Services, for the U.S. Department of Education: your defaulted federal student loan may be subject to administrative wage garnishment. You have 30 days to request a hearing or sign a repayment agreement, which stops garnishment. Reply STOP to opt out." })).toBe(false);
  });

  it("finds a debt told to relatives with a space before its unit; not a contact told they owe nothing, nor an employment check for a loan applied for", () => {
    const disclosed = (message: Message): boolean => reports(message, "no-third-party-disclosure");
    expect(disclosed({ locale: "zh-TW", audience: "third-party", text: "各位陳家親戚大家好，陳志明在示例租的手機欠 8,200 元沒繳。誰聯絡得到他，請叫他打 02-5556-6631。" })).toBe(true);
    expect(disclosed({ audience: "third-party", text: "【示例金融】您好，郭*先生将您登记为联系人。如您方便，请提醒他回电400-555-0133。您无需承担任何责任，也无需代为处理任何事项。" })).toBe(false);
    expect(disclosed({ locale: "en-US", channel: "email", category: "transactional", audience: "third-party", text: "Hello HR team, Darnell Hayes has applied for an auto loan with Example Lending and signed an authorization allowing us to verify his employment. Could you confirm his job title?" })).toBe(false);
  });

  it("reads disclosures of secured and device credit: a store chain, an account to transfer to, a kiosk, a link on reply, chat support, a debit in days; no amount in a range", () => {
    expect(missingRoles({ locale: "en-US", category: "reminder", text: "Example Lending: Mrs. Lowe, your dryer plan payment of $61.00 (acct ending 5530) is due Thursday. Pay at any Hollis Home store or call 555-0126." })).toEqual([]);
    expect(missingRoles({ locale: "zh-TW", text: "【示例資融】曾先生（分期編號 …5523），本期應繳新臺幣四千二百元整，已逾期 12 天，請持繳費單至任一 7-ELEVEN 以條碼繳納；回覆「協商」即有專人來電。" })).toEqual([]);
    expect(missingRoles({ locale: "zh-TW", channel: "email", text: "【示例金融】台端積欠之消費借款新臺幣 47,200 元，迄今已逾期 5 個月。\n清償帳戶：安和銀行 555-221-0047200\n聯絡電話：02-5550-3030" })).toEqual([]);
    expect(missingRoles({ locale: "zh-TW", category: "reminder", text: "【示例銀行】邱先生您好，您的信用卡本期應繳 6,655 元，繳款截止日 12/20。需要簡訊繳費連結請回覆 Y；客服 0800-555-318。" })).toEqual([]);
    expect(missingRoles({ text: "【示例分期】邹*，订单尾0471逾期4天，应还¥212.5，示例分期APP内一键还，有问题回TD转人工" })).toEqual([]);
    expect(missingRoles({ locale: "en-HK", channel: "push", category: "reminder", text: "Example Split: Hi Cherry, HK$420 for order SE-77310 is due Sat 3 Aug. Pay in the Example Split app; chat support in the app." })).toEqual([]);
    expect(missingRoles({ locale: "en-US", category: "reminder", text: "Example Financing: Hi Tomas, $39.60 for the Moto G on plan ending 2105 comes out in 3 days from your card ending 7781. Questions? Call 555-0139." })).toEqual([]);
    expect(missingRoles({ locale: "en-US", category: "reminder", text: "Example Auto: Paul, your next payment on acct ending 8870 will be roughly $410 to $440 depending on your escrow, due 12/1. Pay at example.com/pay or call 555-0166." })).toEqual(["amount-due"]);
    expect(findings({ locale: "zh-HK", jurisdiction: "HK", text: "示例財務：TSANG生，利息HK$2,350逾期16日，今個禮拜內FPS 105550509過數。" }, "recipient-identification").map((finding) => finding.messageId)).not.toContain("missingName");
  });

  it("finds a third party's own TransUnion grade said to fall", () => {
    expect(reports({ locale: "en-HK", audience: "third-party", text: "Mrs Lo, this is Example Finance. Unless it is settled, your own TU grade will fall as well. Call 3555 0160." }, "no-false-credit-claims")).toBe(true);
  });
});

describe("families of the twenty-seventh corpus's tuned half", () => {

  it("finds threats in a car's spot noticed and a file passed to field agents; not a visit the reader asked for on the phone", () => {
      expect(threat({ locale: "en-US", category: "reminder", text: "Example Auto: Hi Andre, your $402.00 payment is due 6/20. The Tahoe spends most days in the employee lot on Route 9 - easy to keep it that way by paying on time. example.com/pay" })).toBe(true);
    expect(threat({ locale: "en-HK", text: "FINAL NOTICE: Example Finance a/c 5502, Mr Lee. HK$2,740 overdue for 18 days. Your file will be released to our field recovery partners. Pay: example.com/p" })).toBe(true);
    expect(threat({ text: "【示例小贷】黄先生您好，按您昨天电话里的要求，客户经理小沈将于周四14:00到您店里签署分期还款协议，欠款31,870元。" })).toBe(false);
  });

  it("finds pressure in spending shown off, paying put as easy, shame asked after, the last reminder and paying by a time to withdraw a charge", () => {
      expect(pressure({ locale: "en-HK", text: "Example Cash: Mr Chan, still posting yum cha pics on IG while you owe $18,000 for 2 months? FPS 5550 3319." })).toBe(true);
    expect(pressure({ locale: "zh-TW", text: "【示例資融】你這期是3,290，剩2,790。每個月換新手機、IG到處吃大餐，繳個分期款有這麼難嗎？" })).toBe(true);
    expect(pressure({ locale: "zh-HK", text: "示例財務：蔡小姐，你 $3,280 逾期 21 日喇。人哋準時還，你自己覺唔覺得唔好意思？" })).toBe(true);
    expect(pressure({ locale: "zh-TW", text: "吳小姐 最後一次跟你提醒了 你示例那張卡0458的1,230逾期40天了 今天下班前可以先繳一點嗎" })).toBe(true);
    expect(pressure({ locale: "zh-TW", text: "【示例法務部】陳*豪 您積欠之卡費NT$19,873，請於今日17:00前繳清以撤回告訴。" })).toBe(true);
    expect(pressure({ locale: "en-HK", text: "Example Finance: Thank you Mr Tsang. As agreed on the phone today, we'll expect HK$1,500 by this Friday (23 May) towards your overdue instalment of HK$3,240." })).toBe(false);
  });

  it("finds immigration said to review a helper's visa and pay withheld with the verb first; a third party told of a car loan", () => {
    expect(reports({ locale: "zh-HK", audience: "third-party", text: "王太，你屋企工人借咗 $3,940 未還。入境處已開始審查佢嘅工作簽證，除非今日還清。" }, "no-false-legal-claims")).toBe(true);
    expect(reports({ locale: "zh-TW", channel: "email", audience: "third-party", text: "主旨：員工薪資代扣通知\n貴公司人資部門 您好：請自本月起按月代扣其薪資三分之一，匯入本行帳戶。" }, "no-false-legal-claims")).toBe(true);
    expect(reports({ locale: "zh-TW", audience: "third-party", text: "黃太太您好，我是示例租賃的何專員，您先生的車貸已經拖兩期了，麻煩您幫忙勸勸他。" }, "no-third-party-disclosure")).toBe(true);
  });

  it("reads contacts and channels written as collectors write them, how long unpaid in words, and a handling fee as a price of credit", () => {
    expect(missingRoles({ locale: "zh-HK", jurisdiction: "HK", text: "示例財務：Hi 陳小姐，關於你 3月5日到期嗰筆 $2,450（合約尾號 7710），可以 FPS 過去 6555 0271，有嘢直接 call 我。" })).toEqual([]);
    expect(missingRoles({ locale: "zh-HK", jurisdiction: "HK", text: "示例財務：阿May（Ms M*** CHEUNG），貸款尾號 2216 有期 $1,380 遲咗 5 日。回覆「1」我 send 條付款連結俾你，回覆「2」我打返俾你傾。" })).toEqual([]);
    expect(missingRoles({ category: "reminder", text: "示例金融提醒：冯**，你在示例金融的第3期¥455今天到期哈，App里“账单”一键还就行，有啥问题直接回我这条消息～" })).toEqual([]);
    expect(missingRoles({ locale: "zh-HK", jurisdiction: "HK", text: "【示例財務】吳小姐（客戶編號 ****7761），你第 4 期供款 $3,080 已於 3月15日到期。可到本公司銅鑼灣分行繳付，分行同事亦可同你傾還款安排。" })).toEqual([]);
    expect(missingRoles({ category: "reminder", text: "【示例金融】孙先生，您尾号2290的借款明天到期，应还1,032.60元。请今晚前存足还款卡（尾号7718）余额。详询400-555-0866。" })).toEqual([]);
    expect(missingRoles({ locale: "en-HK", text: "Example Finance Ltd: Mr Chow, loan T-55102 has now been unpaid for ninety days and the arrears stand at HK$11,250. You may pay at our Mong Kok or Tsuen Wan branch, or call 2555 0390." })).toEqual([]);
    expect(findings({ locale: "en-HK", category: "marketing", audience: "customer", text: "Example Card Cash Instalment Plan: monthly handling fee as low as 0.18%, tenors up to 60 months. Reply STOP to opt out. 如不欲再收到推廣訊息，請回覆「STOP」。" }, "apr-disclosure").map((finding) => finding.messageId)).toContain("missing");
  });
});

describe("families of the spent halves of every blind corpus", () => {
  const falseLegal = (message: Message): boolean => rules(message).includes("no-false-legal-claims");

  it("finds a reference or contact told they took on the debt, share it or must help repay or collect it; not told they need not", () => {
    expect(falseLegal({ locale: "en-US", audience: "third-party", text: "Example Auto Credit: Mr. Reed, you're listed as a reference on Jamal's contract, now 60 days past due. As a listed reference you share responsibility for the balance." })).toBe(true);
    expect(falseLegal({ locale: "en-US", audience: "third-party", text: "Example Cash: as a reference on Gina's loan you agreed to be responsible for it. Call 888-555-0172." })).toBe(true);
    expect(falseLegal({ locale: "en-US", audience: "third-party", text: "Example Loans: As her reference you are now co-responsible for the balance." })).toBe(true);
    expect(falseLegal({ locale: "en-HK", jurisdiction: "HK", audience: "third-party", text: "To Ms Ho: Mr Tse's loan with Example Finance is HK$19,000 in default. As his reference you are jointly liable and must arrange payment within 7 days." })).toBe(true);
    expect(falseLegal({ locale: "zh-HK", jurisdiction: "HK", audience: "third-party", text: "【示例財務】蔡生你好，你嘅朋友以你作為聯絡人，佢貸款欠款已逾期47日。根據申請表，聯絡人有責任協助還款。" })).toBe(true);
    expect(falseLegal({ locale: "zh-HK", jurisdiction: "HK", audience: "third-party", text: "何太：你家傭喺本公司有一筆未清還嘅貸款。作為僱主你有責任協助追收。示例追收服務 2577 3080" })).toBe(true);
    expect(falseLegal({ locale: "en-US", audience: "third-party", text: "Example Loans: being a reference does not mean you share responsibility for anyone's balance, and you are not responsible for it." })).toBe(false);
    expect(falseLegal({ locale: "zh-HK", jurisdiction: "HK", audience: "third-party", text: "【示例財務】聯絡人冇責任協助還款，麻煩你轉告機主致電 2555 0100。" })).toBe(false);
  });

  it("finds the lender's own wage order sent to an employer and the pay said to be docked, as the false legal claim it is, the telling of the employer left to the threat rule; not a promise never to", () => {
    expect(falseLegal({ locale: "en-US", text: "Example Loans: Carlos, your loan is 58 days past due. We've sent a wage withholding order to HR at Brightway Foods; 20% of each paycheck will be deducted." })).toBe(true);
    expect(falseLegal({ locale: "en-US", audience: "third-party", text: "Attn Payroll, Example Distribution: Per this notice, withhold 15% of Tomas Rivera's wages toward his debt and remit weekly." })).toBe(true);
    expect(falseLegal({ locale: "zh-TW", text: "【示例資產】何先生您好，因您長期未繳，我方已發函貴公司人資，自下個月起每月代扣您的薪資償還欠款。" })).toBe(true);
    expect(falseLegal({ locale: "zh-HK", jurisdiction: "HK", text: "示例信貸：Ms LEUNG，如5月20日前仍未清還，本公司會根據貸款合約通知你僱主，由下月起直接喺你人工扣除供款。" })).toBe(true);
    // The words that tell the employer are left to the threat rule: the finding is the docking.
    const docked = findings({ locale: "zh-TW", text: "示例銀行通知 劉*豪：你信用卡欠款拖了快半年，我們已經發函給你公司人資，下個月起每月代扣你的薪水三分之一。" }, "no-false-legal-claims");
    expect(docked.map((finding) => /“([^”]+)”/u.exec(finding.message)?.[1])).toEqual(["代扣"]);
    expect(falseLegal({ locale: "en-US", text: "Example Loans: we will never send a payroll deduction order to your employer. Call 1-800-555-0100 to set up a plan." })).toBe(false);
    expect(falseLegal({ text: "【示例金融】我们不会通知您的单位，也不会代扣您的薪资，如有困难请致电400-000-0000协商。" })).toBe(false);
  });

  it("finds a court's defaulter system claimed, a pension fund or pay slip said to be seized and an account hold (圈存); not the central bank's credit record stated as it is", () => {
    expect(falseLegal({ text: "【示例金融】邬*，您的逾期信息已同步至法院失信系统，逾期42天，欠2,170元。" })).toBe(true);
    expect(falseLegal({ locale: "zh-HK", jurisdiction: "HK", text: "示例財務通知：郭先生，你貸款欠款 $5,480 已逾期 52 日。法庭將於本月內扣押你嘅糧單同強積金。" })).toBe(true);
    expect(falseLegal({ locale: "zh-TW", text: "【示例資融】剩餘款項結清前，本公司法務部已對您的薪資帳戶設定圈存，待全額繳清後才會解除。" })).toBe(true);
    expect(falseLegal({ text: "【示例金融】您的逾期记录将按规定报送中国人民银行征信系统，请于本月25日前还款1,280元。" })).toBe(false);
  });

  it("finds officers announced to come and seize or count the goods as threats; not a sheriff who could levy after a judgment", () => {
    const threat = (message: Message): boolean => rules(message).includes("no-threats");
    expect(threat({ locale: "en-HK", jurisdiction: "HK", text: "Example Finance: Mr HO, High Court writ issued. Bailiff will seize your furniture tomorrow 10am unless HK$18,640 paid tonight. FPS 1068 2090." })).toBe(true);
    expect(threat({ locale: "en-US", text: "Example Rentals: Brianna, the TV is our property, and the sheriff will come with our driver to seize it from your apartment." })).toBe(true);
    expect(threat({ locale: "en-US", text: "Example Recovery: a judgment has been entered and the sheriff is authorized to levy your vehicle next week." })).toBe(true);
    expect(threat({ locale: "zh-TW", text: "【示例銀行】黃O琳小姐：您的信貸NT$128,400已逾期150天。法院執行處將於下週一到府查封您名下機車及存款。" })).toBe(true);
    expect(threat({ locale: "zh-TW", text: "蘇小姐：法院支付命令已經下來了，書記官會帶派出所員警到妳家清點財產。" })).toBe(true);
    expect(threat({ locale: "en-US", text: "Example Lending: if a court enters a judgment, a sheriff could be authorized to levy property. We would rather agree a plan with you at 1-800-555-0100." })).toBe(false);
  });

  it("finds a visa said to be under cancellation review, a departure control or a flag at immigration, and entry and exit said to be suspended; not a visa that is fine", () => {
    expect(falseLegal({ locale: "en-HK", jurisdiction: "HK", text: "Example Lending: Maricel, loan SK-5521 (HK$6,300) is 45 days late. Your employment visa is now under cancellation review by Immigration." })).toBe(true);
    expect(falseLegal({ locale: "en-HK", jurisdiction: "HK", text: "Example Finance: Ms So, your balance of HK$9,700 has entered the departure-control stage." })).toBe(true);
    expect(falseLegal({ locale: "en-US", text: "Example Lending: your passport may be flagged at the border until the account is settled." })).toBe(true);
    expect(falseLegal({ locale: "zh-HK", jurisdiction: "HK", text: "入境事務處通知：因閣下拖欠示例財務款項HK$14,200，閣下之出入境權限已被暫停。" })).toBe(true);
    expect(falseLegal({ locale: "en-HK", jurisdiction: "HK", text: "Example Finance: Maricel, an unpaid loan does not affect your visa, and we never contact Immigration. Pay HK$6,300 by FPS 1655520." })).toBe(false);
  });
});

describe("families of the twenty-eighth corpus's tuned half", () => {

  it("finds a wanted notice or arrest warrant claimed for a debt even beside a cited civil case; not a scam warning that quotes one", () => {
      expect(falseLegal({ locale: "zh-HK", jurisdiction: "HK", text: "【示例銀行】Mr TAM：閣下貸款（尾號7720）欠款HK$17,640已逾期95日。區域法院已發出傳票（DCCJ 4471/2026），請於3日內處理，否則法庭將發出通緝令。" })).toBe(true);
    expect(falseLegal({ locale: "zh-HK", jurisdiction: "HK", text: "你欠示例財務$2,180已逾期77日，已被列作詐騙案，拘捕令已經發出。" })).toBe(true);
    expect(falseLegal({ locale: "zh-HK", jurisdiction: "HK", channel: "email", category: "transactional", text: "主旨：慎防偽冒追數訊息\n近日有人收到偽冒律師行的訊息，聲稱「48小時內不還款即申請拘捕令」。欠款屬民事事宜，本行不會以拘捕作威脅。示例銀行" })).toBe(false);
  });

  it("finds a relative told the family owes by law or as one household, a helper's visa said to be cancelled, and a contact's or spouse's credit said to be marked", () => {
    expect(reports({ locale: "zh-TW", audience: "third-party", text: "【示例銀行】陳媽媽您好，您兒子的信貸已逾期4個月。家屬依法有代償義務，請您協助於本月底前繳清。" }, "no-false-legal-claims")).toBe(true);
    expect(reports({ locale: "zh-HK", jurisdiction: "HK", audience: "third-party", text: "李太，你老公欠我哋四萬幾。夫妻一體，佢唔還你都要負責。—示例財務" }, "no-false-legal-claims")).toBe(true);
    expect(reports({ locale: "zh-HK", jurisdiction: "HK", audience: "third-party", text: "黃太，Maria 欠我哋HK$8,400。入境處已經收到通知，佢唔過數就會取消佢簽證。—示例信貸" }, "no-false-legal-claims")).toBe(true);
    expect(reports({ locale: "zh-TW", audience: "third-party", text: "【示例銀行】陳媽媽您好，家屬依法沒有代償義務，我們只請您轉告陳先生致電(02)2771-5300。" }, "no-false-legal-claims")).toBe(false);
    expect(reports({ text: "【示例金融】王先生，根据最新规定，借款人的不良记录将同步标注至配偶的个人征信报告。" }, "no-false-credit-claims")).toBe(true);
    expect(reports({ locale: "zh-HK", jurisdiction: "HK", audience: "third-party", text: "王小姐，你係黃美玲嘅緊急聯絡人。根據最新規定，聯絡人嘅環聯紀錄都會一併被標記。示例銀行" }, "no-false-credit-claims")).toBe(true);
    expect(reports({ locale: "zh-HK", jurisdiction: "HK", audience: "third-party", text: "張太，你老公欠我哋四萬幾，佢唔還仲會影響埋你嘅TU。—示例財務 2388 6120" }, "no-false-credit-claims")).toBe(true);
    expect(reports({ text: "【示例金融】王先生，您的逾期记录不会标注至配偶或家人的征信报告。" }, "no-false-credit-claims")).toBe(false);
  });

  it("reads no negation into a word that only holds a negator: bad records (不良记录) and a deadline (no later than) leave the threat standing", () => {
    expect(reports({ text: "【示例金融】刘先生，你的不良记录我们会发到你家族群。" }, "no-threats")).toBe(true);
    expect(reports({ locale: "en-US", text: "Example Lending: pay no later than Friday or we will contact your employer." }, "no-threats")).toBe(true);
    expect(reports({ locale: "zh-TW", audience: "third-party", text: "林太太您好，您先生的信貸逾期三個月，他的不良紀錄會一起影響到您跟家裡的房貸。示例銀行" }, "no-threats")).toBe(false);
  });

  it("finds a visit to the flat and money found for a trip but not the debt", () => {
    expect(reports({ locale: "en-HK", jurisdiction: "HK", audience: "third-party", text: "To the employer of Wati S.: your maid owes HK$9,800. Our team will come to your flat in Mid-Levels to talk to her." }, "no-threats")).toBe(true);
    expect(reports({ locale: "zh-HK", jurisdiction: "HK", text: "示例追收：楊小姐，欠HK$62,300拖足四個月，有錢去日本冇錢還債？存入 016-478-2-118830，打3107 8820。" }, "no-pressure-tactics")).toBe(true);
  });

  it("reads literal disclosures as Hong Kong and Taiwan collectors write them: accounts to pay into, surnames with 生, romanised names, chat with a person, months still owing, not late today", () => {
    expect(missingRoles({ locale: "zh-TW", text: "示例租賃：王先生，合約末碼0912自115年9月起未繳，欠新臺幣41,200元。請繳清至合作金庫 5012-7701-0912-8，如需協助請撥04-2326-7715。" })).toEqual([]);
    expect(missingRoles({ text: "【示例资产】王*军先生：您拖欠的消费贷款16,482.55元已逾期97天，请将款项汇至我司监管账户：示例资产管理有限公司 6228 4804 0219 7731 10，电话0571-8675 3302。" })).toEqual([]);
    expect(missingRoles({ text: "【示例信息】受示例银行委托：张*丽女士，您尾号3308信用卡欠款42,906.12元，逾期128天，您可随时还入尾号3308卡内。如需分期请致电0571-8896 2210。" })).toEqual([]);
    expect(missingRoles({ locale: "en-HK", jurisdiction: "HK", text: "Example Recovery for Example Bank: Mr SO, card ending 2250, HK$45,870, overdue since May. To pay, use Example Bank a/c 024-339-00187-2 ref MRS-90024 or call us on 3106 8821." })).toEqual([]);
    expect(missingRoles({ locale: "zh-HK", jurisdiction: "HK", category: "reminder", text: "示例銀行：Chan Siu Ming，你嘅私人貸款每月還款 HK$4,215 將於明天（12月6日）從你嘅示例儲蓄戶口自動扣賬。有疑問可喺App內「聯絡我們」同真人職員傾。" })).toEqual([]);
    expect(missingRoles({ locale: "zh-HK", jurisdiction: "HK", text: "示例財務：Wong生，5萬2 拖咗成個月。過數：FPS 9033 7126，查詢 2388 6120。" })).toEqual([]);
    expect(missingRoles({ locale: "en-US", text: "Example Cash: Tasha, loan ending 3346 is still at $1,940 after 6 months. Pay at example.com/pay or call 1-888-555-0140. Reply STOP to opt out." })).toEqual([]);
    expect(missingRoles({ locale: "zh-TW", category: "reminder", text: "示例分期 林*宇 您好：第12期 $2,980 今天23:59前繳款都不算逾期喔～超商條碼 pay.example.tw/qa12，有問題LINE @qian-example 真人回覆。" })).toEqual([]);
    // An FPS ID is where to pay, not a line to a person.
    expect(missingRoles({ locale: "en-HK", jurisdiction: "HK", category: "reminder", text: "Example Finance: Mr LAM, your instalment of HK$2,600 on FB-5512 is due on 10 Dec. Pay via FPS ID 2299 6100. Please do not reply to this SMS." })).toEqual(["contact"]);
  });

  it("reads the account to pay into at a named branch as the sender's, and any reply keyword that stops offers as an opt-out (the Chinese statement still asked for)", () => {
    expect(reports({ text: "【示例资产】周*涛先生，您的欠款3,640.75元已超过诉讼时效，我司不会就此笔债务对您提起诉讼。您仍可自愿还款：示例资产 示例银行上海分行 3100 6620 1184 0057 21。" }, "pii-masking")).toBe(false);
    expect(reports({ locale: "zh-HK", jurisdiction: "HK", text: "你好，你嘅分期欠款HK$4,380已經逾期15日，請喺今個禮拜內存入 012-875-0-033192。有問題打 5388 2041。示例財務" }, "pii-masking")).toBe(false);
    expect(reports({ text: "【示例金融】王先生，您的银行卡6222 0212 3456 7890 123扣款失败，请及时还款。" }, "pii-masking")).toBe(true);
    const optOut = (text: string): boolean =>
      findings({ locale: "en-HK", jurisdiction: "HK", category: "marketing", audience: "customer", text }, "opt-out-instruction").some((finding) => finding.message.startsWith("The message has no opt-out"));
    expect(optOut("Example Finance Ltd (Money Lenders Licence No. 1234/2026): Balance transfer loans, APR 8.9% to 35.9%. Enquiries 2366 1180. Reply N to stop receiving offers.")).toBe(false);
    expect(optOut("Example Finance Ltd (Money Lenders Licence No. 1234/2026): Balance transfer loans, APR 8.9% to 35.9%. Enquiries 2366 1180.")).toBe(true);
  });

  it("leaves help negotiating debts already owed out of the price-of-credit rule, unless the message offers credit too", () => {
    const noApr = (message: Message): boolean => reports({ category: "marketing", audience: "customer", ...message }, "apr-disclosure");
    expect(noApr({ sender: "示例法务咨询", text: "【示例法务咨询】信用卡、网贷逾期还不上？专业团队协助与银行协商停息挂账、个性化分期，最长可分60期，服务费一次性1,980元，不成功全额退款。咨询电话400-000-0000。拒收请回复R" })).toBe(false);
    expect(noApr({ locale: "zh-TW", sender: "示例債清", text: "卡債、信貸壓得喘不過氣？專人協助準備前置協商、前置調解及更生資料，成功才收服務費。免費諮詢0800-091-775（示例債清） 回T退訂" })).toBe(false);
    expect(noApr({ locale: "zh-HK", jurisdiction: "HK", channel: "email", sender: "示例債務顧問", text: "主旨：卡數還唔切？合法IVA債務重組\n示例債務顧問可以幫你整合多張信用卡欠款，經持牌破產管理人及法院批准後，利息凍結、月供大減。WhatsApp 6890 2211 預約。如不欲再收到推廣訊息，請回覆「STOP」。To unsubscribe, reply STOP." })).toBe(false);
    expect(noApr({ text: "【示例金融】网贷逾期还不上？专业团队协助与银行协商停息挂账，另有低息贷款，额度最高20万。拒收请回复R" })).toBe(true);
    expect(noApr({ text: "【示例金融】个性化分期最长60期，分期手续费低至每期0.5%，立即办理。拒收请回复R" })).toBe(true);
  });

  it("finds an heir told the debt passes to them and is payable from their own funds, whoever the message is filed to", () => {
      expect(falseLegal({ locale: "en-US", channel: "email", text: "Subject: Your father's Example Bank account\nDear Mr. Okafor, we're sorry for your loss. As his son, this balance now passes to you, and it must be paid from your own funds whether or not the estate has money. Pay at example.com/estate. Unsubscribe: example.com/unsub" })).toBe(true);
    expect(falseLegal({ locale: "en-US", channel: "email", text: "Subject: Your father's Example Bank account\nDear Mr. Okafor, we're sorry for your loss. As the estate's representative, please note the balance is paid only from the estate; you are not personally responsible for it. Unsubscribe: example.com/unsub" })).toBe(false);
  });

  it("reads a law firm's, a court's or a credit bureau's name alone as naming no creditor; the creditor it acts for, a case's plaintiff or the sender's own department as naming one", () => {
    expect(missingRoles({ sender: "示例律师事务所", text: "【示例律师事务所】王*军先生：本所受托处理您拖欠的消费贷款16,482.55元（已逾期97天），请将款项汇至本所账户 6228 4804 0219 7731 10，电话0571-8675 3302。" })).toEqual(["creditor"]);
    expect(missingRoles({ locale: "en-HK", jurisdiction: "HK", sender: "Tang & Partners", text: "TANG & PARTNERS (Legal Recovery): Mr SO Kin Wah, your unpaid debt of HK$45,870 is overdue 7 months. Pay FPS ID 6677 1203 and call 3590 2204 quoting TP-5520." })).toEqual(["creditor"]);
    expect(missingRoles({ locale: "zh-TW", sender: "(none in text)", text: "【財團法人金融聯合徵信中心】通知：台端積欠信用卡款新臺幣12,860元，已逾期180天。請即撥0800-091-553轉帳務專員，或至 pay.example.tw/jc 繳納。" })).toEqual(["creditor"]);
    expect(missingRoles({ locale: "en-HK", jurisdiction: "HK", sender: "Lam & Partners", text: "Messrs Lam & Partners, Solicitors, acting for Example Finance: Mr Ho Man Kit, a/c PR-3156, HK$9,870 outstanding for 70 days. FPS 1555 0555, enquiries 2555 0101." })).toEqual([]);
    expect(missingRoles({ locale: "en-US", channel: "email", sender: "Example Legal Group", text: "Subject: Notice of lawsuit filed - Verawood Financial v. Andre Pelletier\nMr. Pelletier, the balance of $2,410.00 has been unpaid for 120 days. Pay at example.com/pay or call 1-800-555-0100. Unsubscribe: example.com/unsub" })).toEqual([]);
    expect(missingRoles({ locale: "zh-TW", sender: "示例國際租賃", text: "【示例租賃法務部】王先生，您的車貸欠款新臺幣96,300元已逾期95天，請匯款至合作金庫 5012-7701-0912-8，匯完來電04-2326-7715。" })).toEqual([]);
  });

  it("reads payment brands said to be frozen as no way to pay, and an account number given after the payee as one", () => {
    expect(missingRoles({ text: "【示例小贷】何*军先生，您的借款12,480元逾期60天未还，我司已申请冻结您名下所有银行卡及微信、支付宝账户。详询400-000-0000。" })).toEqual(["repayment-channel"]);
    expect(missingRoles({ channel: "email", text: "主题：示例金融还款通知\n陈*伟：你欠示例消费金融有限公司¥6,014.85（逾期91天）。请将款项汇至账户：示例消费金融有限公司，账号3901 0026 0900 1887 312，或致电400-816-5507。" })).toEqual([]);
  });
});

describe("a negator that belongs to the reason or condition, not to the threat", () => {
  it("leaves the threat after a payment said to be missing standing (with no payment, not paying, 没有任何还款意愿, 未按时还款); a denial of the threat itself still negates it", () => {
    const threat = (message: Message): boolean => rules(message).includes("no-threats");
    expect(threat({ locale: "en-US", text: "Example Lending: Dana, with no payment by Friday we will contact your employer." })).toBe(true);
    expect(threat({ locale: "en-US", text: "Example Lending: Dana, if we see no payment we will contact your employer." })).toBe(true);
    expect(threat({ locale: "en-US", text: "Example Lending: Dana, not paying today means we will contact your employer." })).toBe(true);
    expect(threat({ text: "【示例金融】王先生，你没有任何还款意愿我们将联系你的家人。" })).toBe(true);
    expect(threat({ text: "【示例金融】王先生，鉴于你未按时还款我们将联系你的家人。" })).toBe(true);
    expect(threat({ locale: "en-US", text: "Example Lending: Dana, we will not contact your employer about this balance." })).toBe(false);
    expect(threat({ text: "【示例金融】王先生，我们不会联系你的家人，请放心协商。" })).toBe(false);
  });

  it("leaves the threat after a rhetorical frame that only holds a negator standing (never forget, no need for, 没人想)", () => {
    const threat = (message: Message): boolean => rules(message).includes("no-threats");
    expect(threat({ locale: "en-US", text: "Example Lending: Dana, never forget we know where you work." })).toBe(true);
    expect(threat({ locale: "en-US", text: "Example Lending: Dana, there's no need for your family to find out. Pay today." })).toBe(true);
    expect(threat({ text: "【示例金融】王先生，没人想让同事知道这件事吧，今天把钱还了。" })).toBe(true);
  });
});

describe("families of the twenty-ninth corpus's tuned half", () => {

  it("reads a number that ends the message, a staff member's line and the account the text points to as the sender's, not personal data", () => {
    const pii = (message: Message): boolean => reports(message, "pii-masking");
    expect(pii({ locale: "zh-TW", audience: "third-party", text: "阿姨您好，我這邊是示例租賃的專員。您兒子的車貸已經三個月沒繳，麻煩您勸勸他。0912-774-065" })).toBe(false);
    expect(pii({ locale: "zh-TW", text: "示例資產：周*先生，您信貸末五碼30211欠款NT$25,308一直沒處理。示例網銀繳款；專員0958-330-126" })).toBe(false);
    expect(pii({ text: "张先生您好，您尾号7710的信用卡欠款6,932.18元已逾期49天，还款直接还到信用卡就行，有事打我工作手机13715208842。示例资产" })).toBe(false);
    expect(pii({ text: "张先生，你那张卡拖了52天了，先转一部分到这个账户：6217 0035 2210 8847 561，电话0571-8623-4412。示例资产" })).toBe(false);
    // Said to be the reader's, a number is personal wherever it stands.
    expect(pii({ locale: "zh-TW", text: "示例銀行：王先生，您的手機 0912-345-678" })).toBe(true);
    expect(pii({ locale: "en-US", audience: "third-party", text: "Hi Ms. Ortiz, Example Receivables here. Your sister Elena listed you as a reference. Please tell her to call 1-866-555-0114, or we'll keep texting her at 773-555-0148 until she does. Reply STOP to opt out." })).toBe(true);
  });

  it("reads a person asked for in the app and a phone number that ends the message as a contact, not an FPS ID or an account given last", () => {
    expect(missingRoles({ text: "【示例金融】周*婷，您的借款已逾期2天，待还1,286.00元。今日23:59前在示例金融APP还清，需要帮助可在APP内点“联系人工”。" })).toEqual([]);
    expect(missingRoles({ locale: "zh-TW", text: "哈囉 張*晴～示例分期小美這邊，提醒您訂單尾號0937第4期NT$2,150已逾期6天囉，今天可以先從示例App繳😊 0911-530-772" })).toEqual([]);
    expect(missingRoles({ locale: "zh-HK", jurisdiction: "HK", text: "【示例財務】何生，尾號3315欠HK$2,900逾期7日，請過數。FPS 1555021" })).toEqual(["contact"]);
    expect(missingRoles({ locale: "zh-TW", text: "【示例銀行】陳*宏台端：尾號3321信用卡欠款24,692元已逾期60天，請匯款至(957)0044-3307-1120。" })).toEqual(["contact"]);
  });

  it("reads paying into the card itself, an account given after its label and a client account at a named bank as a way to pay", () => {
    expect(missingRoles({ text: "【示例商务】张*先生，您尾号7710的示例银行信用卡欠款6,932.18元已逾期55天，您看是不是先还到信用卡账户？0755-2361-8840" })).toEqual([]);
    expect(missingRoles({ text: "示例资产：兄弟，你尾号7710那笔钱逾期67天了，1,960块。账户：6217 0035 2210 8847 561，电话0571-8623-4412。" })).toEqual([]);
    expect(missingRoles({ locale: "en-HK", jurisdiction: "HK", channel: "email", text: "Subject: Your loan with Example Finance\nDear Ms CHAN Ka Yan,\nYour debt of HK$23,600 has been in default since 20 July 2026. Payment may be made to our client account at Example Bank 012-558-2231, or call our clerk on 2528 7700.\nExample Finance" })).toEqual([]);
    expect(missingRoles({ text: "【示例银行】王*华先生，您尾号6621信用卡已逾期74天，欠款18,220.47元，到期日当天请留意。致电4006-195-588。" })).toEqual(["repayment-channel"]);
  });

  it("finds a child's school run brought up, the collector's people downstairs or handed the file, things turning less friendly and the police coming up to arrest", () => {
      expect(threat({ locale: "en-HK", jurisdiction: "HK", text: "Ms Tang, your girl finishes at the Tai Po primary at 3:30, doesn't she? Example Credit loan LM-3301: HK$9,150, overdue 41 days." })).toBe(true);
    expect(threat({ locale: "en-HK", jurisdiction: "HK", text: "Kelvin, my colleagues are already downstairs at Tin Yiu Estate having milk tea. Example Credit a/c ...5530, HK$6,780, 29 days overdue." })).toBe(true);
    expect(threat({ locale: "en-HK", jurisdiction: "HK", text: "Example Collection: Ms Yip, loan 55-20831 overdue 37 days, HK$12,980. If it isn't in by 6pm today the file moves to our outdoor team." })).toBe(true);
    expect(threat({ locale: "en-US", text: "Example Auto Credit: Kevin, acct ending 2284 is 88 days past due. I've been straight with you every time. Things get a lot less friendly from here." })).toBe(true);
    expect(threat({ locale: "zh-HK", jurisdiction: "HK", text: "Wong生，示例財務嗰筆$8,900你拖咗成個月，差人隨時上嚟拉人。" })).toBe(true);
    expect(threat({ locale: "en-HK", jurisdiction: "HK", text: "Example Credit: Ms Tang, your loan LM-3301 is HK$9,150, overdue 41 days. Our field team will not visit you; call us to agree a plan." })).toBe(false);
  });

  it("finds settling today so the reader's people do not know, a grown man shamed by question and a debtor called shameless or unfit", () => {
    expect(reports({ locale: "zh-HK", jurisdiction: "HK", text: "【示例財務】李小姐，你嘅貸款已逾期21日。你公司HR黃小姐嘅電話我哋已經有，唔想佢知就今日搞掂。" }, "no-pressure-tactics")).toBe(true);
    expect(reports({ locale: "zh-HK", jurisdiction: "HK", category: "reminder", text: "【示例財務】李小姐，今期HK$2,600今日到期，唔想有逾期費就今日還款啦。" }, "no-pressure-tactics")).toBe(false);
    expect(reports({ locale: "en-US", text: "Lamar, Example Recovery on your loan #CL-20318. $318.40, 52 days late. What kind of grown man ghosts a $300 bill?" }, "no-pressure-tactics")).toBe(true);
    expect(reports({ locale: "zh-TW", text: "李*誠，你這種沒臉沒皮的人也配用信用卡？示例卡末碼3019沒繳。" }, "no-abusive-language")).toBe(true);
  });

  it("reads Cantonese ridicule of the debtor (仲扮死, 借錢嗰陣…還錢就…) as an insult, as readers label it, not as pressure", () => {
    const message: Message = { locale: "zh-HK", jurisdiction: "HK", text: "【示例財務】陳生，借錢嗰陣就識擒擒青，還錢就扮失蹤。合約尾號7781 $11,200 逾期50日，請致電2388 6120。" };
    expect(reports(message, "no-abusive-language")).toBe(true);
    expect(reports(message, "no-pressure-tactics")).toBe(false);
  });

  it("finds Immigration said to be notified and bailiffs announced for the furniture, and keeps a suit that may come, or will not, lawful", () => {
      expect(falseLegal({ locale: "en-HK", jurisdiction: "HK", text: "Hi Maricel, Example Lending. Your loan LR-4471 (HK$7,800) is 26 days overdue. Immigration has been notified and your visa will be reviewed unless you pay." })).toBe(true);
    expect(falseLegal({ locale: "en-HK", jurisdiction: "HK", text: "Example Credit: Mr LO, loan 55-31802, HK$16,700, 61 days overdue. Bailiffs will attend your flat on Monday to list your furniture and electrical items for seizure." })).toBe(true);
    expect(falseLegal({ locale: "zh-TW", text: "【示例資產】劉*文先生：您原示例現金卡本金NT$52,300自2016年2月起未繳，其中逾5年之利息已罹於時效，本公司不會就該部分利息起訴。" })).toBe(false);
    expect(falseLegal({ locale: "zh-TW", text: "【示例資產】劉*文先生：本公司已將本案列入法務評估，可能於2027年2月後就本金部分向法院起訴；在此之前仍可協商分期。" })).toBe(false);
    expect(falseLegal({ locale: "zh-TW", text: "【示例資產】劉*文先生：你再不還，我們不會就這樣算了，會起訴你。" })).toBe(true);
  });

  it("reads 回T退訂 as an opt-out and a debt owed to financial institutions as naming no creditor", () => {
    const optOut = (text: string): boolean =>
      findings({ locale: "zh-HK", jurisdiction: "HK", category: "marketing", audience: "customer", text }, "opt-out-instruction").some((finding) => finding.message.startsWith("The message has no opt-out"));
    expect(optOut("示例財務：你嘅可借額度已提升至HK$30,000，實際年利率5.2%起，隨時App內提取。回T退訂")).toBe(false);
    expect(missingRoles({ locale: "zh-TW", sender: "(none in text)", text: "王*明君：您積欠金融機構款項NT$58,230已逾期92天。請於3日內匯款至 pay.example.tw/jc，查詢電話(02)2388-0701。" })).toEqual(["creditor"]);
  });
});

describe("lawful notices that read like a violation: a sender's anti-fraud notice, a loan advert's chat handle, a federal student loan's garnishment notice", () => {

  it("reads a sender's notice that it never asks for a private account as no pressure, and still finds a collector asking for one", () => {
      expect(pressure({ locale: "zh-TW", text: "【示例銀行】張O誠先生您好，您信用卡末四碼6613已逾期35天，應繳NT$25,240。本行不會透過簡訊要求您提供身分證字號或匯款至個人帳戶，請使用行動銀行繳款，疑問請撥(02)8751-1313。" })).toBe(false);
    expect(pressure({ text: "【示例银行】马*先生，您尾号2256的信用卡已逾期31天，请通过示例银行App还款。温馨提示：我行不会以“司法冻结”“已立案”“上门外访”等名义要求您向个人账户转账。" })).toBe(false);
    expect(pressure({ text: "【示例花】周*涛，您订单尾号3350欠款3,462.18元，还款只能在示例花APP内完成，任何要求转账至个人账户的均非我司人员。" })).toBe(false);
    expect(pressure({ category: "marketing", audience: "customer", text: "示例小贷：老客户专享，年化利率7.2%起，额度5万起，加微信bc5550321咨询。拒收请回复R" })).toBe(false);
    expect(pressure({ text: "【示例金融】请将欠款转到我的个人账户，到账后立即结清。" })).toBe(true);
    expect(pressure({ text: "【示例金融】王先生，今天加我微信，私下处理可以给你减免。" })).toBe(true);
  });

  it("allows a federal student loan's notice of administrative wage garnishment that offers its hearing, not a garnishment claimed without one", () => {
    const falseLegal = (text: string): boolean => reports({ locale: "en-US", channel: "email", text }, "no-false-legal-claims");
    expect(falseLegal("Subject: Your loan in default\nDear Mr. Ibarra, we are collecting your defaulted federal student loan (account ending 3381) for the U.S. Department of Education; the balance is $18,402.11. Under federal law, the Department may order your employer to withhold up to 15% of your disposable pay, starting no sooner than 30 days from this notice. You have the right to inspect your loan records and to request a hearing within 30 days. Pay at example.com/pay or call 1-800-555-0100. Unsubscribe: example.com/unsub")).toBe(false);
    expect(falseLegal("Subject: Wage garnishment approved\nDear Ms. Jenkins, your defaulted federal student loan (account ending 3390) has a balance of $18,406.33. Your employer will be ordered to garnish your wages on the next payroll. Pay at example.com/pay or call 1-800-555-0100. Unsubscribe: example.com/unsub")).toBe(true);
  });

  it("reads a security notice of what the sender never texts, and what to do if someone says it, as a warning, not a claim", () => {
    const falseLegal = (text: string): boolean => reports({ locale: "en-US", category: "transactional", text }, "no-false-legal-claims");
    expect(falseLegal("Example Bank security notice: we will never text you that a warrant has been issued or that a deputy is on the way over a card balance. Call 1-800-555-0100.")).toBe(false);
    expect(falseLegal("Example FCU will never threaten arrest. If someone texts about an Example loan and says deputies are on the way, don't pay. Call us at 555-0151.")).toBe(false);
    expect(falseLegal("Example Bank: a warrant has been issued and a deputy is on the way over your card balance. Call 1-800-555-0100.")).toBe(true);
  });

  it("reads a question of how the consumer will explain the debt to their family as pressure, not as telling them", () => {
    const message: Message = { locale: "en-US", text: "Example Acceptance: Marisol, loan EA-7316 still shows $560.00 past due since April 28. How do you explain to your kids that Mom doesn't pay her bills? Pay at example.com/pay or call 956-555-0133. Reply STOP to opt out." };
    expect(reports(message, "no-threats")).toBe(false);
    expect(reports(message, "no-pressure-tactics")).toBe(true);
    expect(reports({ locale: "en-US", text: "Example Acceptance: Marisol, loan EA-7316 is $560.00 past due. We will explain to your kids that Mom doesn't pay her bills." }, "no-threats")).toBe(true);
  });

  it("allows a suit the lender will bring under the contract or is considering, as lawful notices say it", () => {
    const falseLegal = (text: string): boolean => reports({ text }, "no-false-legal-claims");
    expect(falseLegal("【示例银行】许先生：您尾号0058贷款逾期已满90天，欠款本息14,206.31元。若下周三（10月22日）前仍未还款或达成还款协议，我行将依合同约定向人民法院提起诉讼。还款：手机银行或任一网点；协商：0591-5550-6723。")).toBe(false);
    expect(falseLegal("【示例消费金融】孙*女士：您的借款（尾号3918）欠款2,650元已逾期30天。如仍未处理，我司将按合同约定计收逾期利息，并考虑通过诉讼途径解决。客服400-000-0000。")).toBe(false);
    expect(falseLegal("【示例金融】三天内不还款，我们就告你。")).toBe(true);
  });
});

describe("families of the thirtieth corpus's tuned half", () => {

  it("finds the employer notified, the reader's HR sought out, the office called, a boss who hears all about it and relatives enquired of", () => {
    expect(threat({ locale: "zh-HK", jurisdiction: "HK", text: "【示例律師行】受示例信貸委託：閣下（貸款尾號 1184）欠款 HK$33,570 已逾期 4 個月，本行將於12月14日申請破產令並通知閣下僱主。" })).toBe(true);
    expect(threat({ audience: "third-party", text: "你好，你们财务部的马丽欠钱不还已经半年了，麻烦转告她尽快处理，不然我们只能直接找你们人事了。" })).toBe(true);
    expect(threat({ locale: "zh-HK", jurisdiction: "HK", text: "喂 Jason黃（QD-77124），$1,500 都拖咗25日。今晚8點前唔還，聽日我哋就開始 call 你公司。" })).toBe(true);
    expect(threat({ locale: "en-HK", jurisdiction: "HK", text: "Miss Tsang, 2 weeks late already, HK$3,600. Transfer to FPS 5544 1020 today or your boss hears all about it." })).toBe(true);
    expect(threat({ locale: "en-HK", jurisdiction: "HK", channel: "email", text: "Dear Mr SZE, your Example Bank loan ending 0447 has been in arrears for 112 days. Our associates have been asked to make enquiries with your relatives at your home town address." })).toBe(true);
    // Said of the sender's own people, or denied, none of it is a threat.
    expect(threat({ locale: "zh-HK", jurisdiction: "HK", text: "【示例財務】陳生，閣下貸款已逾期10日，本公司不會通知閣下僱主，請經App還款。" })).toBe(false);
    expect(threat({ text: "【示例金融】王先生，您的借款已逾期5天，如需协商可直接找您的客户经理。" })).toBe(false);
  });

  it("finds other borrowers' fate held up, the reader's family invoked before a refusal, a meeting with the family and reluctance that announces the act", () => {
    expect(threat({ locale: "en-US", channel: "email", text: "Mr. Okafor, your Example Auto account is 52 days past due. Last spring two other customers at Riverside Commons stopped answering us as well. Ask your neighbours how that turned out for them." })).toBe(true);
    expect(threat({ locale: "en-US", channel: "email", text: "Dear Mr. Ellison, your Example loan is 67 days past due. You have a wife and two little girls at home. Think about them before you decide to ignore us again." })).toBe(true);
    expect(threat({ locale: "zh-HK", jurisdiction: "HK", text: "示例財務：黎先生，閣下尚欠 HK$16,520。我們實不希望在令尊八十大壽的壽宴上與閣下家人見面，敬請於12月20日前清還。" })).toBe(true);
    expect(threat({ locale: "en-US", channel: "email", text: "Hi Carlos (acct 7305), we really don't want to involve your parents in Shreveport. Pay at example.com/pay." })).toBe(true);
    expect(threat({ locale: "en-US", channel: "email", text: "Hi Carlos (acct 7305), we will not involve your parents. Pay at example.com/pay." })).toBe(false);
  });

  it("finds a grown man who cannot even pay and a new car beside the debt as shaming; an account escalated at a deadline is pressure, not a threat", () => {
    expect(reports({ locale: "en-HK", jurisdiction: "HK", text: "Example Cash: Ah Fai, HK$8,800, 55 days late. Grown man, can't even pay back a loan? Pay FPS 109 223 48." }, "no-pressure-tactics")).toBe(true);
    expect(reports({ locale: "en-US", text: "Example Recovery: Maria, acct ending 0193 is 5 months past due. You've got a new car in the driveway and can't cover this? Pay at example.com or call (602) 555-0175. Reply STOP to opt out." }, "no-pressure-tactics")).toBe(true);
    const escalated: Message = { locale: "en-US", audience: "third-party", text: "Hi Keisha, this is Example Lending. Your brother Malik's loan is 3 weeks overdue. Please make sure he pays TODAY or we'll have to escalate his account." };
    expect(threat(escalated)).toBe(false);
    expect(reports(escalated, "no-pressure-tactics")).toBe(true);
  });

  it("finds a son or the family told the dead borrower's debt is now theirs, and a travel ban claimed by a lender", () => {
      expect(falseLegal({ locale: "en-US", channel: "email", text: "Dear Mr. Greer, as administrator of your father's estate, please note the Example Visa ending 3056 carries $7,812.44. As his son you are now personally liable for the full balance." })).toBe(true);
    expect(falseLegal({ locale: "en-US", channel: "email", audience: "third-party", text: "Hi James, our condolences. Alan's Example card balance of $6,204.88 is now the family's responsibility." })).toBe(true);
    expect(falseLegal({ locale: "en-US", channel: "email", text: "Dear Mr. Greer, as administrator of your father's estate, please note the balance is paid only from the estate; as his son you are not personally liable for it." })).toBe(false);
    expect(falseLegal({ locale: "zh-HK", jurisdiction: "HK", text: "示例銀行：何先生，閣下私人貸款欠款 HK$41,800 已逾期 6 個月，本行已知會入境處限制閣下出境。" })).toBe(true);
  });

  it("reads a reply, a card tail, an English given name with a Chinese surname, a labelled reference, days as a floor and thousands as k as the disclosures they are", () => {
    expect(missingRoles({ locale: "en-HK", jurisdiction: "HK", text: "Example Cash: Miss Tsang (loan ending 4410), HK$3,600, 14 days late. Pay FPS 109 223 48 or reply." })).toEqual([]);
    expect(missingRoles({ locale: "en-HK", jurisdiction: "HK", text: "Yo Kelvin, Example Cash. 12k outstanding, 70+ days now. Reply or pay FPS 109 223 48." })).toEqual([]);
    expect(missingRoles({ locale: "zh-HK", jurisdiction: "HK", text: "示例財務：兄弟，你欠嗰邊 $23,000（卡尾 6610，拖咗四個月），FPS ID 1688 2207，WhatsApp 5338 0719。" })).toEqual([]);
    expect(missingRoles({ locale: "zh-HK", jurisdiction: "HK", text: "喂 Jason黃（QD-77124），$1,500 都賴咗25日。示例App還款／客服 3611 9087" })).toEqual([]);
    expect(missingRoles({ locale: "en-US", channel: "email", text: "Example Recovery is a debt collector.\nReference: PR-448102, for Jonah Reyes\nAs of 10/01/2026 you owed: $2,411.09\nPay at example.com, or call (800) 555-0117.\nTo stop receiving email from us, reply STOP." })).toEqual([]);
    // Replying to opt out reaches no one.
    expect(missingRoles({ locale: "en-HK", jurisdiction: "HK", text: "Example Cash: Ms Lee (loan ending 4410), HK$3,600, 14 days late. Pay FPS 109 223 48. Reply STOP to opt out." })).toEqual(["contact"]);
  });

  it("reads a bank and its account number after the payment words as a way to pay, and the account a payment goes to as the sender's", () => {
    expect(missingRoles({ locale: "en-HK", jurisdiction: "HK", channel: "email", text: "Dear Ms CHOI (loan SC-55012), HK$27,300 has been in default since 14 July 2026. Payment may still be made to Example Cash Ltd, HSBC 004-552-118820-838, or call 3555 0155." })).toEqual([]);
    expect(missingRoles({ locale: "zh-HK", jurisdiction: "HK", text: "示例追收：鄺先生，閣下信用卡（尾號 8820）結欠 HK$9,306.40，已逾期30日。還款：示例銀行 029-118-2206（示例追收）；熱線 3590 2266。" })).toEqual([]);
    const pii = (message: Message): boolean => reports(message, "pii-masking");
    expect(pii({ locale: "en-HK", jurisdiction: "HK", channel: "email", text: "Dear Mr HUI, your Example Bank card ending 6054 is overdue. You can still pay at any branch, in Example Mobile, or to account 012-880-44100-2." })).toBe(false);
    expect(pii({ locale: "en-US", channel: "email", category: "transactional", text: "Hi Darius, we've updated your payroll deposit to account 0021 4477 8190 at our bank." })).toBe(true);
    expect(pii({ text: "【示例资产】丁*波先生：您欠款27,640.18元，已逾期402天。还款账户 3301 0401 2288 5610 09（示例资产管理有限公司），电话0571-8769-2210。" })).toBe(false);
  });

  it("reads 拒收請回STOP, a push's notification settings and 不欲收…請回覆 STOP as opt-outs, and a cost per day in an advert as a price of credit", () => {
    const noOptOut = (message: Message): boolean => findings(message, "opt-out-instruction").some((finding) => finding.messageId === "missing");
    expect(noOptOut({ locale: "zh-TW", category: "marketing", audience: "customer", text: "【示例商銀】辦示例聯名卡，首刷滿3,000送500元回饋，申辦 example.tw/card 拒收請回STOP" })).toBe(false);
    expect(noOptOut({ locale: "zh-TW", category: "marketing", audience: "customer", channel: "push", text: "【示例銀行】預借現金限時優惠，APP即可申請。不想收到此類通知：我的>設定>行銷推播" })).toBe(false);
    expect(noOptOut({ locale: "zh-TW", category: "marketing", audience: "customer", text: "【示例商銀】辦示例聯名卡，首刷滿3,000送500元回饋，申辦 example.tw/card" })).toBe(true);
    expect(reports({ locale: "en-HK", jurisdiction: "HK", category: "marketing", audience: "customer", text: "Example Cash: interest from just HK$1.2 a day per HK$1,000 borrowed. To unsubscribe reply STOP. 如不欲再收到推廣訊息，請回覆STOP。" }, "apr-disclosure")).toBe(true);
  });

  it("finds a debt left unpaid named to a parent", () => {
    expect(reports({ locale: "en-HK", jurisdiction: "HK", audience: "third-party", text: "Example Cash: Mr CHAN senior, your son Wai Lun has left HK$14,000 unpaid with us. Ask him to call 3555 0155." }, "no-third-party-disclosure")).toBe(true);
  });
});

describe("lawful notices that name a threat: a reply to a complaint, a visit the reader asked for, contact the sender stopped, an agency's rules, a student loan's garnishment notice", () => {

  it("reads a reply to a complaint that reports what a collector said as a report, not a threat", () => {
    expect(threat({ locale: "zh-TW", category: "transactional", channel: "email", text: "周*安先生您好：\n關於本行受託催收機構人員於11月28日電話中表示「再不還就去您公司找主管」「讓您全家都知道」一事，本行深感抱歉。本行不會與您的雇主或家人聯繫。如需協商請撥02-2312-6688。\n示例銀行" })).toBe(false);
    expect(threat({ locale: "zh-HK", jurisdiction: "HK", category: "transactional", text: "示例信貸：曾先生，就你 12月2日 投訴外判同事在短訊中提及你女兒學校一事，我們深表歉意。日後只會由本公司直接與你聯絡。" })).toBe(false);
    expect(threat({ category: "transactional", text: "【示例贷】冯*丽，您就外包催收人员向您联系人发送信息一事的投诉已受理（编号TS20261204117）。咨询400-990-6618。" })).toBe(false);
    expect(threat({ locale: "en-US", category: "transactional", channel: "email", text: "Dear Mr. Ngata, thank you for telling us about the call you received on 11/20. We are sorry. Our representative told you that he would “call your boss at the depot.” That is not how we work. You can speak to a supervisor at (412) 555-0179." })).toBe(false);
    // The same words said by the sender are threats.
    expect(threat({ locale: "zh-TW", text: "周*安先生，再不還就去您公司找主管，讓您全家都知道。" })).toBe(true);
    expect(threat({ text: "【示例贷】冯*丽，我们将向您联系人发送信息。" })).toBe(true);
    expect(threat({ locale: "en-US", text: "Example Recovery: Mr. Ngata, our representative will call your boss at the depot. Reply STOP to opt out." })).toBe(true);
  });

  it("reads a visit the reader asked for, at a clock time, as no threat and no deadline", () => {
    const visit: Message = { channel: "email", text: "主题：上门签约预约确认\n欧阳*宁先生：\n根据您12月3日的申请，我司已为您办理个性化分期（合同尾号8120，欠款5,930.00元，逾期58天）。两名工作人员将于12月9日14:00前往您指定的地址办理签约，届时会出示工作证及授权书。如需改期，请致电400-826-1175。\n示例消费金融" };
    expect(threat(visit)).toBe(false);
    expect(reports(visit, "no-pressure-tactics")).toBe(false);
    expect(threat({ text: "【示例消费金融】欧阳*宁，今天14:00前不还款，两名工作人员将前往您的住址。" })).toBe(true);
  });

  it("reads contact the sender stopped, a refusal to call the reader names and an agency's list of what it must not do as no threat or insult", () => {
    expect(threat({ text: "【示例借】刘晓婷，您在示例借的借款3,600元已逾期35天。我们已停止联系您的紧急联系人，后续只联系您本人。APP首页可还款。" })).toBe(false);
    expect(threat({ text: "【示例借】刘晓婷，您的借款已逾期35天。明天开始联系您的紧急联系人。" })).toBe(true);
    expect(reports({ text: "【示例花】陈浩，您的借款4,150元已逾期62天。我们不会把您当作“老赖”，逾期往往事出有因。" }, "no-abusive-language")).toBe(false);
    expect(reports({ text: "【示例花】陈浩，您的借款4,150元已逾期62天，你就是个老赖。" }, "no-abusive-language")).toBe(true);
    expect(threat({ locale: "en-HK", jurisdiction: "HK", channel: "email", text: "Dear Mr HUI, unless the account is brought up to date by 21 December 2026, we intend to appoint an agency to collect it. The agency must not threaten you, visit you unannounced, or contact your employer, family or referees about the debt." })).toBe(false);
    expect(threat({ locale: "zh-HK", jurisdiction: "HK", audience: "third-party", text: "Madam Wong，你屋企工人喺我哋度借咗 $9,500，逾期3個月，唔係聽日我哋再打嚟你屋企。" })).toBe(false);
    expect(threat({ locale: "zh-HK", jurisdiction: "HK", audience: "third-party", text: "各位同事好，Marketing部嘅 Vincent Lau 欠咗我哋公司 $50,000 唔還，仲玩失蹤，呢種人大家小心啲。" })).toBe(false);
    expect(threat({ locale: "zh-HK", jurisdiction: "HK", text: "陳生，拖咗三個月仲唔還，小心啲。" })).toBe(true);
  });

  it("allows a federal student loan's garnishment notice that orders the employer with the rights it must state", () => {
    const notice = "Subject: Notice of intent to garnish wages\nDear Ms. Whitfield,\nYour defaulted federal student loan 90-4471 has a balance of $14,208.77. If you do not act, we may order your employer to withhold up to 15% of your disposable pay, starting no sooner than 30 days after this notice.\nYou have the right to inspect your loan records, to propose a repayment agreement, and to request a hearing.\nPay at example.com or call (877) 555-0161.\nTo stop emails at this address, reply STOP.";
    expect(threat({ locale: "en-US", channel: "email", text: notice })).toBe(false);
    expect(threat({ locale: "en-US", channel: "email", text: "Subject: Your card\nDear Ms. Whitfield,\nYour Example card balance is $1,208.77. If you do not act, we will call your employer about this.\nPay at example.com.\nTo stop emails at this address, reply STOP." })).toBe(true);
  });
});

describe("families of the thirty-first corpus's tuned half", () => {

  it("finds the reader's daily route told back, the family brought to shame and the contacts gathered to be notified down the list", () => {
    expect(threat({ locale: "zh-TW", text: "邱先生，你在示例精密三樓上班對吧？每天6點下班都走後門那條巷子。你的信貸NT$215,400已經逾期5個月了。" })).toBe(true);
    expect(threat({ locale: "zh-TW", text: "【示例資產】方先生，卡債NT$92,440已經拖兩年了。我們實在不希望事情走到讓您家人也跟著難堪的那一步。" })).toBe(true);
    expect(threat({ text: "【示例借】于*，通讯录里那287个联系人我们已经整理好了，今天晚上8点前还不进来，我们就按名单挨个通知。" })).toBe(true);
    expect(threat({ locale: "en-US", text: "Example Point: Alicia, the last guy who ignored us for a year on a $3k balance had a really rough month at work. Acct ref 5512, $3,044.90." })).toBe(true);
    expect(threat({ locale: "en-US", text: "Example: Luis you clown, pay the $1,940.00 on loan 4012 or the sheriff picks you up on the warrant. Reply STOP to opt out." })).toBe(true);
    expect(threat({ ...EN_HK, text: "Example Recovery: Mr Lam, we really don't want your building's owners' WhatsApp group to hear about the HK$13,560 on your card (****2017, 88 days)." })).toBe(true);
    expect(threat({ ...EN_HK, audience: "third-party", text: "Dear Employer, your helper Maria owes Example Lender HK$6,800. Please deduct it from her salary, or we will report her to Immigration to review her visa." })).toBe(true);
  });

  it("reads a summons posted home, a colleague of the sender's to talk a plan through, an employee named to the employer and a claim about the children's schooling as no threat", () => {
    expect(threat({ ...HK, text: "示例信貸：林小姐，信用卡尾號 5562 欠 HK$9,870 已逾期 64 日。今晚 8 點前唔入數，聽日法庭就會發傳票去你屋企。" })).toBe(false);
    expect(threat({ ...HK, text: "示例財務：黃小姐，你嘅私人貸款已逾期 6 日。有困難可以 WhatsApp 5188 2031 搵同事傾分期。" })).toBe(false);
    expect(threat({ locale: "zh-TW", audience: "third-party", text: "【示例銀行】您好，想與貴公司邱*銘先生聯絡一件私人事務，麻煩請他撥02-2181-6620，謝謝。" })).toBe(false);
    expect(threat({ text: "【示例农商银行】韦*先生：您尾号7746信用卡欠款31,200元已逾期8个月。本行将同步限制您子女就读私立学校。" })).toBe(false);
    expect(threat({ ...HK, text: "示例信貸：林小姐，今晚 8 點前唔入數，聽日我哋就去你屋企搵你。" })).toBe(true);
  });

  it("finds a countdown of hours and a father asked whether it is defensible; the notice before the last one is no last notice; a masked 仆街 is an insult", () => {
      expect(pressure({ ...HK, text: "示例財務倒數⏰ 吳先生，貸款尾號 7730 逾期 35 日，欠 HK$8,920。距離轉交法律部仲有 3 小時！" })).toBe(true);
    expect(pressure({ locale: "zh-TW", text: "【示例融資】曾*安先生，您機車分期NT$6,480已逾期21天。女兒的才藝班學費都繳得出來，做爸爸的不覺得說不過去嗎？" })).toBe(true);
    expect(pressure({ ...HK, text: "示例財務（最後通知前之通知）：吳先生，貸款尾號 7730 逾期 35 日，欠 HK$8,920。如 12 月 31 日前仍未還款，帳戶將轉介收數公司。" })).toBe(false);
    expect(pressure({ ...EN_HK, text: "Example Lender: Ms Lai, your kids see you buy new phones while HK$6,100 on SR-20331 sits unpaid for 33 days. Is that the example you want to set?" })).toBe(true);
    expect(reports({ ...HK, text: "示例財務：李生，貸款尾號 6642 欠 HK$21,300 逾期 61 日，你正一仆X。" }, "no-abusive-language")).toBe(true);
  });

  it("finds parents said to owe by law, a departure stop list, a prosecutor taking the file, a passport review, Immigration checking a register and bailiffs scheduled for the furniture", () => {
      expect(falseLegal({ locale: "zh-TW", audience: "third-party", text: "陳媽媽您好，令郎陳*宇欠本公司NT$36,000已逾期70天，依法父母有代償義務，請於本週五前代為匯款。" })).toBe(true);
    expect(falseLegal({ ...HK, text: "示例財務：陳小姐（貸款尾號 2204，欠 HK$14,350），你已被列入入境處限制離境名單，機場過關會被截停。" })).toBe(true);
    expect(falseLegal({ ...EN_HK, text: "Example Recovery: Friendly advice, Ms Ho. Once the prosecutor accepts your file it is out of our hands. HK$7,680 is 67 days past due." })).toBe(true);
    expect(falseLegal({ locale: "en-US", text: "Example Recovery: Luis, accounts over $1,500 in default are now shared with federal agencies for passport review. Reply STOP to opt out." })).toBe(true);
    expect(falseLegal({ ...EN_HK, text: "Example Lending: Mr Fung, loan TH-10922 is 41 days overdue. You are now on the Bad Debtor Register; banks, landlords and Immigration check it." })).toBe(true);
    expect(falseLegal({ ...EN_HK, text: "Example Collections: Mr Ng, card ending 6120, HK$21,300, overdue 80 days. Bailiffs are scheduled to attend your flat in Sha Tin on Thursday to list furniture and electronics for seizure." })).toBe(true);
  });

  it("finds a spouse's or parent's credit said to be tied to the borrower's and a lifetime of refusals", () => {
      expect(credit({ locale: "zh-TW", audience: "third-party", text: "林太太您好，您先生的卡費NT$46,300已經逾期四個月了。夫妻的信用是連動的，他不處理，您的聯徵分數也會跟著往下掉。" })).toBe(true);
    expect(credit({ ...HK, text: "示例銀行：鄭先生，信用卡尾號 7781 已逾期 75 日。TU 變 J 級之後，你一世都唔會再批到樓按。" })).toBe(true);
    expect(credit({ ...EN_HK, audience: "third-party", text: "Mrs Leung, this is Example Bank. Your son has not paid his credit card for 3 months. Families are linked in TU, so your own rating will drop with his." })).toBe(true);
  });

  it("reads a bank or an account number written out, a named app and a collection account as ways to pay, not 'the app' alone", () => {
    expect(missingRoles({ ...HK, text: "示例信貸管理：林小姐，港灣銀行卡尾號 5562 欠款 HK$9,870（逾期 64 日）。3555 2288 / 港灣銀行 023-456789-001" })).toEqual([]);
    expect(missingRoles({ locale: "zh-TW", text: "邱*銘，港都銀行信貸NT$215,400逾期5個月，今天下班前繳清。帳號009-77-300115-8 / 02-2181-6620 示例資產" })).toEqual([]);
    expect(missingRoles({ locale: "zh-TW", text: "【示例應收帳款】方先生，嘉禾卡債NT$92,440已逾期兩年。受託專戶102-88-045512，02-2955-7140" })).toEqual([]);
    expect(missingRoles({ locale: "zh-TW", text: "謝*君，手機分期NT$11,850逾期83天都沒處理。聚捷App繳款，02-8978-3316 示例資融" })).toEqual([]);
    expect(missingRoles({ text: "尊敬的张*伟先生，您尾号3321的借款已逾期12天，应还¥3,268.40，请登录App还款，客服400-555-0182。" })).toContain("repayment-channel");
  });

  it("reads an amount in ten-thousands before more words and thousands with hundreds as the amount owed", () => {
    expect(missingRoles({ text: "【示例借】小周，你那笔借的1万2再拖下去就逾期60天了，APP还款，客服400-000-0000。" })).not.toContain("amount-due");
    expect(missingRoles({ locale: "zh-TW", text: "【示例分期】黃先生，2萬5的利息拖10天了，請至超商繳款，客服0800-000-000。" })).not.toContain("amount-due");
    expect(missingRoles({ locale: "zh-TW", text: "【示例分期】蔡O宇，三千二百八也繳不出來，第5期拖了8天。四大超商條碼繳款，客服0800-277-166" })).not.toContain("amount-due");
    expect(missingRoles({ text: "【示例借】小周，你那笔借款再拖下去就逾期60天了，APP还款，客服400-000-0000。" })).toContain("amount-due");
  });

  it("reads a year unpaid since, a button to reach a person, a name before 你好, in-app chat and a payee's masked name as the disclosures they are", () => {
    expect(missingRoles({ locale: "zh-TW", text: "【示例資產】周*萍女士，原示例銀行卡債(末4碼3308)本息合計NT$62,042，自96年起未繳。請匯入示例商銀102-88-019347，或電0800-260-517洽談。" })).toEqual([]);
    expect(missingRoles({ ...HK, channel: "push", text: "示例財務：陳生，你尾號4417嘅貸款HK$3,280已逾期5日，打開App即可還款。如需協助請按「聯絡客服」。" })).not.toContain("contact");
    expect(missingRoles({ ...HK, category: "reminder", text: "示例財務：Siti 你好，今期 HK$1,580 後日（12月7日）到期。可以去荃灣分店還，或者用 FPS ID 5533021。有問題 WhatsApp 5288 1180。" })).toEqual([]);
    expect(missingRoles({ ...EN_HK, text: "Example Dollar: Hello Mr Cheung Ka Ho, a/c ending 4471, HK$5,300 is 40 days overdue. Please pay today in the Example app, or tell us what works for you via in-app chat." })).toEqual([]);
    const unnamed = (message: Message): boolean => findings(message, "recipient-identification").some((finding) => finding.messageId?.startsWith("missingName") === true);
    expect(unnamed({ locale: "zh-TW", text: "您好，您的借款已逾期15天，應還NT$4,600，請今日內匯款至808-15-006721-9 戶名林○○，如有疑問直接回覆本簡訊。" })).toBe(true);
    expect(unnamed({ locale: "zh-TW", text: "林○○您好，您的借款已逾期15天，應還NT$4,600，請今日內匯款至808-15-006721-9，如有疑問直接回覆本簡訊。" })).toBe(false);
  });

  it("reads a relative's number named and a person sought at a number as personal data", () => {
    const pii = (message: Message): boolean => reports(message, "pii-masking");
    expect(pii({ ...EN_HK, audience: "third-party", text: "Hello, Example Quick Loan. You are listed as emergency contact of Chow Ka Man, who owes us HK$3,300. Her number is 9381 2245 - please call her." })).toBe(true);
    expect(pii({ locale: "en-US", audience: "third-party", text: "Example Portfolio: Hi, we're trying to reach Kevin Ruiz at 312-555-0187 about his overdue balance. Please have him call us at 866-555-0188. Reply STOP to opt out." })).toBe(true);
    expect(pii({ locale: "en-US", text: "Example Store: Hi Jo, questions about your order? Call your store manager Dana at 312-555-0187. Reply STOP to opt out." })).toBe(false);
  });

  it("reads a number taken off an account as no disclosure, and a debt named by the account it sits on as one", () => {
    const tpd = (message: Message): boolean => reports(message, "no-third-party-disclosure");
    // A collector naming itself as one to a third party still tells them of a debt (15 U.S.C. §1692b(1), (5)).
    expect(tpd({ locale: "en-US", audience: "third-party", text: "Example Collections: Thanks for letting us know this isn't Tomas's number. We won't text you again." })).toBe(true);
    expect(tpd({ locale: "en-US", audience: "third-party", text: "Got it, sorry about that - we'll take your number off the account and won't text again. - Example Motors" })).toBe(false);
    expect(tpd({ locale: "en-US", audience: "third-party", text: "Hi Mrs. Reyes, your husband Tomas needs to settle his Example account today. Have him call 555-0190. STOP to opt out" })).toBe(true);
    expect(tpd({ locale: "en-US", audience: "third-party", text: "Hello, this is Example Recovery. Your neighbor Shawna has an account she's been ignoring for months. Reply STOP to opt out." })).toBe(true);
  });
});

describe("lawful notices that name legal process: a guarantor's right, a firm the lender engaged, a probate claim, a possible referral, a time-barred debt, a debt relief advert", () => {

  it("reads them as lawful, and the same steps claimed as done or certain as false", () => {
    expect(falseLegal({ locale: "zh-TW", text: "【示例銀行】邱*芳女士您好：您為邱*銘先生信用貸款之一般保證人。依民法第745條，您有先訴抗辯權，於本行就主債務人財產強制執行無效果前，得拒絕清償。如有疑問請撥02-2181-6620。" })).toBe(false);
    expect(falseLegal({ text: "【示例银行】欧*先生：您尾号5538信用卡欠款18,604元已逾期118天，我行已将您的账户委托北京示例律师事务所处理，律师函将于近日寄送至您账单地址。还款请通过示例银行APP。" })).toBe(false);
    expect(falseLegal({ text: "【示例金融】欧*先生，您已逾期118天，律师函已经发出，法院马上立案。" })).toBe(true);
    expect(falseLegal({ locale: "en-US", text: "Example Bank Estate Services: Hi Laura, following up on the estate of Robert Haines (card ending 2209, $4,312.66). You are not personally liable; our claim was filed with the probate court on Nov 20. Reply STOP to opt out." })).toBe(false);
    expect(falseLegal({ locale: "en-US", text: "Example Collections for Example Bank: Tomas, acct ending 7781, $2,310.55, 120 days past due. If we don't hear from you by Friday, the account may be sent to the bank's attorney for review. Reply STOP to opt out." })).toBe(false);
    expect(falseLegal({ locale: "en-US", channel: "email", text: "Subject: Your former account\nHello Ms. Nguyen, Example Receivables is collecting this debt. The law limits how long you can be sued on a debt. Because of the age of your debt, the owner cannot sue you for it. In some states, a payment could restart the time period for a lawsuit.\nTo stop emails, reply STOP." })).toBe(false);
    expect(reports({ locale: "en-US", channel: "email", category: "marketing", audience: "customer", text: "Subject: Behind on cards?\nExample Debt Relief negotiates with your creditors to reduce what you owe. We're only paid a fee of 20% of the enrolled debt after a settlement.\nUnsubscribe: example.com/unsub" }, "apr-disclosure")).toBe(false);
  });
});

describe("families of the thirty-second corpus's tuned half", () => {

  it("finds the next visit promised to be more, the workplace watched, a reluctant talk with the employer, the group chats held out, a notice for the community board and another debtor's fate", () => {
    expect(threat({ locale: "en-US", text: "Example Auto: Carlos, we came by the apartment on Tuesday about the $778.00 past due on acct 2206. Next time won't just be a knock." })).toBe(true);
    expect(threat({ ...EN_HK, text: "Example Cash: Mr Leung, loan ending 5521 is 31 days overdue. We have the address of your office in Kwun Tong – our colleagues pass by there every day." })).toBe(true);
    expect(threat({ ...EN_HK, text: "Example Bank: Mr Tang, HK$9,842.50 on card ending 4471 is overdue. We really don't want to have to discuss this with your employer, so please call 2388 6200 this week." })).toBe(true);
    expect(threat({ text: "【示例分期】孙*，账单尾号6620已逾期92天。你加的那几个同学群、业主群我们这边都看得到，真要发一条出来大家脸上都不好看。" })).toBe(true);
    expect(threat({ locale: "zh-TW", text: "【示例資產】楊女士您好，您積欠之信用貸款新臺幣143,920元未繳，本公司正考慮將催告函副本張貼於您所居住社區之公布欄。" })).toBe(true);
    expect(threat({ ...HK, text: "示例收數：陳生，$15,388，尾號7719，逾期62日。之前有個客同你一樣唔理，結果點你可以估下。" })).toBe(true);
  });

  it("reads the reader's own choice to talk it over, a promise not to, and a notice kept off the building as no threat", () => {
    expect(threat({ locale: "en-US", text: "Example Bank: if a plan would help, you may wish to discuss this with your family first. Call 1-800-555-0100." })).toBe(false);
    expect(threat({ ...EN_HK, text: "Example Bank: we will not discuss this with your employer. Please call 2388 6200 about card ending 4471." })).toBe(false);
    expect(threat({ locale: "zh-TW", text: "【示例資產】楊女士您好，本公司不會將任何文件張貼於您的社區或住處，請放心與我們聯繫。" })).toBe(false);
  });

  it("reads scammers' wording quoted in an anti-fraud notice as reported, though a quote's comma leaves its condition opening a clause", () => {
    const notice = "【示例分期】防诈提醒：近期有不法分子冒充“示例分期客服”，以“注销校园贷账户，否则影响征信”“不处理就上门、通知你父母和单位”等说法诱导转账。示例分期不会上门或联系您的家人。";
    expect(threat({ category: "transactional", text: notice })).toBe(false);
    expect(threat({ category: "transactional", text: "【示例分期】防诈提醒：近期有不法分子冒充客服。注销校园贷账户，否则影响征信，不处理就上门、通知你父母和单位。" })).toBe(true);
  });

  it("finds a person of standing who cannot pay and what the students would think, and the last time it is said nicely; an inconvenient day is no refusal", () => {
    expect(pressure({ ...EN_HK, text: "Example Finance: Ms Cheung, a teacher who can't pay back HK$3,040? What would your students think? Loan ending 7741, 60 days overdue." })).toBe(true);
    expect(pressure({ ...HK, text: "示例收數：陳生，最後一次同你好好講。$15,388，尾號7719，逾期62日。" })).toBe(true);
    expect(pressure({ text: "【示例分期】吴*芳您好，您约好今天还款1,560.00元（账单尾号8834，已逾期12天）。如果今天不方便，直接回复这条短信告诉我们新的时间就行，我们来调整。" })).toBe(false);
  });

  it("finds the employer told to withhold a sum from each pay, and a referee said to be bound by the contract; a law firm's advert claims nothing", () => {
    expect(falseLegal({ locale: "zh-TW", audience: "third-party", text: "示例公司人事部鈞鑒：貴公司員工劉*宏先生積欠信用貸款新臺幣312,400元。依法請貴公司自本月起扣留其每月薪資三分之一，匯入本公司指定帳戶。" })).toBe(true);
    expect(falseLegal({ locale: "en-US", audience: "third-party", text: "Example Collections to Payroll: per the account of your employee Tanya Ruiz, please withhold $150 from each paycheck beginning 12/18 and remit to us. Reply STOP to opt out." })).toBe(true);
    expect(falseLegal({ ...HK, audience: "third-party", text: "你好，你係葉子晴申請貸款時填寫嘅諮詢人。佢而家欠示例信貸$31,500，根據合約諮詢人都有責任跟進還款。" })).toBe(true);
    expect(falseLegal({ category: "marketing", audience: "customer", text: "【示例债务咨询】如您名下有逾期信用卡，我们的合作律所可提供债务协商咨询，首次咨询免费。咨询热线400-633-2019。拒收请回复R" })).toBe(false);
  });

  it("finds a judgment said to be expected, not one a court may enter", () => {
    expect(falseLegal({ locale: "en-US", channel: "email", text: "Subject: Notice of pending litigation\n\nLuis, our office has prepared a civil complaint regarding your Visa ending 7710 ($3,412.55). Judgment is expected to be entered in our client's favor unless payment arrangements are made. Unsubscribe" })).toBe(true);
    expect(falseLegal({ locale: "en-US", channel: "email", text: "Subject: Your account\n\nLuis, your Visa ending 7710 ($3,412.55) is 95 days past due. If a lawsuit is filed and a court finds against you, a judgment may be entered. Unsubscribe" })).toBe(false);
  });

  it("finds a default said to be reported as fraud and seen by background checks, and a register of defaulters, as credit claims, not as telling anyone", () => {
      const message = { ...EN_HK, text: "Example Cash: Ka Ho, the default on loan ending 5521 (HK$6,420, 40 days) will show on your TU report as fraud, and employers' background checks will see it." };
    expect(credit(message)).toBe(true);
    expect(threat(message)).toBe(false);
    expect(credit({ ...HK, text: "示例信貸：李先生，你逾期5個月未還$38,200（尾號6613），本公司已將你列入放債人公會失信人名單。" })).toBe(true);
  });

  it("reads a bank's mobile web, 過數 to a bank account, a transfer to a long-named payee, any store of the brand and the due day reached tomorrow as the disclosures they are", () => {
    expect(missingRoles({ locale: "zh-TW", text: "【示例銀行】陳*安您好，您尾號8841信用卡帳款NT$12,305於昨日(12/24)到期尚未入帳。可使用示例行動網繳款，或洽0800-085-338。" })).toEqual([]);
    expect(missingRoles({ ...HK, text: "示例財務：黃小姐，合約尾號2207嗰期$3,150逾期4日，麻煩今個禮拜內過數到 恒生 388-123456-883，有問題WhatsApp 6123 8890。" })).not.toContain("repayment-channel");
    expect(missingRoles({ ...EN_HK, sender: "Example Finance Limited", text: "Example Finance Limited: Dear Mr Kwok, loan LR-2011-0932 has been in default since 1 October; arrears HK$18,640. Please pay by transfer to Example Finance Limited, Harbour Bank a/c 012-556-778210. Enquiries 2566 1818." })).not.toContain("repayment-channel");
    expect(missingRoles({ locale: "en-US", sender: "Example Title", text: "EXAMPLE TITLE: Gloria, acct ending 8812 is 25 days past due, $660.00. Any Example Title store or 1-855-555-0161. Reply STOP to opt out." })).not.toContain("repayment-channel");
    expect(missingRoles({ category: "reminder", text: "【示例借】亲，您尾号3321的借款明天就到还款日啦，本期应还886.20元，记得打开示例借APP还款哦，客服400-000-0000。" })).not.toContain("due-date");
  });

  it("reads an Unsubscribe closing an email and a keyword sent to a number to stop promotions as opt-outs, and a sender signing in either of its two scripts", () => {
    const noOptOut = (message: Message): boolean => findings(message, "opt-out-instruction").some((finding) => finding.messageId === "missing");
    expect(noOptOut({ locale: "en-US", category: "marketing", audience: "customer", channel: "email", text: "Subject: Preapproved\n\nHi Simone, you're preapproved for the Example Rewards Visa: 20.24%-29.24% variable APR. Accept at example.com/offer. Example Bank, 100 Main St, Springfield, IL 62701. You're receiving this because you're a customer. Unsubscribe from marketing emails." })).toBe(false);
    expect(noOptOut({ locale: "en-US", category: "marketing", audience: "customer", channel: "email", text: "Subject: Preapproved\n\nHi Simone, you're preapproved for the Example Rewards Visa: 20.24%-29.24% variable APR. Accept at example.com/offer. Example Bank, 100 Main St, Springfield, IL 62701." })).toBe(true);
    expect(noOptOut({ ...EN_HK, category: "marketing", audience: "customer", text: "Example Bank Balance Transfer Loan: APR 3.98%-36.00%. Apply in the Example app. SMS NO to 6033 1188 to stop promotions. 如不欲再收到推廣訊息，請回覆「NO」至6033 1188。" })).toBe(false);
    expect(noOptOut({ ...EN_HK, category: "marketing", audience: "customer", text: "Example Bank Balance Transfer Loan: APR 3.98%-36.00%. Apply in the Example app. SMS NO to 6033 1188." })).toBe(true);
    const bilingual = { ...HK, sender: "富駿財務 Fortune Jun Finance", text: "Fortune Jun Finance 富駿財務: Hi Siti, your loan a/c ending 5120 instalment HK$1,650 was due on 10 June (5 days overdue). Pay at any 7-Eleven. WhatsApp 5301 8800." };
    expect(missingRoles(bilingual)).not.toContain("creditor");
    expect(reports(bilingual, "sender-identification")).toBe(false);
    // An English abbreviation run into the Chinese name it heads names the sender alone ([HVB Card] for HVB海灣商業銀行).
    const abbreviated = { locale: "zh-TW", sender: "HVB海灣商業銀行", text: "[HVB Card] 謝*鈞先生，您HVB信用卡（末四碼0315）最低應繳NT$1,500已逾期7天（原繳款截止日5/06）。請用HVB Mobile App「繳卡費」或至全台7-ELEVEN繳款。客服0800-017-688（按0轉專人）。" };
    expect(missingRoles(abbreviated)).not.toContain("creditor");
    expect(findings(abbreviated, "sender-identification").map((finding) => finding.messageId)).not.toContain("missingName");
    // One name that mixes scripts is not two: "App" alone names no one.
    expect(missingRoles({ sender: "示例分期App", text: "张*明先生，您尾号3321的借款已逾期12天，应还¥3,268.40，请登录App还款，客服400-555-0182。" })).toContain("creditor");
  });
});

describe("families of the thirty-third corpus's tuned half", () => {

  it("finds the car watched where it is parked, calls or visits to the workplace for as long as it is unpaid, a visit to the employer's reception and the matter made bigger", () => {
    expect(threat({ locale: "en-US", text: "Example Auto Credit: Hi Tasha, acct 3391 is 38 days behind ($724.18). We can see the Malibu's been parked at the Kroger on Dunmore most evenings. Reply STOP to opt out." })).toBe(true);
    expect(threat({ locale: "zh-TW", audience: "third-party", text: "請轉告陳小姐：她的示例銀行卡債NT$2,100已逾期，再不繳就會一直打到公司來。" })).toBe(true);
    expect(threat({ ...HK, audience: "third-party", text: "你同事林浩然借錢唔還。你同佢講聲，佢欠我哋 $15,600 一日唔清，我哋一日都會搵你哋公司。" })).toBe(true);
    expect(threat({ ...HK, audience: "third-party", channel: "email", text: "主題：關於貴司員工李先生之欠款事宜\n\n如李先生於七天內仍未與本公司聯絡，本公司同事將親臨貴司接待處跟進，屆時敬請貴司配合。\n\n示例債務管理有限公司" })).toBe(true);
    expect(threat({ ...HK, audience: "third-party", channel: "email", text: "主題：關於貴司員工李先生\n\n本公司同事不會親臨貴司，亦不會再聯絡貴司。\n\n示例債務管理有限公司" })).toBe(false);
    expect(threat({ locale: "zh-TW", audience: "third-party", text: "張媽媽您好，示例資產管理想請您幫個忙，您女兒的卡債一直沒處理，做父母的勸勸她，免得事情越鬧越大。" })).toBe(true);
  });

  it("finds a police file to be withdrawn if paid by a time today", () => {
    expect(reports({ text: "【示例消费金融】周*强，您名下借款8,745.30元逾期93天，相关材料已推送至您户籍地公安机关。今日18:00前全额还款可申请撤回。" }, "no-pressure-tactics")).toBe(true);
  });

  it("finds a referee said to be a guarantor by law, to share responsibility or to be named in the suit, a father's balance passed to his children, the family said to owe, and Immigration said to check", () => {
    expect(falseLegal({ ...EN_HK, audience: "third-party", text: "Example Credit: Ms Lam, you signed as referee for Mr Chow Ka Lok, so legally you are his guarantor. His loan (HK$13,400) is 2 months overdue." })).toBe(true);
    expect(falseLegal({ ...EN_HK, audience: "third-party", text: "Example Dollar: Mr Kwok, you are referee for Chan Siu Ming's loan. He is 3 weeks overdue. Referees share responsibility under the agreement." })).toBe(true);
    expect(falseLegal({ ...EN_HK, audience: "third-party", text: "Example Dollar: Mr Kwok, referees do not share responsibility for any loan. Please ask Mr Chan to call 2110 4681." })).toBe(false);
    expect(falseLegal({ locale: "en-US", audience: "third-party", text: "Example Lending: you are a reference on the loan of Frantz Pierre. If it is not paid, references will be named in the claim. Reply STOP to opt out." })).toBe(true);
    expect(falseLegal({ locale: "en-US", text: "Hi Monica, this is Example Card Services about your late father Paul's card ending 7719. The $6,208.90 balance passes to his children now. Reply STOP to opt out." })).toBe(true);
    expect(falseLegal({ locale: "zh-TW", audience: "third-party", text: "羅先生，令兄生前欠本公司設備分期14萬6,200元，家屬都有責任，請您代為處理。示例融資(04)2326-1180" })).toBe(true);
    expect(falseLegal({ locale: "zh-TW", audience: "third-party", text: "羅先生，令兄生前欠本公司設備分期14萬6,200元，家屬都沒有責任，請您轉告繼承人聯絡我們。示例融資(04)2326-1180" })).toBe(false);
    expect(falseLegal({ ...HK, audience: "third-party", text: "鄧先生，你係何偉倫貸款申請上嘅諮詢人。佢欠款 $9,420 一直冇還，如本月內仍未清還，本公司會將你一併列為被告入稟追討。" })).toBe(true);
    expect(falseLegal({ ...HK, text: "何太，欠款 $42,180 已逾期 66 日。再唔清還，你會被列入全港財務公司黑名單，入境處喺機場出入境都查到。" })).toBe(true);
  });

  it("finds a decade with no bank and a grade never washed out as credit claims, and references reported as co-responsible; a blocked phone is no blacklist", () => {
    expect(credit({ ...HK, text: "【示例財務】何先生，你嘅貸款（尾號 7742）已逾期 21 日，欠款 $9,860。再唔處理，你個 TU 會即刻跌到 J 級，之後十年都冇一間銀行肯再借錢俾你。" })).toBe(true);
    expect(credit({ ...HK, text: "【示例銀行】黃小姐，你尾號 5120 信用卡欠 $8,012，已逾期 70 日。TU 一旦打咗 E 級，一世都洗唔返。" })).toBe(true);
    expect(credit({ locale: "en-US", audience: "third-party", text: "Hello Ms. Baptiste, you are listed as a reference on the Example Lending loan of Frantz Pierre. References are reported to the credit bureaus as co-responsible once an account is charged off. Reply STOP to opt out." })).toBe(true);
    expect(credit({ text: "【示例周转】借了2,000块拖了39天，电话拉黑短信不回。还款入口示例周转APP，催收组 0769-2286-1147。" })).toBe(false);
  });

  it("reads an account with its bank code in brackets, a transfer to a named company's account, a set-off from a stated account and the sender's office as ways to pay", () => {
    expect(missingRoles({ locale: "zh-TW", text: "【示例分期】吳*宏先生，第9、10期共NT$6,920已逾期38天。請先繳款：轉帳(812)00-5567123，或回電02-8228-7710。" })).not.toContain("repayment-channel");
    expect(missingRoles({ locale: "zh-TW", text: "【示例顧問】李*明先生：示例信貸NT$12,400逾期47天了，早點處理大家都好，帳號(050)221-3390-118，洽02-2911-6620。" })).not.toContain("repayment-channel");
    expect(missingRoles({ text: "【示例律师事务所】吴*军，你拖欠的网络借款6,350元逾期已达112天。请联系承办律师 0755-2361-9048，款项汇至：深圳市示例商务咨询有限公司 4000 0219 0920 0318 556。" })).not.toContain("repayment-channel");
    expect(missingRoles({ ...HK, text: "【示例銀行】黃小姐，你尾號 5120 信用卡結欠 HK$8,112.40 已逾期 70 日。本行將於 2026年12月22日 從你名下儲蓄戶口（尾號 7719）扣除上述款項。如有疑問請致電 2911 3300。" })).not.toContain("repayment-channel");
    expect(missingRoles({ ...EN_HK, sender: "Example Finance", text: "Example Finance: Mr Fung Chi Ho, loan GB-44120 HK$21,300 is now 52 days overdue. Please come to our office at 88 Nathan Road, 11/F or call 2783 6650." })).not.toContain("repayment-channel");
  });

  it("reads this number to call, a reply keyword for a person, a counselor to message in the app and a time due today as the disclosures they are", () => {
    expect(missingRoles({ ...HK, text: "示例財務：梁生，你尾號 6632 嘅貸款已逾期 14 日，仲欠 $4,420。請轉數快過數去 9482 7710，有問題都係打呢個號碼。" })).not.toContain("contact");
    expect(missingRoles({ ...HK, text: "示例財務：梁生，你尾號 6632 嘅貸款已逾期 14 日，仲欠 $4,420。請轉數快過數去 9482 7710，請勿致電此號碼。" })).toContain("contact");
    expect(missingRoles({ text: "【示例借】张*明，您尾号3392的借款应还1,530.00元，已逾期9天，请尽快打开示例借APP处理。需要人工协助请回复1。" })).not.toContain("contact");
    expect(missingRoles({ locale: "en-US", category: "reminder", channel: "push", sender: "Example Ridge", text: "Example Ridge: Olivia, your $287.52 payment on loan ASR-204417 is due in 3 days (Aug 1). Tap to pay or message a loan counselor in the app." })).not.toContain("contact");
    expect(missingRoles({ locale: "en-US", category: "reminder", sender: "Example Card", text: "Example Card: Hi Nina, card ending 5503: minimum due $41.00 by 11:59pm ET today. Pay at example.com or in the app; help at 800-555-0137. Reply STOP to opt out." })).not.toContain("due-date");
  });

  it("allows a suit the client may review among its options, and proceedings announced in writing before they start", () => {
    expect(falseLegal({ locale: "en-US", channel: "email", text: "Subject: Your account\n\nDear Mr. Banerjee, the balance of $1,284.19 has been unpaid since 08/14/2025. Our client has not authorized legal action at this time. If the balance remains unresolved, our client may review its options, which can include filing a lawsuit. Unsubscribe" })).toBe(false);
    expect(falseLegal({ ...HK, channel: "email", text: "主題：私人貸款帳戶（尾號 4471）逾期還款通知\n\n張國強先生：閣下之私人貸款已逾期 48 日，合共港幣 7,780.00 元。如閣下未能於 2027 年 1 月 5 日前還款，本行可能考慮採取法律行動；任何法律程序開始前，閣下均會收到書面通知。\n\n示例銀行" })).toBe(false);
  });
});

describe("families of the thirty-fourth corpus's tuned half (messages typed by hand)", () => {

  it("finds a child seen at school pickup, the family's address held, officers to come to the flat, a picture for the group, the contacts exported, the group's size asked and a car watched where it parks", () => {
    expect(threat({ locale: "en-US", text: "Shayla u still got my $700 since Dec 1. saw ur lil one at Lincoln Elem pickup yesterday, cute kid. Zelle me at 555-0135" })).toBe(true);
    expect(threat({ ...EN_HK, text: "Mr Cheung, yr loan with Example Fortune overdue 21 days $6,470. We already hv ur mum's address in Tai Po. Pay FPS 5539201 today. Call 5544 3321" })).toBe(true);
    expect(threat({ ...EN_HK, text: "Last chance Mr Fung. Loan w/ Example Harbour 62 days overdue, $27,100. Police will come to ur Lok Fu flat if not pay by tmr noon. FPS 2299001" })).toBe(true);
    expect(threat({ text: "张伟 欠钱不还 你通讯录我这边都导出来了 你公司那个群我也找到了 要不要我发张图进去给大家看看 示例消费金融 4,312.60 逾期23天" })).toBe(true);
    expect(threat({ ...HK, text: "Ivy 你知唔知你公司group chat有幾多人？ 示例快借 4.2k 拖咗 19 日 我哋唔想搞大件事 App內還 / WhatsApp 6092 1887" })).toBe(true);
    expect(threat({ locale: "zh-TW", text: "何先生 你那台白色Altis這兩天晚上都停在全聯後面那個停車場 第3期 12,480 逾期9天 示例租賃 04-2255-0318" })).toBe(true);
    expect(threat({ locale: "en-US", text: "Example Auto: Hi Dana, saw your payment came in, thanks! Cute truck by the way. Your next $210 is due 3/12." })).toBe(false);
  });

  it("finds the last time it is asked nicely, a sleepless night asked about, and a deadline to pay by today to undo an execution", () => {
    expect(pressure({ locale: "en-US", text: "last time im asking nice Jerome. $600 on the Silverado, 38 days. Example Motors 555-0147. STOP to opt out" })).toBe(true);
    expect(pressure({ ...EN_HK, text: "Ms Chu, Example Lending here. Loan ending 0019 overdue 26 days, $8,200. How can u sleep at night knowing u took other ppl's money? Pay FPS 1020304" })).toBe(true);
    expect(pressure({ locale: "zh-TW", text: "【示例執行處】債務人黃*宏 台端積欠款項NT$52,300 明日起扣押薪資 請於今日17:00前匯入 華興商銀 154-10-009882-1 戶名示例資產 以撤銷執行" })).toBe(true);
  });

  it("finds references said to agree to cover it, an employer told the law makes it deduct and a hold on the SSN", () => {
    expect(falseLegal({ locale: "en-US", audience: "third-party", text: "Example Cash: You're listed as a personal reference on Brianna Cole's loan. References agree to cover the balance if the borrower defaults. Call 555-0115. Reply STOP to opt out." })).toBe(true);
    expect(falseLegal({ ...EN_HK, audience: "third-party", text: "Dear Sir, ur helper Nurul borrowed $9,000 from Example Finance. By law employer must deduct from her salary and pay us by 10th. Call 6009 1122" })).toBe(true);
    expect(falseLegal({ locale: "en-US", text: "Example Debt Enforcement: Ashley Barnes, a judgment hold has been placed on your SSN for an unpaid loan of $2,675.00. Call 1-888-555-0112. Reply STOP to opt out." })).toBe(true);
  });

  it("finds no bank anywhere willing and home loans never in this life as credit claims", () => {
    expect(credit({ locale: "zh-TW", text: "黃先生，示例資產小周，本息合計97,640，從112年3月就沒再繳了。全台灣沒有一間銀行會再核你東西，房貸車貸這輩子都不用想。打我0922-418-733" })).toBe(true);
  });

  it("reads thousands as k or grand, ten-thousands as w, a first name opening a hand-typed text, a chat handle after v, STOP/PARA and the due day said to be tomorrow as the disclosures they are", () => {
    expect(missingRoles({ locale: "en-US", sender: "Example Lending", text: "Hi Mr. Okoye, Janet from Example Lending. the 2k on loan ending 5519 (due 2/28) is still open, 9 days now. pay example.com or call me 555-0109. STOP to opt out" })).not.toContain("amount-due");
    expect(missingRoles({ locale: "en-US", sender: "Example Lending", text: "Hey Ron, it's Steph at Example Lending. the 5 grand balance on ur loan ending 2210 was due 2/25, so 12 days late. pay at example.com or call 555-0109. Text STOP to opt out" })).not.toContain("amount-due");
    expect(missingRoles({ ...EN_HK, sender: "Example Credit", text: "Jenny, 1.5w outstanding since 2 Nov on loan ending 4410. Pay to BOC 012-345-6-789012 Example Credit. Call Mandy 5566 7012" })).not.toContain("amount-due");
    expect(missingRoles({ locale: "en-US", sender: "Example Motors", text: "Shayla u still owe $700 on acct 4471 since Dec 1. Example Motors: pay at example.com or call 555-0135. STOP to opt out" })).not.toContain("recipient-name");
    expect(findings({ locale: "en-US", sender: "Example Motors", text: "Shayla u still owe $700 since Dec 1. Example Motors: pay at example.com or call 555-0135. STOP to opt out" }, "recipient-identification").filter((finding) => finding.messageId === "missingName")).toEqual([]);
    expect(findings({ locale: "en-US", sender: "Example Motors", text: "Payment u still owe is $700 since Dec 1. Example Motors: pay at example.com or call 555-0135. STOP to opt out" }, "recipient-identification").filter((finding) => finding.messageId === "missingName")).not.toEqual([]);
    for (const opening of ["Bro u", "Can u", "Madam u", "Listen u"]) {
      expect(findings({ locale: "en-US", sender: "Example Motors", text: `${opening} still owe $700 since Dec 1. Example Motors: pay at example.com or call 555-0135. STOP to opt out` }, "recipient-identification").filter((finding) => finding.messageId === "missingName"), opening).not.toEqual([]);
    }
    expect(missingRoles({ text: "【示例借】韦*飞 示例借3,260 逾期第20天 自己APP里还 或者加我v jc_tang66" })).not.toContain("contact");
    const noOptOut = (message: Message): boolean => findings(message, "opt-out-instruction").some((finding) => finding.messageId === "missing");
    expect(noOptOut({ locale: "en-US", sender: "Example Collections", text: "Example Collections: Hola Chris, your acct ending 6602 ($860.00, 80 days late) can be split into 4 payments. Call 555-0170. STOP/PARA to opt out." })).toBe(false);
    expect(missingRoles({ ...HK, category: "reminder", channel: "push", text: "示例財務：陳生，你嘅還款日就喺聽日，記得準時還款。" })).not.toContain("due-date");
  });
});

describe("an annual rate is stated with its figure", () => {
  const noRate = (message: Message): boolean => reports({ category: "marketing", audience: "customer", ...message }, "apr-disclosure");
  it("finds an advert that sends the reader elsewhere for the annual rate, and passes one that gives it before or after its name", () => {
    expect(noRate({ ...HK, text: "示例貸：月平息低至 0.15%（實際年利率詳見 App），最快 5 分鐘過數！如不欲再收到推廣訊息，請回覆「STOP」。To unsubscribe, reply STOP." })).toBe(true);
    expect(noRate({ ...HK, text: "示例貸：月平息低至 0.15%，實際年利率 3.6% 起，最快 5 分鐘過數！如不欲再收到推廣訊息，請回覆「STOP」。To unsubscribe, reply STOP." })).toBe(false);
    expect(noRate({ ...HK, text: "【示例銀行】信用卡現金分期：12個月0%實際年利率，無手續費。如不欲收取推廣訊息，請回覆 STOP。To unsubscribe, reply STOP." })).toBe(false);
    expect(noRate({ text: "【示例借】日息低至0.02%，年化利率以审批结果为准。拒收请回复R" })).toBe(true);
    expect(noRate({ text: "【示例借】日息低至0.02%，年化利率（单利）7.2%起。拒收请回复R" })).toBe(false);
    expect(noRate({ locale: "en-US", text: "Example Card: rates as low as 9.99%. APR details in the app. Reply STOP to opt out." })).toBe(true);
    expect(noRate({ locale: "en-US", text: "Example Card: 20.24%-29.24% variable APR after the intro period. Reply STOP to opt out." })).toBe(false);
  });
  it("takes a rate's figure for the rate, not any number near its name, and no figure across a clause", () => {
    expect(noRate({ locale: "en-US", text: "Example Card: rates as low as 9.99%. For APR details call 1-800-555-0100. Reply STOP to opt out." })).toBe(true);
    expect(noRate({ text: "【示例借】日息低至0.02%，年化利率详见借款合同第3条。拒收请回复R" })).toBe(true);
    expect(noRate({ locale: "en-US", text: "Example Lending: only 1.5% per month APR shown at checkout. Reply STOP to opt out." })).toBe(true);
    expect(noRate({ locale: "en-US", text: "Example Lending: loans at 35.99 percent APR, $25 fee. Reply STOP to opt out." })).toBe(false);
    expect(noRate({ text: "【示例借】日息低至0.02%，年化利率在百分之二十四以内。拒收请回复R" })).toBe(false);
  });
  it("holds in every pack: the GB, IN, KE and PH packs ask for the figure too", () => {
    const GB = { locale: "en-GB", jurisdiction: "GB" } as const;
    expect(noRate({ ...GB, text: "Example Bank: bad credit? Borrow up to £3,000, APR details on our website. Reply STOP to opt out." })).toBe(true);
    expect(noRate({ ...GB, text: "Example Bank: bad credit? Borrow up to £3,000, annual percentage rate shown when you apply. Reply STOP to opt out." })).toBe(true);
    expect(noRate({ ...GB, text: "Example Bank: bad credit? Borrow up to £3,000 at 29.9% APR representative. Reply STOP to opt out." })).toBe(false);
    const IN = { locale: "en-IN", jurisdiction: "IN" } as const;
    expect(noRate({ ...IN, text: "Example Finance: instant loan at just 1.5% per month! APR as per the KFS. To stop offers, reply STOP." })).toBe(true);
    expect(noRate({ ...IN, text: "Example Finance: instant loan at just 1.5% per month, 19.6% APR. To stop offers, reply STOP." })).toBe(false);
    const KE = { locale: "en-KE", jurisdiction: "KE" } as const;
    expect(noRate({ ...KE, text: "Example Credit: borrow KSh 5,000 at only 7% per month, APR in the app. STOP*456*9*5#" })).toBe(true);
    expect(noRate({ ...KE, text: "Example Credit: borrow KSh 5,000 at only 7% per month (84% a year). STOP*456*9*5#" })).toBe(false);
    const PH = { locale: "en-PH", jurisdiction: "PH" } as const;
    expect(noRate({ ...PH, text: "Example Lending: interest as low as 1.5% a month! Annual rate and APR on example.ph. Reply STOP to opt out." })).toBe(true);
    expect(noRate({ ...PH, text: "Example Lending: interest as low as 1.5% a month (APR 19.6%). Reply STOP to opt out." })).toBe(false);
  });
});

describe("families of the thirty-fifth corpus's tuned half (the life of a case)", () => {
  const EN_US = { locale: "en-US" } as const;
  it("finds legal papers delivered to the workplace, a notice for the community board, Immigration to be told, the neighbours watching the door and the rules said to change", () => {
    expect(threat({ ...HK, text: "【示例財務】陳生，欠款HK$8,000已逾期90日，傳票將於日內送達閣下公司。" })).toBe(true);
    expect(threat({ ...HK, text: "【示例財務】陳生，欠款HK$8,000已逾期90日，有關文件將依法送達閣下住址。" })).toBe(false);
    expect(threat({ locale: "zh-TW", text: "示例資產：您的欠款NT$86,000已逾期兩年，本公司正評估於貴社區公布欄張貼催告函。" })).toBe(true);
    expect(threat({ ...HK, audience: "third-party", text: "示例財務：你朋友欠我哋HK$8,100，如果今日唔還，我哋會通知入境處取消佢嘅工作簽證。" })).toBe(true);
    expect(threat({ locale: "zh-TW", text: "示例融資：聲請更生後法院會通報移民署，請先來電了解。" })).toBe(false);
    expect(threat({ locale: "zh-TW", audience: "third-party", text: "陳媽媽您好，您兒子的分期已欠三個月，再不處理，到時候鄰居看到人來按門鈴就不好看了。" })).toBe(true);
    expect(threat({ ...EN_HK, text: "Ah Wai, u broke the plan again. From now on we do it our way, dont say we never warn u. Example Credit 2453 7708" })).toBe(true);
    expect(reports({ ...HK, text: "示例財務：周生，成四十幾歲人，正一蛀米大蟲，$18,245.30拖到而家。" }, "no-abusive-language")).toBe(true);
  });

  it("finds wages said to be docked by the lender or asked of the employer", () => {
    expect(falseLegal({ ...EN_US, text: "Example Lending: per your loan agreement we will begin deducting $150 from your paychecks starting 11/1. Reply STOP to opt out." })).toBe(true);
    expect(falseLegal({ ...EN_HK, audience: "third-party", text: "Attn HR: Example Finance hereby instructs you to deduct HK$3,000 per month from the salary of your employee Mr Chan until his loan is cleared." })).toBe(true);
    expect(falseLegal({ locale: "zh-TW", audience: "third-party", text: "您好，貴公司員工黃*儀積欠車貸已逾期兩個月，請貴公司人資部門自本月薪資起協助扣款償還。" })).toBe(true);
    expect(falseLegal({ ...EN_US, text: "Example Lending: if a court entered a judgment, it could allow wage garnishment as state law permits. Nothing has been filed. Reply STOP to opt out." })).toBe(false);
  });

  it("reads a Hong Kong bank by its short name, days counted on the account, a payment at the lot today, a payment set on a card, STOP for no texts and months gone as the disclosures they are", () => {
    expect(missingRoles({ ...HK, text: "示例資產：梁生，你尾號0092嘅貸款HK$7,850逾期一年，如你想清還，可入中銀 012-883-0-045512-7，或致電3555 9080。" })).not.toContain("repayment-channel");
    expect(missingRoles({ ...EN_US, text: "Tasha this is Mike at Example Lending. 63 days on ...9918, $1,207 owed. call me 833-555-0109 or pay example.com/pay. STOP to opt out" })).not.toContain("days-overdue");
    expect(missingRoles({ ...EN_US, sender: "Example Motors", text: "Example Motors: Vince, 3 weeks behind on the Tahoe, $285. Pay TODAY at the lot or call 520-555-0148. STOP for no texts" })).not.toContain("repayment-channel");
    expect(findings({ ...EN_US, sender: "Example Motors", text: "Example Motors: Vince, 3 weeks behind on the Tahoe, $285. Pay TODAY at the lot or call 520-555-0148. STOP for no texts" }, "opt-out-instruction").map((finding) => finding.messageId)).not.toContain("missing");
    expect(missingRoles({ ...EN_US, category: "reminder", text: "Example Pay: Hey Jordan, payment 3 of 4 ($27.13) for order #SP-20931 is scheduled for tomorrow on your Visa ending 0917. Questions? Reply HELP." })).not.toContain("repayment-channel");
    expect(missingRoles({ text: "示例借的。薛海涛，一万二四百块，三个多月了躲什么？APP里还，回我电话13800000000" })).not.toContain("days-overdue");
    expect(missingRoles({ locale: "zh-TW", text: "陳先生您好 示例租賃小吳～您第8期2,390到今天晚了5天喔 用超商代碼 8207 0033 4511 繳就可以 0931-552-087" })).not.toContain("days-overdue");
  });

  it("reads a complaint's quote of what a collector once said as reported, a credit reference agency as no one of the reader's, and the reader's own posts held up in a question as shaming", () => {
    expect(threat({ category: "transactional", text: "【示例借】仇*鹏先生，您投诉的催收人员曾说“再不还就天天打你公司前台”，经核实属实，我们已终止合作并向您致歉。" })).toBe(false);
    expect(threat({ ...EN_HK, category: "transactional", text: "Example Bank: Dear Mr Fong, account ending 9034 is closed with a nil balance and we will report it to the credit reference agency as settled." })).toBe(false);
    expect(threat({ ...EN_HK, text: "Example Cash: Mr Choi, 58 days no payment on KT-7719, HK$4,980. Still posting hotpot photos on IG? Pay in the app or call 2609 5533." })).toBe(false);
    expect(pressure({ ...EN_HK, text: "Example Cash: Mr Choi, 58 days no payment on KT-7719, HK$4,980. Still posting hotpot photos on IG? Pay in the app or call 2609 5533." })).toBe(true);
    expect(threat({ ...EN_US, text: "Example Lending: pay the $310 or we start posting about it on ur IG where all ur friends can see." })).toBe(true);
  });

  it("takes a bracket that holds only a department as no sender, and reads a message to me here, days na po overdue and a sum borrowed as the disclosures they are", () => {
    expect(missingRoles({ locale: "zh-TW", sender: "示例當舖", text: "【債權管理部】鄭○宏 你的當品借款NT$18,000過期三週了。匯款 安富銀行0871-2264-0097 洽0976-443-120" })).toContain("creditor");
    expect(missingRoles({ locale: "zh-TW", sender: "示例當舖", text: "【示例當舖】鄭○宏 你的當品借款NT$18,000過期三週了。匯款 安富銀行0871-2264-0097 洽0976-443-120" })).not.toContain("creditor");
    expect(missingRoles({ ...EN_HK, category: "reminder", sender: "Example Lending", text: "Hi Maricel, Joy here from Example Lending. Your instalment HK$1,600 is due this Sunday 12 Oct. Pay by FPS ID 1048 2231. Msg me here if you need help with the date." })).not.toContain("contact");
    expect(missingRoles({ ...EN_HK, sender: "Example Finance", text: "Example Finance: Hi Lorna, 35 days na po overdue your HK$5,300 loan GC-1177. Pay by FPS 1551 0923, call 2832 6605." })).not.toContain("days-overdue");
    expect(missingRoles({ locale: "zh-TW", text: "林佳* 借3800都還不出來 示例借這邊已經逾期50天 App直接還款 有話打0988-230-175" })).not.toContain("amount-due");
  });

  it("takes a store's payment code and the account a transfer goes to as the sender's, not the reader's personal data", () => {
    expect(reports({ locale: "zh-TW", text: "陳先生您好 示例租賃小吳～您第8期2,390到今天晚了5天喔 用超商代碼 8207 0033 4511 繳就可以 0931-552-087" }, "pii-masking")).toBe(false);
    expect(reports({ text: "【示例金融】闵*，你的2,460元已逾期半年。还款转账：工商银行 6212 2640 0101 7788 335，有事打4000000000。" }, "pii-masking")).toBe(false);
    expect(reports({ text: "【示例金融】闵*，你的2,460元已逾期半年，你的银行卡 6212 2640 0101 7788 335 将被扣款。" }, "pii-masking")).toBe(true);
  });
});

describe("families of the thirty-sixth corpus's tuned half (messages as borrowers quote them)", () => {
  const EN_US = { locale: "en-US" } as const;
  const TW = { locale: "zh-TW" } as const;
  it("finds harm wished away in the conditional, asking around the reader's group, a call held back as a favour, a call forced on the sender and tomorrow left to be seen", () => {
    expect(threat({ ...EN_US, text: "Example Cash: Nia, $275 past due since 05/18. Your Instagram followers seem nice. Would hate for them to wonder. Pay at example.com or call 1-855-555-0102. Reply STOP to opt out" })).toBe(true);
    expect(threat({ ...EN_US, text: "Hey Shay it's Tina from Example Cash. $350 since 5/20. Don't make me ask around in the Westside Moms group where you're at. Pay in the app. Reply STOP to opt out" })).toBe(true);
    expect(threat({ ...EN_US, text: "Example Finance: Ricky, acct ending 9013 is 47 days past due. Your mom's number is still in your file. We'd rather sort this out with you than call her. Reply STOP to opt out" })).toBe(true);
    expect(threat({ ...EN_US, text: "Example Finance: Ricky, acct ending 9013 is 47 days past due. We'd rather hear from you than send another letter. Reply STOP to opt out" })).toBe(false);
    expect(threat({ ...HK, text: "示例財務：$2,150拖咗成個月，即刻還，唔好再逼我哋打去你屋企。客服 3580 9002。" })).toBe(true);
    expect(threat({ ...TW, text: "阿偉 我示例融資阿凱啦 3280拖兩禮拜了 明天沒看到錢 你就知道 回我" })).toBe(true);
    expect(threat({ ...TW, text: "阿偉 我示例融資阿凱啦 3280拖兩禮拜了 明天打開App你就知道怎麼還 回我" })).toBe(false);
  });

  it("finds 87 and lj called at the reader and a broke scrub, not an account reference or a number of days", () => {
    const insult = (message: Message): boolean => reports(message, "no-abusive-language");
    expect(insult({ ...TW, text: "阿偉 電話都不接 87喔 3280拖兩禮拜了" })).toBe(true);
    expect(insult({ text: "【示例借】你个lj，1,650块钱拖了一个月，回消息！" })).toBe(true);
    expect(insult({ ...EN_US, text: "Yo Darnell, you borrowed $900 like a grown man and now you ghost like a broke scrub. Pay in the Example app. Reply STOP to opt out" })).toBe(true);
    expect(insult({ ...HK, text: "【示例財務】黎先生，你嘅貸款（賬戶 LJ-33019）尚欠 HK$36,480，已逾期87日。" })).toBe(false);
  });

  it("finds a reference said bound by law to pay and Immigration said to check a register, and passes a referral and a right reserved with its lawful steps", () => {
    expect(falseLegal({ ...EN_HK, audience: "third-party", text: "Example Finance: Mr Chu, you signed as reference for Mr Pang. His loan HK$16,400 is overdue. Under the Money Lenders Ordinance a reference must pay if the borrower cannot be located." })).toBe(true);
    expect(falseLegal({ ...EN_HK, text: "Example Finance: Mr Pang, your name goes on the Bad Debtors Register, which Immigration checks at the airport. Pay at example.hk or 2620 7788." })).toBe(true);
    expect(falseLegal({ ...EN_US, text: "Example Collections: Our client has authorized us to refer accounts to an attorney, who may choose to file suit; no suit has been filed. Reply STOP to opt out." })).toBe(false);
    expect(falseLegal({ ...TW, text: "【示例銀行】黃*玲 您尾號0427卡款已逾期95天。本行保留依法追償之權利，包括聲請支付命令及強制執行；如有困難可申請協商。" })).toBe(false);
  });

  it("finds a case to be withdrawn by a call today, and an instalment months behind told to a colleague", () => {
    expect(pressure({ ...TW, text: "【示例法務部】黃小姐 您的案件已送台北地院 請今日17:00前來電02-2771-3350辦理撤案" })).toBe(true);
    expect(reports({ ...TW, audience: "third-party", text: "請問是示例精密的徐小姐嗎？想請您幫忙轉告同事謝孟哲，他在我們這邊的分期已經拖兩個月了，請他回電。" }, "no-third-party-disclosure")).toBe(true);
  });

  it("reads a WeChat call, a reply for a call back, a keyword not to receive more, time gone already, a name before we've, any store and cash at the lot as the disclosures they are", () => {
    expect(missingRoles({ text: "钟*宇，示例借那笔2,050元，逾期都38天了。还款就在示例借App-还款。有事直接微信语音我。" })).not.toContain("contact");
    expect(missingRoles({ text: "【示例借】曹*先生，您借款2,240元逾期26天。回复“1”获取还款链接，回复“2”由客服来电。" })).not.toContain("contact");
    expect(findings({ ...TW, category: "marketing", audience: "customer", text: "示例當舖 黃金、名錶質借，月利率最高2.5%(年利率30%)。來店洽詢 04-2225-6180。不想再收到請回覆「不要」" }, "opt-out-instruction").map((finding) => finding.messageId)).not.toContain("missing");
    expect(missingRoles({ ...EN_HK, sender: "Example Finance", text: "Ah Keung 2 weeks already still playing dead lah. HK$5,600 for Example Finance. Transfer to FPS ID 1559023. 6122 4408 Kelvin" })).not.toContain("days-overdue");
    expect(missingRoles({ ...EN_US, sender: "Example Cash", text: "Example Cash: Tanya we've been patient. $540 was due 05/30. Call Dre at 1-888-555-0130 or pay at the store on 14th. Reply STOP to opt out" })).not.toContain("recipient-name");
    expect(missingRoles({ ...EN_US, sender: "Example Finance", category: "reminder", text: "Example Finance: Anthony, title loan ending 6603 renews 07/02. Amount due $285.00, or pay down principal at any store. Questions: 1-800-555-0165." })).not.toContain("repayment-channel");
    expect(missingRoles({ ...EN_US, sender: "Example Auto", text: "Chris its Val w/ Example Auto. $380, 10 days late. Cash at the lot. Call 555-0101. Reply STOP to opt out" })).not.toContain("repayment-channel");
  });

  it("takes a lawyer's own line as the sender's, not the reader's personal data", () => {
    expect(reports({ text: "【示例法务】您名下示例分期借款已逾期，全额结清可申请撤案。联系人：周律师 138 1027 6654" }, "pii-masking")).toBe(false);
  });
});

describe("a lawful notice's own words: what the sender never does, and what a complaint reports a collector said", () => {
  const EN_US = { locale: "en-US", category: "transactional" } as const;
  it("passes a list of what the sender never does and a reply to a complaint that quotes a collector, and finds the same harm said as the sender's own", () => {
    expect(rules({ ...EN_US, text: "Example Bank will never threaten arrest, send anyone to your home, or ask you to pay with gift cards. If a caller says you'll be 'arrested today', hang up and call us at 800-555-0176." })).not.toContain("no-false-legal-claims");
    expect(rules({ ...EN_US, text: "Example Pay tip: we'll never call from a personal number, threaten arrest, or ask you to pay with gift cards. Only pay inside the app." })).not.toContain("no-false-legal-claims");
    expect(threat({ ...EN_US, text: "Example Collections: Ms. Garrison, you told us our agent said he'd 'call your boss at the clinic.' That should never have been said, and we apologize." })).toBe(false);
    expect(threat({ ...EN_US, category: "collection", text: "Example Collections: Ms. Garrison, pay today or we'll call your boss at the clinic." })).toBe(true);
    expect(threat({ ...HK, text: "示例追收：陳先生，近日有人冒充本公司追債。本公司絕不會上門收款、要求轉帳至私人戶口或聯絡你家人同事。查詢 2815 6630。" })).toBe(false);
    expect(threat({ ...HK, text: "示例追收：陳先生，再唔還，本公司會聯絡你家人同事。查詢 2815 6630。" })).toBe(true);
    expect(falseLegal({ locale: "zh-TW", category: "transactional", text: "【示例銀行】提醒您：本行不會以簡訊通知「法院查封」、「限制出境」，也不會要求您匯款至個人帳戶。" })).toBe(false);
  });
});

describe("families of the spent halves of the thirty-fifth and thirty-sixth corpora, read after their final scores", () => {
  const EN_US = { locale: "en-US" } as const;
  it("finds a group opened with the reader's contacts, the village loudspeaker, the reception asked, being seen, the whole building knowing, and a relative's score dragged through an address", () => {
    expect(threat({ ...HK, text: "示例財務：Ms Lau，你個借款$3,500逾期11日。我哋開咗個WhatsApp群組，入面會有你通訊錄頭20個聯絡人。App內還款或打 3018 7799。" })).toBe(true);
    expect(threat({ audience: "third-party", text: "【示例资产】村委会：贵村村民吴*峰拖欠借款11,420元。如其本人仍不处理，我司将申请在村广播中公开通报。" })).toBe(true);
    expect(threat({ text: "黄志鹏 逾期都40天了，别让我们去前台问你。回个电话 156 0571 3392" })).toBe(true);
    expect(threat({ ...EN_US, text: "Hey Brandon u still owe 1,200 from the loan in March. Send it to Cash App $example or I'll be seeing you. Reply STOP" })).toBe(true);
    expect(threat({ ...EN_HK, text: "Ms Lo, Example Loan. HK$4,200, 25 days now. Last month one customer also like you. In the end the whole building knew. FPS 1660402, 5408 2291." })).toBe(true);
    expect(credit({ ...EN_US, text: "Example Lending: Leo, loan ending 5044 is 52 days late ($1,410). Linked addresses drag both of your scores down. Reply STOP to opt out" })).toBe(true);
  });

  it("finds a deadline of hours by not hearing back, the reader's outing held up, and whether it is worth it", () => {
    expect(pressure({ ...EN_US, text: "Example Title: Derek, $510 still unpaid since 05/27. If we don't hear back by 3pm our team heads over. Reply STOP to opt out" })).toBe(true);
    expect(pressure({ ...EN_US, text: "Example Loans: Brianna, $285 past due since 05/12. Saw your Six Flags pics Saturday, so what's the holdup? Reply STOP to opt out" })).toBe(true);
    expect(pressure({ locale: "zh-TW", text: "黃小姐，卡債不處理，以後連你小孩申請助學貸款都會被卡住，這樣值得嗎？示例銀行 02-2771-3350" })).toBe(true);
  });

  it("finds spouses said to share debts, a freezing order and a referral to the prosecutor, and passes charges for paying late", () => {
    expect(falseLegal({ ...EN_US, audience: "third-party", text: "Mr. Patel, your wife's Example Card balance of $5,402.90 is 90 days past due. Spouses share responsibility for household debts. Reply STOP to opt out." })).toBe(true);
    expect(falseLegal({ ...EN_HK, text: "Example Finance: Mr Pang, a freezing order will be applied to all your bank accounts from tomorrow. Call 2620 7788." })).toBe(true);
    expect(falseLegal({ ...EN_US, text: "Officer notice: your unpaid loan with Example ($860) has been referred to the county DA's theft unit. Reply STOP" })).toBe(true);
    expect(falseLegal({ locale: "en-IN", jurisdiction: "IN", category: "reminder", text: "Dear customer, your EMI is due soon. Kindly pay on time to avoid charges." })).toBe(false);
  });

  it("reads a Hong Kong account with a one-digit branch, the last payment in a year of the Republic, a reply to the collector's number, a fee as a share of the loan and a preferences link as what they are", () => {
    expect(missingRoles({ ...HK, text: "示例財務：鄧先生，閣下貸款（尾號4412）結欠HK$21,300，已逾期76日。請存入 渣打 447-1-208833-1，或致電 2475 3320。" })).not.toContain("repayment-channel");
    expect(missingRoles({ locale: "zh-TW", text: "示例資產：何*明 您好，原欠本金NT$38,900，最後繳款為民國101年4月。匯款：第一銀行 231-10-558921，洽 02-2503-7781" })).not.toContain("days-overdue");
    expect(missingRoles({ locale: "zh-TW", text: "陳先生您好 我是示例李專員 3,280 今天還沒看到入帳 超商條碼再傳一次給您 有困難直接回我這支就好 合約8812 逾期12天" })).not.toContain("contact");
    expect(reports({ ...EN_US, category: "marketing", audience: "customer", channel: "push", text: "Example Pay: Cash up to $250 today, just a 5% advance fee. Tap to claim." }, "apr-disclosure")).toBe(true);
    expect(findings({ ...EN_US, category: "marketing", audience: "customer", channel: "email", text: "Subject: Need a bridge?\nMarisol, our loan lets you borrow $200-$1,000 at 28% APR. Example Credit Union, 100 Main St, Springfield, IL 62701\nTo stop marketing emails, update your preferences at example.org/prefs" }, "opt-out-instruction").map((finding) => finding.messageId)).not.toContain("missing");
  });
});

describe("families of the thirty-seventh corpus's tuned half (life events and the calendar)", () => {
  const EN_US = { locale: "en-US" } as const;
  const TW = { locale: "zh-TW" } as const;
  const disclosed = (message: Message): boolean => reports({ audience: "third-party", ...message }, "no-third-party-disclosure");

  it("finds a visit announced without its place, a file passed to the field team, a commanding officer to be told and a holiday to remember", () => {
    expect(threat({ ...EN_HK, audience: "third-party", text: "Management Office, Block C: the resident of 8/F Flat A owes Example Cash HK$4,200. Our staff will come by tomorrow to check." })).toBe(true);
    expect(threat({ ...HK, audience: "third-party", text: "1502室住戶你好，隔籬1503室李生欠錢唔還，我哋下個禮拜會再上嚟搵佢。" })).toBe(true);
    expect(threat({ ...EN_HK, text: "Mr Lam, HK$2,300 to Example Cash is 8 days overdue. Pay by 8pm tonight at any 7-Eleven or we pass the file to our field team tomorrow." })).toBe(true);
    expect(threat({ ...EN_US, text: "Example Auto Credit: SPC Rivera, loan ending 6651 is $914.00 past due. If we can't reach you, we'll contact your commanding officer about this. Call 1-844-555-0198. Reply STOP to opt out." })).toBe(true);
    expect(threat({ ...EN_HK, text: "Mr Ho, keep ignoring Example Recovery and your family will have a Christmas to remember. HK$12,800, 40 days overdue. Call 3958 1020." })).toBe(true);
    expect(threat({ ...EN_US, text: "Example Bank: we hope you have a holiday to remember! Your statement is ready in the app. Reply STOP to opt out." })).toBe(false);
    expect(threat({ ...EN_US, text: "Example Lending: our team will come back to you tomorrow with the payoff figure you asked for. Call 555-0142. Reply STOP to opt out." })).toBe(false);
  });

  it("finds the reader's people reached, said as what the reader would not want", () => {
    expect(threat({ ...HK, text: "示例財務：何生，如果唔想你老婆喺屋企收到我哋電話，就喺月尾前還清HK$6,000。" })).toBe(true);
    expect(threat({ ...EN_US, text: "Example Lending: if you don't want your wife getting a call from us, pay the $600 by Friday. Reply STOP to opt out." })).toBe(true);
    expect(threat({ ...HK, text: "示例財務：何生，如唔想收到我哋嘅推廣電話，請回覆STOP。" })).toBe(false);
  });

  it("finds a debt told to a third party as defaulted, as money taken from a named lender or as instalments unpaid", () => {
    expect(disclosed({ ...EN_HK, text: "Mr Wong, your daughter Wong Ka Yan has defaulted on her Example Bank card." })).toBe(true);
    expect(disclosed({ ...EN_HK, text: "Your brother Edwin took HK$20k from ExampleCash and disappeared." })).toBe(true);
    expect(disclosed({ ...TW, text: "您好，您是陳*明的同事吧？麻煩跟他說，他欠示例的分期三個月沒繳了。" })).toBe(true);
    expect(disclosed({ ...EN_HK, text: "Mr Wong, could you ask Ka Yan to call Example Bank on 2233 4455? Thank you." })).toBe(false);
  });

  it("finds wages to be withheld asked of the employer, a spouse or a family said to share the debt, and travel said restricted", () => {
    expect(falseLegal({ ...TW, audience: "third-party", text: "致 示例科技人資部：貴公司員工廖*傑積欠本公司借款NT$63,400，請貴公司自3月份薪資起每月扣留三分之一。示例借 法務部" })).toBe(true);
    expect(falseLegal({ ...HK, audience: "third-party", text: "致 示例物流人事部：貴公司員工李偉明拖欠本公司貸款HK$7,920，請由本月糧單起每月扣起HK$2,000。示例財務" })).toBe(true);
    expect(falseLegal({ ...TW, audience: "third-party", text: "【示例銀行】林先生您好，您前妻溫*儀的信貸已逾期4個月，因屬夫妻共同債務，您也有清償責任。" })).toBe(true);
    expect(falseLegal({ audience: "third-party", text: "【示例借】您好，您公公生前在示例借借款8,400元未还，作为家属，您和您爱人必须在30天内还清。" })).toBe(true);
    expect(falseLegal({ text: "【示例资产】姜*，你欠款15,600元逾期一年以上，经我司申请你已被限制出行，春运期间无法购票。" })).toBe(true);
    expect(falseLegal({ audience: "third-party", text: "【示例借】您好，您公公生前在示例借有借款未还。作为家属您无需代为偿还，如需了解遗产处理，请致电400-000-0000。" })).toBe(false);
  });

  it("reads a feast afforded and a loan not as shaming, and a list of what the sender never does as a reassurance", () => {
    expect(pressure({ ...HK, text: "示例財務：Kelvin，HK$8,940拖咗47日，擺得起酒就還唔起錢？有嘢覆 5123 8876。" })).toBe(true);
    expect(threat({ ...EN_HK, text: "Example Credit Management acts for Example Bank on card ending 8041, Mr KWAN. Balance HK$15,820.55, overdue 7 months. We will never visit your home, contact your employer or ask for cash. Call 3618 2240." })).toBe(false);
    expect(threat({ ...EN_HK, text: "Example Credit Management: Mr KWAN, balance HK$15,820.55, overdue 7 months. We never visit your home, but pay today or we will contact your employer. Call 3618 2240." })).toBe(true);
  });

  it("reads paying at a named store as a way to pay, and STOP sent to a number as an opt-out", () => {
    expect(missingRoles({ ...EN_US, sender: "Example Title Loans", text: "Example Title Loans: Dwight, your renewal interest of $187.00 on T-40219 is due 11/22. Pay at the Route 9 store or call 1-866-555-0129." })).not.toContain("repayment-channel");
    expect(missingRoles({ ...EN_US, sender: "Example Title Loans", text: "Example Title Loans: Dwight, your renewal interest of $187.00 on T-40219 is due 11/22. Call 1-866-555-0129 about it." })).toContain("repayment-channel");
    const optOutMissing = (message: Message): boolean => findings({ category: "marketing", audience: "customer", ...message }, "opt-out-instruction").some((finding) => finding.messageId === "missing");
    expect(optOutMissing({ ...HK, text: "示例信用卡中秋分期：簽賬分12期，實際年利率7.2%。回覆STOP至 5200 8888 取消推廣。" })).toBe(false);
    expect(optOutMissing({ ...HK, text: "示例信用卡中秋分期：簽賬分12期，實際年利率7.2%。查詢請致電 5200 8888。" })).toBe(true);
  });
});

describe("an office or an authority names no creditor, whichever wording reads it", () => {
  const noCreditor = (message: Message): boolean => missingRoles(message).includes("creditor");
  it("finds a law firm's or an office's letter that names no creditor, and passes one that names it", () => {
    expect(noCreditor({ ...HK, sender: "示例律師事務所", text: "【示例律師事務所】鍾先生：本所客戶已就閣下拖欠之貸款 HK$46,300（逾期逾4個月）向區域法院入稟。請於3日內經轉數快 FPS ID 1150338 清還，查詢 3555 0299。" })).toBe(true);
    expect(noCreditor({ sender: "示例律师事务所", text: "【示例律师事务所】赵*峰先生：受债权人委托，就您拖欠的借款本息6,904.30元（已逾期85天）致函，请于3日内登录示例APP还款，咨询400-000-0000。" })).toBe(true);
    expect(noCreditor({ locale: "en-US", sender: "Case Processing Unit", text: "Case Processing Unit: Mr. Holt, your $740.00 balance has been unpaid since March 2021. Pay at example.com/pay or call 555-0102. Reply STOP to opt out." })).toBe(true);
    expect(noCreditor({ locale: "en-US", sender: "Law Offices of John Example", text: "Law Offices of John Example: Ms. Reyes, your $1,200.00 balance is 90 days past due. Pay at example.com/pay or call 555-0100. Reply STOP to opt out." })).toBe(true);
    expect(noCreditor({ ...HK, sender: "示例律師事務所", text: "【示例律師事務所】鍾先生：本所受示例財務委託，就閣下拖欠之貸款 HK$46,300（逾期逾4個月）致函。請於3日內經轉數快 FPS ID 1150338 清還，查詢 3555 0299。" })).toBe(false);
    expect(noCreditor({ sender: "示例律师事务所", text: "【示例律师事务所】赵*峰先生：受示例消费金融委托，就您拖欠的借款本息6,904.30元（已逾期85天）致函，请于3日内登录示例APP还款，咨询400-000-0000。" })).toBe(false);
    expect(noCreditor({ locale: "en-US", sender: "Example Lending", text: "Example Lending: Mr. Holt, your $740.00 balance has been unpaid since March 2021. Pay at example.com/pay or call 555-0102. Reply STOP to opt out." })).toBe(false);
  });

  it("still reads a creditor a law firm or an office names: acting for it, said to be wronged, acting on the debt", () => {
    expect(noCreditor({ ...EN_HK, sender: "Example & Partners", text: "Example & Partners, solicitors for Example Pacific Bank: Mr MAN, the HK$58,112.40 on card ending 1180 is 90 days overdue. Pay via FPS 1120 8899 or call 2555 0133." })).toBe(false);
    expect(noCreditor({ ...EN_HK, sender: "Example Solicitors", text: "Dear Mr Mak, we act for Example Crest Bank. The HK$38,400 on card ending 7715 is 120 days overdue. Pay via FPS 1120 8899 or call 2555 0133." })).toBe(false);
    expect(noCreditor({ ...EN_HK, sender: "Example Legal", text: "Police Crime Bureau: Ms Tam has been reported for fraud by Example Bank over card debt HK$14,890, 120 days overdue. Pay via FPS 1120 8899 or call 2555 0133." })).toBe(false);
    expect(noCreditor({ ...HK, sender: "示例法院執行處", text: "【高等法院民事執行處】陳志明：示例銀行已就閣下信用卡欠款HK$27,405（逾期120日）取得判決。請轉賬至FPS 2318877，查詢3555 0299。" })).toBe(false);
    expect(noCreditor({ locale: "en-US", sender: "Attorney Services Division", text: "Attorney Services Division: Priya Sharma re file 5521, $318.40 unpaid since Feb. Call 503-555-0102 or pay at example.com/pay. Reply STOP to opt out." })).toBe(true);
  });
});

describe("families of the spent held-out half of the thirty-seventh corpus, read after its final score", () => {
  it("reads 到 completing another verb (收到, 接到) as no visit to the reader's family", () => {
    expect(threat({ text: "【示例银行】刘*芳女士，已收到您家属提交的住院证明，您的借款（尾号2291，逾期18天，欠款6,740.20元）已暂停催收30天。可致电0755-83226710。" })).toBe(false);
    expect(threat({ ...HK, text: "【示例財務】張先生，收到你太太來電話你入咗院，祝早日康復。十月份供款HK$6,480已延至11月12日。有需要打 2787 3300。" })).toBe(false);
    expect(threat({ text: "【示例金融】刘*芳，欠款6,740.20元已逾期18天，明天我们就到您家属那里坐坐。" })).toBe(true);
  });
});

describe("families of the thirty-eighth corpus's held-out half, read after its final score", () => {
  const TW = { locale: "zh-TW" } as const;
  it("reads a transfer to a bank named by its short name as a way to pay, and a number to call after it as none", () => {
    expect(missingRoles({ ...TW, text: "【示例汽車借款】陳先生您好，您的借款第5期NT$9,450已逾期35天。繳款：匯款 台企 050-12-345678，或打0800-119-365。" })).not.toContain("repayment-channel");
    expect(missingRoles({ ...TW, text: "【示例汽車借款】陳先生您好，您的借款第5期NT$9,450已逾期35天。匯款前請致電 0800-119-365。" })).toContain("repayment-channel");
  });

  it("reads a full name after a sender set off by a bar as the recipient", () => {
    const noName = (text: string): boolean => findings({ ...TW, text }, "recipient-identification").some((finding) => finding.messageId!.startsWith("missingName"));
    expect(noName("示例分期｜吳品妤，您的手機分期第6期NT$1,650已逾期8天，請至示例App繳款。需要協助請撥02-2655-0018。")).toBe(false);
    expect(noName("示例分期｜您的手機分期第6期NT$1,650已逾期8天，請至示例App繳款。需要協助請撥02-2655-0018。")).toBe(true);
  });

  it("reads a short hotline of four or five digits after a word to call as a way to reach a person, and a count of calls as none", () => {
    expect(missingRoles({ ...TW, text: "【示例水務】水號 1-23-456789-0 用戶您好，您7月份水費NT$1,245已逾期10天，請至超商或 https://example.tw/pay 繳納。服務專線1910" })).not.toContain("contact");
    expect(missingRoles({ text: "【示例银行】李*明，您尾号3321的信用卡欠款2,100元已逾期10天，请通过示例银行App还款。如有疑问请致电 95555 或 客服热线 10086。" })).not.toContain("contact");
    expect(missingRoles({ ...TW, text: "【示例水務】水號 1-23-456789-0 用戶您好，您7月份水費NT$1,245已逾期10天，請至超商或 https://example.tw/pay 繳納。本公司已撥打3次未接通。" })).toContain("contact");
  });
});

describe("families of the thirty-eighth corpus's tuned half (kinds of credit and bills)", () => {
  const EN_US = { locale: "en-US" } as const;
  const noDueInfo = (message: Message): boolean => missingRoles(message).some((role) => role === "due-date" || role === "days-overdue");

  it("reads how soon a service comes back once paid as no deadline, and a deadline of hours still as one", () => {
    expect(pressure({ text: "【示例水务】李**住户：您的水费86.50元已逾期23天。如11月25日前仍未缴清，将暂停供水，缴清后24小时内恢复。缴费：示例水务公众号；咨询96116。" })).toBe(false);
    expect(pressure({ text: "【示例通信】许*先生，您的话费142.50元已停机14天，缴清后2小时内自动复机。可登录示例App缴费，客服400-000-0000。" })).toBe(false);
    expect(pressure({ text: "【示例金融】许*先生，欠款142.50元已逾期14天，请于接到通知后24小时内还清。" })).toBe(true);
  });

  it("finds a lockout and the reader's things put out of their home", () => {
    expect(threat({ ...HK, text: "業主陳生：阿強，你已經拖咗兩個月租，合共$14,000。聽日下晝我帶師傅嚟換鎖，你啲嘢我幫你搬落街。FPS 9231 8870。" })).toBe(true);
    expect(threat({ text: "【示例优租】1栋2203邓*，房租拖了25天，3,100块。不转账的话，屋里东西统一搬楼道。管家电话13800000000" })).toBe(true);
    expect(threat({ ...EN_HK, text: "Landlord Lam here. Flat 8A rent HK$7,200 unpaid since 1 Sep. Not paid by Sunday your stuff goes out to the corridor. Call 9876 5432." })).toBe(true);
    expect(threat({ ...EN_US, text: "Example Rentals: rent of $1,200 is 10 days late. Pay by Friday or we change the locks. Call 555-0100." })).toBe(true);
    expect(threat({ ...EN_US, text: "Example Rentals: rent of $1,200 is 10 days late. We will never change the locks or remove your belongings. Call 555-0100." })).toBe(false);
    expect(threat({ ...EN_US, text: "Example Lending: loan #30615 is 120 days past due ($4,186.50). Once charged off, this account will lock you out of any car loan for ten years. Call 888-555-0119." })).toBe(false);
  });

  it("finds officers said to come to the reader's home named by its district", () => {
    expect(threat({ ...EN_HK, text: "Example Recovery for Example Hospital: Mr WONG, your HK$7,940 bill is unpaid. Officers may come to your Wan Chai home to take a statement. Call 3188 4420." })).toBe(true);
  });

  it("finds an employer asked to withhold pay at a payday, and family credit said tied to the reader's", () => {
    expect(falseLegal({ ...HK, audience: "third-party", text: "致示例物流人事部：貴公司員工吳家輝於本公司預支薪金HK$3,500，已逾期未還。請於本月出糧時直接扣起該款項並轉交本公司。" })).toBe(true);
    expect(credit({ ...HK, audience: "third-party", text: "示例管理：黃太，你個女欠示例流動HK$3,482一直唔還。而家屋企人信貸都掛鈎，再拖落去你自己個TU都會一齊跌。" })).toBe(true);
    expect(credit({ ...EN_US, text: "Example Lending: Jasmine, loan ending 9917 is 75 days past due ($1,044.90). Since your family shares your address their scores drop with yours. Call 877-555-0159. Reply STOP to opt out." })).toBe(true);
  });

  it("finds Cantonese insults, written in Chinese inside an English text too", () => {
    expect(reports({ ...EN_HK, text: "Example Finance: CHAN Wai Fai, your loan LD-3390 is 3 weeks overdue and u still hiding, 廢柴. Transfer HK$21,600 to FPS 1800567 or call 6233 9911." }, "no-abusive-language")).toBe(true);
    expect(reports({ ...HK, text: "示例牙科：劉小姐，第4、5期合共HK$4,300拖咗兩個月，正一走數婆。FPS ID 1782 3301，有問題打 2388 6612。" }, "no-abusive-language")).toBe(true);
  });

  it("reads a free visit in an offer and a reader entrusted to pass a message on as no threat", () => {
    expect(threat({ category: "marketing", audience: "customer", text: "【示例光伏】零首付装光伏，年化利率7.2%。免费上门勘察，电话13800000000。回T退订" })).toBe(false);
    expect(threat({ audience: "third-party", text: "【示例资产管理】您好，打扰了。我们受托联系您的朋友罗*先生，有事务需要他尽快回电400-000-0000。本信息不涉及您本人，谢谢配合。" })).toBe(false);
    expect(reports({ ...HK, audience: "third-party", text: "你好，我哋係示例信貸管理，代表示例醫院追收你爸爸何國強先生嘅住院費HK$23,900。麻煩你叫佢盡快處理，或者你代佢俾都得。" }, "no-third-party-disclosure")).toBe(true);
    expect(reports({ ...HK, audience: "third-party", text: "你好，呢度係示例追收嘅職員 Ivan。我哋想搵一位姓吳嘅小姐，如果呢個唔係佢嘅電話，麻煩回覆「WRONG」，我哋會即刻刪除呢個號碼。" }, "no-third-party-disclosure")).toBe(false);
  });

  it("reads a collector's words quoted in a reply to a complaint as reported, and the same words said as the sender's own", () => {
    expect(threat({ locale: "zh-TW", channel: "email", text: "主旨：回覆您的申訴 林先生您好：關於您反映本公司專員於電話中提到「要去學校找你女兒」一事，經調閱錄音屬實，該專員已停止處理您的案件並接受懲處。洽詢02-2962-3300。" })).toBe(false);
    expect(threat({ locale: "zh-TW", text: "【示例資產】林先生，您的欠款NT$8,000已逾期40天，再不處理我們要去學校找你女兒。洽詢02-2962-3300。" })).toBe(true);
  });

  it("reads a suit the bank may bring under the loan note as lawful and what will not happen as no condition, and finds the reader's doctor told and money shown off", () => {
    expect(falseLegal({ locale: "zh-TW", text: "【示例銀行】張家豪先生，您的就學貸款已逾期4個月，欠款本息NT$12,860。如仍未繳納或申請展延，本行得依借據對您及連帶保證人提起訴訟求償。請至本行任一分行繳款，洽詢02-2191-0025。" })).toBe(false);
    expect(pressure({ text: "【示例商务】受示例付委托，周*然先生您好，您9月账单612.30元已逾期56天。请通过示例付App-账单-立即还款处理，不会产生额外催收费用。如需协商，请致电400-000-0000。" })).toBe(false);
    expect(pressure({ text: "【示例金融】周*然，账单612.30元已逾期56天。请立即还款，不还会上报。" })).toBe(true);
    expect(threat({ locale: "zh-TW", channel: "email", text: "主旨：醫療費用催繳 林志明先生您好：您的住院自付費用NT$38,500已逾期14個月。若本月仍未處理，我們將聯繫您的主治醫師，說明您的欠費情形。洽詢02-2709-3600" })).toBe(true);
    expect(pressure({ locale: "zh-TW", text: "示例天然氣 吳小姐：每天在IG曬美食、出國玩，卻繳不出NT$1,860的瓦斯費？已逾期40天，請至超商繳費，客服02-2998-1234" })).toBe(true);
  });

  it("reads a time past maturity, a time without paying, a whole month overdue and the due day tomorrow as due information", () => {
    expect(noDueInfo({ ...EN_US, sender: "Example Pawn", text: "Example Pawn: ticket #A-57120, $410 to redeem, 20 days past maturity. Pay at example.com/pay or call 210-555-0136. Reply STOP to opt out" })).toBe(false);
    expect(noDueInfo({ ...EN_US, sender: "Example Rentals", text: "Example Rentals: Dante, agreement 22-1180 is $214.80 behind, for 6 weeks without paying. Pay at example.com/pay or call 413-555-0129. Reply STOP to opt out" })).toBe(false);
    expect(noDueInfo({ ...EN_US, sender: "Example Rentals", text: "Example Rentals: Dante, agreement 22-1180 is $214.80 behind. Pay at example.com/pay or call 413-555-0129. Reply STOP to opt out" })).toBe(true);
    expect(noDueInfo({ ...HK, sender: "示例押業", text: "示例押業：黎生，金鐲押咗$12,000，過咗期成個月都未贖。攜當票嚟店或者WhatsApp 5523 0987。" })).toBe(false);
    expect(noDueInfo({ locale: "zh-TW", category: "reminder", text: "【示例分期】陳先生提醒您，明天就是本期分期款NT$1,290的繳款日了，請到示例App繳款，有問題請撥02-2655-0018" })).toBe(false);
  });
});

describe("families of the thirty-ninth corpus's tuned half (the whole outbox of one week)", () => {
  const TW = { locale: "zh-TW" } as const;
  const US = { locale: "en-US" } as const;
  const THIRD = { audience: "third-party" } as const;

  it("reads the collector offering a word with the family in advance as telling them", () => {
    expect(threat({ text: "【示例金融】罗*芳，您的账单已逾期58天，应还2,316.40元。马上过年了，需要的话我们可以提前帮您跟家里打个招呼。" })).toBe(true);
    expect(threat({ text: "【示例金融】罗*芳，您的账单已逾期58天，应还2,316.40元。我们不会跟您家里打招呼，请放心。" })).toBe(false);
  });

  it("reads a notice to be put up in the lobby, and a clean door that paint would spoil, as threats", () => {
    expect(threat({ ...HK, text: "【示例財務】張小姐，如果你再避我哋，我哋會喺大堂貼通告，等全座都知。" })).toBe(true);
    expect(threat({ ...HK, text: "【示例財務】你部車嘅分期已經拖咗47日。你門口對面嗰幅牆咁白淨，油漆好容易整污糟㗎。" })).toBe(true);
    expect(threat({ ...HK, text: "【示例財務】聽日你屋企門口就唔會咁乾淨。" })).toBe(true);
    expect(threat({ ...HK, text: "【示例財務】張小姐，分行門口已重新裝修，乾淨整潔，歡迎親臨還款。" })).toBe(false);
    expect(threat({ ...HK, text: "【示例財務】大廈外牆油漆工程期間，分行門口照常開放，還款可用FPS。" })).toBe(false);
    expect(threat({ ...HK, text: "【示例財務】陳生，你再唔還，聽日你屋企門口油過啲紅色。" })).toBe(true);
    expect(threat({ ...EN_HK, text: "Example Finance: Ms Poon, your card is 70 days overdue. Hope the door of your flat stays a nice clean colour." })).toBe(true);
    expect(threat({ ...EN_HK, text: "Example Finance: Ms Poon, the cleaning of your building's lobby does not affect your FPS payment." })).toBe(false);
  });

  it("reads the collector coming over to talk to the borrower as a visit, and coming to sign what was asked for as none", () => {
    expect(threat({ ...TW, ...THIRD, text: "黃先生的鄰居您好，我們是示例融資，隔壁5樓黃O宇的車貸逾期快三個月，我們今晚會過來跟他談，麻煩您轉告。" })).toBe(true);
    expect(threat({ text: "【示例金融】丁*先生，应您的要求，我们周四会过来跟您面签分期协议，如需改期请致电0571-5550-6632。" })).toBe(false);
  });

  it("reads 老賴 in an English Hong Kong text as an insult", () => {
    expect(reports({ ...EN_HK, text: "Ho Ka Chun 你個老賴, your card ending 3014 owes HK$5,860. FPS 1684 2207." }, "no-abusive-language")).toBe(true);
  });

  it("reads a spouse told she owes it too, Immigration told, a court blacklist and a seizure docket as false legal claims", () => {
    expect(falseLegal({ ...HK, ...THIRD, text: "何太，你先生喺示例財務借嘅HK$23,150已經拖咗三個月。夫妻共同債務，你作為太太一樣有責任還。" })).toBe(true);
    expect(falseLegal({ ...EN_HK, ...THIRD, text: "Ma'am, your helper has an overdue loan of HK$4,200. We already sent her details to Immigration, they will cancel her visa." })).toBe(true);
    expect(falseLegal({ text: "【示例金融】蒋*强，你的借款已逾期45天。再不还，下周就把你报上失信黑名单。" })).toBe(true);
    expect(falseLegal({ text: "【示例银行】许先生，您的贷款已逾期62天。再不处理将被列入全国金融失信黑名单。" })).toBe(false);
    expect(falseLegal({ ...US, text: "Example Lending: Ms. Cole, an unpaid obligation of $1,480.00 has been docketed for asset seizure." })).toBe(true);
    expect(falseLegal({ ...US, text: "Example Auto Finance: your vehicle is scheduled for repossession under your contract on June 9 unless the $905 is paid." })).toBe(false);
  });

  it("reads 立即 in the name of an app's button as no deadline", () => {
    expect(pressure({ text: "【示例金融】刘*，您的借款已逾期8天，应还1,024.60元。请打开App立即还款，以免影响您的信用记录。" })).toBe(false);
    expect(pressure({ text: "【示例金融】刘*，您的借款已逾期8天，应还1,024.60元。请立即还款，否则明天上门。" })).toBe(true);
  });

  it("reads a plan number as no identity number, and the number a third party is told the borrower is reached at as his", () => {
    expect(reports({ ...EN_HK, text: "Nova Mobile: Mr Tam, handset plan NM-5530-118 instalment HK$288 was not paid on 1 Dec. Pay in the app." }, "pii-masking")).toBe(false);
    expect(reports({ ...US, ...THIRD, text: "Example Lending: We haven't been able to reach him at (512) 847-2391 about a personal matter. Please ask him to call 1-844-555-0127." }, "pii-masking")).toBe(true);
    expect(reports({ ...US, ...THIRD, text: "Example Lending: please ask him to call Northpoint at 1-844-555-0127 about a personal matter." }, "pii-masking")).toBe(false);
  });

  it("reads a transfer into a bank written short or by its code, an autopay tomorrow and days before what is still owing as disclosures", () => {
    expect(missingRoles({ ...TW, text: "示例資產 吳O豪：NT$43,208逾期97天，請於本週款項進合庫5120-7176-3381，專員0930-218-552" })).not.toContain("repayment-channel");
    expect(missingRoles({ ...TW, text: "示例資產 黃O華 女士：帳號末碼5519 欠款 NT$52,000 自111年9月起未繳，洽(02)2528-6600#315，土銀(005)0310-0586-5519-2。" })).not.toContain("repayment-channel");
    expect(missingRoles({ ...TW, text: "示例資產 高O志：卡費12,880逾期60天，822-1288-0060-11 自己匯，要講話打02-2707-5522#22" })).not.toContain("repayment-channel");
    expect(missingRoles({ ...TW, text: "示例資產 高O志：卡費12,880逾期60天，請盡快進行還款，專線 0800-119-365" })).toContain("repayment-channel");
    expect(missingRoles({ ...US, category: "reminder", text: "Example Pay: Payment 3 of 4 ($31.25) autopays tomorrow from your card ending 7720. Chat with an Example Pay specialist in Help." })).not.toContain("due-date");
    expect(missingRoles({ ...EN_HK, text: "Example Finance: Hi Mr Chan, 44 days and HK$2,560 still owing on the card. FPS 1684 2207, WhatsApp 6288 4109." })).not.toContain("due-date");
  });

  it("reads a person to chat with and 'hit me back' as ways to reach a person", () => {
    expect(missingRoles({ ...US, category: "reminder", text: "Example Pay: Sam, payment 3 of 4 ($31.25) autopays on 6/14 from your card ending 7720. Chat with an Example Pay specialist in Help." })).not.toContain("contact");
    expect(missingRoles({ ...US, text: "Example Lending: Marcus, loan ending 2048 is at $720, 55 days late. Pay at example.com/pay or hit me back. Reply STOP to opt out." })).not.toContain("contact");
  });

  it("reads an amount offered to settle in Hong Kong dollars as no amount owed", () => {
    expect(missingRoles({ ...EN_HK, text: "Example Collection: Ms Lo, card ending 8042, 120 days overdue. Settle for HK$5,000 instead of the full balance by 15 Dec. FPS 1684 2207, call 3705 6122." })).toContain("amount-due");
    expect(missingRoles({ ...EN_HK, text: "Example Collection: Ms Lo, card ending 8042, HK$8,120 is 120 days overdue. FPS 1684 2207, call 3705 6122." })).not.toContain("amount-due");
  });

  it("reads a full name after 客戶, or an English name after a sender set off by a bar, as the recipient", () => {
    const noName = (message: Message): boolean => findings(message, "recipient-identification").some((finding) => finding.messageId!.startsWith("missingName"));
    expect(noName({ ...HK, text: "【示例信貸】客戶 黎淑儀（貸款編號 QC-2291）：閣下之貸款結欠HK$4,925，已逾期27日。請透過FPS ID 1133 905還款，並致電 2157 6688。" })).toBe(false);
    expect(noName({ ...TW, text: "示例融資｜Nina 您好，您的分期第5期 1,480 元已逾期 4 天。點此繳款，或到「我的>線上客服」與專員對話。" })).toBe(false);
    expect(noName({ ...TW, text: "示例融資｜您好，您的分期第5期 1,480 元已逾期 4 天。點此繳款，或到「我的>線上客服」與專員對話。" })).toBe(true);
  });

  it("reads a suit the bank may bring (或會委託律師), a hand-over to its legal department and a notice of intended legal action as lawful steps", () => {
    expect(falseLegal({ ...HK, text: "【示例銀行】鄭小姐：閣下之貸款結欠HK$27,518.40，如未能於3月31日前清還，本行或會委託律師行循法律途徑追討。" })).toBe(false);
    expect(falseLegal({ ...TW, text: "示例資產 吳O豪：NT$43,208逾期97天，如仍未處理，案件將轉法務起訴程序。專員0930-218-552" })).toBe(false);
    expect(falseLegal({ ...TW, text: "示例資產 吳O豪：NT$43,208逾期97天，法院已受理起訴，明天開庭。" })).toBe(true);
    expect(falseLegal({ ...EN_HK, channel: "email", text: "Subject: Loan ML-0211-045 – intended legal action\n\nDear Mr Lam,\n\nIf the HK$27,540.00 is not paid by 9 January, we may instruct our solicitors to start proceedings." })).toBe(false);
    expect(falseLegal({ ...EN_HK, channel: "email", text: "Subject: Loan ML-0211-045 – legal action\n\nDear Mr Lam,\n\nLegal action has started against you." })).toBe(true);
  });

  it("reads an app path in quotes and an Unsubscribe link beside other footer links as opt-outs", () => {
    const MKT = { category: "marketing", audience: "customer" } as const;
    expect(reports({ ...HK, ...MKT, channel: "push", text: "示例汽車融資：車主套現，實際年利率低至4.58%。如不想收推廣通知：App「我的」>「設定」>「通知」關閉。" }, "opt-out-instruction")).toBe(false);
    expect(reports({ ...HK, ...MKT, channel: "push", text: "示例汽車融資：車主套現，實際年利率低至4.58%，立即喺App申請。" }, "opt-out-instruction")).toBe(true);
    const footer = (last: string) => findings({ ...US, ...MKT, channel: "email", text: `Subject: One fixed payment\n\nPersonal loans with APRs from 8.99% to 35.99%.\n\nYou're receiving this because you're an Example Bank customer. ${last}\nExample Bank, 1 Main St, Springfield, IL 62701` }, "opt-out-instruction").some((finding) => finding.messageId === "missing");
    expect(footer("Unsubscribe | Email preferences")).toBe(false);
    expect(footer("Email preferences | Privacy")).toBe(true);
  });

  it("reads how long a debt has gone unpaid, the span right after it, whatever follows", () => {
    expect(missingRoles({ ...TW, text: "示例融資 小潘：羅O德，兩期6,580元欠了快兩個月也不接電話，ibon代碼HY09552658自己去繳，0972-518-306" })).toEqual([]);
    expect(missingRoles({ ...TW, text: "示例融資 小潘：羅O德，兩期6,580元已經三個禮拜不接電話，ibon代碼HY09552658自己去繳，0972-518-306" })).toEqual(["days-overdue"]);
  });
});

describe("families of the thirty-ninth corpus's held-out half, read after its final score", () => {
  const TW = { locale: "zh-TW" } as const;
  const THIRD = { audience: "third-party" } as const;

  it("reads a nickname of 阿 and one character alone as naming nobody, a surname as naming someone", () => {
    const noName = (message: Message): boolean => findings(message, "recipient-identification").some((finding) => finding.messageId!.startsWith("missingName"));
    expect(noName({ ...HK, text: "阿強，我係示例財務Ricky，你上個月15號嗰期$1,300仲未俾，得閒覆我 9308 6142。" })).toBe(true);
    expect(noName({ ...HK, text: "陳強，我係示例財務Ricky，你上個月15號嗰期$1,300仲未俾，得閒覆我 9308 6142。" })).toBe(false);
  });

  it("reads the contacts called one by one, a notice in the lobby in English, the street the family lives on and the way known as threats", () => {
    expect(threat({ ...TW, text: "示例融資：錢不處理沒關係 你通訊錄裡那幾百個人我們一個一個打 看誰先受不了" })).toBe(true);
    expect(threat({ ...EN_HK, ...THIRD, text: "Hi neighbour, the guy in 12C owes Example Finance money. If he won't face us we'll put a notice up in the lobby so everyone knows." })).toBe(true);
    expect(threat({ ...EN_HK, ...THIRD, text: "Hi neighbour, Example Finance will not put any notice up about anyone. Ask him to call 6188 2099." })).toBe(false);
    expect(threat({ ...TW, ...THIRD, text: "示例資產：陳O如的姊姊，你妹妹欠銀行信用卡3萬多，我們知道你們家在員林哪一條，叫她打0987-335-120" })).toBe(true);
    expect(threat({ ...HK, text: "【示例財務】黃家豪，$6,800拖咗成個月，你老母喺大埔墟街市嗰檔我哋識路㗎。" })).toBe(true);
    expect(threat({ ...TW, text: "示例融資 劉先生您好：您汽車分期已逾期33天，應繳NT$14,220。本公司目前無任何外訪安排，請放心；疑問請撥0800-660-318。" })).toBe(false);
  });

  it("reads Immigration told of a helper in Chinese and a family's liability under the civil code as false legal claims, a suit if unpaid as lawful", () => {
    expect(falseLegal({ ...HK, ...THIRD, text: "陳太你好，你屋企工人喺示例信貸借咗HK$12,000，如果佢再唔還，我哋會向入境處舉報，到時佢簽證續唔到。" })).toBe(true);
    expect(falseLegal({ ...TW, ...THIRD, text: "洪先生的弟弟您好，示例資產通知：您哥哥積欠的信用卡債尚未處理，依民法家屬有代償義務，請您幫他先還一部分。" })).toBe(true);
    expect(falseLegal({ ...TW, ...THIRD, text: "邱同學的室友你好，我們是示例債管，他的分期拖一個多月了，請他打0800-289-565，不然就直接走法律程序。" })).toBe(false);
  });

  it("reads a lifetime without borrowing as a credit threat, and low-interest with a hyphen as a price of credit", () => {
    expect(credit({ ...HK, ...THIRD, text: "Hi，你係Kelvin嘅朋友啩？佢喺示例財務欠咗兩萬幾，TU已經J級，今世都唔使旨意再借到錢。" })).toBe(true);
    expect(reports({ locale: "en-US", category: "marketing", audience: "customer", text: "Example Bank: Low-interest personal loans are here. Check your rate in 60 seconds. Reply STOP to opt out." }, "apr-disclosure")).toBe(true);
  });

  it("reads a Taiwanese bank code and account alone, or a payment code, as a way to pay, and an account after 匯 as no personal number", () => {
    expect(missingRoles({ ...TW, text: "示例資產 游O翰：信貸64,300逾期半年。822-6430-0015-33，02-2707-5522#40" })).not.toContain("repayment-channel");
    expect(missingRoles({ ...TW, text: "示例債管 吳O蓁：9,870元逾期68天，代碼BC9870068，0800-289-565" })).not.toContain("repayment-channel");
    expect(missingRoles({ ...TW, text: "示例債管 吳O蓁：9,870元逾期68天，請盡快處理，0800-289-565" })).toContain("repayment-channel");
    expect(reports({ ...TW, text: "示例資產 施O良先生：信貸欠款NT$58,204逾期4個多月，可匯合庫(006)5120-7176-5820，專員0930-218-552。" }, "pii-masking")).toBe(false);
  });

  it("reads a seven-digit Hong Kong service number after a word to call as a way to reach a person", () => {
    expect(missingRoles({ ...EN_HK, text: "Nova Mobile: Ms Kwan, handset plan NM-6120-442, HK$596 overdue since 1 Nov. Pay in the Nova app > Bills. Call 1833 226 to arrange." })).not.toContain("contact");
    expect(missingRoles({ ...EN_HK, text: "Nova Mobile: Ms Kwan, handset plan NM-6120-442, bill ref 1833 226, HK$596 overdue since 1 Nov. Pay in the Nova app > Bills." })).toContain("contact");
  });
});

describe("menace by implication: the reader's private life looked into, their data held, another borrower's fate", () => {
  const EN_US = { locale: "en-US" } as const;
  const TW = { locale: "zh-TW" } as const;

  it("reads a remark on the reader's social network, children's photos or child's school as a threat, a trip's photos held against the debt as no threat", () => {
    expect(threat({ ...EN_US, text: "Example Card: Brianna, card ending 6627 is 88 days past due. We noticed you're pretty active on Facebook. Let's get it settled at example.com." })).toBe(true);
    expect(threat({ ...EN_US, text: "Example Loans: Melanie, acct 77-219 is 50 days past due. Saw the soccer pics. Let's keep things simple." })).toBe(true);
    expect(threat({ ...EN_HK, text: "Example Finance: Kelvin, your daughter's school in Sha Tin lets out at 3:30, right? Your loan is 20 days late." })).toBe(true);
    expect(threat({ ...EN_US, text: "Example Cash: Kenji, we found the community page your aunties post in. Your $980 loan is past due." })).toBe(true);
    expect(threat({ ...EN_US, text: "Example FCU: Jordan, your card ending 2044 is 37 days past due. Saw the new boat pics online. Shouldn't paying what you owe come first?" })).toBe(false);
    expect(threat({ ...EN_US, text: "Example Lending: Tomas, your loan ending 6617 is 44 days past due. You work in accounting, right? Call 833-555-0191 to set up a plan." })).toBe(false);
  });

  it("reads the reader's work or people asked back to them, and their village group chat, as threats in Chinese", () => {
    expect(threat({ text: "【示例钱包】柏*，欠款3,420元逾期71天。你在宏达汽修上班，老板姓郑对吧？" })).toBe(true);
    expect(threat({ ...TW, text: "林太太您好，我是示例資產陳專員。您先生在國小教書對吧？請他回電0933-201-488。" })).toBe(true);
    expect(threat({ text: "【示例贷】熊*丽，逾期17天了，你们村那个微信群人挺多的吧。" })).toBe(true);
    expect(threat({ ...HK, text: "陳太，BB滿月酒啲相好靚喎，仲要IG公開晒。示例分期HK$2,670過咗期兩個禮拜。" })).toBe(true);
    expect(threat({ text: "【示例金融】张*明，您的借款已逾期5天，应还1,200元，还款日是15号对吧？如有疑问请致电400-000-0000。" })).toBe(false);
  });

  it("reads contacts or photos the collector says it holds as a threat, details on file as none", () => {
    expect(threat({ ...EN_HK, text: "Example Collection: Mr Lee, loan ending 7402 is 26 days late. Your phonebook contacts were given to us when you applied. Do you want all 300 of them to get a message about you?" })).toBe(true);
    expect(threat({ ...EN_HK, text: "Example Lending: Marisol, loan overdue since 28 Nov. U remember the photos u sent for verification? Pay fps 7721009." })).toBe(true);
    expect(threat({ text: "【示例金融】杨*丽女士，您手机里那几百个联系人，我们系统里都有，具体怎么用，就看您的态度了。" })).toBe(true);
    expect(threat({ text: "【示例贷】熊*丽，你贷款时候拍的那张人脸照片还在我们系统里。" })).toBe(true);
    expect(threat({ ...EN_US, text: "Example Lending: we have your contact details on file; reply to update them. Call 1-800-555-0100." })).toBe(false);
    expect(threat({ text: "【示例金融】您上传的身份证照片已审核通过，借款将于今日到账。" })).toBe(false);
  });

  it("reads another borrower whose neighbours came to know, told across two sentences, as a threat", () => {
    expect(threat({ ...EN_HK, text: "Example Finance: Mr Ho, HK$15,600 is 60 days past due. Last month another customer in your estate also stopped answering us. Now his neighbours all know his name." })).toBe(true);
    expect(threat({ text: "【示例金融】张*明，上个月有个客户也是不接电话。现在他们小区邻居都知道了。" })).toBe(true);
    expect(threat({ ...EN_US, text: "Example Lending: many customers find our hardship plan helpful, and their families never need to know. Call 1-800-555-0100." })).toBe(false);
  });

  it("reads the next step left for the reader to know, the next caller not the writer, and hiding dared, as threats", () => {
    expect(threat({ ...HK, text: "劉生，示例財務。你份loan欠15.6k已經過期33日。我唔想講太多，你知下一步係咩。" })).toBe(true);
    expect(threat({ ...EN_US, text: "Reggie, plan's broken again. I've been patient. Next time it won't be me calling. - Dale, Example Collections" })).toBe(true);
    expect(threat({ ...TW, text: "莊先生 示例租賃第5期12,480你已經拖22天 好膽你就繼續躲 看看會怎樣" })).toBe(true);
    expect(threat({ text: "【示例金融】张*明，您可以点开App看看分期方案会怎样安排，客服400-000-0000。" })).toBe(false);
  });
});

describe("families of the fortieth corpus's tuned half", () => {
  const EN_US = { locale: "en-US" } as const;
  const TW = { locale: "zh-TW" } as const;
  const THIRD = { audience: "third-party" } as const;

  it("reads trouble for the whole floor, a shop easy to find, the reader seen at church every week and folks on the street asked as threats", () => {
    expect(threat({ ...EN_HK, ...THIRD, text: "To the resident of Flat 12C: your neighbour in 12D owes money and is avoiding us. We would not like to trouble the whole floor. Please ask him to call 6231 9047." })).toBe(true);
    expect(threat({ ...EN_HK, ...THIRD, text: "Auntie, your nephew borrowed HK$12,000 and disappeared. Your family's dried seafood shop in Sai Ying Pun is easy to find. Tell him to call 6120 4483." })).toBe(true);
    expect(threat({ ...EN_US, text: "Example Collections: Mr. Okafor, $1,184.00 on acct SA-20931. I see you're at Greater Hope Baptist most Sundays. Call 1-877-555-0190." })).toBe(true);
    expect(threat({ ...EN_US, text: "Example Collections: your account qualifies for our Community Follow-Up program, where a local rep checks in with folks on your street about where to find you." })).toBe(true);
    expect(threat({ ...EN_US, text: "Example Lending: our Main St branch is easy to find, next to the library. Your $74.99 payment is due June 12." })).toBe(false);
  });

  it("reads an offer to keep it between us, who else hears, and another borrower's street watching, as threats", () => {
    expect(threat({ ...EN_US, text: "Example Collections: we can settle it for $900 if paid by Friday and this stays between us. Otherwise we can't promise who else ends up hearing about it." })).toBe(true);
    expect(threat({ ...EN_US, text: "Example Collections: last month a customer in the same spot stopped answering, and his whole street got to watch how it ended in his driveway." })).toBe(true);
    expect(threat({ ...EN_US, text: "Example Lending: thank you for letting us know about your grandfather's passing; we are sorry. Call 1-866-555-0177 when you are ready." })).toBe(false);
  });

  it("reads whether a manager knows how the reader handles money as pressure, hearing it from us as a threat only", () => {
    expect(pressure({ ...EN_US, text: "Example Recovery: Ms. Reyes, card ending 2207, $1,930.44 outstanding. Does your manager know how you handle money? Pay at example.com/pay." })).toBe(true);
    expect(pressure({ text: "【示例小贷】韩*涛先生，您的借款逾期已31天，待还4,420.00元。说句实在话，您单位领导知道您平时是怎么管钱的吗？" })).toBe(true);
    const mother = { ...EN_HK, text: "Example Finance: Mr Tang, HK$4,900 is now 27 days overdue. Would your mother in Sheung Shui want to hear about this from us? Call 2396 4400." };
    expect([pressure(mother), threat(mother)]).toEqual([false, true]);
    expect(pressure({ text: "【示例小贷】韩*涛先生，朋友圈天天晒火锅晒三亚，轮到还示例小贷的4,600元就没钱了？" })).toBe(true);
  });

  it("reads a home town named, the consequence left to think about, as threats in Chinese", () => {
    expect(threat({ text: "【示例资产】梁*先生，您的账单已逾期41天，欠款3,288.00元。听说您老家在蒲城县坡头镇，村里人都挺热心的。" })).toBe(true);
    expect(threat({ ...TW, text: "示例資融：王*翔，KC-77120欠NT$6,320拖兩個月了，今天就去ibon繳，不然後果自己想。" })).toBe(true);
    expect(threat({ ...HK, ...THIRD, text: "陳太，你外甥喺示例財務借咗錢走咗去，你屋企間海味舖好易搵。叫佢打6120 4483。" })).toBe(true);
  });

  it("reads wages taken at source under the agreement, deposits frozen for a card and heirs each held liable as false legal claims", () => {
    expect(falseLegal({ ...EN_HK, text: "Example Credit: Mr Ma, HK$2,870 overdue 40 days. Under your loan agreement your wages may now be deducted at source each month until the debt is cleared." })).toBe(true);
    expect(falseLegal({ ...EN_US, text: "Example Bank: Devon Price, card ending 3390, $2,204.16 past due. Your checking and savings will be frozen to cover the balance." })).toBe(true);
    expect(falseLegal({ ...EN_US, ...THIRD, text: "Example Recovery: as your late father's executor, note that his card balance of $3,412.09 passes to his children, and each of you is responsible for it whatever the estate holds." })).toBe(true);
  });

  it("keeps lawful legal wording lawful: a suit as the other of two possible steps, a letter from a firm its client engaged, a masked name", () => {
    expect(falseLegal({ ...HK, channel: "email", text: "李偉強先生：閣下私人貸款逾期64日，欠款HK$21,905.40。如未能清還，本行可能委託收數公司跟進，或經法律程序追討欠款。查詢2811 6200。示例銀行" })).toBe(false);
    expect(falseLegal({ ...TW, channel: "email", text: "主旨：律師函－受示例商業銀行委任催告清償 黃*宗先生：本所受示例商業銀行委任，就台端信用貸款欠款新臺幣132,580元催告清償。逾期未處理，委任人得依法提起民事訴訟。示例法律事務所 許律師 (02)2396-8120" })).toBe(false);
    expect(falseLegal({ ...EN_HK, channel: "email", category: "reminder", text: "Dear Ms LI S** Y**, the quarterly instalment of HK$4,387.00 on loan account TL-4401-88 is due on 1 July. Call 2150 7733. Example Loans Office" })).toBe(false);
  });

  it("reads an app only to apply for an extension and a survey link as no way to pay, money to deposit into the repayment card as one", () => {
    expect(missingRoles({ text: "【示例消费金融】严*文先生，您尾号1180的借款已逾期4天，应还1,902.00元。如暂时不便，可在示例消费金融APP申请延期还款。客服400-820-6613。" })).toContain("repayment-channel");
    expect(missingRoles({ text: "【示例消费金融】严*文先生，您尾号1180的借款已逾期4天，应还1,902.00元。请在示例消费金融APP还款。客服400-820-6613。" })).not.toContain("repayment-channel");
    expect(missingRoles({ ...EN_HK, text: "Example Credit: Mr Lau, loan QP-30218 has HK$2,140 overdue since 12 Jul. Apply for an extension in the app if you need more time. Call 2388 9011." })).toContain("repayment-channel");
    expect(missingRoles({ ...EN_HK, text: "Example Recovery: Ms WAN, loan ending 9914, HK$5,060, overdue since 30 Apr. Tell us how we did on our last call: survey.example-rs.com/9914. Questions: 3468 0021." })).toContain("repayment-channel");
    expect(missingRoles({ ...TW, text: "示例車貸：廖*宏先生，您的車貸3月期款NT$10,880已逾期6天。請花1分鐘填寫問卷：example-care.tw/s/2093，專線0800-668-520。" })).toContain("repayment-channel");
    expect(missingRoles({ category: "reminder", text: "【示例农商银行】许*发，您的农户贷款本期利息612.00元将于3月21日扣收，请提前存入您在我行的还款卡（尾号5017）。咨询96588。" })).not.toContain("repayment-channel");
  });

  it("reads an approximate sum (四千多块) as no amount owed, days hidden from a debt as due information, WhatsApp this number as a contact", () => {
    expect(missingRoles({ text: "【示例小贷】韩*涛，你那四千多块钱拖了52天了，还款走示例小贷公众号，电话028-8551 6402。" })).toContain("amount-due");
    expect(missingRoles({ text: "【示例小贷】韩*涛，你那4,120元拖了52天了，还款走示例小贷公众号，电话028-8551 6402。" })).not.toContain("amount-due");
    expect(missingRoles({ ...EN_HK, text: "Example Finance: Mr Chiu, hiding from HK$3,000 for 2 months. Loan VP-0827. FPS 7701824. Call 6120 4483." })).not.toContain("days-overdue");
    expect(missingRoles({ ...HK, text: "示例財務：陳生，你嗰筆HK$3,500已經逾期12日，唔該轉數快入 6281 4470，有嘢WhatsApp呢個number。" })).not.toContain("contact");
  });

  it("reads Dear Cardmember as naming nobody, and Low-interest in Hong Kong as a price of credit", () => {
    const noName = (message: Message): boolean => findings(message, "recipient-identification").some((finding) => finding.messageId!.startsWith("missingName"));
    expect(noName({ ...EN_US, channel: "email", text: "Subject: Your account\n\nDear Cardmember,\n\nYour Example Visa payment of $185.00 is 32 days past due. Pay at example.com/pay or call 1-800-555-0112." })).toBe(true);
    expect(reports({ ...EN_HK, category: "marketing", audience: "customer", channel: "push", text: "Example Credit | Low-interest top-up loans, up to HK$80,000. See the offer in the app. To stop promotional notifications: Me > Settings > Notifications." }, "apr-disclosure")).toBe(true);
    expect(reports({ ...HK, category: "marketing", audience: "customer", text: "【示例信貸】批核快、手續簡單，私人貸款額高達HK$300,000，網上申請即日現金到手。回覆STOP退訂。" }, "apr-disclosure")).toBe(false);
  });

  it("reads a Taiwanese bank code before an account as an account to pay into, not personal data", () => {
    expect(reports({ ...TW, text: "示例債權管理：吳*嘉先生，卡款(末碼5027)NT$16,480已逾期60天。繳款(822)5027001648060，電話(02)2331-7590。" }, "pii-masking")).toBe(false);
    expect(reports({ ...TW, text: "示例債權管理：吳*嘉先生，您的信用卡卡號4311950027001648逾期60天。電話(02)2331-7590。" }, "pii-masking")).toBe(true);
  });
});

describe("families of the fortieth corpus's held-out half, read after its final score", () => {
  const EN_US = { locale: "en-US" } as const;
  const TW = { locale: "zh-TW" } as const;
  const THIRD = { audience: "third-party" } as const;

  it("reads menace by implication in Chinese: parents' home asked back, told from us, who else sees it, a caring visit, door to door, where he works in Hokkien", () => {
    expect(threat({ ...TW, text: "【示例融資】黃*銘先生，您的機車分期已逾期48天，欠NT$9,820。令堂還住在員林那間老厝吧？" })).toBe(true);
    expect(threat({ text: "【示例金融】刘*娟女士，您的借款已逾期48天。我们实在不希望让您的母亲从我们这里得知此事。" })).toBe(true);
    expect(threat({ ...HK, text: "示例財務：梁生，私人貸款逾期41日。你阿媽想唔想由我哋口中聽到呢件事？" })).toBe(true);
    expect(threat({ text: "【示例金融】刘*娟女士，您的家人不会从我们这里得知任何借款信息，请放心。客服400-000-0000。" })).toBe(false);
    expect(threat({ text: "【示例资产】陈*女士，您的账单逾期19天。您们小区的业主群挺活跃的，我们也不确定会不会有人收到相关截图。" })).toBe(true);
    expect(threat({ ...HK, text: "【示例財務】周先生，閣下貸款已列入特別處理個案，本公司關懷小組將按閣下登記住址安排親身探訪。" })).toBe(true);
    expect(threat({ ...THIRD, text: "阿姨您好，您儿子欠我们的钱已经逾期两个多月了。您也不想我们去村里挨家挨户打听吧？" })).toBe(true);
    expect(threat({ ...TW, ...THIRD, text: "黃小姐，麻煩轉告恁阿兄，阮知影伊這馬佇佗位上班，嘛知影伊幾點下班。" })).toBe(true);
  });

  it("reads menace by implication in English: the reader's car placed day by day, our team near the reader's church, the management office involved", () => {
    expect(threat({ ...EN_US, text: "Example Auto Finance: Luis, loan ending 6617 is 34 days past due. Our system shows the Altima spends weekdays on level 3 of the Parkview Medical Center garage." })).toBe(true);
    expect(threat({ ...EN_HK, text: "Example Collections: Ms LAI, loan ending 5120, HK$2,690 overdue 29 days. Our team was near your church in Yau Ma Tei on Sunday." })).toBe(true);
    expect(threat({ ...EN_HK, text: "Example Recovery: Ms YUEN, HK$12,650 unpaid since 1 Feb. We would regret having to involve the management office of Block 3 in confirming your address." })).toBe(true);
    expect(threat({ ...EN_US, text: "Example Lending: our team was glad to help at the branch on Sunday. Your $74.99 payment is due June 12." })).toBe(false);
  });

  it("reads the manager question in Cantonese and trips paid for as pressure, a head with nothing in it as an insult", () => {
    expect(pressure({ ...HK, text: "【示例信貸】何小姐：貸款逾期18日，應還HK$5,230。你經理知唔知你而家點樣處理自己啲錢㗎？" })).toBe(true);
    expect(pressure({ ...TW, text: "示例顧問：張*瑜小姐，卡款NT$13,280已逾期55天。機票住宿都付得出來，這一萬多塊就真的繳不出來嗎？" })).toBe(true);
    expect(reports({ ...TW, text: "示例顧問 林專員：趙*明，卡款NT$9,870到現在還沒繳，腦子到底裝什麼？" }, "no-abusive-language")).toBe(true);
  });

  it("reads lifelong refusal, a record tied to the household and a child's student aid refused as credit threats", () => {
    expect(credit({ ...TW, text: "【示例銀行】鍾*恩先生，您的信用卡應繳NT$8,960已逾期39天，再不繳，等著被列為終身拒往戶。" })).toBe(true);
    expect(credit({ ...HK, text: "示例信用管理：Mrs HO，信用卡結欠HK$19,640，逾期130日。閣下紀錄將連繫到同住家人，令你個女日後申請學生資助計劃都可能唔獲批。" })).toBe(true);
  });

  it("reads claimed court restrictions, pay taken under the contract, a regulator's debt office, theft by deception and an employer told to withhold as false legal claims", () => {
    expect(falseLegal({ text: "【示例资产】梁*，账单逾期72天，欠3,560元。委托方已申请对你限制高消费。" })).toBe(true);
    expect(falseLegal({ ...TW, text: "示例車貸：廖*宏先生，您的車貸已逾期3期。依您簽署的借款合約，下個月起本公司將直接自您的薪資扣款。" })).toBe(true);
    expect(falseLegal({ ...EN_HK, text: "HKMA Debt Enforcement Office: Mr Leung, your loan ending 8812 is 22 days overdue and has been registered for enforcement." })).toBe(true);
    expect(falseLegal({ ...EN_HK, text: "Example Credit: Mr MOK, loan ending 1183 is overdue. Borrowing with no intention to repay is deception under the Theft Ordinance and may be reported." })).toBe(true);
    expect(falseLegal({ ...EN_US, ...THIRD, channel: "email", text: "To the Payroll Department: your employee owes Example Cash $540.00. Please withhold $135.00 from each of her next four paychecks. Employers who do not comply may be held responsible for the balance." })).toBe(true);
  });

  it("reads instalments owed, told to a relative, as a disclosure", () => {
    expect(reports({ ...TW, ...THIRD, text: "示例租賃 林專員：楊小姐您好，您弟弟楊*翰的車租已經欠兩期，請他回我電話0958-221-604。" }, "no-third-party-disclosure")).toBe(true);
  });

  it("reads the disclosures as senders write them: a failed debit today, the sender's own mobile, a chat with the team, a card tail after 末碼, an account number after 戶口", () => {
    expect(missingRoles({ category: "reminder", text: "【示例消费金融】王*婷，今日从您尾号8830银行卡代扣本期还款1,286.40元失败。今日23:00前在示例消费金融APP主动还款。客服400-820-6613。" })).not.toContain("due-date");
    expect(missingRoles({ ...TW, text: "黃先生您好，我是示例租賃的林專員。您合約XS1044的租金共NT$24,600已經快40天沒入帳。請轉帳到公司帳戶(007)123-10-045678。我手機0958-221-604，晚上十點前都可以打。" })).not.toContain("contact");
    expect(missingRoles({ ...EN_HK, text: "Example Credit | Loan ending 0921: HK$3,115 is 18 days overdue. Tap to pay in the app, or chat with an officer under Help." })).not.toContain("contact");
    expect(missingRoles({ ...EN_US, text: "Example FCU: Jamal, your auto loan ending 7716 payment of $312.40 is 6 days late. Tap to pay from your share savings, or chat with Member Care. Reply STOP to opt out." })).not.toContain("contact");
    expect(missingRoles({ ...EN_US, category: "reminder", text: "Example Pay: Hi Priya, your 3rd payment of $37.50 for order #SN-77120 is due tomorrow, Mar 12. We'll take it from your debit card ending 2290. Questions? Call 1-800-555-0100." })).not.toContain("repayment-channel");
    expect(missingRoles({ ...EN_HK, text: "Example Credit Management: Mr TO, card ending 8856, HK$7,320, 36 days overdue. We'll call you this week to arrange payment. You can also reach us on 3958 2200." })).toContain("repayment-channel");
    const noName = (message: Message): boolean => findings(message, "recipient-identification").some((finding) => finding.messageId!.startsWith("missingName"));
    expect(noName({ ...TW, text: "示例銀行：您好，您的信用卡(末碼4471)已逾期32天，應繳NT$9,870，請轉帳至(013)7713200098701，疑問請撥(02)2655-8801。" })).toBe(false);
    expect(noName({ ...TW, text: "示例租賃：哥 提醒一下喔 這個月的2萬8 逾期3天了 一樣轉我中信那個帳戶末碼1123 有問題直接回我0911-238-500" })).toBe(true);
  });

  it("reads late fees waived as no amount owed, and a creditor named in capitals as the plaintiff as the sender", () => {
    expect(missingRoles({ ...EN_US, text: "Example Cash: Nadia Brooks, loan ending 5120 is 33 days late. This week only we'll waive $60 in late fees if you clear the balance. Pay at example.com/pay or call 1-888-555-0108. Reply STOP to opt out." })).toContain("amount-due");
    expect(missingRoles({ ...EN_HK, channel: "email", sender: "Victoria Peak Finance", text: "Subject: Writ of Summons – Victoria Peak Finance Ltd v. LAM Chun Yip\n\nDear Mr LAM Chun Yip,\n\nHK$42,300 is owed on loan VP-6612, overdue since 3 December. Pay by FPS 7701824 or call 2815 6620.\n\nCheung & Lo, Solicitors" })).not.toContain("creditor");
  });
});

describe("families of the forty-first corpus's tuned half", () => {
  const EN_US = { locale: "en-US" } as const;
  const TW = { locale: "zh-TW" } as const;
  const THIRD = { audience: "third-party" } as const;

  it("reads threats: a court's compliance office or a departure restriction claimed, a community accountability page, contacts asked whether they should all get it, the next time not so polite, a house known in Hokkien", () => {
    expect(falseLegal({ ...EN_US, text: "COUNTY COURT COMPLIANCE: Case #2026-4471 is pending against Derek Lyle for an unpaid loan balance of $1,980.00. Pay at example.com or call 888-555-0131." })).toBe(true);
    expect(falseLegal({ ...EN_HK, text: "Legal Department: Mr YIP, loan GB-10050, HK$22,000 overdue 4 months. A departure restriction has now been lodged against you - you will be stopped at Lo Wu if you try to cross before paying." })).toBe(true);
    expect(threat({ ...EN_US, text: "Example Loans: Tyrell, loan #FP-20415 is 30 days overdue. Our Community Accountability page features customers who stop responding. We'd rather not add you." })).toBe(true);
    expect(threat({ ...HK, text: "示例借：陳生，貸款尾號5120已逾期18日。你App授權咗通訊錄，入面二百幾個聯絡人，你想唔想佢哋個個都收到一個關於你嘅還款提醒？" })).toBe(true);
    expect(threat({ ...TW, text: "欠錢的，不要以為換號碼就沒事，下次就不是這麼客氣了。" })).toBe(true);
    expect(threat({ ...TW, text: "林○賢，欠示例那台車錢6,360拖一個月了。恁厝佇佗位阮攏知影，好膽你就繼續閃。" })).toBe(true);
  });

  it("keeps the sender's own staff and an online chat lawful: a colleague found through in-app support, an account manager to call, a grade that goes down", () => {
    expect(threat({ ...HK, text: "示例借｜你有一筆HK$2,430嘅還款已逾期12日。㩒入嚟即刻還款，或喺「在線客服」搵同事。" })).toBe(false);
    expect(threat({ ...EN_US, channel: "email", text: "Hi Miguel Rosales, $1,225.00 is past due on term loan 4471. You can pay through the borrower portal or by calling your account manager, Dana Fritz, at 646-555-0152." })).toBe(false);
    expect(threat({ ...EN_US, text: "Example Lending: tell your manager we said hi, Dana. Your $310 is 20 days late." })).toBe(true);
  });

  it("reads a manager's question with 搞成咁 and a trip abroad against the debt as pressure", () => {
    expect(pressure({ ...HK, text: "示例商業貸款：林先生，第9期HK$36,400已逾期19日。你阿媽知唔知你盤生意搞成咁？" })).toBe(true);
    expect(pressure({ ...TW, text: "【示例小額貸】許○倫，IG上看你上週才去沖繩玩，出國玩得起，12,480的借款就還不起嗎？已經逾期30天了。" })).toBe(true);
  });

  it("reads heirs told to repay whether or not the estate covers it, a wage deduction applied for in Cantonese and accounts at all banks frozen as false legal claims", () => {
    expect(falseLegal({ ...EN_US, ...THIRD, channel: "email", text: "Dear Mr. Jensen, as executor of your father's estate, note that his card ending 7713 passed to his children at his death, and you and your sister must repay it in full whether or not the estate can cover it." })).toBe(true);
    expect(falseLegal({ ...HK, text: "示例財務：吳志明先生，貸款 KS-4471 HK$15,400 自3月起未還。本公司已申請由下個月起直接喺你人工度扣數還款。" })).toBe(true);
    expect(falseLegal({ ...EN_HK, text: "Example Bank: Ms LO, card ending 2204 is 88 days overdue (HK$14,650.90). From next week your savings and current accounts at all Hong Kong banks will be frozen to cover the balance." })).toBe(true);
  });

  it("reads a borrower who took our money, told to a third party, as a disclosure", () => {
    expect(reports({ ...EN_US, ...THIRD, text: "Example Loans: You're listed as Tyrell's emergency contact. Just so you know, he took our money and disappeared. Have him call 833-555-0198." }, "no-third-party-disclosure")).toBe(true);
  });

  it("reads the disclosures as senders write them: a masked mobile or a utility account number as the recipient, months named as unpaid, the last payment date, a sum before 的借款, a pay-and-enquiry line", () => {
    const noName = (message: Message): boolean => findings(message, "recipient-identification").some((finding) => finding.messageId!.startsWith("missingName"));
    expect(noName({ ...TW, text: "【示例電信】門號09**-***-512用戶，您欠費NT$2,598(1–2月)已逾期逾50天。繳費可至超商或示例App，客服0800-000-123。" })).toBe(false);
    expect(noName({ text: "【示例水务】户号0302118745（锦绣苑7幢502）：您的水费213.60元已逾期36天。请通过示例水务公众号缴纳。客服0576-8812-3456。" })).toBe(false);
    expect(missingRoles({ ...EN_HK, text: "Example Finance: Mr YEUNG W* M*, the April and May instalments on HP-31774 (HK$13,560) are still unpaid. FPS 1688731 ref HP-31774. Mr Fung 2793 4410." })).not.toContain("days-overdue");
    expect(missingRoles({ ...HK, text: "示例資產管理：吳生（個案編號 HK-A-18820），你原欠示例信用卡中心嘅HK$15,230，最後一次還款係2018年9月。可致電 3618 2270，或過數至本公司 FPS ID 173 5520。" })).not.toContain("days-overdue");
    expect(missingRoles({ text: "【示例小贷】吴*杰，3260的借款已逾期5天，示例速借App还款，客服400-803-1199。" })).not.toContain("amount-due");
    expect(missingRoles({ text: "【示例银行】韩*先生，您尾号0552的贷款已逾期5天，请在示例银行App还款，详询4008-896-000。" })).toContain("amount-due");
    expect(missingRoles({ text: "【示例商务】周*宁，你订单XY20251108-4002的欠款已逾期40天。还款在示例分期App，电话0731-8455-2019。" })).toContain("amount-due");
    expect(missingRoles({ text: "【示例汽车金融】唐*先生，您的车辆因贷款自12月15日起未还，已依合同约定收回。您可在4月2日前结清欠款9,210.00元后赎回。还款及咨询：400-820-6615。" })).not.toContain("repayment-channel");
  });

  it("reads an e-mail's pay link on the sender's own domain as naming the sender, not a text message's", () => {
    const email = { ...EN_US, channel: "email", sender: "Corvane Card Services", text: "Subject: Payment reminder – card ending 0934\n\nAlicia Moreno, your minimum payment of $187.00 was due March 14 and is now 10 days past due. Pay at corvane.example/pay or call 1-800-555-0177." };
    expect(missingRoles(email)).not.toContain("creditor");
    expect(missingRoles({ ...email, channel: "sms", text: "Alicia Moreno, your minimum payment of $187.00 was due March 14 and is now 10 days past due. Pay at corvane.example/pay or call 1-800-555-0177. Reply STOP to opt out." })).toContain("creditor");
  });

  it("reads a virtual account to pay into and an account number after a/c as no personal data, a number changed from one to another as the reader's", () => {
    expect(reports({ ...EN_HK, text: "Example Credit: Mr KO, instalment HK$1,640 on SW-7950, due 28 May, is 10 days late. Pay to your repayment virtual account 8801 2334 5567 0091 (Example Credit Ltd). Call 3188 2012." }, "pii-masking")).toBe(false);
    expect(reports({ ...EN_HK, category: "reminder", text: "Example Mobile: Mr KWOK, your bill for a/c 60-117352 (HK$298.00) is due today. Pay in the app or at 7-Eleven. Billing support 2811 0900." }, "pii-masking")).toBe(false);
    expect(reports({ ...EN_HK, category: "transactional", text: "Example Bank: as requested, the contact number on a/c 80-447120 has been changed from 9472 3318 to 6135 0827. If you did not ask for this, call 1833 118." }, "pii-masking")).toBe(true);
    expect(reports({ ...EN_US, category: "reminder", text: "Example Finance: Autopay for contract ending 7781 ($412.66 due 12/12) will debit account 004417329018 on the due date. Call 1-800-555-0100." }, "pii-masking")).toBe(true);
  });
});

describe("families of the forty-first corpus's held-out half, read after its final score", () => {
  const EN_US = { locale: "en-US" } as const;
  const TW = { locale: "zh-TW" } as const;
  const THIRD = { audience: "third-party" } as const;

  it("reads threats: a notice in the residents' group, contacts asked whether they want it, the debt as an office topic, court papers served at work, immigration told", () => {
    expect(threat({ ...TW, text: "【示例租購】鄭○琳小姐，冰箱租購第6、7期共NT$3,300已逾期40天。再不處理，我們可能會考慮在您社區的住戶LINE群組公告租購物品待收回。" })).toBe(true);
    expect(threat({ ...EN_HK, text: "Example Pay: Jason, order KC-28871 has HK$1,240 overdue for 26 days. You allowed contacts access when you signed up. Do you really want all of them getting a message about you?" })).toBe(true);
    expect(threat({ ...EN_HK, text: "Example Credit: Mr LAI, SW-6051 is 47 days overdue. Better to settle this before it turns into an office topic, no?" })).toBe(true);
    expect(threat({ ...EN_US, text: "Example Credit Services: Ana Ruiz, $1,406.22 past due. A process server will deliver your court papers at Brightline Dental during business hours next week." })).toBe(true);
    expect(threat({ ...EN_US, text: "Example Finance: Rosa Jiménez, $435.00 past due since 03/20. We have notified USCIS about this unpaid loan." })).toBe(true);
  });

  it("keeps a student addressed by name and an apology for calls made, that promises no more, lawful", () => {
    expect(threat({ ...TW, text: "示例資融委外專員通知 蘇○琪同學：筆電分期第4期NT$1,980已逾期28天，請與我聯繫安排還款，0955-207-318 陳專員。" })).toBe(false);
    expect(threat({ text: "【示例】再不还款我们就通知你的同学，让大家都知道。" })).toBe(true);
    expect(threat({ ...HK, ...THIRD, channel: "email", text: "主旨：致歉\n示例物流有限公司人事部：\n本行早前曾多次致電貴公司尋找一位前職員，對造成之不便深表歉意。本行已更新紀錄，日後不會再致電貴公司。\n示例銀行客戶服務部 2186 5500" })).toBe(false);
    expect(threat({ ...EN_HK, ...THIRD, channel: "email", text: "Subject: Apology\n\nDear Ms HO,\n\nWe are sorry that our staff phoned your office several times last week while trying to reach a former employee of yours. Your number has been removed from our files and you will not be called again.\n\nExample Credit Management Ltd" })).toBe(false);
    expect(threat({ ...EN_US, text: "Example Lending: sorry for the trouble, Dana, but tomorrow we call your office about the $310." })).toBe(true);
  });

  it("keeps lawful steps lawful: repossession under a clause of the agreement, a court asked for a warrant of distress or a garnishment after a judgment, proceedings the client may commence", () => {
    expect(falseLegal({ ...EN_HK, text: "Example Finance Ltd: Mr YEUNG Wai Ming, the April and May instalments (HK$13,560) on hire purchase agreement HP-31774 remain unpaid. Under clause 9 of the agreement we may terminate the hiring and repossess the vehicle if the arrears are not paid by 25 June." })).toBe(false);
    expect(falseLegal({ ...EN_HK, channel: "email", text: "Subject: Shop 12 - rent arrears\n\nDear Mr WAN,\n\nIf the arrears are not paid by 30 June, the landlord may apply to the District Court for a warrant of distress, under which the court bailiff may seize goods at the premises.\n\nExample Property Ltd" })).toBe(false);
    expect(falseLegal({ ...EN_HK, channel: "email", text: "Subject: Example Finance Ltd - loan FH-49910\n\nDear Sir,\n\nUnless the overdue sum is paid within 14 days of this letter, our client may commence proceedings against you in the District Court without further notice." })).toBe(false);
    expect(falseLegal({ ...EN_US, text: "Example LLP for Example Bank: Alicia Moreno, judgment was entered 01/22/2026 in Cook County Case No. 2025-M1-7781 for $3,106.40. We may ask the court for a wage garnishment; you have the right to claim exemptions." })).toBe(false);
    expect(falseLegal({ ...EN_US, text: "Example Lending: Alicia, your wages will be garnished next week unless you pay the $3,106.40." })).toBe(true);
  });

  it("reads instalments counted overdue, months named as unpaid, a bill's date and a time gone with nothing paid as due information", () => {
    expect(missingRoles({ ...HK, text: "示例汽車融資：梁偉傑先生（車牌 KX 7281），租購欠款HK$19,860已拖欠3期。FPS ID 168 9902；查詢 2311 7460。" })).not.toContain("days-overdue");
    expect(missingRoles({ ...HK, text: "示例流動：張生（賬戶 8801-6642-09），4月及5月月費共HK$796.00仍未繳。繳費：示例App／PPS 9127；熱線 1833 211。" })).not.toContain("days-overdue");
    expect(missingRoles({ ...TW, text: "【示例】邱○豪先生，示例租賃設備租金NT$15,000(2、3月)未付。匯款：示例虛擬帳號3301-7731-0202-08，客服(02)2796-1100。" })).not.toContain("days-overdue");
    expect(missingRoles({ ...HK, category: "reminder", text: "示例流動：張生（賬戶 8801-6642-09），月費共HK$796.00請於5月12日前繳交。繳費：示例App；熱線 1833 211。" })).not.toContain("due-date");
    expect(missingRoles({ ...HK, text: "示例流動：張生（賬戶 8801-6642-09），月費共HK$796.00仍未繳。繳費：示例App；熱線 1833 211。" })).toContain("days-overdue");
    expect(missingRoles({ ...EN_HK, channel: "email", text: "Subject: Your bill is overdue\n\nDear Mr CHAN,\n\nOur records show HK$512.60 on your mobile account has been unpaid since the bill dated 8 April 2026. Please pay by PPS (merchant 9402). Call 2811 0900.\n\nExample Mobile" })).not.toContain("due-date");
    expect(missingRoles({ ...EN_US, text: "Example Home: Tasha, 3 weeks and nothing on #HL-20931. $79.98 is open. Pay at example.com/pay or call Kim 313-555-0148. Reply STOP to opt out." })).not.toContain("due-date");
  });

  it("reads the creditor after a law firm's name, and an e-mail's link on the domain of the sender's first word, as naming the sender", () => {
    expect(missingRoles({ ...EN_US, sender: "Example & Partner LLP", text: "Example & Partner LLP for Corvane Bank: Alicia Moreno, $3,106.40 on your card account is past due since 06/2025. Pay at example.com/pay or 312-555-0170. Reply STOP to opt out." })).not.toContain("creditor");
    const email = { ...EN_US, channel: "email", sender: "Brightwell Utilities", text: "Subject: Final bill still unpaid\n\nHello Nadia Farouk,\n\nYour final bill, acct ending 6402, was $93.17 and was due March 12. You can pay at brightwell.example/pay or by phone at 855-555-0191." };
    expect(missingRoles(email)).not.toContain("creditor");
    expect(missingRoles({ ...email, text: email.text.replace("brightwell.example", "paybills.example") })).toContain("creditor");
  });
});

describe("families of the forty-second corpus's tuned half", () => {
  const EN_US = { locale: "en-US" } as const;
  const TW = { locale: "zh-TW" } as const;
  const THIRD = { audience: "third-party" } as const;
  const MARKETING = { category: "marketing", audience: "customer" } as const;

  it("reads no due information in a statement's date, the day a loan was drawn or signed, a debt assigned, or a call booked", () => {
    const noDue = (message: Message): boolean => missingRoles(message).some((role) => role === "days-overdue" || role === "due-date");
    expect(noDue({ ...EN_US, channel: "email", text: "Subject: Your Example Card payment\n\nHi Owen Parks,\n\nStatement date: 08/08/2025. Your account ending 3140 has a past-due amount of $74.00. Pay at example.com or call 800-555-0112." })).toBe(true);
    expect(noDue({ ...EN_US, text: "Example Receivables: Curtis Bell, your Example Wireless account ending 0925 was assigned to us on 06/02/2025. Balance owed: $1,184.77. Pay at example.com/pay or call 833-555-0171. Reply STOP to opt out." })).toBe(true);
    expect(noDue({ ...EN_HK, text: "Example Finance: Mr FOK, loan LF-1190 drawn on 12 Jan 2025 has HK$6,640 in arrears. Pay at any branch or FPS 16882231. Hotline 2780 5500." })).toBe(true);
    expect(noDue({ ...EN_HK, text: "Example Credit for Example Mobile: Mr CHAN, contract EW-71022, HK$1,648 is overdue. You can pay in the Example app. We will call you again on Thursday at 3pm." })).toBe(true);
    expect(noDue({ ...TW, text: "【示例資產管理】蘇*安先生您好，本公司已於115年1月15日受讓您積欠示例銀行之信用貸款債權(尾碼9021)，目前應還NT$45,310，請匯入本公司帳戶0220-335-190021，洽詢02-2791-3325。" })).toBe(true);
    expect(noDue({ ...HK, text: "【示例信用管理】代表示例銀行：鄧先生，閣下私人貸款（尾號7782）尚欠HK$9,310，請盡快處理。專員將於7月22日（星期二）下午3時致電閣下；亦可經網上理財繳款，或致電2291 6000查詢。" })).toBe(true);
    expect(noDue({ text: "【示例银行】许*女士，您尾号5521信用卡账单日为3月5日，本期应还4,286.00元至今未还清。还款请用示例银行App，客服400-630-1122。" })).toBe(true);
    // The same dates as due dates still count.
    expect(noDue({ ...EN_US, text: "Example Gas: acct 55-20913-7, your bill of $86.12 (statement date 09/12) is due 10/03. Pay at example.com or call 800-555-0163." })).toBe(false);
    expect(noDue({ ...EN_HK, text: "Example Card: Mr Ho, card ending 2248 has an overdue amount of HK$1,560 (statement due 25 Nov). Pay in our app. Call 3188 2600." })).toBe(false);
    expect(noDue({ text: "【示例银行】许*女士，您尾号5521信用卡本期应还4,286.00元，最后还款日为3月25日，请按时还款。还款请用示例银行App，客服400-630-1122。" })).toBe(false);
  });

  it("reads due information written as months of bills, a year's months unpaid, a dotted date", () => {
    expect(missingRoles({ ...EN_HK, text: "Example Receivables for Example Broadband: Mr YIP, account BL-7720418 shows HK$1,094 unpaid for the Dec and Jan bills. Pay at any 7-Eleven. Speak to an officer: 3460 2299." })).not.toContain("due-date");
    expect(missingRoles({ ...TW, channel: "email", text: "主旨：催告函\n蔡*豪先生您好：\n台端第9期至第12期（114年12月至115年3月）分期款迄今未付，合計NT$14,760。請匯入還款帳戶（玉峰銀行 帳號2088-6610-0457）。如有疑義請洽02-2356-7190。\n示例法律事務所 敬上" })).not.toContain("days-overdue");
    expect(missingRoles({ ...EN_HK, category: "reminder", text: "Example Mobile: Ms MA, your Feb bill of HK$198.00 for a/c ending 6630 is due on 12.03.2026. Questions? Call 1833 883." })).not.toContain("due-date");
    expect(missingRoles({ ...TW, text: "【示例商銀】黃*倫先生：貴戶房貸(尾碼0318)115.02.05應繳之第86期本息NT$23,407未足額扣款，差額NT$5,107。請轉帳至0318-6600-2231補足，洽詢02-2871-1133。" })).not.toContain("days-overdue");
  });

  it("reads the reader's people kept informed, an offer to explain it to them, sparing them the need to know, the paint on the door and being found by asking around as threats", () => {
    expect(threat({ ...EN_US, ...THIRD, text: "Hi Denise, this is Example Recovery about your brother Kevin's loan. We've kept your mom in the loop too and will keep the family informed until it's resolved." })).toBe(true);
    expect(threat({ ...HK, text: "示例追收：李先生，閣下結欠HK$12,460。為保持透明，我哋之後會定期將閣下嘅還款進度同步俾閣下登記嘅緊急聯絡人，等佢哋都安心。" })).toBe(true);
    expect(threat({ text: "【示例】我们会定期让您父母了解处理进度，免得他们担心。" })).toBe(true);
    expect(threat({ ...HK, channel: "email", text: "主旨：關於閣下賬戶\n何志強先生：\n閣下信用卡結欠HK$21,447.18。我們手上有閣下公司人力資源部的電郵地址。閣下認為，由我們直接向他們說明閣下的情況，會否比較方便？" })).toBe(true);
    expect(threat({ ...HK, text: "陳小姐，$3,240逾期三星期，今個禮拜搞掂佢，你班中學同學個WhatsApp group就唔使知。" })).toBe(true);
    expect(threat({ text: "【示例】还清后，我们会对您的信息严格保密，您的家人也不会知道。" })).toBe(false);
    expect(threat({ ...EN_HK, text: "Example Agency for Example Card: Dear Cardholder, HK$9,230 on your card is 75 days past due. Hope the new paint on your corridor door stays nice and clean. Pay at example.com/pay." })).toBe(true);
    expect(threat({ ...TW, text: "【示例資產】王*德先生，你的欠款已經拖欲兩個月矣。恁厝邊頭尾攏足熱心，阮若去巷仔口問一下，應該真緊就揣著你。" })).toBe(true);
    expect(threat({ text: "【示例】请提供订单号，客服很快就能找到您的订单。" })).toBe(false);
  });

  it("keeps a call booked, a relative asked to have the borrower call, someone sought on a personal matter, and pay-or-call lawful", () => {
    expect(pressure({ ...TW, text: "【示例管理顧問 受託示例銀行】陳*宇先生，您信用卡已逾期18天，應繳NT$6,230。專員將於明天下午2點致電，如時間不便可先撥02-2516-0070改約。" })).toBe(false);
    expect(threat({ ...TW, text: "【示例管理顧問 受託示例銀行】陳*宇先生，您信用卡已逾期18天，應繳NT$6,230。專員將於明天下午2點致電，如時間不便可先撥02-2516-0070改約。" })).toBe(false);
    expect(pressure({ text: "【示例汽车金融】赵*先生，您的车贷第30期月供4,910.00元于2026年4月5日到期未还。您预约的回电时间为明天14:00，届时专员将致电您。" })).toBe(false);
    expect(pressure({ text: "【示例】今天18:00前不还，届时后果自负。" })).toBe(true);
    expect(threat({ ...TW, ...THIRD, text: "6樓的鄰居您好，你們隔壁那位住戶欠了三個月房租都不付，如果有看到他回來，麻煩叫他跟房東聯絡。" })).toBe(false);
    expect(reports({ ...TW, ...THIRD, text: "6樓的鄰居您好，你們隔壁那位住戶欠了三個月房租都不付，如果有看到他回來，麻煩叫他跟房東聯絡。" }, "no-third-party-disclosure")).toBe(true);
    expect(reports({ ...HK, ...THIRD, text: "你好，你同事梁嘉欣喺示例電訊欠咗三個月月費未交，麻煩你叫佢覆我哋2620 4451。" }, "no-third-party-disclosure")).toBe(true);
    expect(threat({ ...EN_HK, ...THIRD, text: "Example Student Lending: Dear Mr Hui, we are trying to contact your daughter on a personal matter. Could you please ask her to call 2150 6622?" })).toBe(false);
    expect(pressure({ ...EN_HK, text: "Example Agency for Example Finance: Mr LEE (a/c LF-9012), HK$3,600 overdue 47 days. Pay FPS 16882231 today or call 2388 1940." })).toBe(false);
    expect(pressure({ ...EN_US, text: "Example Auto Credit - Notice of right to cure. Mr. Dale Hutchins, $812.50 has been past due since 09/28/2025. Under your contract you have until 11/18/2025 to pay it." })).toBe(false);
    expect(pressure({ ...EN_US, text: "Example Lending: the account is 40 days late and you have until 5 pm today." })).toBe(true);
    expect(pressure({ ...EN_US, text: "Example Capital: Hector, your business and personal accounts will be levied Monday. Pay via example.com/portal." })).toBe(false);
  });

  it("keeps a suit that may go to the competent court and a loan application lawful, and tells debt help from credit", () => {
    expect(falseLegal({ text: "【示例律师事务所】受示例汽车金融有限公司委托：赵*先生，您车贷共14,730.00元自2025年12月5日起逾期。如您在6月15日前仍未还款，委托人可能向有管辖权的人民法院起诉。" })).toBe(false);
    expect(reports({ ...THIRD, category: "transactional", text: "【示例小贷】您好，用户孙*伟在申请借款时将您填写为紧急联系人。如您不同意，可回复“否”申请删除。" }, "no-third-party-disclosure")).toBe(false);
    expect(reports({ ...TW, ...THIRD, text: "您好，本行正在審核一位申請人之貸款申請，申請人表示目前任職於貴公司。煩請協助確認該員是否在職，可來電02-2182-5500分機118（信貸審核組）。" }, "no-third-party-disclosure")).toBe(false);
    expect(reports({ ...THIRD, text: "你好，你朋友张三在我们这里的贷款逾期了。" }, "no-third-party-disclosure")).toBe(true);
    expect(reports({ ...MARKETING, text: "【示例债务规划】信用卡、网贷压力大？专业顾问一对一帮您梳理债务、协助与机构沟通分期方案，方案达成后收取固定服务费。咨询热线400-633-1870，拒收请回复R" }, "apr-disclosure")).toBe(false);
    expect(reports({ ...EN_US, ...MARKETING, channel: "email", text: "Subject: You could be debt-free\n\nExample Debt Solutions negotiates with your card companies for you. No upfront fees. Call 888-555-0120." }, "apr-disclosure")).toBe(false);
    expect(reports({ ...EN_US, ...MARKETING, channel: "email", text: "Subject: Low rates\n\nNo upfront fees on a personal loan from Example Bank. Call 888-555-0120." }, "apr-disclosure")).toBe(true);
  });

  it("reads senders and their clients as written: a short name in brackets, an agency's client after 受…委任, a regulator's office or a case number as no sender", () => {
    expect(missingRoles({ ...EN_HK, sender: "Jadeport Collection Agency (for Lantau Finance Ltd)", text: "Jadeport for Lantau Finance: Mr LEE (a/c LF-9012), HK$3,600 overdue 47 days. Pay FPS 16882231 or call 2388 1940." })).not.toContain("creditor");
    expect(missingRoles({ ...TW, sender: "示例法律事務所", text: "當事人您好，本所受宏泰商業銀行委任，就信用卡帳款NT$19,305（逾期已4個月）辦理催收。請匯入宏泰銀行822-9901-2207-55，或洽示例法律事務所02-2356-7190。" })).not.toContain("creditor");
    expect(missingRoles({ sender: "示例律师事务所", text: "【示例律师事务所】赵*先生：受委托人委托，就您拖欠的借款6,904.30元（已逾期85天），请于本周内联系承办律师138 5550 2210。" })).toContain("creditor");
    expect(missingRoles({ ...EN_HK, sender: "HKMA Debt Enforcement Office", text: "HKMA Debt Enforcement Office: Mr CHENG Ka Fai, your defaulted personal loan of HK$26,400, overdue 120 days, has been registered for enforcement. Settle via FPS ID 11294470. Enquiries 2305 1180." })).toContain("creditor");
    expect(missingRoles({ ...EN_US, sender: "Example Credit", text: "Case 2026-55812: Luke Hang, $4,360 is 30 days overdue on your account ending 7743. Pay at example.com/55812 or call 888-555-0100. Reply STOP to opt out." })).toContain("creditor");
  });

  it("reads no phone in an FPS payee number or the reader's own mobile, and a call back on a reply keyword as a contact; a page to verify details is no way to pay", () => {
    expect(missingRoles({ ...EN_HK, text: "Example Finance: Mr CHAN (loan GH-40016), HK$2,880, overdue 26 days. Pay FPS 104-882-0019 today. Do not reply to this message." })).toContain("contact");
    expect(missingRoles({ ...EN_HK, text: "Example Finance: Mr TO Ka Chun, registered mobile 9137 5582, loan LF-3002 has HK$2,750 overdue since 20 Feb. Pay FPS 16882231 or at any branch. This number does not accept replies." })).toContain("contact");
    expect(missingRoles({ text: "【示例分期】何先生您好，您那台手机的分期租金299元已逾期9天（应付日4月2日）。回复1获取还款链接，回复2我给您回电。" })).not.toContain("contact");
    expect(missingRoles({ ...HK, text: "【示例財務】何小姐，你尾號1142嗰筆貸款上個月尾到期嘅$1,760仲未收到，得閒入示例App還咗佢；唔方便一次過？覆1我哋安排同事打俾你傾分期。" })).not.toContain("contact");
    expect(missingRoles({ text: "【示例助学分期】林*同学，您的学费分期第9、10期共1,360.00元已逾期40天。请点击 https://example.cn/verify 核实身份，客服400-655-1208。" })).toContain("repayment-channel");
  });

  it("reads the sum that settles the debt as no amount owed", () => {
    expect(missingRoles({ channel: "email", text: "主旨：您的减免方案今晚到期\n刘*平女士：\n您在示例消费金融的借款自2025年6月3日最后一次还款后未再还款。今晚23:59前还款6,200.00元即可结清。还款账户：中国工商银行 1001 2345 0910 0088 316。请致电400-617-2288。\n示例资产管理有限公司" })).toContain("amount-due");
    expect(missingRoles({ ...HK, text: "【示例債權管理】吳美華女士，一次性還HK$24,000即可全數和解，優惠今個月30號截止。自最後一次還款（2025年2月8日）至今已近半年。FPS ID 7712408；查詢3590 2211。" })).toContain("amount-due");
    expect(missingRoles({ ...HK, text: "【示例債權管理】吳美華女士，閣下尚欠HK$31,200，一次性還HK$24,000即可全數和解。自最後一次還款（2025年2月8日）至今已近半年。FPS ID 7712408；查詢3590 2211。" })).not.toContain("amount-due");
  });
});

describe("families of the forty-second corpus's held-out half, read after its final score", () => {
  const EN_US = { locale: "en-US" } as const;
  const TW = { locale: "zh-TW" } as const;
  const THIRD = { audience: "third-party" } as const;
  const MARKETING = { category: "marketing", audience: "customer" } as const;

  it("reads credit threats: no dealer or lender ever financing again, no bank approving a mortgage, a record kept for good even in a settlement's confirmation", () => {
    expect(reports({ ...EN_US, text: "Example Auto Credit: Dale, $812.50 past due since 09/28. Keep ignoring us and no dealer or lender in this state will ever finance you again." }, "no-false-credit-claims")).toBe(true);
    expect(reports({ ...EN_HK, text: "Example Card Centre: Mr MAK, card ending 5130, 4 months overdue. Your TU grade will drop to J and no bank will ever approve a mortgage for you." }, "no-false-credit-claims")).toBe(true);
    expect(reports({ ...EN_HK, category: "transactional", text: "Example Portfolio: thank you, account APX-31107 is now settled. Please note the default record will stay on your credit file permanently." }, "no-false-credit-claims")).toBe(true);
  });

  it("reads threats: word travelling fast in the home town, the way to the office known, a notice for the lobby in quotes, all 300 contacts asked", () => {
    expect(threat({ text: "【示例资产】黄*勇先生：您的信用卡欠款11,842.35元已逾期5个月。您老家是梅州大埔的吧？那边乡里乡亲都挺热心，什么事都传得快。" })).toBe(true);
    expect(threat({ ...EN_HK, text: "Example Credit 追數組: 黃生 (loan DS-61024), HK$5,300 拖咗成個月. 我哋同事識路去你公司 Kwun Tong 嗰度, 自己諗下." })).toBe(true);
    expect(threat({ ...HK, text: "【示例債務管理】Mr Tsang（參考YJ-0384），閣下貸款結欠HK$5,920，第5期（2025年4月5日）起未供。本公司正考慮於閣下大廈大堂張貼「欠款通知」。" })).toBe(true);
    expect(threat({ ...EN_HK, text: "Example Credit: Ms TSE (loan DS-77210), HK$1,940 is 18 days overdue. When you signed up you let the app read your phone book. Do you want all 300 of them to get a message about you?" })).toBe(true);
  });

  it("reads a trip's photos held against the debt as shaming, not a threat, and a shaming question about a trip in Chinese", () => {
    const trip = { ...EN_HK, text: "Example Later: Ms KWOK, order SP-90017, HK$2,300, 27 days late. Saw your Osaka photos on IG - can afford Japan trips but not HK$2,300? Call us on 3702 6644." };
    expect(pressure(trip)).toBe(true);
    expect(threat(trip)).toBe(false);
    expect(pressure({ ...TW, text: "【示例資產管理】洪*豪先生，您分期帳單待繳NT$7,788。上個月才去沖繩玩，分期卻一直拖著，這樣說得過去嗎？" })).toBe(true);
  });

  it("reads false legal claims: a stop at the border, a passport under review; keeps a lawsuit among the options and a dated repossession's notice lawful", () => {
    expect(falseLegal({ ...HK, text: "Example Credit：Ms Maria SANTOS（貸款MC-60218），你嘅貸款HK$9,800已逾期62日。我哋已將你嘅資料交俾入境事務處，你離境時會被截查。" })).toBe(true);
    expect(falseLegal({ ...EN_US, channel: "email", text: "Subject: Notice\n\nMr. Jerome Tate,\n\nAccount ending 7745 ($1,263.00, 94 days past due) is on file. Your passport and driver's license are under review." })).toBe(true);
    expect(falseLegal({ ...EN_US, text: "Example Recovery for Example Furniture Credit: Ms. Ferreira, if we don't hear from you by Friday, the account will go back to Example for review of other options, which may include a lawsuit." })).toBe(false);
    expect(falseLegal({ ...EN_US, text: "NOTICE OF PENDING LITIGATION. Your file has been forwarded to our attorneys for immediate filing. To avoid being served at your place of employment, call 555-0171." })).toBe(true);
    expect(falseLegal({ ...EN_HK, text: "Example Motor Finance: Mr NG, HP agreement KT-55192. Instalments 16 and 17 were unpaid and your vehicle was repossessed on 10/03 under clause 9. You may reinstate the agreement by paying the arrears of HK$11,760 before 23/03/2026. Call 2341 7788." })).toBe(false);
  });

  it("keeps an apology that promises no more calls and a reference starting SB lawful, and reads sb and lj before a noun as insults", () => {
    expect(threat({ ...EN_US, ...THIRD, channel: "email", text: "Subject: Your call on 08/12\n\nDear Mr. Feldman,\n\nThank you for telling us that Ms. Brooks no longer works at Holt Printing. We apologize for the calls to your front desk and have removed the number from our records. You will not hear from us again at this number.\n\nExample Services / 877-555-0124" })).toBe(false);
    expect(reports({ ...HK, channel: "email", text: "主旨：中小企循環貸款—逾期通知（賬戶SB-004471）\n致 示例茶餐廳有限公司（董事 李國強先生）：\n貴公司於2025年5月31日到期之款項合共HK$24,125.00，至今已逾期25日。請致電3982 1120。" }, "no-abusive-language")).toBe(false);
    expect(reports({ text: "【示例】你个sb，赶紧还钱。" }, "no-abusive-language")).toBe(true);
    expect(reports({ ...HK, text: "【示例信用管理】Mr KWOK（卡尾號8812），你呢啲lj客我哋見得多。結欠HK$23,480.66，最低還款5月20日已到期。" }, "no-abusive-language")).toBe(true);
  });

  it("reads third parties told of rent, a gas bill or an advance behind", () => {
    expect(reports({ ...THIRD, text: "【示例燃气】翠湖苑物业服务中心您好：贵小区7栋1203住户燃气费412.36元已欠缴两个月，麻烦贵中心帮忙提醒业主尽快缴纳。" }, "no-third-party-disclosure")).toBe(true);
    expect(reports({ ...EN_US, ...THIRD, channel: "email", text: "Subject: Resident in 4B\n\nHi Carl,\n\nQuick favor as building super: the tenant in 4B, Ms. Shawna Pierce, is behind $1,350 on September rent. Could you remind her to get in touch with our office?" }, "no-third-party-disclosure")).toBe(true);
  });

  it("reads recipients and contacts as written: a name after 致 or a romanised name before a colon, Madam and a title, a utility account with its flat; Ah Keung names nobody; a call back asked for, a carrier's service line", () => {
    const noName = (message: Message): boolean => findings(message, "recipient-identification").some((finding) => finding.messageId!.startsWith("missingName"));
    expect(noName({ ...HK, text: "【示例教育貸款】Chan Siu Fan：你第4季供款HK$3,126.00將於2026年1月1日自動扣賬。如需更改，可致電2150 7733。" })).toBe(false);
    expect(noName({ ...HK, text: "【示例燃氣】賬戶號碼1288-4402-17（九龍城嘉林道12號3樓B室）：2025年5月賬單$486.30已逾期21日。查詢請致電2880 6988。" })).toBe(false);
    expect(noName({ ...EN_HK, category: "reminder", text: "Example Electrical Instalments: Madam FUNG, instalment 5/12 (HK$620) is due Sat 14 Mar. Pay at our counter or FPS 98765432. Call 2729 3318." })).toBe(false);
    expect(noName({ ...HK, text: "【示例財務】致林美玲：閣下欠款HK$7,840（逾期90日），請致電5128 3304。" })).toBe(false);
    expect(noName({ ...EN_HK, text: "Ah Keung, Example Finance here. Your HK$2,400 instalment was due on 28 Feb, now a week late. FPS 104-882-0019 pls, or call Ms Lo on 3590 4410." })).toBe(true);
    expect(missingRoles({ ...HK, text: "【示例信用管理】黃生，你尾數2209嗰筆$4,780上個月18號到期。早啲轉數快9388 1205，有咩打返俾我。" })).not.toContain("contact");
    expect(missingRoles({ ...HK, text: "【示例電訊】客戶賬戶8800-2163-441（梁嘉欣小姐）：4月至5月月費合共HK$858.00已逾期。請經示例App繳付。客戶服務：1833 821（24小時）。" })).not.toContain("contact");
  });

  it("reads a code-mixed message in both its languages: Cantonese sentences in an English message, English words in a Chinese one, not a Chinese phrase quoted in English nor a name in capitals", () => {
    expect(threat({ ...EN_HK, text: "Example Finance: Tommy, 借咗錢就要還, 你自己小心啲. 聽日見." })).toBe(true);
    expect(reports({ ...HK, text: "Hey deadbeat，你張卡仲欠$3,412，上個月25號到期，仲唔找數？示例信用卡收數組2291 6020。" }, "no-abusive-language")).toBe(true);
    expect(threat({ ...EN_HK, text: "Example Finance: Mr Ho, HK$3,200 on loan KC-41190 is overdue. Some customers got WhatsApp messages from people claiming to collect for us, threatening to 淋紅油. That is not us - we only contact you from 2393 1180." })).toBe(false);
    expect(pressure({ ...HK, text: "【示例物業管理】租客黃志明先生，7月份租金HK$11,800應於7月1日繳交，至今已過9日。請轉賬至業主指定戶口（戶名HO KA LOK），查詢6172 0039。" })).toBe(false);
  });

  it("reads no due date in a statement's or a loan's date, and months overdue since a month as due information; an e-mail's Unsubscribe line as its opt-out", () => {
    const noDue = (message: Message): boolean => missingRoles(message).some((role) => role === "days-overdue" || role === "due-date");
    expect(noDue({ ...HK, text: "示例信用卡中心：賬戶尾號0915持卡人，閣下2025年6月18日結單之欠款HK$4,562.30尚未清還。可透過示例App還款。客戶服務熱線2886 3311。" })).toBe(true);
    expect(noDue({ text: "【示例小贷】孙*伟，您于2025年8月12日在示例小贷借款12,000元，目前尚欠本息6,205.18元。示例App可还款，电话400-820-5617。" })).toBe(true);
    expect(noDue({ text: "【示例银行】王*云女士，您尾号3307信用卡欠款46,218.90元（2024年11月起逾期），可通过示例银行App还款，或致电0571-5550-4416。" })).toBe(false);
    expect(noDue({ ...TW, text: "示例債權管理(受託示例銀行)：傅O萍小姐，欠款NT$96,540，逾期自114年2月起。匯款：036-51-0044718-2，聯絡(04)2326-7710" })).toBe(false);
    // Whether the e-mail is reported as having no opt-out at all (its missing postal address is another finding).
    const optOut = (footer: string): boolean => findings({ ...EN_US, ...MARKETING, channel: "email", text: `Subject: Your pre-qualified card offer\n\nHi Owen,\n\nYou're pre-qualified for the Example Cash Card: variable purchase APR 21.24%-29.99%. Apply at example.com/offer.\n\n${footer}` }, "opt-out-instruction").some((finding) => finding.messageId === "missing");
    expect(optOut("Don't want these e-mails? Unsubscribe here.")).toBe(false);
    expect(optOut("Unsubscribe from these e-mails.")).toBe(false);
    expect(optOut("Thanks for reading.")).toBe(true);
  });
});

describe("families of the forty-third corpus's tuned half", () => {
  const EN_US = { locale: "en-US" } as const;
  const TW = { locale: "zh-TW" } as const;
  const THIRD = { audience: "third-party" } as const;
  const MARKETING = { category: "marketing", audience: "customer" } as const;

  it("reads ways to reach a person in the app and a carrier's short number, not a callback promise as a deadline", () => {
    expect(missingRoles({ text: "麦穗借条｜账单已逾期\n周*琳，你的借款已逾期3天，待还826.30元。打开App即可还款；如遇困难，可在「客服-人工服务」申请协商。" })).not.toContain("contact");
    expect(missingRoles({ ...HK, text: "星海電訊｜帳單逾期\n周小姐，你帳戶（8851-3306）4月月費HK$178已逾期12日。撳此即可繳費；如想我哋回電，喺App揀「預約回電」並選擇時間。" })).not.toContain("contact");
    expect(missingRoles({ ...EN_HK, text: "Example Pay: CHAN T.M., loan QK-66210, HK$1,046.80, 25 days overdue. Pay in the Example app. Chat: Help > Live agent." })).not.toContain("contact");
    expect(missingRoles({ ...EN_HK, text: "Example Mobile: Ms KWAN, a/c ending 7705, your September handset instalment of HK$350 (due 15 Sep) is unpaid. Pay in the Example app, or call 1033 to talk it through." })).not.toContain("contact");
    expect(missingRoles({ ...EN_HK, text: "Example Mobile: Ms KWAN, a/c ending 7705, HK$350 (due 15 Sep) is unpaid. We have called you 1033 times." })).toContain("contact");
    expect(pressure({ ...HK, text: "示例寬頻：客戶帳號 BB-771045，寬頻月費HK$198已逾期14日。你可回覆CALL，我哋職員會喺24小時內致電；或經示例App即時繳付。" })).toBe(false);
    expect(pressure({ text: "【示例】欠款已逾期，24小时内不还款将上报。" })).toBe(true);
  });

  it("reads threats: a visit to the reader's home in the written register, their work notified, a notice for the lobby, contacts left to the reader, a child's school hours, the car placed all week", () => {
    expect(threat({ ...TW, text: "【示例貸】江*翰，您的借款NT$13,180已逾期30天。明天上午專員將直接至您府上面談。" })).toBe(true);
    expect(threat({ ...TW, text: "王*傑先生您好：您信用貸款未繳金額NT$29,310，已逾期104天。若再無回應，本公司將依作業程序向您服務單位人資部門進行照會。" })).toBe(true);
    expect(threat({ ...HK, ...THIRD, text: "致示例花園管理處：3座18樓B室住戶梁先生欠本公司款項已逾期3個月，懇請貴處代為提醒。如住戶繼續不理，本公司將考慮於大堂張貼催繳通告。" })).toBe(true);
    expect(threat({ ...TW, text: "你在示例的分期NT$10,350已逾期45天。你LINE群組跟臉書上的朋友會不會收到你的消息，就看你自己了。" })).toBe(true);
    expect(threat({ ...EN_HK, text: "Example Finance: Ms CHOW (OF-4481), HK$2,760 is 33 days overdue. By the way, St. Margaret's lets out at 3:30, right?" })).toBe(true);
    expect(threat({ ...EN_US, text: "Example Cash: Nico Alvarez, $280.00 was due 2/14 and is still open. Your silver Civic has been on level 2 of the 4th & Main garage all week." })).toBe(true);
  });

  it("reads trips and treats held against the debt as pressure, and false legal claims: immigration's list, departure refused, deception under the Theft Ordinance, a stop at the border", () => {
    expect(pressure({ ...EN_HK, text: "Example Finance: Mr CHEUNG, saw the Japan trip photos, looked great. HK$3,610 (TH-20931) is 50 days overdue though. Holidays first, debts later?" })).toBe(true);
    expect(pressure({ ...HK, text: "【示例財務】許小姐，上星期睇你IG擺生日飯請成班朋友，還唔到HK$3,000咩？你貸款已逾期32日。" })).toBe(true);
    expect(falseLegal({ ...EN_HK, text: "Example Credit: Mr NG, LC-77812, HK$6,700, 90 days overdue. You are now on the Hong Kong bad-debtor list checked by Immigration, and departure at the airport may be refused." })).toBe(true);
    expect(falseLegal({ ...EN_HK, text: "Example Credit: Ms LEUNG, KC-9021, HK$3,500, 120 days overdue. Not repaying a loan is deception under the Theft Ordinance." })).toBe(true);
    expect(falseLegal({ ...HK, text: "【示例財務】梁先生，由於你貸款（尾號 0715）逾期60日未還，本公司已向入境事務處申報，你出境時或會被截停。" })).toBe(true);
  });

  it("keeps lawful notices lawful: proceedings the bank may begin, a notice before legal action; a debtor blocking our calls is no blacklist", () => {
    expect(falseLegal({ ...EN_HK, channel: "email", text: "Subject: Notice before legal action - personal loan ending 6605\n\nDear Mr LEE Ka Ho,\n\nUnless the amount is paid, or a repayment arrangement is agreed, by 15 July, the Bank may begin proceedings against you in the District Court to recover the debt." })).toBe(false);
    expect(reports({ ...THIRD, text: "你好，你通讯录里的蒋某某欠我们平台钱四个月不还，拉黑所有电话。" }, "no-false-credit-claims")).toBe(false);
    expect(reports({ text: "【示例】再不还就把你拉黑，全国都借不到。" }, "no-false-credit-claims")).toBe(true);
  });

  it("reads senders, recipients and personal data as written: a law firm as Messrs … & Associates names no creditor, a customer account number or a name with its reference identifies, an SSN the sender holds is personal data", () => {
    expect(missingRoles({ ...EN_HK, channel: "email", sender: "Messrs Lam & Associates", text: "Subject: Your loan\n\nDear Mr CHOI,\n\nHK$48,200 has been overdue since 2 Jan. Pay into account 024-551-889203 or call 2866 1000.\n\nMessrs Lam & Associates" })).toContain("creditor");
    const noName = (message: Message): boolean => findings(message, "recipient-identification").some((finding) => finding.messageId!.startsWith("missingName"));
    expect(noName({ ...HK, text: "示例寬頻：客戶帳號 BB-660912，寬頻月費HK$168已逾期1個月。請經示例App繳付。查詢：2188 3311。" })).toBe(false);
    expect(noName({ ...EN_HK, text: "Example Lending: Maria (SL-9182), you still owe HK$1,300 from 10 May. Pay FPS 1065521 or call 2388 1900." })).toBe(false);
    expect(findings({ ...EN_US, channel: "email", text: "Subject: Account verification\n\nDear Ms. Aisha Grant,\nTo confirm we have the right file, the Social Security number we hold for you is 418-62-3095; tell us if it's wrong." }, "pii-masking")).toHaveLength(1);
  });

  it("reads due information as written: due today, the last payment's date with 供款, not a loan's drawdown date; an in-app opt-out in Taiwanese wording; a third party told nothing", () => {
    const noDue = (message: Message): boolean => missingRoles(message).some((role) => role === "days-overdue" || role === "due-date");
    expect(noDue({ text: "星钱借款｜还款提醒\n张*，你在星钱借款的借款（合同尾号4410）今日应还1,052.00元，今晚24:00前还款均不算逾期。点击立即还款；需要帮助可进入「我的-在线客服」转人工。" })).toBe(false);
    expect(noDue({ ...HK, text: "示例信用管理：黎先生，你於示例財務之欠款（尾號 7781）HK$8,420，最後供款為2019年3月。如你自願清還，可經FPS 3319920繳付，查詢2111 0808。" })).toBe(false);
    expect(noDue({ ...HK, text: "【示例信貸】蘇小姐，你於2024年12月1日提取嘅貸款（尾號 5530）尚欠HK$2,180未還，請經FPS 1698823還款。查詢2890 1122。" })).toBe(true);
    expect(reports({ ...TW, ...MARKETING, channel: "push", text: "示例借｜新戶首借年利率12%～16%（總費用年百分率最高16.8%），額度最高5萬元。關閉行銷推播：我的 > 通知設定" }, "opt-out-instruction")).toBe(false);
    expect(reports({ ...EN_HK, ...THIRD, category: "transactional", text: "Example Pay: Mr LAM Chi Wai has listed you as an emergency contact. We would only call you if we could not reach him at all, and we never discuss his account with anyone else. To be removed, reply REMOVE." }, "no-third-party-disclosure")).toBe(false);
  });
});

describe("families of the forty-third corpus's held-out half, read after its final score", () => {
  const EN_US = { locale: "en-US" } as const;
  const TW = { locale: "zh-TW" } as const;
  const THIRD = { audience: "third-party" } as const;

  it("reads false legal claims: wages attached or docked by an order claimed, every bank account or e-wallet frozen, an enforcement list, a court's or a regulator's office as the sender", () => {
    expect(falseLegal({ ...HK, text: "【示例信貸】吳先生，你貸款（尾號 9024）欠HK$3,214。本公司已申請扣押你嘅薪金，下個月起由公司直接扣數。" })).toBe(true);
    expect(falseLegal({ ...HK, text: "【示例財務】陳生，你再唔還，我哋會扣押你嘅薪酬。" })).toBe(true);
    expect(falseLegal({ ...HK, text: "#示例銀行：Mr WONG Chi Keung，法庭已判你敗訴，本行將於明日起凍結你喺全港所有銀行嘅戶口。" })).toBe(true);
    expect(falseLegal({ ...EN_HK, text: "Example Pay | Legal status update\nCHAN T.M., an award against you on loan QK-66210 (HK$1,460, 40 days overdue) is now in force. Your Octopus and e-wallets may be frozen." })).toBe(true);
    expect(falseLegal({ ...TW, text: "臺灣臺北地方法院民事執行處通知：台端積欠款項NT$38,600，本院已核發扣薪命令，自下月起扣發薪資三分之一。" })).toBe(true);
    expect(falseLegal({ ...HK, text: "【金管局債務執行辦公室】陳大文先生：閣下拖欠之信貸（尾號 3318）HK$4,286.50已逾期90日，已被列入執行名單。" })).toBe(true);
    expect(missingRoles({ ...EN_HK, text: "Hong Kong Judiciary - Civil Enforcement: Mr HUI Chun Ho, you owe HK$23,880 (overdue since 4 Mar). Settle via FPS ID 1599823. Enquiries 3011 2290." })).toContain("creditor");
    // A lawful account of the court's part stays lawful, and a hospital's own bill is no court.
    expect(falseLegal({ ...TW, text: "【示例銀行】林先生您好，本行已依法向臺灣臺北地方法院聲請支付命令，案號114年度司促字第1234號。" })).toBe(false);
    expect(falseLegal({ ...TW, category: "reminder", text: "【示例醫院】王先生您好，您在本院的住院費用NT$12,400尚未繳清，請於5月30日前至本院櫃台繳費。" })).toBe(false);
  });

  it("reads a visa renewal threatened and immigration told already as a threat and a false legal claim", () => {
    const visa = { ...HK, text: "#示例電訊追收部：Maria SANTOS，你手機分期尚欠HK$2,380，已逾期3個月。我哋已將你個案通知入境事務處，你續簽時將會有問題。" };
    expect(threat(visa)).toBe(true);
    expect(falseLegal(visa)).toBe(true);
  });

  it("reads threats: the family's shop been to, the building's committee brought to the door, the neighbours asked in Hokkien", () => {
    expect(threat({ ...TW, ...THIRD, text: "【示例貸】李小姐您好，您弟弟李*翔的借款NT$18,000已經拖了兩個月。你們家在市場口的早餐店我們去過了，生意不錯。" })).toBe(true);
    expect(threat({ ...TW, ...THIRD, text: "房東您好，我們是示例資融，您的房客蘇*倫積欠分期款一萬多，這週我們會跟管委會一起上樓找他，麻煩您配合開門。" })).toBe(true);
    expect(threat({ ...TW, text: "阿豪，恁兜巷仔口彼間土地公廟，阮這禮拜會去拜拜，順紲問看覓恁厝邊。欠示例的3萬2已經拖兩個月矣。" })).toBe(true);
    expect(threat({ ...TW, ...THIRD, text: "【示例物業】各位住戶您好，本週六管委會將與消防隊一起檢查各樓層滅火器，請配合開門。" })).toBe(false);
  });

  it("reads disclosures as written: a law firm's own address names it, the creditor it represents is named, a utility's user number or a flat's account identifies, a carrier's six-digit line is a contact", () => {
    const lawFirm = { ...EN_US, channel: "email", sender: "Harwick & Pell LLP", text: "Subject: Lawsuit filed\n\nMs. Rachel Obi,\nThis office represents Example Bank on your card ending 2209 (balance $4,612.75; no payment since 09/12/2024). Pay at harwickpell.example/pay or call 1-614-555-0135. We are debt collectors. To stop e-mails, reply STOP." };
    expect(findings(lawFirm, "sender-identification").some((finding) => finding.messageId!.startsWith("missingName"))).toBe(false);
    const noName = (message: Message): boolean => findings(message, "recipient-identification").some((finding) => finding.messageId!.startsWith("missingName"));
    expect(noName({ ...HK, text: "示例煤氣：用戶號碼 3300-4410-21，本期燃氣費HK$312.60已逾期8日。可經繳費靈或便利店繳付。查詢熱線2880 6988。" })).toBe(false);
    expect(noName({ ...HK, text: "示例物業管理代業主收租：賬號 TW-12B（荃灣示例大廈12樓B室）6月租金HK$12,800已逾期8日。請存入業主戶口或致電2880 1234。" })).toBe(false);
    expect(noName({ ...HK, text: "#示例電訊：Maria SANTOS，你手機分期尚欠HK$2,380，已逾期3個月。請經示例App繳付，查詢1833 2299。" })).toBe(false);
    expect(noName({ ...HK, text: "示例煤氣：本期燃氣費HK$312.60已逾期8日。可經繳費靈或便利店繳付。查詢熱線2880 6988。" })).toBe(true);
    expect(missingRoles({ ...EN_HK, text: "Example Broadband: account 60-2218-45 (Ms CHOI) has HK$596 outstanding from the 3 Jan bill. Pay at example.com/pay or 7-Eleven, or call 128 288 to arrange instalments." })).not.toContain("contact");
  });

  it("reads look-alikes that disclose nothing: a fax for objections, a sum that settles the debt, an extension in the app, a page to verify the account, the day the advance was taken out", () => {
    expect(missingRoles({ text: "【示例银行】尊敬的石*伟先生：您尾号0318的贷款已逾期30天，应还3,902.66元。请通过示例银行App还款。如有异议，请将书面材料传真至0571-8709 6650。" })).toContain("contact");
    expect(missingRoles({ text: "【示例资产】受示例消费金融委托，通知尾号3471借款人施*，您的借款已逾期128天。24小时内一次性还款9,000元可结清。还款：示例App；电话0731-8455 2016。" })).toContain("amount-due");
    expect(missingRoles({ ...EN_HK, channel: "email", text: "Subject: More time on loan OF-5510\n\nDear Ms CHEUK,\n\nHK$5,440 on loan OF-5510 has been overdue since 15 Aug. If you need more time, you can apply for a 30-day extension in the Example app. Questions: 2111 3355." })).toContain("repayment-channel");
    expect(missingRoles({ ...EN_US, text: "Example Student Lending: Hi Jordan Pike, your loan ending 8823 is 35 days past due (due 3/10), $420.00. Verify your account at example-verify.example or call 1-855-555-0133. Text STOP to opt out." })).toContain("repayment-channel");
    const noDue = (message: Message): boolean => missingRoles(message).some((role) => role === "days-overdue" || role === "due-date");
    expect(noDue({ ...EN_US, channel: "email", text: "Subject: Your advance\n\nHi Kendra Lowe,\nYour Example advance #FX-48810, taken out 01/12, has an open balance of $320.00. Pay in the Example app or call 1-888-555-0149." })).toBe(true);
    expect(noDue({ ...EN_US, channel: "email", text: "Subject: Your advance\n\nHi Kendra Lowe,\nYour Example advance #FX-48810, due 01/12, has an open balance of $320.00. Pay in the Example app or call 1-888-555-0149." })).toBe(false);
  });
});

describe("families of the forty-fourth corpus's tuned half", () => {
  const EN_US = { locale: "en-US" } as const;
  const TW = { locale: "zh-TW" } as const;
  const THIRD = { audience: "third-party" } as const;
  const MARKETING = { category: "marketing", audience: "customer" } as const;
  const noName = (message: Message): boolean => findings(message, "recipient-identification").some((finding) => finding.messageId!.startsWith("missingName"));

  it("reads false legal claims: a file sent to USCIS, every bank's accounts frozen, re-entry refused; keeps a payment order applied for with the right to object lawful", () => {
    expect(falseLegal({ ...EN_US, text: "Example Collections for Example Loans: Mr. Oyelaran, loan ending 2047, $1,380.00, 58 days past due. We have sent your file to USCIS for review of your status." })).toBe(true);
    expect(falseLegal({ ...EN_HK, text: "Example Bank: Mr Chan, card ending 4417 is 90 days overdue (HK$11,200). Your accounts at every bank in Hong Kong will be frozen from Monday." })).toBe(true);
    expect(falseLegal({ ...EN_HK, text: "Example Bank: Mr Chan (card ending 4417), HK$11,200, 90 days overdue. You may be refused re-entry after travel." })).toBe(true);
    expect(falseLegal({ ...TW, channel: "email", text: "主旨：示例商業銀行 信用卡帳款 法律程序通知（卡號末四碼0836）\n張*文 先生您好：\n本行已於114年6月3日向臺灣臺中地方法院聲請核發支付命令。您收到法院送達之支付命令後，得於20日內向法院提出異議；未異議者，本行得持確定之支付命令聲請強制執行。" })).toBe(false);
    expect(falseLegal({ ...TW, text: "【示例銀行】張先生，您的欠款已進入法律程序，即將強制執行。" })).toBe(true);
  });

  it("reads threats: a search notice for the lobby's board, the clan told at the rites, a secret the sender cannot keep, staff waiting at the school gate, the bailiff at the registered address; not a departure barred at the airport", () => {
    expect(threat({ ...HK, ...THIRD, text: "示例邨互助委員會：本公司客戶鄧永康（1206室）欠款兩個多月未還。請貴會於大堂通告板張貼附上之「協尋通知」，以便街坊提醒佢。" })).toBe(true);
    expect(threat({ ...HK, ...THIRD, text: "鄧氏宗祠理事會李主席：貴族人鄧永康欠本公司貸款兩萬幾蚊，幾個月都唔還。麻煩主席喺下次祭祖時同各位叔伯講一聲，叫佢出返嚟處理。" })).toBe(true);
    expect(threat({ text: "林*生，你在示例那边的九千七百四拖了一百多天了。下个月你们林氏宗祠修谱，宗亲群里三百多号人，要是有人问起你的近况，我们也不好替你瞒着。" })).toBe(true);
    expect(threat({ ...HK, ...THIRD, text: "致示例小學校務處：貴校學生之家長何家豪先生拖欠本行卡數，懇請校方提醒何先生處理，否則本行同事或需到校門外等候何先生接放學。" })).toBe(true);
    expect(threat({ ...HK, text: "【小額錢債審裁處】通知：被告人鄭子軒，申索款額HK$9,870。你須於明日下午5時前繳清，否則執達主任將到你登記地址扣押財物。" })).toBe(true);
    const airport = { ...HK, text: "示例財務：周偉傑，你欠 HK$15,720（逾期56日）。我哋會申請禁止離境令，你聽日喺機場就走唔甩。" };
    expect(threat(airport)).toBe(false);
    expect(falseLegal(airport)).toBe(true);
    expect(threat({ ...HK, text: "示例財務：周偉傑，你欠 HK$15,720，你走唔甩㗎。" })).toBe(true);
  });

  it("reads insults and shaming as written: 冇廉恥 is an insult, a garbage truck is none; the good life set against the debt is pressure", () => {
    expect(reports({ ...HK, text: "李嘉欣，你係咪真係冇廉恥㗎？示例財務 尾號0915 逾期45日。" }, "no-abusive-language")).toBe(true);
    expect(reports({ ...TW, text: "蔡*德，你欠示例電信的NT$21,400一直拖著，下次里民廣播就不一定只播垃圾車時間了。" }, "no-abusive-language")).toBe(false);
    expect(pressure({ ...EN_US, text: "Example Receivables for Example Card: Kyle, saw the Cabo pics. Must be nice to sip margaritas while $1,920.60 on acct ending 5508 sits 150 days unpaid, huh?" })).toBe(true);
    expect(reports({ ...EN_US, text: "Example Cash: Hi Brianna, loan #QC-7719 is late and $460.00 is past due. One more missed payment and you'll be unbankable for 7 years." }, "no-false-credit-claims")).toBe(true);
  });

  it("reads recipients as written: a utility's water or user number whole or masked, a flat's owner, a defendant named, a full name before a colon, a full name with its reference", () => {
    expect(noName({ ...HK, text: "【示例煤氣】用戶號碼 61-****-3309（沙田第一城22座8樓F室）：閣下煤氣費HK$412.60已於2026年3月28日到期。請經繳費靈繳付。查詢熱線 2880 6988。" })).toBe(false);
    expect(noName({ ...TW, category: "reminder", text: "【示例水務】水號2-18-0734-56用戶您好，本期水費NT$486，繳費期限7/08。可至超商繳納；請洽服務專線(03)339-2200。" })).toBe(false);
    expect(noName({ category: "reminder", text: "【示例物业】7栋1203业主您好：您2024年度物业费2,856.00元（缴费期至2024年12月31日）尚未缴纳。可在小程序缴纳；可致电0755-8630 2211。" })).toBe(false);
    expect(noName({ ...HK, text: "【示例審裁處】通知：被告人鄭子軒，申索款額HK$9,870。" })).toBe(false);
    expect(noName({ ...HK, text: "鄧永康：你欠示例 $26,480 已經75日。有嘢講就打 2711 3090。" })).toBe(false);
    expect(noName({ ...EN_HK, text: "Example Finance: Chan Ka Ho (LS-4402), HK$9,800 overdue since 8 Jul. FPS ID 5533 7821 / 2388 4020." })).toBe(false);
    expect(noName({ ...HK, text: "金額：你欠示例 $26,480 已經75日。有嘢講就打 2711 3090。" })).toBe(true);
    expect(noName({ ...TW, text: "樂分期：您那筆分期已經第48天了，欠款NT$4,470。可在App繳款或撥0800-580-226。" })).toBe(true);
  });

  it("reads ways to reach a person as written: a call back on a reply keyword, the same number on WhatsApp, a short line dialled direct; not a fax, nor an account number", () => {
    expect(missingRoles({ ...HK, text: "示例財務：鄧先生，你AL-6621欠款HK$26,480已逾期75日。如方便，請回覆 TIME 並註明你方便接聽的時段，我們的職員會按時致電；亦可直接轉數快 1703 5520 還款。" })).not.toContain("contact");
    expect(missingRoles({ ...HK, text: "示例財務：鄧先生，你欠嘅$6,800（借據編號 0723，上月15號到期）已經逾期咗25日，轉數快 6688 2190 入返數，有嘢 WhatsApp 同一個號碼。" })).not.toContain("contact");
    expect(missingRoles({ ...TW, text: "【示例電信】門號09**-***-318用戶您好，您帳單NT$1,399已逾期10天，請至超商或示例電信App繳費；客服手機直撥800。" })).not.toContain("contact");
    expect(missingRoles({ ...EN_US, channel: "email", text: "Subject: Your account\n\nMs. Hallie Brandt,\n\nExample Furniture Credit account ending 6029, balance $2,775.18, in default since 12/19/2024. Settle at example.com/pay. Written disputes may be faxed to (555) 010-0151.\n\nExample Recovery / To opt out of e-mail, reply STOP." })).toContain("contact");
    expect(missingRoles({ ...EN_HK, text: "Example Tel: Mr Ho (a/c 8800-5521), HK$596 overdue since 28 Nov. Pay by PPS 82 or in the Example app. This number does not accept replies." })).toContain("contact");
  });

  it("reads ways to pay as written: cash or a check sent to an office, funds added at a portal, a payment link sent, a client account; not an app only to view the balance, nor a page to verify or to dispute", () => {
    expect(missingRoles({ ...EN_US, channel: "email", text: "Subject: Meal account balance - Jaden Morales, Grade 4\n\nDear Mr. and Mrs. Morales,\n\nJaden's cafeteria account has been negative since 02/14, a balance of -$47.25. Send cash or a check in an envelope to the school office, or call Food Services at 951-555-0164.\n\nExample School District - Food Services" })).not.toContain("repayment-channel");
    expect(missingRoles({ ...EN_HK, text: "Example Split: Hi Karen Lam, your instalment of HK$412.50 for order #SS-88120 is due on 18 Jul. We've sent a payment link to your registered mobile. Questions? Call 2388 4020." })).not.toContain("repayment-channel");
    expect(missingRoles({ ...EN_HK, channel: "email", text: "Subject: Our client's claim\n\nDear Ms YIP Mei Ling,\n\nWe act for Example Credit in respect of HK$15,260 due from you on 1 June 2025. Payment may be made to our client account, Wong, Ho & Co. Client A/C, 012-880-1-044721, or you may call Mr Ho on 2521 8840.\n\nWong, Ho & Co., Solicitors" })).not.toContain("repayment-channel");
    expect(missingRoles({ ...EN_HK, text: "Example Finance | Account update\nMs Leung, HK$6,960 on HLF-20931 is overdue since 3 Jun. Open the Example app to view your balance, or call 3590 2211." })).toContain("repayment-channel");
    expect(missingRoles({ text: "【示例通信】尊敬的138****2211机主，您欠费126.50元已逾期60天。欠费明细可在示例营业厅App“我的-账单查询”查看，如有疑问请拨打4008-101-200。" })).toContain("repayment-channel");
    expect(missingRoles({ ...HK, text: "示例財務：李嘉欣小姐，貸款（尾號0915）尚欠HK$12,300，已逾期45日。請登入 example-verify.example.hk 核實身份資料。查詢 3705 2211。" })).toContain("repayment-channel");
    expect(missingRoles({ ...TW, text: "【示例先享後付】謝*諭，您第2期NT$1,580已逾期7天。如對帳款有疑義，請至 example.com/dispute 提出申訴；專人02-7755-0190。" })).toContain("repayment-channel");
    expect(missingRoles({ ...EN_HK, text: "Example Split: Hi Karen L., HK$825 for order #SS-88120 is overdue since 18 Jul. You can apply for an extension in the app. Questions? Chat with us in-app." })).toContain("repayment-channel");
  });

  it("reads no amount in an approximate sum or a card's tail, and no sender in a department's name; reads the creditor after the agency's name; an e-mail's REMOVE keyword as its opt-out", () => {
    expect(missingRoles({ ...EN_HK, text: "Example Credit: Mr Lee (OP-66021), you still owe us about HK$7,000-odd, overdue since 28 Feb. FPS ID 9811 2200 or call 2119 6600." })).toContain("amount-due");
    expect(missingRoles({ text: "【示例付】杨*，你账单尾号3385还欠一千四百多，拖了快两个月了，App里“账单-还款”就能还，有困难回复本短信说一声。" })).toContain("amount-due");
    expect(missingRoles({ ...TW, text: "【示例卡】曾*萱，卡號尾數2208已逾期90天，一次付清可享大幅減免。請至示例App辦理；LINE @examplecard 真人客服。" })).toContain("amount-due");
    expect(missingRoles({ ...EN_HK, sender: "Collections Department", text: "Collections Department: Ms TAM Ka Wai, a/c ending 6610, HK$9,870 overdue since 5 Aug. Pay at example.com/6610 or call 2290 1288." })).toContain("creditor");
    expect(missingRoles({ ...EN_HK, sender: "Keystone Debt Recovery", text: "Keystone for Example Crest Bank: Ng Hoi Ting, card ending 2291 has owed HK$15,830 since 4 Feb. Pay FPS ID 1688 2041 or call 3902 6612." })).not.toContain("creditor");
    expect(findings({ ...EN_US, ...THIRD, channel: "email", text: "Subject: Writ of garnishment\n\nTo the Payroll Department, Example Logistics:\n\nPlease withhold as the writ directs. Questions: 602-555-0183, ext. 214.\n\nTo receive these notices by mail instead of e-mail, reply REMOVE." }, "opt-out-instruction").some((finding) => finding.messageId === "missing")).toBe(false);
    expect(findings({ ...TW, ...MARKETING, text: "【示例電信】續約送好禮：指定門號方案續約即送NT$1,000購物金，詳 example.tw/renew 。拒收行銷簡訊請回覆T" }, "opt-out-instruction").some((finding) => finding.messageId === "missing")).toBe(false);
  });

  it("reads personal data as its owner writes it: the reader's own account at a bank named 匯豐, not an amount's tail nor the sender's company mobile", () => {
    expect(findings({ ...HK, category: "reminder", text: "示例信貸：陳小玲小姐，AP-55120 第5期 HK$1,860 將於2026年5月2日從你的匯豐戶口 004-552-704118-838 自動扣賬。查詢 3003 6622。" }, "pii-masking")).toHaveLength(1);
    expect(findings({ ...HK, text: "示例資產管理：張國強先生，就原示例銀行卡（尾號6641）欠款HK$96,518.40（2025年10月5日起未還），請致電 3619 2288。" }, "pii-masking")).toHaveLength(0);
    expect(findings({ ...HK, text: "阿輝（示例財務）：鄧生，你AL-6621條數仲欠$26,480，拖咗75日。可以直接轉數快去我公司手機 9321 7788，有咩問題打呢個number搵我。" }, "pii-masking")).toHaveLength(0);
  });
});

describe("families of the forty-fourth corpus's held-out half, read after its final score", () => {
  const EN_US = { locale: "en-US" } as const;
  const TW = { locale: "zh-TW" } as const;
  const THIRD = { audience: "third-party" } as const;
  const MARKETING = { category: "marketing", audience: "customer" } as const;
  const noName = (message: Message): boolean => findings(message, "recipient-identification").some((finding) => finding.messageId!.startsWith("missingName"));

  it("reads false legal claims: the tax office set on the reader, in Chinese and in English; keeps an order applied for in a numbered judgment and a client's possible proceedings lawful", () => {
    expect(falseLegal({ ...TW, text: "【示例資產】周*宏先生，你信用卡欠款NT$152,730自111年9月起逾期。我們已將你的資料移送國稅局，他們會調查你這幾年的收入並補稅罰款。" })).toBe(true);
    expect(falseLegal({ ...EN_US, text: "Example Recovery: Mr. Cole, account ending 3062, $812.40, 90 days past due. We have referred your file to the IRS for an income review." })).toBe(true);
    expect(falseLegal({ ...HK, text: "示例信貸管理（代表示例銀行）：張國強先生，閣下信用卡結欠HK$96,518.40。示例銀行已於高等法院取得判決（HCA 2207/2025），並已就閣下名下物業申請押記令，聆訊定於2026年5月12日。" })).toBe(false);
    expect(falseLegal({ ...HK, text: "【示例財務】陳生，法庭已經發出押記令，你層樓即將被扣押。" })).toBe(true);
    expect(falseLegal({ ...HK, text: "【示例律師行】致：吳嘉欣小姐　本行已於區域法院對閣下入稟（案件編號 DCCJ 3391/2025）。閣下須於48小時內將全數存入以下戶口，否則法庭將發出扣押令查封閣下資產。" })).toBe(true);
    expect(falseLegal({ ...HK, channel: "email", text: "主旨：代表示例銀行追收信用卡欠款\n何先生：\n閣下信用卡欠款HK$41,275.60，已逾期83日。如於14日內未能清還，我們的當事人可能會就欠款提出法律程序。" })).toBe(false);
  });

  it("reads threats: the temple's chairman asked so that everybody talks the reader round, the debt talked over at the village's spring banquet", () => {
    expect(threat({ ...TW, text: "【示例租賃】蘇*銘先生，您車貸逾期67天，欠款NT$58,900。聽講恁阿爸逐禮拜攏去媽祖宮鬥相共，阮嘛會使去廟口請主委參詳看覓，予大家鬥陣勸你。" })).toBe(true);
    expect(threat({ ...HK, text: "喂黃志明，你喺示例借嗰筆欠$38,460，拖咗67日。聽講你阿爸係村代表，過年村公所飲春茗，大家見面傾吓你筆數都幾好講嘅。" })).toBe(true);
  });

  it("reads shaming and insults as written: letting the church group down, sinvergüenza; from today on is no deadline", () => {
    expect(pressure({ ...TW, text: "【示例債權管理】蔡*玲小姐，您卡款NT$27,560已逾期8個月。您在教會帶小組，自己卻欠錢八個月不處理，不覺得愧對大家嗎？" })).toBe(true);
    expect(reports({ ...EN_US, text: "Example Loans: Sr. Guzmán, préstamo #PR-6621, $340.00 vencido desde el 04/08. Ya van 40 días, no sea sinvergüenza." }, "no-abusive-language")).toBe(true);
    expect(pressure({ text: "【示例】您的借款已逾期50天，即日起在示例App还款可申请撤回。" })).toBe(false);
    expect(pressure({ text: "【示例】欠款已逾期，即日不还将上报。" })).toBe(true);
  });

  it("reads disclosures as written: a utility's account with spaces, a resident by floor, a name after a reference, a bill's months as a range, a short service number after 查詢; an order's masked tail is no amount", () => {
    expect(noName({ category: "reminder", text: "【示例供电】户号3300 1876 5521（柳岸小区3幢402）：您5月电费213.67元（缴费截止日5月25日）尚未缴纳。供电服务热线96120。" })).toBe(false);
    expect(noName({ ...TW, text: "【示例社區管委會】12樓之3住戶您好，本戶管理費合計NT$14,400尚未繳納。請至管理中心櫃台繳納；洽詢請撥(02)2936-5501。" })).toBe(false);
    expect(noName({ ...HK, text: "【示例煤氣】用戶61-****-3309：煤氣費HK$412.60逾期28日。繳費靈商戶編號18。" })).toBe(false);
    expect(noName({ ...HK, text: "示例財務 AL-6621 鄧永康你欠 $26,480 拖咗75日，轉數快 1703 5520，打 2711 3090。" })).toBe(false);
    const noDue = (message: Message): boolean => missingRoles(message).some((role) => role === "days-overdue" || role === "due-date");
    expect(noDue({ ...TW, text: "【示例電信】汪*翔先生您好，您門號末3碼508之電信費NT$3,240（112年12月至113年2月）已逾期。可至超商繳款；請撥(02)6630-8899。" })).toBe(false);
    expect(noDue({ ...TW, category: "reminder", text: "【示例電信】汪*翔先生您好，您門號末3碼508之電信費NT$3,240（113年3月至113年4月），請於5月20日前至超商繳款；請撥(02)6630-8899。" })).toBe(false);
    expect(missingRoles({ ...HK, category: "reminder", text: "【示例電訊】王小姐（賬戶 8800-****-217）：3月份月費HK$268.00將於4月22日到期，可經轉數快繳交。查詢：1000。" })).not.toContain("contact");
    expect(missingRoles({ ...HK, text: "【示例銀行】黃志明先生：您的私人貸款PL-****7732已逾期67日，請盡快經示例App或FPS ID 5566 0217還款。查詢 2828 6100。" })).toContain("amount-due");
    expect(missingRoles({ ...HK, text: "示例信貸管理（代表示例銀行）：梁美儀女士，你信用卡（尾號4471）已逾期42日，現有一次性清還優惠，只需繳付HK$14,000即可了結。FPS 3344 5566 / 3102 4488。" })).toContain("amount-due");
  });

  it("reads ways to pay as written: a cheque by post, a call to pay; not an app only to look at the balance, nor a page to verify, nor a dispute's or an appeal's link", () => {
    expect(missingRoles({ ...HK, text: "【示例銀行】黃志明先生：私人貸款PL-****7732 已逾期67日，欠款HK$38,460.20。可郵寄支票，抬頭「示例銀行有限公司」，背面註明貸款編號。查詢 2828 6100。" })).not.toContain("repayment-channel");
    expect(missingRoles({ text: "【示例银行】冯*女士，您尾号7326信用卡欠款11,560.44元已逾期超过180天。请立即致电021-5123 7788办理还款。" })).not.toContain("repayment-channel");
    expect(missingRoles({ ...HK, text: "示例財務｜還款提醒\nSantos Maria Cruz，你嘅貸款LH-20931欠HK$8,640，已逾期38日。喺App「我的貸款」可以睇到最新結欠。客服 WhatsApp 6211 4098" })).toContain("repayment-channel");
    expect(missingRoles({ ...HK, text: "【示例財務】李小姐，閣下欠款HK$6,200已逾期30日。請即登入 example-relief.example.net 核實身份，系統將另行通知還款安排。查詢 2233 4455。" })).toContain("repayment-channel");
    expect(missingRoles({ text: "【示例汽车金融】郑*先生，您车贷第15期3,422.00元已逾期20天，请按合同约定方式尽快还款。对本期费用有异议可在 example-fin.cn/appeal 提交，其他问题请致电0571-8870 3355。" })).toContain("repayment-channel");
    expect(missingRoles({ ...EN_HK, text: "Example Card: Ms Sze (7305), HK$4,216 is 30 days overdue. If you disagree with this balance, submit a dispute at example.hk/dispute. Hotline 2626 3000." })).toContain("repayment-channel");
    expect(missingRoles({ ...EN_US, channel: "email", text: "Subject: Account notice\n\nDear Jared Cole,\n\nAccount ending 3062: $812.40, unpaid since 03/14. To dispute any part of this balance, use example.com/disputes. Questions: 1-844-555-0187.\n\nExample Credit Services / Reply STOP to unsubscribe." })).toContain("repayment-channel");
    // The page a dispute is made at is a way to pay once the message says to pay there; a link ending a sentence is still one.
    expect(missingRoles({ ...EN_US, text: "Example Credit Services: Jordan Pace, acct ending 0615: $1,390.22, past due since July 14. If you think you don't owe this, you can dispute it at example.com/dispute. Otherwise pay there or call 415-555-0151. Reply STOP to opt out." })).not.toContain("repayment-channel");
    expect(missingRoles({ ...EN_HK, text: "Example Recovery: Mr Lam, card ****2017, HK$13,560, 88 days overdue. You can settle this: 2598 6610 or example.com.hk." })).not.toContain("repayment-channel");
    expect(missingRoles({ ...EN_HK, channel: "email", text: "Subject: Overdue instalment\n\nDear Mr KWOK Wing Hong,\n\nThe instalment of HK$38,400 due on 20 November is now 18 days overdue. Please settle by cheque payable to \"Example Credit Limited\" or by transfer to BOCHK 012-875-0-044218-3. Call Ms Yip on 2866 0423." })).not.toContain("repayment-channel");
  });

  it("reads senders and third parties as written: a police or a department's office names no sender; a colleague told of a bank card debt; an annual interest rate is a Hong Kong loan ad's rate", () => {
    expect(missingRoles({ ...HK, sender: "香港警務處商業罪案調查科", text: "香港警務處商業罪案調查科通知：你涉嫌以欺詐手段取得貸款HK$23,800（已逾期92日）。如於三日內全數清還至帳戶 012-883-0-445621-7，可撤銷檔案。查詢 5123 8890。" })).toContain("creditor");
    expect(missingRoles({ ...HK, sender: "法務部", text: "【法務部】致何家豪先生：閣下信用卡（尾號2207）欠款HK$41,275.60，逾期83日，已轉交本部處理。請經FPS ID 8833 0192還款，或致電 3188 2207。" })).toContain("creditor");
    expect(reports({ ...HK, ...THIRD, sender: "示例信貸管理", text: "你好，我哋係示例信貸管理，你同事梁美儀欠示例銀行信用卡錢已經一個幾月，麻煩你叫佢打 3102 4488 搵我哋。" }, "no-third-party-disclosure")).toBe(true);
    expect(reports({ ...EN_HK, ...MARKETING, text: "Example Finance Ltd (Money Lender's Licence No. 1873/2025): loans up to HK$300,000, annual interest rate 8.5%-35.9%. Warning: You have to repay your loans. Don't pay any intermediaries. Call 3590 2299." }, "apr-disclosure")).toBe(false);
  });
});

describe("families of the forty-fifth corpus's tuned half: one person typing", () => {
  const EN_US = { locale: "en-US" } as const;
  const TW = { locale: "zh-TW" } as const;
  const THIRD = { audience: "third-party" } as const;
  const MARKETING = { category: "marketing", audience: "customer" } as const;
  const noName = (message: Message): boolean => findings(message, "recipient-identification").some((finding) => finding.messageId!.startsWith("missingName"));
  const noDue = (message: Message): boolean => missingRoles(message).some((role) => role === "days-overdue" || role === "due-date");

  it("reads the writer's own line as a way to reach a person: reply or call me, the same number, this number is my WeChat", () => {
    expect(missingRoles({ text: "老谢你好 我是示例小贷的阿明 你15号那期1.5w现在过了5天了哈 还是打到公司那个工行账户（示例小额贷款有限公司 尾号3306） 打完截图发我就行，这个号就是我微信" })).not.toContain("contact");
    expect(missingRoles({ text: "曹先生你好，我是小桑，受示例分期委托。你那笔分期（订单尾号1190）欠1,946，逾期37天。示例App里「还款」可以选部分还款，或者回我微信。" })).not.toContain("contact");
    expect(missingRoles({ ...EN_HK, text: "Kenneth, Sam from Example Finance. GC-1044 2.5k now 2 months overdue since 20 Aug. FPS 5512 0088 or call me." })).not.toContain("contact");
    expect(missingRoles({ ...EN_US, text: "Yo Trey, Example Auto. You're 2 wks behind on the Malibu, $260 (was due the 3rd). Bring it by the lot. Call/text this same number. STOP to opt out" })).not.toContain("contact");
    // A mobile given as the FPS proxy can be called (blind50 and blind51, and 24 rows to 3 of the spent corpora); an FPS ID cannot.
    expect(missingRoles({ ...EN_HK, text: "Example Finance: Kenneth, GC-1044 2.5k overdue since 20 Aug. FPS ID 5512 0088." })).toContain("contact");
  });

  it("reads the writer's firm in a name that also gives the writer, and Hong Kong's and Taiwan's trade words", () => {
    expect(missingRoles({ sender: "示例分期 小桑", text: "韦先生，示例分期的小桑。你欠的2,330逾期20天了，App里还一下，回我消息。" })).not.toContain("creditor");
    expect(missingRoles({ ...TW, sender: "鑫源借貸", text: "陳冠宇，借一萬二3/5到期現在一個月了。國泰 013-551-20-887711 戶名鑫源企業社，LINE: xinyuan_88" })).not.toContain("creditor");
  });

  it("reads due information as typed: days gone since the day, a day named in brackets, the day of the month by its ordinal, Hokkien and Spanish; not the day a loan was taken", () => {
    expect(noDue({ ...EN_HK, category: "reminder", text: "Ah Ling 姐, Example Finance 嘅 Bonnie 呀 😊 聽日 (20號) 到期 HK$2,150, loan no. TWF-1180. FPS 去 2039 4417 就得. 有咩 call 我 2411 6620 ok?" })).toBe(false);
    expect(noDue({ ...TW, text: "金水伯仔 你好，阮是示例銀行的小陳。林金水先生 你的貸款（尾號6603）NT$7,240 猶未入來，已經過十二工矣。撥 (02)2181-8000。" })).toBe(false);
    expect(noDue({ ...EN_US, text: "Hi Keisha it's Tom @ Example Furniture Credit, your acct ...5520 shows $149 past due from the 3rd. Pay at example.com/pay or text me here. STOP to opt out" })).toBe(false);
    expect(noDue({ ...EN_US, text: "Hola Sra. Gutiérrez, le escribe Rosa de Example Auto. Su pago de $300 venció el día 10. Puede pagar en el lote o por teléfono al 956-555-0172. Reply STOP/PARA." })).toBe(false);
    expect(noDue({ ...EN_US, text: "Mr. Cole Baxter, Example Loan, loan ending 5550. On the $500 you borrowed 3/2, $215 is still owed. Pay at example.com/pay or call 334-555-0109. Reply STOP to opt out." })).toBe(true);
  });

  it("reads amounts and recipients as typed: 2.5k, 兩萬八 before 逾期, a given name alone opening the text, an English name before 我; not a nickname", () => {
    expect(missingRoles({ ...TW, text: "Kevin 我示例借貸阿芬～你這期2.5k 4/20到期，台新 812-2001-5530-2288 戶名示例借貸，有事打我 0935-880-416" })).not.toContain("amount-due");
    expect(missingRoles({ ...TW, text: "吳志強 示例融資。你的兩萬八逾期一個半月了，中信 822-0551-2233-9870 戶名示例融資有限公司，0955-302-118" })).not.toContain("amount-due");
    expect(noName({ ...TW, text: "Kevin 我示例借貸阿芬～你這期2.5k 4/20到期，有事打我 0935-880-416" })).toBe(false);
    expect(noName({ ...HK, text: "詠詩，講好尋日還嗰 $2,500 仲未見入數喎。FPS 9928 1044（示例財務），有咩 call 我 9328 1104。" })).toBe(false);
    expect(noName({ ...HK, text: "阿詠，我係志強（示例財務）。你上個月借嗰 $5,000 講好20號還。有咩 call 我 9328 1104。" })).toBe(true);
    expect(noName({ text: "胖子，欠示例借的1,800拖了一个月了，App自己还。" })).toBe(true);
  });

  it("reads ways to pay as typed: the company's account by its tail, the debit card to keep funded, a post office account, cash brought in; the writer's own numbers are no personal data", () => {
    expect(missingRoles({ text: "俊宏你好，示例借的小林。你分期计划第2期1,120元是本周五（3月14日）扣，扣款卡是你绑的建行尾号5531，记得周四晚上前存够哈。有啥问题直接回我。" })).not.toContain("repayment-channel");
    expect(missingRoles({ ...EN_US, text: "Hi Deshawn, Example Pawn on Main. Ticket #20931 - $88 interest was due 2/12, your grace period runs to 3/14. Bring the ticket + cash by then or call us 901-555-0147. Reply STOP to opt out." })).not.toContain("repayment-channel");
    expect(findings({ ...TW, text: "何先生 示例小額的阿Ken～你那筆6,500 4/10到期，現在晚三天了，郵局 700-0012345-0667890 戶名示例小額，有問題打0910-223-557" }, "pii-masking")).toHaveLength(0);
    expect(findings({ text: "吕*安，示例借欠款2,090元逾期27天。App还款，或回我13652297410。" }, "pii-masking")).toHaveLength(0);
    expect(findings({ ...EN_HK, text: "Mr LAM, Stella from Example Credit. Arrears HK$9,000 (overdue since June). FPS 3390218. My mobile 6455 1209 if time changes." }, "pii-masking")).toHaveLength(0);
    expect(findings({ ...EN_HK, text: "Mr LAM, Example Credit. Arrears HK$9,000 (overdue since June). Your mobile 6455 1209 is not answering." }, "pii-masking")).toHaveLength(1);
  });

  it("reads menace typed by a person: daily movements known, friends who would not want to get a message, a page people end up on, Immigration told; the family's credit said to fall with the debtor's", () => {
    expect(threat({ ...HK, ...THIRD, text: "阿姨你好，我係國強嘅朋友 Ricky。你同佢講聲，我哋知佢每日幾點喺火炭站落車，叫佢覆我 6672 1190 啦。" })).toBe(true);
    expect(threat({ ...HK, text: "家俊，你仲欠三千幾，拖咗兩個月。你Facebook啲friend我哋全部都save低咗，你都唔想佢哋個個收到message話你借錢唔還啩。" })).toBe(true);
    expect(threat({ ...EN_US, text: "Kayla, you're 4 months behind (due 2/20). We run a customer accountability page on FB, and folks who don't answer us tend to end up on it. Reply STOP to opt out." })).toBe(true);
    expect(threat({ ...EN_HK, text: "Ate Liza, Example Finance. Loan CS-8012 HK$3,200, overdue since 28 May. We already reported u to Immigration, ur visa will be reviewed." })).toBe(true);
    expect(reports({ ...HK, ...THIRD, text: "張太你好，示例信用卡。你先生張卡拖咗 $12,860 一個幾月，你哋兩公婆嘅 TU 係連埋一齊計，佢唔還你個信貸評級都會一齊跌。" }, "no-false-credit-claims")).toBe(true);
    expect(falseLegal({ ...EN_HK, text: "Example Finance: Ms Kwan, card ending 3318 HK$9,480 overdue since Feb. Our legal dept has applied to freeze ur savings at every bank in HK from next week." })).toBe(true);
    expect(falseLegal({ text: "【示例消费金融】邓*亮，您欠款2,314.60元已逾期80天，我司已向相关部门申请对您限制高消费。" })).toBe(true);
  });

  it("reads opt-outs and lawful notes as typed: 唔想再收…回覆 STOP, 不需要的话回T, the app's notification settings; a loan department's enquiry reveals no debt; a suit's terms as the court sets them are lawful", () => {
    const optOutMissing = (message: Message): boolean => findings(message, "opt-out-instruction").some((finding) => finding.messageId === "missing");
    expect(optOutMissing({ ...HK, ...MARKETING, text: "【示例財務】P Loan：實際年利率低至 3.8%（最高 48%）。查詢 3619 8800。唔想再收推廣訊息請回覆 STOP。" })).toBe(false);
    expect(optOutMissing({ ...MARKETING, text: "王哥，我示例小贷的阿明，经营贷年化利率14.4%（单利），有需要直接找我。不需要的话回T我就不发了" })).toBe(false);
    expect(optOutMissing({ ...HK, ...MARKETING, text: "示例流動：寬頻續約月費 $138，實際年利率0%。如不想收到推廣通知，可於「我的帳戶 > 通知設定」關閉推廣訊息。" })).toBe(false);
    expect(reports({ ...HK, ...THIRD, category: "transactional", text: "你好，我係示例銀行私人貸款部嘅 Jason，想確認一位申請人是否喺貴公司任職，方便嘅話請回電 2107 5536，唔該。" }, "no-third-party-disclosure")).toBe(false);
    expect(falseLegal({ text: "示例借提醒：何*东，您的借款已逾期96天，待还4,605元。如仍无法还款，我司可能依法向有管辖权的人民法院提起诉讼，具体以法院通知为准。" })).toBe(false);
  });
});

describe("families of the forty-fifth corpus's held-out half, read after its final score", () => {
  const EN_US = { locale: "en-US" } as const;
  const TW = { locale: "zh-TW" } as const;
  const noDue = (message: Message): boolean => missingRoles(message).some((role) => role === "days-overdue" || role === "due-date");

  it("reads due information as typed: due this Friday or tomorrow, overdue for a week, a month's day missed, dragged since a month, some ten days, today the last day", () => {
    expect(noDue({ ...EN_HK, category: "reminder", text: "Hi Kelvin, Janice from Example Lending. Ur instalment HK$2,380 is due this Fri (15th). FPS to our ID 1638294 or WhatsApp me back here." })).toBe(false);
    expect(noDue({ ...EN_US, category: "reminder", text: "Hey Jess! Nate from Example Loans. Your $95 payment on loan #QL-30417 is due tmrw (Tue). Pay in the Example app or text back." })).toBe(false);
    expect(noDue({ ...EN_HK, text: "Ah Ling 姐 (loan TWF-1180), Bonnie 呀 Example Finance, 過咗期一個禮拜喇, 記得 FPS 2039 4417 呀, 有事 call 2411 6620" })).toBe(false);
    expect(noDue({ ...TW, text: "示例資產 李小姐您好～ 受示例銀行委託，您信貸(末四碼7712)上個月25號那期NT$5,880還沒進來。轉 示例銀行代收 8801-7712-0055-3，或回電 (02)2563-0088。" })).toBe(false);
    expect(noDue({ ...HK, text: "何先生，示例 Ivan。示例銀行卡數由 2024年11月 拖到而家，HK$18,000。入數 012-888-00216-3，3705 9126。" })).toBe(false);
    expect(noDue({ text: "曾哥，我是示例借的小罗，你那个2,450的账拖了十来天了，App点一下就还了，回我电话。" })).toBe(false);
    expect(noDue({ ...TW, category: "reminder", text: "示例機車分期 張*美 您8月那期3,180元到今天晚上就截止了喔 可以超商繳代碼 HF-228-5531，有問題打 02-2955-0808" })).toBe(false);
  });

  it("reads the writer's line as said: 電話還是這個號, 跟我說一聲, but not 一直不跟我說", () => {
    expect(missingRoles({ text: "俊杰啊，我示例小贷的老周。你上个月28号那期3,200还没进来，拖了快半个月了。还是打老账户，示例小贷对公那个，尾号0417。手头紧就跟我说一声，电话还是这个号。" })).not.toContain("contact");
  });

  it("reads menace typed by a person: no promise the family will not hear, the phone book's contacts receiving a message, a stall not to be visited in Hokkien, whereabouts soon known, the family thought of before ignoring", () => {
    expect(threat({ ...HK, text: "陳生，你尾號4471 $6,560 遲咗七個禮拜再無回應，我哋實在唔能夠保證你公司同屋企人唔會聽到呢件事。FPS ID 1638 2290。" })).toBe(true);
    expect(threat({ ...TW, text: "張家豪先生，你在示例借的 NT$6,300，已經逾期21天。你手機通訊錄那兩百多個人，要是都收到一則關於你的訊息，你覺得好看嗎？" })).toBe(true);
    expect(threat({ ...TW, text: "阿明仔，阮示例融資的啦。你欠阮的三萬二已經拖兩個月矣，恁阿母佇黃昏市場賣肉圓彼攤，阮攏知影。莫予阮去市場揣伊開講。" })).toBe(true);
    expect(threat({ ...TW, text: "黃先生，你車牌ABC-5321那台的借款利息到現在還沒繳。阮若去廟口問一下，應該真緊就知影你人佇佗位。" })).toBe(true);
    expect(threat({ ...EN_HK, text: "Mr Ho, ur 18.4k w/ Example Credit overdue since March. U have a wife n 2 kids in Tseung Kwan O. Think about them b4 u ignore me again." })).toBe(true);
  });

  it("reads money for a trip and none for the debt as shaming", () => {
    expect(pressure({ ...TW, text: "小如 我示例借貸的阿龍，IG看到妳上禮拜去沖繩玩得很開心喔，有錢出國沒錢還我們這八千？" })).toBe(true);
    expect(pressure({ ...HK, text: "Ivy，SC-4412 $1,980 拖咗成個月。有錢去日本食和牛 post 上 IG，冇錢還 $1,980？你自己覺得講唔講得過去？" })).toBe(true);
  });
});

describe("families of the forty-sixth corpus's tuned half: the conversation", () => {
  const EN_US = { locale: "en-US" } as const;
  const TW = { locale: "zh-TW" } as const;
  const THIRD = { audience: "third-party" } as const;
  const noDue = (message: Message): boolean => missingRoles(message).some((role) => role === "days-overdue" || role === "due-date");
  const disclosure = (message: Message): boolean => reports(message, "no-third-party-disclosure");

  it("reads a privacy refusal to a third party as a denial, not a disclosure; a contrast after it still discloses", () => {
    expect(disclosure({ ...EN_HK, ...THIRD, text: "Subject: Re: Messages about my helper\nDear Mrs Lau,\nWe are unable to discuss any customer's account with third parties, including employers, and you are not responsible for any customer's loan.\nExample Finance" })).toBe(false);
    expect(disclosure({ ...HK, ...THIRD, text: "示例財務：陳太，多謝你來電。基於私隱，我哋唔可以同你討論你姐姐嘅任何事務，亦唔會要求你代為處理。" })).toBe(false);
    expect(disclosure({ ...THIRD, text: "【示例银行】贵公司人事部来函询问员工顾某是否在我行有欠款。根据客户信息保护规定，我行不向第三方披露客户信息。" })).toBe(false);
    expect(disclosure({ ...EN_US, ...THIRD, text: "Example Lending: you are not responsible for his loan, but he owes us $5,000 and must call us." })).toBe(true);
    expect(disclosure({ ...THIRD, text: "【示例汽车金融】您好，我司正在核实贵司员工覃*的在职情况。该员工在我司的车贷已逾期40天，请贵司提醒其尽快还款。" })).toBe(true);
  });

  it("reads the day of a complaint, a call or a promise as no due information", () => {
    expect(noDue({ ...EN_US, text: "Mr. Haddad, Example Lending. We received your complaint on April 9 and have now closed it. The past-due balance of $1,116.75 on account ending 2290 remains open. Pay at example.com/pay or call 800-555-0117. Reply STOP to opt out." })).toBe(true);
    expect(noDue({ ...EN_US, text: "Carla, Example Lending: the $325.00 you promised for Friday 6/7 didn't come through. Pay at example.com/pay or call 888-555-0142. Reply STOP to opt out." })).toBe(true);
    expect(noDue({ ...HK, text: "示例財務：劉生，就你5月3日嘅投訴，我哋已停止致電你公司。貸款尾號3309仍有$9,800未繳，請經FPS ID 1698 2273安排。查詢 2376 4410。" })).toBe(true);
    expect(noDue({ text: "【示例消费金融】孙*峰您好，关于您4月8日提出的投诉，我们已核实处理。您的欠款4,980元仍未结清，请在App还款，客服400-860-1123。" })).toBe(true);
    expect(noDue({ text: "【示例小贷】林*生，您上周答应6月10日还的9,740元至今未到账，请在App还款，电话0755-2660 1837。" })).toBe(true);
    expect(noDue({ text: "【示例小贷】林*生，您6月10日到期的9,740元至今未到账，请在App还款，电话0755-2660 1837。" })).toBe(false);
  });

  it("reads a sum received, refunded or that settles as no amount owed, but not one not yet received", () => {
    expect(missingRoles({ ...EN_US, text: "Thanks, Gloria. Example Lending got your $150.00 payment on 6/4. The rest of your balance, past due since May 1 on account ending 4471, can be paid at example.com/pay or by calling 888-555-0142. Reply STOP to opt out." })).toContain("amount-due");
    expect(missingRoles({ ...EN_HK, text: "Example Finance: Mr Ng, your complaint (ref C-2291) is closed and the HK$150 refund has been approved. Your instalment due 3 Sep on loan ending 5520 is still unpaid. FPS 2710 5580 or call 2710 5581." })).toContain("amount-due");
    expect(missingRoles({ text: "【示例消费金融】李*明您好，关于您投诉重复扣款一事，多扣的35.00元服务费已原路退回。您的本期账单仍逾期9天，请在App还款，疑问请致电400-860-1123。" })).toContain("amount-due");
    expect(missingRoles({ ...TW, text: "【示例銀行】陳*明先生您好：您卡號末四碼5521之帳款自114年12月起未繳。若於3月31日前一次繳納新臺幣9,800元，即可結清本帳戶。請轉帳至繳款帳號 3310-5521-7702-19，(02)2765-3180。" })).toContain("amount-due");
    expect(missingRoles({ ...EN_US, text: "Example Card: Hi Dana, we haven't received your $45.00 minimum for the card ending 4471 that was due yesterday. Pay at example.com/pay or call 1-800-555-0119. Reply STOP to opt out." })).not.toContain("amount-due");
  });

  it("reads a reply to this number as a way to reach a person, and the day of a talk as no deadline", () => {
    expect(missingRoles({ ...HK, text: "示例財務：黃小姐，已預約今晚7點致電你。貸款（編號FZ-20931）尚欠$4,420，逾期23日；可經FPS ID 2771 0936還款。如要改時間請覆呢個號碼。" })).not.toContain("contact");
    expect(pressure({ ...HK, text: "示例信貸：何生，按今日傾好嘅方案，你逾期嘅$18,640（自3月10日起未供）會分6期，每期$3,107，首期6月1日。FPS ID 3619 2280，3619 2291。" })).toBe(false);
  });

  it("reads threats quoted in a reply to a complaint as reported, and a double negation as the threat it is", () => {
    expect(threat({ ...HK, text: "【示例追收】何生，收到你對本公司職員的投訴。你提到職員話「會去你屋企樓下等你」，本公司絕不容許此類說法，已暫停該職員跟進你個案。投訴熱線 3905 2299。" })).toBe(false);
    expect(threat({ text: "【示例银行】陈先生您好，抱歉之前专员称“要去您老家找人”，这不是我行的做法，我们不会上门。" })).toBe(false);
    expect(threat({ ...TW, text: "劉先生，不接電話沒關係，我們不打給你，不代表不會有人去你老家跟你爸媽聊聊。(02)8768-2210 示例資產" })).toBe(true);
    expect(threat({ ...EN_US, text: "Example Lending: keep it up, people who ignore us tend to regret it. Pay by 5pm or don't be surprised who shows up at your door." })).toBe(true);
    expect(credit({ ...EN_US, text: "Example Lending: if the $1,233.00 (due 5/1, loan ending 2285) isn't settled you'll be unbankable for 7 years." })).toBe(true);
    expect(pressure({ ...EN_HK, text: "Example Finance: Mr Kwan, you posted from Bangkok last weekend. Money for holidays but not for a HK$4,600 instalment overdue since 1 Mar?" })).toBe(true);
  });

  it("reads visits and calls announced in a reply: bailiffs sent to the flat, a wait at the reader's restaurant, papers brought round while the borrower waits at home, calls until he turns up", () => {
    expect(threat({ ...EN_HK, text: "Example Lending: Mr Tam, since you refuse to pay, our legal dept will send bailiffs to your flat in Tin Shui Wai on Monday." })).toBe(true);
    expect(threat({ ...HK, ...THIRD, text: "伯父，我哋係你個仔嘅朋友，搵佢有啲事。你話佢知，我哋聽日會去你茶樓飲早茶，順便等佢。" })).toBe(true);
    expect(threat({ text: "李*强，你说没空出门也没关系，我们这周末顺路把协商材料给你送过去，你在家等着就行。示例借，欠款1万3。" })).toBe(true);
    expect(threat({ ...TW, ...THIRD, text: "你是他自己填的聯絡人。之後你們這些聯絡人我們每天都會打，打到他出來處理為止。示例分期" })).toBe(true);
  });

  it("reads what a third party is told of the debt or of their duty: instalments he has missed, the law said to make the reader pay, an employer asked to deduct pay; not a denial that the reader is the borrower", () => {
    expect(disclosure({ ...EN_HK, ...THIRD, text: "We'll stop once Siu Ming clears the 3 instalments he's missed with Example Finance." })).toBe(true);
    expect(falseLegal({ ...HK, ...THIRD, text: "麥先生：由於閣下為其直系親屬兼緊急聯絡人，依法須協助清還欠款，請於本月底前安排。示例信貸 2987 4400" })).toBe(true);
    expect(falseLegal({ ...EN_HK, ...THIRD, text: "Dear Sir/Madam, further to your call, please deduct HK$3,000 monthly from Ms Santos's salary and remit it to Example Lending Ltd." })).toBe(true);
    expect(disclosure({ ...HK, ...THIRD, text: "麥先生：閣下並非本公司處理的任何帳戶的借款人或擔保人，毋須承擔任何還款責任。示例金融 2987 4410" })).toBe(false);
    expect(threat({ ...EN_US, ...THIRD, text: "Hi Mr. Lindqvist, all I can tell you is that your daughter listed you as a contact. Please ask her to call Sam at 855-555-0110." })).toBe(false);
  });

  it("reads a phone lender's short name, a relative listed by the bureau, and a payment set to be drawn on a day", () => {
    expect(missingRoles({ ...TW, sender: "示例手機分期", text: "王*翔，你的手機分期NT$2,190已經逾期18天了。示例App隨時可以繳，客服(07)556-2039" })).toEqual(expect.not.arrayContaining(["creditor", "repayment-channel"]));
    expect(credit({ ...HK, text: "麥先生，你同太太住同一個地址，你私人貸款（尾號8841）再唔還HK$21,336，TU會將你太太都列為高風險客戶。示例銀行" })).toBe(true);
    expect(noDue({ ...EN_US, category: "reminder", text: "Hi Nathan, Example Credit Union: your $341.16 payment on loan ending 2716 will be drawn on July 8 from your checking account. Questions: 800-555-0155." })).toBe(false);
  });
});

describe("families of the forty-seventh corpus's tuned half: what systems print", () => {
  const disclosure = (message: Message): boolean => reports(message, "no-third-party-disclosure");
  const EN_US = { locale: "en-US" } as const;
  const TW = { locale: "zh-TW" } as const;
  const THIRD = { audience: "third-party" } as const;
  const EMAIL = { channel: "email" } as const;
  const noDue = (message: Message): boolean => missingRoles(message).some((role) => role === "days-overdue" || role === "due-date");
  const noName = (message: Message): boolean => findings(message, "recipient-identification").some((finding) => finding.messageId!.startsWith("missingName"));

  it("reads due information in fields: days overdue with an English label beside it, a day-month-year date, an unfilled {due_date}; not a send date", () => {
    expect(noDue({ ...EMAIL, text: "主旨：账户处理进度｜示例银行信用卡 尾号5013\n\n陈*敏 女士：\n逾期天数 Days past due：102\n欠款金额 Balance due：CNY 8,044.70\n还款方式：示例银行手机银行\n联系电话：0571-8530 6127\n\n示例金融" })).toBe(false);
    expect(noDue({ ...EN_HK, text: "Example Finance: Mr Tam, loan OF-22617 HK$12,800.00 overdue since 28-Mar-2026. Pay: example.hk/pay. Speak to officer Chan: 2730 5561." })).toBe(false);
    expect(noDue({ ...TW, text: "【示例金融】王*明君 卡號末四碼0935 本期應繳NT$4,870 已逾繳款期限{due_date}，請以本行App或ATM繳款。洽詢(02)2719-8800" })).toBe(false);
    expect(noDue({ ...HK, text: "發送日期：2026-05-14 09:02\n示例金融：劉小姐，你的貸款LT-30952仍欠HK$2,260.00，請經FPS ID 5503128還款。查詢：3618 2200" })).toBe(true);
  });

  it("reads amounts in fields: N/A, a credit limit or a settlement offer's field is no amount owed", () => {
    expect(missingRoles({ ...TW, ...EMAIL, text: "主旨：示例銀行 逾期帳款通知（卡號末四碼1136）\n\n持卡人：蘇*琪\n逾期金額：N/A\n原繳款截止日：2026/04/16\n逾期天數：20\n繳款方式：示例行動銀行、ATM轉帳\n客服專線：0800-365-120\n示例金融" })).toContain("amount-due");
    expect(missingRoles({ ...TW, text: "【示例金融】蔡*容君 卡號末四碼8820｜信用額度NT$120,000｜繳款截止日2026/04/13 已過期10天，請以App或ATM繳款。客服(02)2719-8800" })).toContain("amount-due");
    expect(missingRoles({ ...EN_US, ...EMAIL, text: "Subject: Special offer on your account\n\nExample Lending\nRe: Ana Ruiz, acct ending 2231\nLast payment received: 02/2017\nSettlement offer: $448.00 (valid through 06/30/2026)\nAccept at example.com/settle or call 1-866-555-0142." })).toContain("amount-due");
  });

  it("reads senders and recipients in fields: a field's label is no sender, a creditor field is one, a recovery team names no creditor; Dear None greets no one, a check writer and a car's plate do", () => {
    expect(missingRoles({ ...EN_US, ...EMAIL, sender: "Example Lending", text: "Subject: Past due notice\n\nAccount holder: Eric Lindqvist\nAccount: ****4402\nPast due amount: $288.00\nDays past due: 32\n\nPay online: pay.example/4402\nCall: 1-877-555-0182" })).toContain("creditor");
    expect(missingRoles({ ...EN_US, ...EMAIL, sender: "Example Recovery", text: "Subject: Past due notice\n\nCreditor: Harbor Bank\nAccount holder: Eric Lindqvist\nPast due amount: $288.00\nDays past due: 32\n\nPay online: pay.example/4402\nCall: 1-877-555-0182" })).not.toContain("creditor");
    expect(noName({ ...EN_HK, ...EMAIL, text: "Subject: Repayment reminder\n\nDear None,\n\nInstalment: HK$3,060.00\nDue date: 2026-07-01\nPay: FPS ID 108 225 993\nEnquiries: 3188 2266\n\nExample Finance Limited" })).toBe(true);
    expect(noName({ ...EN_US, ...EMAIL, text: "Subject: Returned check\n\nExample Lending\nCheck writer: Donna Keyes | Check #1043 | Amount: $187.42\nPay: example.com/pay or call 1-877-555-0193." })).toBe(false);
    expect(noName({ ...TW, category: "reminder", text: "【示例金融】車牌BKR-2231車主您好，汽車分期第19期NT$14,320將於2026/06/05到期，可於超商條碼繳款。洽詢04-2326-7700" })).toBe(false);
    expect(noName({ ...HK, text: "(1/2)示例追收(代示例財務)：周生SF-6630欠款HK$11,300.00，逾期97日。入數FPS ID 6617720，查詢2709 1188。" })).toBe(false);
  });

  it("reads ways to pay as printed: paying at the window; not a push's tap to view the balance", () => {
    expect(missingRoles({ ...EN_US, text: "Example Motors Finance: Jamal Hughes, acct 10-4458 is 38 days past due ($612.00 due 04/01/2026). Call 1-800-555-0192 or pay at the window at 300 Route 9. Reply STOP to opt out." })).not.toContain("repayment-channel");
    expect(missingRoles({ ...HK, channel: "push", text: "示例金融｜貸款 QL-208837 已逾期 12 日\n欠款 HK$1,531.40（到期日 2026-05-03）\n👉 撳此查看結欠明細\n客服 WhatsApp 5180 2233" })).toContain("repayment-channel");
  });

  it("reads tone in system wording: countdown clocks, do NOT, escalation levels, a wage order as a status, a departure watch list, a visit offered as a service, a public page, parents asked to help, a team popping in, a visit in Spanish", () => {
    expect(pressure({ text: "标题：示例借款｜账户即将升级处理\n内容：您的借款已逾期36天，待还2,818.60元。剩余处理时间 05:59:12，超时将升级为高风险账户。立即还款 › 在线客服" })).toBe(true);
    expect(pressure({ ...EN_HK, text: "Example Finance: Ms So, VPF-88102 HK$15,340.00 remains overdue. Please do NOT ignore this message. FPS ID 1062 7745 / 2815 6640." })).toBe(true);
    expect(pressure({ text: "【示例金融】孙*亮｜案件编号HZ-2605-0331｜ESCALATION LEVEL 3｜逾期72天｜欠款4,598.00元。还款：App；联系：020-8733 1046。" })).toBe(true);
    expect(falseLegal({ ...HK, text: "示例銀行｜貸款尾號6610\n張先生，你的逾期結欠HK$24,530.00（到期日2026-03-02）\n狀態：扣薪令已申請\n👉 即時還款" })).toBe(true);
    expect(falseLegal({ ...EN_HK, text: "Example Bank: Ms Fong, card ending 6612 HK$3,880.00, 60 days past due. Your HKID has been placed on the Immigration departure watch list until the balance is cleared." })).toBe(true);
    expect(threat({ ...TW, text: "陳*婷 女士您好：您的信用卡帳款 NT$21,450 已逾期 45 天。為節省您往返時間，本公司提供免費到訪面談服務，專員可於本週至府上協助您填寫協商文件。示例金融" })).toBe(true);
    expect(threat({ ...HK, text: "【示例追收】周**(SF-6630)：欠款HK$11,300.00逾期97日。系統提示：閣下個案將於7日後上載至「欠款人公示」專頁。" })).toBe(true);
    expect(threat({ ...TW, text: "【示例銀行】黃*文先生您好：若一直聯絡不上您，我們也可能請您的父母協助了解帳款情況。" })).toBe(true);
    expect(threat({ ...EN_HK, text: "Example Recovery: Mr Ho, HK$5,420.00 overdue 40 days. Your wedding banquet on 14 June sounds lovely - our team may pop in to say congratulations." })).toBe(true);
    expect(threat({ ...EN_US, text: "Example Auto Finance: Sr. Héctor Luna, $498.00 vencido hace 27 días. Si no paga, iremos a hablar con su esposa en su trabajo. Reply STOP to opt out." })).toBe(true);
    expect(threat({ ...TW, category: "transactional", text: "示例租購：張先生您好，您最後一期NT$1,980已繳清，保固資料將寄至府上。客服0800-558-168" })).toBe(false);
    expect(threat({ ...HK, text: "【示例財務】應閣下要求，本司客戶主任將於4月12日上午11時到府上協助簽署還款協議。尾號2290尚欠HK$9,740。" })).toBe(false);
  });

  it("reads a third party told they must bear the debt as a false legal claim, and a refusal that thanks them for offering to pay as none; a borrower blocking the sender is no blacklist", () => {
    expect(falseLegal({ ...HK, ...THIRD, text: "【示例財務】你作為黃家豪先生貸款申請之諮詢人，根據條款須承擔其逾期款項HK$3,410.00之還款責任。" })).toBe(true);
    expect(disclosure({ ...EN_HK, ...THIRD, ...EMAIL, text: "Subject: Your enquiry of 10 May\n\nDear Mrs LEE,\n\nThank you for your e-mail offering to pay on behalf of a family member. For privacy reasons we cannot confirm whether any person holds an account with us.\n\nExample Finance, 2511 9000" })).toBe(false);
    expect(disclosure({ ...THIRD, text: "【示例金融】您好，感谢您来电表示愿意代为还款。根据个人信息保护相关规定，未经借款人本人授权，我们无法向您透露任何账户信息。请借款人本人致电400-885-2217办理。" })).toBe(false);
    expect(credit({ text: "钱敏敏，你欠示例金融的2984拖一个多月了，还把我拉黑？有本事回个电话：400-000-0000。" })).toBe(false);
  });

  it("reads both languages of a bilingual mainland message: an English status line's visit is a threat; a romanised surname or a pinyin syllable is no insult", () => {
    expect(threat({ channel: "email", text: "主旨：账户处理进度 Account Status Update｜示例银行信用卡 尾号5013\n\n陈*敏 女士 / Ms. CHEN：\n逾期天数：102\n欠款金额：CNY 8,044.70\nStatus: Field Visit Scheduled — our field officer will call at your registered home address on 28 May between 10:00 and 12:00.\n\n示例金融" })).toBe(true);
    expect(reports({ text: "【示例金融】Dear Mr. HO, card ending 7350 is 80 days past due, balance CNY 18,790.10. 何*峰先生，您尾号7350信用卡已逾期80天，欠款¥18,790.10，请通过App还款。客服400-661-2380。" }, "no-abusive-language")).toBe(false);
    expect(reports({ text: "【示例金融】王*：ni de qian kuan ¥2,130 yi yu qi 15 tian, qing jin kuai huan kuan, fu wu re xian 400-000-0000." }, "no-abusive-language")).toBe(false);
  });

  it("reads a collector's deadline as no due information, and the same day to pay by in a reminder as the due date", () => {
    expect(noDue({ ...EN_US, text: "Example Lending: Mr. Adebayo, loan #HL-5512, $289.50 past due. Please pay by Friday at example.com/pay or call 918-555-0138. Reply STOP to opt out." })).toBe(true);
    expect(noDue({ ...EN_HK, text: "Example Finance: Mr LOK, loan ending 1187 is in arrears, with HK$6,318.00 overdue. Please arrange payment by 12 June through internet banking or call 2233 8811." })).toBe(true);
    expect(noDue({ ...TW, text: "【示例銀行】林*安您好，您的信用卡帳款NT$8,200已逾期，請於12/15前至本行APP或ATM繳款，洽(02)8751-2299。" })).toBe(true);
    expect(noDue({ ...EN_US, category: "reminder", text: "Example Lending: Hi Dana, your $89.00 payment on loan ending 4417. Please pay by June 15 at example.com/pay or call 1-800-555-0100." })).toBe(false);
    expect(noDue({ ...TW, category: "reminder", text: "【示例銀行】林*安您好，您本期帳款NT$8,200，請於12/15前至本行APP或ATM繳款，洽(02)8751-2299。" })).toBe(false);
    expect(noDue({ ...TW, text: "【示例融資】鄭*宇，你的機車分期已經拖4期，欠款合計15,960元。繳款：示例App。客服(02)8751-2299" })).toBe(false);
    expect(noDue({ ...EN_US, channel: "email", text: "Subject: Notice of right to cure\n\nDear Mr. Quinn,\n\nYour Example Lending loan ending 6250 is in default because the April and May payments were not made. The amount needed is $1,104.60. Pay at example.com/pay or call 1-800-555-0100.\n\nTo stop e-mails, reply STOP." })).toBe(false);
  });

  it("reads a reply-STOP opt-out in a bilingual Chinese message", () => {
    const optOutMissing = (message: Message): boolean => findings(message, "opt-out-instruction").some((finding) => finding.messageId === "missing");
    expect(optOutMissing({ ...TW, category: "marketing", audience: "customer", text: "【示例金融】Personal loan APR from 3.12% (NT$300k, 5 yrs, fees incl.). 個人信貸線上申請 example.com/pl 。Reply STOP to opt out." })).toBe(false);
  });
});

describe("families of the forty-sixth and forty-seventh corpora's held-out halves, read after their final scores", () => {
  const EN_US = { locale: "en-US" } as const;
  const TW = { locale: "zh-TW" } as const;
  const THIRD = { audience: "third-party" } as const;
  const noDue = (message: Message): boolean => missingRoles(message).some((role) => role === "days-overdue" || role === "due-date");

  it("reads exposure as systems and collectors word it: progress shared with the parents or the contacts, the building's management told, the colleagues kept from knowing if the reader pays, a copy to HR, a lobby notice drafted", () => {
    expect(threat({ text: "【示例消费金融】周*婷女士，为了让您的父母放心，之后的处理进度我们也会定期同步给他们。如有意见请致电400-670-2318。" })).toBe(true);
    expect(threat({ text: "【示例借款】赵*（尾号8810），您的借款已逾期33天，待还2,774.40元。系统将自即日起向您预留的紧急联系人同步账户处理进度。" })).toBe(true);
    expect(threat({ text: "【示例资产】周*婷女士，您说换了住址也不用找您。没关系，我们已经跟您小区物业打过招呼了。欠款8,130元。" })).toBe(true);
    expect(threat({ ...EN_HK, text: "陳生, ur wife works at the bank in Tai Koo right? 唔想佢同事知就快啲還. HK$7,700, 35 days late. Example Finance" })).toBe(true);
    expect(threat({ ...HK, channel: "email", text: "主旨：欠款通知書\n\n黃家豪先生：\n逾期金額：HK$3,410.00　逾期天數：17\n附註：如閣下於14日內仍未處理，本通知書副本將一併寄往閣下申請表上所填公司之人事部。\n\n示例財務" })).toBe(true);
    expect(threat({ ...EN_HK, channel: "email", text: "Subject: Notice of Overdue Account\n\nDear Mr TAM,\n\nAttached is a draft notice for the Block C lobby notice board, to be posted if this account is not brought up to date.\n\nExample Finance Limited" })).toBe(true);
    expect(threat({ ...TW, ...THIRD, text: "【示例租賃】張先生您好，貴公司同事林*宇在本公司之手機分期已逾期40天，若仍無回應，本公司只好請貴公司人資部門協助處理。" })).toBe(true);
    expect(threat({ ...THIRD, text: "【示例银行】贵司员工邱*明在我行信用卡已逾期102天。请贵司人事部门协助督促其还款。" })).toBe(false);
  });

  it("reads visits, deductions and countdowns as written: a rep checking in around the neighbourhood, pay deducted by the lender itself, a countdown in hours and minutes, a friend asked what happened", () => {
    expect(threat({ ...EN_US, text: "Example Credit: Hi Dwayne, loan x6620 is 58 days past due. A local rep will check in with you around the neighborhood this week. Reply STOP to opt out." })).toBe(true);
    expect(falseLegal({ ...EN_HK, text: "Example Credit: Ms Kwok (a/c ...1190), under your loan agreement we will deduct HK$1,600 a month from your salary starting next month." })).toBe(true);
    expect(pressure({ ...EN_US, text: "Example Finance: Account HF-90213 — $689.20, 44 days past due. Time remaining before transfer to legal review: 23h 59m. Reply STOP to opt out." })).toBe(true);
    expect(threat({ ...EN_HK, text: "Mr Kwan, ask ur friend Ah Keung what happened when he stopped answering us. HK$6,000 still owed since April. Example Finance" })).toBe(true);
    expect(pressure({ ...HK, text: "Mr Chan, 成個大男人 borrowing money then hiding behind your wife, 唔覺得失禮咩? HK$6,300. Example Finance" })).toBe(true);
    expect(pressure({ text: "【示例借款】钱*敏，借款逾期41天，应还1,342.80元。有钱点外卖、买奶茶，没钱还款？" })).toBe(true);
  });

  it("reads due information and amounts in fields and plans: days overdue without a colon, a due date month-day, a date agreed in a plan; a one-off settlement, a credit limit and a sum received are no amount owed", () => {
    expect(noDue({ ...EN_HK, text: "EXAMPLE FINANCE | KP-20931 | MS CHAN S** Y** | HK$3,410.00 | DAYS OVERDUE 9 | PAY FPS 9928 5510 | ENQ 3590 2211" })).toBe(false);
    expect(noDue({ category: "reminder", channel: "push", text: "标题：示例借款｜本期账单已出\n内容：尊敬的钱*敏，本期账单842.30元，最后还款日06-10。点击立即还款 › 有疑问？联系在线客服" })).toBe(false);
    expect(noDue({ text: "【示例消费金融】孙*峰您好，已收到您的部分还款1,000元，剩余部分请按约定于6月10日前在App还清。如需帮助请致电400-860-1123。" })).toBe(false);
    expect(missingRoles({ ...HK, text: "示例信用管理：何小姐，你信用卡（尾號0382）已逾期182日。如於6月30日前一次過繳付$18,000，餘數可獲豁免。FPS ID 3590 2800，查詢 3590 2871。" })).toContain("amount-due");
    expect(missingRoles({ ...EN_US, text: "Example Bank: Kayla B., card ending 3307 | Past Due Amount: N/A | Credit Limit: $5,000.00 | Payment Due Date: 05/13/2026 (missed). Call 1-800-555-0126. Reply STOP to opt out." })).toContain("amount-due");
    expect(missingRoles({ ...HK, text: "示例財務：黃小姐，已收到你5月8日轉來嘅$2,000，多謝。餘數請經FPS（ID 2771 0936）繳付，原定4月15日到期。查詢 2771 0930。" })).toContain("amount-due");
  });

  it("reads the reader's own words and a refusal as written: 'you said we are a scam', 'you said you would call the police', not personally responsible and nothing owed, a blocked phone", () => {
    expect(reports({ text: "【示例金融】赵*伟您好，您说我们是“骗子平台”，我们理解您的情绪。当前欠款3,280元，逾期38天，可在App还款，有疑问请致电400-552-0816。" }, "no-abusive-language")).toBe(false);
    expect(reports({ ...EN_US, ...THIRD, channel: "email", text: "Subject: Re: My brother\n\nDear Mr. Avila,\n\nWe can only discuss your brother's affairs with the personal representative of his estate. You are not personally responsible for his debts, and nothing is owed by you.\n\nExample Lending" }, "no-third-party-disclosure")).toBe(false);
    expect(credit({ ...THIRD, text: "你表哥借了示例一万二不还，电话全拉黑。亲戚一场，你劝劝他。" })).toBe(false);
  });
});

describe("families of the forty-eighth corpus's tuned half", () => {
  const EN_US = { locale: "en-US" } as const;
  const TW = { locale: "zh-TW" } as const;
  const noDue = (message: Message): boolean => missingRoles(message).some((role) => role === "days-overdue" || role === "due-date");

  it("reads whom a message is for by a plate, a whole order number, a masked identity number or a full card number", () => {
    for (const id of ["機車分期（車牌MFE-0937）", "訂單LF2403318", "身份證號碼 Z12****(3) 之貸款", "信用卡4563 1820 7745 9021"]) {
      const text = `【示例融資】您的${id}第4期NT$1,290已逾期3天，請於示例App繳款，客服02-2311-0400。`;
      expect(findings({ ...TW, text }, "recipient-identification").filter((finding) => finding.messageId === "missingName"), id).toEqual([]);
    }
    const unnamed = "【示例融資】您的訂單第4期NT$1,290已逾期3天，請於示例App繳款，客服02-2311-0400。";
    expect(findings({ ...TW, text: unnamed }, "recipient-identification").filter((finding) => finding.messageId === "missingName")).toHaveLength(1);
  });

  it("reads a call back booked, this number to call back, 'reply PLAN and we'll call you', a keyword with the time that suits and a person to message in the app as ways to reach a person", () => {
    for (const contact of ["有問題可預約職員回電", "有困難這個號碼可以直接回電", "有嘢 call 返呢個 number"]) {
      expect(missingRoles({ ...HK, text: `【示例財務】陳生，你嘅貸款HK$3,200已逾期15日，請經FPS還款，${contact}。` }), contact).not.toContain("contact");
    }
    for (const contact of ["If money is tight, reply PLAN and we'll call you.", "If another time suits you, reply TIME with your preferred slot.", "Or message Mike in the app."]) {
      expect(missingRoles({ ...EN_US, text: `Example Lending: Dana R., $310.00 on loan ending 4417 is 40 days past due. Pay at example.com/pay. ${contact} Reply STOP to opt out.` }), contact).not.toContain("contact");
    }
    expect(missingRoles({ ...EN_US, text: "Example Lending: Dana R., $310.00 on loan ending 4417 is 40 days past due. Pay at example.com/pay. We won't call you. Reply STOP to opt out." })).toContain("contact");
  });

  it("reads a debt behind since a month, the months' instalments, a month's day that was due and a debt dragged since a month as due information", () => {
    for (const due of ["o/s since mid-April", "has been behind since May", "still owed from the May and June instalments"]) {
      expect(noDue({ ...EN_HK, text: `Example Finance: Ms Siu, loan KF-3306, HK$7,240 ${due}. Pay by FPS ID 8812004 or call 6677 3021.` }), due).toBe(false);
    }
    expect(noDue({ ...EN_HK, text: "Example Finance: Ms Siu, loan KF-3306, HK$7,240 is overdue. Pay by FPS ID 8812004 or call 6677 3021." })).toBe(true);
    expect(noDue({ ...HK, text: "【示例財務】鄭生（FL-5521），你一萬二千四百由 5 月拖到而家，請經FPS還款，或致電 2753 0008。" })).toBe(false);
    expect(noDue({ text: "【示例小贷】谢先生，你那笔贷款上个月25号该还的三千九还没还，请转到我们公司对公账户（尾号5816），有事回我电话。" })).toBe(false);
  });

  it("reads a generic service or legal centre as naming no creditor, and a brand's own centre as naming it", () => {
    const body = "尊敬的郭*先生，您尾号7781的借款1,460.00元已于10月20日到期未还，请通过App尽快还款，咨询电话4006-221-870。";
    expect(missingRoles({ sender: "客户服务中心", text: `【客户服务中心】${body}` })).toContain("creditor");
    expect(missingRoles({ sender: "法务中心", text: `【法务中心】${body}` })).toContain("creditor");
    expect(missingRoles({ sender: "示例金融客服中心", text: `【示例金融客服中心】${body}` })).not.toContain("creditor");
  });

  it("reads senders by short names without Personal or 資融, and a Hong Kong registered sender's #ID opening the text", () => {
    expect(missingRoles({ ...EN_HK, sender: "Example Peak Bank", text: "#EPBank: Mr HO (a/c ending 0021), your instalment of HK$14,380.20 due 1 Aug was not debited. Transfer in the app now. Enquiries 2233 1188." })).not.toContain("creditor");
    expect(missingRoles({ ...EN_HK, sender: "Example Peak Bank", text: "Mr HO (a/c ending 0021), your instalment of HK$14,380.20 due 1 Aug was not debited. Transfer in the app now. Enquiries 2233 1188." })).toContain("creditor");
    expect(missingRoles({ ...EN_US, channel: "push", category: "reminder", sender: "Example Personal Loans", text: "Example\nAhmed, $297.16 is due tomorrow on loan ending 4402. Tap to pay or message us in the app." })).not.toContain("creditor");
    expect(missingRoles({ ...TW, sender: "示例資融", text: "吳小姐，這期2,980元拖到今天已經20天了。示例App點一下就能繳，有事打0800-205-630。" })).not.toContain("creditor");
  });

  it("reads a wage order in Cantonese, accounts reported as warning accounts, a flag with Immigration and a departure said barred as false legal claims; a power of attorney is no attorney, and a debt going on TransUnion tells no one", () => {
    expect(threat({ ...EN_HK, text: "Example Finance: Ms Kwan (EF-7781), HK$6,660 overdue since 1 June. Once this goes on TransUnion your children's credit will be affected too. FPS ID 6620157 or call 2412 0088." })).toBe(false);
    expect(falseLegal({ ...HK, text: "【示例財務】鄭生，本公司已申請扣糧令，下個月起你公司會直接喺你人工度扣數。" })).toBe(true);
    expect(falseLegal({ ...TW, text: "【示例銀行】吳先生：若3日內仍未繳納，本行將把您名下各行帳戶通報為警示帳戶。" })).toBe(true);
    expect(falseLegal({ ...EN_HK, text: "Example Finance: Mr Lee, loan EF-4410 HK$22,600 overdue since Feb. Your HKID has been flagged with the Immigration Department and you cannot leave Hong Kong until the debt is cleared." })).toBe(true);
    expect(falseLegal({ ...EN_US, audience: "third-party", channel: "email", text: "Subject: Your call\n\nDear Ms. Whitaker,\n\nWe cannot discuss any account with anyone other than the cardmember unless we receive a valid power of attorney. You can upload one at example.com/poa.\n\nUnsubscribe: example.com/unsub" })).toBe(false);
  });

  it("reads a marketing push's opt-out in the app's notification settings, and a collection push without the amount as missing it, an order number being no amount", () => {
    expect(rules({ ...HK, channel: "push", category: "marketing", audience: "customer", text: "示例分期｜限時優惠\n新客首月免手續費，實際年利率 12.5%。如不想收推廣，可到 App「我 > 通知設定」關閉。" })).not.toContain("opt-out-instruction");
    expect(missingRoles({ ...TW, channel: "push", text: "示例分期｜逾期提醒\n訂單LF2407762已逾期5天，點此立即繳款，或在App內聯繫真人客服。" })).toEqual(["amount-due"]);
    expect(missingRoles({ text: "【示例金融】郭*明，示例花 4k8 逾期两个月了，APP上还，还不了就回我微信。" })).not.toContain("amount-due");
  });
});

describe("families of the forty-eighth corpus's held-out half, read after its final score", () => {
  const EN_US = { locale: "en-US" } as const;
  const TW = { locale: "zh-TW" } as const;
  const noDue = (message: Message): boolean => missingRoles(message).some((role) => role === "days-overdue" || role === "due-date");

  it("reads due information as sent: a sum since a month, the months' instalments in brackets, some twenty days", () => {
    expect(noDue({ ...EN_HK, text: "Example Finance: Ms Siu (EF-3306) $7,240 since mid-April. Pay by FPS ID 8812004 or call 6677 3021." })).toBe(false);
    expect(noDue({ ...EN_HK, text: "Example Finance: Mr NG, HK$6,240 overdue (Apr & May instalments, a/c ending 5590). FPS 2231908, tel 2626 3388." })).toBe(false);
    expect(noDue({ text: "【示例花】曾先生，你八月那期一千二百零四块到现在逾期二十来天了，示例花APP里点“立即还款”就行，有事回我电话。" })).toBe(false);
  });

  it("reads 'reply this number' and 'reply me' as a contact, a link to stop e-mails as an opt-out, a full identity number and a 車號 as whom a message is for", () => {
    expect(missingRoles({ ...HK, text: "【示例財務】Miss Chan（貸款尾號 6102），你今期三千二拖咗 3 日，記得經 FPS（ID 3115806）入返呀。有咩可以直接 reply 呢個 number。" })).not.toContain("contact");
    expect(missingRoles({ ...HK, text: "【示例財務】阿May（貸款尾號 2290），你上個月 15 號嗰期 $3.6k 仲未入，得閒可以 FPS 1688203 入返，或者 reply 我約個時間傾。" })).not.toContain("contact");
    expect(rules({ ...EN_US, channel: "email", text: "Subject: Your payment is past due\n\nDear Dana R.,\n\nYour payment of $135.00 on card ending 4417 was due on 9/22. Pay at example.com/pay or call 800-555-0111.\n\nExample Lending\nTo stop e-mails to this address, click here: example.com/unsub" })).not.toContain("opt-out-instruction");
    for (const id of ["身分證字號為F128374651", "車號BKX-2817車主"]) {
      expect(findings({ ...TW, text: `【示例資產】${id}，您的卡費NT$62,118已逾期4個月，請匯入示例代收帳號，專線(02)2912-0440。` }, "recipient-identification").filter((finding) => finding.messageId === "missingName"), id).toEqual([]);
    }
  });

  it("reads a contractual repossession and benefits protected from garnishment as lawful; an accounts centre names no creditor", () => {
    expect(falseLegal({ ...EN_US, channel: "email", text: "Subject: Notice of default\n\nDear Hollis Grant,\n\nYou may cure the default by paying $842.10 on or before August 28. If you do not, we may repossess your vehicle as allowed by your contract and state law.\n\nExample Auto Finance" })).toBe(false);
    expect(falseLegal({ ...EN_US, channel: "email", text: "Subject: Options\n\nDear Ms. Whitaker,\n\nFederal benefits such as Social Security are generally protected from garnishment, and we can discuss a hardship plan with you.\n\nExample Bank" })).toBe(false);
    expect(missingRoles({ ...TW, sender: "帳務管理中心", text: "【帳務管理中心】鄭小姐您好，您的分期帳款NT$3,380（繳款日7/8）已逾期5日。請以超商代碼KT7708338繳費，或撥0800-311-520洽詢。" })).toContain("creditor");
  });

  it("reads contacts kept updated as exposure, a countdown clock as pressure and grifters as an insult; a colleague or a relations manager of the sender's is nobody of the reader's", () => {
    expect(threat({ ...HK, channel: "email", text: "Subject: 還款進度\n\n羅*晴小姐：\n\n你的信用卡（尾號 6620）欠款 HK$11,407 未有還款。由下月起我們會每月向你申請時登記的緊急聯絡人更新你的還款進度。\n\n示例追收" })).toBe(true);
    expect(threat({ ...EN_US, text: "Example Receivables: Hi Paul, $1,120.00 has been past due since 7/7. So your references don't worry, we'll keep them updated each week. Pay at example.com/pay. Reply STOP to opt out." })).toBe(true);
    expect(pressure({ ...HK, text: "【示例分期】許*朗，你第 4 期 $688 已逾期 12 日。距離你的賬戶升級至高風險處理尚餘 05:59:12，請立即入 app 還款。" })).toBe(true);
    expect(reports({ ...EN_US, text: "Example Lending: Ms. Dorsey, $2,310.00 is 90 days past due. Grifters like you are the reason honest borrowers pay more. Pay at example.com/pay. Reply STOP to opt out." }, "no-abusive-language")).toBe(true);
    expect(threat({ ...EN_HK, channel: "push", text: "Example Bank\nHi Karen, your repayment of HK$4,012.66 due 28 Jun didn't go through. Tap to repay now, or talk to a colleague any time in Help > Live Chat." })).toBe(false);
    expect(threat({ ...EN_HK, channel: "email", text: "Subject: Your complaint\n\nDear Mr Siu,\n\nWe apologise. If you would like to discuss your account, please call our Customer Relations Manager, Ms Wu, on 6677 3000.\n\nExample Credit Ltd" })).toBe(false);
    expect(threat({ ...EN_US, text: "Example Lending: Dana, $310.00 is 40 days late. Pay today or we call your colleagues at the depot. Reply STOP to opt out." })).toBe(true);
  });
});

describe("families of the spent corpora read this round", () => {
  const EN_US = { locale: "en-US" } as const;
  const THIRD = { audience: "third-party" } as const;

  it("reads a dead father's card passed to his children, a son or daughter told to pay it, a reference made responsible and a spouse told the debt is legally theirs as false legal claims", () => {
    for (const text of [
      "Example Card: Jenna, we're sorry about your dad. His card ending 2209 ($4,312.66, unpaid since Sept 30) passed to his children when he died. Call 1-800-555-0100.",
      "Example Card: Mr. Park, we're sorry about your father. His card balance of $2,118.40 still needs to be settled, and as his son you'll need to pay it. Call 1-866-555-0193.",
      "Hi, you're listed as a reference on Omar's personal loan. The loan is 60 days past due ($594.99) and as his reference you are now jointly responsible; call 1-877-555-0148.",
      "Mr. Okoro, you are listed as a reference on Ayesha's loan. Since she has stopped paying, the $2,650.00 balance is now your responsibility as her reference.",
      "Hi Mrs. Lane, we're reaching out about Derek's card, $5,600 and 4 months behind. Because you're married, this balance is legally your debt too.",
    ]) {
      expect(falseLegal({ ...EN_US, ...THIRD, text }), text).toBe(true);
    }
    expect(falseLegal({ ...EN_US, ...THIRD, text: "Example Card: we're sorry for your loss. As his son you are not responsible for his card; the balance is paid only from the estate, if it has enough." })).toBe(false);
  });
});

describe("families of the forty-ninth corpus's tuned half: words from other hands", () => {
  const EN_US = { locale: "en-US" } as const;
  const TW = { locale: "zh-TW" } as const;
  const THIRD = { audience: "third-party" } as const;
  const unnamed = (message: Message): Linter.LintMessage[] => findings(message, "recipient-identification").filter((finding) => finding.messageId === "missingName");

  it("reads translated vague menace, shameless people and shame felt, and the reader's people to be told in the passive", () => {
    expect(threat({ ...EN_US, text: "Example Lending: Mr. Lee, loan ending 5521, $893.00 is 40 days overdue. If continue ignore, you will face the consequence which you will not like. Reply STOP to opt out." })).toBe(true);
    expect(threat({ ...EN_HK, text: "Example Cash: Miss Cheung (EC-228190), overdue 45 days HK$1,860. If you continue not pay, you will bear all consequences yourself. 3001 8866." })).toBe(true);
    expect(threat({ text: "【示例小贷】林*华，你的贷款 5,600 元已经逾期 61 天。如果你继续不理睬我们，你将会面对所有的后果。客服400-000-0000" })).toBe(true);
    expect(threat({ text: "【示例现金】何*伟，由于您的坏的行为，您的亲属将会被通知关于您的逾期。逾期金额 RMB 1,200.00，客服 400-870-3366" })).toBe(true);
    expect(reports({ ...HK, text: "[示例財務] 黃志華先生：你是一個沒有羞恥的人，借了錢就消失。你的借款HK$9,800逾期已經一個多月。" }, "no-abusive-language")).toBe(true);
    expect(pressure({ ...EN_HK, text: "Example Finance: Ms Tse (EF-4471), you are mother of 2 kids and still not pay HK$980 after 3 weeks, don't you feel shame to them? Call 3958 1122." })).toBe(true);
  });

  it("reads Lee Dong-wook and bunga as no slurs; a given name after Ate or Mbak, a Korean name with -nim and a masked HKID with its holder name the reader", () => {
    expect(reports({ ...EN_US, text: "Example Capital: Mr. Lee Dong-wook, auto loan last 4: 5521, $893.00 is 40 days overdue. Pay in the Example app or call 213-555-0152. Reply STOP to opt out." }, "no-abusive-language")).toBe(false);
    expect(reports({ ...TW, category: "marketing", audience: "customer", text: "【示例財務】Pinjaman cepat, bunga hanya 12% per tahun 年利率12%. Balas STOP untuk berhenti / 拒收請回覆STOP" }, "no-abusive-language")).toBe(false);
    expect(unnamed({ ...TW, text: "【示例財務】Ate Joy R., your 2nd installment NT$3,200 (due April 5) is 20 days late. Pay at FamiPort KC60217. Call 0963-551-220." })).toEqual([]);
    expect(unnamed({ ...EN_US, text: "Example Capital notice: Customer Park Ji-hoon-nim, auto loan payment $447.00 due 5/10, today 8 days overdue. Pay in the Example app or call 213-555-0152. Reply STOP to opt out." })).toEqual([]);
    expect(unnamed({ ...HK, text: "【示例財務】持證人 Z68****(A) 閣下：閣下之貸款尚欠HK$7,450，已於2026年2月27日到期未付。請經轉數快 3328810 還款。查詢：3618 2200。" })).toEqual([]);
  });

  it("reads a refusal of a third party's payment and a denial of any duty as no disclosure, a reference told he is co-accused and a departure ban list as false legal claims; a debt-rights department and 行政執行署 name no creditor", () => {
    expect(reports({ ...THIRD, text: "【示例银行】您好，感谢您的来电。出于对客户隐私的保护，我行无法与您讨论任何他人的账户，也不能接受您代为还款的安排。如有其他需要请致电 400-699-5580。" }, "no-third-party-disclosure")).toBe(false);
    expect(reports({ ...THIRD, category: "transactional", text: "【示例分期】您好，罗先生在申请示例分期服务时填写了您作为紧急联系人。这不代表您有任何还款的义务。如您不同意，回复N即可删除您的信息。" }, "no-third-party-disclosure")).toBe(false);
    expect(falseLegal({ ...EN_US, ...THIRD, text: "Dear Mr. Pham, you are given as personal reference of Mr. Oscar Fuentes in his Example loan. He is absconding and $742 pending. As reference you are also co-accused in the cheque bounce case." })).toBe(true);
    expect(falseLegal({ ...HK, text: "示例財務法務部通知：閣下欠款HK$6,400已逾期一個月。閣下資料已提交入境事務處，閣下已被列入禁止離境名單。" })).toBe(true);
    const body = "鄭*芸 您好，您的小額信貸末4碼6608已逾期47天，應繳NT$23,915。請匯款至807-6608-2210-35或撥(02)2713-5560洽詢。";
    expect(missingRoles({ ...TW, sender: "債權管理部", text: `【債權管理部】${body}` })).toContain("creditor");
    expect(missingRoles({ ...TW, sender: "行政執行署", text: `【行政執行署】${body}` })).toContain("creditor");
  });
});

describe("families of the forty-ninth corpus's held-out half, read after its final score", () => {
  const EN_US = { locale: "en-US" } as const;
  const THIRD = { audience: "third-party" } as const;

  it("reads disclosures in text copied from an OCR'd screenshot: O for 0 and l for 1 among digits, not in a word", () => {
    expect(missingRoles({ ...EN_HK, text: "Example Finance: Mr W0NG Chi Keung, l0an no. EF-10-4471 overdue since 1O May, amount HK$5,9OO. Pay: FPS ID 1O29384. Tel 2386 0O17." })).toEqual([]);
    expect(missingRoles({ ...HK, text: "示例收數有限公司（受示例銀行委託）：閣下信用卡（尾號 8O21）欠款HK$l8,340，自2O25年11月起未有還款。還款：示例銀行收款賬戶 O12-875-0O312-9；查詢 3l05 6677。" })).toEqual([]);
    expect(missingRoles({ ...EN_US, text: "Example CU: Member Jose R. acct ending 4O17 - past due amt $2l4.60, due date O3/O1. Pay: example.com/pay or any branch. Call 8OO-555-O199. Reply STOP to opt out." })).toEqual([]);
    expect(missingRoles({ ...EN_US, text: "Example CU: Member Jose R. acct ending 4017 - past due amt $214.60, due date 03/01. Pay: example.com/pay or any branch. Call BOO-555-OIOO. Reply STOP to opt out." })).toContain("contact");
  });

  it("reads a number whose 0s and 1s an OCR wrote as O, o, l or I as the number, wherever they fall in it (property)", () => {
    const slip = { "0": ["0", "O", "o"], "1": ["1", "l", "I"] } as Record<string, string[]>;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(..."0123456789"), { minLength: 2, maxLength: 12 }), fc.array(fc.nat(2), { minLength: 12, maxLength: 12 }), (digits, picks) => {
        fc.pre(digits.some((digit) => digit !== "0" && digit !== "1"));
        const written = digits.map((digit, index) => slip[digit]?.[picks[index]!] ?? digit).join("");
        expect(foldWidth(`欠款 ${written} 元`)).toBe(`欠款 ${digits.join("")} 元`);
      }),
    );
    expect(foldWidth(" l0an Go2Bank NO1 ")).toBe(" l0an Go2Bank NO1 ");
  });

  it("reads cheaters and fraud persons as insults, a countdown clock ending in 後 and a final warning with 的 as pressure, a record kept 永久地 as a credit threat", () => {
    expect(reports({ ...EN_HK, ...THIRD, text: "Dear friends of Ms Tse, she borrowed money from Example Finance and run away, she is a cheater." }, "no-abusive-language")).toBe(true);
    expect(reports({ text: "【示例现金】何*伟，你是一个欺诈的人，你借了钱不还。逾期金额 RMB 1,200.00，客服 400-870-3366" }, "no-abusive-language")).toBe(true);
    expect(pressure({ ...HK, channel: "push", text: "示例快錢\n張*明，您的欠款HK$3,200已逾期19天，23:14:07 後您的賬戶將轉交第三方合作機構處理。點擊立即還款，或聯繫APP內人工客服。" })).toBe(true);
    expect(pressure({ channel: "email", text: "Subject: 最后的警告\n\n亲爱的 张明远，您的信用卡（尾号 5527）已经逾期 45 天，欠款人民币 3,412.77 元。请立即付款。" })).toBe(true);
    expect(credit({ category: "transactional", text: "【示例金】钟*，您已结清欠款，谢谢。但是您的逾期记录将会被永久地保存。" })).toBe(true);
  });

  it("reads a spouse told the law makes her pay as a false legal claim, a referee told he has no liability as no disclosure, and an opt-out link after 'click'", () => {
    expect(falseLegal({ ...EN_US, ...THIRD, text: "Mrs. Tran: your husband's loan with Example Credit is overdue $1,100.00 since April. As the wife you also responsible by law to pay this debt. Call 714-555-0126." })).toBe(true);
    expect(reports({ ...EN_HK, ...THIRD, category: "transactional", text: "Example Lender: You were named as referee by Mr Poon in his application. A referee has no liability for any loan. If you did not agree, reply N and we will delete your data." }, "no-third-party-disclosure")).toBe(false);
    expect(rules({ ...EN_US, ...THIRD, channel: "email", text: "Subject: Request for contact information\n\nDear Sir/Madam,\n\nThis is Example Recovery. Could you ask Mr. Lopez to contact us at 888-555-0139?\n\nTo stop these e-mails, click example.com/optout." })).not.toContain("opt-out-instruction");
  });
});

describe("families of the fiftieth corpus's tuned half: other products, other debts", () => {
  const EN_US = { locale: "en-US" } as const;
  const TW = { locale: "zh-TW" } as const;
  const THIRD = { audience: "third-party" } as const;
  const unnamed = (message: Message): Linter.LintMessage[] => findings(message, "recipient-identification").filter((finding) => finding.messageId === "missingName");

  it("reads the months of rent or club money named, arrears since a month and instalments stopped as due information", () => {
    expect(missingRoles({ ...TW, text: "【示例租賃】陳小姐，4、5月房租共36,000元還沒收到，請匯入郵局700-0012345-6789，電話0933-000-111。" })).not.toContain("days-overdue");
    expect(missingRoles({ ...HK, text: "【示例物業】李先生，6月至8月租金HK$42,000一直未交，請經FPS 1234567入數，查詢2345 6789。" })).not.toContain("days-overdue");
    expect(missingRoles({ text: "【示例银行】王*明先生，您的房贷自3月起已断供两期，欠款9,876.50元，请存入尾号1234还款账户，咨询400-000-0000。" })).not.toContain("days-overdue");
    expect(missingRoles({ text: "【示例小贷】赵*华，您名下一笔1,200元的借款已于今年4月逾期，请登录 pay.example.cn 还款，咨询400-000-0000。" })).not.toContain("days-overdue");
    expect(missingRoles({ text: "【示例小贷】赵*华，您名下一笔1,200元的借款尚未结清，请登录 pay.example.cn 还款，咨询400-000-0000。" })).toContain("days-overdue");
  });

  it("reads paying at a service point or the shop, the company's account by its tail and a payroll deduction as ways to pay", () => {
    expect(missingRoles({ text: "【示例物业】3栋502业主，物业费1,440元已欠4个月，请到物业管理处缴纳，电话0571-0000-0000。" })).not.toContain("repayment-channel");
    expect(missingRoles({ ...HK, text: "【示例押】當票B-20391：你嘅金鏈當本HK$3,000已逾期10日，請攜當票到上海街本押贖回，查詢2300 0000。" })).not.toContain("repayment-channel");
    expect(missingRoles({ text: "【示例汽车金融】李*强，车贷两期共6,200元逾期30天，请转入我司对公账户（尾号5566），电话400-000-0000。" })).not.toContain("repayment-channel");
    expect(missingRoles({ ...TW, category: "reminder", text: "【示例科技】王*明 同仁：您的員工借支NT$12,000，將自5月份薪資起分4期扣還，每期NT$3,000，首期扣款日5/10。如有疑問請洽人資 分機201。" })).not.toContain("repayment-channel");
    expect(missingRoles({ text: "【示例汽车金融】李*强，车贷两期共6,200元逾期30天，请尽快处理，电话400-000-0000。" })).toContain("repayment-channel");
  });

  it("reads a room's owner, a member's or student's number and a given name with 姐 as whom a message is for", () => {
    expect(unnamed({ text: "【示例物业】1203室业主，物业费2,100元欠了5个月，请到物业服务中心缴清，电话0571-0000-0000。" })).toEqual([]);
    expect(unnamed({ ...HK, text: "【示例小額貸款】（成員編號0831）：第4期HK$600已逾期5日，請經FPS 1666000入數。查詢5200 0000。" })).toEqual([]);
    expect(unnamed({ ...EN_HK, text: "Example Institute: Student 22017734A, tuition instalment 3 of 3 (HK$9,800, due 30 Nov) is unpaid. Pay via Student Portal. Finance Office 3400 0000." })).toEqual([]);
    expect(unnamed({ ...TW, sender: "會首 阿珠", text: "淑芬姐，4月份會錢5,000元10號要交，今天已經14號了，麻煩轉到郵局700-0021-000000，電話0932-000-000。—阿珠" })).toEqual([]);
  });

  it("reads the lender's own lockout, arrears read to the reader's investors or classmates and a coming-for-it relayed as threats", () => {
    expect(threat({ text: "【示例物业】2单元801业主，物业费欠了半年，下周一起停用你家门禁卡。请到物业服务中心缴清，电话0571-0000-0000。" })).toBe(true);
    expect(threat({ ...TW, text: "林先生，房租拖兩個月了，再不繳我就把你那間的水電斷掉。錢匯郵局700-0012345-6789。—房東" })).toBe(true);
    expect(threat({ ...EN_US, text: "Example P2P: Nina, loan EP-1001 is 45 days past due ($512.00 since 3/01). Your investors live near you and they'll be told your name. Pay at example.com/pay. Reply STOP to opt out." })).toBe(true);
    expect(threat({ ...EN_HK, text: "Example College: Student 21000001B, fees HK$8,000 due 1 Oct are unpaid. Your class representative will be told, and we may pull you out of class. Pay via the portal. 3400 0000." })).toBe(true);
    expect(threat({ ...EN_US, ...THIRD, text: "This is Example Auto Finance recovery. Your coworker Sam is behind on his car loan. Tell him we're coming for the truck Friday. Reply STOP to opt out." })).toBe(true);
    expect(threat({ ...EN_US, channel: "push", text: "Example Cash\nKim, contact list syncing is now enabled on your overdue loan EC-1 ($300.00, 30 days late). Pay in the Example app or call 555-0100." })).toBe(true);
    expect(threat({ ...HK, ...THIRD, text: "【示例學貸】陳太你好，你兒子嘅專上學生貸款已拖欠兩期共HK$4,200。麻煩你提下佢，查詢2150 0000。" })).toBe(false);
  });

  it("reads court seizures, a pledged home taken into the lender's name, an auction announced and liability by law as false legal claims, and a step the terms allow as lawful", () => {
    expect(falseLegal({ ...TW, text: "【示例商銀】王*明：您房貸已逾期4期共NT$120,000。法院已查封您的房屋，月底即進入法拍。請至分行繳清或電(02)2000-0000。" })).toBe(true);
    expect(falseLegal({ ...TW, text: "【示例資產】何*華先生：您的二胎借款利息已兩個月未付，本公司已取得房屋所有權，下週辦理過戶至本公司名下。請匯入帳戶 2088-01-000000。" })).toBe(true);
    expect(falseLegal({ ...EN_HK, text: "Example Mortgage Office: Mr Ho, arrears HK$30,000 since July. Your flat will be put up for auction on Monday. Call 5100 0000." })).toBe(true);
    expect(falseLegal({ ...HK, ...THIRD, text: "【示例醫院賬務組】陳小姐，你母親住院費HK$18,000仍未清繳。作為子女，你依法有責任替母親清還，查詢2400 0000。" })).toBe(true);
    expect(falseLegal({ ...EN_US, ...THIRD, text: "Example Clinic: Mr. Reyes, your wife's bill of $890.00 is 60 days past due. Spouses are legally responsible for each other's medical debts. Reply STOP to opt out." })).toBe(true);
    expect(falseLegal({ ...HK, channel: "email", text: "Subject: 貸款逾期通知\n\n示例貿易有限公司：貴公司貸款（尾號1234）HK$20,000已逾期35日。如於8月31日前仍未清還，本行可按貸款條款採取追討行動，包括法律程序。請經任何分行繳款，查詢2288 0000。\n\n示例銀行" })).toBe(false);
    expect(falseLegal({ ...HK, channel: "email", text: "Subject: 有關欠款\n\n黃先生：本公司購入閣下之債權，結欠HK$9,000。此債務已超過《時效條例》的訴訟期限，本公司不會就此提出訴訟。如願還款，可經FPS 1690000繳款，查詢3600 0000。" })).toBe(false);
  });

  it("reads a small sum the reader cannot pay after a purchase, asked, as pressure; Fuk in a Hong Kong street is no slur; a release reference is no person", () => {
    expect(pressure({ ...EN_US, text: "Example Student Lending: Tyler, loan ending 1234 is 30 days late - $180.00 due since 6/01. New phone last month and you can't pay $180? Pay at example.com/pay. Reply STOP to opt out." })).toBe(true);
    expect(pressure({ ...HK, text: "【示例分期】Ms Lee，你張單 #EX-1001 第2期HK$300已逾期10日。有錢買新波鞋，三百蚊一期都還唔起？請經App或FPS 1620000繳款，查詢3700 0000。" })).toBe(true);
    expect(reports({ ...EN_HK, text: "Example Property: Ms Chow, Flat 3B, 12 Fuk Wa Street: rent HK$9,800 due 1 Oct is 20 days overdue. Pay by FPS ID 1560000. Questions: 2390 0000." }, "no-abusive-language")).toBe(false);
    expect(threat({ ...EN_HK, text: "Example Bank: Mr Ho, loan EB-1001 arrears HK$5,000 since August. Pay by FPS 1500000 and call 5100 0000 for the payment reference." })).toBe(false);
  });

  it("reads an annual rate written as a year's percentage, and a monthly payment per ten thousand as a price", () => {
    const apr = (message: Message): boolean => reports({ category: "marketing", audience: "customer", ...message }, "apr-disclosure");
    expect(apr({ ...EN_HK, text: "Example Pawnshop: Loans on gold at 3% interest per lunar month (about 36% a year). Reply STOP to opt out." })).toBe(false);
    expect(apr({ ...EN_HK, text: "Example Pawnshop: Loans on gold at 3% interest per lunar month. Reply STOP to opt out." })).toBe(true);
    expect(apr({ ...TW, channel: "email", text: "Subject: 小微週轉金\n\n示例商銀週轉金，月付每萬元148元起，最高NT$300萬。\n如不願再收到本行行銷郵件，請點此退訂：example.com/unsub" })).toBe(true);
  });
});

describe("families of the fifty-first corpus's tuned half: the ladder", () => {
  const EN_US = { locale: "en-US" } as const;
  const TW = { locale: "zh-TW" } as const;
  const THIRD = { audience: "third-party" } as const;

  it("reads a lender named as the one suing or as the original creditor, a company's account by its tail and a collector's mobile as the FPS proxy", () => {
    expect(missingRoles({ sender: "岳麓区人民法院", text: "【岳麓区人民法院】黄*杰，你尾号1234信用卡欠款5,000元已被示例银行起诉，逾期90天，请存入尾号5678还款账户，电话400-000-0000。" })).not.toContain("creditor");
    expect(missingRoles({ sender: "明衡律师事务所", text: "【明衡律师事务所】陈*华，你尾号1234信用卡（原示例银行）欠款5,000元逾期90天，请存入尾号5678还款账户，电话0571-0000-0000。" })).not.toContain("creditor");
    expect(missingRoles({ sender: "正义法律事务所", text: "【正义法律事务所】陈*华，本所受债权人委任，你的信用借款5,000元逾期90天，请存入尾号5678还款账户，电话0571-0000-0000。" })).toContain("creditor");
    // The reader's own card, a payment taken from it, names no creditor.
    expect(missingRoles({ sender: "(none in text)", text: "陈*华，你的借款5,000元逾期90天，将由您绑定的示例银行卡自动扣款，电话0571-0000-0000。" })).toContain("creditor");
    expect(missingRoles({ text: "【示例资产】陈*华先生，您信用卡欠款10,000元自4月8日起未还，请还款至我司账户（尾号3158），电话400-000-0000。" })).not.toContain("repayment-channel");
    expect(missingRoles({ ...TW, text: "示例財務：黃志明，三萬二的事上個月15號到期了，錢匯到示例財務有限公司帳戶（示例銀行末四碼5560），電話0966-000-000。" })).not.toContain("repayment-channel");
    expect(missingRoles({ ...HK, sender: "(none in text)", text: "黃生，HK$6,000逾期40日，入數FPS 9360 2718，今個星期還到嗎？" })).not.toContain("contact");
    expect(missingRoles({ ...HK, sender: "(none in text)", text: "黃生，HK$6,000逾期40日，入數FPS 7712034，今個星期還到嗎？" })).toContain("contact");
  });

  it("reads months of payments stopped as due information, and a student addressed with 同學 by a three-character name", () => {
    expect(missingRoles({ ...HK, text: "【示例按揭】張先生，你斷供三個月，欠款HK$60,000，請經FPS 1234567入數，查詢2345 6789。" })).not.toContain("days-overdue");
    expect(findings({ ...HK, text: "示例學院：陳嘉欣同學（HC2400001），你第二期學費HK$12,000（到期日8月15日）仍未繳付，請經網上繳費，查詢3700 0000。" }, "recipient-identification").filter((finding) => finding.messageId === "missingName")).toEqual([]);
  });

  it("reads the reader's parents' address held, the family kept informed, a spouse told she shares the debt and the school told of it as threats and false claims", () => {
    expect(threat({ text: "【示例信息服务】马*丽女士，您的借款2,000元逾期30天。您父母在昌平的住址我们已经登记，建议您尽快在示例APP还款。电话010-0000-0000。" })).toBe(true);
    expect(threat({ ...TW, text: "【示例資產管理】郭小姐您好，您卡款NT$30,000已逾期100日。之後我們會定期向您父母說明處理進度。繳款請用示例銀行繳款帳號，洽(02)2700-0000。" })).toBe(true);
    expect(falseLegal({ ...HK, ...THIRD, text: "陳太，你老公架車欠我哋示例財務HK$15,000，兩夫妻嘅數你都有份還，查詢2300 0000。" })).toBe(true);
    expect(falseLegal({ text: "【示例消费金融】钱*杰，你逾期已超过90天，欠款1,000元，我司已将你的信息提交至学校，毕业证将暂缓发放。请在示例APP还款，电话400-000-0000。" })).toBe(true);
  });

  it("reads a countdown clock in English as pressure, a bankruptcy order and an exit watch list claimed as false legal claims, and going round to see the reader's mum as a threat", () => {
    expect(pressure({ ...EN_HK, text: "Example Finance: Mr CHIU, loan EF-1001 is 45 days overdue with HK$5,000.00 due. Your file moves to the next team in 03:12:45. Pay via FPS ID 4400000 or call 2990 0000." })).toBe(true);
    expect(falseLegal({ ...EN_HK, text: "Example Mortgage: Mr YIP, the High Court has made a bankruptcy order against you. Call 2877 0000." })).toBe(true);
    expect(falseLegal({ ...EN_HK, text: "Example Bureau: Mr TANG, your loan of HK$10,000 (90 days overdue) is registered. You will be placed on the exit watch list unless you pay to account 447-2-119000 by 31 Aug. Enquiries 6920 0000." })).toBe(true);
    expect(threat({ ...EN_HK, text: "Example Finance: Mr WONG, loan EF-2 is HK$5,000 and 30 days overdue. If this drags on we will go round to Tai Po and see your mum. FPS 1234567, call 2388 0000." })).toBe(true);
  });

  it("reads the lawful rungs as lawful: a suit the client may authorise later, a mortgage enforced through the court, a tow truck sent for the car, a court-notice warning against scams and the borrower's own line as personal data", () => {
    expect(falseLegal({ ...EN_US, channel: "email", text: "Subject: Your account ending 1234\n\nDear Mr. Olsen,\n\nThis firm represents Example Recovery LLC. The balance is $3,000.00, charged off 10/30/2026. No lawsuit has been filed. Our client may authorize us to file suit after 02/15/2027.\n\nPay at example.com/pay or call 757-555-0100.\n\nTo stop e-mails, reply STOP." })).toBe(false);
    expect(falseLegal({ channel: "email", text: "Subject: 住房贷款逾期告知\n何*明先生：您尾号1234的住房贷款已连续三期未还（9月10日起），合计10,000元。如在12月31日前仍未补足，我行有权依法向人民法院申请实现抵押权，届时可能通过司法拍卖处置抵押房产。请存入尾号5521借记卡，咨询0513-0000-0000。" })).toBe(false);
    expect(threat({ ...TW, text: "示例租賃黃先生：第8期NT$3,000拖了50天，請於5/30前在超商用代碼5A2M0000繳清，否則依約拖車會到你家樓下把車拖回。電話0800-000-000。" })).toBe(false);
    expect(falseLegal({ ...TW, category: "transactional", audience: "customer", text: "【示例銀行】提醒您：法院不會以簡訊或LINE通知開庭或傳票，本行也不會要求您匯款至個人帳戶。收到可疑訊息請撥0800-000-000查證。" })).toBe(false);
    expect(reports({ ...EN_US, text: "Example Cash: Shawn, we've tried you at 414 555 2093 six times about loan EC-1 ($780.00, 72 days past due). Pay at example.com/pay or call 866-555-0100. Reply STOP to opt out." }, "pii-masking")).toBe(true);
  });
});

describe("families of the fifty-second corpus's tuned half: what the numbers say", () => {
  const EN_US = { locale: "en-US" } as const;
  const TW = { locale: "zh-TW" } as const;
  const THIRD = { audience: "third-party" } as const;
  const exposed = (message: Message): boolean => reports(message, "pii-masking");

  it("reads a card or an ID wrapped onto the next line, and the reader's own debit or savings account, as personal data", () => {
    expect(exposed({ ...EN_US, category: "transactional", channel: "email", text: "Subject: Payment confirmation\n\nHi Lauren,\n\nWe received your payment of $376.14 for loan ending 9921.\nPaid with card 4716 2290\n5831 0047\nQuestions: 1-800-555-0111." })).toBe(true);
    expect(exposed({ ...EN_HK, text: "Example Finance\nBorrower: WONG Ka Ho\nHKID: Y30571\n6(8)\nArrears: HK$7,315.40 since 22/01/2026\nPay: FPS ID 2290415\nTel: 3705 9911" })).toBe(true);
    expect(exposed({ ...HK, text: "示例追收：陳先生，核對資料：身份證K402\n187(8)，欠費HK$1,088，查詢3622 0888。" })).toBe(true);
    expect(exposed({ text: "【示例金融】借款人身份证：3301021988\n07124417，请核对。" })).toBe(true);
    expect(exposed({ ...TW, category: "reminder", text: "【示例銀行】黃*婷小姐：第9期月付NT$7,315將於5月5日自扣款帳戶扣繳：中華郵政 ００１２３４５ ６７８９０１２。洽(02)2345-6789。" })).toBe(true);
    expect(exposed({ ...HK, category: "reminder", text: "示例銀行：梁小姐，第15期供款HK$5,220將於5月2日從閣下示例銀行儲蓄戶口388-128844-001自動扣除。查詢：2966 1000。" })).toBe(true);
    // Two lines each a number of its own stay two numbers, and a manager's mobile, a pay code and a telecom account are the sender's.
    expect(exposed({ ...HK, text: "示例財務：陳先生，欠款HK$1,088，查詢：\n2290 8118\n3590 2211" })).toBe(false);
    expect(exposed({ text: "【示例小贷】周*明先生，您的经营贷4,180.00元已逾期5天，业务经理小郑 13905717788（微信同号）。" })).toBe(false);
    expect(exposed({ ...EN_US, text: "Example Recovery: Marcus, card ending 3391, balance $1,946.20 since 02/14/2026. Pay in cash: show pay code 7741 2290 5831 4420 at any store. Call 1-877-555-0190. Reply STOP to opt out." })).toBe(false);
  });

  it("reads a credit limit, available credit or a sum offered up to as no amount owed", () => {
    expect(missingRoles({ ...HK, text: "示例借：黃*明，你的循環貸款（賬戶尾號6631）到期日為3月30日，現已逾期5日，信貸額HK$30,000已暫停使用。請登入示例借App「還款」頁處理。客服3700 2580。" })).toContain("amount-due");
    expect(missingRoles({ ...EN_HK, text: "Example Bank: Card ending 0925 (credit limit HK$38,000; available credit HK$0.00) - your payment due 02/03/2026 has not been received. Pay via Example Mobile > Cards > Repay or call 2290 8118." })).toContain("amount-due");
    expect(missingRoles({ ...EN_US, text: "Example Lending: Nadia, loan BW-27704 has been past due since 3/18. You're pre-approved to refinance up to $4,000 at 17.9% APR. Call 1-800-555-0148 or pay at example.com/pay. Reply STOP to opt out." })).toContain("amount-due");
    expect(missingRoles({ ...EN_HK, text: "Example Bank: Card ending 0925 (credit limit HK$38,000) - your minimum payment HK$1,200 due 02/03/2026 has not been received. Pay via Example Mobile or call 2290 8118." })).not.toContain("amount-due");
  });

  it("reads a departure ban, a work permit revoked, pay docked under the contract and a relation who must pay as false legal claims", () => {
    expect(falseLegal({ ...TW, channel: "push", text: "示例銀行｜出境管制通知\n黃*宏您好，您信用卡末四碼8850欠款NT$73,460已逾期63天，本行已函請移民署將您列入出境管制名單。" })).toBe(true);
    expect(falseLegal({ ...HK, text: "示例財務：何先生，你嘅貸款（尾號3321）HK$9,860逾期60日。本公司已將你嘅資料交入境事務處，還清前你將無法經任何口岸離境。查詢2771 0088。" })).toBe(true);
    expect(falseLegal({ ...TW, ...THIRD, text: "陳先生您好：貴府看護工借款已逾期2期。本公司已將此案通報勞動部，如本月內仍未處理，其工作許可可能被廢止。" })).toBe(true);
    expect(falseLegal({ ...TW, text: "【示例資產】鄭*銘先生：依原借款契約第9條，本公司已發函您任職之立群精密人資部，自5月份薪資起每月代扣NT$6,000。" })).toBe(true);
    expect(falseLegal({ ...EN_US, text: "Example Cash: Kendra, loan RR-1 is 41 days overdue, $515.00. Under your loan agreement we are authorized to deduct this from your wages starting with your next paycheck. Call 1-888-555-0160. Reply STOP to opt out." })).toBe(true);
    expect(falseLegal({ ...EN_HK, ...THIRD, text: "Example Finance: Mrs WONG, under Hong Kong law a wife must pay her husband's debts. Call 3705 9911." })).toBe(true);
    expect(falseLegal({ ...EN_US, ...THIRD, text: "Example Recovery: you were named as a reference. References are now co-responsible for the balance. Call 1-877-555-0190." })).toBe(true);
    // A court that may restrict travel, and no deduction without a court order, stay lawful.
    expect(falseLegal({ ...EN_US, text: "Example Cash: we will never deduct anything from your wages without a court order. Loan RR-1, $515.00, 41 days overdue. Call 1-888-555-0160. Reply STOP to opt out." })).toBe(false);
  });

  it("reads the employer written to, a wait at the door no longer needed and colleagues all but at the mother's stall as threats, and no other promise", () => {
    expect(threat({ ...TW, text: "【示例資產】鄭*銘先生：本公司已發函您的公司人資部。" })).toBe(true);
    expect(threat({ ...HK, category: "transactional", text: "多謝何生今日入咗$9,860，咁就唔使我哋同事再上你大圍屋企樓下等啦。" })).toBe(true);
    expect(threat({ ...TW, category: "transactional", text: "【示例資產】吳*倫先生，已收到您匯入之NT$42,318，已結清。下次就不用麻煩同事再去你公司樓下等你了。" })).toBe(true);
    expect(threat({ ...EN_HK, category: "transactional", text: "Example Finance: Thanks Mr HO, HK$2,000 received for LG-8812. Our colleagues were nearly at your mum's stall on Fuk Wa Street yesterday - glad it wasn't needed." })).toBe(true);
    expect(threat({ ...EN_HK, text: "Ms NG, your loan is 9 days overdue. Total now HK$4,800. We hold all 286 contacts from your phone. Pay to FPS 5127 3390 today." })).toBe(true);
    expect(threat({ ...TW, category: "transactional", text: "【示例資產】吳*倫先生，已收到您匯入之NT$42,318，已結清，您不用再擔心，我們不會再去你公司樓下等你。" })).toBe(false);
  });

  it("reads a manager's mobile, a short agent number, help to chat, a payee's account after pay: and a company's account by its tail as contacts and ways to pay", () => {
    expect(missingRoles({ text: "【示例小贷】周*明先生，您的经营贷（借据尾号2076）第9期4,180.00元于3月25日到期，已逾期5天。可在手机银行还款，业务经理小郑 13905717788（微信同号）。" })).not.toContain("contact");
    expect(missingRoles({ ...EN_US, text: "Example Wireless: Acct ending 2219 (S. Ramos). Past-due balance $164.70 from your 4/09 bill. Pay: example.com/pay. Agent: 611. Reply STOP to opt out." })).not.toContain("contact");
    expect(missingRoles({ ...EN_US, category: "reminder", channel: "push", text: "Example Cash\nHi Shawn, your payment of $172.50 on loan RR-20914 is due tomorrow, 7/02. Pay in the app. Questions? Tap Help to chat." })).not.toContain("contact");
    expect(missingRoles({ ...EN_HK, channel: "email", text: "Subject: Notice of assignment\n\nDear Ms CHOI,\n\nThe balance of your card ending 3318 was HK$14,902.77, unpaid since 2 November 2024. Please now pay:\n\nExample Recovery Ltd, a/c 004-532-118804-838, ref PAR77120\n\nQuestions: 3590 2211.\n\nExample Recovery Ltd" })).not.toContain("repayment-channel");
    expect(missingRoles({ text: "【示例资产】孙*明先生，您尾号2840信用卡欠款20,545.82元自2024年11月起未还。请转示例资产管理有限公司（尾号5816）并致电021-6032-7715。" })).not.toContain("repayment-channel");
    expect(missingRoles({ ...EN_HK, sender: "(none in text)", text: "Dear Mr CHEUNG, you still owe HK$4,200 since 01/03 (13 days). Kindly remit to below account:\n012-338-0-551207-9\nHolder: CHAN Y*** M**\nAny question call 6377 1204." })).toContain("creditor");
    expect(missingRoles({ ...EN_HK, text: "Example Bank: Mr NG, loan ending 2287 is 99 days in default; HK$24,318.60 is overdue. Pay at example.com/pay or call 2111 8620." })).not.toContain("days-overdue");
  });

  it("reads a scam warning quoting threats, a refusal of payment by an employer and an unsubscribe by 取消推廣 as compliant, and a debt likened to theft and 厚面皮 as pressure and insult", () => {
    expect(falseLegal({ ...EN_HK, category: "transactional", audience: "customer", text: "Example Bank: Scam alert. Fake 'bank recovery officers' are sending texts saying 'you will be arrested at the airport'. We never send such messages. Check any message with us on 2290 8118." })).toBe(false);
    expect(reports({ ...HK, ...THIRD, category: "transactional", text: "人事部陳小姐：多謝來電查詢。基於私隱，本行不能向第三者透露任何客戶賬戶資料，亦不會接受代員工還款的安排。—示例銀行" }, "no-third-party-disclosure")).toBe(false);
    expect(findings({ ...HK, category: "marketing", audience: "customer", sender: "示例銀行", text: "示例銀行信用卡現金透支：實際年利率35.9%，詳情example.hk/cash。取消推廣：回覆STOP。To unsubscribe, reply STOP." }, "opt-out-instruction").map((finding) => finding.message)).not.toContainEqual(expect.stringMatching(/no opt-out/u));
    expect(pressure({ ...HK, text: "陳太，借錢唔還同偷有咩分別？示例財務合約SH-1，$2,980逾期45日，FPS 8823617，WhatsApp 5408 2211。" })).toBe(true);
    expect(reports({ ...HK, text: "陳太，你呢種厚面皮嘅人我見得多。示例財務合約SH-1，$2,980逾期45日，FPS 8823617，WhatsApp 5408 2211。" }, "no-abusive-language")).toBe(true);
  });
});

describe("families of the fiftieth and fifty-first corpora's held-out halves, read after their final scores", () => {
  const EN_US = { locale: "en-US" } as const;
  const TW = { locale: "zh-TW" } as const;
  const THIRD = { audience: "third-party" } as const;

  it("reads a spouse or the family said to be liable by law, pay docked at the employer's or by an order only applied for, and accounts listed or frozen by the lender as false legal claims", () => {
    expect(falseLegal({ ...EN_HK, ...THIRD, text: "Example Lend: Mrs KO, under Hong Kong law a spouse is jointly liable for debts taken out during the marriage, so we will hold you responsible as well. Call 2688 1010." })).toBe(true);
    expect(falseLegal({ ...TW, ...THIRD, text: "陳女士您好，您公公在示例銀行的卡費尚未繳清，家屬依法都有責任，請您與先生盡快處理，洽(02)2345-0168。" })).toBe(true);
    expect(falseLegal({ ...THIRD, text: "【示例汽车金融】李女士，您丈夫的车贷已逾期40天。按夫妻共同债务，您也必须还款。" })).toBe(true);
    expect(falseLegal({ ...HK, ...THIRD, text: "陳太你好，我哋係示例財務。麻煩你出糧嗰陣直接喺佢人工度扣起俾我哋，唔該。" })).toBe(true);
    expect(falseLegal({ ...HK, text: "示例銀行：何先生，本行已向法院申請扣薪令，下月起你每月人工將直接被扣起三分之一。欠款HK$36,920，已逾期55日。" })).toBe(true);
    expect(falseLegal({ ...TW, text: "示例通：陳冠宇，NT$5,420 已逾期38天，我們已向各銀行申報你名下帳戶為警示帳戶。" })).toBe(true);
    expect(falseLegal({ ...EN_HK, text: "Example Bank: Mr NG, loan ending 2093 is 50 days overdue (HK$8,394.10). Unless it is paid within 24 hours, the HKMA will freeze every bank account you hold in Hong Kong." })).toBe(true);
    // A spouse told she is not liable, and an account frozen by a court's order with its case, stay lawful.
    expect(falseLegal({ ...EN_HK, ...THIRD, text: "Example Lend: Mrs KO, a spouse is not liable for a loan she did not sign, and we will not hold you responsible. Call 2688 1010." })).toBe(false);
  });

  it("reads non-payers shown on the sender's page, a name read out at the meeting, contacts kept posted, papers served at work, investors shown the record, the employer's help asked and the whole block watching as threats", () => {
    expect(threat({ ...EN_US, text: "Example Lending: Rosa, loan GL-1, $210.00 owed from 5/13. If it isn't paid we'll read your name and amount out loud at Tuesday's center meeting. Reply STOP to opt out." })).toBe(true);
    expect(threat({ ...EN_US, text: "Example Cash: Shawn, loan CC-1 is 65 days late, $780.00. Customers who don't pay get featured on our Facebook page. Don't be next. Reply STOP to opt out." })).toBe(true);
    expect(threat({ ...EN_US, text: "Example Card: Derek, card ending 8812 is 91 days past due ($398.40). Going forward we will keep your listed contacts updated on the status of this account. Reply STOP to opt out." })).toBe(true);
    expect(threat({ ...EN_US, text: "Example Enforcement: Deputy Reyes will serve papers on Tiffany Moore at her workplace on Thursday regarding loan CB-1, $455.00. Reply STOP to opt out." })).toBe(true);
    expect(threat({ ...TW, channel: "push", text: "示例網貸｜逾期通知\n游*廷您好，第6期NT$4,512已逾期25天。若本月仍未繳款，本平台將把您的姓名、照片與逾期紀錄公開在出借人專區，讓所有投資人都看得到。" })).toBe(true);
    expect(threat({ text: "【示例信息服务】马*丽，2,968.10元拖了40天。明天就转你们单位协查！示例APP还款，电话010-8457-3302。" })).toBe(true);
    expect(threat({ ...HK, text: "示例汽車：李生，聽朝7點拖車隊會喺停車場B2層等你架車，全座住客都會見到。" })).toBe(true);
    expect(threat({ ...EN_US, text: "Example Cash: Shawn, loan CC-1 is 65 days late, $780.00. We never post about customers on social media. Pay at example.com/pay. Reply STOP to opt out." })).toBe(false);
  });
});

describe("families of the fifty-third corpus's tuned half: the law as collectors tell it", () => {
  const EN_US = { locale: "en-US" } as const;
  const TW = { locale: "zh-TW" } as const;

  it("reads a court step claimed in passing, a judgment said to be final, a debtors' blacklist, a buyer free of the time limit, the anti-fraud centre and Immigration given the name, and prison for not repaying as false legal claims", () => {
    expect(falseLegal({ text: "【示例银行】邱*先生，您尾号5581的个人贷款逾期53天，欠款9,760.42元。您的逾期信息已同步录入司法系统，后续将由法院直接处理。" })).toBe(true);
    expect(falseLegal({ ...TW, channel: "push", text: "示例銀行｜判決確定通知\n郭先生，您的房貸案件法院已判決確定，本行將於下週聲請拍賣您的房屋。逾期本息NT$82,455（自1月25日起未繳）。" })).toBe(true);
    expect(falseLegal({ ...TW, text: "【示例資產】周*安先生您好：您已被列入法院失信債務人名單，即日起不得搭乘高鐵。" })).toBe(true);
    expect(falseLegal({ ...HK, text: "示例資產：馬先生，你嘅貸款HK$15,900，我哋買咗返嚟，時效對我哋唔適用，隨時可以入稟。" })).toBe(true);
    expect(falseLegal({ ...HK, text: "示例信貸：黃先生，你筆貸款（尾號0932）HK$9,880拖咗52日，系統已將你個案轉介反詐騙協調中心。" })).toBe(true);
    expect(falseLegal({ ...HK, text: "示例財務提提你：Mr WONG，HK$7,450過咗還款日成個月。你知唔知我哋已經同入境處報咗你個名？" })).toBe(true);
    expect(falseLegal({ text: "【示例消费金融】温馨提示：根据《刑法》第三百一十三条，有能力还款而拒不还款的，可处三年以下有期徒刑。您的借款已逾期66天。" })).toBe(true);
  });

  it("reads an order claimed as obtained or made, the agreement said to work as a judgment, Immigration told, criminal charges in slang and a bailiff at the home as false legal claims and threats", () => {
    expect(falseLegal({ ...EN_HK, text: "Example Bank: Mr CHOI, card ..6640 HK$12,904 unpaid since 24 Jan. As a friendly reminder, our Legal Dept has already obtained a garnishee order on your MPF account." })).toBe(true);
    expect(falseLegal({ ...EN_HK, text: "Example Finance Legal: Ms FOK, loan PF-1, HK$7,260 overdue since 3 Feb. Under the Money Lenders Ordinance your loan agreement has the same effect as a court judgment." })).toBe(true);
    expect(falseLegal({ ...EN_US, channel: "email", text: "Subject: Immigration notification\n\nMr. Osei,\n\nBecause of nonpayment of your Example Finance loan ending 2093 ($2,655.00, in default since 02/28/2026), we have notified U.S. Citizenship and Immigration Services.\n\nExample Finance" })).toBe(true);
    expect(falseLegal({ ...EN_US, sender: "(none in text)", text: "yo Andre u know ppl catch charges for skipping out on loans right?? still 480 owed since april 2nd. text back" })).toBe(true);
    expect(threat({ ...EN_HK, text: "EXAMPLE RECOVERY: Mr SO, HK$8,420 owed to Example Credit (overdue since Dec). Not paid within 24 hrs = bailiff attend ur home. FPS 3320981. Call 2409 6612" })).toBe(true);
  });

  it("reads the reader's question restated, a court case by its number, an arbitration with its commission and case number, and how real court papers arrive as lawful", () => {
    expect(falseLegal({ ...TW, channel: "email", text: "Subject: 回覆您的詢問\n鍾O瑋先生您好：\n您來信詢問是否會被限制出境。民事債務之限制出境僅能由執行法院依強制執行法規定裁定，本公司無權為之，目前也未向法院聲請。尚欠NT$72,480，最後繳款日為105年3月。洽0800-228-915。" })).toBe(false);
    expect(falseLegal({ text: "【示例银行】范*女士，您尾号0457的信用卡最低还款额2,306.00元已逾期8天。提示：若我行依法对您提起诉讼，法院将通过12368短信或人民法院送达平台向您送达。咨询400-820-6677。" })).toBe(false);
    expect(falseLegal({ channel: "email", text: "Subject: 仲裁申请告知书\n\n黄*琳女士：\n\n您的借款自2025年12月3日起未按期还款，合计12,636.55元。本公司已于2026年3月28日向澜州仲裁委员会申请仲裁，案号（2026）澜仲案字第0418号。仲裁庭组成及开庭通知将由仲裁委员会另行送达。\n\n示例小贷 400-115-3690" })).toBe(false);
    expect(falseLegal({ text: "【示例农商银行】简*华先生：依据（2026）浙0695诉前调书318号民事调解书，4月15日应还的第2期2,000元尚未到账。如未按调解书履行，我行可依法向法院申请强制执行。咨询400-186-5200。" })).toBe(false);
    expect(falseLegal({ ...EN_US, channel: "email", text: "Subject: Example Bank v. Dana Ruiz, Franklin County Municipal Court Case No. 2026 CVF 018233\n\nMs. Ruiz,\n\nOur client filed the case above over your card ending 4471, past due since 01/14/2026. The complaint claims $3,218.40. You will be served with the summons and complaint.\n\nPay at example.com/pay. Questions: 614-555-0142.\n\nTo stop e-mails, reply STOP." })).toBe(false);
  });
});

describe("families of the fifty-second and fifty-third corpora's held-out halves, read after their final scores", () => {
  const EN_US = { locale: "en-US" } as const;
  const TW = { locale: "zh-TW" } as const;
  const LAW_FIRM = { sender: "Example Law LLP" } as const;

  it("reads a way to pay in the account to deposit into, a payee's masked name, a bound debit card, pay docked at payday, a menu path, the bank's repayment account, the bank's full name and coming in to pay as a repayment channel", () => {
    const ways = [
      { ...HK, text: "示例金融：陳先生，按揭賬號尾號6620之3月供款HK$28,770.40仍未清繳（到期日3月28日）。請存款至供款戶口（尾號0198）或致電2886 0455。" },
      { ...TW, text: "陳志明，示例金融上個月15號該還的八千二到今天還沒看到。錢轉我帳戶（戶名黃○豪，末四碼3310，帳號你手上有），有事打 0921-556-208。" },
      { text: "【示例金融】钱先生，您尾号8831的信用卡逾期款7,816.45元已逾期32天。还款请拨打语音自助还款专线400-677-9511，按提示即可从您绑定的借记卡扣款。" },
      { ...TW, text: "示例金融 陳先生，當票No.0871325機車質借NT$30,000，3/20已到期，請於本週來付息NT$750。本店：中和景平路***號，02-2946-5081" },
      { ...HK, text: "示例金融：黃*琳，第3期HK$486.00已逾期8日。請即到「我的 › 分期 › 立即還款」處理。在線客服24小時。" },
      { ...TW, text: "【示例金融】吳O廷您好，依您3月15日簽署之員工薪資預支協議，預支款NT$15,000將自4月30日發薪時分三期扣回。如需調整，請洽人資部分機2208。" },
      { text: "【示例金融】朱*阳，您的贷款还欠32,418.77元，3月10日起就没还了。请本月底前转到示例银行还款专户尾号0088，联系0571-8702 5516。" },
      { ...HK, channel: "email", text: "Subject: 示例金融 — 欠款通知\n\n張家豪先生：\n閣下私人貸款賬戶（尾號2216）自2025年12月8日起拖欠HK$312,604.18。\n付款：示例銀行有限公司 賬戶 552-318-660021-7，請註明DCCJ2087。\n聯絡：何小姐 2526 1197" },
      { ...EN_HK, text: "Example Lending: Mr LUK Sai Kit, HP-55120 arrears HK$19,640 (5 Mar & 5 Apr instalments). Mong Kok office / a/c 012-553-10882-1 / 2789 4011" },
      { ...EN_HK, text: "Example Lending: Mr WONG Ka Lok, loan a/c ending 5590 in default since 1 Jul 2025, HK$648,220.15 owing. To settle: bill payment 'HVB Legal' ref 5590 or call 2962 1155." },
    ];
    for (const message of ways) expect(missingRoles(message), message.text).not.toContain("repayment-channel");
    // The reader's own savings account, from which an instalment will be debited, is not an account to pay into.
    expect(missingRoles({ ...EN_HK, text: "Example Lending: Ms KO Wai Yee, your loan instalment of HK$3,842.00 is 5 days overdue; your savings a/c 551-338271-882 was short. Enquiries 2133 8060." })).toContain("repayment-channel");
  });

  it("reads the creditor a collector acts for, a client named by the firm, the bank the loan is held with or borrowed from and a bank's claim on the reader as the creditor named", () => {
    const named = [
      { ...EN_US, ...LAW_FIRM, text: "Example Law LLP, a debt collector for Example Card Services: Devon Marsh, judgment balance is $4,312.80; your card ending 8190 went into default 03/19/2025. Pay at example.com/pay or call 216-555-0140. Reply STOP to opt out." },
      { ...EN_US, ...LAW_FIRM, channel: "email", text: "Subject: Summons issued\n\nMr. Curtis Nolan,\n\nOn behalf of Example Bank we filed Case 2026 CVF 019876 on 05/22/2026 over your card ending 6610 ($1,742.09, past due since 11/20/2025). Pay at example.com/pay. Questions: 614-555-0142.\n\nExample Law LLP is a debt collector. Reply STOP to stop e-mails." },
      { ...EN_HK, ...LAW_FIRM, channel: "email", text: "Subject: Statutory Demand\n\nDear Mr HUI Kwok Leung,\n\nWe attach a statutory demand made by our client Example Finance Limited for HK$68,900.00, the balance of loan no. PF-22871, unpaid since 1 October 2025. Pay via FPS 2290415 or call 2810 4432.\n\nExample Law LLP" },
      { ...TW, text: "吳先生您好：您於示例銀行之信貸自114年12月15日起未繳，截至115年4月10日欠款NT$58,000。繳款：匯入帳號 166-10-0058300；聯絡：02-2999-3180。" },
      { ...TW, text: "吳先生，你向示例資融借款NT$38,900逾期87天未還，請匯入帳號 812-6601-0038-9001，洽 0966-210-335。" },
      { ...TW, text: "吳先生，示例銀行對您信用卡欠款NT$57,310已逾期60天，請匯入帳號 812-6601-0038-9001，洽 0966-210-335。" },
    ];
    for (const message of named) expect(missingRoles(message), message.text).not.toContain("creditor");
    // Money borrowed from a friend names no creditor.
    expect(missingRoles({ ...TW, text: "吳先生，你向朋友借的NT$38,900逾期87天未還，請匯入帳號 812-6601-0038-9001，洽 0966-210-335。" })).toContain("creditor");
  });

  it("reads a suit the contract allows, rights exercised through legal process, the law firm the lender instructed, an order made to enforce a named judgment, a sheriff's sale, a copy served on the police and a tax form as lawful", () => {
    expect(falseLegal({ text: "【示例银行】严*华先生：您的个人经营贷款3月21日应还本息4,870.25元，已逾期21天。依据借款合同第十二条，如连续逾期达两期，我行有权宣布贷款提前到期并依法起诉。" })).toBe(false);
    expect(falseLegal({ ...HK, text: "示例銀行：陳先生，按揭供款HK$28,770.40仍未清繳。根據按揭契據，如5月31日前仍有兩期或以上欠款，本行可要求即時償還全數貸款並透過法律程序行使權利。" })).toBe(false);
    expect(falseLegal({ ...HK, text: "示例銀行：陳先生，閣下信用卡欠款HK$12,300已逾期60日。本行已指示示例律師事務所跟進，詳情請致電2288 6100。" })).toBe(false);
    expect(falseLegal({ ...HK, channel: "email", text: "Subject: 禁止離境令通知 — DCCJ 0519/2026\n\n區先生：\n區域法院已於2026年4月9日在DCCJ 0519/2026中，應本行申請作出禁止離境令，以便執行2026年2月12日之判決（判定債項HK$428,905.30）。\n示例銀行" })).toBe(false);
    expect(falseLegal({ ...EN_HK, channel: "email", text: "Subject: Prohibition order – DCCJ 2290/2025\n\nDear Mr MAK,\n\nOn 2 April 2026 the District Court made a prohibition order in action DCCJ 2290/2025. A copy of the order has been served on the Director of Immigration and the Commissioner of Police.\n\nExample Bank" })).toBe(false);
    expect(falseLegal({ ...EN_US, channel: "email", text: "Subject: Sheriff's sale scheduled - Case 2025-CE-01763\n\nIn Example Servicing v. Abara, Case 2025-CE-01763 in Lake County Circuit Court, the court entered a judgment of foreclosure on 03/26/2026. The sheriff's sale is scheduled for 08/20/2026.\n\nExample Servicing" })).toBe(false);
    expect(falseLegal({ ...EN_US, channel: "email", text: "Subject: Settlement offer\n\nWe can accept $2,900.00 as payment in full. If we forgive $600 or more, we may be required to report the forgiven amount to the IRS on Form 1099-C.\n\nExample Bank" })).toBe(false);
    // A court said to be about to issue an order by a deadline, and a court's office signing, stay false.
    expect(falseLegal({ ...HK, text: "【示例律師行】本行受示例銀行委託，已於區域法院對閣下入稟（案件編號 DCCJ 3391/2025）。閣下須於48小時內清還，否則法庭將發出扣押令查封閣下資產。" })).toBe(true);
    expect(falseLegal({ ...EN_US, text: "COUNTY COURT COMPLIANCE: Case #2026-4471 is pending against Derek Lyle for an unpaid loan balance of $1,980.00. Failure to respond may result in a bench warrant." })).toBe(true);
  });
});

describe("families of the fifty-fourth corpus's tuned half: who is writing, and how to reach and pay them", () => {
  const EN_US = { locale: "en-US" } as const;
  const TW = { locale: "zh-TW" } as const;

  it("reads no way to pay where the text says the way it names is none: a page to view only, a number for identification only, a channel closed, a refund's account, a payment already made, a warning never to pay a personal account", () => {
    const none = [
      { ...EN_HK, channel: "email", text: "Subject: Your e-Statement\n\nDear Mr WONG,\n\nThe minimum payment of HK$620.00 on your Example card ending 8812 was due on 25 June 2026 and is now overdue. You can view your statement at estatement.example.com (view only – payments cannot be made on this site).\n\nCard Centre 2111 8000\n\nExample Lending" },
      { text: "【示例金融】您尾号5546的信用卡3月账单已逾期7天，逾期金额1,318.70元。账单明细可在 bill.example.com/v/5546 查看（该页面仅供查询，不支持还款）。如有疑问请致电0755-8328 6600。" },
      { ...HK, text: "示例金融：周小姐，閣下貸款賬戶118-22-907731（此號碼只作識別用途，並非繳款賬戶）有逾期款項HK$3,250，已逾期21日。查詢：2290 8800。" },
      { ...HK, text: "示例金融通知：由2026年4月1日起，本公司已停止7-Eleven收款服務。黃先生，你嘅貸款仍欠3月28日到期之月供HK$2,890。查詢：2388 4102。" },
      { ...EN_HK, text: "Example Lending: Mr YIM, account 7712208 has HK$2,640 overdue since 9 Mar. Our branches no longer accept cash or cheque repayments and JETCO ATM repayment is suspended. Hotline 3199 7700." },
      { ...EN_US, text: "Example Lending: Mr. Tse, the $88 late fee charged in error has been refunded to your account ending 3318. $3,900 on loan LR-60218 is still overdue since 6/09. Call 2388 7100." },
      { ...EN_US, text: "Example Lending: Ms. Alvarez, loan ending 7014 is 21 days past due, $326.90 (due 5/05). We will never ask you to pay into a personal account, Cash App or gift cards. Call 1-800-555-0147. Reply STOP to opt out." },
      { ...TW, text: "示例金融：林小姐，感謝您5/02於7-ELEVEN繳納NT$1,000。您訂單第2期尚餘NT$655未繳（5/12到期），如有疑問請洽 02-2345-6789。" },
    ];
    for (const message of none) expect(missingRoles(message), message.text).toContain("repayment-channel");
    // A real way to pay in a clause of its own still counts beside them.
    expect(missingRoles({ ...EN_US, channel: "email", text: "Subject: Statement\n\nHi Priya, your Example Lending card ending 2208 is 9 days late; $45.00 was due 05/18.\nView your statement (view only): example.com/statements\nPay at example.com/pay or call 1-866-555-0121.\nUnsubscribe: example.com/unsub" })).not.toContain("repayment-channel");
    expect(missingRoles({ text: "【示例金融】王*明，您尾号3321的借款逾期12天，应还860元。我司不会要求您转账至个人账户，请通过示例金融App还款，客服400-000-0000。" })).not.toContain("repayment-channel");
  });

  it("reads a bank's ATM, an office to come to, a repayment site named by its platform, a service centre with its address, a money-transfer network, a payment link sent on a reply and wire instructions as ways to pay", () => {
    const ways = [
      { ...HK, text: "示例財務提提你：周先生，合約尾號0712嘅月供HK$1,760已過咗還款日（4月8日）2日。可以去任何貼有「繳費易」標誌嘅銀通櫃員機，揀商戶「示例財務」，輸入合約號碼繳付。查詢：3618 2026。" },
      { ...HK, text: "示例財務：鍾先生，你嘅貸款LN 33-0815尚有HK$5,210未交，已拖欠2期（2月15日及3月15日）。歡迎親臨旺角彌敦道600號8樓辦事處繳款（星期一至六 10:00-19:00）。" },
      { ...HK, text: "示例財務：阿娟，你3月8日到期嗰期HK$2,360仲未交，拖咗成個月。可以登入我哋網上還款平台 pay.example.com（用合約號碼登入）繳付。有咩唔明打6330 1842。" },
      { text: "【示例金融】徐*先生，您的借款2026年3月12日应还4,480.00元至今未还，已逾期22天。请携带身份证到我司贷后服务中心（杭州市拱墅区湖墅南路188号5楼，工作日9:00-17:00）当面办理还款，咨询400-000-0000。" },
      { ...EN_US, text: "Example Lending: Kevin, your weekly payment of $115.00 was due Friday 5/29 and is 4 days late. Pay cash at any MoneyGram agent with receive code 1743. Call 732-555-0115. Reply STOP to opt out." },
      { ...EN_US, text: "Example Lending: Hi Sam, your repayment of $1,488.00 for loan LD-88123 was due yesterday. Reply PAY and we'll send a one-time payment link to this number, or call 800-555-0100. Reply STOP to opt out." },
      { ...EN_US, channel: "email", text: "Subject: Example Lending balance $2,317.40\n\nDear Ms. Reed,\n\nThe balance above has been unpaid since 01/12/2026.\nWire instructions: Example Savings Bank, account ending 6620 (routing on request).\n\nExample Lending | 847-555-0119\nTo stop emails from us to this address, reply STOP." },
    ];
    for (const message of ways) expect(missingRoles(message), message.text).not.toContain("repayment-channel");
    expect(missingRoles(ways[1]!)).not.toContain("contact");
  });

  it("reads no contact in a regulator's, the police's or an anti-fraud line, nor in a no-reply address; a person reached in the app or called back on a reply is one", () => {
    const none = [
      { ...TW, text: "【示例金融】鄭*玲小姐，您房貸4/20、5/20兩期未繳，金額NT$54,000，請以本行網路銀行「貸款繳款」繳納。若對本行催收作業有疑義，可撥金管會消費者服務專線1998反映。" },
      { ...HK, text: "示例金融：李先生，閣下信用卡（尾號3302）逾期HK$5,860，已拖欠40日，請經本行流動理財還款。如懷疑此短訊真偽，請致電警方防騙易熱線18222查詢。" },
      { ...TW, channel: "email", text: "Subject: 繳款通知\n王先生您好，您在示例金融的信用卡帳款目前應還NT$48,200，最後一次繳款為108年6月。請以郵政劃撥帳號50412877（戶名示例金融股份有限公司）繳納。\n本信箱為系統發信專用，恕不受理回覆。\n示例金融 <noreply@example.com>" },
    ];
    for (const message of none) expect(missingRoles(message), message.text).toContain("contact");
    const reached = [
      { ...TW, channel: "push", text: "示例金融｜房貸扣款提醒\n鄭小姐，您房貸帳號末五碼16602本期本息NT$27,335將於5/20自您的活存帳戶扣款，目前餘額不足。請於前一日存入；需協助請點「我的」>「專人客服」。" },
      { ...EN_US, text: "Example Lending: Hi Marisol, your loan CB-20417 payment of $174.60 was due 5/21 and is 12 days late. Reply 1 for a payment link or 2 to have an agent call you. Reply STOP to opt out." },
      { text: "【示例金融】柏*先生：凡收到冒充法院的“通知”请勿转账，可拨打4001-382-600或96110核实。您的借款（尾号3562）欠款1,830元，已逾期11天，可在示例金融APP还款。" },
    ];
    for (const message of reached) expect(missingRoles(message), message.text).not.toContain("contact");
  });

  it("reads an unsubscribe reply to a short code as the opt-out, and not repaying said to be a crime as a false legal claim", () => {
    expect(findings({ ...HK, category: "marketing", audience: "customer", text: "限時優惠！示例銀行私人貸款實際年利率2.98%起，查詢2288 1234。回覆STOP至50661取消接收推廣。" }, "opt-out-instruction").map((finding) => finding.messageId)).not.toContain("missing");
    expect(falseLegal({ ...HK, text: "示例財務提提你：陳先生，貸款第3期HK$2,150將於明日（4月18日）到期。請注意，根據《放債人條例》，逾期不還屬刑事罪行。查詢：2771 0369。" })).toBe(true);
    expect(falseLegal({ text: "【示例金融】陈先生，您的借款已逾期5天，应还860元。逾期未还属民事纠纷，并不构成犯罪，如有困难请致电400-000-0000协商。" })).toBe(false);
  });
});

describe("families of the fifty-fourth corpus's held-out half, read after its final scores", () => {
  const EN_US = { locale: "en-US" } as const;
  const TW = { locale: "zh-TW" } as const;

  it("reads a line that puts no person on as no contact, though it is a way to pay, and a person to meet at a branch or an office as one", () => {
    const paymentLines = [
      { ...EN_HK, text: "#Example: Ms NG Lai Kuen, the minimum payment of HK$1,150 on card ending 4490 was due 2 Apr (10 days overdue). Pay-by-phone 2111 8020 - automated payments line, no agents." },
      { ...EN_US, text: "Example Lending: Your loan ending 3306 is past due $512.77 since 5/04. Pay 24/7 at our automated line 1-888-555-0103 (payments only, no representatives). Reply STOP to stop texts." },
      { text: "【示例银行】彭*先生，您的个人消费贷款（合同尾号2217）3月25日应还2,108.30元未还，已逾期10天。可拨打自助还款专线4008-162-299，按语音提示输入合同号完成扣款。" },
    ];
    for (const message of paymentLines) {
      expect(missingRoles(message), message.text).toContain("contact");
      expect(missingRoles(message), message.text).not.toContain("repayment-channel");
    }
    const people = [
      { ...EN_US, text: "Example Lending: Member 60114, your loan ending 2280 payment of $146.00 was due 5/20 (13 days ago). Pay in the Example app or at any branch, where a loan officer can go over options with you. Reply STOP to opt out." },
      { ...EN_US, text: "Example Lending: Mrs. Kim, your installment of $188.00 was due 5/19 (14 days ago). Pay at our office, 310 E. Main St Suite 4, Mesa AZ (M-F 9-6), or at example.com/pay. Reply STOP to opt out." },
      { ...TW, text: "【示例銀行】鄭*玲小姐，您房屋貸款（帳號末五碼16602）4月20日應繳本息NT$27,335未能扣款成功。請至本行任一分行臨櫃繳納；若需調整還款，歡迎至板橋分行與您的房貸專員面談。" },
      { ...HK, text: "示例信用合作社通知：社員編號0418陳小姐，你嘅社員貸款3月份供款HK$1,200（3月31日到期）仍未收到。請於辦公時間（星期二、四 12:30-14:00）到合作社辦事處繳交。" },
    ];
    for (const message of people) expect(missingRoles(message), message.text).not.toContain("contact");
  });

  it("reads no way to pay in an account no longer in use, a code expired or a refund to the reader's own account", () => {
    const none = [
      { text: "【示例金融】尊敬的邱*先生：您的借款（尾号6042）已逾期12天（3月23日到期），欠款1,784.20元。原还款对公账户（尾号0917）已停止使用，新的还款方式将另行通知。客服热线400-882-6060。" },
      { ...TW, text: "【示例電信】門號09**-***-318用戶您好，您帳單金額NT$1,398已逾期10天，原超商繳費代碼已失效。洽詢請撥0800-058-919。" },
      { ...TW, text: "【示例分期】黃先生，您上期溢繳之NT$120已退回您的約定帳戶（末四碼0827）。本期NT$2,290已於5/15到期，目前逾期5天，請儘速繳納。客服LINE @example-pay。" },
    ];
    for (const message of none) expect(missingRoles(message), message.text).toContain("repayment-channel");
  });

  it("finds the reader's people kept informed, not reached yet with what comes next left to the reader, let in on it, or the building's management asked", () => {
    expect(threat({ ...TW, text: "示例租賃：黃*傑先生，您5月份分期款NT$14,600已逾期25天。為免家人擔心，本公司將定期讓您登記之緊急聯絡人了解處理進度。繳款：pay.example.com，專線0800-220-816。" })).toBe(true);
    expect(threat({ text: "【示例银行】彭*先生，您的借款已逾期10天。您申请贷款时授权的联系人，我们目前还没有打扰，接下来怎么处理，就看您的态度了。" })).toBe(true);
    expect(threat({ text: "【示例银行】彭*先生，您的借款已逾期10天。我们没有联系您的家人，之后也不会联系。" })).toBe(false);
    expect(threat({ ...EN_US, text: "Example Cash: Tre, $415 on loan NC-7781 has been due since 4/30. Pay at example.com/pay or your Facebook friends get to see who they're dealing with. Reply STOP to opt out." })).toBe(true);
    expect(threat({ ...EN_HK, text: "Example Credit: Mr WAN, HK$2,800 on loan SSP-2271 has been overdue since 12 April. If we cannot reach you, we will ask your building's management office to help us get in touch." })).toBe(true);
  });

  it("finds a countdown clock and a shaming question of conscience", () => {
    expect(pressure({ ...HK, channel: "push", text: "示例錢包\n李**，距離你嘅賬戶轉交外判收數公司仲有 05:42:10。逾期金額HK$2,150（已逾期18日）。撳「我的 > 還款」即時處理。" })).toBe(true);
    expect(pressure({ text: "【示例小贷】魏*先生，您的借款已逾期30天，欠款5,290.00元。一个月了，拿着别人的钱过日子，您心里过意得去吗？" })).toBe(true);
  });

  it("reads a refusal of payment from a third party and a promise to tell them nothing of the loan as no disclosure", () => {
    const thirdParty = (message: Message): boolean => reports({ ...message, audience: "third-party" }, "no-third-party-disclosure");
    expect(thirdParty({ ...HK, text: "鄺太：多謝你來電。由於私隱理由，本行未能向閣下透露任何賬戶資料，亦不能接受第三者代為還款。請閣下轉告有關人士直接致電2290 8800與本行聯絡。——示例銀行" })).toBe(false);
    expect(thirdParty({ text: "【示例借】您好，您的好友谭*东在示例借填写您为紧急联系人。我们仅在无法联系到本人时与您核实其联系方式，不会向您透露其借款信息。" })).toBe(false);
  });

  it("reads a link to stop collection emails and a menu path to stop offers as opt-outs, a lender that instructed the writer as the creditor, an English title before a Chinese surname as the reader, and a keyword for an agent as a contact", () => {
    const optOut = (message: Message): string[] => findings(message, "opt-out-instruction").map((finding) => finding.messageId!);
    expect(optOut({ ...EN_US, channel: "email", text: "Subject: Loan 0081-77420\n\nDear Ms. Chen,\n\nYour May payment of $1,942.18, due 05/01/2026, is 32 days past due. Pay at myloan.example.com or call 1-855-555-0157.\nTo stop collection emails to this address: myloan.example.com/email-prefs\nExample Servicing" })).not.toContain("missing");
    expect(optOut({ ...EN_HK, category: "marketing", audience: "customer", channel: "push", text: "Example Pay | 0% interest on 6 instalments\nSplit your next buy into 6 with 0% interest, APR 0%. To stop offers: Me > Notifications." })).not.toContain("missing");
    expect(missingRoles({ ...EN_US, sender: "Example Servicing", channel: "email", text: "Subject: Acct 7793\n\nMr. Holt,\n\nExample Legal Recovery, a debt collector, has been instructed by Example Bank on your personal loan account 7793, past due $3,918.40 since 10/02/2025.\nPay at example.com/pay or call 1-800-555-0130.\nTo stop emails from us to this address, reply STOP." })).not.toContain("creditor");
    expect(reports({ ...TW, channel: "push", category: "reminder", text: "示例銀行｜繳款提醒\nMs. 林，您本期信用卡最低應繳NT$1,280，6/08到期。立即繳款｜真人客服" }, "recipient-identification")).toBe(false);
    expect(missingRoles({ ...EN_HK, text: "Example: Hi Cheng Wing, your repayment of HK$1,488 on LD-88431 is 9 days overdue (due 4 Jul). Pay in the app. Need help? Reply AGENT." })).not.toContain("contact");
  });

  it("finds a rate said to beat others' in an ad with no APR, and reads the number the sender's texts come from as no personal data", () => {
    expect(reports({ ...EN_US, category: "marketing", audience: "customer", text: "Example Lending: Need cash for summer? Personal loans with rates that beat most credit cards. Check your rate at example.com/rate. Reply STOP to opt out." }, "apr-disclosure")).toBe(true);
    expect(reports({ category: "transactional", audience: "customer", text: "【示例银行】温馨提示：我行信用卡催收及还款提醒短信统一使用号码1069 5580 95发送。如有疑问请致电4008-230-955。" }, "pii-masking")).toBe(false);
  });
});

describe("families of the fifty-fifth corpus's tuned half: what comes next, and the reader named", () => {
  const EN_US = { locale: "en-US" } as const;
  const TW = { locale: "zh-TW" } as const;

  it("reads paying by phone or at the sender's shop, a self-service voice line and a website to pay at as ways to pay, and a fraud-report site as none", () => {
    const ways = [
      { ...EN_US, text: "Example Lending: the $522.00 payment on loan ending 6041 was due 06/03 and is 12 days late. Pay by debit card at 1-866-555-0104 (automated, 24/7) or speak with an agent at 1-866-555-0105. Reply STOP to opt out." },
      { ...EN_HK, text: "Example Pawn: Mr CHAN, pawn ticket 0417823 matured on 20 Jun and is 5 days overdue. Redeem it by paying principal HK$6,000 plus interest HK$210 at our Shau Kei Wan shop (10am-8pm) with your ticket. Tel 2567 3308." },
      { text: "【示例银行】王*婷女士，您尾号6621信用卡最低还款额1,386.40元已逾期12天。可拨打4006-218-950按1进入语音自助还款，按0转人工坐席。" },
      { ...TW, text: "【示例分期】林*芳您好，您的分期款NT$3,366已逾期11天。請至 pay.example.com 完成繳款，客服0800-000-000。" },
    ];
    for (const message of ways) expect(missingRoles(message), message.text).not.toContain("repayment-channel");
    expect(missingRoles({ ...EN_US, channel: "email", text: "Subject: Your Example Card account ending 9026\n\nTomas, your card account ending 9026 is 45 days past due with $284.00 owing. Call 1-800-555-0100 to discuss options.\n\nTo report a suspicious e-mail, visit reportfraud.ftc.gov.\n\nUnsubscribe from these e-mails: example.com/unsub" })).toContain("repayment-channel");
  });

  it("reads a shop with its opening hours as a contact, and no contact in an anti-fraud line closing the text nor in a loan reference that looks like a landline", () => {
    expect(missingRoles({ ...TW, text: "【示例當舖】當票號碼HC-0788持票人您好，您典當之機車（車牌末3碼7KQ）已於6/2屆期，已逾期5天，贖回需付本息NT$21,600。請攜當票與證件至本舖（台中市北區健行路，營業時間9:00-21:00）辦理。" })).not.toContain("contact");
    expect(missingRoles({ text: "【示例消费金融】张*强先生，合同尾号3307已逾期21天，应还8,460.00元，请在示例消费金融APP“我的借款”还款。本短信由系统发送，请勿回复。谨防诈骗，如接到可疑来电请拨打96110。" })).toContain("contact");
    expect(missingRoles({ ...EN_HK, channel: "email", text: "Subject: Loan overdue\n\nDear Mr TSANG Ka Ho (loan OL-2207-4412),\n\nHK$41,930.50 has been overdue since 2 May. Pay by FPS to 5518402 (Example Lending Ltd).\n\nExample Lending\nThis mailbox is not monitored; replies will not be read." })).toContain("contact");
  });

  it("reads amounts written without a currency or in words, the reader's number or surname as the address and months overdue with na, and no name in an e-mail's Subject", () => {
    expect(missingRoles({ ...EN_US, text: "Example Lending: Jae, 1,140 still owed on the loan ending 2207, past due since the 5/28 autopay bounced. Reply PAY for a secure link or call 1-888-555-0132. STOP to opt out." })).not.toContain("amount-due");
    expect(missingRoles({ ...TW, text: "【示例金融】姓洪的，你欠的兩萬八已經逾期兩個月，請至示例金融App還款，客服0800-000-000。" })).not.toContain("amount-due");
    expect(findings({ ...TW, text: "【示例金融】姓洪的，你欠的兩萬八已經逾期兩個月，請至示例金融App還款，客服0800-000-000。" }, "recipient-identification").map((finding) => finding.messageId)).not.toContain("missingName");
    expect(findings({ text: "【示例分期】尊敬的158 0571 6629用户，您的手机分期第8期399.00元已逾期12天，请在示例分期小程序“我的订单”还款，客服4006-270-118。" }, "recipient-identification").map((finding) => finding.messageId)).not.toContain("missingName");
    expect(missingRoles({ ...EN_HK, text: "Example Finance: Joy, 2 months na, HK$5,400. Pay by FPS ID 6033812, WhatsApp 6033 8124." })).not.toContain("days-overdue");
    expect(findings({ ...TW, channel: "email", text: "Subject: 帳戶逾期通知\n親愛的客戶您好：\n您在示例分期的帳戶有逾期款項NT$3,000（已逾期18天）。請至 pay.example.com 完成繳款。客服0800-000-000。\n示例金融股份有限公司" }, "recipient-identification").map((finding) => finding.messageId)).toContain("missingName");
  });

  it("finds a photo to appear in the owners' group, a visit that paying spares, contacts kept updated and a countdown clock, and no threat where nobody will call", () => {
    expect(threat({ text: "【示例金融】孙*，你的6,800元逾期40天了。你们小区业主群我们已经找到了，明天你的照片和欠款就会出现在群里。回电4001-882-719。" })).toBe(true);
    expect(threat({ ...HK, text: "方生，聽講你下個月擺酒，恭喜晒。示例卡數HK$32,450拖咗三個月，聽日中午前搞掂佢，我哋同事就唔使去酒樓同你飲杯。FPS 5178 2204。" })).toBe(true);
    expect(threat({ ...EN_US, text: "Example Servicing: Lena, loan ending 8812 is now 20 days past due. As a courtesy, we'll keep the emergency contacts on your file updated on the account's status until it's brought current. Pay at example.com/pay. Reply STOP to opt out." })).toBe(true);
    expect(threat({ ...EN_HK, channel: "email", text: "Subject: Your appointment\n\nDear Mr WONG,\n\nAs you asked, our officer will meet you at our Sha Tin branch on Thursday to go through a repayment plan. If the time no longer suits you, call 2918 6622 and we will move it; nobody will call at your home or office.\n\nExample Bank" })).toBe(false);
    expect(pressure({ ...EN_US, text: "Example Loans: Aaron, loan CL-90311 has $288.40 overdue since 06/02. Time left before your account moves to external recovery: 05:59:12. Pay in the Example app. Reply STOP to opt out." })).toBe(true);
  });

  it("finds the reader asked to judge themselves as they would a friend, and urgency shouted in capitals in an ad", () => {
    expect(pressure({ text: "【示例借】赵*丽女士，借款3,105.00元已逾期16天。三千块却一拖再拖，换作是您的朋友这样，您会怎么看？还款：示例借APP；客服4006-009-775。" })).toBe(true);
    expect(pressure({ ...EN_HK, category: "marketing", audience: "customer", text: "Example Finance: INSTANT CASH for your tax bill - APR from 12.5%. Money Lender's Licence No. 1566/2025. Complaints 6821 4400. Reply STOP to opt out." })).toBe(true);
    expect(pressure({ ...EN_HK, channel: "email", text: "Subject: WRIT ISSUED - enforcement to follow\n\nDear Mr TSANG, HK$41,930.50 on loan OL-2207-4412 has been overdue since 2 May. Pay by FPS ID 5518402 or call 2555 0101.\n\nExample Lending" })).toBe(true);
    expect(pressure({ ...EN_US, text: "Example Loans: Aaron, you said Friday. It's Tuesday. A grown man can't keep a promise over $288.40? Loan CL-90311 is 16 days late. Pay in the Example app or reply here. Reply STOP to opt out." })).toBe(true);
  });

  it("reads a refusal to tell any third party, or to let anyone act without the borrower's consent, as no disclosure", () => {
    expect(reports({ audience: "third-party", text: "【示例借】周叔您好，感谢您的来电。依照个人信息保护规定，我们无法向任何第三方说明客户的账户情况，也不能接受未经本人授权的代为处理。如周平本人需要，可拨打4007-716-611。" }, "no-third-party-disclosure")).toBe(false);
  });
});
