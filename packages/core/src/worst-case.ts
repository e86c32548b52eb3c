import { childrenOf, type ContainerNode, type ContentNode, type Expression, type ForNode, type Node, type OutputNode, type SetNode } from "./ast.js";
import type { TemplateDocument } from "./document.js";
import { createFilters, type Filter, type FilterName } from "./filters.js";
import { AnalysisLimit, distinctPaths, type ExecutionPath } from "./paths.js";
import { measureSms, nonGsmCharacters, type SmsMeasurement } from "./sms.js";

/**
 * Why an output's length is not bounded: it names no declared variable, its value is only known
 * when rendering, or its variable's schema has no `maximum`, no `maxLength`, no type with a
 * bounded length.
 */
export type UnboundedBecause = "undeclared" | "unknowable" | "noMaximum" | "noMaxLength" | "noBoundedType";

/** An output whose longest value the schema does not bound. */
export interface Unbounded {
  node: OutputNode;
  /** The variable that lacks a bound, when there is one. */
  variable?: string;
  because: UnboundedBecause;
}

export interface WorstCase {
  /** The longest message the template can produce, as it would be sent. */
  text: string;
  measurement: SmsMeasurement;
  path: ExecutionPath;
  /**
   * Set when the template has more distinct ways through it than can be tried (see
   * `distinctPaths`), at the branch where that happened: then nothing is known.
   */
  limit: ContentNode | null;
  unbounded: Unbounded[];
}

/** How a message is finished before sending: surrounding blank space and line breaks are dropped. */
export function finishText(text: string): string {
  // The same whitespace as `\s`, in linear time (`\s+$` retries every run of spaces to its end: quadratic).
  return text.trim();
}

type SchemaObject = Record<string, unknown>;

interface Candidates {
  values: string[];
  /** Set when the values are only the examples: the schema gives no bound. */
  unbounded?: { because: UnboundedBecause; variable?: string };
}

/**
 * The worst case of a body: on every path, each output takes its longest value (a string at
 * its `maxLength`, a number at its `maximum`, the longest `enum` value; the examples where
 * the schema gives no bound), formatted by the filters it passes through, in the character
 * set its examples use; a loop body runs `maxItems` times. The path with the most segments
 * (then the most characters) wins.
 */
export function worstCaseSms(document: TemplateDocument, container: ContainerNode = document.ast.body): WorstCase {
  const locale = document.meta.locale ?? "en";
  const pack = document.pack ?? undefined;
  const filters = createFilters({ locale, pack });
  const examples = examplesByVariable(document);
  let paths: ExecutionPath[];
  let limit: ContentNode | null = null;
  try {
    paths = distinctPaths(container);
  } catch (error) {
    if (!(error instanceof AnalysisLimit)) throw error;
    paths = [];
    limit = error.node;
  }
  let worst: WorstCase | null = null;
  for (const path of paths) {
    const unbounded: Unbounded[] = [];
    let forceUcs2 = false;
    let text = "";
    for (const node of repeatLoops(path, document)) {
      if (node.type === "Text") {
        text += node.value;
        continue;
      }
      const candidates = evaluate(node.expression, { document, filters, examples, mode: "worst" });
      if (candidates.unbounded) unbounded.push({ node, ...candidates.unbounded });
      const longest = candidates.values.reduce((best, value) => (value.length > best.length ? value : best), "");
      if (candidates.values.some((value) => nonGsmCharacters(value).length > 0)) forceUcs2 = true;
      text += longest;
    }
    const signature = platformSignature(document);
    const finished = finishText(signature + text);
    const measurement = measureSms(finished, { forceUcs2 });
    const candidate: WorstCase = { text: finished, measurement, path, limit, unbounded };
    if (!worst || measurement.segments > worst.measurement.segments || (measurement.segments === worst.measurement.segments && measurement.length > worst.measurement.length)) {
      worst = candidate;
    }
  }
  return worst ?? { text: "", measurement: measureSms(""), path: { nodes: [], choices: new Map() }, limit, unbounded: [] };
}

/**
 * What an output renders with the values the template shows: each example, persona value and
 * enum value of its variables, through its filters. Render-time checks read these.
 */
