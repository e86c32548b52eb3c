import { describe, expect, it } from "vitest";
import * as guardModule from "@tactful/guard";
import { spawnSync } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { loadRelease } from "@tactful/renderer";
import { readmeBlock, root, tactfulBin } from "../../../test/support/tools.js";
import { redisAvailable, startRedis } from "./redis-server.js";
import { temporaryDirectory } from "./support.js";

const example = (): string => readmeBlock("## At send time: the guard", "ts", "createGuard");

/** 10:00 in Shanghai: the example's collection SMS is inside its send window. */
const MORNING = "2026-06-01T02:00:00.000Z";
const SALT = "readme-salt-0123456789";

/**
 * Runs the README's example as a sending service would: in its own directory, against a release
 * built by `tactful release` and signed with a fresh key. Only what a service supplies itself is
 * added: its SMS provider (which prints what it sends), its clock (a morning in Shanghai), its
 * paths and, for Redis, its server. The guard is closed at the end, as a service does on shutdown.
 */
async function runExample(store: "sqlite" | { redisUrl: string }): Promise<{ sent: Array<{ to: string; text: string }>; warned: string; audit: guardModule.AuditRecord[]; expected: string }> {
  const directory = temporaryDirectory();
  symlinkSync(join(root, "node_modules"), join(directory, "node_modules"), "dir");
  const keys = generateKeyPairSync("ed25519");
  writeFileSync(join(directory, "release-key.pem"), keys.privateKey.export({ type: "pkcs8", format: "pem" }));
  writeFileSync(join(directory, "release-key.pub.pem"), keys.publicKey.export({ type: "spki", format: "pem" }));
  const released = spawnSync(process.execPath, [tactfulBin, "release", join(root, "templates"), "--out", "release.json", "--key", "release-key.pem"], { cwd: directory, encoding: "utf8" });
  expect(released.stderr).toBe("");
  expect(released.status).toBe(0);

  let source = example().replaceAll("/var/lib/sender/", `${directory}/`).replaceAll("/var/log/sender/", `${directory}/`);
  if (store !== "sqlite") {
    const sqliteLine = /^ *store: createSqliteStore\(.*\n/m;
    const redisLine = /^( *)\/\/ (store: await createRedisStore\(\{ url: )"[^"]+"( \}\),)$/m;
    expect(source).toMatch(sqliteLine);
    expect(source).toMatch(redisLine);
    source = source.replace(sqliteLine, "").replace(redisLine, (_, indent: string, start: string, end: string) => `${indent}${start}${JSON.stringify(store.redisUrl)}${end}`);
  }
  const service = [
    `const frozen = Date.parse(${JSON.stringify(MORNING)});`,
    "globalThis.Date = class extends Date { constructor(...args) { super(...(args.length === 0 ? [frozen] : args)); } static now() { return frozen; } };",
    "const smsProvider = { async send(to, text) { console.log(JSON.stringify({ to, text })); } };",
    ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText,
    "await guard.close();",
  ].join("\n");
  writeFileSync(join(directory, "service.mjs"), service);
  const run = spawnSync(process.execPath, ["service.mjs"], { cwd: directory, encoding: "utf8", env: { ...process.env, GUARD_SALT: SALT }, timeout: 60_000 });
  expect(run.status, run.stderr).toBe(0);

  const release = await loadRelease(join(directory, "release.json"), { publicKey: keys.publicKey });
  const message = release.render("collection.overdue-first-notice", { locale: "zh-CN", channel: "sms" }, { name: "张三", amount: 1280.5, days: 3, repay_url: "https://pay.example.com/r" });
  return {
    sent: run.stdout.split("\n").filter(Boolean).map((line) => JSON.parse(line) as { to: string; text: string }),
    warned: run.stderr,
    audit: readFileSync(join(directory, "guard.jsonl"), "utf8").split("\n").filter(Boolean).map((line) => JSON.parse(line) as guardModule.AuditRecord),
    expected: message.channel === "sms" ? message.text : "",
  };
}

function expectTheExampleWorked({ sent, warned, audit, expected }: Awaited<ReturnType<typeof runExample>>): void {
  expect(warned).toBe("");
  expect(sent).toEqual([{ to: "+8613800000000", text: expected }]);
  expect(audit.map((record) => record.decision)).toEqual(["send", "inbound"]);
  expect(audit[0]).toMatchObject({ time: MORNING, template: { id: "collection.overdue-first-notice", locale: "zh-CN", channel: "sms" }, release: 1, reasons: [] });
  expect(audit[1]).toMatchObject({ reply: { kind: "opt-out", channel: "sms", entry: "CN-INBOUND-OPTOUT" } });
  expect(JSON.stringify(audit)).not.toContain("customer-42");
}

describe("the README's guard section", () => {
  it("imports only what @tactful/guard exports", () => {
    const imported = /import \{([^}]+)\} from "@tactful\/guard"/.exec(example())![1]!.split(",").map((name) => name.trim());
    for (const name of imported) expect(guardModule, name).toHaveProperty(name);
  });

  it("lists every refusal code, and only those", () => {
    const readme = readFileSync(join(root, "README.md"), "utf8");
    const section = readme.slice(readme.indexOf("## At send time: the guard"), readme.indexOf("\n## Editor"));
    const listed = [...section.matchAll(/^\| (`[^|]+`) \|/gm)].flatMap((row) => [...row[1]!.matchAll(/`([a-z-]+)`/g)].map((match) => match[1]!));
    expect(new Set(listed)).toEqual(new Set(Object.keys(guardModule.REASONS)));
  });

  it("runs as written against a release built by tactful release, with the SQLite store", async () => {
    expectTheExampleWorked(await runExample("sqlite"));
  }, 180_000);

  describe.skipIf(!redisAvailable())("with Redis", () => {
    it("runs as written with its Redis store line instead", async () => {
      const redis = await startRedis();
      try {
        expectTheExampleWorked(await runExample({ redisUrl: redis.url }));
      } finally {
        await redis.stop();
      }
    }, 180_000);
  });
});
