import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { createFilters, parseTemplate, type ContentNode, type Filter } from "@tactful/core";
import { builtInPacks } from "@tactful/policies";
import { compileTemplate, examplesOf, RenderError, type EmailMessage } from "@tactful/renderer";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EmailBody, type BodyParts } from "../src/email-body.js";
import { interpret } from "../src/interpret.js";
import { escapeMarkdown } from "../src/markdown.js";
import { emailParts } from "../src/markdown-guard.js";
import { DEFAULT_LIMITS, type Limits } from "../src/sandbox.js";
import { checkProperty, runs, suiteTimeout } from "../../../test/support/fuzz.js";

/**
 * An email body compiled once per skeleton renders exactly what the Markdown pipeline renders
 * for the same data: the body interpreted with its values escaped for Markdown, then parsed,
 * converted to HTML, sanitized and stringified (`emailParts`). Both ways are run on the library's
 * email templates, the renderer's own email test bodies and random Markdown skeletons, with
 * arbitrary and hostile values; their HTML and text are compared byte for byte, and a failure
 * must be the same error.
 */

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

/** Today's pipeline: the body interpreted with values escaped for Markdown, then `emailParts`. */
function exact(children: readonly ContentNode[], filters: Readonly<Record<string, Filter>>, values: object, limits: Limits): { html: string; text: string } {
  return emailParts(interpret(children, { filters, escape: escapeMarkdown })(values, limits));
}

type Outcome = { html: string; text: string } | { error: string };

function outcome(render: () => { html: string; text: string }): Outcome {
  try {
    const { html, text } = render();
    return { html, text };
  } catch (error) {
    if (!(error instanceof RenderError)) throw error;
    return { error: `${error.name} ${error.code} ${error.message}` };
  }
}

interface Body {
  name: string;
  children: readonly ContentNode[];
  filters: Readonly<Record<string, Filter>>;
  compiled: EmailBody;
}

function bodyOf(name: string, text: string): Body {
  const document = parseTemplate(text, { filePath: name });
  const errors = document.problems.filter((problem) => problem.severity === "error");
  if (errors.length > 0) throw new Error(`${name}: ${errors.map((problem) => problem.message).join("; ")}`);
  const filters = createFilters({ locale: document.meta.locale!, pack: document.jurisdiction ? builtInPacks.packFor(document.jurisdiction) : undefined });
  const children = document.ast.body.children;
  return { name, children, filters, compiled: new EmailBody(children, { filters, escape: escapeMarkdown }) };
}

/** Renders both ways and expects the same outcome; says which way the compiled body went. */
function expectSame(body: Body, values: object, limits: Limits = DEFAULT_LIMITS): BodyParts["path"] | "failed" {
  const expected = outcome(() => exact(body.children, body.filters, values, limits));
  let path: BodyParts["path"] | "failed" = "failed";
  const actual = outcome(() => {
    const parts = body.compiled.parts(body.compiled.markdown(values, limits));
    path = parts.path;
    return parts;
  });
  expect(actual, body.name).toEqual(expected);
  return path;
}

const head = (variables: readonly string[]): string =>
  ["---", "id: email.case", "version: 1", "channel: email", "locale: en-US", "category: transactional", "audience: customer", "sender: { name: Example Lending, role: creditor }", "subject: Hello", "variables:", ...variables.map((name) => `  ${name}: { example: x }`), "---", ""].join("\n");

// ── Values ───────────────────────────────────────────────────────────────────

const MARKDOWN_PIECES = [
  "\n", "\r\n", "\r", "===", "---", "***", "    ", "\t", "  ", " ", "#", "> ", "- ", "* ", "+ ", "1. ", "1) ", "|", "```", "~~~", "<div>", "</p>", "<!--", "-->", "<script>", "<b>", ">",
  "[a]: /u", "[a]", "<https://x.example>", "https://www.example.com", "&amp;", "&#42;", "&#57344;", "&", "\\", "*", "_", "**", "__", "~~", "[", "](", ")", "(", "!", "`", "``", ":", "/", "?", "#x", '"', "'", "=",
  "%", "%41", "%zz", "javascript:", "mailto:", "HTTPS:", "\u3000", "\u00a0", "。", "，", "\u0000", "\u000b", "\u000c", "\u2028", "\ud800", "\udc00", "\ufffe", "\u{1fffe}", "\u{1f600}", "\ue000", "\uf000", "\uffff", "é", "张",
];
const markdownish = fc.array(fc.oneof(fc.constantFrom(...MARKDOWN_PIECES), fc.string({ unit: "binary", maxLength: 3 })), { minLength: 1, maxLength: 10 }).map((parts) => parts.join(""));
const URLS = ["https://pay.example.com/r/abcd", "http://x.example/a?b=c&d=e#f", "javascript:alert(1)", "JAVASCRIPT:alert(1)", "mailto:a@example.com", "data:text/html,<b>", "//evil.example", "/relative path", "a:b/c", "a/b:c", "%", "%4", "%41", "%zz", "ftp://x", "irc://x", "xmpp:x", "https://例子.测试/路径?q=\u{1f600}", " https://x.example "];
/** Values as a template may get them: hostile Markdown and HTML, any unicode, URLs, long runs, numbers and lists. */
const text = fc.oneof(
  { weight: 4, arbitrary: markdownish },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }) },
  { weight: 2, arbitrary: fc.constantFrom(...URLS) },
  { weight: 1, arbitrary: fc.constantFrom("", " ", "\t", "x", "Jane", "a b", " lead", "trail ", "`", "a`b") },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom("a", "*", "`", " ", "\\", "[a](", "&#32;", "张"), fc.integer({ min: 50, max: 1000 })).map(([unit, count]) => unit.repeat(count)) },
);
const value = fc.oneof({ weight: 8, arbitrary: text }, { weight: 1, arbitrary: fc.double() }, { weight: 1, arbitrary: fc.array(text, { maxLength: 3 }) });

