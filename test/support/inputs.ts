import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { stringify } from "yaml";

/**
 * Hostile inputs for the fuzz suites: the sample library and the fixtures as seeds, mutations
 * of them, arbitrary front matter, token soup, and deep nesting.
 */

const root = fileURLToPath(new URL("../..", import.meta.url));

export interface Seed {
  /** Path from the repository root, which also gives the channel (`*.sms.msg.njk`). */
  name: string;
  text: string;
}

function templatesIn(directory: string): Seed[] {
  return readdirSync(join(root, directory), { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".msg.njk"))
    .sort()
    .map((file) => ({ name: `${directory}/${file}`, text: readFileSync(join(root, directory, file), "utf8") }));
}

/** Every template of the sample library and every fixture. */
export const SEEDS: readonly Seed[] = [...templatesIn("templates"), ...templatesIn("test/fixtures")];

/** Pieces of Nunjucks, YAML and text that, put together at random, make template-shaped input. */
export const FRAGMENTS = [
  "---", "\n", "\r\n", "\r", " ", "{{", "}}", "{{-", "-}}", "{%", "%}", "{%-", "-%}", "{#", "#}",
  "if ", "elif ", "else", "endif", "for ", " in ", "endfor", "set ", "= ", "raw", "endraw", "macro", "include",
  "x", "name", ".", "[", "]", "(", ")", "|", "mask", "money", ",", '"', "'", "\\", ":", "- ", "  ",
  "id: a", "variables:", "subject: ", "{ ", " }", "中文", "还款", "😀", "👨‍👩‍👧", "\uFEFF", "\u0000", "\uD800", "~", "==", "not ",
];

/** Whole tags and outputs to insert into a template. */
export const TAGS = [
  "{% if x %}", "{% endif %}", "{% elif y %}", "{% else %}", "{% for a in items %}", "{% endfor %}", "{% set s = 1 %}",
  "{% set c %}", "{% endset %}", "{{ x }}", "{{ name | mask }}", "{{ amount | money(\"CNY\") }}", "{{ a.b[0] }}", "{{", "}}",
  "{%", "%}", "{# note #}", "{# tactful-disable-next-line sms-length -- approved #}", "{# eslint tactful/sms-length: off #}",
  "{# tactful-disable-line #}", "{% raw %}", "{% endraw %}", "{%- if a -%}", "{{- x -}}", "{% macro m() %}", "{% endmacro %}",
  '{% include "x" %}', '{{ "".constructor }}', "{{ x if y else z }}", "{{ (a ~ b) }}", "{{ [1, 2] }}", '{{ {"k": 1} }}',
];

/** Text a writer or a broken editor may put anywhere. */
const EXOTIC = [
  "还款", "逾期", "【示例金融】", "😀", "👨‍👩‍👧", "🇨🇳", "e\u0301", "\u0301\u0302\u0303", "\u202E", "\u200B", "\uD800", "\uDC00",
  "\u0000", "\uFEFF", "\u2028", "\u0085", "\f", "\v", "\t", "ＡＢＣ", "“", "”", "—", "'", '"', "\\", "\r", "\n", "\r\n",
];

/** Ways to break a YAML line. */
const YAML_BREAKS = [": [", "\t", '"', "'", "&a ", "*a", "!!binary ", "? ", "- ", "{", "}", "|", ">", "#", "  ", "key: value", "id: again"];

type LineEnding = "\n" | "\r\n" | "\r";

export type Mutation =
  | { kind: "delete-line"; at: number }
  | { kind: "duplicate-line"; at: number }
  | { kind: "swap-lines"; at: number; with: number }
  | { kind: "insert"; at: number; text: string }
  | { kind: "break-yaml"; at: number; text: string }
  | { kind: "line-endings"; endings: LineEnding[] }
  | { kind: "bom" };

const position = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("delete-line" as const), at: position }),
  fc.record({ kind: fc.constant("duplicate-line" as const), at: position }),
  fc.record({ kind: fc.constant("swap-lines" as const), at: position, with: position }),
  fc.record({ kind: fc.constant("insert" as const), at: position, text: fc.constantFrom(...TAGS, ...EXOTIC) }),
  fc.record({ kind: fc.constant("break-yaml" as const), at: position, text: fc.constantFrom(...YAML_BREAKS) }),
  fc.record({ kind: fc.constant("line-endings" as const), endings: fc.array(fc.constantFrom<LineEnding>("\n", "\r\n", "\r"), { minLength: 1, maxLength: 8 }) }),
  fc.record({ kind: fc.constant("bom" as const) }),
);

function splitLines(text: string): { lines: string[]; breaks: string[] } {
  const lines: string[] = [];
  const breaks: string[] = [];
  const pattern = /\r\n|\r|\n/g;
  let start = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    lines.push(text.slice(start, match.index));
    breaks.push(match[0]);
    start = match.index + match[0].length;
  }
  lines.push(text.slice(start));
  return { lines, breaks };
}

function joinLines(lines: string[], breaks: string[]): string {
  return lines.map((line, index) => line + (index < lines.length - 1 ? (breaks[index] ?? "\n") : "")).join("");
}

