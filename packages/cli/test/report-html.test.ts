import fc from "fast-check";
import { parse, type DefaultTreeAdapterMap } from "parse5";
import { describe, expect, it } from "vitest";
import { CHANNELS, parseTemplate } from "@tactful/core";
import { buildRelease, type ReleaseBundle } from "@tactful/renderer";
import type { LintRun } from "../src/lint.js";
import { SCRIPT, STYLE } from "../src/report/assets.js";
import { collectReport } from "../src/report/collect.js";
import { CONTENT_SECURITY_POLICY, reportHtml } from "../src/report/html.js";
import { languageFromEnvironment, REPORT_LANGUAGES } from "../src/report/text.js";

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

/** Markup that would run or load something if it were not text, and text around it. */
const hostile = fc
  .array(
    fc.oneof(
      fc.constantFrom("<script>alert(1)</script>", '"><img src=x onerror=alert(1)>', "</iframe><script>alert(2)</script>", "</style><svg onload=alert(3)>", "<!--", "</title>", "'&quot;&lt;", "javascript:alert(4)"),
      fc.string({ unit: fc.constantFrom(..."<>\"'&/=!?;:., ab中文\n()[]*_`\\"), minLength: 1, maxLength: 12 }),
    ),
    { minLength: 1, maxLength: 4 },
  )
  .map((parts) => parts.join(""))
  .filter((text) => text.trim() !== "");

/** A template whose own text (sender, subject or title, description, body, a waiver's reason) and example data are all `text` and `data`. */
function template(channel: "sms" | "email" | "push", text: string, data: string): string {
  const quoted = JSON.stringify(text);
  return [
    "---",
    `id: report.${channel}`,
    "version: 1",
    `channel: ${channel}`,
    "locale: en-US",
    "category: transactional",
    "audience: borrower",
    // A sender's name has at most 64 characters.
    `sender: { name: ${JSON.stringify([...text].slice(0, 64).join(""))}, role: creditor }`,
    ...(channel === "email" ? [`subject: ${JSON.stringify(`${text} {{ value }}`)}`] : channel === "push" ? [`title: ${JSON.stringify(`${text} {{ value }}`)}`] : []),
    `description: ${quoted}`,
    "variables:",
    `  value: { type: string, maxLength: 400, example: ${JSON.stringify(data)} }`,
    "examples:",
    `  - { name: hostile, description: ${quoted}, data: { value: ${JSON.stringify(data)} } }`,
    "---",
    `{# tactful-disable-next-line sms-length -- ${text.replace(/\n/g, " ")} #}`,
    `${text} {{ value }}`,
    "",
  ].join("\n");
}

function release(text: string, data: string, sequence: number): ReleaseBundle {
  return buildRelease({
    templates: CHANNELS.map((channel) => ({ path: `${channel}.msg.njk`, text: template(channel, text, data) })),
    tool: { name: "@tactful/cli", version: "0" },
    plugin: { name: "@tactful/eslint-plugin", version: "0" },
    lint: { warnings: 3, byRule: {} },
    sequence,
  });
}

/** The lint run of a bundle's templates: one finding each, from a rule whose description, source and link are `text`. */
function runOf(bundle: ReleaseBundle, text: string): LintRun {
  const files = bundle.templates.map((entry) => ({ file: `/lib/${entry.path}`, source: entry.source }));
  return {
    results: files.map(({ file }) => ({
      filePath: file,
      messages: [{ ruleId: "tactful/hostile", severity: 1, message: text, line: 1, column: 1 }],
      suppressedMessages: [],
      errorCount: 0,
      fatalErrorCount: 0,
      warningCount: 1,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
      usedDeprecatedRules: [],
    })),
    configs: [],
    rules: { "tactful/hostile": { description: text, source: text, url: "javascript:alert(5)" } },
    fixed: [],
    templates: new Map(files.map(({ file, source }) => [file, { locale: "en-US", comments: parseTemplate(source).comments }])),
    sources: new Map(files.map(({ file, source }) => [file, source])),
    packs: new Map(),
    ignored: [],
  };
}

function elements(node: Node): Element[] {
  const children = "childNodes" in node ? node.childNodes : [];
  const content = "content" in node && node.content ? [node.content] : [];
  return [...("tagName" in node ? [node] : []), ...[...children, ...content].flatMap(elements)];
}

function textOf(node: Node): string {
  if (node.nodeName === "#text") return (node as DefaultTreeAdapterMap["textNode"]).value;
  return "childNodes" in node ? node.childNodes.map(textOf).join("") : "";
}

const attribute = (element: Element, name: string): string | undefined => element.attrs.find((attr) => attr.name === name)?.value;
const hasClass = (element: Element, name: string): boolean => (attribute(element, "class") ?? "").split(" ").includes(name);

/** Every element the report itself writes; anything else came from template text or data. */
const REPORT_ELEMENTS = new Set(
  "html head meta title style body a header h1 p nav ul li main section h2 h3 h4 h5 dl dt dd code strong table caption thead tbody tr th td form label input select option article div span iframe pre ins del footer script".split(" "),
);

