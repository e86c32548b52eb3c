import type { RuleVisitor } from "@eslint/core";
import type { CustomRuleDefinitionType, CustomRuleTypeDefinitions, CustomRuleVisitorWithExit } from "@eslint/plugin-kit";
import { inWritersLanguage, type Locale, type Node, type NodeType } from "@tactful/core";
import { builtInPacks, citationText, type Entry, type PolicyPack, type Translations } from "@tactful/policies";
import type { TemplateLanguageOptions } from "../language/template-language.js";
import type { TemplateSourceCode } from "../language/template-source-code.js";
import { frontMatterUsable } from "./message.js";

/** The catalog groups of DESIGN.md. */
export type RuleGroup = "structure" | "disclosure" | "opt-out" | "tone" | "channel";

export interface TemplateRuleDocs {
  /** What the rule requires, in English (what ESLint's own tooling reads). */
  description: string;
  /** The same in Chinese, for writers and reviewers who read it (`ruleDescription` picks one). */
  descriptions: Readonly<Record<"zh-CN" | "zh-TW", string>>;
  url: string;
  /** Where the requirement comes from: the policy pack entries the rule reads, with their citations. */
  source: string;
  /** The rule's level in the `recommended` config: blocking checks are errors, judgement calls warnings. */
  recommended: "error" | "warn" | false;
  group: RuleGroup;
  /** `library`: the rule compares the template with the others of its library. */
  scope?: "file" | "library";
}

type NodeVisitor = {
  [Type in NodeType]?: (node: Extract<Node, { type: Type }>, parent?: Node) => void;
};

export type TemplateVisitor = CustomRuleVisitorWithExit<NodeVisitor & RuleVisitor>;

export type TemplateRule<Options extends Partial<CustomRuleTypeDefinitions> = object> = CustomRuleDefinitionType<
  { LangOptions: TemplateLanguageOptions; Code: TemplateSourceCode; Visitor: TemplateVisitor; Node: Node },
  Options & { ExtRuleDocs: TemplateRuleDocs }
>;

/**
 * What a rule requires, in the run's locale: its `meta.docs.descriptions`, else the English
 * `description` (a rule of another plugin has only that); undefined when the rule does not say.
 */
export function ruleDescription(docs: { description?: string; descriptions?: Translations } | undefined, locale: Locale): string | undefined {
  return docs?.description === undefined ? undefined : inWritersLanguage(docs.description, docs.descriptions, locale);
}

/** The rule's doc page, shipped with the plugin, as a URL an editor or browser can open. */
export function docsUrl(name: string): string {
  return new URL(`../../docs/rules/${name}.md`, import.meta.url).href;
}

/**
 * What a rule's `meta.docs.source` says: for each pack, the entries of the section the rule
 * reads, with their citations. Built from the packs, so it follows the data; a rule asks for it
 * in a getter, so that loading the rules reads no pack.
 */
export function sourcesOf(select: (pack: PolicyPack) => readonly Entry[] | undefined): string {
  return builtInPacks.packs
    .map((pack) => {
      const entries = select(pack) ?? [];
      if (entries.length === 0) return null;
      const cited = entries.map((entry) => `${entry.id} (${citationText(pack, entry.sources)})`);
      return `${pack.id}: ${cited.join("; ")}`;
    })
    .filter((line) => line !== null)
    .join(" | ");
}

/**
 * The visitor of a rule that checks a template against its policy pack: `check` runs once per
 * template, with the pack, when the front matter can be read and a pack applies. Without one
 * valid-front-matter has already said why no rule of law runs.
 */
export function policyVisitor(sourceCode: TemplateSourceCode, check: (pack: PolicyPack) => void): TemplateVisitor {
  return {
    Template() {
      if (!frontMatterUsable(sourceCode)) return;
      const pack = sourceCode.policy;
      if (pack) check(pack);
    },
  };
}
