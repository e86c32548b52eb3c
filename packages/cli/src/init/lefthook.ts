import { isMap, isSeq, parseDocument, type Document } from "yaml";
import { InitRefusal, type PendingChanges } from "./changes.js";
import { installStep, NPX_LINT_COMMAND, TEMPLATE_GLOB, type NextStep } from "./next-steps.js";
import { dependsOn, readPackageJson } from "./package-json.js";

/** lefthook's own search order for its main configuration file. */
export const LEFTHOOK_FILES = ["lefthook.yml", ".lefthook.yml", "lefthook.yaml", ".lefthook.yaml", ".config/lefthook.yml", ".config/lefthook.yaml", "lefthook.json", ".lefthook.json", "lefthook.toml", ".lefthook.toml"];
const NAME = "tactful";
const WHAT = `lefthook runs ${NPX_LINT_COMMAND} on staged ${TEMPLATE_GLOB} files`;

/** lefthook's default matcher lets `*` cross directories; with `glob_matcher: doublestar` it takes `**`. */
function jobFor(document: Document): { name: string; glob: string; run: string } {
  const glob = document.get("glob_matcher") === "doublestar" ? `**/${TEMPLATE_GLOB}` : TEMPLATE_GLOB;
  return { name: NAME, glob, run: `${NPX_LINT_COMMAND} {staged_files}` };
}

/** Adds a `tactful` job to lefthook's pre-commit hook. */
export async function planLefthook(changes: PendingChanges): Promise<NextStep[]> {
  let path = "lefthook.yml";
  for (const candidate of LEFTHOOK_FILES) {
    if (await changes.exists(candidate)) {
      path = candidate;
      break;
    }
  }
  if (/\.(json|toml)$/.test(path)) throw new InitRefusal(`lefthook is configured in ${path}, which tactful init does not edit: add a pre-commit job running \`${NPX_LINT_COMMAND} {staged_files}\` with glob "${TEMPLATE_GLOB}" yourself`);
  const text = (await changes.read(path)) ?? "";
  const document = parseDocument(text);
  const refuse = (why: string): never => {
    throw new InitRefusal(`cannot add Tactful to ${path} safely: ${why}. Add a pre-commit job running \`${NPX_LINT_COMMAND} {staged_files}\` with glob "${TEMPLATE_GLOB}" yourself`);
  };
  if (document.errors.length > 0) refuse(`it is not valid YAML (${document.errors[0]!.message.split("\n")[0]})`);
  if (document.contents !== null && !isMap(document.contents)) refuse("it is not a YAML mapping");
  const job = jobFor(document);
  const hook = document.get("pre-commit");
  if (hook === undefined || hook === null) {
    document.set("pre-commit", document.createNode({ jobs: [job] }));
  } else if (!isMap(hook)) {
    refuse("its pre-commit entry is not a mapping");
  } else {
    const jobs = hook.get("jobs");
    const commands = hook.get("commands");
    if (isSeq(jobs)) {
      const existing = jobs.items.find((item) => isMap(item) && item.get("name") === NAME);
      if (existing) return keep(changes, path, (existing as { get(key: string): unknown }).get("run"), refuse);
      jobs.add(document.createNode(job));
    } else if (isMap(commands)) {
      const existing = commands.get(NAME);
      if (existing !== undefined) return keep(changes, path, isMap(existing) ? existing.get("run") : existing, refuse);
      commands.set(NAME, document.createNode({ glob: job.glob, run: job.run }));
    } else if (jobs === undefined && commands === undefined) {
      hook.set("jobs", document.createNode([job]));
    } else {
      refuse("its pre-commit jobs or commands are not in a form it knows");
    }
  }
  await changes.write(path, document.toString(), WHAT);
  return steps(changes);
}

async function keep(changes: PendingChanges, path: string, run: unknown, refuse: (why: string) => never): Promise<NextStep[]> {
  if (typeof run !== "string" || !run.includes("tactful lint")) refuse(`its pre-commit hook already has a "${NAME}" entry that does not run tactful lint`);
  changes.keep(path, WHAT);
  return steps(changes);
}

async function steps(changes: PendingChanges): Promise<NextStep[]> {
  return dependsOn(await readPackageJson(changes), "lefthook") ? [] : [installStep(["lefthook"])];
}
