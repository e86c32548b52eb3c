import { getPolicy } from "@tactful/policies";
import { analyzeText, childrenOf, executionPaths, MAX_PATHS, parseTemplate } from "@tactful/core";
import { describe, expect, it } from "vitest";
import { frontMatter } from "./helpers.js";

/**
 * Large templates (within the size limit) are analysed like small ones: no list is passed to a
 * call as arguments (`push(...list)` throws past about 120,000), and the paths through a body
 * are enumerated within a bound on their total size rather than by the thousand for any size.
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
    const findings = analyzeText("老赖".repeat(many), getPolicy("CN")!, "zh", { category: "collection", audience: "borrower" });
    expect(findings.length).toBeGreaterThanOrEqual(many);
  });

  it("enumerate fewer paths through a very large body, each of them whole, and each tree once", () => {
    const ifs = 5000;
    const document = parseTemplate(frontMatter() + "{% if a %}x{% else %}y{% endif %}".repeat(ifs));
    const set = executionPaths(document.ast.body);
    expect(set.complete).toBe(false);
    expect(set.limit).toBeLessThan(MAX_PATHS);
    expect(set.paths).toHaveLength(set.limit);
    for (const path of set.paths) {
      expect(path.nodes).toHaveLength(ifs);
      expect(path.choices.size).toBe(ifs);
    }
    expect(set.paths.length * ifs * 2).toBeLessThanOrEqual(1 << 21);
    expect(executionPaths(document.ast.body)).toBe(set);
  });

  it("still enumerate every path of an ordinary template", () => {
    const document = parseTemplate(frontMatter() + "{% if a %}x{% elif b %}y{% else %}z{% endif %}{% if c %}w{% endif %}");
    const set = executionPaths(document.ast.body);
    expect(set).toMatchObject({ complete: true, limit: MAX_PATHS });
    expect(set.paths.map((path) => path.nodes.map((node) => (node.type === "Text" ? node.value : "")).join(""))).toEqual(["xw", "yw", "zw", "x", "y", "z"]);
  });
});
