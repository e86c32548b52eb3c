import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createGuard, createSqliteStore, GuardConfigError } from "@tactful/guard";
import { CN_BORROWER, SALT, temporaryDirectory } from "./support.js";
import { compiled } from "./templates.js";

describe("the guard's locale option", () => {
  const check = async (locale?: "zh-CN" | "zh-TW") => {
    const directory = temporaryDirectory();
    const guard = createGuard({ templates: compiled(), store: createSqliteStore({ path: join(directory, "guard.db") }), audit: join(directory, "audit.jsonl"), salt: SALT, ...(locale ? { locale } : {}) });
    try {
      // 23:30 in Shanghai, a third-party recipient.
      return await guard.check({ template: "cn.collection", data: { amount: 120, note: "请尽快还款" }, recipient: { ...CN_BORROWER, role: "third-party" }, now: new Date("2026-06-01T15:30:00Z") });
    } finally {
      guard.close();
    }
  };

  it("says the reasons in the chosen locale, with the same codes and sources; English by default", async () => {
    const [english, simplified, traditional] = [await check(), await check("zh-CN"), await check("zh-TW")];
    const codes = (result: typeof english) => result.reasons.map(({ code, source }) => ({ code, source }));
    expect(codes(simplified)).toEqual(codes(english));
    expect(codes(traditional)).toEqual(codes(english));
    const audience = (result: typeof english) => result.reasons.find((reason) => reason.code === "audience-mismatch")!.message;
    expect(audience(english)).toBe("This template is for borrower recipients; the recipient is marked third-party.");
    expect(audience(simplified)).toBe("此模板面向 borrower 收件人；该收件人标记为 third-party。");
    expect(audience(traditional)).toBe("此範本適用於 borrower 收件人；該收件人標記為 third-party。");
    const window = simplified.reasons.find((reason) => reason.code === "outside-send-window")!;
    expect(window.message).toMatch(/^Asia\/Shanghai 当地时间 23:30，不在允许发送的时段 .+ 内（.+）。$/u);
  });
});

describe("the pack's reason for a rendered finding", () => {
  it("is the pack's summary in the chosen locale", async () => {
    const insult = async (locale?: "zh-CN" | "zh-TW"): Promise<string> => {
      const directory = temporaryDirectory();
      const guard = createGuard({ templates: compiled(), store: createSqliteStore({ path: join(directory, "guard.db") }), audit: join(directory, "audit.jsonl"), salt: SALT, ...(locale ? { locale } : {}) });
      try {
        const result = await guard.check({ template: "cn.collection", data: { amount: 1, note: "你就是个老赖" }, recipient: CN_BORROWER, now: new Date("2026-06-01T02:00:00Z") });
        return result.reasons.find((reason) => reason.code === "rendered-tone")!.message;
      } finally {
        guard.close();
      }
    };
    expect(await insult()).toMatch(/: Insults and humiliating names \(CN-TONE-INSULT\)\.$/u);
    expect(await insult("zh-CN")).toMatch(/：侮辱和贬损性称呼（CN-TONE-INSULT）。$/u);
    expect(await insult("zh-TW")).toMatch(/：侮辱和貶損性稱呼（CN-TONE-INSULT）。$/u);
  });
});

describe("set-up errors", () => {
  const thrown = (make: () => unknown): GuardConfigError => {
    try {
      make();
    } catch (error) {
      if (error instanceof GuardConfigError) return error;
      throw error;
    }
    throw new Error("nothing was thrown");
  };

  it("are said in the guard's locale, with a stable code, and in any other on demand", async () => {
    const store = createSqliteStore({ path: join(temporaryDirectory(), "guard.db") });
    try {
      const weak = (locale?: "zh-CN" | "zh-TW") => thrown(() => createGuard({ templates: compiled(), store, audit: { append() {} }, salt: "short", ...(locale ? { locale } : {}) }));
      expect(weak()).toMatchObject({ code: "weak-salt", message: "`salt` must be a secret string of at least 16 characters" });
      expect(weak("zh-CN")).toMatchObject({ code: "weak-salt", message: "`salt` 必须是至少 16 个字符的保密字符串" });
      expect(weak("zh-TW").messageIn("en")).toBe(weak().message);
      const guard = createGuard({ templates: compiled(), store, audit: { append() {} }, salt: SALT, locale: "zh-TW" });
      await expect(guard.check({ template: "cn.collection", data: {}, recipient: { ...CN_BORROWER, id: "" } })).rejects.toMatchObject({ code: "no-recipient-id", message: "收件人需要 `id`" });
    } finally {
      await store.close();
    }
    expect(thrown(() => createSqliteStore({ path: "", locale: "zh-CN" }))).toMatchObject({ code: "sqlite-no-path", message: "SQLite 存储需要文件路径（`path`）" });
  });
});
