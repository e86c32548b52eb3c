import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { root, run } from "./tools.js";

/** Packs the built workspace packages, as a registry would serve them; returns the tarballs. */
export function packTactful(): string[] {
  const destination = mkdtempSync(join(tmpdir(), "tactful-packs-"));
  const packed = run("npm", ["pack", "--ignore-scripts", "--workspaces", "--pack-destination", destination], root);
  if (packed.status !== 0) throw new Error(packed.output);
  // The VS Code extension is not an npm package anyone installs.
  return readdirSync(destination)
    .filter((file) => !file.startsWith("tactful-vscode-"))
    .map((file) => join(destination, file));
}

/** A new git repository with a committer identity. */
export function gitRepository(prefix: string, files: Record<string, string> = {}): string {
  const directory = mkdtempSync(join(tmpdir(), prefix));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(directory, path, ".."), { recursive: true });
    writeFileSync(join(directory, path), content);
  }
  git(directory, ["init", "--quiet", "--initial-branch=main"]);
  git(directory, ["config", "user.name", "Tactful Test"]);
  git(directory, ["config", "user.email", "test@example.com"]);
  return directory;
}

export function git(cwd: string, args: string[]): string {
  const result = run("git", args, cwd);
  if (result.status !== 0) throw new Error(`git ${args.join(" ")}: ${result.output}`);
  return result.stdout;
}

/** `git commit`, with whatever hooks the repository has: the status and everything they printed. */
export function commit(cwd: string, message: string): { status: number | null; output: string } {
  const result = run("git", ["commit", "--quiet", "-m", message], cwd, { CI: "" });
  return { status: result.status, output: result.output };
}
