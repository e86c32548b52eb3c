import type { Audience, Category, Channel, PackSet, PolicyPack, Role, SenderRole } from "@tactful/policies";
import type { CommentNode, Node, Range, SourceLocation, TemplateNode } from "./ast.js";
import type { BranchStep, ProseSegment, VariableReference } from "./analysis.js";
import type { LineIndex } from "./lines.js";
import type { ParseMessageData, ParseMessageId } from "./parse-messages.js";

export type ProblemCode =
  | "too-large"
  | "too-deep"
  | "too-complex"
  | "binary"
  | "front-matter-missing"
  | "front-matter-unclosed"
  | "yaml"
  | "schema"
  | "jurisdiction"
  | "tone-language"
  | "template-syntax";

/** Something wrong with the file itself, found while parsing. */
export interface Problem {
  code: ProblemCode;
  /** What is wrong, by id: `problemMessage` says it in a reader's locale. */
  messageId: ParseMessageId;
  data: ParseMessageData;
  /** The message in English. */
  message: string;
  severity: "error" | "warning";
  range: Range;
  loc: SourceLocation;
  /** The template cannot be analysed as a whole (no front matter, broken Nunjucks, binary). */
  fatal: boolean;
  /** What the range most likely meant to say: a known key or an allowed value (schema problems only). */
  replacement?: string;
}

export interface TemplateExample {
  name: string;
  description?: string;
  data: Record<string, unknown>;
}

/** The front matter values, each present only when it has the type the schema asks for. */
export interface TemplateMeta {
  id?: string;
  version?: number;
  channel?: Channel;
  locale?: string;
  jurisdiction?: string;
  category?: Category;
  audience?: Audience;
  sender?: { name?: string; role?: SenderRole; onBehalfOf?: string };
  subject?: string;
  title?: string;
  description?: string;
  send?: { window?: string; maxPerDay?: number };
  examples: TemplateExample[];
}

/** A variable declared in the front matter. */
export interface VariableDeclaration {
  name: string;
  /** Its JSON Schema fragment, Tactful keywords included. */
  schema: Record<string, unknown>;
  role?: Role;
  pii: boolean;
  /** `example` followed by `examples`. */
  examples: unknown[];
  /** Where the name is written. */
  key: Range;
  /** Where the definition is written. */
  range: Range;
}

/** Ranges of a front matter key and its value. */
export interface Located {
  key: Range | null;
  value: Range;
}

/** Everything known about one template file, with positions on its original text. */
export interface TemplateDocument {
  filePath: string | undefined;
  /** The text as given (a BOM, if any, included). */
  text: string;
  bom: boolean;
  lines: LineIndex;
  ast: TemplateNode;
  /** The parsed front matter values, or null when the file has none. */
  data: unknown;
  meta: TemplateMeta;
  /** The jurisdiction whose policy pack applies, or null when none can be told. */
  jurisdiction: string | null;
  /** The policy pack of that jurisdiction, from the pack set the template was parsed with. */
  pack: PolicyPack | null;
  /** The pack set the template was parsed with (the built-in packs unless the configuration names others). */
  packs: PackSet;
  variables: ReadonlyMap<string, VariableDeclaration>;
  references: readonly VariableReference[];
  comments: readonly CommentNode[];
  prose: readonly ProseSegment[];
  problems: readonly Problem[];
  /** Whether a fatal problem prevents analysing the template. */
  readonly fatal: boolean;
  /** The branches a node sits in, outermost first; empty for nodes on every path. */
  branchPath(node: Node): readonly BranchStep[];
  parent(node: Node): Node | null;
  /** The key and value ranges at a JSON Pointer into the front matter (`/sender/name`), or null. */
  locate(pointer: string): Located | null;
}
