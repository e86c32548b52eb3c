import { stat } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { closest, translator, type Catalog, type Locale } from "@tactful/core";
import { isInside, ProjectFiles, TEMPLATE_SUFFIX, type ProjectOptions } from "@tactful/eslint-plugin/files";

export interface FileSelection {
  files: string[];
  /** Paths given on the command line that do not exist. */
  missing: string[];
  /** Files given on the command line whose name is not a template's (`*.msg.njk`): they are not read. */
  notTemplates: string[];
  /** Directories given on the command line that hold no template. */
  empty: string[];
  /** Templates named on the command line themselves (absolute paths). */
  named: string[];
  /** Directories given on the command line, with the templates found in each (absolute paths). */
  folders: Array<{ path: string; files: string[] }>;
  /** The project the files are read from. */
  project: ProjectFiles;
}

/** Why a path given on the command line selected no template, by id. */
export const SELECTION_MESSAGES = {
  noMatch: { en: "no template (*.msg.njk) matches {path}", "zh-CN": "没有模板（*.msg.njk）匹配 {path}", "zh-TW": "沒有範本（*.msg.njk）符合 {path}" },
  noSuchPath: { en: "no such file or directory: {path}", "zh-CN": "文件或目录不存在：{path}", "zh-TW": "檔案或目錄不存在：{path}" },
  notTemplate: { en: "{path} is not a template: templates are named *.msg.njk", "zh-CN": "{path} 不是模板：模板文件名以 .msg.njk 结尾", "zh-TW": "{path} 不是範本：範本檔名以 .msg.njk 結尾" },
  nearTemplate: {
    en: "{path} is not a template: templates are named *.msg.njk. Did you mean {name}?",
    "zh-CN": "{path} 不是模板：模板文件名以 .msg.njk 结尾。是不是要写 {name}？",
    "zh-TW": "{path} 不是範本：範本檔名以 .msg.njk 結尾。是不是要寫 {name}？",
  },
  noTemplates: { en: "no templates (*.msg.njk) in {path}: nothing was checked", "zh-CN": "{path} 中没有模板（*.msg.njk）：未检查任何文件", "zh-TW": "{path} 中沒有範本（*.msg.njk）：未檢查任何檔案" },
} as const satisfies Catalog;

/**
 * The project a command reads: the working directory, and each path named outside it (a
 * directory, or a file's directory). Symbolic links that leave it are not followed unless asked.
 */
export async function openProject(paths: readonly string[], cwd: string, options: ProjectOptions = {}): Promise<ProjectFiles> {
  const roots = [cwd];
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    if (isInside(cwd, absolute)) continue;
    const info = await stat(absolute).catch(() => null);
    roots.push(info?.isDirectory() ? absolute : dirname(absolute));
  }
  return ProjectFiles.open(roots, options);
}

/**
 * Expands paths into template files: directories are searched for `*.msg.njk`, files named
 * `*.msg.njk` are taken as given. A file of another name, and a directory without a template,
 * select nothing, and are said so: a misspelt path must not pass as a clean run.
 */
export async function findTemplates(paths: readonly string[], cwd: string, options: ProjectOptions = {}): Promise<FileSelection> {
  const project = await openProject(paths, cwd, options);
  const files = new Set<string>();
  const selection = { missing: [] as string[], notTemplates: [] as string[], empty: [] as string[], named: [] as string[], folders: [] as Array<{ path: string; files: string[] }> };
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    const info = await stat(absolute).catch(() => null);
    if (!info) {
      selection.missing.push(path);
    } else if (info.isDirectory()) {
      const found = await project.find(absolute);
      if (found.length === 0) selection.empty.push(path);
      selection.folders.push({ path, files: found });
      for (const file of found) files.add(file);
    } else if (absolute.endsWith(TEMPLATE_SUFFIX)) {
      files.add(absolute);
      selection.named.push(absolute);
    } else {
      selection.notTemplates.push(path);
    }
  }
  return { files: [...files].sort(), ...selection, project };
}

/** What to tell the user about each path that selected nothing, in the order of the kinds. */
export async function selectionErrors({ missing, notTemplates, empty }: Pick<FileSelection, "missing" | "notTemplates" | "empty">, locale: Locale): Promise<string[]> {
  const say = translator(SELECTION_MESSAGES, locale);
  const { isDynamicPattern } = await import("tinyglobby");
  return [
    ...missing.map((path) => say(isDynamicPattern(path) ? "noMatch" : "noSuchPath", { path })),
    ...notTemplates.map((path) => notTemplateError(path, locale)),
    ...empty.map((path) => say("noTemplates", { path })),
  ];
}

/** Why a file named on the command line is not read as a template, with the name it was likely meant to have. */
export function notTemplateError(path: string, locale: Locale): string {
  const say = translator(SELECTION_MESSAGES, locale);
  const name = templateNameFor(path);
  return name === undefined ? say("notTemplate", { path }) : say("nearTemplate", { path, name });
}

/**
 * The name a file was likely meant to have when its extension is a near miss of `.msg.njk`
 * (another case, a part left out, a typo), or undefined. The nearest miss wins; of two as near,
 * the shorter extension (`a.sms.njk` meant `a.sms.msg.njk`).
 */
export function templateNameFor(path: string): string | undefined {
  const name = basename(path);
  let best: { stem: string; distance: number } | undefined;
  for (let dot = name.indexOf(".", 1); dot > 0; dot = name.indexOf(".", dot + 1)) {
    const extension = name.slice(dot).toLowerCase();
    const distance =
      extension === TEMPLATE_SUFFIX ? 0 : extension.length >= 4 && (TEMPLATE_SUFFIX.startsWith(extension) || TEMPLATE_SUFFIX.endsWith(extension)) ? 1 : closest(extension, [TEMPLATE_SUFFIX]) ? 2 : undefined;
    if (distance !== undefined && (!best || distance <= best.distance)) best = { stem: name.slice(0, dot), distance };
  }
  return best && join(dirname(path), `${best.stem}${TEMPLATE_SUFFIX}`);
}
