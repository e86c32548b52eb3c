import { compileVariableSchema } from "@tactful/core";
import { describe, expect, it } from "vitest";
import { checkCase } from "../../../test/support/fuzz.js";

describe("patterns in variables' schemas", () => {
  it("run in linear time: a pattern that backtracks exponentially in JavaScript cannot make validation hang", () => {
    const compiled = compileVariableSchema({ type: "string", pattern: "^(a+)+$" });
    if (!compiled.ok) throw new Error(compiled.reason);
    checkCase("validate against ^(a+)+$", `${"a".repeat(50_000)}!`, (text) => expect(compiled.validate(text)).toBe(false));
    expect(compiled.validate("aaaa")).toBe(true);
  });

  it("keep JavaScript's syntax for what RE2 can run, Unicode included", () => {
    const compiled = compileVariableSchema({ type: "string", pattern: "^\\d{3}-\\d{4}$|^\\p{Script=Han}+$" });
    if (!compiled.ok) throw new Error(compiled.reason);
    expect([compiled.validate("400-1234"), compiled.validate("张三"), compiled.validate("x")]).toEqual([true, true, false]);
  });

  it("refuse lookaround and backreferences, saying why", () => {
    const compiled = compileVariableSchema({ type: "string", pattern: "^(?=a)a$" });
    expect(compiled).toMatchObject({ ok: false, reason: expect.stringMatching(/unsupported Perl syntax/) });
  });
});

describe("compiling variables' schemas", () => {
  it("compiles schemas that differ only in their annotations once: a library's variables differ mostly in examples", () => {
    const first = compileVariableSchema({ type: "string", maxLength: 4, role: "recipient-name", pii: true, example: "张三", description: "the borrower" });
    const second = compileVariableSchema({ type: "string", maxLength: 4, role: "recipient-name", pii: true, example: "李四", description: "the debtor" });
    if (!first.ok || !second.ok) throw new Error("did not compile");
    expect(second.validate).toBe(first.validate);
  });

  it("keeps apart schemas that validate differently, and annotations of another type", () => {
    const short = compileVariableSchema({ type: "string", maxLength: 4, example: "张三" });
    const long = compileVariableSchema({ type: "string", maxLength: 40, example: "张三" });
    if (!short.ok || !long.ok) throw new Error("did not compile");
    expect([short.validate("欧阳娜娜娜"), long.validate("欧阳娜娜娜")]).toEqual([false, true]);
    expect(compileVariableSchema({ type: "string", role: "recipient-name" }).ok).toBe(true);
    expect(compileVariableSchema({ type: "string", role: 5 })).toMatchObject({ ok: false });
    expect(compileVariableSchema({ type: "string", description: "a name" }).ok).toBe(true);
    expect(compileVariableSchema({ type: "string", description: 5 })).toMatchObject({ ok: false });
  });
});
