import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { fileAudit, type AuditRecord } from "@tactful/guard";
import { root } from "../../../test/support/tools.js";
import { CN_BORROWER, shanghaiMorning, sqliteGuard, temporaryDirectory } from "./support.js";

const record = (n: number): AuditRecord => ({ time: new Date(n).toISOString(), decision: "send", recipient: `r${n}`, reasons: [] });
const lines = (path: string): AuditRecord[] =>
  readFileSync(path, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as AuditRecord);

describe("the audit log", () => {
  it("by default writes each line before append returns: a process killed right after loses none", () => {
    const directory = temporaryDirectory();
    const path = join(directory, "audit.jsonl");
    const script = join(directory, "kill.mjs");
    const guardModule = pathToFileURL(join(root, "packages/guard/dist/index.js")).href;
    writeFileSync(script, `import { fileAudit } from ${JSON.stringify(guardModule)};\nconst audit = fileAudit(${JSON.stringify(path)});\nfor (let n = 0; n < 100; n++) audit.append({ time: "t", decision: "send", recipient: "r" + n });\nprocess.kill(process.pid, "SIGKILL");\n`);
    expect(spawnSync(process.execPath, [script], { encoding: "utf8" }).signal).toBe("SIGKILL");
    expect(lines(path)).toHaveLength(100);
  });
});

describe("the audit log's buffered appends (flushInterval > 0)", () => {
  it("writes every line, in order, on close", () => {
    const path = join(temporaryDirectory(), "audit.jsonl");
    const audit = fileAudit(path, { flushInterval: 60_000 });
    for (let n = 0; n < 5000; n++) audit.append(record(n));
    audit.close!();
    expect(lines(path).map((line) => line.recipient)).toEqual(Array.from({ length: 5000 }, (_, n) => `r${n}`));
    expect(() => audit.append(record(0))).toThrow(/closed/);
  });

  it("writes buffered lines on its interval, without a flush or close", async () => {
    const path = join(temporaryDirectory(), "audit.jsonl");
    const audit = fileAudit(path, { flushInterval: 20 });
    audit.append(record(1));
    await expect.poll(() => lines(path).length, { timeout: 5000 }).toBe(1);
    audit.close!();
  });

  it("writes what is buffered when the process exits without closing it", () => {
    const directory = temporaryDirectory();
    const path = join(directory, "audit.jsonl");
    const script = join(directory, "exit.mjs");
    const guardModule = pathToFileURL(join(root, "packages/guard/dist/index.js")).href;
    writeFileSync(script, `import { fileAudit } from ${JSON.stringify(guardModule)};\nconst audit = fileAudit(${JSON.stringify(path)}, { flushInterval: 60_000 });\nfor (let n = 0; n < 100; n++) audit.append({ time: "t", decision: "send", recipient: "r" + n });\nprocess.exit(0);\n`);
    expect(spawnSync(process.execPath, [script], { encoding: "utf8" }).status).toBe(0);
    expect(lines(path)).toHaveLength(100);
  });

  it("guard.close() waits for the checks in flight: each one's line is written", async () => {
    const { guard, auditPath } = sqliteGuard();
    const checks = Array.from({ length: 50 }, (_, n) => guard.check({ template: "cn.collection", data: { amount: 1, note: "好" }, recipient: { ...CN_BORROWER, id: `r${n}` }, now: shanghaiMorning() }));
    await guard.close();
    expect((await Promise.all(checks)).every((result) => result.decision === "send")).toBe(true);
    expect(lines(auditPath).filter((line) => line.decision === "send")).toHaveLength(50);
  });

  it("checks in flight share a transaction, and still never exceed a cap of 1", async () => {
    const { guard } = sqliteGuard();
    const results = await Promise.all(Array.from({ length: 200 }, () => guard.check({ template: "cn.collection", data: { amount: 1, note: "好" }, recipient: CN_BORROWER, now: shanghaiMorning() })));
    expect(results.filter((result) => result.decision === "send")).toHaveLength(1);
    expect(new Set(results.flatMap((result) => result.reasons.map((reason) => reason.code)))).toEqual(new Set(["category-cap-reached"]));
  });
});
