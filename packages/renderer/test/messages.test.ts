import { compileTemplate, issueMessageIn, messageIn, openRelease, readKey, ReleaseError, RenderError, TemplateDataError } from "@tactful/renderer";
import { describe, expect, it } from "vitest";

const unverified = { acceptUnverified: true } as const;

/** The error a promise rejects with. */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.unreachable("it should refuse"),
    (error: unknown) => error,
  );
}

describe("the renderer's refusals in the reader's locale", () => {
  it("keep `message` in English and say the same refusal in Chinese, with the names and positions it gives", async () => {
    const error = await rejection(openRelease('{ "format": 2,\n  "format": 3 }', unverified));
    expect(error).toBeInstanceOf(ReleaseError);
    const refusal = error as ReleaseError;
    expect(refusal.message).toBe('the release has the key "format" twice in / (line 2, column 3)');
    expect(refusal.messageIn("en")).toBe(refusal.message);
    expect(refusal.messageIn("zh-CN")).toBe('发布包：在 / 中有重复的键 "format"（第 2 行第 3 列）');
    expect(refusal.messageIn("zh-TW")).toBe('發布包：在 / 中有重複的鍵 "format"（第 2 行第 3 欄）');
  });

  it("say a nested name (a key file) in the same locale", async () => {
    const error = await rejection(readKey("/nonexistent/release-key.pem", "private"));
    expect(messageIn(error, "en")).toBe("cannot read the private key /nonexistent/release-key.pem: no such file");
    expect(messageIn(error, "zh-TW")).toBe("無法讀取私鑰 /nonexistent/release-key.pem：檔案不存在");
  });

  it("leave an error that is not the renderer's as it is", () => {
    expect(messageIn(new Error("disk on fire"), "zh-CN")).toBe("disk on fire");
    expect(new RenderError("not-found", "plain words").messageIn("zh-CN")).toBe("plain words");
  });

  it("say data that does not fit in the reader's locale, and leave the issues' shape as it is", () => {
    const template = compileTemplate("---\nid: data.case\nversion: 1\nchannel: sms\nlocale: en-US\ncategory: transactional\naudience: customer\nsender: { name: Example Lending, role: creditor }\nvariables:\n  name: { type: string, maxLength: 4, example: Ann }\n  days: { type: integer, example: 3 }\n---\nExample Lending: {{ name }} {{ days }}\n");
    let error: unknown;
    try {
      template.render({ name: "Annabel" });
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(TemplateDataError);
    const { issues } = error as TemplateDataError;
    expect(issues).toEqual([
      { path: "/days", keyword: "required", message: "`days` is missing" },
      { path: "/name", keyword: "maxLength", message: "must NOT have more than 4 characters" },
    ]);
    expect(issues.map((issue) => issueMessageIn(issue, "zh-CN"))).toEqual(["缺少 `days`", "不得超过 4 个字符"]);
    expect(messageIn(error, "zh-TW")).toMatch(/^資料與 .+ 不符：\/days 缺少 `days`; \/name 不得超過 4 個字元$/u);
  });
});
