import { describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createGuard, createSqliteStore, GuardConfigError, type CheckResult, type GuardStore, type SettleOutcome } from "@tactful/guard";
import { builtInPacks, type PackSet } from "@tactful/policies";
import { loadPacks } from "@tactful/policies/load";
import { buildRelease, openRelease, Release } from "@tactful/renderer";
import { CN_BORROWER, SALT, shanghaiMorning, sqliteGuard, temporaryDirectory, US_BORROWER } from "./support.js";
import { compiled, SOURCES } from "./templates.js";

const { packs } = builtInPacks;

const codes = (result: CheckResult): string[] => result.reasons.map((reason) => reason.code);

describe("guard.check", () => {
  it("sends a compliant message with the rendered text", async () => {
    const { guard } = sqliteGuard();
    const result = await guard.check({ template: "cn.collection", data: { amount: 120, note: "请尽快还款" }, recipient: CN_BORROWER, now: shanghaiMorning() });
    expect(result.decision).toBe("send");
    if (result.decision === "send") expect(result.message.channel === "sms" && result.message.text).toContain("应还120.00元");
  });

  it("refuses with every reason at once, each with a stable code and a message", async () => {
    const { guard } = sqliteGuard();
    // 23:30 in Shanghai, a third-party recipient, an insult in the note.
    const result = await guard.check({
      template: "cn.collection",
      data: { amount: 120, note: "你这个老赖" },
      recipient: { ...CN_BORROWER, role: "third-party" },
      now: new Date("2026-06-01T15:30:00Z"),
    });
    expect(result.decision).toBe("refuse");
    expect(new Set(codes(result))).toEqual(new Set(["audience-mismatch", "outside-send-window", "rendered-tone"]));
    // Both the template's window and the pack's windows that apply are reported.
    expect(result.reasons.filter((reason) => reason.code === "outside-send-window").map((reason) => reason.source)).toEqual(
      expect.arrayContaining(["cn.collection send.window", "CN-COL-TIME-011", "CN-COL-TIME-011-DEFAULT"]),
    );
    for (const reason of result.reasons) expect(reason.message).toMatch(/\S/);
  });

  it("reads the send window in the recipient's time zone", async () => {
    const { guard } = sqliteGuard();
    const now = new Date("2026-06-01T13:30:00Z"); // 21:30 in Shanghai, 09:30 in New York, 06:30 in Los Angeles
    const send = (timeZone: string) => guard.check({ template: "us.collection", data: { note: "Thank you." }, recipient: { ...US_BORROWER, id: timeZone, timeZone }, now });
    expect((await send("America/New_York")).decision).toBe("send");
    expect(codes(await send("America/Los_Angeles"))).toEqual(["outside-send-window"]);
    expect(codes(await send("Asia/Shanghai"))).toEqual(["outside-send-window"]);
    expect(codes(await send("Mars/Olympus_Mons"))).toEqual(["time-zone-invalid"]);
  });

  it("follows daylight-saving changes", async () => {
    const { guard } = sqliteGuard();
    const at = (iso: string, id: string) => guard.check({ template: "us.collection", data: { note: "Thank you." }, recipient: { ...US_BORROWER, id }, now: new Date(iso) });
    // 12:30 UTC is 07:30 in New York the day before the spring change (EST) and 08:30 on the day of it (EDT).
    expect(codes(await at("2026-03-07T12:30:00Z", "a"))).toEqual(["outside-send-window"]);
    expect((await at("2026-03-08T12:30:00Z", "b")).decision).toBe("send");
    // 01:30 UTC is 21:30 EDT (refused) before the autumn change and 20:30 EST (sent) after it.
    expect(codes(await at("2026-10-31T01:30:00Z", "c"))).toEqual(["outside-send-window"]);
    expect((await at("2026-11-02T01:30:00Z", "d")).decision).toBe("send");
  });

  it("clips the template's window by the pack's: a template window wider than the law still refuses outside the law's", async () => {
    const { guard } = sqliteGuard();
    // cn.collection declares 09:00-21:30; the pack's default collection window ends at 21:00.
    const result = await guard.check({ template: "cn.collection", data: { amount: 1, note: "好" }, recipient: CN_BORROWER, now: new Date("2026-06-01T13:15:00Z") });
    expect(result.reasons.map((reason) => reason.source)).toEqual(["CN-COL-TIME-011-DEFAULT"]);
  });

  it("counts the template's daily cap and the pack's cap per category across templates, per local day", async () => {
    const { guard } = sqliteGuard();
    const now = shanghaiMorning();
    const collection = () => guard.check({ template: "cn.collection", data: { amount: 1, note: "好" }, recipient: CN_BORROWER, now });
    expect((await collection()).decision).toBe("send");
    // The pack allows one collection SMS a day (CN-COL-FREQ-012), before the template's 2.
    const second = await collection();
    expect(codes(second)).toEqual(["category-cap-reached"]);
    expect(second.reasons[0]!.source).toBe("CN-COL-FREQ-012");
    // The next local day starts afresh.
    expect((await guard.check({ template: "cn.collection", data: { amount: 1, note: "好" }, recipient: CN_BORROWER, now: shanghaiMorning("2026-06-02") })).decision).toBe("send");
    // Another recipient has a count of their own.
    expect((await guard.check({ template: "cn.collection", data: { amount: 1, note: "好" }, recipient: { ...CN_BORROWER, id: "borrower-2" }, now })).decision).toBe("send");
  });

  it("gives a reserved place back when the message was not sent", async () => {
    const { guard } = sqliteGuard();
    const now = shanghaiMorning();
    const first = await guard.check({ template: "cn.collection", data: { amount: 1, note: "好" }, recipient: CN_BORROWER, now });
    if (first.decision !== "send") throw new Error("expected send");
    await first.release();
    expect((await guard.check({ template: "cn.collection", data: { amount: 1, note: "好" }, recipient: CN_BORROWER, now })).decision).toBe("send");
  });

  it("does not count a refused message", async () => {
    const { guard } = sqliteGuard();
    const now = shanghaiMorning();
    expect((await guard.check({ template: "cn.collection", data: { amount: 1, note: "老赖" }, recipient: CN_BORROWER, now })).decision).toBe("refuse");
    expect((await guard.check({ template: "cn.collection", data: { amount: 1, note: "好" }, recipient: CN_BORROWER, now })).decision).toBe("send");
  });

  it("refuses a third-party template for the borrower and a borrower template for a contact", async () => {
    const { guard } = sqliteGuard();
    const now = shanghaiMorning();
    const toBorrower = await guard.check({ template: "cn.contact", data: { hotline: "400-000-0000" }, recipient: CN_BORROWER, now });
    expect(codes(toBorrower)).toEqual(["audience-mismatch"]);
    expect((await guard.check({ template: "cn.contact", data: { hotline: "400-000-0000" }, recipient: { ...CN_BORROWER, role: "third-party" }, now })).decision).toBe("send");
    const toContact = await guard.check({ template: "cn.reminder", data: { amount: 1 }, recipient: { ...CN_BORROWER, id: "c", role: "third-party" }, now });
    expect(codes(toContact)).toEqual(["audience-mismatch"]);
  });

  it("refuses a rendered insult, threat or full ID number that came in with the data, naming the finding", async () => {
    const { guard } = sqliteGuard();
    const now = shanghaiMorning();
    const cn = (note: string, id: string) => guard.check({ template: "cn.collection", data: { amount: 1, note }, recipient: { ...CN_BORROWER, id }, now });
    const insult = await cn("你就是个老赖", "1");
    expect(codes(insult)).toEqual(["rendered-tone"]);
    expect(insult.reasons[0]!.message).toContain("老赖");
    expect(codes(await cn("再不还钱小心你的家人", "2"))).toEqual(["rendered-tone"]);
    const idNumber = await cn("身份证110101199003071234已登记", "3");
    expect(codes(idNumber)).toEqual(["rendered-personal-data"]);
    // The refusal names the kind of data, never the number itself.
    expect(JSON.stringify(idNumber)).not.toContain("110101199003071234");
    const us = await guard.check({ template: "us.collection", data: { note: "You deadbeat." }, recipient: US_BORROWER, now: new Date("2026-06-01T15:00:00Z") });
    expect(codes(us)).toEqual(["rendered-tone"]);
  });

  it("refuses data that does not fit the template's contract", async () => {
    const { guard } = sqliteGuard();
    const result = await guard.check({ template: "cn.collection", data: { amount: "lots", note: "好" }, recipient: CN_BORROWER, now: shanghaiMorning() });
    expect(codes(result)).toEqual(["data-invalid"]);
  });

  it("refuses an unknown template, and writes that to the audit log", async () => {
    const { guard, audit } = sqliteGuard();
    expect(codes(await guard.check({ template: "nope", data: {}, recipient: CN_BORROWER, now: shanghaiMorning() }))).toEqual(["template-not-found"]);
    expect(audit().at(-1)).toMatchObject({ decision: "refuse", template: { id: "nope" }, reasons: [{ code: "template-not-found" }] });
  });

  it("refuses when the store does not reserve although nothing refuses, and gives back a place it took for a refused check", async () => {
    const released: string[][] = [];
    const store = (outcome: SettleOutcome): GuardStore => ({
      settle: async () => outcome,
      release: async (keys) => void released.push([...keys]),
      setConsent: async () => {},
      close: async () => {},
    });
    const collection = { template: "cn.collection", data: { amount: 1, note: "好" }, recipient: CN_BORROWER, now: shanghaiMorning() };
    const lazy = sqliteGuard(undefined, store({ optedOut: false, full: [], reserved: false })).guard;
    expect(codes(await lazy.check(collection))).toEqual(["store-inconsistent"]);
    const eager = sqliteGuard(undefined, store({ optedOut: false, full: [], reserved: true })).guard;
    expect(codes(await eager.check({ ...collection, recipient: { ...CN_BORROWER, role: "third-party" } }))).toEqual(["audience-mismatch"]);
    expect(released).toHaveLength(1);
  });

  it("keeps counts and opt-outs across a restart (SQLite)", async () => {
    const directory = temporaryDirectory();
    const path = join(directory, "guard.db");
    const now = shanghaiMorning();
    const first = createGuard({ templates: compiled(), store: createSqliteStore({ path }), audit: join(directory, "a.jsonl"), salt: SALT });
    expect((await first.check({ template: "cn.collection", data: { amount: 1, note: "好" }, recipient: CN_BORROWER, now })).decision).toBe("send");
    await first.recordInbound({ recipient: CN_BORROWER, channel: "sms", text: "退订", now });
    await first.close();
    const second = createGuard({ templates: compiled(), store: createSqliteStore({ path }), audit: join(directory, "a.jsonl"), salt: SALT });
    expect(codes(await second.check({ template: "cn.collection", data: { amount: 1, note: "好" }, recipient: CN_BORROWER, now }))).toEqual(["category-cap-reached"]);
    expect(codes(await second.check({ template: "cn.marketing", data: { rate: 7.2 }, recipient: CN_BORROWER, now }))).toEqual(["opted-out"]);
    await second.close();
  });

  it("refuses to start without a salt, a store or templates", () => {
    const store = createSqliteStore({ path: join(temporaryDirectory(), "g.db") });
    expect(() => createGuard({ templates: compiled(), store, audit: { append() {} }, salt: "short" })).toThrow(GuardConfigError);
    expect(() => createGuard({ store, audit: { append() {} }, salt: SALT })).toThrow(GuardConfigError);
  });
});

