// One sender in the SQLite race: a guard on the shared database file, checking every recipient once.
import { workerData, parentPort } from "node:worker_threads";
import { createGuard, createSqliteStore } from "@tactful/guard";
import { compileTemplate } from "@tactful/renderer";

const { dbPath, auditPath, source, recipients, now, salt, gate } = workerData;
const guard = createGuard({ templates: [compileTemplate(source)], store: createSqliteStore({ path: dbPath }), audit: auditPath, salt });
// Both workers wait here, so their checks overlap.
const flag = new Int32Array(gate);
Atomics.add(flag, 0, 1);
while (Atomics.load(flag, 0) < 2) Atomics.wait(flag, 0, 1, 5);
let sent = 0;
for (let i = 0; i < recipients; i++) {
  const result = await guard.check({ template: "cn.collection", data: { amount: 1, note: "好" }, recipient: { id: `r${i}`, timeZone: "Asia/Shanghai", role: "borrower" }, now: new Date(now) });
  if (result.decision === "send") sent++;
}
await guard.close();
parentPort.postMessage(sent);
