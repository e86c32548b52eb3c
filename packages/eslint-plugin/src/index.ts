import { createHash } from "node:crypto";
import { readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ESLint, Linter } from "eslint";
import { builtInPacks, type PackSet } from "@tactful/policies";
import { NAMESPACE } from "./language/directives.js";
import { templateLanguage } from "./language/template-language.js";
import { policySeverity, strictSeverity } from "./processor.js";
import { rules } from "./rules/index.js";

export { TemplateSourceCode } from "./language/template-source-code.js";
export { packsOf, templateLanguage, type TemplateLanguageOptions } from "./language/template-language.js";
export { forgetSharedDocuments, shareDocument } from "./language/shared-documents.js";
export { parseDirective, qualifiedRuleId, type DirectiveComment, type DirectiveRefusal } from "./language/directives.js";
export { waiversIn, type TemplateWaiver } from "./waivers.js";
export type { TemplateRule, TemplateRuleDocs, RuleGroup } from "./util/rule.js";
export { ruleDescription } from "./util/rule.js";
export { forgetLibraries, frontMatterIdentity, ignoredLibraryTemplates, indexedLibraries, libraryDigest, libraryIdentity, libraryRoot, rememberedIdentities, rememberIdentities, rememberTemplate, scopeLibraries, type LibraryIdentity, type StampedIdentity } from "./library.js";
export { configFor, configKey, type ConfigSource, type TemplateConfig } from "./util/config-file.js";
export { rules };

/** The files the language handles. */
export const FILES = ["**/*.msg.njk"];

/** Version of the plugin code. */
export const VERSION = "0.1.0";

/** Type declarations and source maps: they never change what the code does. */
const NOT_CODE = /\.(?:map|d\.[cm]?ts)$/u;

/** A digest of the code files under a directory: their names, sizes and modification times. */
export function codeDigest(directory: string): string {
  const code = createHash("sha256");
  for (const file of readdirSync(directory, { recursive: true, encoding: "utf8" }).sort()) {
    if (NOT_CODE.test(file)) continue;
    const info = statSync(join(directory, file));
    if (info.isFile()) code.update(`${file}\u0000${info.size}\u0000${info.mtimeMs}\n`);
  }
  return code.digest("hex").slice(0, 12);
}

/**
 * ESLint keys its cache on the plugin's version. It carries a digest of the policy packs and
 * of the plugin's own files (their sizes and times), so a cached result never outlives a
 * change of law or of a rule.
 */
export function pluginVersion(law: PackSet = builtInPacks, codeDirectory = dirname(fileURLToPath(import.meta.url))): string {
  return `${VERSION}+packs.${law.digest.slice(0, 12)}.code.${codeDigest(codeDirectory)}`;
}

let version: string | undefined;

const plugin = {
  meta: {
    name: "@tactful/eslint-plugin",
    namespace: NAMESPACE,
    /** Digested when first asked (to key a cache, or to print a config): a lint without a cache never needs it. */
    get version(): string {
      return (version ??= pluginVersion());
    },
  },
  languages: { template: templateLanguage },
  processors: { "policy-severity": policySeverity, "strict-severity": strictSeverity },
  rules,
  configs: {} as Record<"recommended" | "strict", Linter.Config>,
} satisfies ESLint.Plugin;

/** The rules at the level their metadata recommends: blocking checks as errors, judgement calls as warnings. */
function ruleLevels(strict: boolean): Linter.RulesRecord {
  const levels: Linter.RulesRecord = {};
  for (const [name, rule] of Object.entries(rules)) {
    const recommended = rule.meta?.docs?.recommended;
    if (recommended) levels[`${NAMESPACE}/${name}`] = strict ? "error" : recommended;
  }
  return levels;
}

plugin.configs.recommended = {
  name: "tactful/recommended",
  files: FILES,
  plugins: { [NAMESPACE]: plugin as unknown as ESLint.Plugin },
  language: `${NAMESPACE}/template`,
  // The policy pack decides each finding's level: advisory and unverified entries warn.
  processor: `${NAMESPACE}/policy-severity`,
  rules: ruleLevels(false),
};

plugin.configs.strict = {
  name: "tactful/strict",
  files: FILES,
  plugins: { [NAMESPACE]: plugin as unknown as ESLint.Plugin },
  language: `${NAMESPACE}/template`,
  processor: `${NAMESPACE}/strict-severity`,
  rules: ruleLevels(true),
};

export default plugin;
