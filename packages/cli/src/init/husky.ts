import { InitRefusal, type PendingChanges } from "./changes.js";
import { planLintStaged } from "./lint-staged.js";
import { installStep, lintStagedSpec, type NextStep } from "./next-steps.js";
import { dependsOn, editPackageJson, readPackageJson } from "./package-json.js";

const HOOK = ".husky/pre-commit";
const RUN_LINT_STAGED = "npx lint-staged";

/** husky runs .husky/pre-commit, which runs lint-staged, which runs tactful lint on the staged templates. */
export async function planHusky(changes: PendingChanges): Promise<NextStep[]> {
  const hook = await changes.read(HOOK);
  if (hook !== undefined && !hook.includes("lint-staged")) {
    throw new InitRefusal(changes.say("hookExists", { hook: HOOK, command: RUN_LINT_STAGED }));
  }
  if (hook === undefined) await changes.write(HOOK, `${RUN_LINT_STAGED}\n`, changes.say("hookRunsLintStaged"));
  else changes.keep(HOOK, changes.say("hookRunsLintStaged"));
  await planLintStaged(changes);

  const steps: NextStep[] = [];
  const pkg = await readPackageJson(changes);
  const prepare = (pkg?.["scripts"] as Record<string, unknown> | undefined)?.["prepare"];
  if (prepare === undefined) {
    // What `husky init` does: every `npm install` (re)installs the hooks.
    await editPackageJson(changes, changes.say("prepareInstallsHusky"), (edited) => {
      edited["scripts"] = { ...(edited["scripts"] as object | undefined), prepare: "husky" };
    });
  } else if (typeof prepare === "string" && prepare.includes("husky")) {
    changes.keep("package.json", changes.say("prepareInstallsHusky"));
  } else {
    steps.push({ text: changes.say("addPrepare", { prepare: String(prepare) }) });
  }
  const missing = ["husky", "lint-staged"].filter((name) => !dependsOn(pkg, name));
  if (missing.length > 0) steps.push(installStep(missing.map((name) => (name === "lint-staged" ? lintStagedSpec() : name))));
  return steps;
}
