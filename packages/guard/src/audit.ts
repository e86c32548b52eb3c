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
  /** Writes what is buffered. */
  flush?(): void;
  close?(): void;
}

export interface FileAuditOptions {
  /**
   * 0 (the default): each line is written before the decision is returned, so no decision a
   * sender acted on is missing from the log, even after a crash. Above 0: lines are buffered
   * and written at least this often, in ms; faster, but a crash loses the last interval's.
   */
  flushInterval?: number;
  /** Lines are written as soon as this many characters are buffered (default 64 KiB). */
  bufferSize?: number;
}

/**
 * Appends each record to a file as one line, written before `append` returns unless
 * `flushInterval` asks for buffering: then lines are written together when the buffer is full,
 * every `flushInterval`, on `flush()` and `close()`, and when the process exits, so a service
 * that stops normally loses no line. The file is opened for appending once and whole lines are
 * written with one `write`, so lines of several processes do not interleave.
 */
export function fileAudit(path: string, options: FileAuditOptions = {}): AuditSink {
  const fd = openSync(path, "a", 0o600);
  const interval = options.flushInterval ?? 0;
  const bufferSize = interval > 0 ? (options.bufferSize ?? 64 * 1024) : 0;
  let buffered: string[] = [];
  let size = 0;
  let closed = false;
  const flush = (): void => {
    if (buffered.length === 0) return;
    const text = buffered.join("");
    buffered = [];
    size = 0;
    writeSync(fd, text);
  };
  const timer = interval > 0 ? setInterval(flush, interval) : undefined;
  // The timer alone does not keep a service alive; the exit hook writes what it left.
  timer?.unref();
  if (timer) process.on("exit", flush);
  return {
    append(record) {
      if (closed) throw new Error(`the audit log ${path} is closed`);
      const line = `${JSON.stringify(record)}\n`;
      buffered.push(line);
      size += line.length;
      if (size >= bufferSize) flush();
    },
    flush,
    close() {
      if (closed) return;
      closed = true;
      clearInterval(timer);
      process.off("exit", flush);
      flush();
      closeSync(fd);
    },
  };
}