describe("the report page", () => {
  it("says what each finding's rule requires in the page's language", () => {
    const bundle = release("您好", "x", 1);
    const run = runOf(bundle, "finding");
    run.rules["tactful/hostile"] = { description: "What the rule requires", descriptions: { "zh-CN": "规则的要求", "zh-TW": "規則的要求" } };
    const described = (language: "en" | "zh-CN" | "zh-TW"): Array<string | undefined> =>
      collectReport({ run, root: "/lib", cwd: "/lib", library: "lib", language, tool: { name: "@tactful/cli", version: "0" }, plugin: { name: "@tactful/eslint-plugin", version: "0" }, configs: [], bundle })
        .templates.flatMap((template) => template.findings.map((finding) => finding.description));
    expect(new Set(described("zh-CN"))).toEqual(new Set(["规则的要求"]));
    expect(new Set(described("zh-TW"))).toEqual(new Set(["規則的要求"]));
    expect(new Set(described("en"))).toEqual(new Set(["What the rule requires"]));
  });

  it("keeps template text, data, findings and waivers inert: text everywhere, sanitized HTML only in a sandboxed frame", () => {
    fc.assert(
      fc.property(hostile, hostile, hostile, (text, data, before) => {
        const since = release(before, before, 1);
        const bundle = release(text, data, 2);
        const report = collectReport({
          run: runOf(bundle, text),
          root: "/lib",
          cwd: "/lib",
          library: text,
          language: "en",
          tool: { name: "@tactful/cli", version: "0" },
          plugin: { name: "@tactful/eslint-plugin", version: "0" },
          configs: [],
          bundle,
          since: { name: text, bundle: since },
        });
        const html = reportHtml(report, { language: "en", generatedAt: new Date(0) });
        const all = elements(parse(html));

        expect(all.map((element) => element.tagName).filter((tag) => !REPORT_ELEMENTS.has(tag))).toEqual([]);
        expect(all.flatMap((element) => element.attrs.filter((attr) => /^on/i.test(attr.name)))).toEqual([]);
        const scripts = all.filter((element) => element.tagName === "script");
        expect(scripts.map(textOf)).toEqual([SCRIPT]);
        expect(all.filter((element) => element.tagName === "style").map(textOf)).toEqual([STYLE]);
        const policy = all.find((element) => attribute(element, "http-equiv") === "Content-Security-Policy");
        expect(attribute(policy!, "content")).toBe(CONTENT_SECURITY_POLICY);
        expect(all.filter((element) => element.tagName === "a").map((link) => attribute(link, "href") ?? "")).not.toContainEqual(expect.stringMatching(/^\s*javascript:/i));

        // The messages read as the renderer made them, and the waiver's reason as written.
        const sms = bundle.templates.find((entry) => entry.channel === "sms")!.examples![0]!.message;
        expect(all.filter((element) => hasClass(element, "bubble")).map(textOf)).toContain(sms.channel === "sms" ? sms.text : "");
        const reasons = all.filter((element) => element.tagName === "table" && hasClass(element, "waivers")).map((table) => textOf(elements(table).filter((cell) => cell.tagName === "td")[3]!));
        expect(reasons).toEqual(CHANNELS.map(() => text.replace(/\n/g, " ").trim()));

        // The email is the one place with HTML: sanitized, in a frame whose sandbox allows nothing.
        const frames = all.filter((element) => element.tagName === "iframe");
        expect(frames.length).toBe(1);
        for (const frame of frames) {
          expect(attribute(frame, "sandbox")).toBe("");
          expect(attribute(frame, "src")).toBeUndefined();
          const inside = elements(parse(attribute(frame, "srcdoc")!));
          expect(inside.filter((element) => ["script", "iframe", "object", "embed", "svg", "img"].includes(element.tagName))).toEqual([]);
          expect(inside.flatMap((element) => element.attrs.filter((attr) => /^on/i.test(attr.name)))).toEqual([]);
        }
      }),
      { numRuns: 20 },
    );
  });

  it("takes its language from the locale environment, Traditional Chinese for Taiwan and Hong Kong", () => {
    expect(languageFromEnvironment({ LANG: "zh_TW.UTF-8" })).toBe("zh-TW");
    expect(languageFromEnvironment({ LANG: "zh_HK.UTF-8" })).toBe("zh-TW");
    expect(languageFromEnvironment({ LANG: "zh_CN.UTF-8" })).toBe("zh-CN");
    expect(languageFromEnvironment({ LANG: "zh_CN.UTF-8", LC_ALL: "en_US.UTF-8" })).toBe("en");
    expect(languageFromEnvironment({ LANG: "C.UTF-8" })).toBe("en");
    expect(languageFromEnvironment({})).toBe("en");
    expect(REPORT_LANGUAGES).toEqual(["en", "zh-CN", "zh-TW"]);
  });
});
