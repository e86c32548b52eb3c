import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "@tactful/cli";
import { CN_BORROWER, shanghaiMorning, sqliteGuard, temporaryDirectory } from "./support.js";

async function tactful(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await run(args, { stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) }, cwd, env: {} });
  return { code, stdout, stderr };
}

describe("tactful guard report", () => {
  it("summarises the guard's audit log: refusals by reason, per template, per day", async () => {
    const { guard, directory } = sqliteGuard();
    const day1 = shanghaiMorning("2026-06-01");
    const day2 = shanghaiMorning("2026-06-02");
    await guard.check({ template: "cn.collection", data: { amount: 1, note: "好" }, recipient: CN_BORROWER, now: day1 });
    await guard.check({ template: "cn.collection", data: { amount: 1, note: "好" }, recipient: CN_BORROWER, now: day1 });
    await guard.check({ template: "cn.collection", data: { amount: 1, note: "老赖" }, recipient: CN_BORROWER, now: day2 });
    await guard.check({ template: "cn.contact", data: { hotline: "400-000-0000" }, recipient: CN_BORROWER, now: day2 });
    await guard.recordInbound({ recipient: CN_BORROWER, channel: "sms", text: "TD", now: day2 });
    await guard.close();

    const text = await tactful(["guard", "report", "audit.jsonl"], directory);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("4 decisions: 1 sent, 3 refused");
    expect(text.stdout).toMatch(/category-cap-reached\s+1/);
    expect(text.stdout).toMatch(/cn\.collection v3\s+sent 1\s+refused 2/);
    expect(text.stdout).toMatch(/2026-06-02\s+sent 0\s+refused 2\s+\(audience-mismatch 1, rendered-tone 1\)/);

    const json = await tactful(["guard", "report", "audit.jsonl", "--format", "json"], directory);
    const report = JSON.parse(json.stdout) as { byReason: Record<string, number>; byDay: Record<string, { sent: number; refused: number }> };
    expect(report.byReason).toEqual({ "category-cap-reached": 1, "rendered-tone": 1, "audience-mismatch": 1 });
    expect(report.byDay["2026-06-01"]).toMatchObject({ sent: 1, refused: 1 });
  });

  it("stops at a damaged line with its position, and says when the file is missing", async () => {
    const directory = temporaryDirectory();
    writeFileSync(join(directory, "audit.jsonl"), '{"time":"2026-06-01T00:00:00Z","decision":"send","recipient":"x","reasons":[]}\n{"time": oops\n');
    const damaged = await tactful(["guard", "report", "audit.jsonl"], directory);
    expect(damaged.code).toBe(2);
    expect(damaged.stderr).toContain("audit.jsonl:2: not an audit record");
    expect(damaged.stderr).not.toMatch(/\n\s+at /);
    const missing = await tactful(["guard", "report", "nope.jsonl"], directory);
    expect(missing).toMatchObject({ code: 2, stderr: "tactful guard report: cannot read the audit log nope.jsonl: no such file\n" });
  });
});
