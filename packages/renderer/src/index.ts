export { compileTemplate, PUSH_LIMITS, type CompileOptions, type CompiledTemplate, type EmailMessage, type Message, type PushMessage, type SmsMessage } from "./compile.js";
export { dataContract, type DataContract } from "./data.js";
export {
  issueMessageIn,
  messageIn,
  ReleaseError,
  RENDERER_MESSAGES,
  RenderError,
  RenderLimitError,
  TemplateDataError,
  TemplateInvalidError,
  TemplateUnsafeError,
  type DataIssue,
  type TemplateIssue,
} from "./errors.js";
export { escapeMarkdown, markdownToHtml, markdownToText } from "./markdown.js";
export {
  buildRelease,
  bundleHash,
  examplesOf,
  keyId,
  loadRelease,
  openRelease,
  readKey,
  readReleaseFile,
  Release,
  RELEASE_FORMAT,
  sha256,
  signRelease,
  verifyRelease,
  type BuildInput,
  type LintConfigUse,
  type LoadOptions,
  type ReleaseBundle,
  type ReleaseTemplate,
  type ReleaseNote,
  type ReleasedPolicy,
} from "./release.js";
export { DEFAULT_LIMITS, type Limits } from "./sandbox.js";
