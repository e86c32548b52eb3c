import { DEFAULT_PARSE_LIMITS, parseTemplate, type TemplateDocument } from "@tactful/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkCase, checkProperty, runs, suiteTimeout } from "../../../test/support/fuzz.js";
import { arbitraryBody, arbitraryFrontMatter, mutatedTemplate, NUNJUCKS_NESTING, SEEDS, tokenSoup, YAML_NESTING } from "../../../test/support/inputs.js";
import { allNodes, referencePositions } from "./helpers.js";

/**
 * Everything a caller may rely on, whatever the input: positions inside the text and consistent.
 * Checked in plain code and asserted once, so that a document of a million nodes is quick to check.
 */
function checkInvariants(text: string, document: TemplateDocument): void {
  const referencePosition = referencePositions(text);
  const failures: string[] = [];
  const fail = (what: string, detail: unknown): void => {
    if (failures.length < 10) failures.push(`${what}: ${JSON.stringify(detail)}`);
  };
  const inside = (range: readonly number[], what: string): void => {
    if (!(range[0]! >= 0 && range[1]! >= range[0]! && range[1]! <= text.length)) fail(`${what} range outside the text`, range);
  };
  const samePosition = (actual: { line: number; column: number }, offset: number, what: string): void => {
    const expected = referencePosition(offset);
    if (actual.line !== expected.line || actual.column !== expected.column) fail(`${what} position`, { actual, expected });
  };
  for (const problem of document.problems) {
    inside(problem.range, `problem ${problem.code}`);
    samePosition(problem.loc.start, problem.range[0], `problem ${problem.code}`);
    if (problem.message.length === 0) fail("empty message", problem);
    // The catch-all in parseTemplate keeps an editor alive, but reaching it is a bug.
    if (/^could not parse the template/.test(problem.message)) fail("catch-all reached", problem.message);
  }
  for (const node of allNodes(document)) {
    inside(node.range, node.type);
    samePosition(node.loc.start, node.range[0], `${node.type} start`);
    samePosition(node.loc.end, node.range[1], `${node.type} end`);
  }
  for (const segment of document.prose) {
    if (segment.text.length > 0) inside(segment.sourceRange(0, segment.text.length), "prose");
  }
  if (document.fatal !== document.problems.some((problem) => problem.fatal)) fail("fatal disagrees with the problems", document.fatal);
  expect(failures).toEqual([]);
}

function parseAndCheck(text: string): TemplateDocument {
  const document = parseTemplate(text);
  checkInvariants(text, document);
  return document;
}

const RUNS = runs(1);

describe("parseTemplate on hostile input", () => {
  it("never throws and keeps every position inside the text, for arbitrary strings", { timeout: suiteTimeout(RUNS) }, () => {
    checkProperty("parse arbitrary strings", fc.string({ unit: "binary", maxLength: 400 }), parseAndCheck, RUNS);
    checkProperty("parse arbitrary graphemes", fc.string({ unit: "grapheme", maxLength: 400 }), parseAndCheck, RUNS);
  });

  it("never throws on template-shaped token soup", { timeout: suiteTimeout(RUNS * 2) }, () => {
    checkProperty("parse token soup", tokenSoup, parseAndCheck, RUNS);
    checkProperty("parse a body of token soup", tokenSoup, (body) => parseAndCheck(`---\nid: a\n---\n${body}`), RUNS);
  });

  it("never throws on arbitrary front matter", { timeout: suiteTimeout(RUNS) }, () => {
    checkProperty("parse arbitrary front matter", fc.tuple(arbitraryFrontMatter, arbitraryBody), ([head, body]) => parseAndCheck(head + body), RUNS);
  });

  it("never throws on mutated templates of the library and the fixtures", { timeout: suiteTimeout(RUNS) }, () => {
    expect(SEEDS.length).toBeGreaterThan(50);
    checkProperty("parse mutated templates", mutatedTemplate, ({ text }) => parseAndCheck(text), RUNS);
  });
});

describe("parseTemplate on large and deep input", () => {
  const head = SEEDS[0]!.text.slice(0, SEEDS[0]!.text.indexOf("\n---", 3) + 5);
  const budget = DEFAULT_PARSE_LIMITS.maxBytes - head.length;

  it("analyses bodies just under the size limit", { timeout: suiteTimeout(5) }, () => {
    const bodies = {
      "Chinese prose": "还款".repeat(Math.floor(budget / 6)),
      outputs: "{{ x }}\r".repeat(Math.floor(budget / 8)),
      conditionals: "{% if a %}x{% else %}y{% endif %}".repeat(Math.floor(budget / 34)),
      "mixed line breaks": "a\r\nb\rc\n".repeat(Math.floor(budget / 7)),
      "one long line": "x".repeat(budget),
    };
    for (const [name, body] of Object.entries(bodies)) {
      checkCase(`parse a large body of ${name}`, head + body, (text) => {
        const document = parseAndCheck(text);
        expect(document.problems.filter((problem) => problem.fatal)).toEqual([]);
      });
    }
  });

  it("refuses nesting past the limit at the level that passes it, and accepts it at the limit", { timeout: suiteTimeout(40) }, () => {
    const depth = DEFAULT_PARSE_LIMITS.maxDepth;
    for (const [name, nest] of Object.entries(NUNJUCKS_NESTING)) {
      // An output or a tag around the expression counts as one level.
      checkCase(`Nunjucks ${name} at the limit`, head + nest(depth - 2), (text) => expect(parseAndCheck(text).problems.filter((problem) => problem.fatal)).toEqual([]));
      for (const over of [depth + 1, depth * 10, depth * 100]) {
        checkCase(`Nunjucks ${name} nested ${over} deep`, head + nest(over), (text) => {
          const problems = parseAndCheck(text).problems.filter((problem) => problem.fatal);
          expect(problems).toMatchObject([{ code: "too-deep", message: `the template is nested more than ${depth} levels deep here; the limit is ${depth}` }]);
          expect(problems[0]!.range[0]).toBeGreaterThan(head.length);
        });
      }
    }
    for (const [name, nest] of Object.entries(YAML_NESTING)) {
      const withNesting = (levels: number): string => head.replace("---\n", `---\n${nest(levels)}`);
      checkCase(`YAML ${name} at the limit`, withNesting(depth - 1), (text) => expect(parseAndCheck(text).problems.filter((problem) => problem.code === "too-deep")).toEqual([]));
      for (const over of [depth + 1, depth * 10]) {
        checkCase(`YAML ${name} nested ${over} deep`, withNesting(over), (text) => {
          const document = parseAndCheck(text);
          expect(document.problems).toMatchObject([{ code: "too-deep", fatal: true, message: `the front matter is nested more than ${depth} levels deep here; the limit is ${depth}` }]);
          expect(document.problems[0]!.loc.start.line).toBeGreaterThan(1);
        });
      }
    }
  });
});
