/** Something the user still has to do; `run` is the command `tactful init --install` runs for them. */
export interface NextStep {
  text: string;
  run?: string[];
}

/** The glob and command every hook runs: Tactful on the staged templates only. */
export const TEMPLATE_GLOB = "*.msg.njk";
export const LINT_COMMAND = "tactful lint";
/** `npx --no-install` runs the project's own tactful and never fetches a package of that name. */
export const NPX_LINT_COMMAND = `npx --no-install ${LINT_COMMAND}`;

/** lint-staged 17 needs Node 22; on older Node the last major that runs is 16. */
export function lintStagedSpec(nodeVersion: string = process.versions.node): string {
  return Number(nodeVersion.split(".")[0]) < 22 ? "lint-staged@16" : "lint-staged";
}

export function installStep(packages: readonly string[]): NextStep {
  return { text: `npm install -D ${packages.join(" ")}`, run: ["npm", "install", "-D", ...packages] };
}
