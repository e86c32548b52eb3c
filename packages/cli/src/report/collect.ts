import { relative, resolve, sep } from "node:path";
import { diffLines, diffWords, type ChangeObject } from "diff";
import { parseTemplate, worstCaseSms, type Locale, type SmsMeasurement, type TemplateDocument } from "@tactful/core";
import { ruleDescription } from "@tactful/eslint-plugin";
import { builtInPacks, type OverlayRecord, type PackSet, type PolicyPack } from "@tactful/policies";
import {
  bundleHash,
  compileTemplate,
  examplesOf,
  RenderError,
  TemplateDataError,
  TemplateInvalidError,
  TemplateUnsafeError,
  type Message,
  type ReleaseBundle,
} from "@tactful/renderer";
import type { LintRun } from "../lint.js";
import { waivers, type Waiver } from "../suppressions.js";

export interface ReportExample {
  name: string;
  description?: string;
  message?: Message;
  /** Why the example does not render. */
  error?: string;
}

export interface ReportFinding {
  line: number;
  column: number;
  severity: 1 | 2;
  ruleId: string | null;
  message: string;
  /** What the rule checks, and the law or standard it comes from (from the rule's metadata). */
  description?: string;
  source?: string;
  url?: string;
}

export interface ReportTemplate {
  /** The template's place in the library, relative to it, with forward slashes. */
  path: string;
  /** (id, locale, channel): what a release serves it by, and what releases are compared by. */
  key: string;
  id?: string;
  locale?: string;
  channel?: string;
  category?: string;
  audience?: string;
  sender?: string;
  version?: number;
  source: string;
  examples: ReportExample[];
  /** The longest SMS the template can send, when it is an SMS and it can be measured. */
  worstCase?: { text: string; measurement: SmsMeasurement; bounded: boolean };
  /** Why the template cannot be rendered at all. */
  problems: string[];
  findings: ReportFinding[];
  waivers: Waiver[];
}

/** A policy pack by id and version, with the overlays merged into it (and what they waive). */
export interface ReportPolicy {
  id: string;
  version: string;
  overlays?: OverlayRecord[];
}

/** What the report says of a pack. */
function reportPolicy({ id, version, overlays }: Pick<PolicyPack, "id" | "version" | "overlays">): ReportPolicy {
  return { id, version, ...(overlays ? { overlays } : {}) };
}

export interface ReportIdentity {
  /** Set for a release; a report of a library as it is has none of these. */
  release?: { sequence: number; createdAt: string; keyId?: string; hash: string };
  tool: { name: string; version: string };
  plugin: { name: string; version: string };
  policies: ReportPolicy[];
  configs: Array<{ config: string; templates: number }>;
  errors: number;
  warnings: number;
}

/** One side of a comparison: a template's source and what each example sends. */
interface Comparable {
  key: string;
  locale: string;
  source: string;
  examples: ReadonlyArray<{ name: string; message?: Message }>;
}

export interface ExampleChange {
  name: string;
  status: "added" | "removed" | "changed";
  diff: ChangeObject<string>[];
}

export interface TemplateChange {
  key: string;
  locale: string;
  source: ChangeObject<string>[];
  examples: ExampleChange[];
}

export interface ReportChanges {
  since: { name: string; sequence: number; createdAt: string; keyId?: string; hash: string };
  added: string[];
  removed: string[];
  changed: TemplateChange[];
}

export interface Report {
  library: string;
  identity: ReportIdentity;
  templates: ReportTemplate[];
  changes?: ReportChanges;
}

export interface ReportSources {
  run: LintRun;
  /** The library's directory: template paths are relative to it. */
  root: string;
  cwd: string;
  /** How the library is named on the page. */
  library: string;
  /** The page's language: what each rule requires is said in it. */
  language: Locale;
  tool: { name: string; version: string };
  plugin: { name: string; version: string };
  /** The configurations the run used, as a release records them. */
  configs: Array<{ config: string; templates: number }>;
  /** The release reviewed; without one, the library is shown as it is. */
  bundle?: ReleaseBundle;
  /** A verified earlier release to compare with. */
  since?: { name: string; bundle: ReleaseBundle };
}

/**
 * What the report shows, from the lint run that judged the templates (its findings, its waiver
 * register and its rules' legal sources) and either the release bundle (its sources and the
 * messages it rendered) or, without one, the library rendered as it is.
 */
