import { MarkupKind, type Hover, type Position } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { Range as OffsetRange, TemplateDocument } from "@tactful/core";
import { describeVariable } from "./describe.js";
import { contains, toDiagnostic } from "./diagnostics.js";
import type { LintState } from "./linting.js";

/**
 * Hover on a finding: what the rule checks, why (its legal source) and its documentation; on a
 * variable (where it is used or declared): its declaration, role and meaning.
 */
export function hover(document: TextDocument, position: Position, state: LintState | undefined, template: TemplateDocument): Hover | null {
  const findings = state ? findingsAt(document, position, state) : [];
  if (findings.length > 0) return { contents: { kind: MarkupKind.Markdown, value: findings.join("\n\n---\n\n") } };
  const offset = document.offsetAt(position);
  const within = (range: OffsetRange): boolean => range[0] <= offset && offset <= range[1];
  const reference = template.references.find((candidate) => within(candidate.node.range));
  const variable = reference ? template.variables.get(reference.name) : [...template.variables.values()].find((candidate) => within(candidate.key));
  if (variable) {
    const range = reference?.node.range ?? variable.key;
    return { contents: { kind: MarkupKind.Markdown, value: describeVariable(variable).markdown }, range: { start: document.positionAt(range[0]), end: document.positionAt(range[1]) } };
  }
  if (reference) return { contents: { kind: MarkupKind.Markdown, value: `**${reference.name}** is not declared in the front matter \`variables\`.` } };
  return null;
}

function findingsAt(document: TextDocument, position: Position, state: LintState): string[] {
  return state.messages.flatMap((message, index) => {
    if (!contains(toDiagnostic(message, index, document, undefined).range, position)) return [];
    const docs = message.ruleId ? state.rules[message.ruleId] : undefined;
    const level = message.severity === 2 ? "error" : "warning";
    const lines = [`**${message.ruleId ?? "tactful"}** (${level}): ${message.message}`];
    if (docs) {
      lines.push("", `*Checks:* ${docs.description}.`, "", `*Source:* ${docs.source}`, "", `[Rule documentation](${docs.url})`);
    }
    return [lines.join("\n")];
  });
}
