import { InitRefusal, type PendingChanges } from "./changes.js";
import type { InitSay } from "./messages.js";

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export const PACKAGE_JSON = "package.json";

/** Parses a JSON config file; a file that is not a JSON object is refused with its name. */
export function parseJsonObject(path: string, text: string, say: InitSay): JsonObject {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InitRefusal(say("notJsonFile", { path, reason: error instanceof Error ? error.message : String(error) }));
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new InitRefusal(say("notJsonObject", { path }));
  return value as JsonObject;
}

/** Serialises like the file was written: same indentation, same final newline. */
export function stringifyLike(original: string, value: JsonObject): string {
  const indent = /^[{[]\r?\n([ \t]+)/.exec(original)?.[1] ?? "  ";
  const newline = original.includes("\r\n") ? "\r\n" : "\n";
  const text = JSON.stringify(value, null, indent).replace(/\n/g, newline);
  return original.endsWith("\n") || original === "" ? `${text}${newline}` : text;
}

export async function readPackageJson(changes: PendingChanges): Promise<JsonObject | undefined> {
  const text = await changes.read(PACKAGE_JSON);
  return text === undefined ? undefined : parseJsonObject(PACKAGE_JSON, text, changes.say);
}

/** Whether package.json lists the package in any of its dependency fields. */
export function dependsOn(pkg: JsonObject | undefined, name: string): boolean {
  return ["dependencies", "devDependencies", "optionalDependencies"].some((field) => {
    const dependencies = pkg?.[field];
    return typeof dependencies === "object" && dependencies !== null && !Array.isArray(dependencies) && name in dependencies;
  });
}

/** Applies an edit to package.json's parsed object and records the result in its original style. */
export async function editPackageJson(changes: PendingChanges, what: string, edit: (pkg: JsonObject) => void): Promise<void> {
  const text = await changes.read(PACKAGE_JSON);
  if (text === undefined) throw new InitRefusal(changes.say("noPackageJson", { file: PACKAGE_JSON }));
  const pkg = parseJsonObject(PACKAGE_JSON, text, changes.say);
  edit(pkg);
  const updated = stringifyLike(text, pkg);
  // Unchanged content keeps the file byte for byte, whatever its formatting.
  await changes.write(PACKAGE_JSON, JSON.stringify(JSON.parse(text)) === JSON.stringify(pkg) ? text : updated, what);
}
