import type { SuggestedEdit } from "@eslint/core";
import type { ContentNode, Range } from "@tactful/core";
import { citationText, compilePattern, type PolicyPack, type SenderIdentification } from "@tactful/policies";
import { applicable, bodyContentRange, creditorName, disclosureOf, frontMatterUsable, LIMIT_MESSAGE, messageCoverage, messageLocation, messagePaths, signatureOf, type MessagePath, type Signature } from "../util/message.js";
import { reportForEntry } from "../util/report.js";
import { docsUrl, sourcesOf, type TemplateRule } from "../util/rule.js";
import { isSpaceless, rangeKey, senderInDoubt, spanOnPath } from "../util/text-edit.js";

export interface Options {
  /** The sender names your organisation has registered (with its SMS platform or carriers). */
  allowedSenders?: string[];
}

type MessageIds =
  | "missingSignature"
  | "missingSignatureInBranch"
  | "wrongSignature"
  | "useSignature"
  | "forbiddenName"
  | "nameLength"
  | "namePattern"
  | "strayBrackets"
  | "missingName"
  | "missingNameInBranch"
  | "insertName"
  | "notAllowed"
  | "tooComplex";

/** Escapes a literal for use in a `u` regular expression. */
function literal(text: string): string {
  return text.replace(/[\^$\\.*+?()[\]{}|/]/gu, "\\$&");
}

/**
 * Whether text inserted into the body stays literal: Nunjucks opens an output, a tag or a
 * comment at `{{`, `{%` and `{#`, so a sender name holding one would become live template code.
 * No fix or suggestion inserts such a name; the sender is renamed by hand.
 */