export function exampleRenderings(document: TemplateDocument, output: OutputNode): string[] {
  const locale = document.meta.locale ?? "en";
  const pack = document.pack ?? undefined;
  const context: Evaluation = { document, filters: createFilters({ locale, pack }), examples: examplesByVariable(document), mode: "examples", bindings: bindingsOf(document), following: new Set(), written: new Map(), sources: new Map() };
  return [...new Set(evaluate(output.expression, context).values)].filter((value) => value.length > 0);
}

/** The signature (【name】 in CN) a platform adds in front of an SMS, when the pack says it does; else "". */
export function platformSignature(document: TemplateDocument): string {
  const pack = document.pack ?? undefined;
  const name = document.meta.sender?.name;
  if (!pack?.sms.signatureAddedByPlatform || !name) return "";
  const form = pack.senderIdentification.find((entry) => entry.form === "signature");
  return `${form?.open ?? ""}${name}${form?.close ?? ""}`;
}

/** A path with each loop body's nodes repeated as often as the loop's array may be long. */
function repeatLoops(path: ExecutionPath, document: TemplateDocument): ExecutionPath["nodes"] {
  let nodes = [...path.nodes];
  for (const [node, choice] of path.choices) {
    if (node.type !== "For" || choice !== "body") continue;
    const times = maxItemsOf(node, document);
    const inside = nodes.filter((child) => child.range[0] >= node.body.range[0] && child.range[1] <= node.body.range[1]);
    if (inside.length === 0 || times <= 1) continue;
    const at = nodes.indexOf(inside.at(-1)!) + 1;
    nodes = [...nodes.slice(0, at), ...Array.from({ length: times - 1 }, () => inside).flat(), ...nodes.slice(at)];
  }
  return nodes;
}

function maxItemsOf(node: ForNode, document: TemplateDocument): number {
  const schema = node.iterable.type === "Identifier" ? document.variables.get(node.iterable.name)?.schema : undefined;
  const maxItems = schema?.["maxItems"];
  return typeof maxItems === "number" ? Math.min(maxItems, 50) : 1;
}

interface Evaluation {
  document: TemplateDocument;
  filters: Record<FilterName, Filter>;
  examples: Map<string, unknown[]>;
  /** `worst`: the longest values the schema allows; `examples`: only values the template shows (examples, enum). */
  mode: "worst" | "examples";
  /** In `examples` mode: where the template binds the names it sets or loops over (see `writtenValues`). */
  bindings?: Map<string, Array<SetNode | ForNode>>;
  /** The names being followed, so that `{% set a = a ~ "x" %}` ends. */
  following?: Set<string>;
  /** What each bound name or lookup was found to render, so that each is evaluated once (`null` while it is being evaluated). */
  written?: Map<Expression, Candidates | null>;
  /** The sources found for each bound name. */
  sources?: Map<string, Array<Expression | string> | null>;
}

function evaluate(expression: Expression, context: Evaluation): Candidates {
  switch (expression.type) {
    case "Literal":
      return { values: [expression.value === null ? "" : String(expression.value)] };
    case "Identifier":
    case "Member": {
      const resolved = resolve(expression, context.document);
      const written = resolved ? null : writtenValues(expression, context);
      if (written) return written;
      if (!resolved) return { values: [""], unbounded: { because: "undeclared" } };
      return candidatesOf(resolved.schema, resolved.name, context);
    }
    case "Filter": {
      const input = evaluate(expression.input, context);
      const filter = (context.filters as Record<string, Filter | undefined>)[expression.name];
      if (!filter) return input;
      const args = expression.arguments.map((argument) => (argument.type === "Literal" ? argument.value : undefined));
      const values = input.values.flatMap((value) => {
        try {
          return [filter(value, ...args)];
        } catch {
          return [];
        }
      });
      return { values: values.length > 0 ? values : input.values, ...(input.unbounded ? { unbounded: input.unbounded } : {}) };
    }
    case "Conditional": {
      const parts = [evaluate(expression.consequent, context), expression.alternate ? evaluate(expression.alternate, context) : { values: [""] }];
      return { values: parts.flatMap((part) => part.values), ...firstUnbounded(parts) };
    }
    case "Binary":
      if (expression.operator === "~" || expression.operator === "+") {
        const parts = [evaluate(expression.left, context), evaluate(expression.right, context)];
        const longest = parts.map((part) => part.values.reduce((best, value) => (value.length > best.length ? value : best), ""));
        return { values: [longest.join("")], ...firstUnbounded(parts) };
      }
      return { values: ["false", "true"] };
    case "Compare":
    case "Test":
    case "Unary":
      return { values: ["false", "true"] };
    default:
      return { values: [""], unbounded: { because: "unknowable" } };
  }
}

