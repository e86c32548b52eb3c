import { compileVariableSchema, type TemplateDocument } from "@tactful/core";
import { TemplateInvalidError, type DataIssue, type TemplateIssue } from "./errors.js";

export interface DataContract {
  /** Checks data; returns every issue, or the values to render (declared variables only, defaults filled in). */
  check(data: unknown): { ok: true; values: Record<string, unknown> } | { ok: false; issues: DataIssue[] };
}

/**
 * The variables' JSON Schemas as one object schema, compiled once per template. Every declared
 * variable is required unless its schema gives a `default`. Extra keys in the data are not an
 * error but never reach the template: it sees only what it declares.
 */
export function dataContract(document: TemplateDocument, template = document.filePath ?? document.meta.id ?? "template"): DataContract {
  const properties: Record<string, unknown> = {};
  const required: string[] = [];
  const defaults = new Map<string, unknown>();
  const unusable: TemplateIssue[] = [];
  for (const [name, variable] of document.variables) {
    properties[name] = variable.schema;
    if ("default" in variable.schema) defaults.set(name, variable.schema["default"]);
    else required.push(name);
    // A schema the front-matter check accepts may still not compile: a pattern RE2 cannot run (lookaround, backreferences).
    const alone = compileVariableSchema(variable.schema);
    if (!alone.ok) unusable.push({ message: `the schema of \`${name}\` cannot be compiled: ${alone.reason}`, loc: document.lines.locOf(variable.key) });
  }
  if (unusable.length > 0) throw new TemplateInvalidError(template, unusable);
  const compiled = compileVariableSchema({ type: "object", properties, required });
  if (!compiled.ok) throw new TemplateInvalidError(template, [{ message: `the variables' schemas cannot be compiled: ${compiled.reason}`, loc: document.lines.locOf(document.ast.frontMatter?.range ?? [0, 0]) }]);
  const validate = compiled.validate;
  return {
    check(data) {
      const input = typeof data === "object" && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
      if (!input) return { ok: false, issues: [{ path: "", keyword: "type", message: "the data must be an object with the template's variables" }] };
      const values: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
      for (const name of document.variables.keys()) {
        if (Object.prototype.hasOwnProperty.call(input, name)) values[name] = input[name];
        else if (defaults.has(name)) values[name] = structuredClone(defaults.get(name));
      }
      if (validate(values)) return { ok: true, values };
      return { ok: false, issues: (validate.errors ?? []).map(issueOf) };
    },
  };
}

function issueOf(error: { instancePath: string; keyword: string; message?: string | undefined; params: Record<string, unknown> }): DataIssue {
  if (error.keyword === "required") {
    const missing = String(error.params["missingProperty"]);
    return { path: `${error.instancePath}/${missing}`, keyword: "required", message: `\`${missing}\` is missing` };
  }
  if (error.keyword === "enum") {
    return { path: error.instancePath, keyword: "enum", message: `must be one of ${(error.params["allowedValues"] as unknown[]).map((value) => JSON.stringify(value)).join(", ")}` };
  }
  return { path: error.instancePath, keyword: error.keyword, message: error.message ?? "is not valid" };
}
