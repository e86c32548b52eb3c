import { createRequire } from "node:module";

interface PackageMetadata {
  name: string;
  version: string;
  homepage: string;
}

const require = createRequire(import.meta.url);
const cli = require("../package.json") as PackageMetadata;
const plugin = require("@tactful/eslint-plugin/package.json") as PackageMetadata;

/** Where people read about the tool: the CLI package's `homepage`. */
export const toolInformationUri: string = cli.homepage;

/**
 * A rule's documentation page as anyone can open it: the page the plugin ships under
 * docs/rules/, in the published version that produced the finding, as the registry's CDN serves
 * it. Never the local file, which exists only on the machine that ran the lint.
 */
export function ruleDocsUrl(name: string): string {
  return `https://unpkg.com/${plugin.name}@${plugin.version}/docs/rules/${name}.md`;
}
