import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createGuard, createSqliteStore } from "@tactful/guard";
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
