import { spawn } from "node:child_process";
import { lstatSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import * as fs from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { run, type Io } from "@tactful/cli";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CLEAN_REMINDER } from "./support/templates.js";

// The CLI's own modules see this file system: a test can make a rename fail or a file change
// at the moment the CLI looks at it. ESLint (not transformed) keeps the real one.
vi.mock("node:fs/promises", async (importOriginal) => {
  const actual = await importOriginal<typeof fs>();
  return { ...actual, rename: vi.fn(actual.rename), readFile: vi.fn(actual.readFile) };
});
const actual = await vi.importActual<typeof fs>("node:fs/promises");

afterEach(() => {
  vi.mocked(fs.rename).mockImplementation(actual.rename);
  vi.mocked(fs.readFile).mockImplementation(actual.readFile as typeof fs.readFile);
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

  it("does not overwrite a file that changed while it was being linted", async () => {
    const directory = directoryWith({ "a.sms.msg.njk": FIXABLE });
    const file = join(directory, "a.sms.msg.njk");
    const edited = `${FIXABLE}{# edited meanwhile #}\n`;
    vi.mocked(fs.readFile).mockImplementation((async (path: Parameters<typeof fs.readFile>[0], options?: Parameters<typeof fs.readFile>[1]) => {
      // The check before writing reads the file as text: an editor saves it just then.
      if (options === "utf8" && path === file) await actual.writeFile(file, edited);
      return actual.readFile(path, options);
    }) as typeof fs.readFile);
    const { code, results } = await lint(directory);
    expect(code).toBe(1);
    expect(readFileSync(file, "utf8")).toBe(edited);
    expect(messagesOf(results, "a.sms.msg.njk")).toContainEqual("Fixes were not written: the file changed while it was being linted. Run the command again.");
  });

  it("writes through a symbolic link, which stays a link", async () => {
    const directory = directoryWith({ "shared.txt": FIXABLE });
    symlinkSync(join(directory, "shared.txt"), join(directory, "a.sms.msg.njk"));
    expect((await lint(directory)).code).toBe(0);
    expect(lstatSync(join(directory, "a.sms.msg.njk")).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(directory, "shared.txt"), "utf8")).toBe(CLEAN);
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
