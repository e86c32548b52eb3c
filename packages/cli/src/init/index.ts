import { spawnSync } from "node:child_process";
import type { Locale } from "@tactful/core";
import { UsageError } from "../lint.js";
import { InitRefusal, PendingChanges, type Change } from "./changes.js";
import { planEslintConfig } from "./eslint-config.js";
import { detectHookManagers, HOOK_MANAGERS, planHook, type HookManager } from "./hooks.js";
import { installStep, type NextStep } from "./next-steps.js";
import { dependsOn, readPackageJson } from "./package-json.js";
import { activationStep, hookProblem } from "./activation.js";
import { planGitFiles } from "./git-files.js";
import { planSample, sampleTemplates } from "./sample.js";
import { checkTemplateConfig } from "./verify.js";
import { initWords, type InitSay } from "./messages.js";

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

/** What init means to do, planned in memory. */
interface Plan {
  changes: PendingChanges;
  steps: NextStep[];
  manager: HookManager | undefined;
  configFile: string;
  /** The locale's sample templates, written or not: the check after writing lints the first. */
  samples: Array<{ path: string; text: string }>;
}

async function plan(flags: InitFlags, cwd: string, locale: Locale): Promise<Plan> {
  const changes = new PendingChanges(cwd, locale);
  const steps: NextStep[] = [];
  try {
    const configFile = await planEslintConfig(changes);
    const samples = await sampleTemplates(flags.locale, changes.say);
    if (flags.sample) await planSample(changes, samples, flags.locale);
    await planGitFiles(changes);
    const manager = await chooseManager(changes, flags.hooks, steps);
    const pkg = await readPackageJson(changes);
    const missing = ["@tactful/cli", "@tactful/eslint-plugin"].filter((name) => !dependsOn(pkg, name));
    if (missing.length > 0) steps.push(installStep(missing));
    if (manager) steps.push(...(await planHook(changes, manager)));
    return { changes, steps, manager, configFile, samples };
  } catch (error) {
    if (error instanceof InitRefusal) throw new UsageError(changes.say("nothingWritten", { reason: error.message }));
    throw error;
  }
}

/** Runs a command of a next step; a failure stops init with the command's output. */
function runStep(step: NextStep, cwd: string, output: InitOutput, say: InitSay): void {
  output.stdout(`\n$ ${step.text}\n`);
  const [command, ...args] = step.run!;
  const result = spawnSync(command!, args, { cwd, encoding: "utf8" });
  output.stderr(`${result.stdout ?? ""}${result.stderr ?? ""}`);
  if (result.status !== 0) {
    throw new UsageError(result.error ? say("stepFailed", { command: step.text, reason: result.error.message }) : say("stepExited", { command: step.text, status: String(result.status) }));
  }
}

/**
 * Adds Tactful to the repository: the ESLint config, a sample template, git's attributes and
 * ignores, and the pre-commit hook. Every step is planned first; when one refuses, nothing is
 * written (exit 2). With --install the packages are installed first and the plan is made again
 * from the package.json npm left. What was written is then linted with the project's config and
 * rolled back when it does not load; and the hook is checked to be where git runs it.
 * Running it again changes nothing.
 */
export async function initCommand(flags: InitFlags, cwd: string, output: InitOutput, locale: Locale = "en"): Promise<number> {
  const say = initWords(locale);
  let planned = await plan(flags, cwd, locale);
  if (flags.install && planned.steps.some((step) => step.run)) {
    for (const step of planned.steps.filter((candidate) => candidate.run)) runStep(step, cwd, output, say);
    planned = await plan(flags, cwd, locale);
  }
  const { changes, steps, manager, configFile, samples } = planned;
  await changes.commit();
  const check = await checkTemplateConfig(cwd, configFile, samples[0]!, locale);
  if (check.ok === false) {
    await changes.rollback();
    throw new UsageError(say("rolledBack", { problem: check.problem }));
  }
  output.stdout(summary(changes.changes(), say));
  const left = steps.filter((step) => !(flags.install && step.run));
  if (check.ok === "unchecked") left.push({ text: say("uncheckedStep", { command: "npx tactful lint", reason: check.reason }) });
  if (manager) {
    let problem = await hookProblem(cwd, manager, say);
    if (problem && flags.install) {
      runStep(activationStep(manager), cwd, output, say);
      problem = await hookProblem(cwd, manager, say);
      if (problem) throw new UsageError(say("stillInactive", { command: activationStep(manager).text, problem }));
    }
    if (problem) left.push({ text: say("activates", { command: activationStep(manager).text, problem }) });
  }
  const written = changes.changes().filter((change) => change.action !== "unchanged");
  if (written.length > 0) left.push({ text: `git add ${[...new Set(written.map((change) => change.path))].join(" ")}` });
  output.stdout(left.length > 0 ? `\n${say("next")}\n${left.map((step) => `  ${step.text}`).join("\n")}\n` : `\n${say("setUp")}\n`);
  return 0;
}

async function chooseManager(changes: PendingChanges, flag: InitFlags["hooks"], steps: NextStep[]): Promise<HookManager | undefined> {
  if (flag === "none") return undefined;
  if (flag) return flag;
  const found = await detectHookManagers(changes);
  if (found.length > 1) throw new InitRefusal(changes.say("severalManagers", { managers: found.join(", ") }));
  if (found.length === 1) return found[0];
  if (await changes.exists(".pre-commit-config.yaml")) {
    steps.push({ text: changes.say("preCommitFramework") });
  } else {
    steps.push({ text: changes.say("chooseManager", { managers: HOOK_MANAGERS.join("|") }) });
  }
  return undefined;
}

function summary(changes: readonly Change[], say: InitSay): string {
  const label = { create: say("created"), update: say("updated"), unchanged: say("unchanged") } as const;
  const labelWidth = Math.max(...Object.values(label).map((text) => text.length));
  const width = Math.max(...changes.map((change) => change.path.length));
  return `${changes.map((change) => `${label[change.action].padEnd(labelWidth)}  ${change.path.padEnd(width)}  ${change.what}`).join("\n")}\n`;
}
