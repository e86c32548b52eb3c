import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { createFilters, parseTemplate, type ContentNode, type Filter } from "@tactful/core";
import { getPolicy } from "@tactful/policies";
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
  const filters = createFilters({ locale: document.meta.locale!, pack: document.jurisdiction ? getPolicy(document.jurisdiction) : undefined });
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
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom("a", "*", "`", " ", "\\", "[a](", "&#32;", "张"), fc.integer({ min: 50, max: 3000 })).map(([unit, count]) => unit.repeat(count)) },
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
        runs(3, 300),
      );
      // The compiled path is what is being tested: most renders must take it.
      expect(paths.compiled).toBeGreaterThan(paths.exact);
    },
    suiteTimeout(runs(3, 300)),
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
});
