import type { FileProblem, RulesConfig, SourceLocation as EslintLocation, TextSourceCode } from "@eslint/core";

type InlineConfigElement = ReturnType<NonNullable<TextSourceCode["applyInlineConfig"]>>["configs"][number];
import { type CallMethodStep, Directive, TextSourceCodeBase, VisitNodeStep } from "@eslint/plugin-kit";
import { childrenOf, translator, visitorKeys, type CommentNode, type Locale, type Node, type TemplateDocument, type TemplateNode } from "@tactful/core";
import type { Applicability, PolicyPack } from "@tactful/policies";
import { directiveRefusal, directiveRefusalMessage, inlineConfigRefused, INLINE_CONFIG_MESSAGES, isInlineConfig, NAMESPACE, onlyRaisesToError, parseDirective, parseInlineConfig, type DirectiveKind } from "./directives.js";

/**
 * The SourceCode of a template: ESLint's view of a `TemplateDocument`. Rules read the
 * document (front matter, variables, references, branch paths, prose), the policy pack of
 * the template's jurisdiction and the facts that select the pack's entries.
 */
export class TemplateSourceCode extends TextSourceCodeBase<{
  LangOptions: Record<string, unknown>;
  RootNode: TemplateNode;
  SyntaxElementWithLoc: Node;
  ConfigNode: CommentNode;
}> {
  readonly document: TemplateDocument;
  readonly visitorKeys: Record<string, string[]>;
  /** The policy pack of the template's jurisdiction, from the packs it was parsed with, or null when it has none. */
  readonly policy: PolicyPack | null;
  /** What selects the pack's entries for this template. */
  readonly applicability: Applicability;
  /** The language directives that are not applied are reported in. */
  readonly locale: Locale;
  #steps: Array<VisitNodeStep | CallMethodStep> | undefined;

  constructor({ text, document, locale = "en" }: { text: string; document: TemplateDocument; locale?: Locale }) {
    super({ text, ast: document.ast, lineEndingPattern: /\r\n|[\r\n]/u });
    this.document = document;
    this.locale = locale;
    this.visitorKeys = Object.fromEntries(Object.entries(visitorKeys).map(([type, keys]) => [type, [...keys]]));
    this.policy = document.pack;
    const { category, audience, channel, sender } = document.meta;
    this.applicability = { category, audience, channel, senderRole: sender?.role };
  }

  override getLoc(node: Node): EslintLocation {
    return node.loc;
  }

  override getRange(node: Node): [number, number] {
    return node.range;
  }

  override getParent(node: Node): Node | undefined {
    return this.document.parent(node) ?? undefined;
  }

  override traverse(): Iterable<VisitNodeStep | CallMethodStep> {
    if (this.#steps) return this.#steps;
    const steps: Array<VisitNodeStep | CallMethodStep> = [];
    const visit = (node: Node, parent: Node | undefined): void => {
      steps.push(new VisitNodeStep({ target: node, phase: 1, args: [node, parent] }));
      for (const child of childrenOf(node)) visit(child, node);
      steps.push(new VisitNodeStep({ target: node, phase: 2, args: [node, parent] }));
    };
    visit(this.ast, undefined);
    this.#steps = steps;
    return steps;
  }

  /** Comments that are directives or inline configuration: ESLint checks `noInlineConfig` on them. */
  getInlineConfigNodes(): CommentNode[] {
    return this.document.comments.filter((comment) => parseDirective(comment) !== null || isInlineConfig(comment));
  }

  getDisableDirectives(): { directives: Directive[]; problems: FileProblem[] } {
    const directives: Directive[] = [];
    const problems: FileProblem[] = [];
    for (const comment of this.document.comments) {
      const directive = parseDirective(comment);
      if (!directive) continue;
      const refusal = directiveRefusal(directive);
      if (refusal) {
        // Not applied: the findings it would hide stay, and this says what to write instead.
        problems.push({ ruleId: null, message: directiveRefusalMessage(directive, refusal, this.locale), loc: comment.loc });
        continue;
      }
      // A comment cannot go in the front matter: a `disable` that opens the body covers the file from its first line.
      const node = directive.kind === "disable" && this.#opensBody(comment) ? { ...comment, loc: { start: { line: 1, column: 1 }, end: comment.loc.end } } : comment;
      directives.push(new Directive({ type: directive.kind satisfies DirectiveKind, node, value: directive.rules.join(", "), justification: directive.reason }));
    }
    return { directives, problems };
  }

  /** Whether only white space and other comments come before the comment in the body. */
  #opensBody(comment: CommentNode): boolean {
    const before = this.text.slice(this.document.ast.body.range[0], comment.range[0]);
    return this.document.comments.reduce((rest, other) => (other.range[1] <= comment.range[0] ? rest.replace(this.text.slice(...other.range), "") : rest), before).trim() === "";
  }

  applyInlineConfig(): { configs: InlineConfigElement[]; problems: FileProblem[] } {
    const configs: InlineConfigElement[] = [];
    const problems: FileProblem[] = [];
    for (const comment of this.document.comments) {
      if (!isInlineConfig(comment)) continue;
      const parsed = parseInlineConfig(comment);
      if (!parsed.ok) {
        problems.push({ ruleId: null, message: translator(INLINE_CONFIG_MESSAGES, this.locale)("unreadable", { reason: parsed.message }), loc: comment.loc });
        continue;
      }
      // A rule of this plugin is waived only by a directive with a reason, which the waiver
      // register records; inline configuration may only make it an error.
      const rules: Record<string, unknown> = {};
      for (const [ruleId, setting] of Object.entries(parsed.rules)) {
        if (!ruleId.startsWith(`${NAMESPACE}/`) || onlyRaisesToError(setting)) rules[ruleId] = setting;
        else problems.push({ ruleId: null, message: inlineConfigRefused(ruleId, this.locale), loc: comment.loc });
      }
      // ESLint validates each rule's severity and options after this.
      if (Object.keys(rules).length > 0) configs.push({ config: { rules: rules as RulesConfig }, loc: comment.loc });
    }
    return { configs, problems };
  }
}
