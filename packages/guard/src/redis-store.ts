import type { Locale } from "@tactful/core";
import { GuardConfigError } from "./messages.js";
import type { ConsentRecord, GuardStore } from "./store.js";

/** What the store needs of a node-redis client (`redis` v4 or later). */
export interface RedisScriptClient {
  scriptLoad(script: string): Promise<string>;
  evalSha(sha: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
  close?(): Promise<unknown>;
  quit?(): Promise<unknown>;
}

/** `locale`: the language of its set-up errors (English by default). */
export type RedisStoreOptions = { prefix?: string; locale?: Locale } & ({ url: string } | { client: RedisScriptClient });

// Every script reads and writes only the keys it is given, so it runs atomically on the server.
// One check is one script: the opt-out records (KEYS 1..ARGV[1]), then the counters; ARGV[2] asks
// to reserve, ARGV[3] is the counters' time to live, then their limits. It returns whether the
// latest opt-out record is an opt-out, whether it reserved, and the positions of the full counters.
const SETTLE = `
local consents = tonumber(ARGV[1])
local latestAt, latestState = -1, false
for i = 1, consents do
  local state, at = unpack(redis.call('HMGET', KEYS[i], 'state', 'at'))
  if state and tonumber(at) >= latestAt then latestAt, latestState = tonumber(at), state end
end
local optedOut = latestState == 'opt-out' and 1 or 0
local result = {optedOut, 0}
for i = consents + 1, #KEYS do
  if tonumber(redis.call('GET', KEYS[i]) or '0') >= tonumber(ARGV[i - consents + 3]) then result[#result + 1] = i - consents end
end
if ARGV[2] == '1' and optedOut == 0 and #result == 2 and #KEYS > consents then
  for i = consents + 1, #KEYS do
    if redis.call('INCR', KEYS[i]) == 1 then redis.call('PEXPIRE', KEYS[i], ARGV[3]) end
  end
  result[2] = 1
end
return result`;

const RELEASE = `
for _, key in ipairs(KEYS) do
  if tonumber(redis.call('GET', key) or '0') > 0 then redis.call('DECR', key) end
end
return 0`;

const SET_CONSENT = `
local at = tonumber(redis.call('HGET', KEYS[1], 'at') or '-1')
if tonumber(ARGV[2]) >= at then redis.call('HSET', KEYS[1], 'state', ARGV[1], 'at', ARGV[2]) end
return 0`;

const SCRIPTS = { settle: SETTLE, release: RELEASE, setConsent: SET_CONSENT };

/**
 * The store for a fleet of senders: counters are Redis integers changed by Lua scripts (atomic on
 * the server) that expire with the day they count; opt-outs are hashes that never expire. A check
 * is one EVALSHA (one round trip); the client pipelines the checks a sender has in flight. The
 * script reads the recipient's opt-out keys and counter keys together, so they must live on one
 * server: a standalone Redis or a primary with replicas, not a Redis Cluster. Give a
 * connected node-redis client, or a URL for the store to connect (and close) itself.
 */
export async function createRedisStore(options: RedisStoreOptions): Promise<GuardStore> {
  const prefix = options.prefix ?? "tactful:guard:";
  let client: RedisScriptClient;
  let owned = false;
  if ("client" in options && options.client) {
    client = options.client;
  } else if ("url" in options && typeof options.url === "string") {
    const { createClient } = await import("redis");
    const created = createClient({ url: options.url });
    await created.connect();
    client = created as unknown as RedisScriptClient;
    owned = true;
  } else {
    throw new GuardConfigError("redis-no-client", {}, options.locale);
  }
  const shas = Object.fromEntries(await Promise.all(Object.entries(SCRIPTS).map(async ([name, script]) => [name, await client.scriptLoad(script)] as const))) as Record<keyof typeof SCRIPTS, string>;
  const run = async (name: keyof typeof SCRIPTS, keys: readonly string[], args: readonly string[]): Promise<unknown> => {
    const request = { keys: keys.map((key) => prefix + key), arguments: [...args] };
    try {
      return await client.evalSha(shas[name], request);
    } catch (error) {
      // The server lost its script cache (a restart or SCRIPT FLUSH): load it again, once.
      if (!String((error as Error)?.message).includes("NOSCRIPT")) throw error;
      shas[name] = await client.scriptLoad(SCRIPTS[name]);
      return client.evalSha(shas[name], request);
    }
  };
  return {
    async settle({ consentKeys, counters, reserve, now, expiresAt }) {
      const ttl = String(Math.max(1, Math.ceil(expiresAt - now)));
      const keys = [...consentKeys, ...counters.map((counter) => counter.key)];
      const args = [String(consentKeys.length), reserve ? "1" : "0", ttl, ...counters.map((counter) => String(counter.limit))];
      const [optedOut, reserved, ...full] = ((await run("settle", keys, args)) as number[]).map(Number);
      return { optedOut: optedOut === 1, reserved: reserved === 1, full: full.map((position) => counters[position - 1]!.key) };
    },
    async release(keys) {
      if (keys.length > 0) await run("release", keys, []);
    },
    async setConsent(key, record: ConsentRecord) {
      await run("setConsent", [key], [record.state, String(record.at)]);
    },
    async close() {
      if (owned) await (client.close ?? client.quit)?.call(client);
    },
  };
}