describe("the audit log", () => {
  it("appends every decision with time, template id and version, the salted recipient hash and the reasons", async () => {
    const { guard, audit } = sqliteGuard();
    const now = shanghaiMorning();
    await guard.check({ template: "cn.collection", data: { amount: 1, note: "好" }, recipient: CN_BORROWER, now });
    await guard.check({ template: "cn.collection", data: { amount: 1, note: "好" }, recipient: CN_BORROWER, now });
    const [sent, refused] = audit();
    const hash = createHash("sha256").update(SALT).update("\u0000").update(CN_BORROWER.id).digest("hex");
    expect(sent).toEqual({ time: now.toISOString(), decision: "send", template: { id: "cn.collection", version: 3, locale: "zh-CN", channel: "sms" }, recipient: hash, reasons: [] });
    expect(refused).toMatchObject({ decision: "refuse", recipient: hash, reasons: [{ code: "category-cap-reached" }] });
    expect(JSON.stringify(audit())).not.toContain(CN_BORROWER.id);
  });
});

describe("with a release", () => {
  it("finds templates by id, locale and channel, and logs the release's sequence", async () => {
    const templates = Object.entries(SOURCES).map(([name, text]) => ({ path: `${name}.sms.msg.njk`, text }));
    const bundle = buildRelease({ templates, tool: { name: "tactful", version: "0" }, plugin: { name: "p", version: "0" }, lint: { warnings: 0, byRule: {} }, sequence: 7 });
    const records: unknown[] = [];
    const guard = createGuard({ release: new Release(bundle, compiled()), store: createSqliteStore({ path: join(temporaryDirectory(), "g.db") }), audit: { append: (record) => records.push(record) }, salt: SALT });
    const result = await guard.check({ template: { id: "cn.reminder", locale: "zh-CN", channel: "sms" }, data: { amount: 5 }, recipient: CN_BORROWER, now: shanghaiMorning() });
    expect(result.decision).toBe("send");
    expect(records).toEqual([expect.objectContaining({ decision: "send", release: 7, template: { id: "cn.reminder", version: 1, locale: "zh-CN", channel: "sms" } })]);
    await guard.close();
  });
});

