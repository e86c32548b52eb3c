import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * A temporary directory of the run's own, removed when it ends: the tests and the commands they
 * start make hundreds of scratch projects, which would otherwise stay in the system's.
 */
export default function setup(): () => void {
  const directory = mkdtempSync(join(tmpdir(), "tactful-tests-"));
  for (const name of ["TMPDIR", "TMP", "TEMP"]) process.env[name] = directory;
  return () => rmSync(directory, { recursive: true, force: true });
}
