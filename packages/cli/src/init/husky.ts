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
    throw new InitRefusal(`${HOOK} exists and does not run lint-staged: add the line \`${RUN_LINT_STAGED}\` to it yourself, then run tactful init again`);
  }
  if (hook === undefined) await changes.write(HOOK, `${RUN_LINT_STAGED}\n`, "the pre-commit hook runs lint-staged");
  else changes.keep(HOOK, "the pre-commit hook runs lint-staged");
  await planLintStaged(changes);

  const steps: NextStep[] = [];
  const pkg = await readPackageJson(changes);
  const prepare = (pkg?.["scripts"] as Record<string, unknown> | undefined)?.["prepare"];
  if (prepare === undefined) {
    // What `husky init` does: every `npm install` (re)installs the hooks.
    await editPackageJson(changes, "the prepare script installs the husky hooks", (edited) => {
      edited["scripts"] = { ...(edited["scripts"] as object | undefined), prepare: "husky" };
    });
  } else if (typeof prepare === "string" && prepare.includes("husky")) {
    changes.keep("package.json", "the prepare script installs the husky hooks");
  } else {
    steps.push({ text: `add \`husky\` to the "prepare" script in package.json (e.g. "${String(prepare)} && husky"), so every clone installs the hook` });
  }
  const missing = ["husky", "lint-staged"].filter((name) => !dependsOn(pkg, name));
  if (missing.length > 0) steps.push(installStep(missing.map((name) => (name === "lint-staged" ? lintStagedSpec() : name))));
  return steps;
}
