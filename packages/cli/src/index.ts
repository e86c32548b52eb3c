export { run, type Io } from "./main.js";
export { lintTemplates, UsageError, type LintOptions, type LintResult, type LintRun } from "./lint.js";
