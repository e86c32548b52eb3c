import { DEFAULT_PARSE_LIMITS, type Range } from "@tactful/core";
import fc from "fast-check";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { layoutOf, parseYaml, readWholeYaml, type ParsedYaml } from "../src/front-matter.js";
import { checkProperty, runs } from "../../../test/support/fuzz.js";
import { aliasedFrontMatter, arbitraryFrontMatter, YAML_NESTING } from "../../../test/support/inputs.js";

const ROOT = join(import.meta.dirname, "../../..");

/** What a reading of front matter gives that a lint can see: problems, data and every position. */
function observed(reading: ParsedYaml, source: string, span: Range): unknown {
  const positions: Record<string, unknown> = {};
  const walk = (value: unknown, pointer: string): void => {
    const entry = reading.entry(pointer);
    const node = entry?.node as { range?: number[]; type?: string } | null | undefined;
    positions[pointer] = entry && {
      key: entry.key,
      value: entry.value,
      node: pointer === "" || !node?.range ? null : { type: node.type, start: entry.base + node.range[0]!, end: entry.base + node.range[1]! },
    };
    if (Array.isArray(value)) value.forEach((item, index) => walk(item, `${pointer}/${index}`));
    else if (typeof value === "object" && value !== null) for (const [key, item] of Object.entries(value)) walk(item, `${pointer}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`);
  };
  walk(reading.data, "");
  // Where nothing is: a key the data lacks has no position in either reading.
  positions["/not-a-key"] = reading.entry("/not-a-key") ?? null;
  return { problems: reading.problems, data: reading.data, positions, source: source.length, span };
}

/** The quick reading (js-yaml, positions on demand) must show exactly what the yaml package's whole reading shows. */
function sameReading(text: string, limits = DEFAULT_PARSE_LIMITS): void {
  const layout = layoutOf(text);
  if (!layout.open || !layout.close) return;
  const source = text.slice(layout.yaml[0], layout.yaml[1]).replace(/\r(?!\n)/g, "\n");
  const quick = parseYaml(text, layout.yaml, limits);
  const whole = readWholeYaml(source, layout.yaml, limits);
  expect(observed(quick, source, layout.yaml), text).toEqual(observed(whole, source, layout.yaml));
}

function templateFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(?:njk|md)$/.test(entry.name) && !entry.parentPath.includes("node_modules"))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Front matter written by hand the many ways YAML allows: styles, comments, tags, anchors, odd keys and scalars. */
const TOP_VALUES = [
  "plain words", "'single ''quoted'''", '"double \\u4e2d \\"q\\""', "-0", "0o17", "0x1F", "1_000", ".5", "+12", "1e3", ".inf", "-.Inf", ".NaN", "~", "null", "", "yes",
  "on", "2026-01-01", "12:30", "true", "FALSE", "a: b", "'a: b'", "x # comment", "x#y", "&a x", "*a", "!!str 1", "! x", "!foo x", "[1, two, {three: 3}]", "{a: 1, b: [x, y]}",
  "{a: 1, a: 2}", "[a, [b, [c]]]", "|\n  line one\n  line two\n", ">-\n  folded\n  text\n\n", "|+\n  kept\n\n", "\n  multi line\n  plain scalar", "\n  - a\n  - b: 1\n    c: 2",
  "\n- compact\n- sequence", "\n  nested:\n    deeper: value\n  # comment inside\n  other: 'x'", '"line\n  continued"', "\t tab", "{{ placeholder }}", "'{{ x }}: y'", "[a]: b", "? complex",
];
const TOP_KEYS = ["id", "subject", "title", "variables", "examples", "1", "null", "true", "'quoted key'", '"quoted"', "<<", "__proto__", "名字", "a b", "~", "[k]", "? q"];
const handWritten: fc.Arbitrary<string> = fc
  .array(fc.tuple(fc.constantFrom(...TOP_KEYS), fc.constantFrom(...TOP_VALUES), fc.constantFrom("", "# a comment\n", "\n", "  # indented comment\n")), { minLength: 1, maxLength: 6 })
  .chain((entries) => fc.constantFrom("", "%YAML 1.1\n---\n", "...\n", "\r\n").map((extra) => ({ entries, extra })))
  .map(({ entries, extra }) => {
    const lines = entries.map(([key, value, after]) => `${key}: ${value}\n${after}`).join("");
    const yaml = extra === "\r\n" ? lines.replace(/\n/g, "\r\n") : extra === "...\n" ? lines + extra : extra + lines;
    return `---\n${yaml}---\nbody\n`;
  });

describe("the two YAML readers", () => {
  it("agree on every template and fixture in the repository", () => {
    const files = [ROOT].flatMap((root) => ["templates", "test", "packages"].flatMap((part) => templateFiles(join(root, part))));
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      try {
        sameReading(text);
      } catch (error) {
        throw new Error(`${relative(ROOT, file)}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
    }
  });

  it("agree on front matter written the many ways YAML allows", () => {
    checkProperty("hand-written front matter", handWritten, sameReading, runs(1, 300));
  });

  it("agree on generated and aliased front matter", () => {
    checkProperty("generated front matter", arbitraryFrontMatter, sameReading, runs(1, 100));
    checkProperty("aliased front matter", aliasedFrontMatter, sameReading, runs(1, 100));
    checkProperty("nested data", fc.jsonValue({ maxDepth: 6 }), (value) => sameReading(`---\nv: ${stringify(value, { collectionStyle: "block" }).replace(/\n/g, "\n  ")}\n---\n`), runs(1, 100));
  });

  it("agree on nesting around the limit, however it is written", () => {
    for (const limits of [DEFAULT_PARSE_LIMITS, { ...DEFAULT_PARSE_LIMITS, maxDepth: 6 }]) {
      for (const [style, nest] of Object.entries(YAML_NESTING)) {
        for (const depth of [limits.maxDepth - 2, limits.maxDepth - 1, limits.maxDepth, limits.maxDepth + 1]) {
          const text = `---\nid: a\n${nest(depth)}---\n`;
          expect(() => sameReading(text, limits), `${style} ${depth}`).not.toThrow();
        }
      }
    }
  });

  it("read plain front matter without the yaml package until a position is asked for", () => {
    const text = "---\nid: a.b\nvariables:\n  name: { type: string }\nsubject: \"Hi {{ name }}\"\n---\nbody\n";
    const layout = layoutOf(text);
    const reading = parseYaml(text, layout.yaml, DEFAULT_PARSE_LIMITS);
    expect(reading.data).toEqual({ id: "a.b", variables: { name: { type: "string" } }, subject: "Hi {{ name }}" });
    const name = reading.entry("/variables/name")!;
    expect(text.slice(...name.key!)).toBe("name");
    expect(text.slice(...name.value)).toBe("{ type: string }");
    expect(reading.entry("/variables/other")).toBeUndefined();
  });
});
