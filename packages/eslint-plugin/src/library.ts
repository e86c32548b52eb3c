import type { Range, SourceLocation, TemplateDocument } from "@tactful/core";
import type { Role } from "@tactful/policies";
import { NAMESPACE } from "./language/directives.js";
import { TemplateSourceCode } from "./language/template-source-code.js";
import { disclosureOf, frontMatterUsable, messageCoverage } from "./util/message.js";
import { describeRole, ROLES } from "./util/roles.js";
import { docsUrl, type TemplateRuleDocs } from "./util/rule.js";

/**
 * Checks across a library of templates, which no single-file lint can make: the CLI and the
 * language server run them over every template they lint.
 */
export interface LibraryCheck {
  meta: { type: "problem"; docs: TemplateRuleDocs };
}

export const libraryChecks: Record<"unique-template-id" | "consistent-locale-variants", LibraryCheck> = {
  "unique-template-id": {
    meta: {
      type: "problem",
      docs: {
        description: "Each (id, locale, channel) names one template in a library",
        url: docsUrl("unique-template-id"),
        source: "template format v1: (id, locale, channel) is unique in a library; a release bundle serves templates by it",
        recommended: "error",
        group: "structure",
      },
    },
  },
  "consistent-locale-variants": {
    meta: {
      type: "problem",
      docs: {
        description: "Locale variants of one template (same id and channel) disclose the same facts and take the same variables",
        url: docsUrl("consistent-locale-variants"),
        source: "the disclosures of each variant's policy pack; a translation must carry the same obligations",
        recommended: "error",
        group: "disclosure",
      },
    },
  },
};

export interface LibraryFinding {
  filePath: string;
  ruleId: string;
  severity: 1 | 2;
  message: string;
  loc: SourceLocation;
  range: Range;
}

interface Entry {
  filePath: string;
  document: TemplateDocument;
}

/** What the library checks group templates by: only templates that share an id are compared. */
export interface LibraryIdentity {
  id: string;
  locale: string;
  channel: string;
}

/** A template's identity, or undefined when it has none to check (it did not parse, or lacks one). */
export function libraryIdentity(document: TemplateDocument): LibraryIdentity | undefined {
  const { id, locale, channel } = document.meta;
  return !document.fatal && id && locale && channel ? { id, locale, channel } : undefined;
}

/** Runs the library checks over parsed templates (files that do not parse are skipped). */
export function checkLibrary(entries: ReadonlyArray<Entry>): LibraryFinding[] {
  const usable = entries.filter(({ document }) => libraryIdentity(document) !== undefined);
  return [...duplicateIds(usable), ...localeVariants(usable)];
}

function idLocation(document: TemplateDocument): { range: Range; loc: SourceLocation } {
  const range = document.locate("/id")?.value ?? document.ast.range;
  return { range, loc: document.lines.locOf(range) };
}

function duplicateIds(entries: readonly Entry[]): LibraryFinding[] {
  const findings: LibraryFinding[] = [];
  const seen = new Map<string, Entry>();
  for (const entry of [...entries].sort((a, b) => a.filePath.localeCompare(b.filePath))) {
    const { id, locale, channel } = entry.document.meta;
    const key = `${id}\u0000${locale}\u0000${channel}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, entry);
      continue;
    }
    findings.push({
      filePath: entry.filePath,
      ruleId: `${NAMESPACE}/unique-template-id`,
      severity: 2,
      message: `Another template has the same id \`${id}\`, locale ${locale} and channel ${channel}: ${first.filePath}. A release serves templates by (id, locale, channel), so one of them would never be sent.`,
      ...idLocation(entry.document),
    });
  }
  return findings;
}

function localeVariants(entries: readonly Entry[]): LibraryFinding[] {
  const findings: LibraryFinding[] = [];
  const groups = new Map<string, Entry[]>();
  for (const entry of entries) {
    const key = `${entry.document.meta.id}\u0000${entry.document.meta.channel}`;
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  for (const group of groups.values()) {
    if (new Set(group.map((entry) => entry.document.meta.locale)).size < 2) continue;
    const variants = group.map((entry) => ({
      entry,
      roles: disclosedRoles(entry),
      // The roles a variant carries on purpose: those of its declared variables.
      declared: new Set([...entry.document.variables.values()].flatMap((variable) => (variable.role ? [variable.role] : []))),
      variables: new Set(entry.document.variables.keys()),
    }));
    for (const variant of variants) {
      const locale = variant.entry.document.meta.locale;
      const others = variants.filter((other) => other.entry.document.meta.locale !== locale);
      const having = (has: (other: (typeof variants)[number]) => boolean): string =>
        others
          .filter(has)
          .map((other) => `${other.entry.document.meta.locale} (${other.entry.filePath})`)
          .join(", ");
      for (const role of new Set(others.flatMap((other) => [...other.declared].filter((declared) => other.roles.has(declared))))) {
        if (variant.roles.has(role)) continue;
        findings.push({
          filePath: variant.entry.filePath,
          ruleId: `${NAMESPACE}/consistent-locale-variants`,
          severity: 2,
          message: `This ${locale} variant does not disclose ${describeRole(role)} (role \`${role}\`) on every path, but its other variants do: ${having((other) => other.declared.has(role) && other.roles.has(role))}.`,
          ...idLocation(variant.entry.document),
        });
      }
      for (const name of new Set(others.flatMap((other) => [...other.variables]))) {
        if (variant.variables.has(name)) continue;
        findings.push({
          filePath: variant.entry.filePath,
          ruleId: `${NAMESPACE}/consistent-locale-variants`,
          severity: 1,
          message: `This ${locale} variant does not take the variable \`${name}\`, which its other variants take: ${having((other) => other.variables.has(name))}. The sending service sends one data set to every variant.`,
          ...idLocation(variant.entry.document),
        });
      }
    }
  }
  return findings;
}

/** The roles a template discloses on every path, through variables or recognised text. */
function disclosedRoles({ document }: Entry): Set<Role> {
  const sourceCode = new TemplateSourceCode({ text: document.text, document });
  if (!frontMatterUsable(sourceCode)) return new Set();
  return new Set(ROLES.filter((role) => messageCoverage(sourceCode, disclosureOf(sourceCode, role)).always));
}
