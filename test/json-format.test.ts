import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { root, run, tactfulBin } from "./support/tools.js";

/** Fixtures that between them give every optional field: ranges, fixes, suggestions, parsing errors. */
const FIXTURES = ["test/fixtures/syntax", "test/fixtures/rules/sender-identification"];
const schema = JSON.parse(readFileSync(join(root, "schemas/lint-report.schema.json"), "utf8"));
const validate = new Ajv2020.default({ allErrors: true, strict: true }).compile(schema);

describe("tactful lint --format json", () => {
  it("matches schemas/lint-report.schema.json on fixtures with fixes, suggestions and fatal errors", () => {
    const { status, stdout } = run(process.execPath, [tactfulBin, "lint", ...FIXTURES, "--format", "json"], root);
    expect(status).toBe(1);
    const report = JSON.parse(stdout);
    expect(validate(report) ? [] : validate.errors).toEqual([]);
    const messages = report.flatMap((result: { messages: object[] }) => result.messages);
    // The fixtures exercise every optional field, so the schema is checked on each.
    for (const field of ["endLine", "fix", "suggestions", "fatal"]) expect(messages.some((message: object) => field in message)).toBe(true);
  });

  it("matches the schema with suppressed messages, and the schema refuses what it does not describe", () => {
    const directory = mkdtempSync(join(tmpdir(), "tactful-json-"));
    const sample = readFileSync(join(root, "packages/cli/samples/zh-CN/reminder/due-soon.sms.msg.njk"), "utf8");
    writeFileSync(join(directory, "a.msg.njk"), sample.replace("【示例金融】", "{# tactful-disable-next-line no-undeclared-variables -- sent by every channel #}\n【示例金融】{{ channel_name }}"));
    const { stdout } = run(process.execPath, [tactfulBin, "lint", "--format", "json"], directory);
    const report = JSON.parse(stdout);
    expect(report.some((result: { suppressedMessages: unknown[] }) => result.suppressedMessages.length > 0)).toBe(true);
    expect(validate(report) ? [] : validate.errors).toEqual([]);
    const renamed = structuredClone(report);
    renamed[0].messages.push({ rule: "x", severity: 3, message: "", line: 0, column: 1 });
    expect(validate(renamed)).toBe(false);
  });

  it("is documented field by field in docs/json-format.md", () => {
    const docs = readFileSync(join(root, "docs/json-format.md"), "utf8");
    const fields = new Set<string>();
    const collect = (node: unknown): void => {
      if (typeof node !== "object" || node === null) return;
      for (const [key, value] of Object.entries(node)) {
        if (key === "properties") for (const name of Object.keys(value as object)) fields.add(name);
        collect(value);
      }
    };
    collect(schema);
    expect([...fields].filter((field) => !docs.includes(`\`${field}\``))).toEqual([]);
  });
});
