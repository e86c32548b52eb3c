import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { createRequire } from "node:module";
import type * as Check from "./check.js";
import type { BaseResolution, PackProblem } from "./check.js";
import { builtInPacks, packSet, type PackSet } from "./index.js";
import type { PolicyPack } from "./types.js";

/**
 * Loads the policy packs a configuration names. Each name is one of:
 * - a built-in pack by its id in lower case (`"cn"`, `"us"`);
 * - a path to a pack file (`"./policies/acme.yaml"`, relative to `cwd`: the configuration's folder);
 * - an npm package installed for the project (`"@acme/tactful-pack-gb"`), whose `package.json`
 *   names its pack file: `"tactful": { "pack": "./pack.yaml" }`.
 * Every pack that is not built in is checked as the build checks the built-in ones (YAML,
 * schema, citations, ids, word classes, patterns that can take exponential time). Anything
 * wrong stops the load with a `PackLoadError`: a pack is never left out and never replaced by
 * a built-in one. A pack file that `extends` another (an overlay) is loaded merged into its base,
 * for the base's jurisdiction, and stands for the base where the list names both.
 */
export function loadPacks(specs: readonly string[], { cwd }: { cwd: string }): PackSet {
  const loaded = specs.map((spec) => {
    const found = locate(spec, cwd);
    return { pack: "pack" in found ? found.pack : checkedPack(found), origin: found.origin };
  });
  // An overlay stands for its base: a base named beside it (`cn` and an overlay of cn) is the overlay's.
  const bases = new Set<PolicyPack>();
  for (const { pack } of loaded) for (let base = baseOf.get(pack); base; base = baseOf.get(base)) bases.add(base);
  const kept: typeof loaded = [];
  for (const entry of loaded.filter(({ pack }) => !bases.has(pack))) {
    const earlier = kept.find((other) => other.pack.id === entry.pack.id);
    if (earlier) throw new PackLoadError("duplicateJurisdiction", { jurisdiction: entry.pack.id, first: earlier.origin, second: entry.origin });
    kept.push(entry);
  }
  // The same packs give the same set (a pack is checked once per content): documents parsed with it can be shared.
  const key = kept.map(({ pack }) => identity(pack)).join(",");
  const known = loadedSets.get(key);
  if (known) return known;
  const set = packSet(kept.map(({ pack }) => pack));
  loadedSets.set(key, set);
  return set;
}

/** A waiver of an overlay a pack was merged from: which base entry, why, and where it is written. */
export interface LoadedWaiver {
  jurisdiction: string;
  entry: string;
  reason: string;
  /** The overlay's name. */
  overlay: string;
  /** The overlay file (absolute) and the line of the waiver, for a pack loaded from files. */
  file?: string;
  line?: number;
}

/** The waivers of the overlays merged into a pack, oldest overlay first: an entry of the waiver register each. */
export function packWaivers(pack: PolicyPack): readonly LoadedWaiver[] {
  return (
    waiversOfPack.get(pack) ??
    (pack.overlays ?? []).flatMap((overlay) => overlay.waives.map((waiver) => ({ jurisdiction: pack.id, entry: waiver.entry, reason: waiver.reason, overlay: overlay.name })))
  );
}

/** For `tactful pack check`: resolves what a pack file's `extends` names, from the file's folder. */
export function packFileBases(file: string): (spec: string) => BaseResolution {
  return baseResolver(resolve(file), [resolve(file)]);
}

/**
 * A pack carried as data (a release bundle carries the packs it was checked against), checked as
 * a pack file is; `shown` names it in the `PackLoadError` that refuses it. A built-in pack's own
 * content is the built-in pack.
 */
export function packOfContent(content: unknown, shown: string): PolicyPack {
  const text = JSON.stringify(content) ?? "null";
  const builtIn = builtInPacks.packs.find((pack) => JSON.stringify(pack) === text);
  return builtIn ?? checkedPack({ shown, text, digest: createHash("sha256").update(text).digest("hex") }, [], true);
}

/**
 * Refuses a list that is not one of pack names, or a name that cannot be one (an unknown
 * built-in id), without reading any file: what a configuration can be told when it is read.
 */
export function checkPackSpecs(specs: unknown): void {
  if (!Array.isArray(specs) || specs.length === 0) throw new PackLoadError("notList", { got: describe(specs) });
  for (const spec of specs) kindOf(spec);
}

