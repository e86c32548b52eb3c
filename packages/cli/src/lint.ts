import { parseTemplate, type Problem, type TemplateDocument } from "@tactful/core";
import { readTemplate } from "./files.js";

/** One finding, in the shape ESLint reports (1-based lines and columns, UTF-16 columns). */
export interface LintMessage {
  ruleId: string | null;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  fatal?: boolean;
}

export interface LintResult {
  filePath: string;
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
  fatalErrorCount: number;
  /** The parsed template, when the file could be read. */
  document?: TemplateDocument;
}

/** Problems with the front matter belong to `valid-front-matter`; a file that cannot be parsed at all is a parsing error. */
function toMessage(problem: Problem): LintMessage {
  return {
    ruleId: problem.fatal ? null : "valid-front-matter",
    severity: problem.severity === "error" ? 2 : 1,
    message: problem.fatal ? `Parsing error: ${problem.message}` : problem.message,
    line: problem.loc.start.line,
    column: problem.loc.start.column,
    endLine: problem.loc.end.line,
    endColumn: problem.loc.end.column,
    ...(problem.fatal ? { fatal: true } : {}),
  };
}

export function resultOf(filePath: string, messages: LintMessage[], document?: TemplateDocument): LintResult {
  messages.sort((a, b) => a.line - b.line || a.column - b.column);
  return {
    filePath,
    messages,
    errorCount: messages.filter((message) => message.severity === 2).length,
    warningCount: messages.filter((message) => message.severity === 1).length,
    fatalErrorCount: messages.filter((message) => message.fatal).length,
    ...(document ? { document } : {}),
  };
}

/** Reads and checks each template; a file that cannot be read gets a finding and the rest go on. */
export async function lintFiles(files: readonly string[]): Promise<LintResult[]> {
  const results: LintResult[] = [];
  for (const file of files) {
    const read = await readTemplate(file);
    if ("error" in read) {
      results.push(resultOf(file, [{ ruleId: null, severity: 2, message: read.error, line: read.line, column: read.column, fatal: true }]));
      continue;
    }
    const document = parseTemplate(read.text, { filePath: file });
    results.push(resultOf(file, document.problems.map(toMessage), document));
  }
  return results;
}
