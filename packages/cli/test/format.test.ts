import { describe, expect, it } from "vitest";
import { format } from "../src/format.js";
import { resultOf, type LintMessage, type LintRun } from "../src/lint.js";

function runWith(filePath: string, messages: LintMessage[]): LintRun {
  return { results: [resultOf(filePath, messages)], configs: [{ config: { kind: "built-in" }, templates: [filePath], relaxed: [], relaxedTemplates: [] }], rules: {}, fixed: [], templates: new Map(), sources: new Map(), packs: new Map(), ignored: [] };
}

const github = (run: LintRun): string[] => format("github", run, { cwd: "/repo", color: false, toolVersion: "0" }).split("\n");

describe("--format github", () => {
  it("escapes %, CR and LF in the message, and also : and , in properties", () => {
    const [line] = github(
      runWith("/repo/templates/a,b:c%.msg.njk", [{ ruleId: "tactful/no-threats", severity: 2, message: "100% sure:\r\nno, never", line: 3, column: 5, endLine: 3, endColumn: 9 }]),
    );
    expect(line).toBe("::error file=templates/a%2Cb%3Ac%25.msg.njk,line=3,col=5,endLine=3,endColumn=9,title=tactful/no-threats::100%25 sure:%0D%0Ano, never");
  });

  it("gives a one-line finding its full range, a multi-line finding its start, and warnings as warnings", () => {
    const lines = github(
      runWith("/repo/a.msg.njk", [
        { ruleId: "tactful/sms-length", severity: 1, message: "long", line: 2, column: 1, endLine: 4, endColumn: 3 },
        { ruleId: null, severity: 2, fatal: true, message: "unclosed", line: 7, column: 2 },
      ]),
    );
    expect(lines[0]).toBe("::warning file=a.msg.njk,line=2,col=1,title=tactful/sms-length::long");
    expect(lines[1]).toBe("::error file=a.msg.njk,line=7,col=2,title=parsing error::unclosed");
    expect(lines[2]).toBe("1 template checked: 1 error, 1 warning.");
  });
});