/** A pack name as given on a command line: a pack file's path made absolute (from `cwd`), anything else as it is. Throws on a name that cannot be a pack. */
export function absolutePackSpec(spec: string, cwd: string): string {
  return kindOf(spec) === "file" ? resolve(cwd, spec) : spec;
}

type Localized = { en: string; "zh-CN": string; "zh-TW": string };

/** What a failed load says, by id, in each language (placeholders in braces). */
export const PACK_LOAD_MESSAGES = {
  notList: {
    en: "`packs` is a list of policy packs: built-in ids, paths to pack files or npm package names (got {got}).",
    "zh-CN": "`packs` 应为政策包列表：内置 id、政策包文件路径或 npm 包名（实际为 {got}）。",
    "zh-TW": "`packs` 應為政策包清單：內建 id、政策包檔案路徑或 npm 套件名稱（實際為 {got}）。",
  },
  badSpec: {
    en: "A policy pack is named by a built-in id ({builtIn}), a path to a pack file or an npm package name; got {spec}.",
    "zh-CN": "政策包应以内置 id（{builtIn}）、政策包文件路径或 npm 包名指定；实际为 {spec}。",
    "zh-TW": "政策包應以內建 id（{builtIn}）、政策包檔案路徑或 npm 套件名稱指定；實際為 {spec}。",
  },
  unknownBuiltIn: {
    en: "There is no built-in policy pack {spec} (built in: {builtIn}). A pack file is named by its path (./{spec}.yaml).",
    "zh-CN": "没有内置政策包 {spec}（内置：{builtIn}）。政策包文件请以路径指定（./{spec}.yaml）。",
    "zh-TW": "沒有內建政策包 {spec}（內建：{builtIn}）。政策包檔案請以路徑指定（./{spec}.yaml）。",
  },
  fileMissing: {
    en: "The policy pack file {file} cannot be read: {reason}.",
    "zh-CN": "无法读取政策包文件 {file}：{reason}。",
    "zh-TW": "無法讀取政策包檔案 {file}：{reason}。",
  },
  packageMissing: {
    en: "The policy pack package {spec} is not installed (looked for node_modules/{spec} from {from} up).",
    "zh-CN": "未安装政策包 npm 包 {spec}（自 {from} 向上查找 node_modules/{spec}）。",
    "zh-TW": "未安裝政策包 npm 套件 {spec}（自 {from} 向上尋找 node_modules/{spec}）。",
  },
  packageEntry: {
    en: 'The package {spec} does not name its pack file: its package.json needs "tactful": { "pack": "./pack.yaml" }.',
    "zh-CN": '包 {spec} 未指明其政策包文件：其 package.json 需要 "tactful": { "pack": "./pack.yaml" }。',
    "zh-TW": '套件 {spec} 未指明其政策包檔案：其 package.json 需要 "tactful": { "pack": "./pack.yaml" }。',
  },
  invalidPack: {
    en: "{file}:{line}:{column}: the policy pack is not valid: {problem}",
    "zh-CN": "{file}:{line}:{column}：政策包无效：{problem}",
    "zh-TW": "{file}:{line}:{column}：政策包無效：{problem}",
  },
  invalidPackContent: {
    en: "{where}: the policy pack is not valid: {problem}",
    "zh-CN": "{where}：政策包无效：{problem}",
    "zh-TW": "{where}：政策包無效：{problem}",
  },
  duplicateJurisdiction: {
    en: "Two policy packs are for jurisdiction {jurisdiction}: {first} and {second}. Name one pack per jurisdiction.",
    "zh-CN": "有两个政策包都适用于司法辖区 {jurisdiction}：{first} 和 {second}。每个司法辖区只能指定一个政策包。",
    "zh-TW": "有兩個政策包都適用於管轄區域 {jurisdiction}：{first} 和 {second}。每個管轄區域只能指定一個政策包。",
  },
} satisfies Record<string, Localized>;

export type PackLoadMessageId = keyof typeof PACK_LOAD_MESSAGES;

