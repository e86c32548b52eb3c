import { parse } from "espree";
import { InitRefusal, type PendingChanges } from "./changes.js";
import type { InitSay } from "./messages.js";
import { TEMPLATE_GLOB } from "./next-steps.js";
import { readPackageJson } from "./package-json.js";

const PLUGIN = "@tactful/eslint-plugin";
/** ESLint's own search order for a flat config file. */
const CONFIG_FILES = ["eslint.config.js", "eslint.config.mjs", "eslint.config.cjs", "eslint.config.ts", "eslint.config.mts", "eslint.config.cts"];

/** The two lines the README gives, for a project without an ESLint configuration. */
function twoLineConfig(): string {
  return `import tactful from "${PLUGIN}";\nexport default [tactful.configs.recommended];\n`;
}

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

/**
 * Adds Tactful's recommended config to the project's ESLint flat config: writes the two-line
 * config when there is none, and otherwise edits only shapes it fully understands (an ES module
 * whose default export is an array literal or a `defineConfig(...)`/`tseslint.config(...)` call).
 * Returns the config file's path.
 */
export async function planEslintConfig(changes: PendingChanges): Promise<string> {
  for (const path of CONFIG_FILES) {
    const text = await changes.read(path);
    if (text === undefined) continue;
    if (text.includes(PLUGIN)) {
      changes.keep(path, changes.say("alreadyUses", { plugin: PLUGIN }));
      return path;
    }
    await changes.write(path, extendConfig(path, text, changes.say), changes.say("addsRecommended", { plugin: PLUGIN }));
    return path;
  }
  // A CommonJS package would load eslint.config.js as CommonJS: an ES module there needs .mjs.
  const pkg = await readPackageJson(changes);
  const path = pkg === undefined || pkg["type"] === "module" ? "eslint.config.js" : "eslint.config.mjs";
  await changes.write(path, twoLineConfig(), changes.say("newConfig", { plugin: PLUGIN }));
  return path;
}

function extendConfig(path: string, text: string, say: InitSay): string {
  const refuse = (why: string): never => {
    throw new InitRefusal(say("configNotEditable", { path, why, plugin: PLUGIN }));
  };
  if (!/\.(js|mjs)$/.test(path)) refuse(say("onlyEsModules"));
  let program: Node;
  try {
    program = parse(text, { ecmaVersion: "latest", sourceType: "module", range: false, comment: true, tokens: true }) as unknown as Node;
  } catch (error) {
    return refuse(say("notEsModule", { reason: error instanceof Error ? error.message : String(error) }));
  }
  const body = program["body"] as Node[];
  const imports = body.filter((node) => node.type === "ImportDeclaration");
  const exported = body.find((node) => node.type === "ExportDefaultDeclaration")?.["declaration"] as Node | undefined;
  if (!exported) return refuse(say("noDefaultExport"));

  const list = configList(exported, imports);
  if (!list) return refuse(say("defaultExportUnknown"));
  const name = freeName(text);
  const element = `${name}.configs.recommended`;
  const tokens = program["tokens"] as Node[];
  const insertion = appendElement(text, list, element, tokens);
  const importLine = `import ${name} from "${PLUGIN}";\n`;
  const importAt = imports.length > 0 ? lineEnd(text, imports.at(-1)!.end) : 0;
  const edited = [{ at: importAt, text: importLine }, insertion, ...scopeEdits(text, list, tokens)]
    .sort((a, b) => b.at - a.at)
    .reduce((result, edit) => result.slice(0, edit.at) + edit.text + result.slice(edit.at), text);
  try {
    parse(edited, { ecmaVersion: "latest", sourceType: "module" });
  } catch {
    return refuse(say("editWouldNotParse"));
  }
  return edited;
}

/** The keys of a config object that would make JavaScript rules or another language run on templates. */
const UNSCOPED_RISKS = new Set(["rules", "processor", "language", "extends"]);
const KEEP_OUT_TEMPLATES = `ignores: ["**/${TEMPLATE_GLOB}"]`;

/**
 * A config without `files` applies to every file, templates included: JavaScript rules then
 * run on a template and throw. Keeps such configs off templates where the edit is certain: an
 * object literal gets `ignores` for templates; inside defineConfig(...), any other config is
 * wrapped as `{ ignores, extends: [config] }`. Other shapes are left to the check init runs
 * after writing.
 */
