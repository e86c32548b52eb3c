import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach } from "vitest";
import { createGuard, createSqliteStore, type AuditRecord, type Guard, type GuardStore } from "@tactful/guard";
import { compiled } from "./templates.js";

export const SALT = "test-salt-0123456789abcdef";

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

export function temporaryDirectory(): string {
  const directory = mkdtempSync(join(tmpdir(), "tactful-guard-"));
  cleanups.push(() => rmSync(directory, { recursive: true, force: true }));
  return directory;
}

/** A guard on a fresh SQLite file with every test template, closed after the test. */
export function sqliteGuard(directory = temporaryDirectory(), store?: GuardStore): { guard: Guard; directory: string; auditPath: string; audit: () => AuditRecord[] } {
  const auditPath = join(directory, "audit.jsonl");
  const guard = createGuard({ templates: compiled(), store: store ?? createSqliteStore({ path: join(directory, "guard.db") }), audit: auditPath, salt: SALT });
  cleanups.push(() => guard.close());
  const audit = (): AuditRecord[] => {
    guard.flush();
    return readFileSync(auditPath, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line) as AuditRecord);
  };
  return { guard, directory, auditPath, audit };
}

/** A daytime instant in Shanghai (10:00 local) on a given day. */
export const shanghaiMorning = (day = "2026-06-01"): Date => new Date(`${day}T02:00:00Z`);
export const CN_BORROWER = { id: "borrower-1", timeZone: "Asia/Shanghai", role: "borrower", address: "+8613800000000" } as const;
export const US_BORROWER = { id: "borrower-us", timeZone: "America/New_York", role: "borrower", address: "+12025550100" } as const;