// ── Fixed bodies: the library's email templates and the renderer's own test bodies ──

function emailTemplates(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return emailTemplates(path);
    return entry.name.endsWith(".email.msg.njk") ? [path] : [];
  });
}

const LIBRARY = emailTemplates(join(ROOT, "templates")).map((path) => ({ name: relative(ROOT, path), text: readFileSync(path, "utf8") }));

const TEST_BODIES: Array<[string, string[], string]> = [
  ["render.test: email", ["creditor", "name", "url"], "Hello **{{ name }}**,\n\nPay at [{{ url }}]({{ url }}).\n\n- one\n- two\n\n<div>raw html</div>\n"],
  [
    "render.test: values never add structure",
    ["x", "y"],
    "Dear {{ x }},\n\n{{ x }}\n{{ y }}\n\nThen {{ x }}\n{{ y }}\nand more.\n\n- {{ x }}\n- item **{{ x }}** and *{{ y }}* and _{{ x }}_\n\n1. {{ y }}\n\n> {{ x }}\n\n# Title {{ x }}\n\nSee [{{ x }}]({{ y }}) and ![{{ x }}]({{ y }} \"{{ x }}\") and **bold**{{ x }}**bold**.\n\nPay{{ x }}now{{ y }}\nend.\n",
  ],
  ["redteam.test: ordinary", ["text"], "Hello\n\n> quoted\n> > twice\n\n- a\n  - b\n\n[link](https://example.com) *a* `b` {{ text }}"],
  ["redteam.test: loops", ["text", "items"], "Hello {{ text }}\n\n{% for i in items %}- {{ i }}\n{% endfor %}\n{% for i in items %}>{% endfor %} deep {{ text }}"],
  ["without links", ["x", "y"], "Dear {{ x }},\n\nYour balance is **{{ y }}**.\n\n- {{ x }}\n- {{ y }}\n\n## {{ x }}\n\nThanks,\n{{ y }}\n"],
  ["code", ["x", "y"], "Code `{{ x }}` and ``{{ y }}`` here.\n\n```\n{{ x }} {{ y }}\n```\n\n    {{ y }}\n"],
];

const FIXED: Body[] = [
  ...LIBRARY.map(({ name, text }) => bodyOf(name, text)),
  ...TEST_BODIES.map(([name, variables, body]) => bodyOf(name, head(variables) + body)),
];

const VARIABLE_NAMES = ["first_name", "account_tail", "amount", "pay_url", "unsubscribe_url", "loan_tail", "paid_amount", "paid_date", "remaining", "apr", "name", "days", "repay_url", "creditor", "url", "x", "y", "text"];