export function collectReport(sources: ReportSources): Report {
  const { run, root, bundle } = sources;
  const findings = findingsByFile(run, sources.language);
  const register = new Map<string, Waiver[]>();
  for (const waiver of waivers(run, sources.cwd)) {
    const file = resolve(sources.cwd, waiver.file);
    register.set(file, [...(register.get(file) ?? []), waiver]);
  }
  const judged = (path: string): Pick<ReportTemplate, "findings" | "waivers"> => {
    const file = resolve(root, path);
    return { findings: findings.get(file) ?? [], waivers: register.get(file) ?? [] };
  };
  const templates = bundle
    ? bundle.templates.map((template) => releasedTemplate(template.path, template.source, template.examples ?? [], judged(template.path), run.packs.get(resolve(root, template.path))))
    : run.results.map((result) => {
        const path = relativePath(root, result.filePath);
        return libraryTemplate(path, run.sources.get(result.filePath), judged(path), run.packs.get(result.filePath));
      });
  const count = (severity: 1 | 2): number => templates.reduce((sum, template) => sum + template.findings.filter((finding) => finding.severity === severity).length, 0);
  const identity: ReportIdentity = bundle
    ? {
        release: { sequence: bundle.sequence, createdAt: bundle.createdAt, ...(bundle.signature ? { keyId: bundle.signature.keyId } : {}), hash: bundleHash(bundle) },
        tool: bundle.tool,
        plugin: bundle.plugin,
        policies: bundle.policies.map((policy) => reportPolicy({ ...policy, overlays: policy.pack?.overlays })),
        configs: bundle.lint.configs ?? [],
        errors: bundle.lint.errors,
        warnings: bundle.lint.warnings,
      }
    : {
        tool: sources.tool,
        plugin: sources.plugin,
        policies: policiesOf(run),
        configs: sources.configs,
        errors: count(2),
        warnings: count(1),
      };
  return { library: sources.library, identity, templates, ...(sources.since ? { changes: compare(sources.since, templates) } : {}) };
}

/** The packs the run checked the templates against, by id and version (the built-in ones when it checked none). */
function policiesOf(run: LintRun): ReportPolicy[] {
  const used = new Map<string, ReportPolicy>();
  for (const set of run.packs.size > 0 ? run.packs.values() : [builtInPacks]) for (const pack of set.packs) used.set(`${pack.id}\u0000${pack.version}\u0000${JSON.stringify(pack.overlays ?? [])}`, reportPolicy(pack));
  return [...used.values()].sort((a, b) => a.id.localeCompare(b.id) || a.version.localeCompare(b.version));
}

function relativePath(root: string, file: string): string {
  return relative(root, file).split(sep).join("/");
}

function findingsByFile(run: LintRun, language: Locale): Map<string, ReportFinding[]> {
  const byFile = new Map<string, ReportFinding[]>();
  for (const result of run.results) {
    byFile.set(
      result.filePath,
      result.messages.map((message) => {
        const rule = message.ruleId ? run.rules[message.ruleId] : undefined;
        const description = ruleDescription(rule, language);
        return {
          line: message.line,
          column: message.column,
          severity: message.severity === 2 ? 2 : 1,
          ruleId: message.ruleId,
          message: message.message,
          ...(description ? { description } : {}),
          ...(rule?.source ? { source: rule.source } : {}),
          ...(rule?.url ? { url: rule.url } : {}),
        };
      }),
    );
  }
  return byFile;
}

/** What the front matter says of a template, as far as it can be read. */
function describe(path: string, document: TemplateDocument): Omit<ReportTemplate, "source" | "examples" | "problems" | "findings" | "waivers"> {
  const { meta } = document;
  const sender = meta.sender?.name === undefined ? undefined : meta.sender.role ? `${meta.sender.name} (${meta.sender.role})` : meta.sender.name;
  const defined = <T>(name: string, value: T | undefined): Record<string, T> => (value === undefined ? {} : { [name]: value });
  return {
    path,
    key: keyOf(meta.id ?? path, meta.locale ?? "", meta.channel ?? ""),
    ...defined("id", meta.id),
    ...defined("locale", meta.locale),
    ...defined("channel", meta.channel),
    ...defined("category", meta.category),
    ...defined("audience", meta.audience),
    ...defined("sender", sender),
    ...defined("version", meta.version),
  };
}

function keyOf(id: string, locale: string, channel: string): string {
  return `${id} · ${locale} · ${channel}`;
}

/** A released template: the messages the release rendered, described by its own source. */
function releasedTemplate(path: string, source: string, rendered: ReadonlyArray<{ name: string; message: Message }>, judged: Pick<ReportTemplate, "findings" | "waivers">, packs: PackSet | undefined): ReportTemplate {
  const document = parseTemplate(source, { filePath: path, ...(packs ? { packs } : {}) });
  const personas = new Map(document.meta.examples.map((example) => [example.name, example.description]));
  const examples = rendered.map(({ name, message }) => withDescription({ name, message }, personas.get(name)));
  return { ...describe(path, document), source, examples, ...worstCaseOf(document), problems: [], ...judged };
}

