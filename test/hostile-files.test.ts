import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { CLEAN_REMINDER } from "./support/templates.js";
import { root, tactfulBin } from "./support/tools.js";

const schema = JSON.parse(readFileSync(join(root, "schemas/lint-report.schema.json"), "utf8"));
const validate = new Ajv2020.default({ allErrors: true, strict: true }).compile(schema);

interface Report {
  filePath: string;
  errorCount: number;
  messages: Array<{ ruleId: string | null; severity: number; message: string; line: number; column: number; fatal?: boolean }>;
}

/**
 * Runs the built `tactful` in a directory. A time limit, so that a file read without end (a
 * FIFO waiting for a writer, /dev/zero) fails the test instead of hanging it.
 */
function tactful(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [tactfulBin, ...args], { cwd, encoding: "utf8", timeout: 90_000, maxBuffer: 64 << 20, env: { ...process.env, NO_COLOR: "1", CI: "true" } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function project(files: Record<string, string> = {}): string {
  const directory = mkdtempSync(join(tmpdir(), "tactful-files-"));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(directory, name, ".."), { recursive: true });
    writeFileSync(join(directory, name), content);
  }
  return directory;
}

const byFile = (report: Report[]): Record<string, string[]> => Object.fromEntries(report.map((result) => [result.filePath, result.messages.map((message) => `${message.line}:${message.column} ${message.message}`)]));

describe("tactful lint reads only regular files, with a bound, inside the project", () => {
  it("refuses a link to /dev/zero, a FIFO and a link out of the project with a finding on each, and lints the others", () => {
    const outside = project({ "elsewhere.msg.njk": CLEAN_REMINDER });
    const directory = project({ "lib/good.msg.njk": CLEAN_REMINDER });
    symlinkSync("/dev/zero", join(directory, "lib/zero.msg.njk"));
    execFileSync("mkfifo", [join(directory, "lib/pipe.msg.njk")]);
    symlinkSync(join(outside, "elsewhere.msg.njk"), join(directory, "lib/outside.msg.njk"));
    const { status, stdout } = tactful(["lint", "--format", "json"], directory);
    const report = JSON.parse(stdout) as Report[];
    expect(validate(report) ? [] : validate.errors).toEqual([]);
    expect(byFile(report)).toEqual({
      "lib/good.msg.njk": [],
      "lib/outside.msg.njk": [`1:1 not read: it leads to ${join(outside, "elsewhere.msg.njk")}, outside the project, through a symbolic link (--follow-symlinks allows it)`],
      "lib/pipe.msg.njk": ["1:1 cannot read the file: it is a named pipe (FIFO), not a regular file"],
      "lib/zero.msg.njk": ["1:1 not read: it leads to /dev/zero, outside the project, through a symbolic link (--follow-symlinks allows it)"],
    });
    expect(status).toBe(1);
    // Asked to follow links, the outside template is linted; a device is still not a file.
    const followed = byFile(JSON.parse(tactful(["lint", "--format", "json", "--follow-symlinks"], directory).stdout) as Report[]);
    expect(followed["lib/outside.msg.njk"]).toEqual([expect.stringMatching(/^2:5 Another template has the same id `reminder\.due-soon`, locale zh-CN and channel sms: (?:lib\/)?good\.msg\.njk\./)]);
    expect(followed["lib/zero.msg.njk"]).toEqual(["1:1 cannot read the file: it is a character device, not a regular file"]);
  });

  it("walks a directory link loop once: a template is not a duplicate of itself", () => {
    const directory = project({ "lib/a.msg.njk": CLEAN_REMINDER });
    symlinkSync("..", join(directory, "lib/up"), "dir");
    symlinkSync(".", join(directory, "lib/again"), "dir");
    const { status, stdout } = tactful(["lint", "--format", "json", "."], directory);
    expect(byFile(JSON.parse(stdout) as Report[])).toEqual({ "lib/a.msg.njk": [] });
    expect(status).toBe(0);
  });

  it("refuses a cache that is not a cache file: a link to /dev/zero, a device, /proc, a README", () => {
    const directory = project({ "a.msg.njk": CLEAN_REMINDER, "README.md": "# Notes\n" });
    symlinkSync("/dev/zero", join(directory, ".tactfulcache"));
    const cases: Array<[string[], string]> = [
      [[], `the cache ${join(directory, ".tactfulcache")} cannot be used: not read: it leads to /dev/zero, outside the project, through a symbolic link`],
      [["--cache-location", "/dev/zero"], "the cache /dev/zero cannot be used: cannot read the file: it is a character device, not a regular file"],
      [["--cache-location", "/proc"], "the cache /proc/.tactfulcache cannot be used: it is under /proc or /sys, whose files are not files"],
      [["--cache-location", "/proc/self/pagemap"], "the cache /proc/self/pagemap cannot be used: it is under /proc or /sys, whose files are not files"],
      [["--cache-location", "README.md"], `the cache ${join(directory, "README.md")} cannot be used: it is not a cache file (not JSON)`],
    ];
    for (const [args, message] of cases) {
      const { status, stderr } = tactful(["lint", "--cache", ...args], directory);
      expect(stderr, args.join(" ")).toContain(`tactful: ${message}`);
      expect(stderr).toMatch(/Delete it or choose another --cache-location\.\n$/);
      expect(status).toBe(2);
    }
    expect(readFileSync(join(directory, "README.md"), "utf8")).toBe("# Notes\n");
  });
});

