export { createGuard, type CheckInput, type CheckResult, type Guard, type GuardOptions, type InboundInput, type Recipient, type TemplateRef } from "./guard.js";
export { createSqliteStore, type SqliteStoreOptions } from "./sqlite-store.js";
export { createRedisStore, type RedisScriptClient, type RedisStoreOptions } from "./redis-store.js";
export { fileAudit, type AuditRecord, type AuditSink, type FileAuditOptions } from "./audit.js";
export { CONFIG_ERRORS, GuardConfigError, REASONS, type ConfigErrorCode, type Reason, type ReasonCode } from "./messages.js";
export type { ConsentRecord, ConsentState, Counter, GuardStore, SettleOutcome, SettleRequest } from "./store.js";
export type { ReplyKind } from "./replies.js";
