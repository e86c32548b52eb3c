import type { SourceLocation } from "@tactful/core";

/** Every error the renderer throws on purpose; `code` says which. */
export class RenderError extends Error {
  constructor(
    readonly code: "template-invalid" | "template-unsafe" | "data-invalid" | "render-limit" | "render-failed" | "release-invalid" | "not-found",
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** A problem in a template, with where it is. */
export interface TemplateIssue {
  message: string;
  loc: SourceLocation;
}

/** The template does not parse, or its front matter is not valid: it cannot be compiled. */
export class TemplateInvalidError extends RenderError {
  constructor(
    readonly template: string,
    readonly issues: readonly TemplateIssue[],
  ) {
    super("template-invalid", `${template} is not a valid template: ${issues.map((issue) => `${issue.loc.start.line}:${issue.loc.start.column} ${issue.message}`).join("; ")}`);
  }
}

/** The template uses code the sandbox does not allow (calls, computed keys, other tags…): it is never compiled. */
export class TemplateUnsafeError extends RenderError {
  constructor(
    readonly template: string,
    readonly issues: readonly TemplateIssue[],
  ) {
    super("template-unsafe", `${template} is not safe to render: ${issues.map((issue) => `${issue.loc.start.line}:${issue.loc.start.column} ${issue.message}`).join("; ")}`);
  }
}

/** One way the data does not fit the template's variables. */
export interface DataIssue {
  /** JSON Pointer to the value (`/amount`, `/user/name`), or to its parent for a missing key. */
  path: string;
  /** The JSON Schema keyword that failed (`required`, `type`, `maxLength`, `format`…). */
  keyword: string;
  message: string;
}

/** The data does not fit: every problem at once, and nothing rendered. */
export class TemplateDataError extends RenderError {
  constructor(
    readonly template: string,
    readonly issues: readonly DataIssue[],
  ) {
    super("data-invalid", `the data does not fit ${template}: ${issues.map((issue) => `${issue.path || "/"} ${issue.message}`).join("; ")}`);
  }
}

/** Rendering took too long or produced too much; nothing is returned. */
export class RenderLimitError extends RenderError {
  constructor(
    readonly limit: "time" | "output",
    message: string,
  ) {
    super("render-limit", message);
  }
}

/** A bundle that cannot be trusted or read. */
export class ReleaseError extends RenderError {
  constructor(message: string) {
    super("release-invalid", message);
  }
}
