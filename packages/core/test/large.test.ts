import { builtInPacks } from "@tactful/policies";
import { AnalysisLimit, analyzeText, childrenOf, coverage, distinctPaths, MAX_STATES, parseTemplate, type Reader } from "@tactful/core";
import { describe, expect, it } from "vitest";
import { frontMatter } from "./helpers.js";

/**
 * Large templates (within the size limit) are analysed like small ones: no list is passed to a
 * call as arguments (`push(...list)` throws past about 120,000), and the paths through a body
 * are read once, merging the ways a question cannot tell apart, and stop with an error past a limit.
 */
describe("large templates", () => {
  const many = 150_000;

  it("list a body with more children than a call takes arguments", () => {
    const document = parseTemplate(frontMatter() + "{{ x }}".repeat(many), { limits: { maxBytes: 4 << 20 } });
    expect(document.problems.filter((problem) => problem.fatal)).toEqual([]);
    expect(childrenOf(document.ast.body)).toHaveLength(many);
  });

  it("keep more comments than a call takes arguments", () => {
    const document = parseTemplate(frontMatter() + "{##}".repeat(many), { limits: { maxBytes: 4 << 20 } });
    expect(document.comments).toHaveLength(many);
  });

  it("find a term repeated more often than a call takes arguments, in a sentence with no end", () => {
    const findings = analyzeText("老赖".repeat(many), builtInPacks.packFor("CN")!, "zh", { category: "collection", audience: "borrower" });
    expect(findings.length).toBeGreaterThanOrEqual(many);
  });

  it("answer coverage of a body of thousands of ifs by reading it once, merging what the question cannot tell apart", () => {
    const ifs = 5000;
    const document = parseTemplate(frontMatter() + "S{% if a %}x{% else %}y{% endif %}".repeat(ifs) + "{% if b %}{% endif %}".repeat(ifs));
    // Settled at the first character: every way through merges into one.
    const starts: Reader<string> = { read: (text, node) => (text.length > 0 ? text : text + (node.type === "Text" ? node.value : "")), key: (text) => text };
    expect(coverage(starts, document.ast.body, [""], (text) => text === "S")).toEqual({ always: true, partial: [], limit: null });
  });

  it("stop with the branch where the distinct ways through exceed the limit, never with a part of them", () => {
    const document = parseTemplate(frontMatter() + "{% if a %}x{% else %}y{% endif %}".repeat(5000));
    const ifs = document.ast.body.children;
    let stopped: unknown = null;
    try {
      distinctPaths(document.ast.body);
    } catch (error) {
      stopped = error;
    }
    expect(stopped).toBeInstanceOf(AnalysisLimit);
    // 2¹² = 4096 ways after the twelfth if; the thirteenth passes the limit.
    expect((stopped as AnalysisLimit).node).toBe(ifs[Math.log2(MAX_STATES)]);
    const text: Reader<string> = { read: (path, node) => path + (node.type === "Text" ? node.value : ""), key: (path) => path };
    expect(coverage(text, document.ast.body, [""], () => true)).toEqual({ always: false, partial: [], limit: ifs[Math.log2(MAX_STATES)] });
  });

  it("list every distinct path of an ordinary template", () => {
    const document = parseTemplate(frontMatter() + "{% if a %}x{% elif b %}y{% else %}z{% endif %}{% if c %}w{% endif %}{% if d %}{% endif %}");
    expect(distinctPaths(document.ast.body).map((path) => path.nodes.map((node) => (node.type === "Text" ? node.value : "")).join(""))).toEqual(["xw", "yw", "zw", "x", "y", "z"]);
  });
});
