import { onPath, toolAvailable } from "../../../test/support/tools.js";

export { startRedis } from "../../../test/bench/guard-bench.js";

/** Whether Debian's redis-server is installed (scripts/install-test-tools.sh); a skip with a message otherwise, a failure in CI. */
export const redisAvailable = (): boolean => toolAvailable("redis-server", onPath("redis-server"));
