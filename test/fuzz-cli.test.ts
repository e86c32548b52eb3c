import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run, type Io } from "@tactful/cli";
import { CHANNELS } from "@tactful/core";
import { Linter } from "eslint";
import plugin from "@tactful/eslint-plugin";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkAsyncProperty, runs, suiteTimeout } from "./support/fuzz.js";
import { arbitraryBody, arbitraryFrontMatter, mutatedTemplate } from "./support/inputs.js";
import { checkMessages } from "./support/lint-invariants.js";

/**
 * `tactful lint` on directories of hostile files read from disk: mutated templates, binary
 * files and files that are not valid UTF-8. Every file gets its findings, inside its text,
 * the command exits 0 or 1 and never with an internal error, and `--fix` writes exactly the
 * fixes into the files that have them (BOM and line breaks as they were), and nothing else.
 */

type FileSpec = { kind: "text"; text: string } | { kind: "bytes"; bytes: Uint8Array };

/** Byte sequences that are not UTF-8: a lone continuation byte, an overlong form, an encoded surrogate, a cut sequence, UTF-16. */
const INVALID_UTF8 = [[0xff], [0x80], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xe4, 0xb8], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xfe, 0xff]];

const invalidUtf8File = fc
  .record({ template: mutatedTemplate, at: fc.double({ min: 0, max: 1, noNaN: true }), bad: fc.constantFrom(...INVALID_UTF8) })
  .map(({ template, at, bad }): FileSpec => {
    const bytes = Buffer.from(template.text, "utf8");
    const cut = Math.floor(at * bytes.length);
    return { kind: "bytes", bytes: Buffer.concat([bytes.subarray(0, cut), Buffer.from(bad), bytes.subarray(cut)]) };
  });

const fileSpec: fc.Arbitrary<FileSpec> = fc.oneof(
  { weight: 4, arbitrary: mutatedTemplate.map((template): FileSpec => ({ kind: "text", text: template.text })) },
  { weight: 1, arbitrary: fc.tuple(arbitraryFrontMatter, arbitraryBody).map(([head, body]): FileSpec => ({ kind: "text", text: head + body })) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 300 }).map((bytes): FileSpec => ({ kind: "bytes", bytes })) },
  { weight: 1, arbitrary: invalidUtf8File },
);

function capture(cwd: string): { io: Io; stdout: () => string; stderr: () => string } {
  let out = "";
  let err = "";
  return {
    io: { stdout: { write: (text: string) => (out += text) }, stderr: { write: (text: string) => (err += text) }, cwd, env: { CI: "true" } },
    stdout: () => out,
    stderr: () => err,
  };
}

function writeFiles(specs: readonly FileSpec[]): { directory: string; files: Array<{ name: string; bytes: Buffer }> } {
  const directory = mkdtempSync(join(tmpdir(), "tactful-fuzz-cli-"));
  const files = specs.map((spec, index) => {
    const name = `f${index}.${CHANNELS[index % CHANNELS.length]}.msg.njk`;
    const bytes = spec.kind === "text" ? Buffer.from(spec.text, "utf8") : Buffer.from(spec.bytes);
    writeFileSync(join(directory, name), bytes);
    return { name, bytes };
  });
  return { directory, files };
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

interface JsonResult {
  filePath: string;
  messages: Linter.LintMessage[];
}

/** A lint costs one run of the command plus about 200 parses per file. */
const BATCH = { minLength: 4, maxLength: 12 };
const BATCH_RUNS = runs(1500, 3);

describe("tactful lint on hostile files from disk", () => {
  it("reports every file, inside its text, and exits 0 or 1", { timeout: suiteTimeout(BATCH_RUNS) }, async () => {
    await checkAsyncProperty(
      "tactful lint",
      fc.array(fileSpec, BATCH),
      async (specs) => {
        const { directory, files } = writeFiles(specs);
        const output = capture(directory);
        const code = await run(["lint", "--format", "json", "."], output.io);
        expect(output.stderr()).toBe("");
        expect([0, 1]).toContain(code);
        const results = JSON.parse(output.stdout()) as JsonResult[];
        expect(results.map((result) => result.filePath).sort()).toEqual(files.map((file) => file.name).sort());
        for (const result of results) {
          const file = files.find((candidate) => candidate.name === result.filePath)!;
          checkMessages(new TextDecoder().decode(file.bytes), result.messages);
          if (!isUtf8(file.bytes)) expect(result.messages.map((message) => message.message)).toContainEqual(expect.stringMatching(/^the file is not valid UTF-8 \(byte \d+\)$/));
        }
      },
      BATCH_RUNS,
    );
  });

  it("--fix writes exactly the fixes, only into files that have them", { timeout: suiteTimeout(BATCH_RUNS) }, async () => {
    await checkAsyncProperty(
      "tactful lint --fix",
      fc.array(fileSpec, BATCH),
      async (specs) => {
        const { directory, files } = writeFiles(specs);
        const before = new Map(files.map((file) => [file.name, statSync(join(directory, file.name))]));
        const code = await run(["lint", "--fix", "--format", "json", "."], capture(directory).io);
        // The files are linted as ESLint lints them from their directory: outside its cwd, no config matches.
        const inDirectory = new Linter({ configType: "flat", cwd: directory });
        expect([0, 1]).toContain(code);
        for (const file of files) {
          const path = join(directory, file.name);
          const after = readFileSync(path);
          const text = isUtf8(file.bytes) ? new TextDecoder("utf-8", { ignoreBOM: true }).decode(file.bytes) : null;
          const expected = text === null ? null : inDirectory.verifyAndFix(text, [plugin.configs.recommended], { filename: path });
          if (!expected?.fixed || expected.messages.some((message) => message.fatal)) {
            expect(after.equals(file.bytes), `${file.name} was changed but has nothing to fix`).toBe(true);
            expect(statSync(path).mtimeMs, `${file.name} was written but has nothing to fix`).toBe(before.get(file.name)!.mtimeMs);
          } else {
            expect(after.toString("utf8"), `${file.name} holds exactly the fixed text`).toBe(expected.output);
          }
        }
        expect(readdirSync(directory).filter((name) => name.endsWith(".tmp")), "temporary files left behind").toEqual([]);
      },
      BATCH_RUNS,
    );
  });
});
