import { isMap, isSeq, parseDocument, type Document } from "yaml";
import { InitRefusal, type PendingChanges } from "./changes.js";
import { installStep, NPX_LINT_COMMAND, TEMPLATE_GLOB, type NextStep } from "./next-steps.js";
import { dependsOn, readPackageJson } from "./package-json.js";

/** lefthook's own search order for its main configuration file. */
export const LEFTHOOK_FILES = ["lefthook.yml", ".lefthook.yml", "lefthook.yaml", ".lefthook.yaml", ".config/lefthook.yml", ".config/lefthook.yaml", "lefthook.json", ".lefthook.json", "lefthook.toml", ".lefthook.toml"];
const NAME = "tactful";

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
  if (/\.(json|toml)$/.test(path)) throw new InitRefusal(changes.say("lefthookNotEditable", { path, command: `${NPX_LINT_COMMAND} {staged_files}`, glob: TEMPLATE_GLOB }));
  const text = (await changes.read(path)) ?? "";
  const document = parseDocument(text);
  const refuse = (why: string): never => {
    throw new InitRefusal(changes.say("lefthookUnsafe", { path, why, command: `${NPX_LINT_COMMAND} {staged_files}`, glob: TEMPLATE_GLOB }));
  };
  if (document.errors.length > 0) refuse(changes.say("notYaml", { reason: document.errors[0]!.message.split("\n")[0]! }));
  if (document.contents !== null && !isMap(document.contents)) refuse(changes.say("notYamlMapping"));
  const job = jobFor(document);
  const hook = document.get("pre-commit");
  if (hook === undefined || hook === null) {
    document.set("pre-commit", document.createNode({ jobs: [job] }));
  } else if (!isMap(hook)) {
    refuse(changes.say("preCommitNotMapping"));
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
      refuse(changes.say("preCommitUnknownForm"));
    }
  }
  await changes.write(path, document.toString(), lefthookRuns(changes));
  return steps(changes);
}

async function keep(changes: PendingChanges, path: string, run: unknown, refuse: (why: string) => never): Promise<NextStep[]> {
  if (typeof run !== "string" || !run.includes("tactful lint")) refuse(changes.say("entryRunsOther", { name: NAME }));
  changes.keep(path, lefthookRuns(changes));
  return steps(changes);
}

async function steps(changes: PendingChanges): Promise<NextStep[]> {
  return dependsOn(await readPackageJson(changes), "lefthook") ? [] : [installStep(["lefthook"])];
}

/** What the change to lefthook's configuration does, for the summary. */
function lefthookRuns(changes: PendingChanges): string {
  return changes.say("runsOnStaged", { tool: "lefthook", command: NPX_LINT_COMMAND, glob: TEMPLATE_GLOB });
}
