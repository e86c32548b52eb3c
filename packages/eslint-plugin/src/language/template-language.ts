import { createHash } from "node:crypto";
import { dirname } from "node:path";
import type { File, Language, LanguageContext, OkParseResult, ParseResult } from "@eslint/core";
import { problemMessage, resolveLocale, visitorKeys, type Locale, type Node, type TemplateDocument, type TemplateNode } from "@tactful/core";
import { builtInPacks, type PackSet } from "@tactful/policies";
import { checkPackSpecs, loadPacks, PackLoadError, packLoadErrorText } from "@tactful/policies/load";
import { configDirectories, nearestConfigFile } from "../util/config-file.js";
import { documentOf } from "./shared-documents.js";
import { TemplateSourceCode } from "./template-source-code.js";

let parseErrorLocale: string | undefined;

/** The language of parse errors for templates whose options name none: the findings' locale of this process's lint (CLI, language server). */
export function setParseErrorLocale(locale: string): void {
  parseErrorLocale = locale;
}

/** The language of what the language itself reports (parse errors, directives it does not apply): the option `locale`, else the process's. */
function problemLocale(context: LanguageContext<TemplateLanguageOptions> | undefined): Locale {
  return resolveLocale(context?.languageOptions?.locale ?? parseErrorLocale);
}

export interface TemplateLanguageOptions {
  /**
   * The policy packs templates are checked against (the built-in CN and US packs when absent):
   * built-in ids (`"cn"`, `"us"`), paths to pack files (relative to the folder of the
   * `eslint.config.*` that applies to the template) and npm package names.
   */
  packs?: readonly string[];
  /** The language a file that does not parse, or a directive that is not applied, is reported in (else the one `setParseErrorLocale` gave, else English). */
  locale?: string;
  [option: string]: unknown;
}

/**
 * The packs a template is read with: those its configuration names, relative paths from the
 * folder of its `eslint.config.*` (where ESLint 10 finds the configuration: from the file up).
 */
export function packsOf(options: TemplateLanguageOptions | undefined, filePath: string): PackSet {
  if (options?.packs === undefined) return builtInPacks;
  const config = nearestConfigFile(filePath);
  return loadPacks(options.packs, { cwd: config ? dirname(config) : process.cwd() });
}

/**
 * A digest of the packs a configuration names, as each configuration folder a lint from the
 * working directory can use would load them: a pack file is named relative to its
 * configuration's folder, which ESLint does not tell the language. A pack that does not load
 * there counts by its error.
 */
function packsDigest(specs: readonly string[]): string {
  const digest = createHash("sha256");
  for (const directory of configDirectories(process.cwd())) {
    let loaded: string;
    try {
      loaded = loadPacks(specs, { cwd: directory }).digest;
    } catch (error) {
      if (!(error instanceof PackLoadError)) throw error;
      loaded = packLoadErrorText(error);
    }
    digest.update(`${directory}\u0000${loaded}\n`);
  }
  return digest.digest("hex").slice(0, 16);
}

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
    const unknown = Object.keys(options ?? {}).filter((key) => key !== "packs" && key !== "locale" && !OTHER_LANGUAGES_OPTIONS.has(key));
    if (unknown.length > 0) throw new TypeError(`tactful/template takes the language options \`packs\` and \`locale\` (got ${unknown.join(", ")}).`);
    if (options?.locale !== undefined && typeof options.locale !== "string") throw new TypeError("tactful/template: `locale` is a language tag such as zh-CN.");
    // Names that cannot be packs are refused as the configuration is read; files are read when a template is.
    if (options?.packs !== undefined) checkPackSpecs(options.packs);
  },

  /**
   * `eslint --cache` keys a result on the configuration as JSON, where a pack file is only its
   * name: the options say what the packs hold too, read when the cache asks. The other
   * languages' options, which a template ignores, are left out of it.
   */
  normalizeLanguageOptions(options) {
    if (options.packs === undefined) return options;
    const { packs, locale } = options;
    return Object.defineProperty({ ...options }, "toJSON", { value: () => ({ packs, ...(locale === undefined ? {} : { locale }), packsDigest: packsDigest(packs) }) });
  },

  parse(file: File, context?: LanguageContext<TemplateLanguageOptions>): ParseResult<TemplateNode> {
    const text = typeof file.body === "string" ? file.body : new TextDecoder().decode(file.body);
    let packs: PackSet;
    try {
      packs = packsOf(context?.languageOptions, file.physicalPath ?? file.path);
    } catch (error) {
      // A pack that does not load stops every template that would use it: nothing is checked against a pack left out.
      if (error instanceof PackLoadError) return { ok: false, errors: [{ message: packLoadErrorText(error, problemLocale(context)), line: 1, column: 1 }] };
      throw error;
    }
    const document = documentOf(text, file.path, packs);
    const fatal = document.problems.filter((problem) => problem.fatal);
    if (fatal.length > 0) {
      // ESLint reports parse errors as given: 1-based line and column.
      const locale = problemLocale(context);
      return { ok: false, errors: fatal.map((problem) => ({ message: problemMessage(problem, locale), line: problem.loc.start.line, column: problem.loc.start.column })) };
    }
    const result: TemplateParseResult = { ok: true, ast: document.ast, document };
    return result;
  },

  createSourceCode(file: File, input: OkParseResult<TemplateNode>, context?: LanguageContext<TemplateLanguageOptions>): TemplateSourceCode {
    const text = typeof file.body === "string" ? file.body : new TextDecoder().decode(file.body);
    return new TemplateSourceCode({ text, document: (input as TemplateParseResult).document, locale: problemLocale(context) });
  },
};
