import { ErrorCodes, ResponseError, type CodeActionParams, type Position, type Range } from "vscode-languageserver";

/**
 * Checks of a request's parameters before a handler reads them: a client that sends the wrong
 * shape gets an InvalidParams error that says what is wrong, not an internal error.
 */

function invalid(method: string, what: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, `${method}: ${what}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isPosition(value: unknown): value is Position {
  return isRecord(value) && Number.isInteger(value["line"]) && Number.isInteger(value["character"]);
}

/** The document a request is about: `textDocument.uri`. */
export function documentUri(method: string, params: unknown): string {
  const uri = isRecord(params) && isRecord(params["textDocument"]) ? params["textDocument"]["uri"] : undefined;
  if (typeof uri !== "string") throw invalid(method, "`textDocument.uri` must be a string");
  return uri;
}

/** The position of a hover or completion request (one outside the text is read as its nearest end). */
export function requestPosition(method: string, params: unknown): Position {
  const position = isRecord(params) ? params["position"] : undefined;
  if (!isPosition(position)) throw invalid(method, "`position` must be { line, character } with whole numbers");
  return position;
}

/** A code action request's range and context. */
export function codeActionParams(method: string, params: unknown): Pick<CodeActionParams, "range" | "context"> {
  const range = isRecord(params) ? params["range"] : undefined;
  if (!isRecord(range) || !isPosition(range["start"]) || !isPosition(range["end"])) throw invalid(method, "`range` must be { start, end } positions");
  const context = isRecord(params) ? params["context"] : undefined;
  if (!isRecord(context) || !Array.isArray(context["diagnostics"])) throw invalid(method, "`context.diagnostics` must be a list");
  if (context["only"] !== undefined && !(Array.isArray(context["only"]) && context["only"].every((kind) => typeof kind === "string"))) {
    throw invalid(method, "`context.only` must be a list of code action kinds");
  }
  return { range: range as unknown as Range, context: context as unknown as CodeActionParams["context"] };
}
