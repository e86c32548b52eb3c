import { GuardConfigError } from "./messages.js";
import type { ConsentRecord, Counter, GuardStore } from "./store.js";

/** What the store needs of a node-redis client (`redis` v4 or later). */
export interface RedisScriptClient {
  scriptLoad(script: string): Promise<string>;
  evalSha(sha: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
  close?(): Promise<unknown>;
  quit?(): Promise<unknown>;
}

export type RedisStoreOptions = { prefix?: string } & ({ url: string } | { client: RedisScriptClient });

// Every script reads and writes only the keys it is given, so it runs atomically on the server;
// the keys of one check share a hash tag, so they live on one Redis Cluster slot.
const RESERVE = `
local full = {}
for i, key in ipairs(KEYS) do
  if tonumber(redis.call('GET', key) or '0') >= tonumber(ARGV[i + 1]) then full[#full + 1] = key end
end
if #full > 0 then return full end
for _, key in ipairs(KEYS) do
  if redis.call('INCR', key) == 1 then redis.call('PEXPIRE', key, ARGV[1]) end
end
return full`;

const RELEASE = `
for _, key in ipairs(KEYS) do
  if tonumber(redis.call('GET', key) or '0') > 0 then redis.call('DECR', key) end
end
return 0`;

const COUNTS = `
local counts = {}
for i, key in ipairs(KEYS) do counts[i] = tonumber(redis.call('GET', key) or '0') end
return counts`;

const SET_CONSENT = `
local at = tonumber(redis.call('HGET', KEYS[1], 'at') or '-1')
if tonumber(ARGV[2]) >= at then redis.call('HSET', KEYS[1], 'state', ARGV[1], 'at', ARGV[2]) end
return 0`;

const CONSENTS = `
local found = {}
for i, key in ipairs(KEYS) do
  local state, at = unpack(redis.call('HMGET', key, 'state', 'at'))
  found[i] = state and (state .. ' ' .. at) or ''
end
return found`;

const SCRIPTS = { reserve: RESERVE, release: RELEASE, counts: COUNTS, setConsent: SET_CONSENT, consents: CONSENTS };

/**
 * The store for a fleet of senders: counters are Redis integers changed by Lua scripts (atomic on
 * the server) that expire with the day they count; opt-outs are hashes that never expire. Give a
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
    throw new GuardConfigError("the Redis store needs a connected client (`client`) or a URL (`url`)");
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
    async reserve(counters: readonly Counter[], now, expiresAt) {
      if (counters.length === 0) return [];
      const ttl = String(Math.max(1, Math.ceil(expiresAt - now)));
      const full = (await run("reserve", counters.map((counter) => counter.key), [ttl, ...counters.map((counter) => String(counter.limit))])) as string[];
      return full.map((key) => key.slice(prefix.length));
    },
    async release(keys) {
      if (keys.length > 0) await run("release", keys, []);
    },
    async counts(keys) {
      if (keys.length === 0) return [];
      return ((await run("counts", keys, [])) as Array<number | string>).map(Number);
    },
    async setConsent(key, record: ConsentRecord) {
      await run("setConsent", [key], [record.state, String(record.at)]);
    },
    async consents(keys) {
      if (keys.length === 0) return [];
      return ((await run("consents", keys, [])) as string[]).map((value) => {
        if (!value) return undefined;
        const [state, at] = value.split(" ");
        return { state: state as ConsentRecord["state"], at: Number(at) };
      });
    },
    async close() {
      if (owned) await (client.close ?? client.quit)?.call(client);
    },
  };
}