describe("an email body compiled once per skeleton renders what the Markdown pipeline renders", () => {
  it(
    "for the library's email templates and the renderer's test bodies, with arbitrary values",
    () => {
      const data = fc.record({
        ...Object.fromEntries(VARIABLE_NAMES.map((name) => [name, value])),
        days: fc.oneof(fc.integer({ min: -5, max: 40 }), value),
        amount: fc.oneof(fc.double({ min: 0, max: 1e6, noNaN: true }), value),
        items: fc.array(text, { maxLength: 4 }),
      });
      const paths = { compiled: 0, exact: 0, failed: 0 };
      checkProperty(
        "compiled email bodies equal the pipeline on fixed templates",
        fc.tuple(fc.constantFrom(...FIXED), data),
        ([body, values]) => {
          paths[expectSame(body, values)]++;
        },
        runs(10, 150),
      );
      // The compiled path is what is being tested: most renders must take it.
      expect(paths.compiled).toBeGreaterThan(paths.exact);
    },
    suiteTimeout(runs(10, 150)),
  );

  it("for every example of the library's email templates, through compileTemplate, on the compiled path", () => {
    for (const { name, text } of LIBRARY) {
      const template = compileTemplate(text, { filePath: name });
      const body = bodyOf(name, text);
      for (const example of examplesOf(template)) {
        const message = template.render(example.data) as EmailMessage;
        const values = { ...example.data };
        const parts = body.compiled.parts(body.compiled.markdown(values, DEFAULT_LIMITS));
        expect(parts.path, `${name} ${example.name}`).toBe("compiled");
        expect({ html: message.html, text: message.text }).toEqual(exact(body.children, body.filters, values, DEFAULT_LIMITS));
      }
    }
  });

  it(
    "for random Markdown skeletons with values in text, emphasis, links, lists, headings, code, branches and loops",
    () => {
      const data = fc.record({ a: value, b: value, c: text, flag: fc.boolean(), items: fc.array(text, { maxLength: 3 }) });
      const paths = { compiled: 0, exact: 0, failed: 0 };
      checkProperty(
        "compiled email bodies equal the pipeline on generated templates",
        fc.tuple(skeleton, fc.array(data, { minLength: 1, maxLength: 4 })),
        ([markdown, cases]) => {
          const body = bodyOf(markdown, head(["a", "b", "c", "flag", "items"]) + markdown);
          for (const values of cases) paths[expectSame(body, values)]++;
        },
        runs(25, 60),
      );
      expect(paths.compiled).toBeGreaterThan(0);
    },
    suiteTimeout(runs(25, 60)),
  );
});

describe("what a skeleton cannot vouch for takes the exact path, with the same result", () => {
  const cases: Array<[string, string, Record<string, unknown>, BodyParts["path"]]> = [
    ["plain text and emphasis", "Dear **{{ a }}**, pay {{ b }}.\n", { a: "*x* [y](z) <b>", b: "`q`" }, "compiled"],
    ["a link to a value", "Pay at [{{ a }}]({{ a }}).\n", { a: "https://pay.example.com/r" }, "compiled"],
    ["a link to a value the sanitizer refuses", "Pay at [here]({{ a }}).\n", { a: "javascript:alert(1)" }, "compiled"],
    ["a value with a backtick where the template has a code span", "Code `x` and {{ a }} here.\n", { a: "a`b" }, "exact"],
    ["a value without one there", "Code `x` and {{ a }} here.\n", { a: "ab" }, "compiled"],
    ["raw HTML in the template", "<b>Hello</b> {{ a }}\n", { a: "x" }, "exact"],
    ["an autolink in the template", "See <https://example.com/{{ a }}>\n", { a: "x>y" }, "exact"],
    ["a value starting with a space after a line break (HTML trims it)", "Hello\n{{ a }}\n", { a: " x" }, "exact"],
    ["a template backslash before a value", "Hello \\{{ a }}\n", { a: "*x*" }, "exact"],
    ["an image holding a value", "![{{ a }}](https://x.example/i.png)\n", { a: "x" }, "exact"],
    ["a link title holding a value", '[a](https://x.example "{{ a }}")\n', { a: "x" }, "exact"],
    ["a link reference definition", "[{{ a }}]\n\n[x]: https://x.example\n", { a: "x" }, "exact"],
  ];
  for (const [name, markdown, values, path] of cases) {
    it(name, () => {
      expect(expectSame(bodyOf(name, head(["a", "b"]) + markdown), values)).toBe(path);
    });
  }

  it("renders loops of every length, more skeletons than are kept, the same way", () => {
    const body = bodyOf("loop", head(["items"]) + "Items:\n\n{% for item in items %}- {{ item }}\n{% endfor %}\nEnd.\n");
    for (let round = 0; round < 2; round++) {
      for (let length = 0; length < 40; length++) expect(expectSame(body, { items: Array.from({ length }, (_, index) => `*${index}*`) })).toBe("compiled");
    }
  });
});

describe("the render's limits hold on the compiled path", () => {
  const body = bodyOf("limits", head(["a"]) + "Hello {{ a }}\n");

  it("a value whose escapes exceed the output limit stops with the same error", () => {
    const outcomeOf = (): Outcome => outcome(() => body.compiled.parts(body.compiled.markdown({ a: ".".repeat(60_000) }, DEFAULT_LIMITS)));
    expect(outcomeOf()).toEqual({ error: "RenderLimitError render-limit the output exceeds 100000 characters" });
    expectSame(body, { a: ".".repeat(60_000) });
  });

  it("a template with more inline marks than the parser is allowed is refused the same way, whatever the values", () => {
    const marked = bodyOf("marks", head(["a"]) + `${"*a* ".repeat(501)}{{ a }}\n`);
    expect(expectSame(marked, { a: "x" })).toBe("failed");
    expect(outcome(() => marked.compiled.parts(marked.compiled.markdown({ a: "x" }, DEFAULT_LIMITS)))).toEqual({
      error: "RenderError render-failed rendering failed: the email body has more than 1000 unescaped link, emphasis, code or HTML characters",
    });
  });
});