function scopeEdits(text: string, list: ConfigList, tokens: Node[]): Array<{ at: number; text: string }> {
  const edits: Array<{ at: number; text: string }> = [];
  for (const item of list.items) {
    if (!item) continue;
    if (item.type === "ObjectExpression") {
      const properties = item["properties"] as Node[];
      // A spread or computed key may bring anything: it counts as a risk.
      const keys = properties.map((property) => (property.type === "Property" ? (propertyKey(property) ?? "...") : "..."));
      if (keys.includes("files") || keys.includes("ignores") || !keys.some((key) => key === "..." || UNSCOPED_RISKS.has(key))) continue;
      edits.push(appendElement(text, { node: item, items: properties }, KEEP_OUT_TEMPLATES, tokens));
    } else if (list.defineConfig) {
      edits.push({ at: item.start, text: `{ ${KEEP_OUT_TEMPLATES}, extends: [` }, { at: item.end, text: "] }" });
    }
  }
  return edits;
}

function propertyKey(property: Node): string | undefined {
  const key = property["key"] as Node;
  if (property["computed"]) return undefined;
  return key.type === "Identifier" ? (key["name"] as string) : typeof key["value"] === "string" ? key["value"] : undefined;
}

interface ConfigList {
  node: Node;
  items: Array<Node | null>;
  /** Whether the list is defineConfig(...)'s, which understands `extends`. */
  defineConfig: boolean;
}

/** The array or call whose elements are the configs, with its elements. */
function configList(exported: Node, imports: Node[]): ConfigList | undefined {
  if (exported.type === "ArrayExpression") return { node: exported, items: exported["elements"] as Node[], defineConfig: false };
  if (exported.type !== "CallExpression") return undefined;
  const callee = exported["callee"] as Node;
  const sourceOf = (local: string): unknown => {
    const declaration = imports.find((candidate) => (candidate["specifiers"] as Node[]).some((specifier) => (specifier["local"] as Node)["name"] === local));
    return (declaration?.["source"] as Node | undefined)?.["value"];
  };
  const isDefineConfig = callee.type === "Identifier" && sourceOf(callee["name"] as string) === "eslint/config";
  const isTseslintConfig =
    callee.type === "MemberExpression" &&
    (callee["object"] as Node).type === "Identifier" &&
    sourceOf((callee["object"] as Node)["name"] as string) === "typescript-eslint" &&
    ((callee["property"] as Node)["name"] as string) === "config";
  if (!isDefineConfig && !isTseslintConfig) return undefined;
  const args = exported["arguments"] as Node[];
  if (args.some((arg) => arg.type === "SpreadElement")) return undefined;
  // defineConfig([a, b]) lists the configs in its one array argument.
  if (args.length === 1 && args[0]!.type === "ArrayExpression") return { node: args[0]!, items: args[0]!["elements"] as Node[], defineConfig: isDefineConfig };
  return { node: exported, items: args, defineConfig: isDefineConfig };
}

/** `tactful`, unless the file already uses that name. */
function freeName(text: string): string {
  return ["tactful", "tactfulPlugin", "tactfulTemplates"].find((name) => !new RegExp(`\\b${name}\\b`).test(text)) ?? "tactfulEslintPlugin";
}

/** Inserts the element before the closing bracket or parenthesis, in the list's own style. */
function appendElement(text: string, list: { node: Node; items: Array<Node | null> }, element: string, tokens: Node[]): { at: number; text: string } {
  const closing = list.node.end - 1;
  const last = list.items.at(-1);
  if (!last) return { at: closing, text: element };
  const trailingComma = tokens.find((token) => token.start >= last.end && token.end <= closing && token["value"] === ",");
  const multiline = text.slice(last.end, closing).includes("\n");
  if (multiline) {
    const indent = /^[ \t]*/.exec(text.slice(text.lastIndexOf("\n", last.start) + 1))![0];
    return trailingComma ? { at: trailingComma.end, text: `\n${indent}${element},` } : { at: last.end, text: `,\n${indent}${element}` };
  }
  return trailingComma ? { at: trailingComma.end, text: ` ${element}` } : { at: last.end, text: `, ${element}` };
}

function lineEnd(text: string, offset: number): number {
  const newline = text.indexOf("\n", offset);
  return newline === -1 ? text.length : newline + 1;
}