/** A pack that could not be loaded: what and, for a pack file, where. The message is in English; `packLoadErrorText` gives it in another language. */
export class PackLoadError extends Error {
  constructor(
    readonly messageId: PackLoadMessageId,
    readonly data: Record<string, string | number>,
    /** For an invalid pack: the first problem the check found, to say in the reader's language. */
    readonly problem?: PackProblem,
  ) {
    super(fill(PACK_LOAD_MESSAGES[messageId].en, data));
    this.name = "PackLoadError";
  }
}

/** A load error's message in a language. */
export function packLoadErrorText(error: PackLoadError, locale: keyof Localized = "en"): string {
  const data = error.problem ? { ...error.data, problem: packChecker().packProblemText(error.problem, locale) } : error.data;
  return fill(PACK_LOAD_MESSAGES[error.messageId][locale], data);
}

function fill(template: string, data: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/gu, (whole, key: string) => (Object.hasOwn(data, key) ? String(data[key]) : whole));
}

/** An npm package name, scoped or not. */
const PACKAGE_NAME = /^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/u;

const builtInIds = (): string[] => builtInPacks.jurisdictions.map((id) => id.toLowerCase());

function describe(value: unknown): string {
  return typeof value === "string" && value !== "" ? value : (JSON.stringify(value) ?? String(value));
}

/** What a name names: a built-in pack, a pack file (any absolute or `./` path, or a name ending in .yaml) or an npm package. */
function kindOf(spec: unknown): "built-in" | "file" | "package" {
  const builtIn = builtInIds().join(", ");
  if (typeof spec !== "string" || spec === "") throw new PackLoadError("badSpec", { spec: describe(spec), builtIn });
  if (builtInIds().includes(spec)) return "built-in";
  if (isAbsolute(spec) || spec.startsWith("./") || spec.startsWith("../") || /\.ya?ml$/iu.test(spec)) return "file";
  if (/^[a-z]{2}$/iu.test(spec)) throw new PackLoadError("unknownBuiltIn", { spec, builtIn });
  if (!PACKAGE_NAME.test(spec)) throw new PackLoadError("badSpec", { spec, builtIn });
  return "package";
}

/** A pack the names give: built in, or a file's text and its name for messages. */
type Located = { pack: PolicyPack; origin: string } | { file: string; shown: string; text: string; digest: string; origin: string };

function locate(spec: string, cwd: string): Located {
  switch (kindOf(spec)) {
    case "built-in":
      return { pack: builtInPacks.packFor(spec.toUpperCase())!, origin: spec };
    case "file": {
      // Named as the configuration names it.
      return { ...readPackFile(resolve(cwd, spec), spec), origin: spec };
    }
    case "package": {
      const manifest = installedPackage(spec, cwd);
      const entry = (JSON.parse(readFileSync(manifest, "utf8")) as { tactful?: { pack?: unknown } }).tactful?.pack;
      if (typeof entry !== "string" || entry === "") throw new PackLoadError("packageEntry", { spec });
      const file = resolve(dirname(manifest), entry);
      return { ...readPackFile(file, `${spec}/${relative(dirname(manifest), file)}`), origin: spec };
    }
  }
}

/** The `package.json` of an installed package, as Node finds it: in `node_modules` of the folder or of one above it. */
function installedPackage(name: string, from: string): string {
  for (let directory = resolve(from); ; directory = dirname(directory)) {
    const manifest = join(directory, "node_modules", name, "package.json");
    if (existsSync(manifest)) return manifest;
    if (dirname(directory) === directory) throw new PackLoadError("packageMissing", { spec: name, from });
  }
}

type PackChecker = typeof Check;

/** The checker (a schema validator, a backtracking analysis), loaded only for a pack that is not built in. */
let checker: PackChecker | undefined;

/**
 * Loads the pack checker ahead of `loadPacks`, where waiting is possible. A bundle (the editor's
 * language server) must: it holds the checker only as it is imported here.
 */
export async function preparePackChecks(): Promise<void> {
  checker ??= await import("./check.js");
}

function packChecker(): PackChecker {
  return (checker ??= createRequire(import.meta.url)("./check.js") as PackChecker);
}

/** Pack sets loaded before, by the identities of their packs. */
const loadedSets = new Map<string, PackSet>();

/** A number for each pack object: a pack's content is checked once, so the same content is the same object. */
const identities = new WeakMap<PolicyPack, number>();
let lastIdentity = 0;
function identity(pack: PolicyPack): number {
  let known = identities.get(pack);
  if (known === undefined) identities.set(pack, (known = ++lastIdentity));
  return known;
}

