import { builtInPacks, type PackSet, type PolicyPack, type Role } from "@tactful/policies";
import { analyze, type Analysis, type TextSpan } from "./analysis.js";
import type { CommentNode, ContentNode, FrontMatterNode, Range, StringField, StringTemplateNode, TemplateNode, TextNode } from "./ast.js";
import type { Problem, ProblemCode, TemplateDocument, TemplateExample, TemplateMeta, VariableDeclaration } from "./document.js";
import { escapePointer, layoutOf, parseYaml, scalarOffsets, yamlLibrary, type ParsedYaml } from "./front-matter.js";
import { DEFAULT_PARSE_LIMITS, tooLarge, utf8Length, type ParseLimits } from "./limits.js";
import { sayParse, type ParseMessage } from "./parse-messages.js";
import { LineIndex } from "./lines.js";
import { checkTemplateSchema } from "./schema.js";
import { parseTemplateSource } from "./template-syntax.js";
import { AUDIENCES, CATEGORIES, CHANNELS, SENDER_ROLES } from "./vocabulary.js";
import { toneLanguage } from "./tone/language.js";

export interface ParseOptions {
  filePath?: string;
  /** Bounds on size and nesting; a file beyond them gets a fatal problem and is not analysed. */
  limits?: Partial<ParseLimits>;
  /** The policy packs the template is read with; the built-in packs by default. */
  packs?: PackSet;
}

/**
 * Parses a template file into a positioned document. Never throws: broken YAML, broken
 * Nunjucks, binary or empty text give a document whose `problems` say what and where.
 */
export function parseTemplate(text: string, options: ParseOptions = {}): TemplateDocument {
  const lines = new LineIndex(text);
  try {
    return build(text, options, lines);
  } catch (error) {
    // A bug here must not take a lint run or an editor down; report it on the file instead.
    const message: ParseMessage = error instanceof RangeError ? { id: "nestedTooDeeply" } : { id: "parseFailed", data: { reason: error instanceof Error ? error.message : String(error) } };
    return emptyDocument(text, options, lines, [problemAt(lines, "template-syntax", message, [0, 0], true)]);
  }
}

function build(text: string, options: ParseOptions, lines: LineIndex): TemplateDocument {
  const limits: ParseLimits = { ...DEFAULT_PARSE_LIMITS, ...options.limits };
  if (utf8Length(text, limits.maxBytes) > limits.maxBytes) {
    return emptyDocument(text, options, lines, [problemAt(lines, "too-large", tooLarge(utf8Length(text), limits.maxBytes), [0, 0], true)]);
  }
  const nul = text.indexOf("\u0000");
  if (nul !== -1) {
    return emptyDocument(text, options, lines, [problemAt(lines, "binary", { id: "binary" }, [nul, nul + 1], true)]);
  }

  const problems: Problem[] = [];
  const report = (code: ProblemCode, message: ParseMessage, range: Range, fatal = false, severity: "error" | "warning" = "error", replacement?: string): void => {
    problems.push({ ...problemAt(lines, code, message, range, fatal), severity, ...(replacement === undefined ? {} : { replacement }) });
  };

  const layout = layoutOf(text);
  if (!layout.open) {
    const firstLineEnd = text.slice(layout.bomLength).search(/\r\n|\r|\n|$/) + layout.bomLength;
    report("front-matter-missing", { id: "frontMatterMissing" }, [layout.bomLength, firstLineEnd], true);
  } else if (!layout.close) {
    report("front-matter-unclosed", { id: "frontMatterUnclosed" }, layout.open, true);
  }

  let yaml: ParsedYaml | null = null;
  if (layout.open && layout.close) {
    yaml = parseYaml(text, layout.yaml, limits);
    for (const problem of yaml.problems) report(problem.code ?? "yaml", problem.message, problem.range, problem.code !== undefined, problem.severity);
    if (!yaml.problems.some((problem) => problem.severity === "error")) {
      for (const issue of checkTemplateSchema(yaml.data ?? {})) {
        const found = locateIn(yaml, issue.pointer);
        const located = found ?? { key: null, value: layout.open };
        const range = issue.pointer === "" && issue.part === "key" ? layout.open : issue.part === "key" ? (located.key ?? located.value) : located.value;
        // A "did you mean" only where the range is what it replaces.
        const replacement = found && (issue.part === "value" || (issue.pointer !== "" && found.key !== null)) ? issue.replacement : undefined;
        report("schema", issue.message, range, false, "error", replacement);
      }
    }
  }
  const data = yaml?.data ?? null;
  const meta = readMeta(data);
  const hasSchemaProblem = (pointer: string): boolean => problems.some((problem) => problem.code === "schema" && yaml !== null && sameRange(problem.range, locateIn(yaml, pointer)?.value));
  const jurisdiction = resolveJurisdiction(meta, options.packs ?? builtInPacks, yaml, hasSchemaProblem, report);
  if (jurisdiction !== null) checkToneLanguage(meta, (options.packs ?? builtInPacks).packFor(jurisdiction)!, yaml, report);

  const textSpans = new Map<TextNode, (index: number) => Range>();
  const comments: CommentNode[] = [];
  const body = parseTemplateSource(text.slice(layout.body[0], layout.body[1]), { start: (i) => layout.body[0] + i, end: (i) => layout.body[0] + i }, lines, limits);
  if (body.error) report(body.error.code, body.error.message, body.error.range, true);
  for (const [node, span] of body.textSpans) textSpans.set(node, span);
  for (const comment of body.comments) comments.push(comment);

  let frontMatter: FrontMatterNode | null = null;
  if (layout.open) {
    const fields: Record<StringField, StringTemplateNode | null> = { subject: null, title: null };
    for (const field of ["subject", "title"] as const) {
      const entry = yaml?.entry(`/${field}`);
      // An entry has a node only once the yaml package has read it.
      if (!entry || !yamlLibrary().isScalar(entry.node) || typeof entry.node.value !== "string") continue;
      const offsets = scalarOffsets(text, entry.node, entry.base);
      const parsed = parseTemplateSource(entry.node.value, offsets, lines, limits);
      if (parsed.error) report(parsed.error.code, { id: "inField", data: { field, message: parsed.error.message } }, parsed.error.range, true);
      for (const [node, span] of parsed.textSpans) textSpans.set(node, span);
      for (const comment of parsed.comments) comments.push(comment);
      fields[field] = node("StringTemplate", { field, children: parsed.children }, entry.value, lines);
    }
    const end = layout.close ? layout.close[1] : layout.yaml[1];
    frontMatter = node("FrontMatter", { subject: fields.subject, title: fields.title }, [layout.open[0], end], lines);
  }

  const ast = node("Template", { frontMatter, body: node("Body", { children: body.children as ContentNode[] }, layout.body, lines) }, [layout.bomLength, text.length], lines);
  comments.sort((a, b) => a.range[0] - b.range[0]);
  const textSpan: TextSpan = (textNode, index) => textSpans.get(textNode)?.(index) ?? [textNode.range[0] + index, textNode.range[0] + index + 1];
  return makeDocument(text, options, lines, ast, data, meta, jurisdiction, yaml, comments, problems, analyze(ast, textSpan));
}