describe("opt-outs", () => {
  /** Full-width forms of ASCII letters (Ｓ for S); Han characters have no width variants. */
  const fullWidth = (text: string): string => text.replace(/[!-~]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0));
  const variants = (keyword: string): string[] => {
    const mixed = [...keyword].map((char, index) => (index % 2 ? char.toLowerCase() : char.toUpperCase())).join("");
    return [...new Set([keyword, keyword.toLowerCase(), keyword.toUpperCase(), mixed, ...[keyword.toLowerCase(), keyword.toUpperCase(), mixed].map(fullWidth), ` ${keyword}! `])];
  };

  for (const pack of packs) {
    const replies = pack.inboundReplies!;
    const marketing = pack.id === "CN" ? { template: "cn.marketing", data: { rate: 7.2 }, recipient: CN_BORROWER } : { template: "us.marketing", data: { name: "Sam" }, recipient: US_BORROWER };
    const now = pack.id === "CN" ? shanghaiMorning() : new Date("2026-06-01T15:00:00Z");

    it(`${pack.id}: every opt-out keyword, in every case and width, stops marketing`, async () => {
      const { guard } = sqliteGuard();
      let n = 0;
      for (const keyword of replies.optOut.keywords) {
        for (const text of variants(keyword)) {
          const recipient = { ...marketing.recipient, id: `r${++n}`, address: `a${n}` };
          expect(await guard.recordInbound({ recipient, channel: "sms", text, sender: pack.id === "CN" ? "示例金融" : "Example Bank", jurisdiction: pack.id, now }), `${keyword} as ${text}`).toMatchObject({ kind: "opt-out" });
          const result = await guard.check({ ...marketing, recipient, now });
          expect(codes(result), `${keyword} as ${text}`).toEqual(["opted-out"]);
        }
      }
    });

    it(`${pack.id}: an opt-in after an opt-out restores sending`, async () => {
      const { guard } = sqliteGuard();
      for (const keyword of replies.optIn.keywords) {
        for (const [index, text] of variants(keyword).entries()) {
          const recipient = { ...marketing.recipient, id: `${keyword}${index}`, address: `${keyword}${index}` };
          await guard.recordInbound({ recipient, channel: "sms", text: replies.optOut.keywords[0]!, now });
          expect(await guard.recordInbound({ recipient, channel: "sms", text, now: new Date(now.getTime() + 1000) }), text).toMatchObject({ kind: "opt-in" });
          expect((await guard.check({ ...marketing, recipient, now: new Date(now.getTime() + 2000) })).decision, text).toBe("send");
        }
      }
    });
  }

  it("reads the verified keywords as opt-outs: the FCC's seven words, the carriers' and platforms' replies", async () => {
    const { guard } = sqliteGuard();
    const read = (text: string, jurisdiction: string) => guard.recordInbound({ recipient: US_BORROWER, channel: "sms", text, jurisdiction });
    for (const text of ["STOP", "QUIT", "END", "REVOKE", "OPT OUT", "CANCEL", "UNSUBSCRIBE", "STOPALL", "OPTOUT", "OPT-OUT", "REMOVE"]) expect(await read(text, "US"), text).toMatchObject({ kind: "opt-out" });
    for (const text of ["R", "T", "TD", "退订", "拒收"]) expect(await read(text, "CN"), text).toMatchObject({ kind: "opt-out" });
  });

  it("reads a request to stop in a sentence, and a Traditional-Chinese 退訂", async () => {
    const { guard } = sqliteGuard();
    expect(await guard.recordInbound({ recipient: US_BORROWER, channel: "sms", text: "Please stop texting me", jurisdiction: "US" })).toMatchObject({ kind: "opt-out" });
    expect(await guard.recordInbound({ recipient: CN_BORROWER, channel: "sms", text: "我要退訂", jurisdiction: "CN" })).toMatchObject({ kind: "opt-out" });
    expect(await guard.recordInbound({ recipient: US_BORROWER, channel: "sms", text: "I will pay by the end of the week", jurisdiction: "US" })).toMatchObject({ kind: "other" });
    expect(await guard.recordInbound({ recipient: US_BORROWER, channel: "sms", text: "Nonstop", jurisdiction: "US" })).toMatchObject({ kind: "other" });
  });

  it("covers the categories the pack names: US collection stops, a transactional message still goes", async () => {
    const { guard } = sqliteGuard();
    const now = new Date("2026-06-01T15:00:00Z");
    await guard.recordInbound({ recipient: US_BORROWER, channel: "sms", text: "STOP", sender: "Example Recovery", now });
    expect(codes(await guard.check({ template: "us.collection", data: { note: "Thank you." }, recipient: US_BORROWER, now }))).toEqual(["opted-out"]);
    // Per sender in the US: Example Bank's marketing is another sender.
    expect((await guard.check({ template: "us.marketing", data: { name: "Sam" }, recipient: US_BORROWER, now })).decision).toBe("send");

    const cnNow = shanghaiMorning();
    await guard.recordInbound({ recipient: CN_BORROWER, channel: "sms", text: "TD", sender: "另一品牌", now: cnNow });
    // In China a refusal holds under every sender name, for marketing only.
    expect(codes(await guard.check({ template: "cn.marketing", data: { rate: 7.2 }, recipient: CN_BORROWER, now: cnNow }))).toEqual(["opted-out"]);
    expect((await guard.check({ template: "cn.reminder", data: { amount: 1 }, recipient: CN_BORROWER, now: cnNow })).decision).toBe("send");
    expect((await guard.check({ template: "cn.receipt", data: { amount: 1 }, recipient: CN_BORROWER, now: cnNow })).decision).toBe("send");
  });

  it("keeps opt-outs per channel", async () => {
    const { guard } = sqliteGuard();
    const now = shanghaiMorning();
    await guard.recordInbound({ recipient: CN_BORROWER, channel: "email", text: "退订", now });
    expect((await guard.check({ template: "cn.marketing", data: { rate: 7.2 }, recipient: CN_BORROWER, now })).decision).toBe("send");
  });
});

