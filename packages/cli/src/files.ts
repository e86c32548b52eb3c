import { stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { isInside, ProjectFiles, type ProjectOptions } from "@tactful/eslint-plugin/files";

export interface FileSelection {
  files: string[];
  /** Paths given on the command line that do not exist. */
  missing: string[];
  /** The project the files are read from. */
  project: ProjectFiles;
}

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

/** Expands paths into template files: directories are searched for `*.msg.njk`, files are taken as given. */
export async function findTemplates(paths: readonly string[], cwd: string, options: ProjectOptions = {}): Promise<FileSelection> {
  const project = await openProject(paths, cwd, options);
  const files = new Set<string>();
  const missing: string[] = [];
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    const info = await stat(absolute).catch(() => null);
    if (!info) {
      missing.push(path);
    } else if (info.isDirectory()) {
      for (const file of await project.find(absolute)) files.add(file);
    } else {
      files.add(absolute);
    }
  }
  return { files: [...files].sort(), missing, project };
}
