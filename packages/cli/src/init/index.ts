import { spawnSync } from "node:child_process";
import { UsageError } from "../lint.js";
import { InitRefusal, PendingChanges, type Change } from "./changes.js";
import { planEslintConfig } from "./eslint-config.js";
import { detectHookManagers, HOOK_MANAGERS, planHook, type HookManager } from "./hooks.js";
import { installStep, type NextStep } from "./next-steps.js";
import { dependsOn, readPackageJson } from "./package-json.js";
import { planSample } from "./sample.js";

export { HOOK_MANAGERS } from "./hooks.js";
export { sampleLocales } from "./sample.js";

export interface InitFlags {
  locale: string;
  hooks?: HookManager | "none";
  sample: boolean;
  install: boolean;
}

export interface InitOutput {
  stdout(text: string): void;
  stderr(text: string): void;
}

/**
 * Adds Tactful to the repository: the ESLint config, a sample template and the pre-commit hook.
 * Every step is planned first; when one refuses, nothing is written (exit 2). Running it again
 * changes nothing.
 */
export async function initCommand(flags: InitFlags, cwd: string, output: InitOutput): Promise<number> {
  const changes = new PendingChanges(cwd);
  const steps: NextStep[] = [];
  try {
    await planEslintConfig(changes);
    if (flags.sample) await planSample(changes, flags.locale);
    const manager = await chooseManager(changes, flags.hooks, steps);
    const pkg = await readPackageJson(changes);
    const missing = ["@tactful/cli", "@tactful/eslint-plugin"].filter((name) => !dependsOn(pkg, name));
    if (missing.length > 0) steps.push(installStep(missing));
    if (manager) steps.push(...(await planHook(changes, manager)));
  } catch (error) {
    if (error instanceof InitRefusal) throw new UsageError(`${error.message}. Nothing was written.`);
    throw error;
  }
  await changes.commit();
  output.stdout(summary(changes.changes()));
  if (flags.install) {
    for (const step of steps.filter((candidate) => candidate.run)) {
      output.stdout(`\n$ ${step.text}\n`);
      const [command, ...args] = step.run!;
      const result = spawnSync(command!, args, { cwd, encoding: "utf8" });
      output.stderr(`${result.stdout ?? ""}${result.stderr ?? ""}`);
      if (result.status !== 0) throw new UsageError(`\`${step.text}\` failed${result.error ? `: ${result.error.message}` : ` (exit code ${result.status})`}`);
    }
  }
  const left = steps.filter((step) => !(flags.install && step.run));
  const written = changes.changes().filter((change) => change.action !== "unchanged");
  if (written.length > 0) left.push({ text: `git add ${[...new Set(written.map((change) => change.path))].join(" ")}` });
  output.stdout(left.length > 0 ? `\nNext:\n${left.map((step) => `  ${step.text}`).join("\n")}\n` : "\nTactful is set up here: nothing left to do.\n");
  return 0;
}

async function chooseManager(changes: PendingChanges, flag: InitFlags["hooks"], steps: NextStep[]): Promise<HookManager | undefined> {
  if (flag === "none") return undefined;
  if (flag) return flag;
  const found = await detectHookManagers(changes);
  if (found.length > 1) throw new InitRefusal(`this repository has more than one git hook manager (${found.join(", ")}): choose the one for Tactful with --hooks`);
  if (found.length === 1) return found[0];
  if (await changes.exists(".pre-commit-config.yaml")) {
    steps.push({ text: "this repository uses the pre-commit framework: add Tactful's hook to .pre-commit-config.yaml (see the README)" });
  } else {
    steps.push({ text: `choose a pre-commit hook manager: tactful init --hooks ${HOOK_MANAGERS.join("|")}` });
  }
  return undefined;
}

function summary(changes: readonly Change[]): string {
  const label = { create: "created", update: "updated", unchanged: "unchanged" } as const;
  const width = Math.max(...changes.map((change) => change.path.length));
  return `${changes.map((change) => `${label[change.action].padEnd(9)}  ${change.path.padEnd(width)}  ${change.what}`).join("\n")}\n`;
}
