import { closeSync, openSync, writeSync } from "node:fs";
import type { Reason } from "./messages.js";

/** One line of the audit log (JSON Lines). The recipient is a salted SHA-256, never the raw id. */
export interface AuditRecord {
  time: string;
  /** `send` and `refuse` are decisions of `check`; `release` gives back a reserved send that did not go out; `inbound` records a reply. */
  decision: "send" | "refuse" | "release" | "inbound";
  template?: { id: string; version?: number; locale?: string; channel?: string };
  /** The release's sequence number, when its bundle has one. */
  release?: number;
  recipient: string;
  reasons?: Array<Pick<Reason, "code" | "message"> & { source?: string }>;
  /** For `inbound`: how the reply was read. */
  reply?: { kind: string; channel: string; entry?: string };
}

export interface AuditSink {
  append(record: AuditRecord): void;
  close?(): void;
}

/**
 * Appends each record to a file as one line, written before the decision is returned. The file is
 * opened for appending once; a write of one line to it is one `write`, so lines of several
 * processes do not interleave.
 */
export function fileAudit(path: string): AuditSink {
  const fd = openSync(path, "a", 0o600);
  return {
    append(record) {
      writeSync(fd, `${JSON.stringify(record)}\n`);
    },
    close() {
      closeSync(fd);
    },
  };
}
