#!/usr/bin/env node
// Compiles packs/*.yaml into src/generated/packs.json after validating each pack against
// schemas/policy.schema.json and checking what a schema cannot: every citation names a
// source of the register, every pattern is a valid `u`-flag regular expression, ids are unique.
// Usage: compile-packs.mjs [--check] [--packs DIR]   (--check validates without writing)
import { readdirSync, readFileSync, mkdirSync, writeFileSync, renameSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { LineCounter, parseDocument, isMap, isSeq, isPair, isScalar } from "yaml";

const here = dirname(fileURLToPath(import.meta.url));
const packageDir = join(here, "..");
const packsFlag = process.argv.indexOf("--packs");
const packsDir = packsFlag === -1 ? join(packageDir, "packs") : process.argv[packsFlag + 1];
const schemaPath = join(packageDir, "..", "..", "schemas", "policy.schema.json");
const outFile = join(packageDir, "src", "generated", "packs.json");

const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));

const problems = [];
const packs = [];
for (const name of readdirSync(packsDir).filter((file) => file.endsWith(".yaml")).sort()) {
  const file = join(packsDir, name);
  const shown = relative(process.cwd(), file);
  const lineCounter = new LineCounter();
  const document = parseDocument(readFileSync(file, "utf8"), { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset) => {
    const { line, col } = lineCounter.linePos(offset ?? 0);
    return `${shown}:${line}:${col}`;
  };
  for (const error of document.errors) problems.push(`${at(error.pos[0])}: ${error.message.split("\n")[0]}`);
  if (document.errors.length > 0) continue;
  const pack = document.toJS();
  const offsetOf = (pointer) => locate(document.contents, pointer.split("/").slice(1));
  if (!validate(pack)) {
    for (const error of validate.errors) {
      const detail = error.params?.additionalProperty ?? error.params?.unevaluatedProperty ?? error.params?.missingProperty;
      problems.push(`${at(offsetOf(error.instancePath))}: ${error.instancePath || "/"} ${error.message}${detail ? ` (${detail})` : ""}`);
    }
    continue;
  }
  for (const problem of semanticProblems(pack)) problems.push(`${at(offsetOf(problem.pointer))}: ${problem.message}`);
  packs.push(pack);
}

if (problems.length > 0) {
  console.error(`Policy packs are not valid:\n${problems.map((problem) => `  ${problem}`).join("\n")}`);
  process.exit(1);
}
if (!process.argv.includes("--check")) {
  mkdirSync(dirname(outFile), { recursive: true });
  const temporary = `${outFile}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(packs, null, 1)}\n`);
  renameSync(temporary, outFile);
}

/** Checks a schema cannot express. */
function* semanticProblems(pack) {
  const ids = new Map();
  const walk = function* (value, pointer) {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) yield* walk(value[i], `${pointer}/${i}`);
      return;
    }
    if (!value || typeof value !== "object") return;
    if (typeof value.id === "string" && pointer !== "") {
      if (ids.has(value.id)) yield { pointer, message: `duplicate entry id ${value.id} (also at ${ids.get(value.id)})` };
      ids.set(value.id, pointer);
    }
    if (typeof value.ref === "string" && !(value.ref in pack.sources)) {
      yield { pointer: `${pointer}/ref`, message: `cites ${value.ref}, which is not in the source register` };
    }
    for (const key of ["pattern", "namePattern"]) {
      if (typeof value[key] === "string") yield* regexProblems(value[key], `${pointer}/${key}`);
    }
    for (const key of ["patterns", "personal", "sender"]) {
      if (!Array.isArray(value[key])) continue;
      for (let i = 0; i < value[key].length; i++) if (typeof value[key][i] === "string") yield* regexProblems(value[key][i], `${pointer}/${key}/${i}`);
    }
    for (const [key, child] of Object.entries(value)) yield* walk(child, `${pointer}/${key}`);
  };
  yield* walk(pack, "");
  // An identifier that needs a cue, a checksum or groups has them: otherwise it would never be reported.
  for (const [index, entry] of (pack.pii?.literals ?? []).entries()) {
    const pointer = `/pii/literals/${index}`;
    if (entry.needs === "cue" && !pack.pii.owners) yield { pointer, message: "needs a cue, but the pack has no pii.owners to give one" };
    if (entry.needs === "checksum" && !entry.checksum) yield { pointer, message: "needs a checksum, but names no checksum algorithm" };
    if (entry.needs === "groups" && !entry.groups) yield { pointer, message: "needs groups, but lists no groups" };
  }
  // A slot names a word class of the entry's language: an unknown name would never match.
  for (const [index, entry] of (pack.tone?.lexicon ?? []).entries()) {
    const classes = pack.tone.languages?.[entry.language]?.classes ?? {};
    for (const [slot, name] of (entry.slots ?? []).entries()) {
      if (!(name in classes)) yield { pointer: `/tone/lexicon/${index}/slots/${slot}`, message: `slot ${name} is not a word class of tone.languages.${entry.language}.classes` };
    }
  }
}

function* regexProblems(pattern, pointer) {
  try {
    new RegExp(pattern, "u");
  } catch (error) {
    yield { pointer, message: `pattern is not a valid regular expression with the u flag: ${error.message}` };
  }
}

/** The offset of the YAML node at a JSON Pointer path (or its nearest ancestor). */
function locate(node, segments) {
  let current = node;
  let offset = node?.range?.[0] ?? 0;
  for (const raw of segments) {
    const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (isMap(current)) {
      const pair = current.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === segment);
      if (!pair) break;
      offset = pair.key.range?.[0] ?? offset;
      current = pair.value;
    } else if (isSeq(current)) {
      const item = current.items[Number(segment)];
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      current = item;
    } else {
      break;
    }
  }
  return offset;
}