export function mutate(text: string, mutations: readonly Mutation[]): string {
  let current = text;
  for (const change of mutations) {
    const { lines, breaks } = splitLines(current);
    const line = (at: number): number => Math.floor(at * lines.length);
    switch (change.kind) {
      case "delete-line":
        lines.splice(line(change.at), 1);
        breaks.splice(line(change.at), 1);
        current = joinLines(lines, breaks);
        break;
      case "duplicate-line":
        lines.splice(line(change.at), 0, lines[line(change.at)]!);
        breaks.splice(line(change.at), 0, breaks[line(change.at)] ?? "\n");
        current = joinLines(lines, breaks);
        break;
      case "swap-lines": {
        const [a, b] = [line(change.at), line(change.with)];
        [lines[a], lines[b]] = [lines[b]!, lines[a]!];
        current = joinLines(lines, breaks);
        break;
      }
      case "insert": {
        const at = Math.floor(change.at * (current.length + 1));
        current = current.slice(0, at) + change.text + current.slice(at);
        break;
      }
      case "break-yaml": {
        // Somewhere in the front matter (its first lines), at the start, middle or end of a line.
        const fence = lines.findIndex((candidate, index) => index > 0 && candidate.trim() === "---");
        const target = 1 + Math.floor(change.at * Math.max(1, (fence > 0 ? fence : lines.length) - 1));
        const original = lines[target] ?? "";
        const column = Math.floor((change.at * 7919) % 1 * (original.length + 1));
        lines[target] = original.slice(0, column) + change.text + original.slice(column);
        current = joinLines(lines, breaks);
        break;
      }
      case "line-endings":
        current = joinLines(lines, breaks.map((_, index) => change.endings[index % change.endings.length]!));
        break;
      case "bom":
        current = current.startsWith("\uFEFF") ? current.slice(1) : `\uFEFF${current}`;
        break;
    }
  }
  return current;
}

/** A seed template with one to six mutations. */
export const mutatedTemplate: fc.Arbitrary<{ seed: string; text: string }> = fc
  .record({ seed: fc.nat({ max: SEEDS.length - 1 }), mutations: fc.array(mutation, { minLength: 1, maxLength: 6 }) })
  .map(({ seed, mutations }) => ({ seed: SEEDS[seed]!.name, text: mutate(SEEDS[seed]!.text, mutations) }));

/** Random concatenations of template fragments. */
export const tokenSoup: fc.Arbitrary<string> = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 120 }).map((parts) => parts.join(""));

const FRONT_MATTER_KEYS = ["id", "version", "channel", "locale", "jurisdiction", "category", "audience", "sender", "subject", "title", "send", "variables", "examples", "description"];

/** Front matter made of arbitrary YAML values under the keys templates use (and others). */
export const arbitraryFrontMatter: fc.Arbitrary<string> = fc
  .dictionary(fc.oneof(fc.constantFrom(...FRONT_MATTER_KEYS), fc.string({ maxLength: 8 })), fc.jsonValue({ maxDepth: 4 }), { maxKeys: 10 })
  .map((data) => `---\n${stringify(data)}---\n`);

const ANCHORS = ["a", "b", "c"];

/** A flow-style YAML value with anchors and aliases drawn from a few names: nested, repeated, circular, unresolved. */
const aliasedValue: fc.Arbitrary<string> = fc.letrec<{ value: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom("1", "x", '"{{ y }}"', "null"),
    fc.constantFrom(...ANCHORS).map((name) => `*${name}`),
    fc.tuple(fc.constantFrom(...ANCHORS), tie("value")).map(([name, value]) => `&${name} ${value}`),
    fc.array(tie("value"), { maxLength: 9 }).map((items) => `[${items.join(", ")}]`),
    fc.array(fc.tuple(fc.constantFrom("k", "name", "data"), tie("value")), { maxLength: 4 }).map((pairs) => `{ ${pairs.map(([key, value], index) => `${key}${index}: ${value}`).join(", ")} }`),
  ),
})).value;

/** Front matter whose values are built of anchors and aliases. */
export const aliasedFrontMatter: fc.Arbitrary<string> = fc
  .array(aliasedValue, { minLength: 1, maxLength: 8 })
  .map((values) => `---\nid: a\n${values.map((value, index) => `v${index}: ${value}\n`).join("")}---\n`);

/** An arbitrary body: token soup or arbitrary text. */
export const arbitraryBody: fc.Arbitrary<string> = fc.oneof(tokenSoup, fc.string({ unit: "grapheme", maxLength: 200 }));

/** Nunjucks nested `depth` levels deep, in one of several ways. */
export const NUNJUCKS_NESTING: Record<string, (depth: number) => string> = {
  if: (depth) => `${"{% if a %}".repeat(depth)}x${"{% endif %}".repeat(depth)}`,
  for: (depth) => `${"{% for a in items %}".repeat(depth)}x${"{% endfor %}".repeat(depth)}`,
  parentheses: (depth) => `{{ ${"(".repeat(depth)}a${")".repeat(depth)} }}`,
  brackets: (depth) => `{{ ${"[".repeat(depth)}a${"]".repeat(depth)} }}`,
  lookups: (depth) => `{{ a${".b".repeat(depth)} }}`,
  filters: (depth) => `{{ a${" | mask".repeat(depth)} }}`,
  not: (depth) => `{% if ${"not ".repeat(depth)}a %}x{% endif %}`,
  concatenation: (depth) => `{{ a${" ~ a".repeat(depth)} }}`,
};

/** YAML front matter values nested `depth` levels deep. */
export const YAML_NESTING: Record<string, (depth: number) => string> = {
  flowSequence: (depth) => `deep: ${"[".repeat(depth)}1${"]".repeat(depth)}\n`,
  flowMapping: (depth) => `deep: ${"{a: ".repeat(depth)}1${"}".repeat(depth)}\n`,
  blockMapping: (depth) => `deep:\n${Array.from({ length: depth }, (_, level) => `${" ".repeat(level + 1)}a:`).join("\n")} 1\n`,
  blockSequence: (depth) => `deep:\n${Array.from({ length: depth }, (_, level) => `${"  ".repeat(level)}-`).join("\n")} 1\n`,
};