/** The `set` tags and loops of a template, by the names they bind. */
function bindingsOf(document: TemplateDocument): Map<string, Array<SetNode | ForNode>> {
  const bindings = new Map<string, Array<SetNode | ForNode>>();
  const visit = (node: Node): void => {
    if (node.type === "Set" || node.type === "For") {
      for (const target of node.targets) bindings.set(target.name, [...(bindings.get(target.name) ?? []), node]);
    }
    for (const child of childrenOf(node)) visit(child);
  };
  visit(document.ast);
  return bindings;
}

/**
 * What a name the template binds itself, or a lookup in a list or dictionary it writes, can
 * render with the values the template shows: every value a `{% set %}` gives it, every item
 * (or key) of the literal list or dictionary a loop walks, every item of a loop over a declared
 * list's examples. Null when the expression is none of these: text written in the template
 * reaches the tone rules however it is passed on.
 */
function writtenValues(expression: Expression, context: Evaluation): Candidates | null {
  const { written } = context;
  if (context.mode !== "examples" || !written) return null;
  // Met again while it is evaluated (`{% set a = a ~ "x" %}`): nothing more to find there.
  if (written.has(expression)) return written.get(expression) ?? { values: [] };
  written.set(expression, null);
  const sources = sourcesOf(expression, context, 0);
  const values = sources?.flatMap((source) => (typeof source === "string" ? [source] : evaluate(source, context).values));
  const result = values ? { values: [...new Set(values)] } : null;
  written.set(expression, result);
  return result;
}

/** How deep `sourcesOf` follows a lookup of a lookup. */
const MAX_SOURCE_DEPTH = 8;

/** The expressions (or example texts) a bound name or a literal lookup stands for. */
function sourcesOf(expression: Expression, context: Evaluation, depth: number): Array<Expression | string> | null {
  if (depth > MAX_SOURCE_DEPTH) return null;
  if (expression.type === "ArrayExpression" || expression.type === "DictExpression") return [expression];
  if (expression.type === "Member") {
    const key = expression.property.type === "Literal" ? expression.property.value : undefined;
    const objects = sourcesOf(expression.object, context, depth + 1);
    if (!objects || (typeof key !== "string" && typeof key !== "number")) return null;
    return objects.flatMap((object) => {
      if (typeof object === "string") return [];
      if (object.type === "DictExpression") return object.entries.filter((entry) => entry.key.type === "Literal" && entry.key.value === key).map((entry) => entry.value);
      if (object.type === "ArrayExpression" && typeof key === "number") return object.elements.slice(key, key + 1);
      return [];
    });
  }
  if (expression.type !== "Identifier") return null;
  const { name } = expression;
  const bindings = context.bindings!.get(name);
  const following = context.following!;
  const known = context.sources!;
  if (!bindings || following.has(name)) return null;
  if (known.has(name)) return known.get(name)!;
  following.add(name);
  try {
    const sources = bindings.flatMap((binding): Array<Expression | string> => {
      if (binding.type === "Set") return binding.value ? (sourcesOf(binding.value, context, depth + 1) ?? [binding.value]) : [];
      return loopItems(binding, binding.targets.findIndex((target) => target.name === name), context, depth);
    });
    known.set(name, sources);
    return sources;
  } finally {
    following.delete(name);
  }
}

/** What a loop binds to its `index`-th name: the items of a literal list, the keys or values of a literal dictionary, the items of a declared list's examples. */
function loopItems(loop: ForNode, index: number, context: Evaluation, depth: number): Array<Expression | string> {
  const declared = resolve(loop.iterable, context.document);
  if (declared) {
    const examples = [...(context.examples.get(declared.name) ?? []), ...(Array.isArray(declared.schema["examples"]) ? declared.schema["examples"] : []), ...("example" in declared.schema ? [declared.schema["example"]] : [])];
    return examples.flatMap((example) => (Array.isArray(example) && loop.targets.length === 1 ? example.filter((item) => typeof item === "string" || typeof item === "number").map(String) : []));
  }
  return (sourcesOf(loop.iterable, context, depth + 1) ?? []).flatMap((iterable) => {
    if (typeof iterable === "string") return [];
    if (iterable.type === "ArrayExpression") return loop.targets.length === 1 ? iterable.elements : [];
    if (iterable.type === "DictExpression") return iterable.entries.map((entry) => (index === 0 ? entry.key : entry.value));
    return [];
  });
}

