import { compileVariableSchema, type TemplateDocument } from "@tactful/core";
import { saidIssue, sayIn, TemplateInvalidError, type DataIssue, type Said, type TemplateIssue } from "./errors.js";

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
      if (!input) return { ok: false, issues: [saidIssue("", "type", { id: "dataNotObject" })] };
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
  const { instancePath: path, keyword, params } = error;
  if (keyword === "required") {
    const missing = String(params["missingProperty"]);
    return saidIssue(`${path}/${missing}`, keyword, { id: "dataMissing", data: { name: missing } });
  }
  if (keyword === "enum") return saidIssue(path, keyword, { id: "dataNotInEnum", data: { values: (params["allowedValues"] as unknown[]).map((value) => JSON.stringify(value)).join(", ") } });
  const message = error.message ?? "is not valid";
  // Said in the reader's locale only when it is what the validator said: a keyword may say more (a pattern's length bound).
  const said = validatorWords(keyword, params);
  return said && sayIn(said, "en") === message ? saidIssue(path, keyword, said) : { path, keyword, message };
}

/** The validator's message for the common keywords, by id. */
function validatorWords(keyword: string, params: Record<string, unknown>): Said | undefined {
  switch (keyword) {
    case "type":
      return { id: "dataType", data: { type: [params["type"]].flat().join(",") } };
    case "maxLength":
      return { id: "dataTooLong", data: { limit: Number(params["limit"]) } };
    case "minLength":
      return { id: "dataTooShort", data: { limit: Number(params["limit"]) } };
    case "maximum":
    case "minimum":
    case "exclusiveMaximum":
    case "exclusiveMinimum":
      return { id: "dataCompare", data: { comparison: String(params["comparison"]), limit: Number(params["limit"]) } };
    case "pattern":
      return { id: "dataPattern", data: { pattern: String(params["pattern"]) } };
    case "format":
      return { id: "dataFormat", data: { format: String(params["format"]) } };
    default:
      return undefined;
  }
}