/** A template of the library as it is: compiled and rendered with each example as a release would, or why it cannot be. */
function libraryTemplate(path: string, text: string | undefined, judged: Pick<ReportTemplate, "findings" | "waivers">, packs: PackSet | undefined): ReportTemplate {
  if (text === undefined) return { path, key: path, source: "", examples: [], problems: [], ...judged };
  // With the line endings a release gives it: a CRLF checkout is not a change since the last release.
  const source = text.replace(/\r\n?/g, "\n");
  let compiled;
  try {
    compiled = compileTemplate(source, { filePath: path, ...(packs ? { packs } : {}) });
  } catch (error) {
    if (!(error instanceof TemplateInvalidError || error instanceof TemplateUnsafeError)) throw error;
    const problems = error.issues.map((issue) => `${issue.loc.start.line}:${issue.loc.start.column} ${issue.message}`);
    return { ...describe(path, parseTemplate(source, { filePath: path, ...(packs ? { packs } : {}) })), source, examples: [], problems, ...judged };
  }
  const personas = new Map(compiled.document.meta.examples.map((example) => [example.name, example.description]));
  const examples = examplesOf(compiled).map(({ name, data }): ReportExample => {
    try {
      return withDescription({ name, message: compiled.render(data) }, personas.get(name));
    } catch (error) {
      if (error instanceof TemplateDataError) return withDescription({ name, error: error.issues.map((issue) => `${issue.path || "/"} ${issue.message}`).join("; ") }, personas.get(name));
      if (error instanceof RenderError) return withDescription({ name, error: error.message }, personas.get(name));
      throw error;
    }
  });
  return { ...describe(path, compiled.document), source, examples, ...worstCaseOf(compiled.document), problems: [], ...judged };
}

function withDescription(example: ReportExample, description: string | undefined): ReportExample {
  return description === undefined ? example : { ...example, description };
}

/** The worst case of an SMS, as the linter measures it; none when there are too many ways through to measure. */
function worstCaseOf(document: TemplateDocument): Pick<ReportTemplate, "worstCase"> {
  if (document.meta.channel !== "sms") return {};
  const worst = worstCaseSms(document);
  return worst.limit === null ? { worstCase: { text: worst.text, measurement: worst.measurement, bounded: worst.unbounded.length === 0 } } : {};
}

/** What a message says, as one text to compare: an email's subject and text part, a notification's title and body. */
function messageText(message: Message): string {
  switch (message.channel) {
    case "sms":
      return message.text;
    case "email":
      return `${message.subject}\n\n${message.text}`;
    case "push":
      return `${message.title}\n${message.body}`;
  }
}

/** Templates added, removed and changed since an earlier release, with the changes to each source and each example's message. */
function compare(since: { name: string; bundle: ReleaseBundle }, templates: readonly ReportTemplate[]): ReportChanges {
  const before = new Map<string, Comparable>(
    since.bundle.templates.map((template) => {
      const key = keyOf(template.id, template.locale, template.channel);
      return [key, { key, locale: template.locale, source: template.source, examples: template.examples ?? [] }];
    }),
  );
  const after = new Map<string, Comparable>(templates.map((template) => [template.key, { key: template.key, locale: template.locale ?? "", source: template.source, examples: template.examples }]));
  const changed: TemplateChange[] = [];
  for (const [key, now] of after) {
    const then = before.get(key);
    if (!then || then.source === now.source) continue;
    changed.push({ key, locale: now.locale, source: diffLines(then.source, now.source), examples: exampleChanges(then, now) });
  }
  const { bundle } = since;
  return {
    since: { name: since.name, sequence: bundle.sequence, createdAt: bundle.createdAt, ...(bundle.signature ? { keyId: bundle.signature.keyId } : {}), hash: bundleHash(bundle) },
    added: [...after.keys()].filter((key) => !before.has(key)),
    removed: [...before.keys()].filter((key) => !after.has(key)),
    changed,
  };
}

function exampleChanges(then: Comparable, now: Comparable): ExampleChange[] {
  const textOf = (side: Comparable): Map<string, string> => new Map(side.examples.map((example) => [example.name, example.message ? messageText(example.message) : ""]));
  const [old, current] = [textOf(then), textOf(now)];
  // Words as the template's language splits them: Chinese has no spaces between words.
  const segmenter = new Intl.Segmenter(now.locale || "en", { granularity: "word" });
  const changes: ExampleChange[] = [];
  for (const name of new Set([...current.keys(), ...old.keys()])) {
    const [a, b] = [old.get(name), current.get(name)];
    if (a === b) continue;
    const status = a === undefined ? "added" : b === undefined ? "removed" : "changed";
    changes.push({ name, status, diff: diffWords(a ?? "", b ?? "", { intlSegmenter: segmenter }) });
  }
  return changes;
}