/** The base each merged overlay was made from. */
const baseOf = new WeakMap<PolicyPack, PolicyPack>();

/** The waivers of each merged overlay, with where they are written. */
const waiversOfPack = new WeakMap<PolicyPack, LoadedWaiver[]>();

/**
 * Packs checked before, by a digest of their text and the folder what they name is read from:
 * the check compiles every pattern and analyses its backtracking. A pack that extends or adopts
 * from others is reused only while each of them is the same.
 */
const checked = new Map<string, { pack: PolicyPack; named: ReadonlyArray<{ spec: string; pack: PolicyPack }> }>();

function readPackFile(file: string, shown: string): { file: string; shown: string; text: string; digest: string } {
  try {
    const text = readFileSync(file, "utf8");
    return { file, shown, text, digest: createHash("sha256").update(text).digest("hex") };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new PackLoadError("fileMissing", { file: shown, reason: code === "ENOENT" ? "no such file" : (code ?? String(error)) });
  }
}

/**
 * Finds an overlay's base, as `packs` names packs but from the overlay's folder; a pack file on
 * the way to it (`chain`, absolute paths) is a cycle. A base that is not valid throws its own
 * `PackLoadError`, at its file and line.
 */
function baseResolver(file: string | undefined, chain: readonly string[]): (spec: string) => BaseResolution {
  return (spec) => {
    const unknown = { problem: { messageId: "unknownBase" as const, data: { base: spec, builtIn: builtInIds().join(", ") } } };
    let found: Located;
    try {
      // A pack carried as data has no folder: only a built-in base can be found for it.
      if (file === undefined && kindOf(spec) !== "built-in") return unknown;
      found = locate(spec, file === undefined ? "/" : dirname(file));
    } catch (error) {
      if (error instanceof PackLoadError) return unknown;
      throw error;
    }
    if ("pack" in found) return { pack: found.pack };
    if (chain.includes(found.file)) return { problem: { messageId: "extendsCycle", data: { chain: [...chain, found.file].map((step) => relative(dirname(chain[0]!), step)).join(" → ") } } };
    return { pack: checkedPack(found, [...chain, found.file]) };
  };
}

function checkedPack({ file, shown, text, digest }: { file?: string; shown: string; text: string; digest: string }, chain: readonly string[] = file ? [file] : [], merged = false): PolicyPack {
  const key = `${digest}\u0000${file ? dirname(file) : ""}`;
  const resolveBase = baseResolver(file, chain);
  const known = checked.get(key);
  if (known && known.named.every(({ spec, pack }) => same(resolveBase(spec), pack))) return known.pack;
  // The packs it names, as found now: the check is valid while they stay the same.
  const named: Array<{ spec: string; pack: PolicyPack }> = [];
  const { checkPack, packProblemText } = packChecker();
  const result = checkPack(text, {
    resolveBase: (spec) => {
      const resolution = resolveBase(spec);
      if ("pack" in resolution) named.push({ spec, pack: resolution.pack });
      return resolution;
    },
    merged,
  });
  const { pack, problems, overlay } = result;
  const error = problems.find((problem) => problem.severity === "error");
  if (error || !pack) {
    const problem = error ? packProblemText(error) : "";
    // A pack given as data (a release bundle's) has no text of its own to point into: the place is its JSON Pointer.
    if (!file) throw new PackLoadError("invalidPackContent", { where: `${shown}${error?.pointer ?? ""}`, problem }, error);
    throw new PackLoadError("invalidPack", { file: shown, line: error?.line ?? 1, column: error?.column ?? 1, problem }, error);
  }
  if (overlay) {
    baseOf.set(pack, overlay.base);
    const own = (overlay.content.waives ?? []).map((waiver, index) => ({
      jurisdiction: pack.id,
      entry: waiver.entry,
      reason: waiver.reason,
      overlay: overlay.content.name,
      ...(file ? { file, line: result.position(`/waives/${index}`).line } : {}),
    }));
    waiversOfPack.set(pack, [...packWaivers(overlay.base), ...own]);
  }
  checked.set(key, { pack, named });
  return pack;
}

function same(resolution: BaseResolution, pack: PolicyPack): boolean {
  return "pack" in resolution && resolution.pack === pack;
}