function firstUnbounded(parts: Candidates[]): Pick<Candidates, "unbounded"> {
  const found = parts.find((part) => part.unbounded)?.unbounded;
  return found ? { unbounded: found } : {};
}

/** The schema of a variable path (`user.name`, `items[0]`), following `properties` and `items`. */
function resolve(expression: Expression, document: TemplateDocument): { name: string; schema: SchemaObject } | null {
  const chain: Array<string | number> = [];
  let current = expression;
  while (current.type === "Member") {
    if (current.property.type !== "Literal" || current.property.value === null || typeof current.property.value === "boolean") return null;
    chain.unshift(current.property.value);
    current = current.object;
  }
  if (current.type !== "Identifier") return null;
  let schema: SchemaObject | undefined = document.variables.get(current.name)?.schema;
  for (const key of chain) {
    if (!schema) return null;
    const next: unknown = typeof key === "number" ? schema["items"] : (schema["properties"] as SchemaObject | undefined)?.[key];
    schema = typeof next === "object" && next !== null ? (next as SchemaObject) : undefined;
  }
  return schema ? { name: current.name, schema } : null;
}

function candidatesOf(schema: SchemaObject, variable: string, context: Evaluation): Candidates {
  const examples = [...(context.examples.get(variable) ?? []), ...(Array.isArray(schema["examples"]) ? schema["examples"] : []), ...("example" in schema ? [schema["example"]] : [])];
  const shown = (values: unknown[]): string[] => [...new Set(values.filter((value) => value !== undefined && value !== null).map(String))];
  if (context.mode === "examples") return { values: shown([...(Array.isArray(schema["enum"]) ? schema["enum"] : []), ...examples]) };
  if (Array.isArray(schema["enum"])) return { values: shown(schema["enum"]) };
  if ("const" in schema) return { values: shown([schema["const"]]) };
  const types = Array.isArray(schema["type"]) ? schema["type"] : [schema["type"]];
  if (types.includes("boolean")) return { values: ["false", "true"] };
  if (types.includes("number") || types.includes("integer")) {
    // The bounds themselves, and just inside an exclusive bound (an integer's next step, else a cent).
    const step = types.includes("integer") ? 1 : 0.01;
    const inside = (value: unknown, direction: number): number[] => (typeof value === "number" ? [Math.round((value + direction * step) * 100) / 100] : []);
    const bounds = [schema["maximum"], schema["minimum"]].filter((value): value is number => typeof value === "number");
    const values = shown([...bounds, ...inside(schema["exclusiveMaximum"], -1), ...inside(schema["exclusiveMinimum"], 1), ...examples]);
    if (typeof schema["maximum"] === "number" || typeof schema["exclusiveMaximum"] === "number") return { values };
    return { values: values.length > 0 ? values : ["0"], unbounded: { variable, because: "noMaximum" } };
  }
  if (types.includes("string")) {
    const maxLength = schema["maxLength"];
    const sample = shown(examples).join("");
    if (schema["format"] === "date" || schema["format"] === "date-time") return { values: longDates() };
    if (typeof maxLength === "number") {
      // The character set the examples use decides the encoding; astral characters count 2.
      const filler = /[\u{10000}-\u{10FFFF}]/u.test(sample) ? "😀" : nonGsmCharacters(sample).length > 0 ? "中" : "a";
      return { values: [filler.repeat(maxLength)] };
    }
    return { values: shown(examples).length > 0 ? shown(examples) : [""], unbounded: { variable, because: "noMaxLength" } };
  }
  return { values: shown(examples).length > 0 ? shown(examples) : [""], unbounded: { variable, because: "noBoundedType" } };
}

/** Dates whose formatting is longest in some locale (long month names, two-digit days). */
function longDates(): string[] {
  return ["2026-09-30", "2026-12-31", "2026-11-30", "2026-02-28", "2026-05-31"];
}

/** Values each variable takes in the template's example personas. */
function examplesByVariable(document: TemplateDocument): Map<string, unknown[]> {
  const map = new Map<string, unknown[]>();
  for (const example of document.meta.examples) {
    for (const [name, value] of Object.entries(example.data)) map.set(name, [...(map.get(name) ?? []), value]);
  }
  return map;
}
