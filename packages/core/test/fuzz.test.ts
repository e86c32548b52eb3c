import { DEFAULT_PARSE_LIMITS, parseTemplate, type TemplateDocument } from "@tactful/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkCase, checkProperty, INTERNAL_FAILURE, runs, suiteTimeout } from "../../../test/support/fuzz.js";
import { aliasedFrontMatter, arbitraryBody, arbitraryFrontMatter, mutatedTemplate, NUNJUCKS_NESTING, SEEDS, tokenSoup, YAML_NESTING } from "../../../test/support/inputs.js";
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
    if (INTERNAL_FAILURE.test(problem.message)) fail("an internal error as the message", problem.message);
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
  // Circular data (an alias inside what it names) would hang or crash whoever walks it next.
  try {
    JSON.stringify(document.data);
  } catch (error) {
    fail("front matter data cannot be serialised", String(error));
  }
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

  it("says what is wrong when a file ends inside a tag, and where", () => {
    for (const end of ["{%", "{%-", "{% ", "{%\n"]) {
      const document = parseAndCheck(`---\nid: a\n---\nx${end}`);
      const syntax = document.problems.filter((problem) => problem.code === "template-syntax");
      expect(syntax).toMatchObject([{ message: "expected a tag name after `{%`, got end of file", fatal: true, loc: { start: { line: 4, column: 2 } } }]);
    }
  });

  it("never throws on template-shaped token soup", { timeout: suiteTimeout(RUNS * 2) }, () => {
    checkProperty("parse token soup", tokenSoup, parseAndCheck, RUNS);
    checkProperty("parse a body of token soup", tokenSoup, (body) => parseAndCheck(`---\nid: a\n---\n${body}`), RUNS);
  });

  it("never throws on arbitrary front matter", { timeout: suiteTimeout(RUNS) }, () => {
    checkProperty("parse arbitrary front matter", fc.tuple(arbitraryFrontMatter, arbitraryBody), ([head, body]) => parseAndCheck(head + body), RUNS);
  });

  it("never throws on front matter of anchors and aliases, and refuses what they expand past the limits", { timeout: suiteTimeout(RUNS) }, () => {
    checkProperty("parse aliased front matter", aliasedFrontMatter, (head) => {
      const document = parseAndCheck(`${head}body\n`);
      for (const problem of document.problems.filter((candidate) => candidate.code === "too-deep" || candidate.code === "too-large")) {
        expect(problem.fatal).toBe(true);
        expect(document.data).toBeNull();
      }
    }, RUNS);
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
          // Nesting far past the limit inside one tag is also more tokens than a tag may hold: either limit refuses it.
          const tooDeep = { code: "too-deep", message: `the template is nested more than ${depth} levels deep here; the limit is ${depth}` };
          const tooComplex = { code: "too-complex", message: expect.stringMatching(/^this tag holds more than \d+ tokens/u) };
          expect(problems).toMatchObject([over === depth + 1 || problems[0]?.code !== "too-complex" ? tooDeep : tooComplex]);
          // In the body: at the level that passes the limit, or at the tag that holds too much.
          expect(problems[0]!.range[0]).toBeGreaterThanOrEqual(head.length);
        });
      }
    }
    for (const [name, nest] of Object.entries(YAML_NESTING)) {
      const withNesting = (levels: number): string => head.replace("---\n", `---\n${nest(levels)}`);
      checkCase(`YAML ${name} at the limit`, withNesting(depth - 1), (text) => expect(parseAndCheck(text).problems.filter((problem) => problem.code === "too-deep")).toEqual([]));
      // Flow collections fit far deeper nesting in the size limit than block ones, whose indentation grows.
      for (const over of name.startsWith("flow") ? [depth + 1, depth * 10, depth * 1000] : [depth + 1, depth * 10]) {
        checkCase(`YAML ${name} nested ${over} deep`, withNesting(over), (text) => {
          const document = parseAndCheck(text);
          expect(document.problems).toMatchObject([{ code: "too-deep", fatal: true, message: `the front matter is nested more than ${depth} levels deep here; the limit is ${depth}` }]);
          expect(document.problems[0]!.loc.start.line).toBeGreaterThan(1);
        });
      }
    }
  });

  it("refuses a tag of more tokens than the limit at the tag that holds them, whatever the tokens, and accepts it at the limit", { timeout: suiteTimeout(20) }, () => {
    const limit = DEFAULT_PARSE_LIMITS.maxTagTokens;
    // Each shape written with n operands takes 2n - 1 tokens (operands and operators or commas).
    const FLAT: Record<string, (operands: number) => string> = {
      "a comparison chain": (n) => `{{ ${Array<string>(n).fill("a").join(" == ")} }}`,
      "a list literal": (n) => `{{ [${Array<string>(n).fill("1").join(", ")}] | length }}`,
      "an or-chain in an if": (n) => `{% if ${Array<string>(n).fill("a").join(" or ")} %}x{% endif %}`,
      "a filter chain": (n) => `{{ a${" | upper".repeat(Math.floor(n / 2))} }}`,
    };
    const inside = Math.floor(limit / 2) - 5;
    const overAt = (body: string): number => head.length + body.indexOf("{");
    for (const [name, flat] of Object.entries(FLAT)) {
      checkCase(`${name} inside the limit`, head + flat(inside), (text) => expect(parseAndCheck(text).problems.filter((problem) => problem.code === "too-complex")).toEqual([]));
      for (const operands of [limit, limit * 50]) {
        const body = `还款提醒${flat(operands)}`;
        checkCase(`${name} of ${operands} operands`, head + body, (text) => {
          const problems = parseAndCheck(text).problems.filter((problem) => problem.fatal);
          expect(problems).toMatchObject([{ code: "too-complex", message: `this tag holds more than ${limit} tokens; the limit is ${limit}: split it, or compute the value before rendering` }]);
          expect(problems[0]!.range[0]).toBe(overAt(body));
        });
      }
    }
    // Many small tags are not one large one.
    checkCase("many short tags", head + "{{ a == b }}".repeat(limit * 5), (text) => expect(parseAndCheck(text).problems.filter((problem) => problem.fatal)).toEqual([]));
  });

  it("holds the nesting limit through aliases, and refuses circular and billion-laughs aliases at the alias", { timeout: suiteTimeout(10) }, () => {
    const depth = DEFAULT_PARSE_LIMITS.maxDepth;
    const { maxAliasedValues } = DEFAULT_PARSE_LIMITS;
    const withFrontMatter = (yaml: string): string => head.replace("---\n", `---\n${yaml}`);
    const problemsOf = (text: string): TemplateDocument["problems"] => parseAndCheck(text).problems.filter((problem) => problem.fatal);
    const lineOf = (text: string, fragment: string): number => text.slice(0, text.indexOf(fragment)).split("\n").length;

    // Each anchor nests 60 levels and holds the one before it: within the limit as written, past it once expanded.
    const chain = (links: number): string =>
      Array.from({ length: links }, (_, link) => `x${link}: &x${link} ${"[".repeat(60)}${link === 0 ? 1 : `*x${link - 1}`}${"]".repeat(60)}\n`).join("");
    checkCase("aliases nesting within the limit", withFrontMatter(chain(1)), (text) => expect(problemsOf(text)).toEqual([]));
    checkCase("aliases nesting past the limit", withFrontMatter(chain(2)), (text) => {
      const problems = problemsOf(text);
      expect(problems).toMatchObject([{ code: "too-deep", message: `the front matter is nested more than ${depth} levels deep here; the limit is ${depth}` }]);
      // At the alias that takes the nesting past the limit: `*x0` inside `x1`.
      expect(text.slice(problems[0]!.range[0], problems[0]!.range[1])).toBe("*x0");
    });

    for (const circular of ["loop: &a [1, [2, *a]]\n", "loop: &a { next: *a }\n", "loop: &a { *a : 1 }\n"]) {
      checkCase(`circular aliases: ${circular.trim()}`, withFrontMatter(circular), (text) => {
        const problems = problemsOf(text);
        expect(problems).toMatchObject([{ code: "too-deep", message: "the alias `*a` is inside the collection it names, so the front matter would nest without end" }]);
        expect(problems[0]!.loc.start.line).toBe(lineOf(text, "loop:"));
      });
    }

    // Nine lists of nine aliases of the list before: 9^9 strings once expanded, from a few hundred bytes.
    const laughs = ['lol0: &lol0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n'];
    for (let level = 1; level < 9; level++) laughs.push(`lol${level}: &lol${level} [${Array(9).fill(`*lol${level - 1}`).join(", ")}]\n`);
    checkCase("billion laughs", withFrontMatter(laughs.join("")), (text) => {
      const problems = problemsOf(text);
      expect(problems).toMatchObject([{ code: "too-large", message: `the aliases up to here repeat more than ${maxAliasedValues} values of the front matter; the limit is ${maxAliasedValues}` }]);
      // `lol1` and `lol2` repeat 90 + 9 × 91 values; the first alias of `lol2` (820 values) passes 1,000.
      expect(problems[0]!.loc.start.line).toBe(lineOf(text, "lol3:"));
    });

    const aliases = (count: number): string => `one: &one 1\nmany: [${Array(count).fill("*one").join(", ")}]\n`;
    checkCase("aliases at the limit", withFrontMatter(aliases(maxAliasedValues)), (text) => expect(problemsOf(text)).toEqual([]));
    checkCase("aliases past the limit", withFrontMatter(aliases(maxAliasedValues * 100)), (text) => {
      expect(problemsOf(text)).toMatchObject([{ code: "too-large" }]);
    });
  });
});
