import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { beforeAll, describe, expect, it } from "vitest";
import { INITIAL, parseRawGrammar, Registry, type IGrammar } from "vscode-textmate";
import { createOnigScanner, createOnigString, loadWASM } from "vscode-oniguruma";

// The grammar as VS Code runs it: vscode-textmate with Oniguruma, and the YAML and Markdown
// grammars VS Code ships (from tm-grammars) for the front matter and email bodies.
const require = createRequire(import.meta.url);
const GRAMMARS: Record<string, string> = {
  "text.tactful-template": new URL("../syntaxes/tactful-template.tmLanguage.json", import.meta.url).pathname,
  "source.yaml": require.resolve("tm-grammars/grammars/yaml.json"),
  "text.html.markdown": require.resolve("tm-grammars/grammars/markdown.json"),
};

let grammar: IGrammar;

beforeAll(async () => {
  await loadWASM(readFileSync(require.resolve("vscode-oniguruma/release/onig.wasm")).buffer as ArrayBuffer);
  const registry = new Registry({
    onigLib: Promise.resolve({ createOnigScanner, createOnigString }),
    loadGrammar: async (scopeName) => (GRAMMARS[scopeName] ? parseRawGrammar(readFileSync(GRAMMARS[scopeName], "utf8"), GRAMMARS[scopeName]) : null),
  });
  grammar = (await registry.loadGrammar("text.tactful-template"))!;
});

/** The scopes at the first `text` on `line` (0-based) of `source`. */
function scopesOf(source: string, line: number, text: string): string[] {
  let state = INITIAL;
  const lines = source.split("\n");
  for (let index = 0; index <= line; index++) {
    const { tokens, ruleStack } = grammar.tokenizeLine(lines[index]!, state);
    state = ruleStack;
    if (index < line) continue;
    const at = lines[index]!.indexOf(text);
    const token = tokens.find((candidate) => candidate.startIndex <= at && at < candidate.endIndex);
    if (at === -1 || !token) throw new Error(`no ${text} on line ${line}: ${lines[index]}`);
    return token.scopes;
  }
  throw new Error(`no line ${line}`);
}

const template = (channel: string, body: string, extra = ""): string =>
  ["---", "id: collection.overdue-notice", `channel: ${channel}`, "locale: zh-CN", `subject: "您好{{ name }}"${extra}`, "variables:", "  name: { type: string, maxLength: 4 }", "---", body].join("\n");

describe("the Tactful template grammar", () => {
  it("reads the front matter as YAML, with Nunjucks inside its strings", () => {
    const text = template("sms", "x");
    expect(scopesOf(text, 1, "id")).toEqual(expect.arrayContaining(["meta.embedded.block.frontmatter.tactful-template", "entity.name.tag.yaml"]));
    expect(scopesOf(text, 6, "name")).toContain("entity.name.tag.yaml");
    expect(scopesOf(text, 4, "name")).toEqual(expect.arrayContaining(["string.quoted.double.yaml", "meta.tag.template.output.nunjucks", "variable.other.nunjucks"]));
    expect(scopesOf(text, 7, "---")).toContain("punctuation.definition.end.frontmatter.tactful-template");
  });

  it("reads Nunjucks outputs, filters, statements with whitespace control, and directive comments in the body", () => {
    const text = template("sms", "【示例】{{- amount | money -}}{%- if days > 3 %}逾期{% endif -%}{# tactful-disable-next-line sms-length -- approved #}");
    expect(scopesOf(text, 8, "{{-")).toContain("punctuation.section.embedded.begin.nunjucks");
    expect(scopesOf(text, 8, "amount")).toContain("variable.other.nunjucks");
    expect(scopesOf(text, 8, "money")).toContain("support.function.filter.nunjucks");
    expect(scopesOf(text, 8, "-}}")).toContain("punctuation.section.embedded.end.nunjucks");
    expect(scopesOf(text, 8, "if")).toContain("keyword.control.nunjucks");
    expect(scopesOf(text, 8, "3")).toContain("constant.numeric.nunjucks");
    expect(scopesOf(text, 8, "tactful-disable-next-line")).toEqual(expect.arrayContaining(["comment.block.nunjucks", "keyword.other.directive.tactful-template"]));
    expect(scopesOf(text, 8, "逾期")).toEqual(["text.tactful-template"]);
  });

  it("reads an email body as Markdown with Nunjucks, whatever the file is called, and an SMS body as text", () => {
    const body = "# 您好 {{ name }}\n\n**{{ amount | money }}** 元\n\n- [还款]({{ url }})";
    const email = template("email", body, " # the channel decides");
    expect(scopesOf(email, 8, "#")).toEqual(expect.arrayContaining(["meta.body.email.tactful-template", "markup.heading.markdown"]));
    expect(scopesOf(email, 8, "name")).toEqual(expect.arrayContaining(["markup.heading.markdown", "variable.other.nunjucks"]));
    expect(scopesOf(email, 10, "amount")).toEqual(expect.arrayContaining(["markup.bold.markdown", "variable.other.nunjucks"]));
    expect(scopesOf(email, 12, "url")).toContain("variable.other.nunjucks");
    // The rest of an email's front matter is still YAML.
    expect(scopesOf(email, 2, "channel")).toEqual(expect.arrayContaining(["meta.embedded.block.frontmatter.tactful-template", "entity.name.tag.yaml"]));
    expect(scopesOf(email, 5, "variables")).toEqual(expect.arrayContaining(["meta.embedded.block.frontmatter.tactful-template", "entity.name.tag.yaml"]));
    const sms = template("sms", body);
    expect(scopesOf(sms, 8, "# ")).toEqual(["text.tactful-template"]);
    expect(scopesOf(sms, 8, "name")).toContain("variable.other.nunjucks");
  });
});
