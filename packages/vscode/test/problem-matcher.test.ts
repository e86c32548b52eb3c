import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { isAbsolute, join, relative } from "node:path";
import { stripVTControlCharacters } from "node:util";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../../..");
const CLI = join(root, "packages/cli/bin/tactful.js");
const manifest = JSON.parse(readFileSync(join(import.meta.dirname, "../package.json"), "utf8")) as {
  contributes: { problemMatchers: Array<{ name: string; pattern: Array<{ regexp: string; file?: number; line?: number; column?: number; severity?: number; message?: number; code?: number; loop?: boolean }> }> };
};
const matcher = manifest.contributes.problemMatchers.find((candidate) => candidate.name === "tactful")!;

/** VS Code's multi-line matching: the first pattern names the file, the last one loops over its findings. */
function match(output: string): string[] {
  const [fileLine, findingLine] = matcher.pattern.map((pattern) => ({ ...pattern, regexp: new RegExp(pattern.regexp) }));
  const found: string[] = [];
  let file: string | undefined;
  // Terminal tasks strip colours before matching.
  for (const line of stripVTControlCharacters(output).split("\n")) {
    const finding = file === undefined ? null : findingLine!.regexp.exec(line);
    if (finding) {
      found.push(`${file}:${finding[findingLine!.line!]}:${finding[findingLine!.column!]} ${finding[findingLine!.severity!]} ${finding[findingLine!.code!] ?? "-"} ${finding[findingLine!.message!]}`);
      continue;
    }
    const named = fileLine!.regexp.exec(line);
    file = named ? named[fileLine!.file!] : undefined;
  }
  return found;
}

const SAMPLE = readFileSync(join(root, "templates/zh-CN/collection/overdue-first-notice.sms.msg.njk"), "utf8");

describe("the `tactful` problem matcher", () => {
  it("reads every finding of `tactful lint`'s default output, as its JSON output reports them", () => {
    const project = mkdtempSync(join(tmpdir(), "tactful-matcher-"));
    try {
      mkdirSync(join(project, "zh CN"));
      writeFileSync(join(project, "zh CN", "threat.sms.msg.njk"), SAMPLE.replace("{{ name | mask }}", "{{ name }}").replace("如非本人请忽略。", "再不还款就上门找你。如非本人请忽略。").replace("overdue-first-notice", "threat"));
      writeFileSync(join(project, "broken.sms.msg.njk"), SAMPLE.replace("{% endif %}", "").replace("overdue-first-notice", "broken"));
      writeFileSync(join(project, "clean.sms.msg.njk"), SAMPLE);
      const run = (...args: string[]): string => spawnSync(process.execPath, [CLI, "lint", ".", ...args], { cwd: project, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", LANG: "C" } }).stdout;
      const report = JSON.parse(run("--format", "json")) as Array<{ filePath: string; messages: Array<{ line: number; column: number; severity: number; ruleId: string | null; message: string }> }>;
      const expected = report.flatMap((result) =>
        result.messages.map((message) => `${isAbsolute(result.filePath) ? relative(project, result.filePath) : result.filePath}:${message.line}:${message.column} ${message.severity === 2 ? "error" : "warning"} ${message.ruleId ?? "-"} ${message.message.split("\n")[0]}`),
      );
      expect(expected.length).toBeGreaterThanOrEqual(3);
      expect(expected.some((finding) => finding.includes(" - "))).toBe(true);
      expect(match(run())).toEqual(expected);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });
});
