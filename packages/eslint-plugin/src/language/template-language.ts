import type { File, Language, OkParseResult, ParseResult } from "@eslint/core";
import { problemMessage, resolveLocale, visitorKeys, type Node, type TemplateDocument, type TemplateNode } from "@tactful/core";
import { documentOf } from "./shared-documents.js";
import { TemplateSourceCode } from "./template-source-code.js";

/** `locale`: the language a file that does not parse is reported in (createTemplateEslint sets it with the findings' `settings.tactful.locale`). */
export type TemplateLanguageOptions = { locale?: string } & Record<string, unknown>;

/**
 * The language options of ESLint's own languages (JavaScript, JSON, CSS, Markdown). A config
 * block without `files` applies to templates too, so a team's `{ languageOptions: { globals } }`
 * (and ESLint 9's JavaScript defaults) reach this language: they mean nothing to a template
 * and are ignored. Any other option is refused, so a typo is never silently dropped.
 */
const OTHER_LANGUAGES_OPTIONS = new Set(["ecmaVersion", "sourceType", "globals", "parser", "parserOptions", "allowTrailingCommas", "tolerant", "customSyntax", "frontmatter"]);

interface TemplateParseResult extends OkParseResult<TemplateNode> {
  document: TemplateDocument;
}

/**
 * The ESLint language `tactful/template`: `.msg.njk` files, YAML front matter and a Nunjucks
 * body. Lines and columns are 1-based, as core reports them. A file that cannot be analysed
 * (no front matter, broken Nunjucks, binary) is a parsing error; front-matter problems are
 * reported by the `valid-front-matter` rule so the other rules still run.
 */
export const templateLanguage: Language<{
  LangOptions: TemplateLanguageOptions;
  Code: TemplateSourceCode;
  RootNode: TemplateNode;
  Node: Node;
}> = {
  fileType: "text",
  lineStart: 1,
  columnStart: 1,
  nodeTypeKey: "type",
  visitorKeys: Object.fromEntries(Object.entries(visitorKeys).map(([type, keys]) => [type, [...keys]])),
  defaultLanguageOptions: {},

  validateLanguageOptions(options) {
    const unknown = Object.keys(options ?? {}).filter((key) => key !== "locale" && !OTHER_LANGUAGES_OPTIONS.has(key));
    if (unknown.length > 0) throw new TypeError(`tactful/template takes one language option, \`locale\` (got ${unknown.join(", ")}).`);
    if (options?.locale !== undefined && typeof options.locale !== "string") throw new TypeError("tactful/template: `locale` is a language tag such as zh-CN.");
  },

  parse(file: File, context?: { languageOptions?: TemplateLanguageOptions }): ParseResult<TemplateNode> {
    const text = typeof file.body === "string" ? file.body : new TextDecoder().decode(file.body);
    const document = documentOf(text, file.path);
    const fatal = document.problems.filter((problem) => problem.fatal);
    if (fatal.length > 0) {
      // ESLint reports parse errors as given: 1-based line and column.
      const locale = resolveLocale(context?.languageOptions?.locale);
      return { ok: false, errors: fatal.map((problem) => ({ message: problemMessage(problem, locale), line: problem.loc.start.line, column: problem.loc.start.column })) };
    }
    const result: TemplateParseResult = { ok: true, ast: document.ast, document };
    return result;
  },

  createSourceCode(file: File, input: OkParseResult<TemplateNode>): TemplateSourceCode {
    const text = typeof file.body === "string" ? file.body : new TextDecoder().decode(file.body);
    return new TemplateSourceCode({ text, document: (input as TemplateParseResult).document });
  },
};
