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
