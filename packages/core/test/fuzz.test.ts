import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseTemplate, type TemplateDocument } from "@tactful/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allNodes, referencePosition } from "./helpers.js";

/** Cases per property; CI runs the default, a deeper run sets TACTFUL_FUZZ_RUNS. */
const RUNS = Number(process.env["TACTFUL_FUZZ_RUNS"] ?? 1500);

const templatesDir = fileURLToPath(new URL("../../../templates", import.meta.url));
const samples = readdirSync(templatesDir, { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith(".msg.njk"))
  .map((file) => readFileSync(join(templatesDir, file), "utf8"));

/** Everything a caller may rely on, whatever the input: positions inside the text and consistent. */
function checkInvariants(text: string, document: TemplateDocument): void {
  const inside = (range: readonly number[], what: string): void => {
    expect(range[0], what).toBeGreaterThanOrEqual(0);
    expect(range[1], what).toBeGreaterThanOrEqual(range[0]!);
    expect(range[1], what).toBeLessThanOrEqual(text.length);
  };
  for (const problem of document.problems) {
    inside(problem.range, `problem ${problem.code}`);
    expect(problem.loc.start).toEqual(referencePosition(text, problem.range[0]));
    expect(problem.message.length).toBeGreaterThan(0);
    // The catch-all in parseTemplate keeps an editor alive, but reaching it is a bug.
    expect(problem.message).not.toMatch(/^could not parse the template/);
  }
  for (const node of allNodes(document)) {
    inside(node.range, node.type);
    expect(node.loc.start, node.type).toEqual(referencePosition(text, node.range[0]));
    expect(node.loc.end, node.type).toEqual(referencePosition(text, node.range[1]));
  }
  for (const segment of document.prose) {
    if (segment.text.length > 0) inside(segment.sourceRange(0, segment.text.length), "prose");
  }
  expect(document.fatal).toBe(document.problems.some((problem) => problem.fatal));
}

function parseAndCheck(text: string): void {
  checkInvariants(text, parseTemplate(text));
}

const FRAGMENTS = [
  "---", "\n", "\r\n", "\r", " ", "{{", "}}", "{{-", "-}}", "{%", "%}", "{%-", "-%}", "{#", "#}",
  "if ", "elif ", "else", "endif", "for ", " in ", "endfor", "set ", "= ", "raw", "endraw", "macro", "include",
  "x", "name", ".", "[", "]", "(", ")", "|", "mask", "money", ",", '"', "'", "\\", ":", "- ", "  ",
  "id: a", "variables:", "subject: ", "{ ", " }", "中文", "还款", "😀", "👨‍👩‍👧", "\uFEFF", "\u0000", "\uD800", "~", "==", "not ",
];

describe("parseTemplate on hostile input", () => {
  it("never throws and keeps every position inside the text, for arbitrary strings", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 400 }), parseAndCheck), { numRuns: RUNS });
  });

  it("never throws on template-shaped token soup", () => {
    const soup = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 120 }).map((parts) => parts.join(""));
    fc.assert(fc.property(soup, parseAndCheck), { numRuns: RUNS });
    fc.assert(fc.property(soup, (body) => parseAndCheck(`---\nid: a\n---\n${body}`)), { numRuns: RUNS });
  });

  it("never throws on mutated sample templates", () => {
    expect(samples.length).toBeGreaterThan(10);
    const mutation = fc.record({
      sample: fc.nat({ max: samples.length - 1 }),
      edits: fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat({ max: 8 }), fc.constantFrom(...FRAGMENTS)), { minLength: 1, maxLength: 6 }),
    });
    fc.assert(
      fc.property(mutation, ({ sample, edits }) => {
        let text = samples[sample]!;
        for (const [where, remove, insert] of edits) {
          const at = Math.floor(where * text.length);
          text = text.slice(0, at) + insert + text.slice(at + remove);
        }
        parseAndCheck(text);
      }),
      { numRuns: RUNS },
    );
  });

  it("survives deep nesting, long lines and large bodies", () => {
    const head = samples[0]!.slice(0, samples[0]!.indexOf("\n---") + 5);
    for (const body of [
      `{{ ${"(".repeat(5000)}x${")".repeat(5000)} }}`,
      `${"{% if a %}".repeat(2000)}x${"{% endif %}".repeat(2000)}`,
      `{{ ${"a.".repeat(3000)}b }}`,
      "还款".repeat(200_000),
      `${"{{ x }}\r".repeat(20_000)}`,
    ]) {
      const text = head + body;
      const started = Date.now();
      const document = parseTemplate(text);
      expect(Date.now() - started).toBeLessThan(30_000);
      for (const problem of document.problems) expect(problem.range[1]).toBeLessThanOrEqual(text.length);
    }
  });
});