function staysLiteral(text: string): boolean {
  return !/\{[{%#]|\{$/u.test(text);
}

const rule: TemplateRule<{ RuleOptions: [Options]; MessageIds: MessageIds }> = {
  meta: {
    type: "problem",
    fixable: "code",
    hasSuggestions: true,
    docs: {
      description: "The message identifies its real sender as the policy requires (a 【signature】 in Chinese SMS, the brand or creditor's name elsewhere)",
      url: docsUrl("sender-identification"),
      source: sourcesOf((pack) => pack.senderIdentification),
      recommended: "error",
      group: "disclosure",
    },
    messages: {
      missingSignature: "The message does not start with the sender's signature `{{ signature }}` (`sender.name` in brackets). {{ entry }}: {{ summary }} Source: {{ source }}.",
      missingSignatureInBranch: "Some branches of this `if` do not start the message with the signature `{{ signature }}`. {{ entry }}: {{ summary }} Source: {{ source }}.",
      wrongSignature: "The signature `{{ found }}` does not match sender.name `{{ name }}`: sign with the name the sender is registered under. {{ entry }}: {{ summary }} Source: {{ source }}.",
      useSignature: "Sign with `{{ signature }}`.",
      forbiddenName:
        "`{{ name }}` is a neutral or authority-like signature that does not identify the real sender: use the registered company, brand or app name. {{ entry }}: {{ summary }} Source: {{ source }}.",
      nameLength: "The signature name `{{ name }}` has {{ length }} characters; {{ entry }} allows {{ allowed }}. Source: {{ source }}.",
      namePattern: "The signature name `{{ name }}` does not have the form {{ entry }} requires (pattern `{{ pattern }}`). Source: {{ source }}.",
      strayBrackets:
        "`{{ text }}`: the signature brackets {{ open }}{{ close }} may appear only around the signature at the start; platforms reject them elsewhere and readers take them for the sender. {{ entry }}. Source: {{ source }}.",
      missingName: "The message never names its sender: {{ names }} appears on no path through it. {{ entry }}: {{ summary }} Source: {{ source }}.",
      missingNameInBranch: "Some branches of this `if` never name the sender ({{ names }}). {{ entry }}: {{ summary }} Source: {{ source }}.",
      insertName: "Start the message with `{{ text }}`.",
      notAllowed: "`{{ name }}` is not one of your organisation's registered senders ({{ allowed }}).",
      tooComplex: LIMIT_MESSAGE,
    },
    schema: [
      {
        type: "object",
        additionalProperties: false,
        properties: {
          allowedSenders: {
            description: "The sender names your organisation has registered; `sender.name` must be one of them.",
            type: "array",
            items: { type: "string", minLength: 1 },
            minItems: 1,
            uniqueItems: true,
          },
        },
      },
    ],
    defaultOptions: [{}],
    languages: ["tactful/template"],
  },
  create(context) {
    const { sourceCode } = context;
    const [options] = context.options;

    let limitReported = false;
    /** Too many ways through the template to check: an error, once. */
    const reportLimit = (node: ContentNode, what: string): void => {
      if (!limitReported) context.report({ loc: node.loc, messageId: "tooComplex", data: { what } });
      limitReported = true;
    };

    const nameLocation = (): Range | null => {
      const located = sourceCode.document.locate("/sender/name");
      return located ? located.value : null;
    };

    const checkSignature = (pack: PolicyPack, entry: SenderIdentification, name: string): void => {
      const source = citationText(pack, entry.sources);
      const base = { entry: entry.id, summary: entry.summary, source };
      const at = nameLocation();
      if (!at || senderInDoubt(sourceCode, true)) return;
      const loc = sourceCode.document.lines.locOf(at);
      const length = [...name].length;
      if (entry.forbiddenNames?.includes(name)) reportForEntry(context, { loc, messageId: "forbiddenName", data: { ...base, name } }, entry);
      const { min, max } = entry.nameLength ?? {};
      if ((min !== undefined && length < min) || (max !== undefined && length > max)) {
        const allowed = min !== undefined && max !== undefined ? `${min}–${max}` : min !== undefined ? `at least ${min}` : `at most ${max}`;
        reportForEntry(context, { loc, messageId: "nameLength", data: { ...base, name, length: String(length), allowed } }, entry);
      }
      if (entry.namePattern && !compilePattern(entry.namePattern).test(name)) {
        reportForEntry(context, { loc, messageId: "namePattern", data: { ...base, name, pattern: entry.namePattern } }, entry);
      }
      const { open, close } = entry;
      if (!open || !close) return;
      const signature = `${open}${name}${close}`;
      const { paths, limit } = messagePaths(sourceCode);
      if (limit) {
        reportLimit(limit, "every way through it starts with the signature");
        return;
      }
      const found = new Map<MessagePath, Signature>(paths.map((path) => [path, signatureOf(path, open, close)]));
      const signatureStarts = new Set<number>();
      const reported = new Set<string>();
      for (const [path, result] of found) {
        if (result.kind !== "found") continue;
        const range = spanOnPath(sourceCode, path, result.index, result.length);
        signatureStarts.add(range[0]);
        if (result.name === name || reported.has(rangeKey(range))) continue;
        reported.add(rangeKey(range));
        reportForEntry(
          context,
          {
            loc: sourceCode.document.lines.locOf(range),
            messageId: "wrongSignature",
            data: { ...base, found: sourceCode.text.slice(range[0], range[1]), name },
            suggest: staysLiteral(signature) ? [{ messageId: "useSignature", data: { signature }, fix: (fixer) => fixer.replaceTextRange(range, signature) }] : [],
          },
          entry,
        );
      }
      const coverage = messageCoverage(sourceCode, [{ signature: { open, close } }]);
      if (coverage.limit) reportLimit(coverage.limit, "every way through it starts with the signature");
      else if (!coverage.always) {
        if (coverage.partial.length > 0) {
          for (const node of coverage.partial) reportForEntry(context, { loc: node.loc, messageId: "missingSignatureInBranch", data: { ...base, signature } }, entry);
        } else {
          const fixable = staysLiteral(signature) && [...found.values()].every((result) => result.kind === "missing" && result.fixable);
          const start = bodyContentRange(sourceCode)[0];
          reportForEntry(
            context,
            { loc: messageLocation(sourceCode), messageId: "missingSignature", data: { ...base, signature }, fix: fixable ? (fixer) => fixer.insertTextBeforeRange([start, start], signature) : null },
            entry,
          );
        }
      }
      if (entry.bracketsOnlyInSignature) checkBrackets(entry, base, open, close, signatureStarts);
    };

    const checkBrackets = (entry: SenderIdentification, base: Record<string, string>, open: string, close: string, signatureStarts: ReadonlySet<number>): void => {
      const pattern = new RegExp(`${literal(open)}(?:(?!${literal(open)}|${literal(close)})[^\\r\\n])*${literal(close)}|${literal(open)}|${literal(close)}`, "gu");
      for (const segment of sourceCode.document.prose) {
        if (segment.field !== "body") continue;
        for (const match of segment.text.matchAll(pattern)) {
          const range = segment.sourceRange(match.index, match.index + match[0].length);
          if (signatureStarts.has(range[0])) continue;
          reportForEntry(context, { loc: sourceCode.document.lines.locOf(range), messageId: "strayBrackets", data: { ...base, text: match[0], open, close } }, entry);
        }
      }
    };

    const checkName = (pack: PolicyPack, entry: SenderIdentification, sender: string): void => {
      if (senderInDoubt(sourceCode)) return;
      const names = [...new Set([sender, creditorName(sourceCode) ?? sender])];
      // The name written out, or wording the pack recognises as naming the sender (a brand opening the message, a sign-off).
      const coverage = messageCoverage(sourceCode, [...names.map((name) => ({ phrase: name })), ...disclosureOf(sourceCode, "creditor").filter((evidence) => !("role" in evidence))]);
      if (coverage.always) return;
      if (coverage.limit) {
        reportLimit(coverage.limit, "every way through it names the sender");
        return;
      }
      const data = { entry: entry.id, summary: entry.summary, source: citationText(pack, entry.sources), names: names.map((name) => `\`${name}\``).join(" or ") };
      if (coverage.partial.length > 0) {
        for (const node of coverage.partial) reportForEntry(context, { loc: node.loc, messageId: "missingNameInBranch", data }, entry);
        return;
      }
      const start = bodyContentRange(sourceCode)[0];
      const text = isSpaceless(sender.at(-1)) ? `${sender}：` : `${sender}: `;
      const suggest: Array<SuggestedEdit<MessageIds>> = staysLiteral(text) ? [{ messageId: "insertName", data: { text }, fix: (fixer) => fixer.insertTextBeforeRange([start, start], text) }] : [];
      reportForEntry(context, { loc: messageLocation(sourceCode), messageId: "missingName", data, suggest }, entry);
    };

    return {
      Template() {
        if (!frontMatterUsable(sourceCode)) return;
        const sender = sourceCode.document.meta.sender?.name;
        if (sender === undefined) return;
        const allowed = options.allowedSenders;
        const at = nameLocation();
        if (allowed && at && !allowed.includes(sender)) {
          context.report({ loc: sourceCode.document.lines.locOf(at), messageId: "notAllowed", data: { name: sender, allowed: allowed.map((name) => `\`${name}\``).join(", ") } });
        }
        const pack = sourceCode.policy;
        if (!pack) return;
        for (const entry of applicable(sourceCode, pack.senderIdentification)) {
          if (entry.form === "signature") checkSignature(pack, entry, sender);
          else checkName(pack, entry, sender);
        }
      },
    };
  },
};

export default rule;
