import { readFile } from "node:fs/promises";
import { relative, resolve, sep } from "node:path";
import { VERSION } from "@tactful/eslint-plugin";
import plugin from "@tactful/eslint-plugin";
import { buildRelease, readKey, ReleaseError, TemplateInvalidError, TemplateUnsafeError, type ReleaseBundle } from "@tactful/renderer";
import { findTemplates } from "./files.js";
import { format } from "./format.js";
import { lintTemplates, UsageError, type LintRun } from "./lint.js";
import { writeFileAtomic } from "./write.js";

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
  const { files, missing } = await findTemplates([directory], cwd);
  if (missing.length > 0) throw new UsageError(`no such directory: ${directory}`);
  if (files.length === 0) throw new UsageError(`no templates (*.msg.njk) in ${directory}`);
  const privateKey = flags.key === undefined ? undefined : await readKey(resolve(cwd, flags.key), "private").catch((error: unknown) => {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  });

  const run = await lintTemplates(files, { cwd });
  const errors = run.results.reduce((sum, result) => sum + result.errorCount, 0);
  if (errors > 0) {
    return { stdout: `${format("stylish", run, { cwd, color, toolVersion: VERSION })}\nNo release: fix the errors above first.\n`, code: 1 };
  }
  const byRule: Record<string, number> = {};
  for (const message of run.results.flatMap((result) => result.messages)) {
    const rule = message.ruleId ?? "parsing-error";
    byRule[rule] = (byRule[rule] ?? 0) + 1;
  }
  const templates = await Promise.all(files.map(async (file) => ({ path: relative(root, file).split(sep).join("/"), text: await readFile(file, "utf8") })));
  let bundle: ReleaseBundle;
  try {
    bundle = buildRelease(
      {
        templates,
        tool: { name: "@tactful/cli", version: VERSION },
        plugin: { name: plugin.meta.name, version: plugin.meta.version },
        lint: { warnings: run.results.reduce((sum, result) => sum + result.warningCount, 0), byRule, configs: configsUsed(run, root) },
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
  await writeFileAtomic(out, `${JSON.stringify(bundle, null, 2)}\n`);
  const signed = bundle.signature ? `, signed with key ${bundle.signature.keyId}` : ", unsigned";
  return { stdout: `Released ${bundle.templates.length} templates to ${relative(cwd, out)}${signed}.\n`, code: 0 };
}

/** Which configurations the release was linted with: each path relative to the released directory, or the built-in one. */
function configsUsed(run: LintRun, root: string): Array<{ config: string; templates: number }> {
  return run.configs.map(({ config, templates }) => ({ config: config.kind === "project" ? relative(root, config.file).split(sep).join("/") : "built-in recommended", templates: templates.length }));
}