describe("with a release made with a pack of the lender's own", () => {
  /** The built-in CN pack as a lender may adapt it: collection messages only 10:00-17:00, and a reply of ACMEQUIT stops them. */
  function acmePacks(): PackSet {
    const file = join(temporaryDirectory(), "acme-cn.yaml");
    const builtIn = readFileSync(new URL("../../policies/packs/cn.yaml", import.meta.url), "utf8");
    writeFileSync(
      file,
      builtIn.replace(/^version: .*$/mu, "version: 1999.1.0").replace('window: "08:00-21:00"', 'window: "10:00-17:00"').replace("keywords: [退订, TD,", "keywords: [ACMEQUIT, 退订, TD,").replace("covers: [marketing]\n", "covers: [marketing, collection]\n"),
    );
    return loadPacks([file], { cwd: temporaryDirectory() });
  }
  const templates = [{ path: "cn.collection.sms.msg.njk", text: SOURCES.cnCollection }];
  const made = { tool: { name: "tactful", version: "0" }, plugin: { name: "p", version: "0" }, lint: { warnings: 0, byRule: {} }, sequence: 1 };
  // 17:30 in Shanghai: inside the built-in window (08:00-21:00), outside the lender's.
  const evening = new Date("2026-06-01T09:30:00Z");
  const guardOf = (release: Release, more: Partial<Parameters<typeof createGuard>[0]> = {}) =>
    createGuard({ release, store: createSqliteStore({ path: join(temporaryDirectory(), "g.db") }), audit: { append: () => {} }, salt: SALT, ...more });
  const check = (guard: ReturnType<typeof createGuard>) => guard.check({ template: "cn.collection", data: { amount: 1, note: "好" }, recipient: CN_BORROWER, now: evening });

  it("checks messages against the released pack, not the built-in one of its id", async () => {
    const packs = acmePacks();
    const release = await openRelease(JSON.stringify(buildRelease({ ...made, templates: templates.map((template) => ({ ...template, packs })) })), { acceptUnverified: true });
    expect(release.packs?.packFor("CN")?.version).toBe("1999.1.0");
    const guard = guardOf(release);
    const result = await check(guard);
    expect(codes(result)).toEqual(["outside-send-window"]);
    expect(result.reasons[0]!.message).toContain("outside the send window 10:00-17:00 (CN-COL-TIME-011-DEFAULT)");
    await guard.close();
    // The same template released with the built-in packs is sent at that time.
    const builtIn = guardOf(await openRelease(JSON.stringify(buildRelease({ ...made, templates })), { acceptUnverified: true }));
    expect((await check(builtIn)).decision).toBe("send");
    await builtIn.close();
  });

  it("reads replies with the released pack: its opt-out keywords, and the categories they stop", async () => {
    const release = await openRelease(JSON.stringify(buildRelease({ ...made, templates: templates.map((template) => ({ ...template, packs: acmePacks() })) })), { acceptUnverified: true });
    const morning = { template: "cn.collection", data: { amount: 1, note: "好" }, recipient: CN_BORROWER, now: shanghaiMorning() } as const;
    const guard = guardOf(release);
    expect(await guard.recordInbound({ recipient: CN_BORROWER, channel: "sms", text: "acmequit", now: shanghaiMorning() })).toMatchObject({ kind: "opt-out" });
    expect(codes(await guard.check(morning))).toEqual(["opted-out"]);
    await guard.close();
    // Read with the built-in pack, the reply stops nothing, and collection messages go on.
    const builtIn = guardOf(await openRelease(JSON.stringify(buildRelease({ ...made, templates })), { acceptUnverified: true }));
    expect(await builtIn.recordInbound({ recipient: CN_BORROWER, channel: "sms", text: "acmequit", now: shanghaiMorning() })).toMatchObject({ kind: "other" });
    expect((await builtIn.check(morning)).decision).toBe("send");
    await builtIn.close();
  });

  it("refuses a pack given to it that is not the released one of its id, unless told it overrides", async () => {
    const release = await openRelease(JSON.stringify(buildRelease({ ...made, templates: templates.map((template) => ({ ...template, packs: acmePacks() })) })), { acceptUnverified: true });
    const builtInCn = packs.find((pack) => pack.id === "CN")!;
    expect(() => guardOf(release, { packs: [builtInCn] })).toThrow(
      `policy pack CN ${builtInCn.version} differs from the release's (1999.1.0): leave it out, or set \`overrideReleasePacks: true\``,
    );
    // The released pack itself, given again, is no change.
    await guardOf(release, { packs: [release.packs!.packFor("CN")!] }).close();
    const overridden = guardOf(release, { packs: [builtInCn], overrideReleasePacks: true });
    expect((await check(overridden)).decision).toBe("send");
    await overridden.close();
  });

  it("reads an older bundle, which names its packs only, with the packs of the versions it names", async () => {
    const current = buildRelease({ ...made, templates });
    const older = { ...current, format: 2, policies: current.policies.map(({ id, version }) => ({ id, version })) };
    const release = await openRelease(JSON.stringify(older), { acceptUnverified: true });
    expect(release.packs).toBeUndefined();
    expect(release.notes.map((note) => note.message)).toEqual([
      `the release (format 2) names its policy packs (${packs.map((pack) => `${pack.id} ${pack.version}`).join(", ")}) but does not carry them\nThe sending service's own packs are used until the templates are released again`,
    ]);
    const guard = guardOf(release);
    expect((await check(guard)).decision).toBe("send");
    await guard.close();
    // A pack of another version than the bundle names is refused: the bundle was not checked against it.
    expect(() => guardOf(release, { packs: acmePacks().packs })).toThrow(GuardConfigError);
    expect(() => guardOf(release, { packs: acmePacks().packs })).toThrow(`the release was checked against policy pack CN ${packs[0]!.version}; the guard has 1999.1.0\nRelease again`);
  });
});