// ── Generated skeletons ──────────────────────────────────────────────────────

const VARIABLE = fc.constantFrom("{{ a }}", "{{ b }}", "{{ c }}", "{{ a }}{{ b }}");
const WORD = fc.oneof(
  { weight: 80, arbitrary: fc.constantFrom("Hello", "pay", "now", "张三", " ", "  ", "\t", "\n", "  \n", "\\\n", "*", "_", "**", "__", "`", "[", "]", "(", ")", "](", "!", "\\", "&", "&amp;", "#", ">", ":", "/", "%", "~", "|", "=", "-", "1.") },
  // Template text that sends every render to the exact path: raw HTML, autolinks, private-use characters.
  { weight: 1, arbitrary: fc.constantFrom("<", "<b>", "</b>", "<https://x.example>", "&#57344;", "\uE000", "\uF000") },
);
const URL_TEMPLATE = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom("{{ a }}", "https://x.example/{{ a }}", '{{ a }} "title"', "mailto:{{ b }}", "javascript:{{ a }}", "/p?q={{ a }}#{{ b }}", "{{ a }}:{{ b }}", "https://x.example", "%{{ a }}", "{{ a }}%4") },
  { weight: 1, arbitrary: fc.constantFrom("<{{ a }}>", '{{ a }} "{{ b }}"') },
);
const atom = fc.oneof({ weight: 3, arbitrary: WORD }, { weight: 3, arbitrary: VARIABLE });
const small = fc.array(atom, { minLength: 1, maxLength: 4 }).map((atoms) => atoms.join(""));
const inlineStructure = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(small, URL_TEMPLATE).map(([label, url]) => `[${label}](${url})`) },
  { weight: 1, arbitrary: fc.tuple(small, URL_TEMPLATE).map(([alt, url]) => `![${alt}](${url})`) },
  { weight: 4, arbitrary: fc.tuple(fc.constantFrom("*", "**", "_", "__", "`", "``"), small).map(([mark, inner]) => mark + inner + mark) },
  { weight: 2, arbitrary: fc.tuple(small, small).map(([yes, no]) => `{% if flag %}${yes}{% else %}${no}{% endif %}`) },
  { weight: 2, arbitrary: small.map((inner) => `{% for item in items %}${inner}{{ item }}{% endfor %}`) },
  { weight: 1, arbitrary: small.map((inner) => `{% set s %}${inner}{% endset %}{{ s }}`) },
);
const inline = fc.array(fc.oneof({ weight: 2, arbitrary: atom }, { weight: 1, arbitrary: inlineStructure }), { minLength: 1, maxLength: 8 }).map((parts) => parts.join(""));
const leaf = fc.oneof(
  { weight: 4, arbitrary: inline },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 6 }), inline).map(([depth, text]) => `${"#".repeat(depth)} ${text}`) },
  { weight: 1, arbitrary: fc.tuple(inline, fc.constantFrom("===", "---")).map(([text, line]) => `${text}\n${line}`) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom("- ", "* ", "1. ", "2) "), fc.array(inline, { minLength: 1, maxLength: 3 }), fc.boolean()).map(([marker, items, nested]) => items.map((item, index) => `${nested && index > 0 ? "  " : ""}${marker}${item}`).join("\n")) },
  { weight: 1, arbitrary: inline.map((text) => `> ${text}`) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom("```", "~~~", "```js"), inline).map(([fence, code]) => `${fence}\n${code}\n${fence.slice(0, 3)}`) },
  { weight: 1, arbitrary: inline.map((text) => `    ${text}`) },
  { weight: 1, arbitrary: fc.constantFrom("***", "---") },
  { weight: 1, arbitrary: fc.constantFrom("[a]: https://x.example", "[{{ a }}]: /u", "[a]: {{ a }}") },
  { weight: 1, arbitrary: inline.map((text) => `{% for item in items %}- {{ item }} ${text}\n{% endfor %}`) },
);
const block = fc.oneof({ weight: 4, arbitrary: leaf }, { weight: 1, arbitrary: fc.tuple(leaf, leaf).map(([yes, no]) => `{% if flag %}\n${yes}\n{% else %}\n${no}\n{% endif %}`) });
const skeleton = fc.tuple(fc.array(block, { minLength: 1, maxLength: 5 }), fc.constantFrom("\n\n", "\n")).map(([blocks, separator]) => `${blocks.join(separator)}\n`);
