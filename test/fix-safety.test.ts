import { spawn } from "node:child_process";
import { chmodSync, chownSync, linkSync, lstatSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import * as fs from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { run, type Io } from "@tactful/cli";
import { compileTemplate, examplesOf } from "@tactful/renderer";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CLEAN_REMINDER } from "./support/templates.js";

// The CLI's own modules see this file system: a test can make a rename fail or a file change
// at the moment the CLI looks at it. ESLint (not transformed) keeps the real one.
vi.mock("node:fs/promises", async (importOriginal) => {
  const actual = await importOriginal<typeof fs>();
  return { ...actual, rename: vi.fn(actual.rename), chmod: vi.fn(actual.chmod) };
});
const actual = await vi.importActual<typeof fs>("node:fs/promises");

afterEach(() => {
  vi.mocked(fs.rename).mockImplementation(actual.rename);
  vi.mocked(fs.chmod).mockImplementation(actual.chmod);
});

const CLEAN = CLEAN_REMINDER;
/** The same message without its 【signature】, which `sender-identification` puts back. */
const FIXABLE = CLEAN.replace("【示例金融】", "");

function directoryWith(files: Record<string, string>): string {
  const directory = mkdtempSync(join(tmpdir(), "tactful-fix-"));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(directory, name), content);
  return directory;
}

async function lint(directory: string, args: string[] = []): Promise<{ code: number; results: Array<{ filePath: string; messages: Array<{ message: string; ruleId: string | null }> }>; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io: Io = { stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) }, cwd: directory, env: { CI: "true" } };
  const code = await run(["lint", "--fix", "--format", "json", ...args, "."], io);
  return { code, results: JSON.parse(stdout), stderr };
}

const messagesOf = (results: Awaited<ReturnType<typeof lint>>["results"], file: string): string[] =>
  results.find((result) => result.filePath === file)!.messages.map((message) => message.message);