function node<const T extends string, const F extends object>(type: T, fields: F, range: Range, lines: LineIndex): { type: T; range: Range; loc: ReturnType<LineIndex["locOf"]> } & F {
  return { type, ...fields, range, loc: lines.locOf(range) };
}

function problemAt(lines: LineIndex, code: ProblemCode, message: ParseMessage, range: Range, fatal: boolean): Problem {
  return { code, messageId: message.id, data: message.data ?? {}, message: sayParse(message), severity: "error", range, loc: lines.locOf(range), fatal };
}

function sameRange(a: Range, b: Range | undefined): boolean {
  return b !== undefined && a[0] === b[0] && a[1] === b[1];
}

function locateIn(yaml: ParsedYaml, pointer: string): { key: Range | null; value: Range } | null {
  // The nearest existing ancestor, so a finding about a missing child lands on its parent.
  for (let current = pointer; ; current = current.slice(0, current.lastIndexOf("/"))) {
    const entry = yaml.entry(current);
    if (entry) return { key: entry.key, value: entry.value };
    if (current === "") return null;
  }
}

function resolveJurisdiction(
  meta: TemplateMeta,
  packs: PackSet,
  yaml: ParsedYaml | null,
  hasSchemaProblem: (pointer: string) => boolean,
  report: (code: ProblemCode, message: ParseMessage, range: Range) => void,
): string | null {
  if (meta.jurisdiction !== undefined) {
    if (packs.packFor(meta.jurisdiction)) return meta.jurisdiction;
    const at = yaml?.entry("/jurisdiction");
    if (at && !hasSchemaProblem("/jurisdiction")) report("jurisdiction", { id: "unknownJurisdiction", data: { jurisdiction: meta.jurisdiction, packs: packs.jurisdictions.join(", ") } }, at.value);
    return null;
  }
  if (meta.locale === undefined) return null;
  const fromLocale = packs.jurisdictionForLocale(meta.locale);
  if (fromLocale) return fromLocale;
  const at = yaml?.entry("/locale");
  if (at && !hasSchemaProblem("/locale")) {
    const defaults = packs.packs.map((pack) => `${pack.id}: ${pack.locales.join("/")}`).join("; ");
    report("jurisdiction", { id: "noDefaultJurisdiction", data: { locale: meta.locale, defaults } }, at.value);
  }
  return null;
}

/** A locale none of the pack's languages reads: its tone rules would find nothing, which is not a pass. */
function checkToneLanguage(meta: TemplateMeta, pack: PolicyPack, yaml: ParsedYaml | null, report: (code: ProblemCode, message: ParseMessage, range: Range) => void): void {
  const at = yaml?.entry("/locale");
  if (meta.locale === undefined || !at || toneLanguage(meta.locale, pack)) return;
  const languages = Object.entries(pack.tone.languages).map(([language, rules]) => (rules.locales ?? [language]).join("/")).join(", ") || "—";
  report("tone-language", { id: "noToneLanguage", data: { locale: meta.locale, jurisdiction: pack.id, languages } }, at.value);
}

