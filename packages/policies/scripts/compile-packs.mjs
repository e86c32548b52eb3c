#!/usr/bin/env node
// Compiles packs/*.yaml into generated/packs/ beside the sources and the built modules (one JSON
// file a pack, and an index of their ids and locales with a digest of them all), and checks them.
// Usage: compile-packs.mjs [--check] [--packs DIR]
//   without --check: writes the packs as JSON (refusing YAML it cannot read), their patterns' parts written
//   out as the built module does it (dist/pattern-parts.js), so that a run reads them as they are;
//   with --check: checks every pack with the built checker (dist/check.js, what `tactful pack check`
//   runs: schema, citations, ids, word classes, patterns) and exits 1 on an error, removing the
//   packs it compiled from the build so that nothing runs on packs that failed their check.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, mkdirSync, writeFileSync, renameSync, rmSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseDocument } from "yaml";

const here = dirname(fileURLToPath(import.meta.url));
const packageDir = join(here, "..");
const packsFlag = process.argv.indexOf("--packs");
const packsDir = packsFlag === -1 ? join(packageDir, "packs") : process.argv[packsFlag + 1];
const outDirectories = ["src", "dist"].map((directory) => join(packageDir, directory, "generated", "packs"));
const files = readdirSync(packsDir).filter((file) => file.endsWith(".yaml")).sort().map((name) => join(packsDir, name));

if (process.argv.includes("--check")) {
  const { checkPack, packProblemText } = await import(pathToFileURL(join(packageDir, "dist", "check.js")).href).catch(() => {
    console.error("The pack checker is not built: run `npm run build`.");
    process.exit(2);
  });
  const problems = files.flatMap((file) =>
    checkPack(readFileSync(file, "utf8"))
      .problems.filter((problem) => problem.severity === "error")
      .map((problem) => `${relative(process.cwd(), file)}:${problem.line}:${problem.column}: ${packProblemText(problem)}`),
  );
  if (problems.length > 0) {
    console.error(`Policy packs are not valid:\n${problems.map((problem) => `  ${problem}`).join("\n")}`);
    // The build info goes too, or the next build would take the package for up to date without them.
    const built = [...outDirectories, join(packageDir, "tsconfig.tsbuildinfo")];
    if (packsFlag === -1) for (const compiled of built) rmSync(compiled, { force: true, recursive: true });
    process.exit(1);
  }
} else {
  const { withPatternParts } = await import(pathToFileURL(join(packageDir, "dist", "pattern-parts.js")).href).catch(() => {
    console.error("The policies package is not built: run `npm run build`.");
    process.exit(2);
  });
  const packs = [];
  for (const file of files) {
    const document = parseDocument(readFileSync(file, "utf8"), { prettyErrors: false, uniqueKeys: true });
    if (document.errors.length > 0) {
      console.error(`${relative(process.cwd(), file)}: ${document.errors[0].message.split("\n")[0]}`);
      process.exit(1);
    }
    packs.push(withPatternParts(document.toJS()).data);
  }
  // The digest of what was compiled keys caches of results on the built-in packs: a run need not hash them.
  const digest = createHash("sha256").update(JSON.stringify(packs)).digest("hex");
  const index = { digest, packs: packs.map(({ id, locales }) => ({ id, locales })) };
  for (const outDirectory of outDirectories) {
    // Written whole into a fresh directory, then put in place: a pack no longer compiled leaves nothing behind.
    const temporary = `${outDirectory}.${process.pid}.tmp`;
    rmSync(temporary, { force: true, recursive: true });
    mkdirSync(temporary, { recursive: true });
    for (const pack of packs) writeFileSync(join(temporary, `${pack.id.toLowerCase()}.json`), `${JSON.stringify(pack)}\n`);
    writeFileSync(join(temporary, "index.json"), `${JSON.stringify(index)}\n`);
    rmSync(outDirectory, { force: true, recursive: true });
    renameSync(temporary, outDirectory);
  }
}
