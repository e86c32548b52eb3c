export { run, type Io } from "./main.js";
export { lintFiles, type LintMessage, type LintResult } from "./lint.js";