describe("one bad file never sinks the run", () => {
  // 200 KB of `a.a.a…`: the English sentence parser overflows its stack on it.
  const head = readFileSync(join(root, "templates/en-US/transactional/repayment-received.email.msg.njk"), "utf8").split(/\n---\n/)[0] + "\n---\n";
  const files = { "bad.msg.njk": `${head}${"a.".repeat(100_000)}a\n`, "good.msg.njk": CLEAN_REMINDER };

  it("reports a rule that fails on one file as a finding on it, lints the others, and exits 1, in every format", () => {
    const directory = project(files);
    const { status, stdout, stderr } = tactful(["lint", "--format", "json"], directory);
    expect(stderr).toBe("");
    const report = JSON.parse(stdout) as Report[];
    expect(validate(report) ? [] : validate.errors).toEqual([]);
    const bad = report.find((result) => result.filePath === "bad.msg.njk")!;
    expect(bad.messages).toContainEqual(expect.objectContaining({ ruleId: null, severity: 2, fatal: true, line: 1, column: 1, message: expect.stringMatching(/^the rule tactful\/[a-z-]+ failed while linting .*bad\.msg\.njk:\d+: Maximum call stack size exceeded$/) }));
    expect(report.find((result) => result.filePath === "good.msg.njk")!.messages).toEqual([]);
    expect(status).toBe(1);
    const sarif = tactful(["lint", "--format", "sarif"], directory);
    expect(sarif.status).toBe(1);
    const results = (JSON.parse(sarif.stdout) as { runs: Array<{ results: Array<{ ruleId: string; level: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }> }> }> }).runs[0]!.results;
    expect(results).toContainEqual(expect.objectContaining({ ruleId: "parsing-error", level: "error", locations: [expect.objectContaining({ physicalLocation: expect.objectContaining({ artifactLocation: expect.objectContaining({ uri: "bad.msg.njk" }) }) })] }));
  }, 180_000);
});

describe("a file that is not a template, named on the command line", () => {
  it("is refused on stderr, with valid empty output in every format (exit 2)", () => {
    const directory = project({ "notes.txt": "call me\n" });
    const json = tactful(["lint", "--format", "json", "notes.txt"], directory);
    const report = JSON.parse(json.stdout) as Report[];
    expect(validate(report) ? [] : validate.errors).toEqual([]);
    expect(report).toEqual([]);
    expect(json.stderr).toBe("tactful: notes.txt is not a template: templates are named *.msg.njk\n");
    expect(json.status).toBe(2);
    for (const format of ["stylish", "github", "sarif"]) {
      const run = tactful(["lint", "--format", format, "notes.txt"], directory);
      expect(run.stderr, format).toBe("tactful: notes.txt is not a template: templates are named *.msg.njk\n");
      expect(run.status, format).toBe(2);
    }
    const sarif = JSON.parse(tactful(["lint", "--format", "sarif", "notes.txt"], directory).stdout) as { runs: Array<{ results: unknown[] }> };
    expect(sarif.runs[0]!.results).toEqual([]);
  });
});
