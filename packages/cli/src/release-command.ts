import { dirname, relative, resolve, sep } from "node:path";
import { VERSION } from "@tactful/eslint-plugin";
import plugin from "@tactful/eslint-plugin";
import { buildRelease, readKey, ReleaseError, TemplateInvalidError, TemplateUnsafeError, type ReleaseBundle } from "@tactful/renderer";
import { findTemplates } from "./files.js";
import { isInside } from "@tactful/eslint-plugin/files";
import { format } from "./format.js";
import { lintTemplates, UsageError } from "./lint.js";
import { writeFileAtomic, WriteRefused } from "./write.js";

export interface ReleaseFlags {
  out: string;
  key?: string;
}

/**
 * Lints every template in a directory (any error aborts, with the findings), renders every
 * example, and writes one bundle atomically, signed when a key is given.
 */
export async function releaseCommand(directory: string, flags: ReleaseFlags, cwd: string, color: boolean): Promise<{ stdout: string; code: 0 | 1 }> {
  const root = resolve(cwd, directory);
  const { files, missing, project } = await findTemplates([directory], cwd);
  if (missing.length > 0) throw new UsageError(`no such directory: ${directory}`);
  if (files.length === 0) throw new UsageError(`no templates (*.msg.njk) in ${directory}`);
  const privateKey = flags.key === undefined ? undefined : await readKey(resolve(cwd, flags.key), "private").catch((error: unknown) => {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  });

  const run = await lintTemplates(files, { cwd, project });
  const errors = run.results.reduce((sum, result) => sum + result.errorCount, 0);
  if (errors > 0) {
    return { stdout: `${format("stylish", run, { cwd, color, toolVersion: VERSION })}\nNo release: fix the errors above first.\n`, code: 1 };
  }
  const byRule: Record<string, number> = {};
  for (const message of run.results.flatMap((result) => result.messages)) {
    const rule = message.ruleId ?? "parsing-error";
    byRule[rule] = (byRule[rule] ?? 0) + 1;
  }
  // The very text that was linted: a file changed on disk since is not released unlinted.
  const templates = files.map((file) => ({ path: relative(root, file).split(sep).join("/"), text: run.sources.get(file)! }));
  let bundle: ReleaseBundle;
  try {
    bundle = buildRelease(
      {
        templates,
        tool: { name: "@tactful/cli", version: VERSION },
        plugin: { name: plugin.meta.name, version: plugin.meta.version },
        lint: { warnings: run.results.reduce((sum, result) => sum + result.warningCount, 0), byRule },
      },
      privateKey ? { privateKey } : {},
    );
  } catch (error) {
    if (error instanceof ReleaseError || error instanceof TemplateInvalidError || error instanceof TemplateUnsafeError) {
      return { stdout: `No release: ${error.message}\n`, code: 1 };
    }
    throw error;
  }
  const out = resolve(cwd, flags.out);
  // Inside the project the bundle stays there: a link out of it (planted in the repository) is not followed.
  await writeFileAtomic(out, `${JSON.stringify(bundle, null, 2)}\n`, { within: isInside(cwd, out) ? cwd : dirname(out) }).catch((error: unknown) => {
    throw error instanceof WriteRefused ? new UsageError(`--out: ${error.message}`) : error;
  });
  const signed = bundle.signature ? `, signed with key ${bundle.signature.keyId}` : ", unsigned";
  return { stdout: `Released ${bundle.templates.length} templates to ${relative(cwd, out)}${signed}.\n`, code: 0 };
}
