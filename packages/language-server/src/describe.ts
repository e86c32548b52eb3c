import { stringify } from "yaml";
import type { VariableDeclaration } from "@tactful/core";
import { schemaAt } from "./schema.js";

const roleMeanings = schemaAt(["variables", "*", "role"])?.["x-enumDescriptions"] ?? {};

/** A variable as a writer wants to see it: a one-line summary and its whole declaration. */
export function describeVariable(variable: VariableDeclaration): { summary: string; markdown: string } {
  const { schema, role, pii } = variable;
  const type = Array.isArray(schema["type"]) ? (schema["type"] as string[]).join(" | ") : typeof schema["type"] === "string" ? schema["type"] : "any type";
  const parts = [type, ...(role ? [`role ${role}`] : []), ...(pii ? ["personal data"] : [])];
  const summary = parts.join(" · ");
  const lines = [`**${variable.name}** — ${summary}`];
  if (role && roleMeanings[role]) lines.push("", `Carries ${roleMeanings[role]}.`);
  if (typeof schema["description"] === "string") lines.push("", schema["description"]);
  lines.push("", "```yaml", stringify({ [variable.name]: schema }).trimEnd(), "```");
  return { summary, markdown: lines.join("\n") };
}