describe("tactful lint --fix", () => {
  it("keeps a BOM and CRLF line breaks, and changes nothing but the fix", async () => {
    const crlf = (text: string): string => `\uFEFF${text.replace(/\n/g, "\r\n")}`;
    const directory = directoryWith({ "a.sms.msg.njk": crlf(FIXABLE) });
    const { code } = await lint(directory);
    expect(code).toBe(0);
    expect(readFileSync(join(directory, "a.sms.msg.njk"), "utf8")).toBe(crlf(CLEAN));
  });

  it("leaves the original file intact and no temporary file when the rename fails, and still fixes the others", async () => {
    const directory = directoryWith({ "a.sms.msg.njk": FIXABLE, "b.sms.msg.njk": FIXABLE });
    vi.mocked(fs.rename).mockImplementationOnce(async () => {
      throw Object.assign(new Error("EACCES: permission denied, rename"), { code: "EACCES" });
    });
    const { code, results, stderr } = await lint(directory, ["--no-library"]);
    expect(stderr).toBe("");
    expect(code).toBe(1);
    const contents = ["a.sms.msg.njk", "b.sms.msg.njk"].map((name) => readFileSync(join(directory, name), "utf8"));
    expect([...contents].sort()).toEqual([CLEAN, FIXABLE].sort());
    const failed = contents[0] === FIXABLE ? "a.sms.msg.njk" : "b.sms.msg.njk";
    expect(messagesOf(results, failed)).toContainEqual("Fixes were not written: the file cannot be written (permission denied); it is unchanged.");
    expect(readdirSync(directory).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("does not overwrite a file edited between the check and the rename", async () => {
    const directory = directoryWith({ "a.sms.msg.njk": FIXABLE });
    const file = join(directory, "a.sms.msg.njk");
    const edited = `${FIXABLE}{# edited meanwhile #}\n`;
    // The temporary file takes the original's mode just before it replaces the original: an editor saves it just then.
    vi.mocked(fs.chmod).mockImplementationOnce(async (path, mode) => {
      await actual.writeFile(file, edited);
      return actual.chmod(path, mode);
    });
    const { code, results } = await lint(directory);
    expect(code).toBe(1);
    expect(readFileSync(file, "utf8")).toBe(edited);
    expect(messagesOf(results, "a.sms.msg.njk")).toContainEqual("Fixes were not written: the file changed while it was being fixed. It is unchanged: run the command again.");
    expect(readdirSync(directory).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("refuses to replace a read-only file or one with other hard links, and says why", async () => {
    const directory = directoryWith({ "read-only.sms.msg.njk": FIXABLE.replace("reminder.due-soon", "reminder.a"), "linked.sms.msg.njk": FIXABLE.replace("reminder.due-soon", "reminder.b") });
    chmodSync(join(directory, "read-only.sms.msg.njk"), 0o444);
    const outside = mkdtempSync(join(tmpdir(), "tactful-fix-other-"));
    linkSync(join(directory, "linked.sms.msg.njk"), join(outside, "copy.msg.njk"));
    const { code, results } = await lint(directory);
    expect(code).toBe(1);
    expect(messagesOf(results, "read-only.sms.msg.njk")).toContainEqual("Fixes were not written: the file is read-only; make it writable first if it should change. It is unchanged.");
    expect(messagesOf(results, "linked.sms.msg.njk")).toContainEqual("Fixes were not written: the file has 2 hard links, and replacing it would split them. It is unchanged.");
    expect(readFileSync(join(directory, "read-only.sms.msg.njk"), "utf8")).toBe(FIXABLE.replace("reminder.due-soon", "reminder.a"));
    expect(statSync(join(directory, "read-only.sms.msg.njk")).mode & 0o777).toBe(0o444);
    expect(statSync(join(directory, "linked.sms.msg.njk")).ino).toBe(statSync(join(outside, "copy.msg.njk")).ino);
    expect(readFileSync(join(outside, "copy.msg.njk"), "utf8")).toBe(FIXABLE.replace("reminder.due-soon", "reminder.b"));
  });

  it("keeps the owner, group and mode of a file it fixes", async () => {
    const directory = directoryWith({ "a.sms.msg.njk": FIXABLE });
    const file = join(directory, "a.sms.msg.njk");
    chownSync(file, 1234, 1234);
    chmodSync(file, 0o640);
    expect((await lint(directory)).code).toBe(0);
    expect(readFileSync(file, "utf8")).toBe(CLEAN);
    const after = statSync(file);
    expect([after.uid, after.gid, after.mode & 0o7777]).toEqual([1234, 1234, 0o640]);
  });

  it("does not read or write a template that a symbolic link leads to outside the project", async () => {
    const outside = directoryWith({ "shared.sms.msg.njk": FIXABLE });
    const directory = directoryWith({});
    symlinkSync(join(outside, "shared.sms.msg.njk"), join(directory, "a.sms.msg.njk"));
    const { code, results } = await lint(directory);
    expect(code).toBe(1);
    expect(messagesOf(results, "a.sms.msg.njk")).toEqual([`not read: it leads to ${join(outside, "shared.sms.msg.njk")}, outside the project, through a symbolic link (--follow-symlinks allows it)`]);
    expect(readFileSync(join(outside, "shared.sms.msg.njk"), "utf8")).toBe(FIXABLE);
    expect((await lint(directory, ["--follow-symlinks"])).code).toBe(0);
    expect(readFileSync(join(outside, "shared.sms.msg.njk"), "utf8")).toBe(CLEAN);
  });

  it("writes through a symbolic link, which stays a link", async () => {
    const directory = directoryWith({ "shared.txt": FIXABLE });
    symlinkSync(join(directory, "shared.txt"), join(directory, "a.sms.msg.njk"));
    expect((await lint(directory)).code).toBe(0);
    expect(lstatSync(join(directory, "a.sms.msg.njk")).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(directory, "shared.txt"), "utf8")).toBe(CLEAN);
  });

  it("never inserts a sender name as template code: a name with `{{` is not fixed, one with `{` is, and renders as written", async () => {
    const live = FIXABLE.replace("name: 示例金融", 'name: "示{{amount}}"');
    const braces = FIXABLE.replace("reminder.due-soon", "reminder.braces").replace("name: 示例金融", 'name: "示例{金融}"');
    const directory = directoryWith({ "live.sms.msg.njk": live, "braces.sms.msg.njk": braces });
    const { results } = await lint(directory);
    expect(readFileSync(join(directory, "live.sms.msg.njk"), "utf8")).toBe(live);
    expect(messagesOf(results, "live.sms.msg.njk")).toContainEqual(expect.stringMatching(/^The message does not start with the sender's signature `【示\{\{amount\}\}】`/));
    const fixed = readFileSync(join(directory, "braces.sms.msg.njk"), "utf8");
    expect(fixed).toBe(braces.replace("\n您尾号", "\n【示例{金融}】您尾号"));
    expect(results.find((result) => result.filePath === "braces.sms.msg.njk")!.messages.filter((message) => message.ruleId === "tactful/sender-identification")).toEqual([]);
    const compiled = compileTemplate(fixed, { filePath: "braces.sms.msg.njk" });
    expect((compiled.render(examplesOf(compiled)[0]!.data) as { text: string }).text).toMatch(/^【示例\{金融\}】您尾号6688的借款本期应还100\.00元/);
  });

  it("refuses fixes that never settle, and says which rule", async () => {
    // A project rule whose fix undoes itself: 0 becomes 1 and 1 becomes 0, for ever.
    const config = `import tactful from "@tactful/eslint-plugin";
const flip = { meta: { fixable: "code", messages: { flip: "flip" } }, create: (context) => ({ Text(node) {
  const at = context.sourceCode.text.indexOf("详询", node.range[0]);
  if (at === -1 || at >= node.range[1]) return;
  const digit = context.sourceCode.text[at - 1] === "0" ? "1" : "0";
  context.report({ node, messageId: "flip", fix: (fixer) => fixer.replaceTextRange([at - 1, at], digit) });
} }) };
export default [tactful.configs.recommended, { files: ["**/*.msg.njk"], plugins: { local: { rules: { flip } } }, rules: { "local/flip": "error" } }];
`;
    const directory = directoryWith({ "eslint.config.js": config, "a.sms.msg.njk": CLEAN.replace("，详询", "0详询") });
    symlinkSync(fileURLToPath(new URL("../node_modules", import.meta.url)), join(directory, "node_modules"), "dir");
    const { code, results } = await lint(directory);
    expect(code).toBe(1);
    expect(messagesOf(results, "a.sms.msg.njk")).toContainEqual("Fixes were not written: the fixes do not settle (local/flip still change the file after 10 passes). Fix it by hand.");
    expect(readFileSync(join(directory, "a.sms.msg.njk"), "utf8")).toBe(CLEAN.replace("，详询", "0详询"));
  });
});

describe("an interrupted write", () => {
  it("leaves the original file whole when the writing process is killed mid-write", async () => {
    const directory = directoryWith({ "a.sms.msg.njk": CLEAN });
    const file = join(directory, "a.sms.msg.njk");
    const writer = fileURLToPath(new URL("../packages/cli/dist/write.js", import.meta.url));
    // A write large enough to be caught in the middle: 400 MB.
    const script = `import { writeFileAtomic } from ${JSON.stringify(writer)}; await writeFileAtomic(${JSON.stringify(file)}, "x".repeat(400 * 1024 * 1024));`;
    const child = spawn(process.execPath, ["--input-type=module", "-e", script], { stdio: "ignore" });
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    const writing = (): boolean => readdirSync(directory).some((name) => name.endsWith(".tmp") && lstatSync(join(directory, name)).size > 0);
    const started = Date.now();
    while (!writing() && Date.now() - started < 60_000) await new Promise((resolve) => setTimeout(resolve, 2));
    expect(writing(), "the temporary file is being written").toBe(true);
    child.kill("SIGKILL");
    expect(await exited).toBe(null);
    expect(readFileSync(file, "utf8")).toBe(CLEAN);
  });
});