function makeDocument(
  text: string,
  options: ParseOptions,
  lines: LineIndex,
  ast: TemplateNode,
  data: unknown,
  meta: TemplateMeta,
  jurisdiction: string | null,
  yaml: ParsedYaml | null,
  comments: CommentNode[],
  problems: Problem[],
  analysis: Analysis,
): TemplateDocument {
  const packs = options.packs ?? builtInPacks;
  return {
    filePath: options.filePath,
    text,
    bom: text.charCodeAt(0) === 0xfeff,
    lines,
    ast,
    data,
    meta,
    jurisdiction,
    pack: jurisdiction === null ? null : (packs.packFor(jurisdiction) ?? null),
    packs,
    variables: readVariables(data, yaml),
    references: analysis.references,
    comments,
    prose: analysis.prose,
    problems,
    fatal: problems.some((problem) => problem.fatal),
    branchPath: (target) => analysis.branchPaths.get(target) ?? [],
    parent: (target) => analysis.parents.get(target) ?? null,
    locate: (pointer) => {
      const entry = yaml?.entry(pointer);
      // Getters: the position is found when it is read, not when a rule asks whether the key is there.
      return entry
        ? {
            get key() {
              return entry.key;
            },
            get value() {
              return entry.value;
            },
          }
        : null;
    },
  };
}

function emptyDocument(text: string, options: ParseOptions, lines: LineIndex, problems: Problem[]): TemplateDocument {
  const bomLength = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const whole: Range = [bomLength, text.length];
  const ast: TemplateNode = { type: "Template", frontMatter: null, body: { type: "Body", children: [], range: whole, loc: lines.locOf(whole) }, range: whole, loc: lines.locOf(whole) };
  const analysis: Analysis = { parents: new Map(), branchPaths: new Map(), references: [], prose: [] };
  return makeDocument(text, options, lines, ast, null, { examples: [] }, null, null, [], problems, analysis);
}

// ── Typed views of the front matter ──────────────────────────────────────────

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function oneOf<T extends string>(allowed: readonly T[], value: unknown): T | undefined {
  return typeof value === "string" && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

function asString(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

function asInteger(value: unknown): number | undefined {
  return typeof value === "number" && Number.isInteger(value) ? value : undefined;
}

function defined<T extends object>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;
}

function readMeta(data: unknown): TemplateMeta {
  if (!isRecord(data)) return { examples: [] };
  const sender = isRecord(data["sender"]) ? defined({ name: asString(data["sender"]["name"]), role: oneOf(SENDER_ROLES, data["sender"]["role"]), onBehalfOf: asString(data["sender"]["onBehalfOf"]) }) : undefined;
  const send = isRecord(data["send"]) ? defined({ window: asString(data["send"]["window"]), maxPerDay: asInteger(data["send"]["maxPerDay"]) }) : undefined;
  const examples: TemplateExample[] = [];
  if (Array.isArray(data["examples"])) {
    for (const example of data["examples"]) {
      if (isRecord(example) && typeof example["name"] === "string" && isRecord(example["data"])) {
        examples.push(defined({ name: example["name"], description: asString(example["description"]), data: example["data"] }));
      }
    }
  }
  return defined({
    id: asString(data["id"]),
    version: asInteger(data["version"]),
    channel: oneOf(CHANNELS, data["channel"]),
    locale: asString(data["locale"]),
    jurisdiction: asString(data["jurisdiction"]),
    category: oneOf(CATEGORIES, data["category"]),
    audience: oneOf(AUDIENCES, data["audience"]),
    sender,
    subject: asString(data["subject"]),
    title: asString(data["title"]),
    description: asString(data["description"]),
    send,
    examples,
  });
}

function readVariables(data: unknown, yaml: ParsedYaml | null): Map<string, VariableDeclaration> {
  const variables = new Map<string, VariableDeclaration>();
  if (!isRecord(data) || !isRecord(data["variables"]) || !yaml) return variables;
  for (const [name, definition] of Object.entries(data["variables"])) {
    const entry = yaml.entry(`/variables/${escapePointer(name)}`);
    if (!entry) continue;
    const schema = isRecord(definition) ? definition : {};
    const examples = [...("example" in schema ? [schema["example"]] : []), ...(Array.isArray(schema["examples"]) ? schema["examples"] : [])];
    const declaration = defined({
      name,
      schema,
      role: typeof schema["role"] === "string" ? (schema["role"] as Role) : undefined,
      pii: schema["pii"] === true,
      examples,
    });
    // Positions only when something asks: finding them may read the front matter's YAML again.
    variables.set(name, Object.defineProperties(declaration, {
      key: { get: () => entry.key ?? entry.value, enumerable: true },
      range: { get: () => entry.value, enumerable: true },
    }) as VariableDeclaration);
  }
  return variables;
}
